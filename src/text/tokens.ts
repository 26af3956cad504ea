// Words of a text as lexicons match them: trimmed of edge punctuation, lower-cased, reduced to a
// base form (plural, possessive and third-person -s removed), with where a sentence stops.

import { codeUnits, codeUnitScratch } from "./code-units.js";
import { closesFormName, isAbbreviationWord } from "./sentences.js";
import { lowerOwnerAt } from "./owner-word.js";
import { joinWords } from "./word-text.js";
import { MANAGEMENT_BOARD_HEADS } from "./two-tier.js";

const wordScratch = codeUnitScratch();

/** A word of a text, trimmed of edge punctuation, with its lower-case and base forms and offsets. */
export interface Word {
  word: string;
  lower: string;
  /** The base form: lower case without a possessive or plural ending ("committees" → "committee"). */
  base: string;
  start: number;
  end: number;
  /** A sentence or clause ends after this word (".", ";", ":", "!", "?" that is not an abbreviation's). */
  stop?: boolean;
  /** Base forms of the words a defined term stands for ("RCC" → risk, compliance, committee). */
  also?: string[];
  /**
   * Base forms of the description a defined name stands for ("the Program" → information, security,
   * program): read only where a sentence's topic is asked, not by the lexicons' words.
   */
  described?: string[];
}

// Words are separated by white space and hyphens ("third-party" = "third party"); punctuation at a
// word's edges is not part of it ("(CISO)," is the word CISO).
export const SEPARATOR = /[\s\u00a0\-\u2010\u2011\u2013]+/u;

/** Whether a UTF-16 code unit is a SEPARATOR character (JavaScript's \s, the no-break space, hyphens and the en dash). */
export function isSeparator(c: number): boolean {
  if (c < 128) return c === 32 || c === 45 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2010 || c === 0x2011 || c === 0x2013 || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}
