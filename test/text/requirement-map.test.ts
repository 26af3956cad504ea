import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DocumentContext } from "../../src/engine/document.js";
import { loadRuleSet } from "../../src/engine/rule-loader.js";
import { conceptInfo } from "../../src/model/concepts.js";
import { disclosureFrom } from "../../src/sources/load.js";
import { markdownBlocks, readProseBlocks } from "../../src/sources/prose.js";
import { describeReasons, loadRequirements } from "../../src/text/requirement-map.js";
import { ROOT } from "../helpers.js";

const RULES = loadRuleSet();

/** The engine's judgement of a Markdown draft's section. */
function map(md: string) {
  const doc = { file: "draft.md", format: "markdown" as const, text: md, encoding: "utf-8" };
  const ctx = new DocumentContext(disclosureFrom([doc], readProseBlocks(doc, markdownBlocks(md))), RULES.lexicons, RULES.cues, RULES.elements);
  const paragraphs = ctx.describeParagraphs();
  const addressed = new Set(paragraphs.flatMap((p) => p.elements));
  // An Item 1C draft is judged on the annual elements (an incident report's are its own).
  const annual = RULES.elements.filter((e) => (e.report ?? "annual") === "annual");
  return { paragraphs, missing: annual.filter((e) => !addressed.has(e.id)).map((e) => e.id), addressed: annual.filter((e) => addressed.has(e.id)).map((e) => e.id) };
}
const ids = (md: string) => map(md).paragraphs.map((p) => p.elements);

describe("the element catalog", () => {
  const reqs = loadRequirements();

  it("has the fourteen elements of Item 106(b)-(c) / 16K and how an incident is disclosed; absence is never an error", () => {
    expect(reqs.map((r) => r.id)).toEqual([
      "processes", "integration", "third-party-engaged", "third-party-oversight", "material-effect", "board-oversight", "board-committee", "board-informed",
      "management-role", "management-positions", "management-expertise", "management-informed", "reports-to-board", "incident-escalation", "incident-disclosure",
    ]);
    // Severity is calibrated on each detector's tune recall (test/engine/calibrated-severity.test.ts); never error.
    expect(reqs.every((r) => r.severity === "warning" || r.severity === "info")).toBe(true);
  });

  it("validates against schemas/requirement.schema.json (the loader checks only user catalogs)", async () => {
    const { Ajv } = await import("ajv");
    const { readFileSync } = await import("node:fs");
    const validate = new Ajv({ allErrors: true, strict: false }).compile(JSON.parse(readFileSync(join(ROOT, "schemas", "requirement.schema.json"), "utf8")));
    expect(validate(JSON.parse(readFileSync(join(ROOT, "rules", "requirements", "requirements.json"), "utf8"))), JSON.stringify(validate.errors)).toBe(true);
  });

  it.each(reqs.map((r) => [r.id, r] as const))("%s: a known text block, its element lexicons, headings that compile", (_id, r) => {
    expect(conceptInfo(r.concept)?.kind).toBe("text");
    expect(r.lexicon).toBe(`element-${r.id}`);
    for (const name of [r.lexicon, ...(r.negative ? [r.negative] : []), ...(r.unless ? [r.unless] : []), ...(r.parts ?? []).map((p) => p.lexicon)]) {
      expect(existsSync(join(ROOT, "rules", "lexicons", `${name}.json`)), name).toBe(true);
    }
    if (r.whether) expect(r.negative).toBe(`element-${r.id}-no`);
    expect(r.headingPatterns.length).toBeGreaterThan(0);
    expect(r.guidance.length).toBeGreaterThan(20);
  });
});

