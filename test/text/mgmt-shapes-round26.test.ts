// Round 26 (acc26-mgmt): the management elements of 106(c)(2) in shapes the earlier batches did not
// cover. A task or duty that falls to a position; a dual-hatted officer whose sentence also names
// another remit (privacy-law compliance) but who manages the response to incidents; management informed
// through metrics that include phishing simulations, and through a scorecard that reaches a technology
// leader; and the precision traps: the Chair of a board committee is not a manager who chairs, a
// provider's security staff and officer are not ours, a CIO's ERP upgrade is not cybersecurity. Fictional
// sentences; each list pins a change that fails at base 98c5ace.
import { describe, expect, it } from "vitest";
import { paragraphElements as elements } from "../helpers.js";

/** Neither a position responsible nor management's role. */
function notManagement(text: string): void {
  const found = elements(text);
  expect(found).not.toContain("management-positions");
  expect(found).not.toContain("management-role");
}

describe("a task, duty or job that falls to or rests with a position names the position", () => {
  it.each([
    "The task of assessing and managing our exposure to cyber threats falls to our IT Manager, who is assisted by an outside provider.",
    "The day-to-day duty of managing our cybersecurity program rests with our Director of Information Security.",
    "The job of identifying and mitigating cybersecurity risks sits with our Chief Technology Officer.",
  ])("%s", (text) => expect(elements(text)).toContain("management-positions"));
  it("not a task that falls to a board committee", () => {
    expect(elements("The task of overseeing cybersecurity risk falls to the Audit Committee of our Board.")).not.toContain("management-positions");
  });
});

describe("a position whose sentence names another remit and also manages the response to incidents", () => {
  it("a General Counsel over data-protection compliance who manages the response to incidents", () => {
    const found = elements(
      "Our General Counsel, who also serves as our Data Protection Officer, oversees our compliance with data protection laws and, with the IT Director, manages our response to incidents involving personal data.",
    );
    expect(found).toContain("management-positions");
    expect(found).toContain("management-role");
  });
  it.each([
    "Our Data Protection Officer oversees our compliance with data protection laws in each country where we operate.",
    "Our Chief Information Officer is responsible for the upgrade of the Company's enterprise resource planning system, which we expect to complete next year.",
    "Our Chief Information Officer leads the implementation of our enterprise resource planning platform.",
  ])("still another remit: %s", notManagement);
});

describe("a provider's or processor's own security staff and officers are not our management", () => {
  it.each([
    "Our hosting provider's security personnel are responsible for the physical protection of the data centers in which our systems run.",
    "The provider's own Chief Security Officer oversees its compliance program.",
    "Our payment processor's information security team is responsible for protecting cardholder data on its systems.",
  ])("%s", notManagement);
  it("still our own CISO who oversees our providers", () => {
    expect(elements("Our Chief Information Security Officer oversees the security of our hosting providers.")).toContain("management-positions");
  });
});

describe("the Chair of a board committee is not a manager who chairs", () => {
  it("the CISO notifies the Chair of the Audit Committee of critical incidents", () => {
    expect(
      elements("Members of our Board receive regular updates from the Chief Information Security Officer, and the Chair of the Audit Committee is notified by the CISO within 24 hours of any incident rated critical."),
    ).not.toContain("management-role");
  });
  it.each([
    "The CISO informs the Audit Committee chair promptly of any cybersecurity incident assessed as high severity.",
    "Our Chief Information Officer meets regularly with the Audit Committee chair to discuss cybersecurity matters.",
  ])("nor the Audit Committee chair: %s", (text) => expect(elements(text)).not.toContain("management-role"));
  it("still a manager who chairs the security committee", () => {
    expect(elements("Our Chief Information Officer chairs the Security Steering Committee, which manages our cybersecurity risks.")).toContain("management-role");
  });
});

describe("management informed through metrics and scorecards", () => {
  it.each([
    "Senior IT leadership tracks a set of cybersecurity metrics each month, among them phishing simulation failure rates and the time taken to patch critical vulnerabilities.",
    "Our CIO monitors the results of our phishing simulations and the remediation of the weaknesses they reveal.",
    "Each business unit's technology leader receives a quarterly scorecard from the security team that lists unresolved vulnerabilities.",
  ])("%s", (text) => expect(elements(text)).toContain("management-informed"));
  it.each([
    "Our executive leadership team took part in a tabletop exercise that simulated a ransomware attack.",
    "Our business leaders completed a simulated phishing exercise during the year.",
  ])("not management taking part in an exercise: %s", (text) => expect(elements(text)).not.toContain("management-informed"));
});

describe("a provider that alerts a security team informs the team, not management", () => {
  it.each([
    "A managed security service provider monitors our network around the clock and alerts our internal security team to suspicious activity.",
    "Our managed detection and response provider escalates confirmed threats to our security operations staff.",
  ])("%s", (text) => expect(elements(text)).not.toContain("management-informed"));
  it.each([
    "Our managed detection and response provider alerts our Director of IT to any confirmed intrusion.",
    "Our managed security service provider notifies our security team and our Chief Information Officer of suspicious activity.",
  ])("still a manager alerted: %s", (text) => expect(elements(text)).toContain("management-informed"));
});

describe("CISA the agency is not the CISA certification; a board committee member's expertise is not management's", () => {
  it.each([
    "Information about new threats reaches our IT leadership through alerts issued by government agencies such as CISA.",
    "Our security team receives threat information from the FBI, CISA and our industry's information sharing and analysis center.",
    "Our Board has determined that Dr. Feld, a member of the Audit Committee, has cybersecurity expertise gained over twenty years of leading technology risk functions.",
  ])("%s", (text) => expect(elements(text)).not.toContain("management-expertise"));
  it.each([
    "Our Director of IT Security holds the CISSP, CISA and CRISC certifications.",
    "Mr. Osei is a CISA and a CISSP.",
    "Our CISO, a member of our management Security Council, has twenty years of experience in information security.",
  ])("still a manager's credentials: %s", (text) => expect(elements(text)).toContain("management-expertise"));
});
