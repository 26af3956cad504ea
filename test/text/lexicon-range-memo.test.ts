// Lexicon.testRange remembers its answers for the words it last read (round 25): a clause's cues are
// asked again for each lexicon that matched in it. Its answer must stay what matchRange finds
// (testRange is whether matchRange finds anything), whichever ranges and words were asked before:
// the same range of another paragraph, of other words of the same text, again, and in a text too
// long to remember.
import { describe, expect, it } from "vitest";
import { loadRuleSet } from "../../src/engine/rule-loader.js";
import { tokenize } from "../../src/text/tokens.js";
import { proseParagraphs } from "./prose-paragraphs.js";

const RULES = loadRuleSet();
const CUES = ["negation", "hypothetical", "clause-break"];
/** A few hundred of the examples' and fixtures' paragraphs. */
const paragraphs = proseParagraphs(8).slice(0, 300);

/** Ranges of a text: each word's end as an end, each earlier word's start as a start (a clause before a match), a few per word. */
function ranges(text: string): Array<[number, number]> {
  const words = tokenize(text);
  const out: Array<[number, number]> = [];
  for (let i = 0; i < words.length; i++) for (const back of [0, 3, 9]) if (i - back >= 0) out.push([words[i - back].start, words[i].end]);
  return out;
}

describe("Lexicon.testRange remembered", () => {
  it("reads paragraphs that the cues match in", () => {
    const negation = RULES.lexicons.get("negation")!;
    const hits = paragraphs.filter((text) => negation.testRange(text, tokenize(text), 0, text.length));
    expect(paragraphs.length).toBeGreaterThan(200);
    expect(hits.length).toBeGreaterThan(10);
  });

  it("answers as matchRange finds, asked twice, across paragraphs and across readings of one text", () => {
    for (const name of CUES) {
      const lex = RULES.lexicons.get(name)!;
      let yes = 0;
      let prior: { text: string; words: ReturnType<typeof tokenize> } | undefined;
      for (const text of paragraphs) {
        const words = tokenize(text);
        const again = tokenize(text);
        for (const [start, end] of ranges(text)) {
          const want = lex.matchRange(text, words, start, end).length > 0;
          expect(lex.testRange(text, words, start, end)).toBe(want);
          expect(lex.testRange(text, words, start, end)).toBe(want);
          // The same range of the last paragraph in between: its answer is not this paragraph's.
          if (prior && end <= prior.text.length) expect(lex.testRange(prior.text, prior.words, start, end)).toBe(lex.matchRange(prior.text, prior.words, start, end).length > 0);
          expect(lex.testRange(text, again, start, end)).toBe(want);
          expect(lex.testRange(text, words, start, end)).toBe(want);
          if (want) yes++;
        }
        prior = { text, words };
      }
      expect(yes, name).toBeGreaterThan(50);
    }
  });

  it("answers in a text too long to remember (over 64K characters) as in its parts", () => {
    const lex = RULES.lexicons.get("negation")!;
    const text = paragraphs.join("\n\n").repeat(3);
    expect(text.length).toBeGreaterThan(1 << 16);
    const words = tokenize(text);
    let yes = 0;
    for (let k = 0; k < words.length; k += 97) {
      const start = words[Math.max(0, k - 6)].start;
      const end = words[k].end;
      const want = lex.matchRange(text, words, start, end).length > 0;
      expect(lex.testRange(text, words, start, end)).toBe(want);
      expect(lex.testRange(text, words, start, end)).toBe(want);
      if (want) yes++;
    }
    expect(yes).toBeGreaterThan(0);
  });
});
