import { describe, expect, it } from "vitest";
import { countBySentence, formatBySentence, type SentenceRow } from "./eval-sentences.js";

const row = (truth: string[], whole: string[], sentences: [string, string[]][]): SentenceRow => ({
  truth: new Set(truth),
  whole: new Set(whole),
  sentences: sentences.map(([text, e]) => ({ text, elements: new Set(e) })),
});

describe("eval --by-sentence: where a paragraph's errors come from", () => {
  const rows = [
    // a back-reference: only the whole finds management-informed (true); processes is false in a sentence too
    row(["management-informed"], ["management-informed", "processes"], [["The CISO meets the committee.", []], ["We train staff.", ["processes"]]]),
    // a sentence alone finds board-oversight, the whole drops it (rightly); the whole misses incident-escalation, so does every sentence
    row(["incident-escalation"], [], [["The Board oversees strategy.", ["board-oversight"]], ["Incidents go up.", []]]),
  ];
  it("counts whole-only, sentence-only, false-in-a-sentence and missed-by-every-sentence per element and in all", () => {
    const c = countBySentence(rows);
    expect(c.get("management-informed")).toMatchObject({ wholeOnlyTrue: 1, falseInSentence: 0 });
    expect(c.get("processes")).toMatchObject({ falseInSentence: 1, wholeOnlyFalse: 0 });
    expect(c.get("board-oversight")).toMatchObject({ sentenceOnlyFalse: 1 });
    expect(c.get("incident-escalation")).toMatchObject({ missedInSentences: 1 });
    expect(c.get("all")).toEqual({ wholeOnlyTrue: 1, wholeOnlyFalse: 0, sentenceOnlyTrue: 0, sentenceOnlyFalse: 1, falseInSentence: 1, missedInSentences: 1 });
  });
  it("names the sentence that makes a false detection", () => {
    const text = formatBySentence("tune", rows, 5);
    expect(text).toMatch(/^tune: 2 paragraphs, 4 sentences/);
    expect(text).toContain("false processes              “We train staff.”");
    expect(text).not.toContain("false board-oversight");
  });
});
