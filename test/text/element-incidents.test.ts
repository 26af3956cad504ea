// The incident elements as the labels read them (test/accuracy/labels/README.md C8-C10): how an incident
// reaches management and the board (incident-escalation, management-informed) and how a material incident
// is disclosed (incident-disclosure). Round 7: disclosure vocabulary that discloses no incident of the
// company's own, and escalation to any manager read by one receiver list. Fictional sentences throughout.
import { describe, expect, it } from "vitest";
import { paragraphElements as elements } from "../helpers.js";

describe("incident-disclosure: the company's own incidents disclosed", () => {
  it.each([
    "If an incident is determined to be material, we disclose it on Form 8-K.",
    "We report material incidents to the SEC on Form 8-K.",
    "We notify affected individuals and regulators as required by law.",
    "We receive alerts from CISA and notify regulators of incidents affecting us.",
    // a report received from inside is no inbound notice
    "Our Disclosure Committee receives reports of cybersecurity incidents from the CISO so that it can assess their materiality and the need for public disclosure.",
    "Cybersecurity events affecting nonpublic information are reported to the New York Department of Financial Services within 72 hours.",
  ])("%s", (text) => expect(elements(text)).toContain("incident-disclosure"));
});

describe("incident-disclosure: disclosure words that disclose no incident of the company's", () => {
  it.each([
    // a reporting line and an authority to act
    "Our CISO reports to our Chief Technology Officer and has the authority to engage outside experts.",
    // information received, or threat information traded
    "We monitor publicly reported vulnerabilities and threat intelligence from industry groups.",
    "We receive notifications from government agencies and our ISAC about emerging threats.",
    "We share threat information with the FBI, CISA and our industry ISAC.",
    // a risk weighed, a reporting function, a transparency report
    "We assess the risk of unauthorized disclosure of customer data as part of our annual risk assessment.",
    "Our risk reporting process covers operational, credit and cybersecurity risks.",
    "We publish a semiannual transparency report that discloses the number of government requests for user data we receive.",
    // a law's duty stated for others; a product that helps others meet theirs
    "The SEC's rules require registrants to disclose material cybersecurity incidents within four business days.",
    "The Company is subject to data protection laws that impose notification requirements on businesses that suffer breaches.",
    "Our platform helps hospitals meet their HIPAA breach notification obligations.",
    // a risk factor's consequences
    "A breach could result in litigation, regulatory fines and the costs of notifying affected individuals.",
    // not a cybersecurity incident
    "Our escalation procedures for safety incidents at our plants require reporting to the plant manager within one hour.",
  ])("%s", (text) => expect(elements(text)).not.toContain("incident-disclosure"));
});

describe("incident-escalation and management-informed: the path to a manager or the board", () => {
  it.each([
    // a small company's plain path
    "We are a small company with two IT employees. If they detect an incident, they inform our Chief Executive Officer immediately.",
    // a manager the escalation list did not name: a VP, a controller, a president
    "Our managed service provider alerts our Controller of any breach of our systems.",
    "If a breach is detected, our VP of IT notifies the CEO, who decides whether outside counsel should be engaged.",
    "Incidents rated high are escalated to the CIO within two hours.",
    "The Group's incident response procedure provides for escalation to the Group CISO.",
    "Significant incidents are reported to the Audit Committee by the Chief Information Officer.",
  ])("%s", (text) => expect(elements(text)).toEqual(expect.arrayContaining(["incident-escalation"])));

  it("reads a standing arrangement told in the conditional, not a risk told in it", () => {
    const told = elements("If we were to experience a cybersecurity incident, our IT consultant would notify our Chief Executive Officer, who would decide whether it is material.");
    expect(told).toEqual(expect.arrayContaining(["incident-escalation", "management-informed"]));
    expect(elements("If we were to experience an incident, it could be escalated to the Board.")).not.toContain("incident-escalation");
  });

  it("reads a VP of IT as a manager who is informed", () => {
    expect(elements("Our VP of IT receives alerts from the security team about every incident.")).toContain("management-informed");
  });

  // Round 10: being told BY a party or THROUGH a plan, alerts or reports answers 106(c)(2)(ii); the one told is a
  // pronoun for the managers named before (set 10's Aegean #15 and Trailcraft), not the board a sentence before names.
  it.each([
    "Our IT Manager has ten years of experience in information technology. They are informed of incidents by the outside IT services firm and through our incident response plan.",
    "They learn of incidents through the monitoring firm's alerts and through reports from the vessels' masters.",
    "She receives alerts from our endpoint detection tools and weekly reports from our managed service provider.",
    "Our Head of IT receives notifications from our cloud hosting provider of any security event affecting our environment.",
  ])("reads a manager told of incidents by a party or through a channel: %s", (text) => expect(elements(text)).toContain("management-informed"));

  it.each([
    "The Audit Committee oversees our cybersecurity risk management. They are informed of significant incidents through reports from the Chief Information Security Officer.",
    "Employees are informed of emerging phishing threats through monthly security newsletters and mandatory training.",
  ])("not management told: %s", (text) => expect(elements(text)).not.toContain("management-informed"));

  it.each([
    "Rising cyber insurance premiums and escalating ransom demands could increase our costs.",
    "Escalating costs of compliance could affect our margins.",
  ])("does not read escalating costs as an escalation: %s", (text) => expect(elements(text)).not.toContain("incident-escalation"));
});

// Round 10 (docs/accuracy.md, "Round 10: incidents"): shapes of round10.incident.a, in other words.
describe("round 10: who decides materiality, where incidents go, and how they are reported", () => {
  it.each([
    // a named decider's determination that an incident is material
    "If the Risk Committee concludes that a breach is material, the Company will disclose it.",
    // "brought to" a manager, without "the attention of"
    "Intrusions that the SOC confirms are brought to the Chief Information Officer within the hour.",
    // information that flows by a route to an officer
    "Reports of cybersecurity incidents flow upward through our regional IT leads to the Chief Technology Officer.",
  ])("escalation: %s", (text) => expect(elements(text)).toContain("incident-escalation"));

  it("reads an incident reported as the law requires as disclosed", () => {
    expect(elements("We will report any material data breach as required by applicable securities laws.")).toContain("incident-disclosure");
  });

  it.each([
    // a hypothetical escalation of something else
    "A major incident could force us to escalate our spending on outside consultants.",
    // events that are not incidents
    "The Treasurer reports credit events above $5 million to the Finance Committee.",
  ])("no escalation: %s", (text) => expect(elements(text)).not.toContain("incident-escalation"));

  it("does not read disclosure as the subject of a risk as a disclosure path", () => {
    expect(elements("Any disclosure of a cybersecurity incident could prompt regulatory inquiries and lawsuits.")).not.toContain("incident-disclosure");
  });
});
