import { sentenceAt, type Sentence } from "./sentences.js";

/** A word list as stored in rules/lexicons/<name>.json (schemas/lexicon.schema.json). */
export interface LexiconDefinition {
  description: string;
  /** Literal phrases; case-insensitive unless caseSensitive; spaces and hyphens are interchangeable. */
  terms?: string[];
  /** Regular expressions (JavaScript syntax, no flags). */
  patterns?: string[];
  caseSensitive?: boolean;
  /** Regular expressions matched case-sensitively even in a case-insensitive lexicon ("Audit Committee" as a name). */
  caseSensitivePatterns?: string[];
}

/**
 * Regex flags for a set of patterns. Unicode mode only when a pattern needs it (\p{…}, \u{…}): with
 * "i", V8's Unicode case folding makes these patterns five to ten times slower.
 */
function flagsFor(patterns: string[], ignoreCase: boolean): string {
  const unicode = patterns.some((p) => /\\[pP]\{|\\u\{/.test(p));
  return `g${ignoreCase ? "i" : ""}${unicode ? "u" : ""}`;
}

/** A match as a [start, end) range of the searched text. */
export interface Span {
  start: number;
  end: number;
}

// Words are separated by white space and hyphens ("third-party" = "third party"); punctuation at a
// word's edges is not part of it ("(CISO)," is the word CISO).
const SEPARATOR = /[\s\u00a0\-\u2010\u2011\u2013]+/u;
const WORD = /[^\s\u00a0\-\u2010\u2011\u2013]+/gu;
const EDGE_PUNCTUATION = /^[.,;:!?()"'“”‘’[\]{}]+|[.,;:!?()"'“”‘’[\]{}]+$/gu;

/**
 * A compiled lexicon. Terms are found through an index of their first word, so the cost grows with
 * the text, not with text × terms (a long alternation of terms is the slow path in V8); patterns
 * run as one regular expression.
 */
export class Lexicon {
  private readonly byFirstWord = new Map<string, string[][]>();
  /** The patterns as one global regex, or undefined when there are none. */
  readonly regex: RegExp | undefined;
  private readonly caseRegex: RegExp | undefined;

  constructor(
    readonly name: string,
    readonly definition: LexiconDefinition,
  ) {
    for (const term of definition.terms ?? []) {
      const words = term
        .trim()
        .split(SEPARATOR)
        .map((w) => this.fold(w.replace(EDGE_PUNCTUATION, "")))
        .filter(Boolean);
      if (words.length === 0) continue;
      const list = this.byFirstWord.get(words[0]);
      if (list) list.push(words);
      else this.byFirstWord.set(words[0], [words]);
    }
    // Longest phrase first, so "Chief Information Security Officer" wins over "Chief".
    for (const list of this.byFirstWord.values()) list.sort((a, b) => b.length - a.length);
    const patterns = definition.patterns ?? [];
    const casePatterns = definition.caseSensitivePatterns ?? [];
    for (const p of [...patterns, ...casePatterns]) {
      try {
        new RegExp(p, "u");
      } catch (e) {
        throw new Error(`pattern ${JSON.stringify(p)} is not a valid regular expression: ${(e as Error).message}`);
      }
    }
    this.regex = patterns.length ? new RegExp(patterns.map((s) => `(?:${s})`).join("|"), flagsFor(patterns, !definition.caseSensitive)) : undefined;
    this.caseRegex = casePatterns.length ? new RegExp(casePatterns.map((s) => `(?:${s})`).join("|"), flagsFor(casePatterns, false)) : undefined;
  }

  private fold(word: string): string {
    return this.definition.caseSensitive ? word : word.toLowerCase();
  }

  /**
   * Every match, left to right, without overlaps (the longer one wins at the same start). `words`
   * is tokenize(text), passed in when the caller searches one text with many lexicons.
   */
  matchAll(text: string, words?: Word[]): Span[] {
    const spans: Span[] = [];
    if (this.byFirstWord.size) this.termMatches(words ?? tokenize(text), spans);
    this.patternMatches(text, 0, spans);
    spans.sort((a, b) => a.start - b.start || b.end - a.end);
    const out: Span[] = [];
    for (const s of spans) if (out.length === 0 || s.start >= out[out.length - 1].end) out.push(s);
    return out;
  }

  test(text: string): boolean {
    return this.matchAll(text).length > 0;
  }

  /** Matches inside [start, end) of a text whose words are already known (offsets in `text`). */
  matchRange(text: string, words: Word[], start: number, end: number): Span[] {
    const spans: Span[] = [];
    if (this.byFirstWord.size) {
      let lo = 0;
      let hi = words.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (words[mid].start < start) lo = mid + 1;
        else hi = mid;
      }
      let last = lo;
      while (last < words.length && words[last].end <= end) last++;
      this.termMatches(words.slice(lo, last), spans);
    }
    if (this.regex || this.caseRegex) this.patternMatches(text.slice(start, end), start, spans);
    return spans.sort((a, b) => a.start - b.start || b.end - a.end);
  }

  /** Whether the lexicon matches inside [start, end) of a text whose words are already known. */
  testRange(text: string, words: Word[], start: number, end: number): boolean {
    return this.matchRange(text, words, start, end).length > 0;
  }

  /** Pattern matches in `text`, pushed as spans shifted by `offset`. */
  private patternMatches(text: string, offset: number, spans: Span[]): void {
    for (const re of [this.regex, this.caseRegex]) {
      if (!re) continue;
      re.lastIndex = 0;
      for (let m = re.exec(text); m; m = re.exec(text)) {
        if (m[0].length === 0) {
          re.lastIndex++;
          continue;
        }
        spans.push({ start: offset + m.index, end: offset + m.index + m[0].length });
      }
    }
  }

  private termMatches(words: Word[], spans: Span[]): void {
    const key = this.definition.caseSensitive ? "word" : "lower";
    for (let i = 0; i < words.length; i++) {
      const candidates = this.byFirstWord.get(words[i][key]);
      if (!candidates) continue;
      for (const phrase of candidates) {
        if (i + phrase.length > words.length) continue;
        let ok = true;
        for (let k = 1; k < phrase.length && ok; k++) ok = words[i + k][key] === phrase[k];
        if (ok) {
          spans.push({ start: words[i].start, end: words[i + phrase.length - 1].end });
          break;
        }
      }
    }
  }
}

/** A word of a text, trimmed of edge punctuation, with its lower-case form and offsets. */
export interface Word {
  word: string;
  lower: string;
  start: number;
  end: number;
}

const LEADING_PUNCTUATION = /^[.,;:!?()"'“”‘’[\]{}]+/u;

/** The words of a text, as term matching sees them. */
export function tokenize(text: string): Word[] {
  const words: Word[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    const raw = m[0];
    const lead = raw.length - raw.replace(LEADING_PUNCTUATION, "").length;
    const core = raw.replace(EDGE_PUNCTUATION, "");
    if (!core) continue;
    words.push({ word: core, lower: core.toLowerCase(), start: m.index + lead, end: m.index + lead + core.length });
  }
  return words;
}

/** Cue word lists that qualify a match: negation, hypothetical language, clause boundaries. */
export interface Cues {
  negation: Lexicon;
  hypothetical: Lexicon;
  clauseBreak: Lexicon;
}

export interface LexiconMatch {
  start: number;
  end: number;
  term: string;
  sentence: Sentence;
  negated: boolean;
  hypothetical: boolean;
}

/** Compiles a definition; throws Error naming the offending pattern on bad syntax. */
export function compileLexicon(name: string, definition: LexiconDefinition): Lexicon {
  return new Lexicon(name, definition);
}

/** Adds and removes terms (a user's config tuning a shipped lexicon). */
export function extendLexicon(lex: Lexicon, add: string[] = [], remove: string[] = []): Lexicon {
  const drop = new Set(remove.map((t) => t.toLowerCase()));
  const terms = [...(lex.definition.terms ?? []).filter((t) => !drop.has(t.toLowerCase())), ...add];
  const patterns = (lex.definition.patterns ?? []).filter((p) => !drop.has(p.toLowerCase()));
  return compileLexicon(lex.name, { ...lex.definition, terms, patterns });
}

const CLAUSE_LOOKBACK = 2000;

/**
 * Every match of `lex` in `text`, with its sentence, and whether the clause it sits in (from the
 * last clause break before it up to its end) is negated ("we have not experienced …") or
 * hypothetical ("… could materially affect …").
 */
export function findMatches(text: string, sentences: Sentence[], lex: Lexicon, cues: Cues, words: Word[] = tokenize(text)): LexiconMatch[] {
  return lex.matchAll(text, words).map(({ start, end }) => {
    const sentence = sentences.length ? sentences[sentenceAt(sentences, start)] : { start: 0, end: text.length };
    // A clause is looked for at most 2,000 characters back: a 180 KB "sentence" with no full stop
    // must not make every match rescan it.
    const from = Math.max(sentence.start, start - CLAUSE_LOOKBACK);
    const breaks = cues.clauseBreak.matchRange(text, words, from, start);
    const clauseStart = breaks.length ? Math.max(...breaks.map((b) => b.end)) : from;
    return {
      start,
      end,
      term: text.slice(start, end),
      sentence,
      negated: cues.negation.testRange(text, words, clauseStart, end),
      hypothetical: cues.hypothetical.testRange(text, words, clauseStart, end),
    };
  });
}
