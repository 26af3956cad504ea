// Round 50 (speed50-regex): before a lexicon first compiles a pattern's regex, it tests the text the regex would run over
// for the strings every match of the pattern needs (PreparedLexicon.needs: unconditionalStrings of the pattern's
// requirement, any length, lower-cased where it folds case). The matches must be those of the sets without that test: every
// built-in pattern over the fixtures' paragraphs, both ways. A lexicon prepared at run time (a --rules-dir lexicon, a
// config's) derives its needs from its patterns the same way, on first use.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { prepareLexicon, type LexiconDefinition, type Span } from "../../src/text/lexicon.js";
import { lowerCasedSource, lowerCasedText } from "../../src/text/lower-case.js";
import { patternNeeds, patternRequirements, PatternSet, patternVetoes } from "../../src/text/pattern-set.js";
import { leadingVetoes, requirementOf, unconditionalStrings, vetoed } from "../../src/text/required-strings.js";
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

/** Each built-in lexicon's patterns and case-sensitive patterns, as the build prepares them, with their set's flags. */
function eachBuiltinPattern(f: (source: string, flags: string) => void): void {
  for (const { def } of lexicons) {
    const prepared = prepareLexicon(def, true);
    for (const source of prepared.patterns) f(source, prepared.flags);
    for (const source of prepared.casePatterns) f(source, prepared.caseFlags);
  }
}

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
    eachBuiltinPattern((source, flags) => {
      const fold = flags.includes("i");
      const req = requirementOf(source);
      const needs = unconditionalStrings(req).map((s) => (fold ? s.toLowerCase() : s));
      if (needs.length === 0) return;
      const re = new RegExp(source, flags.replace("g", ""));
      for (const text of texts) {
        if (!re.test(text)) continue;
        // The set tests a folding pattern's needs in the lower-cased text, where there is one (else it does not test them).
        const subject = fold ? lowerCasedText(text) : text;
        if (subject === undefined) continue;
        checked++;
        for (const s of needs) if (!subject.includes(s)) expect({ source, missing: s }).toBeUndefined();
      }
    });
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

// Round 51 (speed51-cold): a pattern that starts with `^` and look-aheads can match only at its text's start, and not where
// one of its negative look-aheads finds what it looks for there. The build reads from a look-ahead of the shape
// `(?!GAP\b(?:A|B|…)\b)` the plain words among its alternatives (leadingVetoes; PreparedLexicon.vetoes), and a lexicon
// tests them in the text before it first compiles the pattern's regex: where one is found (no word character before it,
// none after it unless it may go on, no stop of GAP before it), the regex is not made, since it could find nothing there.
// The matches must be those of the sets without that test, and a text a veto rules out must be one the regex finds
// nothing in: every built-in pattern over the fixtures' paragraphs.

/** The texts and their sentences: a text a lexicon's patterns run over may be a sentence of a paragraph. */
function withSentences(texts: string[]): string[] {
  const out = new Set(texts);
  for (const t of texts) for (const s of t.split(/(?<=[.;])\s+/)) if (s.length >= 20) out.add(s);
  return [...out];
}

describe("leadingVetoes (round 51)", () => {
  it("reads the plain words of a leading negative look-ahead, with the stops of its gap", () => {
    expect(leadingVetoes(String.raw`^(?!.*\b(?:cyber\w*|security|incidents?|head\s+of)\b).*\bboard\b`, "g")).toEqual([
      { stops: "\n\r\u2028\u2029", words: ["cyber*", "security", "incident", "incidents"] },
    ]);
    expect(leadingVetoes(String.raw`^(?=[\s\S]*\bboard)(?![^.;]*\b(?:officers?|ciso))(?![\s\S]*\b(?:data|privacy)\b)\w+`, "gu")).toEqual([
      { stops: ".;", words: ["officer*", "ciso*"] }, // no `\b` after the group: each word may go on
      { stops: "", words: ["data", "privacy"] },
    ]);
  });

  it("reads nothing where a match may start elsewhere, or the words are not read exactly", () => {
    const source = String.raw`^(?!.*\b(?:security)\b).*\bboard\b`;
    expect(leadingVetoes(`${source}|\\bcommittee\\b`, "g")).toEqual([]); // a second alternative, not anchored
    expect(leadingVetoes(source, "gm")).toEqual([]); // `^` at every line
    expect(leadingVetoes(source, "gi")).toEqual([]); // folding: the words are tested exactly
    expect(leadingVetoes(source, "gs")).toEqual([]); // `.` crosses lines
    expect(leadingVetoes(String.raw`(?:^(?!.*\bsecurity\b))board`, "g")).toEqual([]);
    expect(leadingVetoes(String.raw`^(?!.*\b(?:security)\s+team).*`, "g")).toEqual([]); // more after the group
    expect(leadingVetoes(String.raw`^(?![a-z.]*\b(?:security)\b).*`, "g")).toEqual([]); // a class of letters
  });

  it("finds a word only where the look-ahead would", () => {
    const [dot] = leadingVetoes(String.raw`^(?!.*\b(?:cyber\w*|security)\b)`, "g");
    expect(vetoed(dot, "our cybersecurity program")).toBe(true);
    expect(vetoed(dot, "the security team")).toBe(true);
    expect(vetoed(dot, "the securityteam and noncyber risk")).toBe(false);
    expect(vetoed(dot, "the board\nreviews security")).toBe(false); // `.` stops at the line's end
    const [semi] = leadingVetoes(String.raw`^(?![^.;]*\b(?:security)\b)`, "g");
    expect(vetoed(semi, "the board; security")).toBe(false);
    expect(vetoed(semi, "the security; board")).toBe(true);
  });
});

