// The prefilter's trigrams of a case-folded text are read from the text's own code units with A-Z
// lowered, not from a toLowerCase copy (round 34), wherever that gives toLowerCase's units.
import { describe, expect, it } from "vitest";
import { codeUnits, codeUnitScratch } from "../../src/text/code-units.js";
import { changesBeyondAscii, lowerAsciiUnits } from "../../src/text/lower-case.js";
import { PatternSet } from "../../src/text/pattern-set.js";
import type { Span } from "../../src/text/lexicon.js";

const scratch = codeUnitScratch();
const lowered = (text: string) => {
  const units = codeUnits(text, scratch);
  lowerAsciiUnits(units, text.length);
  return [...units.subarray(0, text.length)];
};
const units = (text: string) => [...codeUnits(text, codeUnitScratch()).subarray(0, text.length)];

describe("lowerAsciiUnits: toLowerCase's code units where changesBeyondAscii says so", () => {
  it("for every code point, beside upper-case ASCII and curly quotes", () => {
    let beyond = 0;
    const wrong: string[] = [];
    // Every code point of the BMP, and of the astral planes those with cases live in (Deseret … Adlam).
    for (let cp = 0; cp <= 0x1ffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const text = `The “A${String.fromCodePoint(cp)}Z” Board’s`;
      if (changesBeyondAscii(text)) {
        beyond++;
        continue;
      }
      // Where it says no character beyond A-Z changes, lowering A-Z in place is toLowerCase.
      const lower = text.toLowerCase();
      if (lower.length !== text.length || lowered(text).join() !== units(lower).join()) wrong.push(cp.toString(16));
    }
    expect(wrong).toEqual([]);
    // And it says yes for the letters with cases beyond ASCII (À, İ, Σ, Ｚ, 𐐀): ~1,400 code points.
    expect(beyond).toBeGreaterThan(1000);
    for (const ch of ["À", "İ", "Σ", "Ｚ", "𐐀"]) expect(changesBeyondAscii(`a${ch}b`), ch).toBe(true);
    for (const ch of ["a", "Z", "’", "“", "\u00a0", "é", "—"]) expect(changesBeyondAscii(`a${ch}b`), ch).toBe(false);
  });

  it("a case-insensitive set still finds what the regex finds in texts with and without such letters", () => {
    const sources = ["board[’']s oversight", "audit committee", "chief information security officer", "ÀBC committee", "i̇nformation"];
    const texts = [
      "The AUDIT COMMITTEE of the Board’s Oversight is told.",
      "The Board’s oversight: the “Audit Committee” hears from our Chief Information Security Officer.",
      "İnformation reaches the Àbc Committee and the audit committee.",
      "Nothing here matches at all, “nothing”.",
    ];
    for (const text of texts) {
      const set = new PatternSet(sources, "gi");
      const spans: Span[] = [];
      set.collect(text, 0, spans);
      const want: Span[] = [];
      const re = new RegExp(sources.map((s) => `(?:${s})`).join("|"), "gi");
      for (let m = re.exec(text); m; m = re.exec(text)) want.push({ start: m.index, end: m.index + m[0].length });
      expect(spans, text).toEqual(want);
    }
  });
});
