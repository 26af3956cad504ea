// Round 37 (rules37): one gap, one finding. Set 23's glosswave drew two warnings for one missing sentence: nothing says how
// the Audit Committee is informed, so neither 106(c)(1) (how the board or the committee is informed) nor 106(c)(2)(iii)
// (whether the managers report to it) is answered, and one sentence would answer both. requirement-addressed's `unaddressed`
// facts now read them `together` (a rule-file field): when every element of the group is unaddressed alike, one hit at the
// first names each, at the most severe of their absence severities. Fails at the round's base (321ae27b): no `together`.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DocumentContext } from "../../src/engine/document.js";
import { loadRuleSet } from "../../src/engine/rule-loader.js";
import { loadDisclosure } from "../../src/sources/load.js";
import { FIXTURES, linterFor } from "../helpers.js";

const DRAFT = join(FIXTURES, "rules", "requirement-addressed", "invalid-reports-to-board-committee-duties.md");

async function doc(): Promise<DocumentContext> {
  const rules = loadRuleSet();
  return new DocumentContext(await loadDisclosure([DRAFT]), rules.lexicons, rules.cues, rules.elements);
}

describe("elements one sentence would answer are one absence (requirement-addressed `together`)", () => {
  it("the rule reports the board informed and the managers' reporting to it as one warning naming both paragraphs", async () => {
    const findings = await linterFor("requirement-addressed").lint(await loadDisclosure([DRAFT]));
    expect(findings.map((f) => `${f.severity} ${f.message}`)).toEqual([
      "warning No paragraph of the draft's Item 1C addresses how the board or the committee is informed about cybersecurity risks (Reg S-K 106(c)(1)), nor whether those managers report information about cybersecurity risks to the board or a committee (Reg S-K 106(c)(2)(iii)).",
    ]);
  });

  it("without the field each is its own hit; a group with an answered member is no group", async () => {
    const d = await doc();
    const details = (together?: string[][]) => d.unaddressed({ referenced: false, together }).map((h) => h.detail);
    const alone = details();
    expect(alone).toContain("how the board or the committee is informed about cybersecurity risks (Reg S-K 106(c)(1))");
    expect(alone).toContain("whether those managers report information about cybersecurity risks to the board or a committee (Reg S-K 106(c)(2)(iii))");
    const joined = details([["board-informed", "reports-to-board"]]);
    expect(joined.length).toBe(alone.length - 1);
    expect(joined.filter((x) => x?.includes(", nor "))).toHaveLength(1);
    // processes is answered: board-informed stays a hit of its own
    expect(details([["board-informed", "processes"]])).toEqual(alone);
  });
});
