// Words of a text as lexicons match them: trimmed of edge punctuation, lower-cased, reduced to a
// base form (plural, possessive and third-person -s removed), with where a sentence stops.

import { isAbbreviationWord } from "./sentences.js";

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
}

// Words are separated by white space and hyphens ("third-party" = "third party"); punctuation at a
// word's edges is not part of it ("(CISO)," is the word CISO).
export const SEPARATOR = /[\s\u00a0\-\u2010\u2011\u2013]+/u;
const WORD = /[^\s\u00a0\-\u2010\u2011\u2013]+/gu;
// Bullets too: "•Chief Data Officer" is the title, whatever the list marker.
export const EDGE_PUNCTUATION = /^[.,;:!?()"'“”‘’[\]{}•●▪◦‣·]+|[.,;:!?()"'“”‘’[\]{}]+$/gu;
const LEADING_PUNCTUATION = /^[.,;:!?()"'“”‘’[\]{}•●▪◦‣·]+/u;
const STOP = /[;:!?]["'”’)\]]*$|\.["'”’)\]]*$/u;
// The characters EDGE_PUNCTUATION trims, for a test before any regex: most words have none.
const LEADING_CHARS = new Set(".,;:!?()\"'“”‘’[]{}•●▪◦‣·");
const TRAILING_CHARS = new Set(".,;:!?()\"'“”‘’[]{}");

/**
 * The base form of a lower-case word: "company's" → "company", "committees" → "committee",
 * "oversees" → "oversee", "policies" → "policy", "processes" → "process". Rules of English
 * spelling, no dictionary: a few words get a wrong base ("series" → "sery"), but text and lexicon
 * get the same one, so they still match each other.
 */
export function baseForm(lower: string): string {
  let w = lower;
  if (w.endsWith("'s") || w.endsWith("’s")) w = w.slice(0, -2);
  else if (w.endsWith("'") || w.endsWith("’")) w = w.slice(0, -1);
  const n = w.length;
  if (n <= 3 || w.charCodeAt(n - 1) !== 115 /* s */) return w;
  if (w.endsWith("ies") && n > 4) return `${w.slice(0, -3)}y`;
  if (w.endsWith("sses") || w.endsWith("shes") || w.endsWith("ches") || w.endsWith("xes") || w.endsWith("zzes")) return w.slice(0, -2);
  if (w.endsWith("ss") || w.endsWith("us") || w.endsWith("is")) return w;
  return w.slice(0, -1);
}

/**
 * Defined terms of a document: alias (as written) → base forms of the words it stands for, and
 * the names of its committees and councils ("Management Operational Risk Committee") → "@board"
 * or "@management", which body it is.
 */
export type Aliases = Map<string, string[]>;

/** The last word of a body's name: the word a board or management tag is put on. */
export const BODY_HEADS = new Set(["Committee", "Subcommittee", "Council", "Forum", "Group"]);
/** Words that may sit inside a capitalised name ("Risk and Compliance Committee"). */
export const NAME_LINKS = new Set(["and", "&", "of", "for", "on"]);
const MAX_NAME = 7;

/** The words of a text, as lexicons see them; `aliases` (from harvestAliases) expand defined terms. */
export function tokenize(text: string, aliases?: Aliases): Word[] {
  const words: Word[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    const raw = m[0];
    const plain = !LEADING_CHARS.has(raw[0]) && !TRAILING_CHARS.has(raw[raw.length - 1]);
    const lead = plain ? 0 : raw.length - raw.replace(LEADING_PUNCTUATION, "").length;
    const core = plain ? raw : raw.replace(EDGE_PUNCTUATION, "");
    if (!core) {
      if (words.length && /[;:!?.]/.test(raw)) words[words.length - 1].stop = true;
      continue;
    }
    const lower = core.toLowerCase();
    const word: Word = { word: core, lower, base: baseForm(lower), start: m.index + lead, end: m.index + lead + core.length };
    if (core.length < raw.length - lead && STOP.test(raw) && !(raw.endsWith(".") && isAbbreviationWord(lower))) word.stop = true;
    const also = aliases?.get(core);
    if (also) word.also = also;
    words.push(word);
    if (aliases && BODY_HEADS.has(core)) tagBody(words, aliases);
  }
  return words;
}

/** Tags the last word (a body's head word) with its body's tags, when its name is a known one. */
function tagBody(words: Word[], aliases: Aliases): void {
  const head = words.length - 1;
  let from = head;
  while (from > 0 && head - from < MAX_NAME && !words[from - 1].stop && (/^[A-Z]/.test(words[from - 1].word) || NAME_LINKS.has(words[from - 1].word))) from--;
  for (let i = from; i < head; i++) {
    if (NAME_LINKS.has(words[i].word)) continue;
    const tags = aliases.get(words.slice(i, head + 1).map((w) => w.word).join(" "));
    if (tags) {
      words[head].also = [...(words[head].also ?? []), ...tags];
      return;
    }
  }
}
