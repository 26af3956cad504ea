import { sentenceAt, type Sentence } from "./sentences.js";

/** A word list as stored in rules/lexicons/<name>.json (schemas/lexicon.schema.json). */
export interface LexiconDefinition {
  description: string;
  /** Literal phrases; case-insensitive unless caseSensitive; spaces and hyphens are interchangeable. */
  terms?: string[];
  /** Regular expressions (JavaScript syntax, no flags). */
  patterns?: string[];
  caseSensitive?: boolean;
}

export interface Lexicon {
  name: string;
  definition: LexiconDefinition;
  regex: RegExp;
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

function termSource(term: string): string {
  const escaped = term.trim().replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const body = escaped.replace(/(?:\s|-|\\-)+/g, "[\\s\\u00a0\\-\\u2010\\u2011]+");
  // Word boundaries only where the term starts/ends with a word character ("[TBD]" has none).
  const head = /^\w/.test(term.trim()) ? "\\b" : "";
  const tail = /\w$/.test(term.trim()) ? "\\b" : "";
  return head + body + tail;
}

/** Compiles a definition into one alternation; throws Error with the offending pattern on bad syntax. */
export function compileLexicon(name: string, definition: LexiconDefinition): Lexicon {
  const sources = [...(definition.terms ?? []).map(termSource), ...(definition.patterns ?? [])];
  for (const p of definition.patterns ?? []) {
    try {
      new RegExp(p);
    } catch (e) {
      throw new Error(`pattern ${JSON.stringify(p)} is not a valid regular expression: ${(e as Error).message}`);
    }
  }
  // An empty lexicon matches nothing.
  const source = sources.length ? sources.map((s) => `(?:${s})`).join("|") : "(?!)";
  const flags = definition.caseSensitive ? "gu" : "giu";
  return { name, definition, regex: new RegExp(source, flags) };
}

/** Adds and removes terms (a user's config tuning a shipped lexicon). */
export function extendLexicon(lex: Lexicon, add: string[] = [], remove: string[] = []): Lexicon {
  const drop = new Set(remove.map((t) => t.toLowerCase()));
  const terms = [...(lex.definition.terms ?? []).filter((t) => !drop.has(t.toLowerCase())), ...add];
  const patterns = (lex.definition.patterns ?? []).filter((p) => !drop.has(p.toLowerCase()));
  return compileLexicon(lex.name, { ...lex.definition, terms, patterns });
}

function lastMatchEnd(re: RegExp, text: string, from: number, to: number): number {
  re.lastIndex = 0;
  let end = -1;
  const slice = text.slice(from, to);
  for (let m = re.exec(slice); m; m = re.exec(slice)) {
    end = from + m.index + m[0].length;
    if (m[0].length === 0) re.lastIndex++;
  }
  return end;
}

function has(re: RegExp, text: string): boolean {
  re.lastIndex = 0;
  return re.test(text);
}

/**
 * Every match of `lex` in `text`, with its sentence, and whether the clause it sits in (from the
 * last clause break before it up to its end) is negated ("we have not experienced …") or
 * hypothetical ("… could materially affect …").
 */
export function findMatches(text: string, sentences: Sentence[], lex: Lexicon, cues: Cues): LexiconMatch[] {
  const out: LexiconMatch[] = [];
  const re = lex.regex;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    const start = m.index;
    const end = start + m[0].length;
    const sentence = sentences.length ? sentences[sentenceAt(sentences, start)] : { start: 0, end: text.length };
    const breakAt = lastMatchEnd(cues.clauseBreak.regex, text, sentence.start, start);
    const clause = text.slice(breakAt < 0 ? sentence.start : breakAt, end);
    out.push({
      start,
      end,
      term: m[0],
      sentence,
      negated: has(cues.negation.regex, clause),
      hypothetical: has(cues.hypothetical.regex, clause),
    });
    re.lastIndex = end;
  }
  return out;
}