describe("the element judge", () => {
  it("reads an escalation that names a safety effect too as a cybersecurity escalation: an incident response plan is the cyber topic", () => {
    const md = "# Item 1C. Cybersecurity\n\nUnder the incident response plan, incidents that meet defined severity criteria are escalated promptly to the CRC, which assesses whether an incident may be material or may affect patient safety.\n";
    expect(ids(md)[0]).toContain("incident-escalation");
    // Without the plan, a safety escalation is not one (sentence-management-informed-not-cyber).
    expect(ids("# Item 1C. Cybersecurity\n\nWorkplace injuries that meet defined severity criteria are escalated promptly to the Safety Council, which assesses whether they may affect patient safety.\n")[0]).not.toContain("incident-escalation");
  });

  it("assigns a paragraph by a heading above it, and says which", () => {
    const m = map("# Item 1C. Cybersecurity\n\n## Board oversight\n\nThis is covered at each meeting.\n");
    expect(m.paragraphs[0].elements).toEqual(["board-oversight"]);
    expect(m.paragraphs[0].evidence["board-oversight"]).toEqual([{ by: "heading", heading: "Board oversight", pattern: expect.any(String) }]);
    expect(describeReasons(m.paragraphs[0].evidence["board-oversight"])).toBe("heading “Board oversight”");
  });

  it("does not take a cyd element's label for a heading: the tag does not speak for the text", () => {
    const m = map("# Item 1C. Cybersecurity\n\n## Cybersecurity Risk Management Processes Integrated [Text Block]\n\nThis is covered at each meeting.\n");
    expect(m.paragraphs[0].elements).toEqual([]);
    expect(m.missing).toContain("integration");
  });

  it("assigns a paragraph by the words in it, with the words that matched", () => {
    const m = map("# Item 1C. Cybersecurity\n\nOur Board oversees cybersecurity risk through its Audit Committee.\n");
    const p = m.paragraphs[0];
    expect(p.elements).toEqual(["board-oversight", "board-committee"]);
    expect(p.evidence["board-oversight"]).toEqual([{ by: "lexicon", lexicon: "element-board-oversight", terms: [expect.stringMatching(/^Board oversees/)] }]);
  });

  it("does not count a mere cross-reference as addressing material effect", () => {
    expect(ids("# Item 1C. Cybersecurity\n\nFor more information on whether cybersecurity risks have materially affected us, see Item 1A, Risk Factors.\n")[0]).not.toContain("material-effect");
    expect(ids("# Item 1C. Cybersecurity\n\nWe have not identified risks from cybersecurity threats that have materially affected us. For more, see Item 1A.\n")[0]).toContain("material-effect");
  });

  it("does not take a hypothetical for a statement about material effect", () => {
    expect(ids("# Item 1C. Cybersecurity\n\nA cybersecurity incident could have a material adverse effect on our business.\n")[0]).not.toContain("material-effect");
  });

  it("lists what no paragraph addresses, in catalog order", () => {
    const m = map("# Item 1C. Cybersecurity\n\nOur CISO, who has 20 years of experience, is responsible for the program.\n");
    expect(m.missing).toEqual([
      "processes", "integration", "third-party-engaged", "third-party-oversight", "material-effect", "board-oversight", "board-committee", "board-informed", "management-informed", "reports-to-board", "incident-escalation", "incident-disclosure",
    ]);
    expect(m.addressed).toEqual(["management-role", "management-positions", "management-expertise"]);
  });

  it("separates engaging third parties from overseeing them", () => {
    expect(ids("# Item 1C. Cybersecurity\n\nWe engage third-party assessors to audit our controls.\n")[0]).toEqual(expect.arrayContaining(["third-party-engaged"]));
    expect(ids("# Item 1C. Cybersecurity\n\nWe engage third-party assessors to audit our controls.\n")[0]).not.toContain("third-party-oversight");
    expect(ids("# Item 1C. Cybersecurity\n\nWe assess the security of our vendors before onboarding them.\n")[0]).toContain("third-party-oversight");
  });

  it("takes an explicit no as an answer to a whether requirement, and says so", () => {
    const p = map("# Item 1C. Cybersecurity\n\nAll assessments of our cybersecurity program are performed internally by our security team.\n").paragraphs[0];
    expect(p.elements).toContain("third-party-engaged");
    expect(p.negative).toEqual(["third-party-engaged"]);
  });

  it("does not take the board's oversight of a program, or a caveat, for the program itself", () => {
    expect(ids("# Item 1C. Cybersecurity\n\nThe Audit Committee oversees our program, which includes penetration testing and risk assessments.\n")[0]).not.toContain("processes");
    expect(ids("# Item 1C. Cybersecurity\n\nThere can be no assurance that our cyber insurance and business continuity plans will be sufficient.\n")[0]).not.toContain("processes");
    expect(ids("# Item 1C. Cybersecurity\n\nWe conduct penetration testing and risk assessments. The Audit Committee oversees this program.\n")[0]).toContain("processes");
  });

  it("does not let a section heading speak for a cross-reference", () => {
    const p = map("# Item 1C. Cybersecurity\n\n## Risk Management and Strategy\n\nFor more information on whether cybersecurity risks have materially affected us, see Item 1A, Risk Factors.\n").paragraphs[0];
    expect(p.elements).not.toContain("processes");
  });

  it("does not let a heading speak for words an element's except shapes leave out, nor for a paragraph whose every sentence is such a shape", () => {
    // A list lead-in (C2) under a processes heading: its words were read, and they were not a process.
    expect(ids("# Item 1C. Cybersecurity\n\n## Risk Management Processes\n\nOur cybersecurity program includes the following:\n")[0]).toEqual([]);
    // The heading still speaks for a paragraph whose words say nothing at all.
    expect(ids("# Item 1C. Cybersecurity\n\n## Risk Management Processes\n\nThis is reviewed every year.\n")[0]).toEqual(["processes"]);
    // Aims only (C3) and a lead-in with no element's words in it: shapes, not silence.
    expect(ids("# Item 1C. Cybersecurity\n\n## Risk Management and Strategy\n\nOur cybersecurity program is designed to protect our systems and data.\n")[0]).toEqual([]);
    expect(ids("# Item 1C. Cybersecurity\n\n## Risk Management and Strategy\n\nOur strategy focuses on several areas:\n")[0]).toEqual([]);
  });

  it("reads integration in ordinary drafting, and an explicit no only where it is negated", () => {
    const one = (t: string) => map(`# Item 1C. Cybersecurity\n\n${t}\n`).paragraphs[0];
    expect(one("We treat cybersecurity like any other enterprise risk.").elements).toContain("integration");
    expect(one("Cybersecurity is a key risk category in our ERM program.").elements).toContain("integration");
    expect(one("Our cybersecurity program is one of the risk areas reviewed through our ERM process.").elements).toContain("integration");
    expect(one("Given our size, we have not adopted an enterprise-wide risk management program.").negative).toEqual(["integration"]);
    expect(one("Cybersecurity is considered in any enterprise risk management process we undertake.").negative).toEqual([]);
    // Insurance, and ERM beside cyber without a relation, are not integration.
    expect(one("Our enterprise risk management team also manages our insurance program, including cyber liability coverage.").elements).toEqual([]);
    expect(one("The Board oversees enterprise risk management, and the Audit Committee oversees cybersecurity risk.").elements).not.toContain("integration");
  });

  it("does not read who is responsible, aims, or what the board hears as the processes themselves", () => {
    expect(ids("# Item 1C. Cybersecurity\n\n• a security team principally responsible for managing (i) our cybersecurity risk assessment processes, (ii) our security controls, and (iii) our response to incidents;\n")[0]).not.toContain("processes");
    expect(ids("# Item 1C. Cybersecurity\n\nWe have developed a comprehensive cybersecurity program designed to protect our systems and data.\n")[0]).not.toContain("processes");
    expect(ids("# Item 1C. Cybersecurity\n\nOur CSO presents an annual report to the Board on the security programme, including the results of external assessments.\n")[0]).not.toContain("processes");
    expect(ids("# Item 1C. Cybersecurity\n\nWe use outside firms, such as penetration testing firms and forensic investigators, to help us identify, assess and manage risks.\n")[0]).not.toContain("processes");
    // A process denied is no process; a turn to what the company does is.
    expect(ids("# Item 1C. Cybersecurity\n\nWe do not currently conduct penetration testing of our systems.\n")[0]).not.toContain("processes");
    expect(ids("# Item 1C. Cybersecurity\n\nWe do not have a dedicated security team, but we engage an outside firm to perform annual penetration tests.\n")[0]).toContain("processes");
    // The same words doing the work are processes.
    expect(ids("# Item 1C. Cybersecurity\n\nVulnerabilities identified through scanning are ranked by severity and remediated within defined timeframes.\n")[0]).toContain("processes");
    expect(ids("# Item 1C. Cybersecurity\n\nMonitoring of our networks for anomalous activity is performed around the clock by a managed security service provider.\n")[0]).toContain("processes");
  });

  it("reads who informs whom: a committee receiving reports from the CISO is not management being informed", () => {
    expect(ids("# Item 1C. Cybersecurity\n\nThe Audit Committee receives regular reports from the CISO on cybersecurity matters and incidents.\n")[0]).not.toContain("management-informed");
    expect(ids("# Item 1C. Cybersecurity\n\nWe escalate significant cybersecurity incidents to our CISO and senior management.\n")[0]).toContain("management-informed");
  });

  it("takes a position given responsibility as management's role too (the element's `also`), not a position that only receives an escalation or sits in a reporting line", () => {
    const one = (text: string) => ids(`# Item 1C. Cybersecurity\n\n${text}\n`)[0];
    // element-management-role alone does not read this; element-management-positions does, and answers role too.
    expect(one("Our Chief Medical Information Officer and Head of IT share responsibility for protecting patient data.")).toEqual(expect.arrayContaining(["management-role", "management-positions"]));
    expect(one("Incidents that meet defined thresholds are escalated to our CISO, who assesses them with the General Counsel.")).not.toContain("management-positions");
    expect(one("Our CISO reports to our Chief Operating Officer, who reports to the Chief Executive Officer.")).toEqual([]);
    // A sentence that gives responsibility as well as the line still counts.
    expect(one("Our CISO is responsible for our information security program and reports to our CIO, who in turn reports to our Chief Executive Officer.")).toEqual(expect.arrayContaining(["management-role", "management-positions"]));
    // A responsibility for something else is off the topic.
    expect(one("Our Chief People Officer leads our employee engagement and wellness programs.")).not.toContain("management-role");
    expect(one("Our Chief People Officer leads our employee engagement and wellness programs.")).not.toContain("management-positions");
  });

  it("counts a cross-reference as a reference, not an answer", () => {
    const p = map("# Item 1C. Cybersecurity\n\nFor more information on whether cybersecurity risks have materially affected us, see Item 1A, Risk Factors.\n").paragraphs[0];
    expect(p.refs).toEqual(["material-effect"]);
  });
});

