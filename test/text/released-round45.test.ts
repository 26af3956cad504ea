// Round 45 (acc45-released, issue 10): classes read from round43.sealed's errors once released (docs/accuracy.md "Round 45 -
// round43.sealed's errors, by class"). Readings of structure, none one sentence's words:
// - EXEC-DIR, a one-tier board's "Executive Director(s)" are the officers who sit on it ("Within the Executive Directors, our
//   Chief Financial Officer is responsible for …", "As the Executive Director responsible for cybersecurity, the CFO …"):
//   management, not the board, as a two-tier "Executive Board" is (src/text/two-tier.ts); "Non-Executive Directors" stay the
//   board's (src/text/aliases.ts, resolveBackReferences);
// - C28, a third party known only through its output: the results of external, independent or third-party assessments
//   named as what management or the board hears (the four "results of …" `not` phrases written before C28 was adopted are
//   gone), and a firm named by its trade through the possessive of its work past two modifiers ("the consulting firm's most
//   recent assessment"); the financial audit's controls stay no engagement (element-third-party-engaged,
//   sentence-third-party-engaged-not-ours);
// - OBJ-REL, the party or its work, then an object relative whose subject is the registrant ("the penetration tests we
//   commission", "the audits of our controls, which we commission each year"): we engaged it (element-third-party-engaged).
// Fictional sentences, none of them in a paraphrase batch. At base 205627c4 every case of NOT_ANY_MORE and NOW_FOUND fails
// (checked with the base's src/text/aliases.ts and rules/lexicons); the guards pass at base and must not change.
import { describe, expect, it } from "vitest";
import { paragraphElements as elements } from "../helpers.js";
import { checkClasses, type ClassCase } from "./precision-classes.js";

/** [class, paragraph, element it must not find] — found at base. */
const NOT_ANY_MORE: ClassCase[] = [
  [
    "EXEC-DIR: responsibility within the executive directors is no board's",
    "Among our Executive Directors, the Chief Operating Officer is responsible for cyber security at our bottling plants.",
    "board-oversight",
  ],
  [
    "EXEC-DIR: the same, no board committee",
    "Among our Executive Directors, the Chief Operating Officer is responsible for cyber security at our bottling plants.",
    "board-committee",
  ],
  [
    "EXEC-DIR: executive directors sharing responsibility",
    "The two Executive Directors are jointly responsible for managing information security risk across the estate.",
    "board-oversight",
  ],
];

/** [class, paragraph, element it must now find] — missed at base. */
const NOW_FOUND: ClassCase[] = [
  [
    "EXEC-DIR: the executive director responsible for cyber security is a management position",
    "As the Executive Director responsible for information security, our Finance Director presents the cyber risk register to the Board twice a year.",
    "management-positions",
  ],
  [
    "C28: external test results given to a manager",
    "Our Head of Operations Technology is given the results of external penetration tests of the plant networks each spring.",
    "third-party-engaged",
  ],
  [
    "C28: independent reviews' results on a committee's agenda",
    "The Risk Committee discusses the results of independent reviews of our cyber defences every quarter.",
    "third-party-engaged",
  ],
  [
    "C28: a security firm's work through its possessive",
    "The Controller signs off on each item in the security firm's most recent test report.",
    "third-party-engaged",
  ],
  ["OBJ-REL: the assessor we hire", "Each spring the board reads the report of the assessor we hire to check our payment systems.", "third-party-engaged"],
  [
    "OBJ-REL: the reports of the tests we commission",
    "Copies of the penetration test reports we commission are shared with our largest customers.",
    "third-party-engaged",
  ],
];

/** [class, paragraph, element it must still find] — guards. */
const STILL: ClassCase[] = [
  [
    "EXEC-DIR's twin (found at base): non-executive directors overseeing through a committee",
    "The Non-Executive Directors oversee cyber security risk through the Audit and Risk Committee.",
    "board-oversight",
  ],
  [
    "EXEC-DIR's twin (found at base): a committee of non-executive directors",
    "Our Risk Committee, which is composed of four independent non-executive directors, oversees our cybersecurity program.",
    "board-committee",
  ],
  [
    "EXEC-DIR's twin (found at base): the board's committee with an executive director as its reporter",
    "The Board oversees cyber security through its Risk Committee of four Non-Executive Directors; the Executive Director for Operations attends each meeting to report on cyber risks.",
    "board-oversight",
  ],
];

checkClasses("round 45: round43.sealed's classes", { notAnyMore: NOT_ANY_MORE, nowFound: NOW_FOUND, still: STILL });
describe("round 45: round43.sealed's traps", () => {
  it("guard: executive directors named as the board's members give no management position (not found at base)", () => {
    expect(elements("Our Board, which comprises three Executive Directors and five Non-Executive Directors, oversees information security risk directly.")).not.toContain("management-positions");
  });
  it("guard: consultants another party hires are not ours (not found at base)", () => {
    expect(elements("The consultants our franchisees hire review their own store systems.")).not.toContain("third-party-engaged");
  });
  it("guard: the results of audits of financial controls are no engagement for cybersecurity (not found at base)", () => {
    expect(elements("The Audit Committee reviews the results of internal and external audits of our financial controls.")).not.toContain("third-party-engaged");
  });
  it("guard: a manager titled Executive Director of a function keeps the management reading (found at base)", () => {
    expect(elements("Our Executive Director of Information Security is responsible for our security program.")).toContain("management-positions");
  });
});
