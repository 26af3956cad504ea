// Round 38 (acc38-bodies, issue 10): board and management bodies, round 37's leftovers. Fictional sentences,
// none of them in test/accuracy/paraphrases/round38.bodies.json. At base 45581a5f the "now" cases fail; the
// "still" cases pass at base and must not change.
//  1. element-reports-to-board's unordered meets-with entry joined an officer who only attends "by invitation"
//     to the committee's private meeting "with the external auditor", and took "executive session" for an
//     executive: who meets with whom is read in order now (the committee meets with the manager, or the
//     manager meets with the committee), and a session "without management" names no manager.
//  2. A management council or committee that reports to a board committee made the section's board committee
//     addressed (requirements.json impliedBy): under C13 a committee that only receives reports is not given
//     the oversight, and where the reporter is itself a management body the text does not say which committee
//     is responsible. A manager's own reports to a named board committee still imply it (round 19's ruling).
//  3. Management: a later clause's other remit no longer takes the whole sentence off the topic; a pronoun
//     for a management body or a prefixed title ("Group Chief …") that tracks remediation or reviews a
//     dashboard is management informed (C8, C23).
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createLinter } from "../../src/api.js";
import { loadDisclosure } from "../../src/sources/load.js";
import { paragraphElements as elements } from "../helpers.js";

const dir = mkdtempSync(join(tmpdir(), "acc38-bodies-"));
let n = 0;
/** The requirement-addressed messages of a draft whose Governance part is this paragraph. */
async function absences(paragraph: string): Promise<string[]> {
  const file = join(dir, `draft-${n++}.txt`);
  writeFileSync(file, `Item 1C. Cybersecurity\n\nGovernance\n\n${paragraph}\n`);
  const got = await createLinter().lint(await loadDisclosure([file]));
  return got.filter((f) => f.ruleId === "requirement-addressed").map((f) => f.message);
}
const COMMITTEE = "the board committee or subcommittee";
const OVERSIGHT = "the board of directors' oversight";
const says = (messages: string[], what: string) => messages.some((m) => m.includes(what));

describe("1. officers attending by invitation, and the committee's private sessions", () => {
  it.each([
    [
      "attendance by invitation, then a private meeting with the auditor",
      "The Chief Executive Officer and the General Counsel attend meetings of the Audit Committee by invitation, and the committee meets privately with the independent auditor twice a year.",
    ],
    [
      "a cyber committee; an officer attends by invitation; a private meeting with the auditor",
      "The Risk Committee oversees cybersecurity risk. The Chief Operating Officer attends its meetings at the committee's invitation, and the committee meets privately with the external auditor once a year.",
    ],
    ["an executive session with the auditor", "The Audit Committee oversees cybersecurity risk and holds an executive session with the independent auditor after each Board meeting."],
  ])("now no reports-to-board: %s", (_what, paragraph) => {
    const got = elements(paragraph);
    expect(got).not.toContain("reports-to-board");
    expect(got).not.toContain("board-informed");
  });

  it.each([
    ["round 20's review of the program with the CISO", "The Audit Committee's oversight of cybersecurity includes a review, at least annually, of the Company's information security program with the CISO."],
    ["an executive session with the CISO", "The Audit Committee oversees cybersecurity risk and meets in executive session with our Chief Information Security Officer each quarter."],
    ["the CISO meets with the committee", "Our Chief Information Security Officer meets with the Audit Committee each quarter to discuss cybersecurity risks."],
    ["the CIO reviews the program with the committee", "Our Chief Information Officer reviews the cybersecurity program with the Technology Committee of our Board twice a year."],
    ["the committee reviews with the CIO", "Twice a year the Technology Committee reviews with our Chief Information Officer the state of our cybersecurity program."],
    [
      "a private session with the CISO, other managers absent",
      "The Risk Committee of our Board oversees cybersecurity risk and meets privately with our Chief Information Security Officer, without other members of management present, twice a year.",
    ],
  ])("still reports-to-board: %s", (_what, paragraph) => {
    const got = elements(paragraph);
    expect(got).toContain("reports-to-board");
    expect(got).toContain("board-informed");
  });
});