describe("one judge, loaded with the rule set", () => {
  const draft = "# Item 1C. Cybersecurity\n\nOur cybersecurity program forms a pillar of our group risk framework.\n";

  it("a config's lexicon change reaches the judge (drafts and `disclint facts` alike)", async () => {
    const { Disclint } = await import("../../src/api.js");
    const dir = mkdtempSync(join(tmpdir(), "disclint-judge-"));
    writeFileSync(join(dir, "draft.md"), draft);
    const integration = async () =>
      (await new Disclint({ cwd: dir }).lint(["draft.md"])).results[0].findings.filter((f) => f.ruleId === "requirement-addressed" && /integrated into overall/.test(f.message));
    expect(await integration()).toHaveLength(1);
    writeFileSync(join(dir, ".disclintrc.json"), JSON.stringify({ lexicons: { "element-integration": { add: ["pillar of our group risk framework"] } } }));
    expect(await integration()).toHaveLength(0);
  });

  it("a --rules-dir catalog replaces an element by id, and a bad one names the file and the path", async () => {
    const { describeDisclosure } = await import("../../src/api.js");
    const dir = mkdtempSync(join(tmpdir(), "disclint-judge-"));
    writeFileSync(join(dir, "draft.md"), draft);
    mkdirSync(join(dir, "house", "requirements"), { recursive: true });
    const integration = loadRequirements().find((e) => e.id === "integration")!;
    const { headingPatterns: _unused, ...def } = integration;
    const catalog = { elements: [{ ...def, lexicon: "house-integration" }] };
    mkdirSync(join(dir, "house", "lexicons"));
    writeFileSync(join(dir, "house", "lexicons", "house-integration.json"), JSON.stringify({ description: "ours", terms: ["group risk framework"] }));
    writeFileSync(join(dir, "house", "requirements", "requirements.json"), JSON.stringify(catalog));
    const paragraphs = await describeDisclosure(join(dir, "draft.md"), { cwd: dir, rulesDirs: ["house"] });
    expect(paragraphs[0].elements).toContain("integration");
    expect(paragraphs[0].evidence.integration).toEqual([{ by: "lexicon", lexicon: "house-integration", terms: ["group risk framework"] }]);
    writeFileSync(join(dir, "house", "requirements", "requirements.json"), JSON.stringify({ elements: [{ ...def, lexicon: "nope" }] }));
    await expect(describeDisclosure(join(dir, "draft.md"), { cwd: dir, rulesDirs: ["house"] })).rejects.toThrow(/requirements\.json: \/elements\/0\/lexicon: unknown lexicon "nope"/);
    writeFileSync(join(dir, "house", "requirements", "requirements.json"), JSON.stringify({ elements: [{ ...def, also: ["nope"] }] }));
    await expect(describeDisclosure(join(dir, "draft.md"), { cwd: dir, rulesDirs: ["house"] })).rejects.toThrow(/requirements\.json: \/elements\/0\/also\/0: unknown lexicon "nope"/);
  });
});