// Bullets too: "•Chief Data Officer" is the title, whatever the list marker.
export const EDGE_PUNCTUATION = /^[.,;:!?()"'“”‘’[\]{}•●▪◦‣·]+|[.,;:!?()"'“”‘’[\]{}]+$/gu;
const STOP = /[;:!?]["'”’)\]]*$|\.["'”’)\]]*$/u;
// The characters EDGE_PUNCTUATION trims, by code (1: at a word's start, 2: at its end), for a test
// before any regex: most words have none.
const EDGE = new Uint8Array(0x2600);
for (const c of ".,;:!?()\"'“”‘’[]{}") EDGE[c.charCodeAt(0)] = 3;
for (const c of "•●▪◦‣·") EDGE[c.charCodeAt(0)] = 1;

/**
 * The base form of a lower-case word: "company's" → "company", "committees" → "committee",
 * "oversees" → "oversee", "policies" → "policy", "processes" → "process". Rules of English
 * spelling, no dictionary: a few words get a wrong base ("series" → "sery"), but text and lexicon
 * get the same one, so they still match each other.
 */
export function baseForm(lower: string): string {
  let w = lower;
  // (-1 before the word's start, not charCodeAt's NaN: reading past a short word's end threw away
  // tokenize's compiled code, where this is inlined, twice in every batch isolate, round 41.)
  const size = w.length;
  const last = size > 0 ? w.charCodeAt(size - 1) : -1;
  const before = size > 1 ? w.charCodeAt(size - 2) : -1;
  if (last === 115 /* s */ && (before === 39 /* ' */ || before === 0x2019)) w = w.slice(0, -2);
  else if (last === 39 || last === 0x2019) w = w.slice(0, -1);
  const n = w.length;
  if (n <= 3 || w.charCodeAt(n - 1) !== 115 /* s */) return w;
  // The endings by character code (round 35: the endsWith calls were ~1% of a warm page).
  const c2 = w.charCodeAt(n - 2);
  const c3 = w.charCodeAt(n - 3);
  if (c2 === 101 /* e */) {
    const c4 = w.charCodeAt(n - 4);
    if (c3 === 105 /* ies */ && n > 4) return `${w.slice(0, -3)}y`;
    // sses, shes, ches, xes, zzes
    if ((c3 === 115 && c4 === 115) || (c3 === 104 && (c4 === 115 || c4 === 99)) || c3 === 120 || (c3 === 122 && c4 === 122)) return w.slice(0, -2);
    return w.slice(0, -1);
  }
  // ss, us, is
  if (c2 === 115 || c2 === 117 || c2 === 105) return w;
  return w.slice(0, -1);
}

/**
 * Defined terms of a document: alias (as written) → base forms of the words it stands for, and
 * the names of its committees and councils ("Management Operational Risk Committee") → "@board"
 * or "@management", which body it is.
 */
export type Aliases = Map<string, string[]>;

/** The first tag of a defined name's description ("a … security program (the “Program”)"): see Word.described. */
export const DESCRIBED = "@described";

/**
 * The last word of a body's name: the word a board or management tag is put on ("Task Force"
 * too). "Team", "Office", "Leadership" and "Panel" name a body only where the text defines it
 * (src/text/aliases.ts).
 */
export const BODY_HEADS = new Set(["Committee", "Subcommittee", "Council", "Forum", "Group", "Team", "Force", "Office", "Leadership", "Panel"]);
/** Words that may sit inside a capitalised name ("Risk and Compliance Committee"). */
export const NAME_LINKS = new Set(["and", "&", "of", "for", "on"]);
const MAX_NAME = 7;

/** Index of the first word that starts at or after `offset` (words.length if none): a binary search, words being in text order. */
export function firstWordFrom(words: Word[], offset: number): number {
  let lo = 0;
  let hi = words.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (words[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Index of the first word from `from` on that ends after `offset` (words.length if none): a binary
 * search, words ending in text order (round 39: Lexicon's range reads scanned them one by one).
 */
export function firstWordEndingAfter(words: Word[], from: number, offset: number): number {
  let lo = from;
  let hi = words.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (words[mid].end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The text between word `k - 1` and word `k` (spaces and punctuation: ", ", " (", ". "); `k` >= 1. */
export function gapBefore(text: string, words: Word[], k: number): string {
  return text.slice(words[k - 1].end, words[k].start);
}

/** The words of a text, as lexicons see them; `aliases` (from harvestAliases) expand defined terms. */
export function tokenize(text: string, aliases?: Aliases): Word[] {
  const words: Word[] = [];
  // A document that defines no terms (most R pages) has an empty map: no word is looked up in it
  // (each look-up hashes a new string), and no body's name is tagged.
  if (aliases?.size === 0) aliases = undefined;
  // A scan by character code rather than a regex: the words of every paragraph and fact are read
  // (the codes from a typed array: code-units.ts).
  const length = text.length;
  const units = codeUnits(text, wordScratch);
  for (let end = 0; end < length; ) {
    let index = end;
    while (index < length && isSeparator(units[index])) index++;
    if (index === length) break;
    // Whether the word has a capital or a character past ASCII (round 39: else its lower case is
    // itself, and toLowerCase, a builtin call for every word of every text, is not asked).
    let fold = false;
    for (end = index; end < length; end++) {
      const c = units[end];
      if (end > index && isSeparator(c)) break;
      if (c >= 128 || (c >= 65 && c <= 90)) fold = true;
    }
    const raw = text.slice(index, end);
    // EDGE_PUNCTUATION's two runs, found by character code: what it trims from the start, then from the end.
    let lead = 0;
    while (index + lead < end && (EDGE[units[index + lead]] & 1) !== 0) lead++;
    let trail = 0;
    while (end - trail > index + lead && (EDGE[units[end - trail - 1]] & 2) !== 0) trail++;
    const core = lead === 0 && trail === 0 ? raw : raw.slice(lead, raw.length - trail);
    if (!core) {
      if (words.length && /[;:!?.]/.test(raw)) words[words.length - 1].stop = true;
      continue;
    }
    const lower = fold ? core.toLowerCase() : core;
    // Every word is made with all its fields, in one order (one hidden class): a field set later
    // ("stop", "also") would give words of several shapes, and code optimised for the shapes it
    // had seen deoptimises at the first word of another (round 27).
    const word: Word = { word: core, lower, base: baseForm(lower), start: index + lead, end: index + lead + core.length, stop: undefined, also: undefined, described: undefined };
    if (core.length < raw.length - lead && STOP.test(raw) && !(raw.endsWith(".") && isAbbreviationWord(lower) && !closesFormName(text, index + lead + core.length))) word.stop = true;
    const also = aliases?.get(core);
    if (also?.[0] === DESCRIBED) word.described = also.slice(1);
    else if (also) word.also = also;
    words.push(word);
    if (aliases && (BODY_HEADS.has(core) || MANAGEMENT_BOARD_HEADS.has(core))) tagBody(words, aliases);
  }
  return words;
}

/** Tags the last word (a body's head word) with its body's tags, when its name is a known one. */
function tagBody(words: Word[], aliases: Aliases): void {
  const head = words.length - 1;
  let from = head;
  while (from > 0 && head - from < MAX_NAME && !words[from - 1].stop && (/^[A-Z]/.test(words[from - 1].word) || NAME_LINKS.has(words[from - 1].word))) from--;
  // "management’s Risk Committee": its owner's word first, for a name two bodies share (owner-word.ts).
  if (lowerOwnerAt(words, from)) from--;
  for (let i = from; i < head; i++) {
    if (NAME_LINKS.has(words[i].word)) continue;
    const tags = aliases.get(joinWords(words, i, head + 1, "word"));
    if (tags) {
      words[head].also = [...(words[head].also ?? []), ...tags];
      return;
    }
  }
}
