// The calibration of absence severity (npm run eval -- --calibration; docs/accuracy.md "Round 7"):
// every element whose absence is a warning has a hint lexicon; the hints read the SHAPE of the topic
// (examples from the paraphrase batches the detector missed); and no known true absence (the realistic
// sets' planted ones, the corpus drafts' true warnings) is demoted by its hint.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadRuleSet } from "../../src/engine/rule-loader.js";
import { tokenize } from "../../src/text/tokens.js";
import { calibration, KNOWN_ABSENCES, KNOWN_SETS, plantedAbsences } from "./eval-calibration.js";
import { ROOT, SHARED } from "../helpers.js";

const RULES = loadRuleSet();
const fires = (element: string, text: string) => (RULES.lexicons.get(`hint-${element}`)?.matchAll(text, tokenize(text)).length ?? 0) > 0;

describe("hints of the warning-level elements", () => {
  it("every element whose absence is a warning has a hint-<id> lexicon", () => {
    // An incident report's elements are not calibrated: incident-report-content reads the whole short report itself.
    const warning = RULES.elements.filter((e) => e.severity === "warning" && e.report !== "incident").map((e) => e.id);
    expect(warning.length).toBeGreaterThan(0);
    for (const id of warning) expect(RULES.lexicons.has(`hint-${id}`), id).toBe(true);
  });

  it.each([
    ["integration", "We consider cybersecurity risk in the same annual risk review that our leadership team uses for clinical, regulatory, financing and other business risks."],
    ["integration", "Information security risks are listed in the Group risk map with our other principal risks."],
    ["integration", "The Bank applies its three lines of defense model to cyber risk."],
    ["third-party-oversight", "Remote access by our vendors requires approval and multi-factor authentication."],
    ["third-party-oversight", "Our payment processor is contractually required to notify us of security incidents in its environment."],
    ["material-effect", "We expect the costs of the remediation to continue to materially affect our results of operations through 2026."],
    ["management-positions", "Our Cybersecurity Steering Committee oversees the program."],
    ["management-positions", "Our cybersecurity risk register is reviewed monthly by the Chief Information Security Officer."],
    ["reports-to-board", "Management prepares a cybersecurity dashboard for the Risk Committee each quarter."],
    ["board-oversight", "The Board has allocated supervision of information security to its Audit and Finance Committee."],
    ["material-effect", "The ransomware attack we disclosed in May 2024 interrupted production at two of our plants for eleven days and increased our costs by approximately $9 million."],
    ["third-party-oversight", "Our parent company provides our human resources systems. We review its security controls through an annual questionnaire."],
    // Round 10: expertise needs a person.
    ["management-expertise", "Our Chief Information Security Officer holds the CISSP certification."],
    ["management-expertise", "She has a background in network engineering and incident response."],
    // Round 17: a cyber title as any verb's subject; a manager's long list of duties ending in reporting to the board; the topic in other names.
    ["management-positions", "Each plant's Information Security Officer, at least twice a year, is to send a memo to the plant's executives."],
    ["reports-to-board", "Management is responsible for ranking cyber risks across our sites, keeping our policies current, testing our backups, tracking the remediation of audit findings, and delivering accounts of significant threats and any material incidents to our Board of Directors."],
    ["integration", "Cyber risk is one of the risks our corporate risk management function reviews each year."],
    ["third-party-engaged", "An independent assessment of our controls was completed in 2025."],
    ["material-effect", "No incident has affected our business strategy, results of operations or financial condition."],
  ])("%s: the shape fires on “%s”", (element, text) => {
    expect(fires(element, text)).toBe(true);
  });

  it.each([
    ["third-party-oversight", "We engage third-party service providers to conduct assessments of our cybersecurity program."],
    ["third-party-oversight", "Our infrastructure offers security and privacy to our personnel, clients and third-party contractors."],
    ["third-party-oversight", "We use external service providers for round-the-clock security monitoring."],
    ["board-oversight", "Our Director of Information Security leads our security team and reports to our Chief Information Officer."],
    ["management-positions", "She reports to the Chief Operating Officer."],
    ["integration", "We cannot eliminate all cybersecurity risks."],
    // Round 9: a position with a remit that is not cyber, a title's own words, a board with nothing it does, a reporter that is no manager (Pinecrest, set 6).
    ["management-positions", "Our Chief Financial Officer is responsible for financial reporting and treasury."],
    ["management-positions", "Our Chief Information Security Officer reports to the Chief Information Officer."],
    ["board-oversight", "The Board of Directors held eleven meetings during 2025."],
    ["reports-to-board", "Center directors report suspected incidents through our help desk."],
    ["material-effect", "A cybersecurity incident could result in lost revenue and increased costs."],
    // Round 10: a firm's title is no manager's qualification; a party that checks us or alerts us is engaged, not overseen.
    ["management-expertise", "We engage a qualified security assessor for PCI DSS and a forensics firm under retainer."],
    ["management-expertise", "Our data centers are certified to ISO 27001."],
    ["third-party-oversight", "We engage third parties, including a consulting firm that assesses our program every two years."],
    ["third-party-oversight", "Our IT director is informed of potential incidents by our managed detection and response provider and monitors their remediation."],
    // Round 17 hard negatives: a cyber title only after the verb; a committee's duties; staff credentials; a hedge on the objects.
    ["management-positions", "The Audit Committee receives periodic updates from our Chief Information Security Officer on threats."],
    ["reports-to-board", "The Audit Committee is responsible for reviewing the program each year, approving the security policy, questioning the internal auditors and delivering its conclusions to the full Board of Directors."],
    ["management-expertise", "Members of our IT staff hold CISSP and CISM certifications."],
    ["material-effect", "We cannot assure you that an incident will not harm our business strategy, results of operations or financial condition."],
  ])("%s: no hint in “%s”", (element, text) => {
    expect(fires(element, text)).toBe(false);
  });
});

