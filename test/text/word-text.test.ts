// joinWords (src/text/word-text.ts, round 27): the text of a run of words, against the
// slice/map/join it replaces, on every range of real paragraphs' words and on out-of-range bounds.
import { describe, expect, it } from "vitest";
import { harvestAliases } from "../../src/text/aliases.js";
import { tokenize, type Word } from "../../src/text/tokens.js";
import { joinWords } from "../../src/text/word-text.js";
import { proseParagraphs } from "./prose-paragraphs.js";

const FIELDS = ["word", "lower", "base"] as const;
const reference = (words: Word[], from: number, to: number, field: (typeof FIELDS)[number]) => words.slice(from, to).map((w) => w[field]).join(" ");

describe("joinWords", () => {
  it("joins a run of words by one field, as slice, map and join do", () => {
    // Fictional filer: Northwind Ledger Corp.
    const words = tokenize("The Board's Audit Committees oversee our CISO's programs.");
    expect(joinWords(words, 1, 4, "word")).toBe("Board's Audit Committees");
    expect(joinWords(words, 1, 4, "lower")).toBe("board's audit committees");
    expect(joinWords(words, 1, 4, "base")).toBe("board audit committee");
    expect(joinWords(words, 3, 3, "word")).toBe("");
    expect(joinWords(words, 5, 2, "word")).toBe("");
  });

  it("clamps and counts from the end as slice does", () => {
    const words = tokenize("one two three four five");
    for (let from = -8; from <= 8; from++) {
      for (let to = -8; to <= 8; to++) for (const field of FIELDS) expect(joinWords(words, from, to, field)).toBe(reference(words, from, to, field));
    }
    expect(joinWords([], 0, 3, "base")).toBe("");
  });

  it("gives the same text as the reference on every short run of the examples' and fixtures' words", () => {
    const paragraphs = proseParagraphs(9);
    expect(paragraphs.length).toBeGreaterThan(200);
    let runs = 0;
    for (const [k, text] of paragraphs.entries()) {
      const words = tokenize(text, k % 2 ? harvestAliases(text) : undefined);
      for (let from = 0; from < words.length; from += 3) {
        for (const len of [0, 1, 2, 4, 12]) {
          const field = FIELDS[(from + len) % 3];
          expect(joinWords(words, from, from + len, field)).toBe(reference(words, from, from + len, field));
          runs++;
        }
      }
    }
    expect(runs).toBeGreaterThan(10_000);
  });
});
