// text-block-content-mismatch asks whether a block uses its own element's words (its `hint-<id>`
// lexicon) before it judges the parts of paragraphs the block clips (round 34): such a block is never
// reported, so judging its clipped parts was wasted (33 of the 14 real filings' 42 clipped parts).
// A block that does not use them still has its clipped part judged, and is reported by it.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createLinter } from "../../src/api.js";
import { ElementJudge } from "../../src/engine/elements.js";
import type { Unit } from "../../src/engine/elements.js";
import { loadDisclosure } from "../../src/sources/load.js";
import { FIXTURES } from "../helpers.js";

const DIR = join(FIXTURES, "rules", "text-block-content-mismatch");

/** The texts a lint of the fixture judges, in order, and its mismatch findings. */
async function judgedIn(file: string): Promise<{ texts: string[]; mismatches: number }> {
  const proto = ElementJudge.prototype as unknown as { judge: (u: Unit, said: string) => unknown };
  const judge = proto.judge;
  const texts: string[] = [];
  proto.judge = function (this: unknown, u: Unit, said: string) {
    texts.push(u.fact.text);
    return judge.call(this, u, said);
  };
  try {
    const findings = await createLinter().lint(await loadDisclosure([join(DIR, file)]));
    return { texts, mismatches: findings.filter((f) => f.ruleId === "text-block-content-mismatch").length };
  } finally {
    proto.judge = judge;
  }
}

const BOARD_PART = "The Finance and Risk Committee of our Board oversees cybersecurity risk and reports on it to the full Board.";

describe("text-block-content-mismatch: a block that uses its element's words is not judged in its clipped parts", () => {
  it("the board block clipped from the paragraph's start uses the oversight words: its part is not judged; the informing block's part is", async () => {
    const { texts, mismatches } = await judgedIn("valid-block-opens-mid-paragraph.htm");
    expect(mismatches).toBe(0);
    expect(texts).toHaveLength(3);
    expect(texts.some((t) => t.startsWith("Governance. ") && t.includes(BOARD_PART))).toBe(true); // the whole paragraph, a section unit
    expect(texts).not.toContain(BOARD_PART);
    expect(texts).toContain(
      "The security operations team alerts our Chief Technology Officer to every incident it detects, and the Chief Technology Officer meets weekly with the Chief Executive Officer and the General Counsel to review open incidents and their remediation.",
    );
  });

  it("a mis-tagged block's clipped part is still judged, and reported", async () => {
    const { texts, mismatches } = await judgedIn("invalid-block-opens-mid-paragraph.htm");
    expect(mismatches).toBe(1);
    expect(texts).toHaveLength(4);
    expect(texts).toContain("The Finance and Risk Committee hears from our Chief Technology Officer at each of its quarterly meetings on threats, incidents and the progress of the security program.");
    expect(texts).not.toContain(BOARD_PART);
  });
});
