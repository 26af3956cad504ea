// Round 36 (acc36-board, issue 10 class F): realistic set 22 left two classes. tsurugawa: the board "delegated the oversight" of
// cybersecurity to a committee the same sentence makes management's (chaired by the Chief Strategy Officer, composed of the
// Executive Officers) and no rule asked whether it is a committee of the board (board-committee-management-body, lexicon
// board-committee-management). pellworth: managers who "attend the Audit and Risk Committee at least three times a year to report
// on" were not read as reporting to the board (the attendance shape of element-reports-to-board stopped at 16 words; now 20).
// The same lexicon is an `except` shape of the board-committee element: that sentence names no committee of the board.
// Fictional sentences. At base d1734e8 the five "now" cases fail (the rule did not exist; the attendance was not read); the guards
// pass at base and must not change.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadDisclosure } from "../../src/sources/load.js";
import { linterFor, paragraphElements as elements } from "../helpers.js";

const RULE = "board-committee-management-body";
const dir = mkdtempSync(join(tmpdir(), "acc36-board-"));
let n = 0;

/** The rule's findings on an Item 1C draft holding these paragraphs: "line severity". */
async function findings(...paragraphs: string[]): Promise<string[]> {
  const file = join(dir, `draft-${n++}.md`);
  writeFileSync(file, `# Item 1C. Cybersecurity\n\n## Governance\n\n${paragraphs.join("\n\n")}\n`);
  const got = await linterFor(RULE).lint(await loadDisclosure([file], { form: "10-K" }));
  return got.map((f) => `${f.line} ${f.severity}`);
}

/** [what, the section's paragraph] — the rule finds the management committee at line 5 (the paragraph's line). */
const CAUGHT: [string, string][] = [
  [
    "chaired by an officer and composed of the Executive Officers (set 22's tsurugawa)",
    "The Board of Directors has delegated the oversight of cybersecurity risks to the Risk Management Committee, which is chaired by our Chief Strategy Officer and is composed of the Executive Officers responsible for our business groups and for our corporate staff groups.",
  ],
  ["called a management committee in an appositive", "Our Board has assigned oversight of cybersecurity risk to the Technology Risk Council, a management committee chaired by our Chief Financial Officer."],
  ["made up of members of senior management", "The Board of Directors has entrusted the oversight of information security risks to the Digital Trust Committee, which is made up of members of senior management."],
];
/** [what, the section's paragraph] — no finding. */
const KEPT: [string, string][] = [
  [
    "a board committee of independent directors that an executive attends",
    "The Board has delegated oversight of cybersecurity risk to its Risk Committee, which is composed of four independent directors, and our Chief Information Security Officer attends each of its meetings.",
  ],
  ["the Board's Risk Committee, composed of independent directors", "The Board's Risk Committee, composed of independent directors, oversees cybersecurity risk on the Board's behalf."],
  [
    "a committee of the Board chaired by a director who was once an officer",
    "The Board has delegated oversight of cybersecurity risk to its Technology Committee, which is chaired by Ms. Ana Ruiz, a former Chief Information Officer of a global bank.",
  ],
  [
    "a management committee that reports to the board's committee",
    "The Board has delegated oversight of cybersecurity risk to the Audit Committee. Our Cyber Risk Council, chaired by our Chief Information Officer and composed of senior executives, reports to the Audit Committee each quarter.",
  ],
  [
    "the management of the Group delegated to an Executive Committee (set 22's jorat)",
    "The Board has delegated the management of the Group to the Executive Committee, which is chaired by the Chief Executive Officer, and oversees cybersecurity risks through its Audit and Risk Committee.",
  ],
  [
    "a delegation that is denied",
    "The Board has not delegated the oversight of cybersecurity risk to the Executive Risk Committee, which is composed of our executive officers; the full Board oversees it directly.",
  ],
];

describe("a management committee named as the one the board delegated its oversight to", () => {
  it.each(CAUGHT)("now: %s", async (_what, paragraph) => {
    expect(await findings(paragraph)).toEqual(["5 warning"]);
  });
  it.each(KEPT)("still: %s", async (_what, paragraph) => {
    expect(await findings(paragraph)).toEqual([]);
  });
});

describe("the board-committee element where the committee given the board's oversight is management's", () => {
  it("now: a sentence delegating oversight to a committee chaired by an officer names no board committee", () => {
    const got = elements(
      "The Board of Directors has delegated the oversight of cybersecurity risks to the Group Risk Committee, which is chaired by our Chief Financial Officer and is composed of the members of our Executive Management team.",
    );
    expect(got).not.toContain("board-committee");
    expect(got).toContain("board-oversight");
    expect(got).toContain("management-positions");
  });
  it("still: oversight delegated to a committee of independent directors is the board committee", () => {
    expect(elements("The Board has delegated oversight of cybersecurity risk to its Risk Committee, which is composed of four independent directors.")).toContain("board-committee");
  });
});

describe("attending a board committee to report on cybersecurity", () => {
  it("now: attend the Audit and Risk Committee at least three times a year to report on (set 22's pellworth)", () => {
    const got = elements(
      "The Group Chief Information Officer and the Group Head of Cyber Security attend the Audit and Risk Committee at least three times a year to report on the Group's cyber risk profile, the results of assurance and testing, and incidents.",
    );
    expect(got).toContain("reports-to-board");
    expect(got).toContain("board-informed");
  });
  it("still: a director who attends meetings of another company's board is no report", () => {
    expect(
      elements("Ms. Okafor, who serves on the board of a regional utility and attends its audit committee meetings, has twenty years of experience in information security and has presented at industry conferences."),
    ).not.toContain("reports-to-board");
  });
});
