// Round 44 (acc44-positions, issue 10): management's positions and role as 106(c)(2) reads them (C1, C12, C23-C25), read
// from the clause's structure - an agent that is a management position or body, joined to an act of managing cybersecurity
// risk - in active, passive and pronoun forms, so that the readings carry over to registers the tuning data does not hold.
// rules/lexicons/element-management-positions.json (management-role reads it too: requirements.json "also"). Fictional
// sentences, none of them in a paraphrase batch (round44.positions.json holds the batch written first). At base 7c3ca28f
// every "now found" case fails; the guards (marked) pass at base and after.
import { describe, expect, it } from "vitest";
import { paragraphElements as elements } from "../helpers.js";
import { checkClasses, type ClassCase } from "./precision-classes.js";

/** [class, paragraph, element it must now find] - each missed at base. */
const NOW_FOUND: ClassCase[] = [
  ["passive agent: a risk assessed by a position", "Our exposure to ransomware and other cyber threats is assessed each quarter by our Vice President of Finance, who also decides which controls we fund.", "management-positions"],
  ["passive agent: vendors rated by a position", "Every vendor that will hold customer data is rated by our Chief Administrative Officer for security risk before a contract is signed.", "management-positions"],
  ["passive agent: threats prioritized by a position", "Threats to our branch network are prioritized by our Senior Vice President of Operations, who assigns each one an owner.", "management-positions"],
  ["a position that maintains and runs (C25)", "Our Controller maintains our written information security program and runs the annual review of user access.", "management-positions"],
  ["a position that defines the requirements (C25)", "Our Chief Digital Officer defines the security requirements every new system must meet.", "management-positions"],
  ["the title carried to a pronoun after a lead-in (C25)", "Mr. Ortega is our Director of Information Technology. In this role he maintains our incident response plan and tests it every year.", "management-positions"],
  ["the title carried to a pronoun that directs (C23)", "We appointed Mr. Ruiz as Head of Digital Security in 2023. He sets our security standards and decides which risks may be accepted.", "management-positions"],
  ["role follows: passive agent", "Our exposure to ransomware and other cyber threats is assessed each quarter by our Vice President of Finance, who also decides which controls we fund.", "management-role"],
  ["role follows: the title carried to a pronoun", "We appointed Mr. Ruiz as Head of Digital Security in 2023. He sets our security standards and decides which risks may be accepted.", "management-role"],
];

/** [class, paragraph, element it must still NOT find] - guards that pass at base. */
const STILL_NOT: ClassCase[] = [
  ["guard: a position that only receives reports (C8)", "Our Chief Financial Officer receives a quarterly report on cybersecurity risks from our IT provider.", "management-positions"],
  ["guard: a board member is not management", "A member of our Board who formerly served as a chief information officer reviews our cybersecurity program with management each year.", "management-positions"],
  ["guard: an employee's duty to report phishing is no role", "All employees must report suspected phishing emails to our IT service desk.", "management-role"],
  ["guard: a committee chair of the board", "The Audit Committee chair sets the agenda for the committee's annual review of cybersecurity.", "management-positions"],
  ["guard: a third party's staff", "Our managed security provider's analysts maintain the firewall rules and run our vulnerability scans.", "management-role"],
  ["guard: tracking findings is being informed (C23)", "Our Chief Operating Officer tracks each open finding from our penetration tests until it is closed.", "management-positions"],
  ["guard: a materiality assessment is escalation (C1)", "Each incident is evaluated by our General Counsel to determine whether it must be disclosed.", "management-positions"],
];

checkClasses("round 44: a management position joined to an act of managing cyber risk", { notAnyMore: [], nowFound: NOW_FOUND, still: [] });

describe("round 44: the false side (guards)", () => {
  it.each(STILL_NOT)("%s", (_what, paragraph, element) => {
    expect(elements(paragraph)).not.toContain(element);
  });
});

describe("round 44: a management body named by its members that meets and decides", () => {
  it("now found: the members, then 'meets <cadence> and' an act on the risk (fails at base)", () => {
    expect(elements("A panel made up of our Chief Executive Officer, our Treasurer and our Vice President of Technology meets monthly and decides which of the open security risks we fund first.")).toContain("management-positions");
  });
  it("guard: a body named by its members that meets and is only told (C26)", () => {
    expect(elements("A forum made up of our Chief Operating Officer, our Controller and our Director of Operations meets quarterly and receives a report on security incidents.")).not.toContain("management-positions");
  });
});

/** C24: a team (not a position) that performs the program as a whole is management-role, never positions (C1). */
const TEAM_NOW: ClassCase[] = [
  ["a team that designs and operates the security program (C24)", "Our internal security team designs and operates our information security program.", "management-role"],
  ["a team that carries out every part of the program (C24)", "Our IT team of five carries out every part of our security program.", "management-role"],
];
/** Found at base already (another role pattern reads the passive): a guard of behaviour that must not change. */
const TEAM_STILL: ClassCase[] = [
  ["the program designed and maintained by a department (C24, passive)", "Our information security program is designed and maintained by our IT department.", "management-role"],
];
const TEAM_NOT: ClassCase[] = [
  ["guard: a team that does one activity is processes only (C24)", "Our product security team tests each release before launch.", "management-role"],
  ["guard: a provider's team runs the program (third party, not management)", "Our security program is run by our managed security provider's team.", "management-role"],
  ["guard: a program that is not the security program", "Our security awareness program is run by our human resources team.", "management-role"],
  ["guard: a team is never positions (C1)", "Our internal security team designs and operates our information security program.", "management-positions"],
];
checkClasses("round 44: a team that performs the program as a whole (C24)", { notAnyMore: TEAM_NOT, nowFound: TEAM_NOW, still: TEAM_STILL }); // notAnyMore here: guards, not found at base either

describe("round 44: the act's object must be cybersecurity's (guards from the whole split's false detections)", () => {
  it.each([
    ["a register of credit and market risks", "Our Chief Treasury Officer maintains a register of liquidity and market risks and our Executive Committee reviews it each quarter."],
    ["management sets risk appetite", "Our Chief Information Officer sits on our Enterprise Risk Council, which makes sure technology risk is weighed when management sets risk appetite and allocates budgets."],
  ])("guard: %s", (_what, paragraph) => {
    expect(elements(paragraph)).not.toContain("management-positions");
  });
});
