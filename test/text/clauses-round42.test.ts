// Round 42 (acc42-clauses, issue 10): the processes element (106(b)(1)) and a clause's reach (docs/accuracy.md "Round 42 -
// the processes element and a clause's reach"). A third party's or our own staff's work on our security told in the passive
// or with a firm as the subject (element-processes, labels/README.md C4), an employee's duty to report in either order (C14),
// a bare verb of the work beside an informing verb (sentence-processes-information-flow), the work's output as the subject
// of a clause of its own (src/text/clauses.ts independentClauses, workReported), a responsibility that names concrete
// controls (sentence-processes-responsibility), and a matrix or severity levels named only for who is told (C17,
// sentence-plan-notifies). Fictional sentences, none of them in a paraphrase batch. At base ef5d7c91 every case of
// NOT_ANY_MORE and NOW_FOUND fails; the guards (STILL, STILL_NOT) pass at base and must not change.
import { describe, expect, it } from "vitest";
import { independentClauses } from "../../src/text/clauses.js";
import { splitSentences } from "../../src/text/sentences.js";
import { tokenize } from "../../src/text/tokens.js";
import { paragraphElements as elements } from "../helpers.js";
import { checkClasses, type ClassCase } from "./precision-classes.js";

/** [class, paragraph, element it must NOT find] — each detected at base. */
const NOT_ANY_MORE: ClassCase[] = [
  ["severity levels named only for who is told (C17)", "Our notification matrix lists, for each severity level, the executives who must be informed and within what time.", "processes"],
  ["an escalation matrix named only for who is notified (C17)", "Under our escalation matrix, the General Counsel and the Chief Executive Officer are notified of any event rated critical.", "processes"],
];

/** [class, paragraph, element it must now find] — missed at base. */
const NOW_FOUND: ClassCase[] = [
  ["the duty to report, the verb first (C14)", "All drivers must report suspicious text messages on their company phones to the IT help desk.", "processes"],
  ["a lost or stolen device reported to the service desk (C14)", "Lost or stolen tablets must be reported by our technicians to the service desk at once.", "processes"],
  ["an assessment in the past passive, by a firm (C4)", "Our security program was assessed last year by an independent consulting firm.", "processes"],
  ["assessments performed by our own staff", "Our cybersecurity assessments are performed by our own engineers.", "processes"],
  ["a firm as the subject of the work (C4)", "An independent firm audits our store networks every year.", "processes"],
  ["a bare verb of the work beside an informing verb", "Outside consultants periodically review our security program and present their conclusions to the Audit Committee.", "processes"],
  ["the work's output as a clause's subject", "We commissioned an outside firm to carry out a maturity assessment of our security program, and its findings were presented to the Risk Committee.", "processes"],
  ["a responsibility that names concrete controls", "Our IT Manager is responsible for our backups, patching and endpoint protection.", "processes"],
  ["an escalation matrix that assigns the severity (C17)", "Our incident response plan assigns each confirmed event one of three severity tiers; tier-one events are escalated to the Chief Information Officer within an hour.", "processes"],
];

/** [class, paragraph, element it must still find] — guards. */
const STILL: ClassCase[] = [
  ["the report's clause still informs the committee", "We commissioned an outside firm to carry out a maturity assessment of our security program, and its findings were presented to the Risk Committee.", "board-informed"],
  ["a plan's response work beside who is told", "Our incident response plan sets out how incidents are triaged and contained and which executives are notified at each severity level.", "processes"],
];

/** [class, paragraph, element it must still NOT find] — guards that pass at base. */
const STILL_NOT: ClassCase[] = [
  ["a manager only presents test results (C7, C8)", "Our Chief Information Officer presents the results of our vulnerability scans to the Audit Committee each quarter.", "processes"],
  ["'to review' the results with a committee is reporting", "Our Chief Technology Officer meets with the Audit Committee twice a year to review the results of our penetration tests.", "processes"],
  ["engagement to help us assess is engagement only (C4)", "We also engage outside advisors to help us assess and respond to the evolving threat landscape.", "processes"],
  ["customers audit us: their process, not ours", "Several of our customers audit our information security practices under their supply agreements.", "processes"],
  ["workplace injuries reported to a safety officer", "Store managers must report workplace injuries to the safety officer within one day.", "processes"],
  ["the plan names who decides disclosure", "Our incident response plan assigns to the Legal department the decision whether an incident must be disclosed.", "processes"],
];

checkClasses("round 42: the processes element and a clause's reach", { notAnyMore: NOT_ANY_MORE, nowFound: NOW_FOUND, still: STILL });

describe("round 42: guards that stay unaddressed", () => {
  it.each(STILL_NOT)("guard: %s", (_what, paragraph, element) => {
    expect(elements(paragraph)).not.toContain(element);
  });
});

describe("round 42: the work's output opens a clause of its own", () => {
  const clauses = (text: string) => independentClauses(text, tokenize(text), splitSentences(text)).map((c) => text.slice(c.start, c.end).trim());
  it("cuts before 'its findings' / 'their results' after ', and'", () => {
    expect(clauses("An outside firm assessed our program in 2025, and its findings were presented to the Audit Committee.")).toEqual([
      "An outside firm assessed our program in 2025,",
      "its findings were presented to the Audit Committee.",
    ]);
    expect(clauses("Testers probe our portal twice a year, and their results go to the CISO.")).toHaveLength(2);
  });
  it("does not cut before a possessive that is no output ('its members', 'its charter') or a bare pronoun", () => {
    expect(clauses("Our security team has twelve people, and its members hold many certifications.")).toHaveLength(1);
    expect(clauses("Our IT team applies patches each week, and it reports exceptions to the CIO.")).toHaveLength(1);
  });
});