describe("2. a management body that reports to a board committee names no committee responsible (C13)", () => {
  it("now: a management council reporting to the Audit Committee leaves the board committee unanswered", async () => {
    const got = await absences("Our Cyber Risk Council, a management committee chaired by our Chief Information Officer, reports to the Audit Committee each quarter on cybersecurity risks.");
    expect(says(got, COMMITTEE)).toBe(true);
    // the board is still informed, so its oversight is still implied (round 19)
    expect(says(got, OVERSIGHT)).toBe(false);
  });
  it("now: a management Risk Committee reporting to the full Board is no committee of the board", async () => {
    const got = await absences("Our Risk Committee, which is made up of our executive officers, reports to the Board of Directors each quarter on cybersecurity risks.");
    expect(says(got, COMMITTEE)).toBe(true);
  });
  it("still: a manager's own reports to a named committee of the board imply it (round 19)", async () => {
    const got = await absences("Our Chief Information Security Officer leads the program and reports to the Audit Committee of our Board each quarter on cybersecurity risks.");
    expect(says(got, COMMITTEE)).toBe(false);
  });
  it("still: a committee given the oversight that receives a management council's reports", async () => {
    const got = await absences("The Audit Committee of our Board oversees cybersecurity risk and receives quarterly reports from our Cyber Risk Council, a management committee chaired by our Chief Information Officer.");
    expect(says(got, COMMITTEE)).toBe(false);
  });
  it("the paragraph's own elements: the council's committee reports, with no board committee", () => {
    const got = elements("Our Cyber Risk Council, a management committee chaired by our Chief Information Officer, reports to the Audit Committee each quarter on cybersecurity risks.");
    expect(got).toContain("reports-to-board");
    expect(got).not.toContain("board-committee");
  });
});

describe("3. management: a clause's remit, and informed after a pronoun or a prefixed title", () => {
  it.each([
    ["a later clause leads the treasury", "The Chief Technology Officer leads our cybersecurity program, and the Chief Financial Officer leads our treasury functions."],
    ["a later clause is responsible for litigation and insurance", "Our Chief Information Officer heads our information security program, and our General Counsel is responsible for litigation and our insurance program."],
  ])("now role and positions: %s", (_what, paragraph) => {
    const got = elements(paragraph);
    expect(got).toContain("management-role");
    expect(got).toContain("management-positions");
  });
  it.each([
    ["officers with other remits only", "Our Chief Operating Officer oversees our warehouses and our customer service centers, and our General Counsel oversees litigation."],
    ["the insurance remit with a cyber word after it", "Our Chief Financial Officer is responsible for our insurance program, including the renewal of our cyber policy."],
  ])("still no role: %s", (_what, paragraph) => {
    expect(elements(paragraph)).not.toContain("management-role");
  });

  it.each([
    [
      "'It also tracks the remediation' after a management committee",
      "The Security Council, which our Chief Information Officer chairs, approves our security roadmap. It also tracks the remediation of findings from our annual penetration test.",
    ],
    ["'It monitors the status of remediation'", "The IT Steering Committee approves the annual security plan. It monitors the status of remediation of the audit findings on our payment systems."],
    [
      "'she reviews a dashboard' after a Group Chief Information Security Officer",
      "Dr. Lund, our Group Chief Information Security Officer, manages our cybersecurity program. Each month she reviews a dashboard of open vulnerabilities and remediation deadlines.",
    ],
  ])("now management-informed: %s", (_what, paragraph) => {
    expect(elements(paragraph)).toContain("management-informed");
  });
  it.each([
    ["'It' after a board committee", "The Audit Committee oversees cybersecurity risk. It also tracks the remediation of findings from our annual penetration test."],
    ["'It' for a plan", "Our incident response plan defines roles and escalation paths. It also tracks the remediation of findings from our annual penetration test."],
  ])("still no management-informed: %s", (_what, paragraph) => {
    expect(elements(paragraph)).not.toContain("management-informed");
  });
  it("still: 'It also tracks' alone gives no management role (C23)", () => {
    const got = elements("Our Risk Council meets every month. It also tracks the remediation of findings from our annual penetration test.");
    expect(got).not.toContain("management-role");
  });
});
