// Round 27 (acc27-mgmt): the management elements of 106(c)(2) in shapes the earlier batches did not
// cover. A management committee defined by a long list of officers that then sets, approves or decides
// what is done about the risk; a forum as a management body; a position introduced with the bank's or
// group's possessive; a bullet of a reporting-line list ("Director of X – reports to the CISO;
// responsible for …"); "management's part in". Fictional sentences; each list pins a change that fails
// at base 666c6a2.
import { describe, expect, it } from "vitest";
import { paragraphElements as elements } from "../helpers.js";

/** Neither a position responsible nor management's role. */
function notManagement(text: string): void {
  const found = elements(text);
  expect(found).not.toContain("management-positions");
  expect(found).not.toContain("management-role");
}

/** A position or committee given responsibility: both elements. */
function positions(text: string): void {
  const found = elements(text);
  expect(found).toContain("management-positions");
  expect(found).toContain("management-role");
}

describe("a management body defined by its officers, then what it sets, approves or decides about the risk", () => {
  it.each([
    "We have a management-level Security Steering Committee comprised of our Chief Financial Officer, our Chief Information Officer, our General Counsel and our Vice President of Internal Audit, which sets the annual priorities of the security program.",
    "The Company's Resilience Forum, made up of the President, the Chief Financial Officer, the Chief Information Officer and the heads of our two divisions, decides which cyber risks above our tolerance are accepted.",
    "Our Cyber Governance Group, consisting of the Chief Operating Officer, the Chief Information Officer, the General Counsel and the Director of Internal Audit, approves any exception to our information security policies.",
  ])("%s", positions);
  it.each([
    "The executive leadership team, which includes our Chief Executive Officer and Chief Financial Officer, sets the company's strategy and approves the annual budget.",
    "Our Pricing Forum, made up of the Chief Financial Officer, the Treasurer and the heads of Sales, approves customer credit limits above $5 million.",
  ])("not where what it sets or approves has no cyber word: %s", (text) => expect(elements(text)).not.toContain("management-positions"));
});

describe("a position introduced with the bank's, group's or trust's possessive", () => {
  it.each([
    "The Bank's Information Security Officer is an employee of our holding company and administers the information security program of both entities.",
    "The Fund's Information Security Officer is an employee of the adviser and administers the Fund's information security program.",
  ])("%s", (text) => expect(elements(text)).toContain("management-positions"));
});

describe("a bullet of a reporting-line list that then gives the position its responsibility", () => {
  it.each([
    "• Director of Application Security – reports to the CISO; responsible for our secure development practices and for the remediation of vulnerabilities found in our applications.",
    "• Security Operations Manager – reports directly to the Chief Information Security Officer; manages the monitoring of our networks and endpoints.",
  ])("%s", positions);
  it("not a bullet that only states the reporting line", () => {
    notManagement("• Director of Enterprise Applications – reports to the Chief Information Officer.");
  });
});

describe("management's part in cybersecurity is management's role", () => {
  it("management's part, carried out by named groups", () => {
    expect(
      elements("Management's part in cybersecurity is carried out by three groups: Enterprise Architecture, which designs our systems; Security Operations, which monitors them; and Technology Risk, which assesses the remaining risks."),
    ).toContain("management-role");
  });
});

describe("management informed: monitoring prevention and detection, a vCISO's provider reports, a meeting a manager chairs", () => {
  it.each([
    "The Technology Steering Committee monitors the prevention and detection of incidents through monthly metrics compiled by the security team.",
    "Our vCISO monitors the detection and remediation of security events through monthly reports from our managed detection provider and through access to the provider's ticketing portal.",
    "Weekly operational reviews chaired by our Chief Operating Officer include a standing cybersecurity item, at which the security team reports the incidents opened and closed.",
  ])("%s", (text) => expect(elements(text)).toContain("management-informed"));
  it("not the Audit Committee monitoring prevention and detection (the board's side)", () => {
    expect(elements("The Audit Committee monitors the prevention and detection of incidents through quarterly reports.")).not.toContain("management-informed");
  });
  it("a meeting chaired by an officer is not a position given responsibility", () => {
    expect(
      elements("Weekly operational reviews chaired by our Chief Operating Officer include a standing cybersecurity item, at which the security team reports the incidents opened and closed."),
    ).not.toContain("management-positions");
  });
});

describe("a director's expertise is not management's", () => {
  it.each([
    "Ms. Adeyemi, an independent director who chairs the Risk Committee of our Board, spent fourteen years as chief information security officer of a national insurer and holds the CISSP certification.",
    "The Nominating and Governance Committee considers cybersecurity experience when recommending director candidates, and our Board currently includes a former Chief Information Officer of a global retailer.",
  ])("%s", (text) => expect(elements(text)).not.toContain("management-expertise"));
  it("still the CISO's own career", () => {
    expect(elements("Our CISO spent fourteen years as chief information security officer of a national insurer and holds the CISSP certification.")).toContain("management-expertise");
  });
});

describe("a committee of officers on safety and other operating risks is another remit", () => {
  it("operational risk committee over driver safety", () => {
    notManagement("Our Chief Operating Officer leads the Company's operational risk committee, which oversees driver safety, fleet maintenance and fuel hedging.");
  });
  it("still a risk committee over security", () => {
    expect(elements("Our Chief Operating Officer leads the Company's operational risk committee, which oversees the security of our systems and our response to incidents.")).toContain("management-positions");
  });
});

describe("decisions to accept or treat cyber risk made by a position", () => {
  it.each([
    "Decisions about cyber risk acceptance are made by the Chief Risk Officer.",
    "Decisions to accept cybersecurity risks outside our risk appetite are made by the Chief Risk Officer and documented in the risk register.",
  ])("%s", positions);
  it("not a decision to disclose an incident", () => {
    expect(elements("Decisions about whether an incident must be publicly disclosed are made by our Chief Executive Officer and Chief Financial Officer.")).not.toContain("management-positions");
  });
});

describe("management informed: information that reaches a manager, an outsourced SOC provider notifying an officer", () => {
  it.each([
    "Information about detected incidents reaches our Chief Technology Officer through the ticketing system used by the incident response team.",
    "Our outsourced security operations center provider notifies the Chief Information Officer of any detected intrusion and provides status updates through containment.",
  ])("%s", (text) => expect(elements(text)).toContain("management-informed"));
  it("not information that reaches the board", () => {
    expect(elements("Information about significant incidents reaches the Audit Committee through the quarterly report.")).not.toContain("management-informed");
  });
});

describe("a management body named a Board, defined by its officers", () => {
  it.each([
    "The Company's Cyber Oversight Board, composed of the CIO, CISO and business unit leaders, sets security priorities.",
    "The Company's Security Governance Board, composed of senior executives, sets cybersecurity priorities and approves the annual security roadmap.",
  ])("%s", positions);
  it.each([
    "Our Board, composed of nine directors including our Chief Executive Officer, sets the Company's risk appetite, including for cybersecurity risk.",
    "The Supervisory Board, composed of twelve members including two former chief executives, approves the Company's cybersecurity strategy.",
  ])("not the board of directors: %s", (text) => expect(elements(text)).not.toContain("management-positions"));
});
