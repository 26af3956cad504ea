// Round 39 (speed39-filing): a cyd block's words composed from its paragraphs' words (block-words.ts)
// are tokenize's words of the block, word for word, or the composition declines (undefined) and the
// block is tokenized whole. Checked on every text block of the Inline XBRL fixtures, the examples and
// the real filings of ../shared/corpus, and on cuts made to trip each thing a word reads across.
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { composedWords } from "../../src/engine/block-words.js";
import { buildUnits, outermost } from "../../src/engine/elements.js";
import { LineIndex } from "../../src/model/position.js";
import { harvestAliases } from "../../src/text/aliases.js";
import { tokenize, type Aliases } from "../../src/text/tokens.js";
import { loadDisclosure } from "../../src/sources/load.js";
import { FIXTURES, ROOT, SHARED } from "../helpers.js";

const filings = [
  ...readdirSync(join(FIXTURES, "ixbrl")).map((f) => join(FIXTURES, "ixbrl", f)),
  join(ROOT, "examples", "northwind-10k-fy2025.htm"),
  ...["edgartools", "go-edgar"].flatMap((d) => {
    const dir = join(SHARED, "corpus", "real", d);
    return existsSync(dir) ? readdirSync(dir).filter((f) => /\.html?$/.test(f)).map((f) => join(dir, f)) : [];
  }),
];

/** tokenize with a cache, as the document's reading gives the paragraphs' words. */
function reader(aliases: Aliases): (t: string) => ReturnType<typeof tokenize> {
  const cache = new Map<string, ReturnType<typeof tokenize>>();
  return (t) => {
    let w = cache.get(t);
    if (!w) cache.set(t, (w = tokenize(t, aliases)));
    return w;
  };
}

describe("a block's words from its paragraphs' words", () => {
  it("equal tokenize's on every text block of the fixtures, the examples and the real filings", async () => {
    let blocks = 0;
    let composed = 0;
    for (const file of filings) {
      const d = await loadDisclosure([file], {}).catch(() => undefined);
      if (!d || d.facts.length === 0) continue;
      const indexes = new Map<string, LineIndex>();
      const lineIndex = (f: string) => {
        let i = indexes.get(f);
        if (!i) indexes.set(f, (i = LineIndex.of(d.documents.find((x) => x.file === f)!)));
        return i;
      };
      const outer = outermost(d.facts.filter((f) => f.kind === "text"));
      const units = buildUnits(d, outer, lineIndex);
      const aliases = harvestAliases(units.map((u) => u.fact.text).join("\n"));
      const words = reader(aliases);
      for (const block of outer) {
        const parts = units.filter((u) => u.block === block).map((u) => u.fact.text);
        if (parts.length < 2) continue;
        blocks++;
        const got = composedWords(block.text, parts, words, aliases);
        if (got === undefined) continue;
        composed++;
        expect(got, `${file} ${block.concept}`).toEqual(tokenize(block.text, aliases));
      }
    }
    // The composition is taken for most blocks (else the test would show little).
    expect(blocks).toBeGreaterThan(10);
    expect(composed).toBeGreaterThan(blocks / 2);
  });

  const body: Aliases = new Map([["Risk Committee", ["@board"]], ["Audit Risk Committee", ["@management"]]]);
  const cases: Array<[string, string, string[], Aliases]> = [
    ["a mark of punctuation alone after a cut ends the word before it", "We report to the board\n. It meets often.", ["We report to the board", ". It meets often."], new Map()],
    ["a closing bracket alone after a cut", "We report to the board\n) It meets often.", ["We report to the board", ") It meets often."], new Map()],
    ["a body's name read back across a cut", "Our Audit\nRisk Committee meets.", ["Our Audit", "Risk Committee meets."], body],
    ["a form's name read back over a hyphen", "Item 1.05 of Form 8-\nK. It was filed.", ["Item 1.05 of Form 8-", "K. It was filed."], new Map()],
    ["a part that starts with a hyphen", "The program\n-K. It was filed.", ["The program", "-K. It was filed."], new Map()],
    ["parts with text between them", "Heading\n\nThe CISO reports. \n(a) Item one;\nGap words\nThe end.", ["The CISO reports.", "(a) Item one;", "The end."], new Map()],
    ["a part that is not in the text", "The CISO reports.\nThe end.", ["The CISO reports.", "Nowhere.", "The end."], new Map()],
  ];
  for (const [name, text, parts, aliases] of cases) {
    it(`equal tokenize's or decline: ${name}`, () => {
      const got = composedWords(text, parts, reader(aliases), aliases);
      if (got !== undefined) expect(got).toEqual(tokenize(text, aliases));
    });
  }

  it("declines where a word reads across the cut, composes where none does", () => {
    expect(composedWords("We report to the board\n. It meets often.", ["We report to the board", ". It meets often."], reader(new Map()), new Map())).toBeUndefined();
    expect(composedWords("Our Audit\nRisk Committee meets.", ["Our Audit", "Risk Committee meets."], reader(body), body)).toBeUndefined();
    expect(composedWords("Our program.\nRisk Committee meets.", ["Our program.", "Risk Committee meets."], reader(body), body)).toBeDefined();
    expect(composedWords("The CISO reports.\nThe end.", ["The CISO reports.", "The end."], reader(new Map()), new Map())).toBeDefined();
  });
});
