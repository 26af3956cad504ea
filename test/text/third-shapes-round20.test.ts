// Round 20 (acc20-third): how management is informed when incidents are escalated or notified to a
// management team (set F's false "no text says how management is informed" infos), read by shape:
// a passive escalation with whom it goes to ("may be escalated to ...") is a path, not a possibility;
// a security or crisis management team is management; "to representatives of" opens a receiver, and so
// does "to, as appropriate, …" (an aside between "to" and whom it goes to).
// Fictional sentences throughout; hard negatives of the same words keep their answer.
import { describe, expect, it } from "vitest";
import { paragraphElements as elements } from "../helpers.js";

describe("management informed by escalation to a management team", () => {
  it.each([
    // the passive with whom it goes to: a path whose use depends on the case
    "Depending on their severity, incidents may be escalated to the executive leadership team of Harrowgate Mills.",
    "Significant cybersecurity events may also be escalated, on an as-needed basis, to the Chief Operating Officer.",
    // a crisis or security management team is management (the function's words no longer veto the team)
    "An event with wide operational impact is escalated to our Enterprise Crisis Management Team, made up of senior executives.",
    "Analysts on the monitoring desk notify the information security management team of suspected incidents.",
    // "to representatives of" opens a receiver
    "Under the severity matrix, incidents are escalated to representatives of the executive committee of Quarrytown Foods.",
    // an aside between "to" and the receiver
    "The monitoring desk escalates confirmed incidents to, where the playbook calls for it, the Vice President of Technology.",
    // an outside party's person after ours is still escalation to management
    "Incidents are escalated to the CISO and, where a provider is involved, to the provider's incident team.",
  ])("%s", (text) => expect(elements(text)).toEqual(expect.arrayContaining(["management-informed", "incident-escalation"])));
});

describe("escalation that informs no management keeps its answer", () => {
  it.each([
    // a possibility with no one it goes to
    "A matter may be escalated as the team deems appropriate.",
    // a standing risk told in the conditional
    "If we were to experience an incident, it could be escalated to the Board.",
    // non-cyber events to a crisis or management team
    "Environmental spills at our terminals are escalated to a crisis management team of senior executives.",
    "Our marketing operations group notifies the brand management team about campaign schedule changes.",
    // a function, not a team
    "Alerts are escalated through our security management platform.",
    // escalation to an outside party's person informs no manager of ours
    "When an outage involves a supplier's platform, our security team escalates the incident to the supplier's account manager.",
    "Our help desk reports suspected compromises to the customer's designated security contact.",
  ])("%s", (text) => expect(elements(text)).not.toContain("management-informed"));
});

describe("incident-disclosure: staying informed through outside parties is inbound", () => {
  it("reads the company staying informed of threats as no disclosure of its own", () => {
    expect(elements("Brightwater Logistics works with law enforcement and sector agencies to stay informed of emerging threats to carriers.")).not.toContain("incident-disclosure");
    expect(elements("Our partners in the regional sharing group keep us apprised of new attack techniques.")).not.toContain("incident-disclosure");
  });
  it("keeps a notice or report of our own in the same sentence", () => {
    expect(elements("We work with federal agencies, which keep us informed of threats, and we report material incidents to the SEC.")).toContain("incident-disclosure");
    expect(elements("We notify law enforcement of incidents where appropriate.")).toContain("incident-disclosure");
  });
});
