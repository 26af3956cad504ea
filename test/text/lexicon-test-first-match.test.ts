// Lexicon.test (whether a lexicon matches, each pattern set stopping at its first match) against
// matchAll's answer (every match, ordered, overlaps dropped), for every built-in lexicon over the
// sentences and paragraphs of the examples and fixtures, with and without the words passed in; and
// tokenize with a document's empty alias map (looked up no more) against tokenize without one.
import { describe, expect, it } from "vitest";
import { loadRuleSet } from "../../src/engine/rule-loader.js";
import { harvestAliases } from "../../src/text/aliases.js";
import { splitSentences } from "../../src/text/sentences.js";
import { tokenize } from "../../src/text/tokens.js";
import { proseParagraphs } from "./prose-paragraphs.js";

const RULES = loadRuleSet();

const paragraphs = proseParagraphs(6);

describe("Lexicon.test: the first match against matchAll", () => {
  it("answers as matchAll does for every built-in lexicon, on sentences and paragraphs, with and without words", () => {
    const lexicons = [...RULES.lexicons.values()];
    expect(lexicons.length).toBeGreaterThan(100);
    expect(paragraphs.length).toBeGreaterThan(450);
    let yes = 0;
    let asked = 0;
    const wrong: string[] = [];
    for (const [k, paragraph] of paragraphs.entries()) {
      // Each paragraph and its sentences; every other one with its defined terms in its words.
      const texts = [paragraph, ...splitSentences(paragraph).map((s) => paragraph.slice(s.start, s.end))];
      const aliases = k % 2 ? harvestAliases(paragraph) : undefined;
      for (const text of texts) {
        const words = tokenize(text, aliases);
        for (const lex of lexicons) {
          const expected = lex.matchAll(text, words).length > 0;
          if (lex.test(text, words) !== expected) wrong.push(`${lex.name} (words) on ${JSON.stringify(text.slice(0, 80))}`);
          if (lex.test(text) !== lex.matchAll(text).length > 0) wrong.push(`${lex.name} on ${JSON.stringify(text.slice(0, 80))}`);
          asked++;
          if (expected) yes++;
        }
      }
    }
    expect(wrong.slice(0, 10)).toEqual([]);
    // Both answers, many times: a test that always said no (or yes) would fail here.
    expect(asked).toBeGreaterThan(200_000);
    expect(yes).toBeGreaterThan(10_000);
    expect(asked - yes).toBeGreaterThan(10_000);
  });

  it("finds a pattern's match after a near pattern's miss, and a case-sensitive pattern's after the others' miss", () => {
    const placeholders = RULES.lexicons.get("placeholders")!;
    expect(placeholders.test("The Committee will meet [TBD] times a year.")).toBe(true);
    expect(placeholders.test("The Committee will meet four times a year.")).toBe(false);
  });
});

describe("tokenize with an empty alias map", () => {
  it("gives the words it gives without one, and a defined term still expands where one is defined", () => {
    for (const paragraph of paragraphs.slice(0, 200)) expect(tokenize(paragraph, new Map())).toEqual(tokenize(paragraph));
    const text = "Our Risk and Compliance Committee (the “RCC”) meets quarterly; the RCC reviews cybersecurity.";
    const aliases = harvestAliases(text);
    expect(aliases.size).toBeGreaterThan(0);
    const rcc = tokenize(text, aliases).filter((w) => w.word === "RCC");
    expect(rcc.length).toBe(2);
    expect(rcc.every((w) => (w.also ?? w.described ?? []).length > 0)).toBe(true);
  });
});
