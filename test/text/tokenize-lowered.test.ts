// Round 35 (speed35-page): tokenize reads a word's lower case from its text's lower case (one
// toLowerCase a text, shared with the lexicons' patterns: pattern-set.ts lowerCased) wherever that
// changes no character beyond A-Z, and lower-cases the word on its own elsewhere. Either way a word's
// `lower` must be exactly its own toLowerCase, whatever the text holds around it.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { tokenize } from "../../src/text/tokens.js";

const ROOT = join(import.meta.dirname, "..", "..");

function wrong(text: string): string[] {
  return tokenize(text).flatMap((w) => (w.lower === w.word.toLowerCase() && w.word === text.slice(w.start, w.end) ? [] : [`${JSON.stringify(w.word)} → ${JSON.stringify(w.lower)}`]));
}

describe("tokenize's lower case", () => {
  it("is each word's own toLowerCase in texts whose other characters do and do not change when lower-cased", () => {
    const texts = [
      "Our Chief Information Security Officer (CISO) reports to the Board’s Audit Committee.",
      "“THE COMPANY'S” CISO — ÀLVARO NÚÑEZ, ß-STRASSE; the Board.",
      "ΟΔΟΣ ΣΟΦΟΣ: the Board’s ΣΙΓΜΑ Committee (İstanbul) reviews.",
      "The 𐐀 DESERET Committee and Ｚ Ｆullwidth Board; ǅ digraph Council.",
      "Lone \ud800 SURROGATE and \udc00 Board; \ud83d\ude00 EMOJI Team.",
      "x".repeat(70_000) + " THE BOARD OF DIRECTORS",
    ];
    for (const text of texts) expect(wrong(text)).toEqual([]);
  });

  it("is each word's own toLowerCase over the examples and fixtures", () => {
    const bad: string[] = [];
    let words = 0;
    const walk = (dir: string): void => {
      for (const name of readdirSync(dir).sort()) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) walk(path);
        else if (/\.(txt|md|htm)$/.test(name) && statSync(path).size < 2_000_000) {
          const text = readFileSync(path, "utf8");
          words += tokenize(text).length;
          bad.push(...wrong(text).map((w) => `${name}: ${w}`));
        }
      }
    };
    walk(join(ROOT, "examples"));
    walk(join(ROOT, "test", "fixtures"));
    expect(bad).toEqual([]);
    expect(words).toBeGreaterThan(10_000);
  });
});
