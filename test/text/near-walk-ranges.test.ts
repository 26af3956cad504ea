// Round 38: the near walk's reads of a range of a text (Lexicon.matchRange and testRange, as the cue
// lexicons are read per match and the clause roles per clause) against the reference walk (every
// entry of every key in turn, no pattern ruled out, nothing remembered): the same spans and answers
// from every built-in lexicon with near patterns, on each sentence and each clause-sized window of
// the examples' and fixtures' paragraphs, read one after another so that each lexicon's remembered
// answers, its viable patterns and the texts' listed keys are reused from range to range and text to
// text. The whole-text reads are near-walk-differential.test.ts's.
import { afterEach, describe, expect, it } from "vitest";
import { loadRuleSet } from "../../src/engine/rule-loader.js";
import { harvestAliases } from "../../src/text/aliases.js";
import { setNearReferenceWalk, sortNumbers, type Span } from "../../src/text/lexicon.js";
import { splitSentences } from "../../src/text/sentences.js";
import { tokenize, type Word } from "../../src/text/tokens.js";
import { proseParagraphs } from "./prose-paragraphs.js";

const RULES = loadRuleSet();
const paragraphs = proseParagraphs(8);
const lexicons = [...RULES.lexicons.values()].filter((lex) => lex.encodedNear !== "");

afterEach(() => setNearReferenceWalk(false));

/** Per paragraph, its ranges: each sentence, and windows of 8 words from every third word. */
function rangesOf(text: string, words: Word[]): Array<[number, number]> {
  const out: Array<[number, number]> = splitSentences(text).map((s): [number, number] => [s.start, s.end]);
  for (let i = 0; i + 8 <= words.length; i += 3) out.push([words[i].start, words[i + 7].end]);
  return out;
}

/**
 * Each paragraph's ranges, each lexicon's matchRange spans and testRange answer there, paragraph by
 * paragraph and lexicon by lexicon; each range's read followed by a read of the paragraph before
 * (its words kept), so that the texts alternate as the judge's and the rules' reads do.
 */
function readRanges(reference: boolean): Array<Array<Span[] | boolean>> {
  setNearReferenceWalk(reference);
  let before: { text: string; words: Word[] } | undefined;
  return paragraphs.map((text, k) => {
    const words = tokenize(text, k % 2 ? harvestAliases(text) : undefined);
    const out: Array<Span[] | boolean> = [];
    const ranges = rangesOf(text, words);
    for (const lex of lexicons) {
      for (const [start, end] of ranges) {
        out.push(lex.matchRange(text, words, start, end));
        out.push(lex.testRange(text, words, start, end));
        if (before) out.push(lex.testRange(before.text, before.words, 0, before.text.length));
      }
    }
    before = { text, words };
    return out;
  });
}

describe("near walk: range reads against the reference walk", () => {
  it("finds the same spans and answers in every range with every built-in lexicon", () => {
    expect(lexicons.length).toBeGreaterThan(40);
    expect(paragraphs.length).toBeGreaterThan(300);
    const reference = readRanges(true);
    const fast = readRanges(false);
    let spans = 0;
    let yes = 0;
    for (let p = 0; p < paragraphs.length; p++) {
      expect(fast[p], JSON.stringify(paragraphs[p].slice(0, 80))).toEqual(reference[p]);
      for (const x of reference[p]) {
        if (x === true) yes++;
        else if (Array.isArray(x)) spans += x.length;
      }
    }
    // Ranges where lexicons match, many of them: a read that found nothing would pass the comparison too.
    expect(spans).toBeGreaterThan(2000);
    expect(yes).toBeGreaterThan(2000);
  });
});

describe("sortNumbers", () => {
  it("sorts short and long lists ascending, as Array.prototype.sort with a numeric comparator does", () => {
    for (const n of [0, 1, 2, 5, 64, 65, 300]) {
      const list = Array.from({ length: n }, (_, i) => (i * 7919 + 13) % 1000);
      const expected = [...list].sort((a, b) => a - b);
      sortNumbers(list);
      expect(list).toEqual(expected);
    }
  });
});
