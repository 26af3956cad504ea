// Round 50 (speed50-regex): before a lexicon first compiles a pattern's regex, it tests the text the regex would run over
// for the strings every match of the pattern needs (PreparedLexicon.needs: unconditionalStrings of the pattern's
// requirement, any length, lower-cased where it folds case). The matches must be those of the sets without that test: every
// built-in pattern over the fixtures' paragraphs, both ways. A lexicon prepared at run time (a --rules-dir lexicon, a
// config's) derives its needs from its patterns the same way, on first use.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { prepareLexicon, type LexiconDefinition, type Span } from "../../src/text/lexicon.js";
import { lowerCasedText } from "../../src/text/lower-case.js";
import { patternNeeds, patternRequirements, PatternSet } from "../../src/text/pattern-set.js";
import { requirementOf, unconditionalStrings } from "../../src/text/required-strings.js";
import { FIXTURES, ROOT } from "../helpers.js";

const LEXICONS = join(ROOT, "rules", "lexicons");

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? filesUnder(join(dir, e.name)) : [join(dir, e.name)]))
    .sort();
}

/** The paragraphs (blocks between blank lines, tags left in) of every 3rd text file of test/fixtures and of examples/. */
function paragraphs(): string[] {
  const files = filesUnder(FIXTURES).filter((f, i) => i % 3 === 0 && /\.(txt|md|html?|xml)$/i.test(f));
  files.push(...filesUnder(join(ROOT, "examples")));
  const out = new Set<string>();
  for (const f of files) {
    for (const p of readFileSync(f, "utf8").split(/\n[ \t]*\n/)) {
      const t = p.trim();
      if (t.length >= 20 && t.length <= 6000) out.add(t);
    }
  }
  return [...out];
}

const lexicons = readdirSync(LEXICONS)
  .filter((f) => f.endsWith(".json"))
  .sort()
  .map((f) => ({ name: f, def: JSON.parse(readFileSync(join(LEXICONS, f), "utf8")) as LexiconDefinition }));

describe("a pattern's needs (round 50)", () => {
  const texts = paragraphs();

  it("reads enough paragraphs to mean something", () => {
    expect(texts.length).toBeGreaterThan(600);
  });

  it("every built-in pattern matches the same with and without the needs test, over the fixtures' paragraphs", () => {
    let sets = 0;
    let gated = 0;
    let spans = 0;
    for (const { name, def } of lexicons) {
      const prepared = prepareLexicon(def, true);
      for (const [sources, flags, strings, lowered, needs] of [
        [prepared.patterns, prepared.flags, prepared.strings, prepared.lowered, prepared.needs],
        [prepared.casePatterns, prepared.caseFlags, prepared.caseStrings, undefined, prepared.caseNeeds],
      ] as const) {
        if (sources.length === 0) continue;
        sets++;
        if (needs) gated++;
        // One set per pattern as well as the whole set: a pattern's matches alone, and the set's merged ones.
        const withNeeds = new PatternSet(sources, flags, strings, lowered, needs);
        const without = new PatternSet(sources, flags, strings, lowered);
        for (const text of texts) {
          const a: Span[] = [];
          const b: Span[] = [];
          withNeeds.collect(text, 0, a);
          without.collect(text, 0, b);
          if (JSON.stringify(a) !== JSON.stringify(b)) expect({ name, flags, text: text.slice(0, 200), a }).toEqual({ name, flags, text: text.slice(0, 200), a: b });
          spans += b.length;
        }
      }
    }
    expect(sets).toBeGreaterThan(120);
    expect(gated).toBeGreaterThan(80);
    expect(spans).toBeGreaterThan(100_000);
  });

  it("each built-in pattern's needs are in every paragraph it matches (lower-cased where it folds case)", () => {
    let checked = 0;
    for (const { def } of lexicons) {
      const prepared = prepareLexicon(def, true);
      for (const [sources, flags] of [
        [prepared.patterns, prepared.flags],
        [prepared.casePatterns, prepared.caseFlags],
      ] as const) {
        const fold = flags.includes("i");
        for (const source of sources) {
          const req = requirementOf(source);
          const needs = unconditionalStrings(req).map((s) => (fold ? s.toLowerCase() : s));
          if (needs.length === 0) continue;
          const re = new RegExp(source, flags.replace("g", ""));
          for (const text of texts) {
            if (!re.test(text)) continue;
            // The set tests a folding pattern's needs in the lower-cased text, where there is one (else it does not test them).
            const subject = fold ? lowerCasedText(text) : text;
            if (subject === undefined) continue;
            checked++;
            for (const s of needs) if (!subject.includes(s)) expect({ source, missing: s }).toBeUndefined();
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(500);
  });

  it("the build's needs are those worked out from the patterns as they are (not a table of today's)", () => {
    for (const { def } of lexicons) {
      const prepared = prepareLexicon(def, true);
      expect(prepared.needs ?? null).toBe(prepared.patterns.length ? patternNeeds(prepared.patterns, prepared.flags) : null);
      expect(prepared.caseNeeds ?? null).toBe(prepared.casePatterns.length ? patternNeeds(prepared.casePatterns, prepared.caseFlags) : null);
    }
  });

  it("a short required string the trigram test cannot see: the regex is not compiled for a text without it (fails at 655fc10c)", () => {
    const sources = [String.raw`\[\s*tbd\s*\]`, String.raw`\bschedule\s*:\s*\w+`];
    const set = new PatternSet(sources, "gi", patternRequirements(sources, "gi"), undefined, patternNeeds(sources, "gi"));
    const spans: Span[] = [];
    expect(set.collect("The figures are TBD and the schedule follows.", 0, spans)).toBe(false);
    expect(set.made).toEqual([]);
    expect(set.collect("The figures are [TBD]; schedule: monthly.", 0, spans)).toBe(true);
    expect(spans).toEqual([
      { start: 16, end: 21 },
      { start: 23, end: 40 },
    ]);
    expect(set.made.length).toBe(2);
  });

  it("a set given its requirements without needs (an older prepared form) runs as before", () => {
    const sources = [String.raw`\[\s*tbd\s*\]`];
    const set = new PatternSet(sources, "gi", patternRequirements(sources, "gi"));
    const spans: Span[] = [];
    expect(set.collect("The figures are TBD.", 0, spans)).toBe(false);
    expect(set.made.length).toBe(1);
  });
});
