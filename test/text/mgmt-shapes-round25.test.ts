// Round 25 (acc25-mgmt): the management elements of 106(c)(2) as real filers write them. Management's
// role told through a security or technology function, group, office or organization, or through risks
// evaluated by senior leadership; a position that receives an incident and then directs its response;
// a named executive leadership team as the agent; an IT Director who tracks incidents is management (not
// "the directors" of a board); and the precision traps: management "staying informed" of regulatory or
// technology developments, incidents handed to a response team, a Disclosure Committee told of
// incidents, a board committee named in a Governance Committee. Fictional sentences; each list pins a
// change that fails at base c44c30c.
import { describe, expect, it } from "vitest";
import { paragraphElements as elements } from "../helpers.js";

describe("management's role through a security or technology function, group, office or organization", () => {
  it.each([
    "The Information Security function manages the Company's cybersecurity program.",
    "Our IT Security group monitors our systems and manages our response to cybersecurity incidents.",
    "The Company's Global Security Office manages the Company's cybersecurity risks.",
    "Our cybersecurity program is managed by our IT organization, which reports to our Chief Financial Officer.",
  ])("%s", (text) => expect(elements(text)).toContain("management-role"));
  it.each([
    "Our Information Security Office notifies the Nominating and Governance Committee of incidents that meet defined thresholds.",
    "The information security function publishes a newsletter for employees.",
  ])("not a function that only informs a board committee, nor one with no risk to manage: %s", (text) =>
    expect(elements(text)).not.toContain("management-role"));
});

describe("risks evaluated or assessed by management are management's role", () => {
  it.each([
    "Cybersecurity risks identified through our annual risk assessment are evaluated by senior leadership, which decides how to mitigate them.",
    "Threats to our systems are assessed by our executive team each quarter.",
  ])("%s", (text) => expect(elements(text)).toContain("management-role"));
  it("not risks assessed by an outside firm", () => {
    expect(elements("Cybersecurity risks are assessed by an independent consulting firm each year.")).not.toContain("management-role");
  });
});

describe("a position that receives an incident and then directs its handling is responsible", () => {
  it("reported to the IT Director, who evaluates it and oversees containment and remediation", () => {
    const found = elements(
      "Cybersecurity incidents are detected by our managed detection and response provider and reported to our IT Director, who evaluates each incident with the provider, oversees containment and remediation and informs our Chief Executive Officer of any incident that could be material.",
    );
    expect(found).toContain("management-positions");
    expect(found).toContain("management-role");
  });
  it("not a receiver who only assesses the incident", () => {
    expect(
      elements("Incidents that meet defined thresholds are escalated to our CISO, who assesses them with the General Counsel."),
    ).not.toContain("management-positions");
  });
});

describe("a named executive leadership team as the agent is a management body", () => {
  it("assessed and managed at the management level by our Executive Leadership Team", () => {
    expect(
      elements("Risk from cybersecurity threats is assessed and managed at the management level by our Executive Leadership Team, which meets monthly."),
    ).toContain("management-positions");
  });
  it("not a leadership team that only receives an update", () => {
    expect(elements("Our CISO presents a cybersecurity update to the executive leadership team each month.")).not.toContain("management-positions");
  });
});

describe("an IT Director who tracks or reviews incidents is management informed, not a board's directors", () => {
  it.each([
    "Our IT Director tracks cybersecurity incidents through our ticketing system until they are remediated.",
    "The IT Director reviews cybersecurity incidents and alerts each morning.",
    "The CISO maintains awareness of the threat landscape through threat intelligence sources and industry groups.",
  ])("%s", (text) => expect(elements(text)).toContain("management-informed"));
  it("the Board of Directors that receives reports from management is the board informed", () => {
    const found = elements("The Board of Directors receives reports from management on cybersecurity incidents.");
    expect(found).not.toContain("management-informed");
    expect(found).toContain("reports-to-board");
  });
  it("maintaining awareness of threats is no responsibility", () => {
    expect(elements("The CISO maintains awareness of the threat landscape through threat intelligence sources and industry groups.")).not.toContain("management-role");
  });
});

describe("precision: what management is not informed about, and who is not management", () => {
  it.each([
    "Management stays informed about regulatory developments and industry trends relating to cybersecurity.",
    "Our CIO keeps abreast of developments in technology, including artificial intelligence, through industry forums.",
    "Incidents are delegated to an appropriate incident response team for assessment, investigation, and remediation.",
    "Incidents are assigned to the appropriate response team, which contains the threat and restores the affected systems.",
    "Our Disclosure Committee, composed of members of senior management, is informed of cybersecurity incidents that may require disclosure and assesses whether they are material.",
  ])("%s", (text) => expect(elements(text)).not.toContain("management-informed"));
  it.each([
    "Management stays informed about emerging cybersecurity threats through threat intelligence feeds.",
    "Incidents are assigned to the incident response team and escalated to the Chief Information Security Officer.",
  ])("keeps threats and an escalation to an officer: %s", (text) => expect(elements(text)).toContain("management-informed"));
});
