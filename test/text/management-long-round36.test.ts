// Round 36 (acc36-mgmt): the management elements of 106(c)(2) told across the sentences of a long paragraph, as
// real filers write them: the manager named in one sentence and said to take in reports in the next ("He receives
// …", "He stays informed …"), a management body's meetings named in the sentence after the body ("… meets every
// six weeks. At each meeting the CISO reports on incidents …"), and a security team called "This team" after it is
// named, and a manager joined with the manager's own team as one subject ("Our CISO and her team assess …"). Fictional
// sentences (Kestrel Ridge, test/accuracy/paraphrases/round36.mgmt.json); the first four lists fail at base d1734e8,
// the guards pass there and must keep passing.
import { describe, expect, it } from "vitest";
import { paragraphElements as elements } from "../helpers.js";

describe("a manager named in one sentence is the one informed in the next", () => {
  it.each([
    // "He" is the CIO: the sentence names a manager, though no title is written in it (the except shape for a provider
    // alerting a team with no manager in the sentence read it as the team's work)
    "Our Chief Information Officer leads the program and a team of nine security engineers. He receives weekly reports from our managed security provider and a daily summary of alerts from our security operations analysts.",
    "Our Vice President of Fleet Technology joined us in 2019. She receives weekly reports from our managed security provider and a summary of alerts from our security operations analysts.",
    // a verb by which the manager keeps himself informed
    "Our CISO has led security programs for fifteen years. He stays informed of threats through a commercial threat intelligence feed.",
  ])("%s", (text) => expect(elements(text)).toContain("management-informed"));
});

describe("a management body's meetings named in the next sentence", () => {
  it.each([
    "Our Technology Risk Steering Committee, which consists of our Chief Information Officer, Chief Information Security Officer and Chief Compliance Officer, meets every six weeks. At each meeting the CISO reports on cybersecurity incidents since the prior meeting and the remediation of significant vulnerabilities.",
    "The Steering Committee meets every six weeks, and at each meeting the CISO reports on cybersecurity incidents.",
    "Our Cybersecurity Working Group meets monthly. At these meetings our Manager of Information Security presents a summary of incidents detected since the previous meeting.",
  ])("%s", (text) => expect(elements(text)).toContain("management-informed"));
});

describe("a security team called 'this team' after it is named", () => {
  it("has the team's role", () => {
    const text =
      "We maintain a dedicated cybersecurity team of fourteen employees, supplemented by a managed security services provider. This team is responsible for monitoring our networks and endpoints, responding to alerts and managing vulnerabilities.";
    expect(elements(text)).toContain("management-role");
  });
});

describe("a manager and the manager's own team as one subject", () => {
  it.each([
    "Our CISO and her team assess our cybersecurity risks each year against the NIST Cybersecurity Framework and develop a plan to address the gaps they identify.",
    "Our Chief Information Officer and his security team evaluate the risks of each new system before it is placed into production.",
  ])("%s", (text) => {
    const found = elements(text);
    expect(found).toContain("management-role");
    expect(found).toContain("management-positions");
  });
});

describe("guards: unchanged from base", () => {
  it("a team alone that assesses is the team's role, not a position's", () => {
    const found = elements("Our security team assesses the cybersecurity risks of each new system before it is placed into production.");
    expect(found).not.toContain("management-positions");
  });
  it.each([
    // a board committee's meetings: the board is informed, not management
    "The Audit Committee meets quarterly. At each meeting the CISO reports on cybersecurity incidents and the status of remediation.",
    "Our Board of Directors meets five times a year. At each meeting our Chief Information Officer presents an update on threats and incidents.",
  ])("not management informed: %s", (text) => expect(elements(text)).not.toContain("management-informed"));
  it.each([
    // a manager reviewing or meeting to review is how management is informed, not a role the labels give (round 36: reading
    // "She reviews …" and "meets … to review" as the role made more false role and positions than it found)
    "Our Vice President of Information Security holds the CISSP certification and spent nine years in security engineering at a refrigerated trucking company. She reviews daily alert summaries from our security operations center.",
    "Our CISO meets weekly with the security operations and IT infrastructure teams to review alerts, incidents and remediation status.",
    // another remit after a Chief Data Officer
    "Our Chief Data Officer joined us in 2021. She chairs a Data Council that sets the retention periods for customer records.",
  ])("not management role: %s", (text) => {
    const found = elements(text);
    expect(found).not.toContain("management-role");
    expect(found).not.toContain("management-positions");
  });
  it("a team named for another duty is no role", () => {
    const text = "We maintain a facilities team of six employees. This team is responsible for the maintenance of our warehouses and the upkeep of our truck yards.";
    expect(elements(text)).not.toContain("management-role");
  });
});
