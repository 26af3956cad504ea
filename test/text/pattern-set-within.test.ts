// PatternSet.collect's `within` (round 29): a text that holds the searched text as written (a
// sentence's paragraph). A part's trigrams are among its whole's, so a set none of whose patterns'
// requirements the whole meets finds nothing in any of its parts, and is passed over for all of
// them after one test per paragraph. The answers must be those without `within`. (The judge's
// sentence shapes pass it for a sentence that reads as written: requirement-map.ts, sentenceShapes.)
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { anchorPattern, type LexiconDefinition } from "../../src/text/lexicon.js";
import { patternRequirements, PatternSet } from "../../src/text/pattern-set.js";
import { splitSentences } from "../../src/text/sentences.js";

const ROOT = join(import.meta.dirname, "..", "..");

function prepared(sources: string[], flags: string): PatternSet {
  return new PatternSet(sources, flags, patternRequirements(sources, flags));
}

/** Every built-in lexicon's pattern sets, as the lexicons compile them. */
function builtinSets(): Array<{ name: string; set: () => PatternSet }> {
  const dir = join(ROOT, "rules", "lexicons");
  return readdirSync(dir).flatMap((f) => {
    const def = JSON.parse(readFileSync(join(dir, f), "utf8")) as LexiconDefinition;
    const sets: Array<{ name: string; set: () => PatternSet }> = [];
    if (def.patterns?.length) sets.push({ name: f, set: () => prepared(def.patterns!.map(anchorPattern), def.caseSensitive ? "g" : "gi") });
    if (def.caseSensitivePatterns?.length) sets.push({ name: `${f} (case)`, set: () => prepared(def.caseSensitivePatterns!.map(anchorPattern), "g") });
    return sets;
  });
}

/** Whether the set finds a match in `text` (a test: its first match), searched as a part of `within`. */
function tested(set: PatternSet, text: string, within?: string): string[] {
  const spans: Array<{ start: number; end: number }> = [];
  set.collect(text, 0, spans, text, true, within);
  return spans.map((s) => `${s.start}:${text.slice(s.start, s.end)}`);
}

describe("PatternSet.collect within a paragraph", () => {
  it("passes over a set whose patterns the paragraph cannot meet, and only then", () => {
    const set = prepared([String.raw`\bboard\s+of\s+directors\b`, String.raw`\bTBD\b`], "gi");
    const paragraph = "Our Board of Directors oversees risk. It meets quarterly.";
    expect(tested(set, "Our Board of Directors oversees risk.", paragraph)).toEqual(["4:Board of Directors"]);
    expect(tested(set, "It meets quarterly.", paragraph)).toEqual([]);
    // A paragraph with none of the required strings: nothing is searched, nothing compiled.
    const other = prepared([String.raw`\bboard\s+of\s+directors\b`, String.raw`\bTBD\b`], "gi");
    expect(tested(other, "It meets quarterly.", "Management meets. It meets quarterly.")).toEqual([]);
    expect(other.made).toEqual([]);
    // The contract: `within` must hold the text. A whole without the strings hides a part's match
    // (so the test fails if the whole's answer is not what decides).
    expect(tested(other, "The board of directors.", "Management meets.")).toEqual([]);
    expect(tested(other, "The board of directors.")).toEqual(["4:board of directors"]);
  });

  it("never passes over a pattern that needs nothing a trigram test can check", () => {
    const any = prepared([String.raw`\bTBD\b`, String.raw`\w+ {2,}\w+`], "g");
    expect(tested(any, "the  board", "nothing required here")).toEqual(["0:the  board"]);
    const none = prepared([String.raw`\w+ {2,}\w+`], "g");
    expect(tested(none, "the  board", "x")).toEqual(["0:the  board"]);
  });

  it("answers for the paragraph last asked about, not for an earlier one", () => {
    const set = prepared([String.raw`\bcommittee\b`], "gi");
    const a = "The committee met. It reported.";
    const b = "Management met. It reported.";
    expect(tested(set, "It reported.", a)).toEqual([]);
    expect(tested(set, "The committee met.", a)).toEqual(["4:committee"]);
    expect(tested(set, "Management met.", b)).toEqual([]);
    expect(tested(set, "The committee met.", a)).toEqual(["4:committee"]);
  });

  it("gives every built-in set's answers without it, on every sentence of the examples and fixtures", () => {
    const files = [join(ROOT, "examples"), join(ROOT, "test", "fixtures")].flatMap((d) =>
      readdirSync(d, { recursive: true, withFileTypes: true })
        .filter((e) => e.isFile() && /\.(txt|md|html?|xml)$/.test(e.name))
        .map((e) => join(e.parentPath, e.name)),
    );
    const paragraphs = files
      .flatMap((f) => readFileSync(f, "utf8").split(/\n\s*\n/))
      .filter((p) => p.length > 40 && p.length < 4000)
      .slice(0, 600);
    const differ: string[] = [];
    let skipped = 0;
    let cuts = 0;
    for (const { name, set } of builtinSets()) {
      const plain = set();
      const inside = set();
      for (const p of paragraphs) {
        for (const s of splitSentences(p)) {
          const cut = p.slice(s.start, s.end);
          cuts++;
          const want = tested(plain, cut);
          const got = tested(inside, cut, p);
          if (JSON.stringify(got) !== JSON.stringify(want)) differ.push(`${name}: ${JSON.stringify(cut.slice(0, 60))}`);
          if (want.length === 0) skipped++;
        }
      }
    }
    expect(differ).toEqual([]);
    // Real reading: many sets on many sentences, most of which find nothing.
    expect(cuts).toBeGreaterThan(10_000);
    expect(skipped).toBeGreaterThan(cuts / 2);
  });
});
