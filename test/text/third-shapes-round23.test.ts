// Round 23 (acc23-third): third parties engaged (106(b)(1)(ii)) and overseen (106(b)(1)(iii)), and the incident path
// (who is told, how a material incident gets disclosed), read by shape. Engaged needs a third party doing work in our
// own cyber processes; a plan to engage one later, or a "may" with a condition of its own, engages no one; counsel who
// advises on a materiality decision is the disclosure path, not an assessor. Oversight needs a process over providers;
// an audit for quality or labour is no security process. Escalation is told by thresholds or severity levels that set
// who is informed; the disclosure path by a conclusion that an incident is material with the report it leads to (a
// materiality decision alone stays escalation, labels/README.md C10). Fictional sentences throughout (variants of the round's paraphrase batch,
// not its sentences); each positive that pins a change fails at base 9fdbcff, and each has a near miss kept out.
import { describe, expect, it } from "vitest";
import { paragraphElements as elements } from "../helpers.js";

describe("third parties engaged, told by the work they do for us", () => {
  it.each([
    // a time adverbial between the participle and its agent
    "Our network is tested once each year by an independent red team.",
    // a long subject before "performed ... by"
    "Vulnerability scans of our store networks are performed every month by an approved scanning vendor.",
    // an agreement with a firm
    "The Bank has had an agreement with a regional cybersecurity consulting firm since 2019.",
    // a security provider named by its trade
    "Security alerts at night are triaged by our security monitoring provider.",
    // an IT contractor doing our security
    "Our IT contractor also handles our cybersecurity.",
  ])("%s", (text) => expect(elements(text)).toContain("third-party-engaged"));
  it.each([
    "Scans of our store networks are performed every month by our own network team.",
    "The yearly risk assessment is conducted by management with help from the Company's in-house security specialists.",
    "We are a security monitoring provider to regional hospitals.",
    "Our IT contractor also handles our payroll software.",
    "We have agreements with our logistics vendors that govern delivery times.",
  ])("%s", (text) => expect(elements(text)).not.toContain("third-party-engaged"));
});

describe("a plan, a conditional 'may' or counsel helping on a reporting decision engages no one", () => {
  it.each([
    "We expect to hire an outside assessor once the new system goes live.",
    "We may retain outside consultants if our Chief Information Officer believes more expertise is needed.",
    "Management, with the help of counsel, decides whether a breach must be reported to regulators.",
  ])("%s", (text) => expect(elements(text)).not.toContain("third-party-engaged"));
  it.each([
    // a practice told with "may" and no condition, a plan to go on engaging, advisors assessing our controls
    "From time to time we may engage third parties to test our controls.",
    "We plan to continue to engage outside firms to test our controls.",
    "Outside advisors help us assess whether our controls would detect a material breach.",
  ])("%s", (text) => expect(elements(text)).toContain("third-party-engaged"));
});

describe("oversight: a supplier audit for quality is no security process; providers scored on their security are", () => {
  it("reads a supplier audit by its purpose", () => {
    expect(elements("Suppliers are audited every two years for product safety and compliance with our labor standards.")).not.toContain("third-party-oversight");
    expect(elements("Suppliers are audited every two years for compliance with our data security requirements.")).toContain("third-party-oversight");
  });
  it("reads providers scored on their security as overseen", () => {
    expect(elements("Our payment processors are scored monthly on their external security posture.")).toContain("third-party-oversight");
    expect(elements("Our payment processors are paid monthly on their invoices.")).not.toContain("third-party-oversight");
  });
});

describe("escalation told by a threshold or severity level that sets who is informed", () => {
  it.each([
    "Our policy sets thresholds at which the Chief Operating Officer is informed.",
    "Each incident receives a severity rating, and the rating decides which officers are informed.",
  ])("%s", (text) => expect(elements(text)).toContain("incident-escalation"));
  it.each([
    "Our policy sets thresholds at which a purchase order needs approval.",
    "Severity levels in our help desk policy determine how quickly technicians answer tickets.",
  ])("%s", (text) => expect(elements(text)).not.toContain("incident-escalation"));
});

describe("the disclosure path: a conclusion that an incident is material and its report", () => {
  it("reads the conclusion with the report it leads to", () => {
    expect(elements("If we conclude that a breach was material, we will report it to investors promptly.")).toContain("incident-disclosure");
  });
  it.each([
    // a materiality decision alone is the escalation's decider, not the disclosure path (C10)
    "Our Chief Financial Officer makes materiality determinations for security incidents without unreasonable delay.",
    "We determined that the outage was material to our customers' experience.",
    "We patch critical systems without unreasonable delay.",
    "Our Chief Financial Officer reviews materiality thresholds for the financial statements each quarter.",
    "A breach of our systems could result in the unauthorized disclosure of customer data and expose us to fines.",
  ])("%s", (text) => expect(elements(text)).not.toContain("incident-disclosure"));
});