describe("known true absences stay warnings", () => {
  it("the answer keys' planted absences are read", () => {
    const planted = plantedAbsences(ROOT, KNOWN_SETS);
    expect(planted.map((a) => `${a.path.replace(/.*\//, "")} ${a.element}`)).toEqual(
      expect.arrayContaining([
        "wexcombe-trust-holdings-10k.txt integration",
        "pruett-foodservice-10k.txt board-oversight",
        "fenmoor-air-group-10k.md management-positions",
        "velorant-biosciences-10k.md management-expertise",
        // sets 6 and 7 (round 9)
        "solvane-medical-10k.htm management-positions",
        "copperline-restaurants-10k.md material-effect",
        "pinecrest-learning-10k.txt reports-to-board",
        "aldermoor-airlines-10k.htm reports-to-board",
        "corbridge-logistics-10k.html third-party-oversight",
        "sablecrest-realty-10k.htm material-effect",
        "tessaly-industrial-10k.htm management-positions",
        // sets 8-10 (round 10): the blind sets' planted absences that came out as infos
        "denholm-restaurant-group-10k.txt management-expertise",
        "partsway-automotive-10k.htm management-expertise",
        "ashcombe-fitness-10k.html third-party-oversight",
        "pawsome-pet-10k.md third-party-oversight",
        "ridgefield-waste-services-10k.md reports-to-board",
      ]),
    );
  });

  it("no hint fires on a known true absence of a warning-level element (fixtures; corpus drafts when ../shared is there)", async () => {
    const elements = RULES.elements.filter((e) => e.severity === "warning").map((e) => e.id);
    const corpusDir = join(SHARED, "corpus", "real");
    const absences = KNOWN_ABSENCES(ROOT).filter((a) => !a.corpus || existsSync(join(corpusDir, a.path)));
    const figures = await calibration(new Map(), [], elements, { root: ROOT, corpusDir, absences });
    const demoted = figures.flatMap((f) => f.known.filter((k) => !k.detected && !k.referenced && k.hinted).map((k) => `${f.element} ${k.path}: ${k.hint}`));
    expect(demoted).toEqual([]);
    const known = figures.flatMap((f) => f.known);
    expect(known.length).toBeGreaterThanOrEqual(19);
    // Each is still caught: the detector reads no answer there. Tessaly (set 7) is the one exception: the detector
    // reads "led by Anneliese Marchetti-Vogt, who is responsible …" as a position, and the planted absence is reported
    // by text-block-content-mismatch instead (docs/realistic-set7.md).
    expect(known.filter((k) => k.detected).map((k) => k.path)).toEqual(["test/fixtures/realistic-set7/tessaly-industrial-10k.htm"]);
  });
});
