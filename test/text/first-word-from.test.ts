// firstWordFrom: the binary search the lexicon's range reads and the judge's role readers share.
import { describe, expect, it } from "vitest";
import { firstWordEndingAfter, firstWordFrom, tokenize } from "../../src/text/tokens.js";

describe("firstWordFrom", () => {
  // Fictional filer: Northwind Ledger Corp.
  const text = "Our CISO briefs the Audit Committee on penetration tests.";
  const words = tokenize(text);

  it("finds the first word starting at or after an offset, as a linear scan would", () => {
    for (let offset = 0; offset <= text.length + 1; offset++) {
      const linear = words.findIndex((w) => w.start >= offset);
      expect(firstWordFrom(words, offset)).toBe(linear === -1 ? words.length : linear);
    }
  });

  it("a word's own start finds that word; past the last word gives words.length", () => {
    const k = words.findIndex((w) => w.lower === "penetration");
    expect(firstWordFrom(words, words[k].start)).toBe(k);
    expect(firstWordFrom(words, words[k].start + 1)).toBe(k + 1);
    expect(firstWordFrom(words, text.length)).toBe(words.length);
    expect(firstWordFrom([], 0)).toBe(0);
  });
});

describe("firstWordEndingAfter", () => {
  // Fictional filer: Northwind Ledger Corp.
  const text = "Our CISO briefs the Audit Committee (quarterly) on penetration tests.";
  const words = tokenize(text);

  it("finds the first word from an index on that ends after an offset, as a linear scan would", () => {
    for (let from = 0; from <= words.length; from++) {
      for (let offset = 0; offset <= text.length + 1; offset++) {
        let linear = from;
        while (linear < words.length && words[linear].end <= offset) linear++;
        expect(firstWordEndingAfter(words, from, offset)).toBe(linear);
      }
    }
    expect(firstWordEndingAfter([], 0, 5)).toBe(0);
  });
});
