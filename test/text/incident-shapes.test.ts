// Round 8's sentence shapes for the incident elements, judged as the one paragraph of a draft:
// escalation in nominal and procedural forms (rules/lexicons/element-incident-escalation.json), the
// materiality determination as the start of an incident's disclosure and a law's duty that is no
// disclosure path (element-incident-disclosure.json, sentence-disclosure-not-incident.json), a caveat
// that answers neither prong of 106(b)(2) (sentence-material-effect-caveat.json) and denials in the
// base form after do-support (element-material-effect-no.json).
import { describe, expect, it } from "vitest";
import { DocumentContext } from "../../src/engine/document.js";
import { loadRuleSet } from "../../src/engine/rule-loader.js";
import { disclosureFrom } from "../../src/sources/load.js";
import { markdownBlocks, readProseBlocks } from "../../src/sources/prose.js";

const RULES = loadRuleSet();

/** The elements the one paragraph of a draft addresses, and those it answers with a no. */
function judge(paragraph: string): { elements: string[]; negative: string[] } {
  const md = `# Item 1C. Cybersecurity\n\n${paragraph}\n`;
  const doc = { file: "draft.md", format: "markdown" as const, text: md, encoding: "utf-8" };
  const [p] = new DocumentContext(disclosureFrom([doc], readProseBlocks(doc, markdownBlocks(md))), RULES.lexicons, RULES.cues, RULES.elements).describeParagraphs();
  return { elements: [...p.elements], negative: [...p.negative] };
}

describe("incident escalation in nominal and procedural forms", () => {
  it.each([
    "When a potential incident is identified, a cross-functional incident response team convenes to assess its scope and severity.",
    "Under our Information Security Program, suspected breaches are logged, prioritized and, where warranted, brought to the attention of the Chief Technology Officer.",
    "Potential incidents are surfaced to senior leadership through our security operations center.",
    "The incident response team alerts the CISO to any confirmed intrusion.",
  ])("is escalation: %s", (text) => {
    expect(judge(text).elements).toContain("incident-escalation");
  });

  it.each([
    "The Audit Committee convenes at least quarterly and meets in executive session with our auditors.",
    "Customer complaints are escalated to a service manager who is responsible for resolving them within five business days.",
  ])("is not: %s", (text) => {
    expect(judge(text).elements).not.toContain("incident-escalation");
  });
});

describe("incident disclosure", () => {
  it.each([
    "Our Chief Financial Officer and General Counsel evaluate whether the incident is material and must be disclosed.",
    "Once an incident is determined to be material, we will report it publicly as required by SEC rules.",
  ])("counts the materiality determination that leads to disclosure: %s", (text) => {
    expect(judge(text).elements).toContain("incident-disclosure");
  });

  it("leaves a bare materiality determination to escalation (labels/README.md)", () => {
    const p = judge("The materiality of a cybersecurity incident is determined by a cross-functional group of senior executives.");
    expect(p.elements).toContain("incident-escalation");
    expect(p.elements).not.toContain("incident-disclosure");
  });

  it.each([
    "Many jurisdictions in which we operate have enacted laws requiring companies to notify regulators and individuals of data breaches, and compliance with these laws may be costly.",
    "The SEC has adopted rules requiring public companies to disclose material cybersecurity incidents, and we may incur additional costs to comply with them.",
    "The European Union's NIS2 Directive imposes incident reporting obligations on operators of essential services.",
    "Under the GDPR, controllers must notify supervisory authorities of personal data breaches within 72 hours.",
    "We are subject to the disclosure requirements of the Securities Exchange Act of 1934 and the listing standards of the Nasdaq Stock Market.",
    "Our Disclosure Committee oversees the preparation of our SEC filings, including the cybersecurity disclosures in this Annual Report.",
    "Insurance regulators require us to file annual reports on our financial condition.",
    "The Group's incident management procedure requires that any cyber event with a potential impact on customers be notified immediately to the Group Chief Risk Officer.",
  ])("does not count a law's duty, a general remit or an internal notice: %s", (text) => {
    expect(judge(text).elements).not.toContain("incident-disclosure");
  });
});

describe("material effect", () => {
  it("does not read a caveat at the start of a sentence as an answer", () => {
    expect(judge("There can be no assurance that our cybersecurity measures will prevent future incidents that could materially affect us.").elements).not.toContain("material-effect");
    expect(judge("No assurance can be given that our cybersecurity program will be sufficient to prevent a material incident in the future.").elements).not.toContain("material-effect");
  });

  it("still reads a denial before a caveat in the same sentence", () => {
    const p = judge("Although we have not been materially affected by any cybersecurity incident to date, we cannot guarantee that we will not be materially affected in the future.");
    expect(p.elements).toContain("material-effect");
    expect(p.negative).toContain("material-effect");
  });

  it("reads a denial in the base form after do-support as a no", () => {
    const p = judge("During fiscal 2025 we did not experience any cybersecurity incident that we determined to be material.");
    expect(p.elements).toContain("material-effect");
    expect(p.negative).toContain("material-effect");
  });

  it("does not read an incident's disruption, with no word on materiality, as a yes", () => {
    expect(judge("In 2024 we experienced a ransomware attack that disrupted our manufacturing operations for approximately two weeks.").elements).not.toContain("material-effect");
  });
});

// Round 14: a standing cadence that opens the sentence, the decider named in an aside, a condition
// the company sets itself, and risk-factor sentences about disclosing (docs/accuracy.md, "Round 14 - incidents").
describe("round 14 incident shapes", () => {
  it.each([
    "Every quarter, the Chief Information Security Officer updates the Risk Committee on security incidents and the threat environment.",
    "Each week, the security operations manager briefs the Chief Technology Officer on notable security events.",
    "On a monthly basis, the CISO provides the executive team with a report on security incidents.",
    "The Board receives an annual presentation from the CISO that includes a summary of the year's security incidents.",
    "If we determine that a security incident is material, we will report it on Form 8-K.",
  ])("is no escalation path: %s", (text) => {
    expect(judge(text).elements).not.toContain("incident-escalation");
  });

  it.each([
    "Every quarter, the CISO updates the Risk Committee on security incidents, and any incident that may be material is escalated immediately to the Chief Executive Officer.",
    "Incidents rated critical are reported to the Risk Committee between regularly scheduled meetings.",
    "Incidents that are material, as assessed by the Incident Review Group, are reported publicly when required by law.",
    "The incident review team advises the Disclosure Committee on the materiality of each significant incident.",
    "If the Chief Legal Officer determines that an incident is material, she notifies the Chief Executive Officer.",
  ])("is escalation: %s", (text) => {
    expect(judge(text).elements).toContain("incident-escalation");
  });

  it.each([
    "There can be no assurance that we will be able to identify, contain or disclose a security incident in a timely manner.",
    "Government authorities may ask that we postpone notifying affected individuals of a breach, which could delay our disclosures.",
    "We could be subject to regulatory sanctions if we do not timely report a security incident to the appropriate agencies.",
  ])("is no disclosure path: %s", (text) => {
    expect(judge(text).elements).not.toContain("incident-disclosure");
  });

  it("still reads a named agency notified as a disclosure path", () => {
    expect(judge("Our insurance subsidiary notifies the state insurance department of cybersecurity events within 72 hours.").elements).toContain("incident-disclosure");
  });
});
