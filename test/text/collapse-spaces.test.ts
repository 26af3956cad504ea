// collapseSpaces (src/text/spaces.ts) is `text.replace(/\s+/g, " ").trim()` without a copy where the
// text is already collapsed: the same string for every character, every pair of characters around a
// space, the prose of the examples and fixtures (whole, each line, each run between two spaces), and
// random texts of spaces, letters and the other whitespace; and the text itself where it is collapsed.
import { describe, expect, it } from "vitest";
import { collapseSpaces, isCollapsed } from "../../src/text/spaces.js";
import { proseParagraphs } from "./prose-paragraphs.js";

const regex = (text: string) => text.replace(/\s+/g, " ").trim();

describe("collapseSpaces", () => {
  it("is the regex's collapse for every UTF-16 code unit, alone and beside a space and a letter", () => {
    const wrong: string[] = [];
    for (let c = 0; c <= 0xffff; c++) {
      const ch = String.fromCharCode(c);
      for (const text of [ch, ` ${ch}`, `${ch} `, `a${ch}`, `${ch}a`, `a ${ch}b`, `a${ch} b`, `a${ch}${ch}b`]) {
        if (collapseSpaces(text) !== regex(text)) wrong.push(`U+${c.toString(16)} in ${JSON.stringify(text)}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it("is the regex's collapse for the prose of the examples and fixtures, and returns a collapsed text itself", () => {
    const paragraphs = proseParagraphs(1);
    const texts = paragraphs.flatMap((p) => [p, ...p.split("\n"), ...p.split(/(?<= )/), `${p}\n`, ` ${p}`, p.replace(/ /g, "  ")]);
    expect(texts.length).toBeGreaterThan(1000);
    let same = 0;
    for (const text of texts) {
      expect(collapseSpaces(text)).toBe(regex(text));
      if (regex(text) === text) {
        expect(isCollapsed(text)).toBe(true);
        same++;
      }
    }
    // Most paragraphs are collapsed already: the point of the scan.
    expect(same).toBeGreaterThan(paragraphs.length / 2);
    expect(paragraphs.filter(isCollapsed).length).toBeGreaterThan(paragraphs.length / 2);
  });

  it("is the regex's collapse for random texts of letters, spaces and other whitespace", () => {
    const alphabet = ["a", "B", " ", "  ", "\n", "\r\n", "\t", "\u00a0", "\u2009", "\u3000", "\ufeff", "\u2028", "\u200b", "\u0085", "é", "—"];
    let seed = 22;
    const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) >>> 0) % n);
    for (let k = 0; k < 20000; k++) {
      let text = "";
      for (let i = rand(12); i > 0; i--) text += alphabet[rand(alphabet.length)];
      expect(collapseSpaces(text)).toBe(regex(text));
    }
  });

  it("finds what is not collapsed: a leading, trailing or doubled space, any other whitespace", () => {
    for (const text of [" a", "a ", "a  b", "a\nb", "a\tb", "a\u00a0b", "a\u2029b", "a\ufeffb", " "]) expect(isCollapsed(text)).toBe(false);
    for (const text of ["", "a", "a b", "a b c", "a\u200bb", "a\u0085b", "«a» — b"]) expect(isCollapsed(text)).toBe(true);
  });
});
