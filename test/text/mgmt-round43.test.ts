// Round 43 (acc43-mgmt, issue 10): a management body named by its chair or members that is only told (docs/accuracy.md
// "Round 43 - a management body named by its chair or members"). "a management committee chaired by our CFO", "which
// consists of our CEO, CFO and General Counsel" name who sits on a body; where the body only receives, meets or reports, or
// a report or escalation goes to it, no one is given responsibility (labels README C1, C26): management-informed, not
// management-role or management-positions (rules/lexicons/sentence-management-body-told.json, an `except` of both). Also a
// position with its reporting line as an aside that only "shares" a report (sentence-management-reporting-line). Fictional
// sentences, none of them in a paraphrase batch. At base 84f77255 every case of NOT_ANY_MORE fails; the guards pass at base
// and after.
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { growthOver4x, ROOT } from "../helpers.js";
import { checkClasses, type ClassCase } from "./precision-classes.js";

/** [class, paragraph, element it must no longer find] — found at base. */
const NOT_ANY_MORE: ClassCase[] = [
  [
    "a report sent to a management committee named by its chair",
    "Our Security Operations Centre sends its monthly threat report to the Digital Risk Committee, a management committee chaired by our Chief Operating Officer.",
    "management-positions",
  ],
  [
    "a management body led by a position that only receives a report",
    "The Technology Governance Council, a management body led by our Chief Financial Officer, receives a quarterly report on cyber threats and open incidents from the security team.",
    "management-role",
  ],
  [
    "a discussion with a committee named by its members",
    "Our Chief Information Security Officer discusses cyber risks each quarter with the Operating Committee, which consists of our Chief Executive Officer, Chief Financial Officer and General Counsel.",
    "management-role",
  ],
  [
    "a position chairing a forum at which others present",
    "Our Controller chairs a monthly Technology Risk Forum at which the IT Manager presents security incidents and patch status.",
    "management-positions",
  ],
  [
    "a reporting line as an aside, then only 'shares'",
    "Our Director of Infrastructure, who reports to our Chief Financial Officer, shares a weekly security summary with the CFO.",
    "management-role",
  ],
];

/** [class, paragraph, element it must still find] — guards. */
const STILL: ClassCase[] = [
  [
    "a committee named by its chair that sets priorities and approves exceptions",
    "Our Cyber Risk Committee, a management committee chaired by our Chief Risk Officer, sets our security priorities and approves exceptions to our security policies.",
    "management-positions",
  ],
  [
    "a position that leads the program and reports to a committee named by its members",
    "Our Chief Information Security Officer leads our security program and reports each month to the Executive Committee, which is made up of our senior officers.",
    "management-positions",
  ],
  [
    "the told body is still informed",
    "Our Security Council, made up of our Chief Information Officer, Chief Financial Officer and General Counsel, receives a monthly report on incidents from the security team.",
    "management-informed",
  ],
  [
    "a team led by a position (not a committee) is the position's",
    "Our Security Operations team, led by our Chief Information Security Officer, presents a monthly summary of incidents to the executive team.",
    "management-positions",
  ],
];

checkClasses("round 43: a management body named by its chair or members that is only told", { notAnyMore: NOT_ANY_MORE, nowFound: [], still: STILL });

describe("round 43: the told-body shape stays linear on a stranger's text", () => {
  const file = join(ROOT, "rules", "lexicons", "sentence-management-body-told.json");
  const [source] = (JSON.parse(readFileSync(file, "utf8")) as { patterns: string[] }).patterns;
  const re = new RegExp(source, "gi");
  const runs: Array<[string, (n: number) => string]> = [
    ["spaces", (n) => `Our committee, chaired by${" ".repeat(n)}x`],
    ["words", (n) => `reported to the ${"risk ".repeat(n)}committee, chaired by`],
    ["commas", (n) => `Our CFO chairs a ${",".repeat(n)} forum at which`],
    ["bodies", (n) => `escalated to ${"the council, ".repeat(n)}`],
  ];
  it.each(runs)("%s", async (_name, text) => {
    const growth = await growthOver4x((n) => {
      re.lastIndex = 0;
      return re.test(text(n));
    }, 200_000);
    expect(growth).toBeLessThan(10);
  });
});
