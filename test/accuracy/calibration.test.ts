// The calibration of absence severity (npm run eval -- --calibration; docs/accuracy.md "Round 7"):
// every element whose absence is a warning has a hint lexicon; the hints read the SHAPE of the topic
// (examples from the paraphrase batches the detector missed); and no known true absence (the realistic
// sets' planted ones, the corpus drafts' true warnings) is demoted by its hint.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadRuleSet } from "../../src/engine/rule-loader.js";
import { tokenize } from "../../src/text/tokens.js";
import { calibration, KNOWN_ABSENCES, plantedAbsences } from "./eval-calibration.js";
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
  ])("%s: no hint in “%s”", (element, text) => {
    expect(fires(element, text)).toBe(false);
  });
});

describe("known true absences stay warnings", () => {
  it("the answer keys' planted absences are read", () => {
    const planted = plantedAbsences(ROOT, ["realistic-set4", "realistic-set5"]);
    expect(planted.map((a) => `${a.path.replace(/.*\//, "")} ${a.element}`)).toEqual(
      expect.arrayContaining(["wexcombe-trust-holdings-10k.txt integration", "pruett-foodservice-10k.txt board-oversight", "fenmoor-air-group-10k.md management-positions", "velorant-biosciences-10k.md management-expertise"]),
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
    expect(known.length).toBeGreaterThanOrEqual(6);
    // Each is still caught: the detector reads no answer there.
    expect(known.filter((k) => k.detected).map((k) => k.path)).toEqual([]);
  });
});
