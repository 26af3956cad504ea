// Round 53 (speed53-warm): the judge's answers and their lexicon reasons are made by constructors, not object literals.
// They live as long as the document's facts, so V8's pretenuring decided at a scavenge, after some hundred of them, that
// the literals making them were to be allocated old, and judgeParagraph's compiled code, which had inlined them as
// young, was thrown away (judge-compiled-once.test.ts: 4 of 20 runs at f625ac4c). A constructor's object has no
// allocation site. What they hold, and its order (JSON, facts, SARIF), is the literals'.
import { describe, expect, it } from "vitest";
import { loadRuleSet } from "../../src/engine/rule-loader.js";
import { judgeParagraph } from "../../src/text/requirement-map.js";
import { SpanIndex } from "../../src/text/span-index.js";

const RULES = loadRuleSet();
const lexicon = (name: string) => {
  const lex = RULES.lexicons.get(name);
  if (!lex) throw new Error(`no lexicon ${name}`);
  return lex;
};
const PARAGRAPH =
  "The Audit Committee of our Board of Directors oversees our cybersecurity risk management program. Our Chief Information Security Officer reports to the Audit Committee quarterly on cybersecurity risks and incidents.";

describe("the judge's answers are made without an object literal's allocation site", () => {
  const judged = judgeParagraph({ text: PARAGRAPH, headings: [] }, RULES.elements, lexicon, RULES.cues);

  it("answers and lexicon reasons come from constructors, with the literals' fields in the literals' order", () => {
    expect(judged.map((pe) => pe.id)).toContain("board-oversight");
    for (const pe of judged) {
      expect(Object.getPrototypeOf(pe)).not.toBe(Object.prototype);
      expect(Object.keys(pe)).toEqual(["id", "reasons", "matches", "negative", "references", "parts"]);
      for (const r of pe.reasons.filter((r) => r.by === "lexicon")) {
        expect(Object.getPrototypeOf(r)).not.toBe(Object.prototype);
        expect(Object.keys(r)).toEqual(["by", "lexicon", "terms"]);
      }
    }
    const board = judged.find((pe) => pe.id === "board-oversight")!;
    const copy = JSON.parse(JSON.stringify(board));
    expect(Object.keys(copy)).toEqual(["id", "reasons", "matches", "negative", "references", "parts"]);
    expect(copy.reasons[0]).toEqual({ by: "lexicon", lexicon: board.reasons[0].by === "lexicon" ? board.reasons[0].lexicon : "", terms: expect.any(Array) });
  });

  it("SpanIndex.around gives the spans that hold a range, in the list's order (its array made by one loop)", () => {
    const spans = [
      { start: 10, end: 50 },
      { start: 0, end: 100 },
      { start: 20, end: 30 },
      { start: 60, end: 70 },
    ];
    const index = new SpanIndex(spans, (s) => s);
    expect(index.around(22, 28)).toEqual([spans[0], spans[1], spans[2]]);
    expect(index.around(65, 66)).toEqual([spans[1], spans[3]]);
    expect(index.around(101, 102)).toEqual([]);
  });
});