describe("the section of a tagged filing", () => {
  const FIX = join(ROOT, "test", "fixtures", "rules");

  it("gives each paragraph its block, or untagged, and reads the sentence a flag wraps", async () => {
    const { describeDisclosure } = await import("../../src/api.js");
    const untagged = await describeDisclosure(join(FIX, "untagged-section-text", "invalid-untagged-vendor-paragraph.htm"));
    const vendor = untagged.find((p) => p.text.startsWith("Before we onboard a vendor"))!;
    expect(vendor).toMatchObject({ line: 6, column: 4, block: "untagged" });
    expect(untagged.find((p) => p.text.startsWith("We run a cybersecurity program"))!.block).toBe("CybersecurityRiskManagementProcessesForAssessingIdentifyingAndManagingThreatsTextBlock");
    const wrapped = await describeDisclosure(join(FIX, "flag-text-material-effect", "invalid-false-flag-wraps-likely.htm"));
    const flag = wrapped.find((p) => p.text.startsWith("These risks are reasonably likely"))!;
    expect(flag.block).toBe("CybersecurityRiskMateriallyAffectedOrReasonablyLikelyToMateriallyAffectRegistrantFlag");
    expect(flag.elements).toEqual(["material-effect"]);
  });

  it("does not read a paragraph of bare flag values as prose (a display:none <p> of flags, a lone 'true')", async () => {
    const { describeDisclosure } = await import("../../src/api.js");
    const paragraphs = await describeDisclosure(join(ROOT, "test", "fixtures", "ixbrl", "northwind-10k.htm"));
    expect(paragraphs.map((p) => p.text)).not.toContain("true");
    // A paragraph a flag's value sits in with other words is still read.
    expect(paragraphs.map((p) => p.text)).toContain("We have not identified material cybersecurity incidents.");
  });

  it("keeps a block whose first fragment lies inside another block in the whole-text scope (with its continuations)", async () => {
    const { outermost } = await import("../../src/engine/elements.js");
    const fact = (concept: string, fragments: [number, number][]) =>
      ({
        concept, kind: "text", value: "", raw: "", text: "", textMap: [],
        position: { file: "f", line: 1, column: 1, endLine: 1, endColumn: 1 },
        offset: fragments[0][0], endOffset: fragments[0][1],
        fragments: fragments.map(([start, end]) => ({ file: "f", start, end })),
      }) as import("../../src/model/types.js").Fact;
    const outer = fact("A", [[0, 100]]);
    const nestedOnly = fact("B", [[10, 20]]);
    const continuedOut = fact("C", [[30, 40], [200, 300]]);
    expect(outermost([outer, nestedOnly, continuedOut]).map((f) => f.concept)).toEqual(["A", "C"]);
  });
});

