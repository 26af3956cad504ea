// rules/lexicons/spacing-errors.json as one pattern (round 40: five patterns tried at every character
// were 1.28 M instructions of a warm R page) against the five it replaced, anchored as the lexicon
// compiler anchored them: the same slips, at the same places, in the same order, on the examples' and
// fixtures' paragraphs and on random texts made of the characters the branches test.
import { describe, expect, it } from "vitest";
import { loadRuleSet } from "../../src/engine/rule-loader.js";
import { anchorPattern, boundaryFirst } from "../../src/text/lexicon.js";
import { proseParagraphs } from "./prose-paragraphs.js";

/** The lexicon's patterns at 8bb561ae. */
const FIVE = ["\\b[A-Za-z]+[,;][A-Za-z]+\\b", "\\b[a-z]{2,}\\.[A-Z][a-z]+\\b", "\\w+ {2,}\\w+", "\\w+ +[,;:](?=\\s)", "[a-z]+ +\\.(?=\\s|$)"];
const before = new RegExp(FIVE.map((p) => `(?:${boundaryFirst(anchorPattern(p))})`).join("|"), "g");

const spacing = loadRuleSet().lexicons.get("spacing-errors")!;

/** Each slip as [start, end, text]. */
const slips = (text: string) => spacing.matchAll(text).map((s) => [s.start, s.end, text.slice(s.start, s.end)]);
const slipsBefore = (text: string) => [...text.matchAll(before)].filter((m) => m[0].length > 0).map((m) => [m.index, m.index + m[0].length, m[0]]);

/** A random text of `length` characters from `alphabet`, from a seeded generator (the same texts every run). */
function randomTexts(count: number, alphabet: string, seed: number): string[] {
  let state = seed;
  const next = () => ((state = (Math.imul(state, 1103515245) + 12345) >>> 0) >>> 8) / (1 << 24);
  return Array.from({ length: count }, () => {
    const length = 1 + Math.floor(next() * 60);
    let text = "";
    for (let i = 0; i < length; i++) text += alphabet[Math.floor(next() * alphabet.length)];
    return text;
  });
}

describe("spacing-errors as one pattern", () => {
  it("finds what the five patterns found in the examples' and fixtures' paragraphs", () => {
    const paragraphs = proseParagraphs(1);
    expect(paragraphs.length).toBeGreaterThan(3000);
    let found = 0;
    for (const p of paragraphs) {
      const expected = slipsBefore(p);
      found += expected.length;
      expect(slips(p), p).toEqual(expected);
    }
    expect(found).toBeGreaterThan(50);
  });

  it("finds what the five patterns found in random texts of the characters they test", () => {
    // Letters of both cases, a digit, an underscore, an accented letter, spaces, the marks the branches name, a line break.
    const texts = [...randomTexts(20000, "aabzAZ9_é   ,;:.\n", 40), ...randomTexts(20000, "ab A.,  ;", 41)];
    let found = 0;
    for (const t of texts) {
      const expected = slipsBefore(t);
      found += expected.length;
      expect(slips(t), JSON.stringify(t)).toEqual(expected);
    }
    expect(found).toBeGreaterThan(10000);
  });

  it("reports each kind of slip", () => {
    const text = "Our CISO,who joined  in 2020 , leads the team . Mr. Ode,Ms. Lu has experience.She Xabc . done";
    expect(slips(text).map((s) => s[2])).toEqual(["CISO,who", "joined  in", "2020 ,", "team .", "Ode,Ms", "experience.She", "abc ."]);
  });
});
