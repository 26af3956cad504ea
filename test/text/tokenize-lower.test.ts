// Round 39: tokenize asks toLowerCase only of words with a capital or a character past ASCII (an
// all-lower-case ASCII word is its own lower case). Every word of the examples' and fixtures'
// paragraphs, and words whose lower case is not a character-for-character ASCII fold (a dotted
// capital I, sharp s, accented capitals, curly apostrophes, digits, hyphens), has the lower and base
// forms of the full conversion.
import { describe, expect, it } from "vitest";
import { baseForm, tokenize } from "../../src/text/tokens.js";
import { proseParagraphs } from "./prose-paragraphs.js";

const paragraphs = proseParagraphs(1);

describe("tokenize: lower and base forms", () => {
  it("gives every word the lower case toLowerCase gives and its base form", () => {
    let words = 0;
    let unchanged = 0;
    const wrong: string[] = [];
    for (const text of paragraphs) {
      for (const w of tokenize(text)) {
        if (w.lower !== w.word.toLowerCase() || w.base !== baseForm(w.word.toLowerCase())) wrong.push(w.word);
        words++;
        if (w.word === w.lower) unchanged++;
      }
    }
    expect(wrong).toEqual([]);
    expect(words).toBeGreaterThan(100000);
    // Most words are lower case already (the case the shortcut serves), and many are not.
    expect(unchanged).toBeGreaterThan(words / 2);
    expect(words - unchanged).toBeGreaterThan(10000);
  });

  it("folds capitals and characters past ASCII anywhere in a word", () => {
    // Fictional filer: Kestrel Ridge Holdings.
    const text = "İSTANBUL ÉCOLE straße STRASSE café CAFÉS Kestrel's KESTREL’S cyber-SECURITY 10-K x86 ﬁrm ΣΟΦΙΑ naïve «Board» aB Ab";
    const words = tokenize(text);
    expect(words.map((w) => w.lower)).toEqual(words.map((w) => w.word.toLowerCase()));
    expect(words.map((w) => w.base)).toEqual(words.map((w) => baseForm(w.word.toLowerCase())));
    expect(words.find((w) => w.word === "İSTANBUL")!.lower).toBe("i̇stanbul");
    expect(words.find((w) => w.word === "CAFÉS")!.base).toBe("café");
    expect(words.find((w) => w.word === "Ab")!.lower).toBe("ab");
  });
});