// Round 10 (acc10-vendor): who does what to whom decides a third party. The registrant engaging someone
// for its security processes, or checking its vendors, answers 106(b)(1)(ii)-(iii); the financial-statement
// auditor, outside experts who only brief the board, recruiters, a General Counsel consulted, an engagement
// for another matter, a vendor's trade and a hedge on what the registrant can check do not. Fictional sentences.
describe("third parties: the agent of our security process, not a party merely named", () => {
  const judge = (text: string) => ids(`# Item 1C. Cybersecurity\n\n${text}\n`)[0] ?? [];
  it.each([
    "The Audit Committee convenes regularly with management and our independent auditors.",
    "The independent auditor reports to the Audit Committee on internal controls and the results of its audit.",
    "External experts periodically brief the Board of Directors on emerging cybersecurity trends.",
    "At least annually, the full Board receives a cybersecurity briefing from an external cybersecurity firm.",
    "We engaged an executive search firm to assist in identifying candidates for our Chief Information Security Officer role.",
    "Pursuant to our escalation protocols, the CISO, in consultation with the General Counsel, assesses the materiality of each significant incident.",
    "We engaged a financial advisor in connection with our proposed acquisition of a software company.",
    "We rely on consultants and contractors for certain software development projects, which may increase our costs.",
    "Where we rely on a cloud platform, we obtain and read the provider's independent audit reports each year.",
  ])("not engaged: %s", (text) => expect(judge(text)).not.toContain("third-party-engaged"));
  it.each([
    "Independent third parties periodically test our security controls, and we remediate the deficiencies they identify according to risk.",
    "We engage independent cybersecurity firms on a regular basis to perform penetration testing of our external and internal environments.",
    "Red-team exercises are carried out annually by a specialized external firm.",
    // Round 45 (acc45-released): was "not engaged" (round 10's reading); C28, adopted in round 43, names this very shape
    // ("the CISO reviews the results of internal and external penetration tests") a third party known through its output.
    "The CISO reviews threat intelligence reports and the results of internal and external penetration tests.",
  ])("engaged: %s", (text) => expect(judge(text)).toContain("third-party-engaged"));
  it.each([
    "Our ability to monitor our third-party service providers' data security practices is limited, and they may not have adequate safeguards in place.",
    "When our security monitoring vendor detects suspicious activity, it alerts our Director of IT.",
    "Our Head of IT is notified of all security alerts by our outsourced monitoring vendor.",
  ])("no vendor oversight: %s", (text) => expect(judge(text)).not.toContain("third-party-oversight"));
  it.each([
    "We assess the security posture of vendors before onboarding them and periodically thereafter, based on the sensitivity of the data and systems to which they have access.",
    "We rely on a number of third-party service providers to operate critical business systems. To address the associated risks, we conduct security reviews of these providers and require them to notify us of incidents.",
  ])("vendor oversight: %s", (text) => expect(judge(text)).toContain("third-party-oversight"));
});