describe("a pattern's vetoes (round 51)", () => {
  const all = withSentences(paragraphs());

  it("reads enough texts to mean something", () => {
    expect(all.length).toBeGreaterThan(1500);
  });

  it("a text a built-in pattern's veto rules out is one its regex finds nothing in", () => {
    let patterns = 0;
    let ruledOut = 0;
    eachBuiltinPattern((source, flags) => {
      const fold = flags.includes("i");
      // The regex the set makes: lower-cased without `i` where the flags fold case (else none is read).
      const made = fold ? lowerCasedSource(source) : source;
      if (made === undefined) return;
      const madeFlags = fold ? flags.replace("i", "") : flags;
      const vetoes = leadingVetoes(made, madeFlags);
      if (vetoes.length === 0) return;
      patterns++;
      const re = new RegExp(made, madeFlags);
      for (const text of all) {
        const subject = fold ? lowerCasedText(text) : text;
        if (subject === undefined || !vetoes.some((v) => vetoed(v, subject))) continue;
        ruledOut++;
        re.lastIndex = 0;
        if (re.exec(subject) !== null) expect({ source: made, text: subject.slice(0, 200) }).toBeUndefined();
      }
    });
    expect(patterns).toBeGreaterThan(60);
    expect(ruledOut).toBeGreaterThan(20_000);
  });

  it("every built-in pattern matches the same with and without the vetoes test", () => {
    let sets = 0;
    let vetoing = 0;
    let spans = 0;
    for (const { name, def } of lexicons) {
      const prepared = prepareLexicon(def, true);
      for (const [sources, flags, strings, lowered, needs, vetoes] of [
        [prepared.patterns, prepared.flags, prepared.strings, prepared.lowered, prepared.needs, prepared.vetoes],
        [prepared.casePatterns, prepared.caseFlags, prepared.caseStrings, undefined, prepared.caseNeeds, prepared.caseVetoes],
      ] as const) {
        if (sources.length === 0 || !vetoes) continue;
        sets++;
        vetoing++;
        // A set per text: each of its patterns' regexes is then made (or not) for that text alone, so the test runs for every text.
        for (const text of all) {
          const a: Span[] = [];
          const b: Span[] = [];
          new PatternSet(sources, flags, strings, lowered, needs, vetoes).collect(text, 0, a);
          new PatternSet(sources, flags, strings, lowered, needs).collect(text, 0, b);
          if (JSON.stringify(a) !== JSON.stringify(b)) expect({ name, flags, text: text.slice(0, 200), a }).toEqual({ name, flags, text: text.slice(0, 200), a: b });
          spans += b.length;
        }
      }
    }
    expect(vetoing).toBeGreaterThan(20);
    expect(spans).toBeGreaterThan(1_000);
  });

  it("the build's vetoes are those worked out from the patterns as they are (not a table of today's)", () => {
    for (const { def } of lexicons) {
      const prepared = prepareLexicon(def, true);
      expect(prepared.vetoes ?? null).toBe(prepared.patterns.length ? patternVetoes(prepared.patterns, prepared.flags, prepared.lowered) : null);
      expect(prepared.caseVetoes ?? null).toBe(prepared.casePatterns.length ? patternVetoes(prepared.casePatterns, prepared.caseFlags) : null);
    }
  });

  it("a pattern a veto rules out is not compiled for that text (fails at 9bf6e7e6)", () => {
    const sources = [String.raw`^(?!.*\b(?:cyber\w*|security)\b).*\bboard\b`, String.raw`\bboard\b`];
    const set = new PatternSet(sources, "gi", patternRequirements(sources, "gi"), undefined, patternNeeds(sources, "gi"), patternVetoes(sources, "gi"));
    const spans: Span[] = [];
    expect(set.collect("The Board oversees cybersecurity.", 0, spans)).toBe(true);
    expect(spans).toEqual([{ start: 4, end: 9 }]);
    expect(set.made).toEqual([String.raw`\bboard\b`]);
    spans.length = 0;
    expect(set.collect("The Board oversees the audit.", 0, spans)).toBe(true);
    expect(spans).toEqual([{ start: 0, end: 9 }]);
    expect(set.made.length).toBe(2);
  });

  it("a pattern tested 16 times is compiled at its next text, vetoed or not (a batch's warm pages run the regex, not the test)", () => {
    const sources = [String.raw`^(?!.*\b(?:cyber\w*|security)\b).*\bboard\b`];
    const set = new PatternSet(sources, "gi", patternRequirements(sources, "gi"), undefined, patternNeeds(sources, "gi"), patternVetoes(sources, "gi"));
    const spans: Span[] = [];
    for (let k = 0; k < 16; k++) expect(set.collect(`The Board oversees cybersecurity (${k}).`, 0, spans)).toBe(false);
    expect(set.made).toEqual([]);
    expect(set.collect("The Board oversees cybersecurity.", 0, spans)).toBe(false);
    expect(set.made.length).toBe(1);
    expect(set.collect("The Board oversees the audit.", 0, spans)).toBe(true);
    expect(spans).toEqual([{ start: 0, end: 9 }]);
  });
});