// Round 11 (acc11-third): whose vendors, whose engagement. Another party's own vendors (the customers'
// programs, a product that helps institutions assess theirs), security work in a
// passive "is outsourced to" (an agent, not a provider overseen), an engagement for a project or a matter with no security word, and an audit report OF a vendor (its
// auditor, not one the registrant engages). Fictional sentences, none from a paraphrase batch.
describe("third parties: whose vendors, whose engagement", () => {
  const judge = (text: string) => ids(`# Item 1C. Cybersecurity\n\n${text}\n`)[0] ?? [];
  it.each([
    "Our analytics service helps regional banks monitor and assess the security risks presented by their own critical suppliers.",
    "Several large clients include us in their own vendor risk programs and send us annual questionnaires.",
    "Log monitoring is outsourced to a specialized provider that operates a security operations center.",
  ])("no vendor oversight: %s", (text) => expect(judge(text)).not.toContain("third-party-oversight"));
  it.each([
    "We engage outside contractors for landscaping and facilities maintenance at our distribution centers.",
    "We hired a consulting firm to help implement our new customer relationship management platform.",
    "Independent control reports on the hosting environments of our cloud providers are collected and reviewed by the compliance team.",
  ])("not engaged: %s", (text) => expect(judge(text)).not.toContain("third-party-engaged"));
  it.each([
    "Our security team assesses the security of each provider we depend on before renewal, using questionnaires and contract reviews.",
    "We require our key vendors to assess and manage the cybersecurity risks of their own suppliers.",
    "Vendors that handle cardholder data are required to maintain cyber insurance and to notify us of any breach.",
  ])("vendor oversight: %s", (text) => expect(judge(text)).toContain("third-party-oversight"));
  it.each([
    "We engage outside experts for this purpose, including for penetration tests of our networks.",
    "Security monitoring is outsourced to a managed security services provider that escalates alerts to our IT Director.",
  ])("engaged: %s", (text) => expect(judge(text)).toContain("third-party-engaged"));
});
