import { codeUnits, codeUnitScratch } from "./code-units.js";

/** A sentence as a [start, end) range of a plain text. */
export interface Sentence {
  start: number;
  end: number;
}

// Words after which a period does not end a sentence ("Mr. Wang", "U.S. operations", "Inc."; the legal forms of Singapore,
// Australia, India and Malaysia: "Pte. Ltd.", "Pty. Ltd.", "Pvt. Ltd.", "Sdn. Bhd.", realistic set 26).
const ABBREVIATIONS = new Set([
  "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "inc", "corp", "co", "ltd", "llc", "plc", "pte", "pty", "pvt", "sdn", "bhd", "no",
  "nos", "vs", "e.g", "i.e", "u.s", "u.k", "etc", "approx", "dept", "est", "fig", "jan", "feb", "mar",
  "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "p.m", "a.m", "ph.d", "m.s", "b.s",
]);

/** Whether a UTF-16 code unit is white space to a regular expression's \s (without the u flag). */
export function isSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** `"`, `'`, ’, ”, `)`, `]`: what may close a sentence after its stop. */
function closesSentence(c: number): boolean {
  return c === 34 || c === 39 || c === 0x2019 || c === 0x201d || c === 41 || c === 93;
}

/** A capital letter, a digit, `"`, “, `(`, `[`, • or ●: what may open the next sentence. */
function opensSentence(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 34 || c === 0x201c || c === 40 || c === 91 || c === 0x2022 || c === 0x25cf;
}

const sentenceScratch = codeUnitScratch();

/**
 * Splits plain text into sentences. Paragraph breaks ("\n") always end a sentence; ". ", "! ",
 * "? " end one unless the word before the period is a known abbreviation or an initial. Read by
 * code unit (code-units.ts): every paragraph and block is split.
 */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  const n = text.length;
  const units = codeUnits(text, sentenceScratch);
  let start = 0;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && isSpace(units[s])) s++;
    while (e > s && isSpace(units[e - 1])) e--;
    if (e > s) out.push({ start: s, end: e });
  };
  for (let i = 0; i < n; i++) {
    const ch = units[i];
    if (ch === 10) {
      push(i);
      start = i + 1;
      continue;
    }
    if (ch !== 46 && ch !== 33 && ch !== 63) continue;
    // Closing quotes or brackets belong to the sentence they end.
    let j = i + 1;
    while (j < n && closesSentence(units[j])) j++;
    if (j < n && !isSpace(units[j])) continue;
    let k = j;
    while (k < n && units[k] === 32) k++;
    if (k < n && units[k] !== 10 && !opensSentence(units[k])) continue;
    if (ch === 46 && isAbbreviation(text, i)) continue;
    push(j);
    start = j;
    i = j - 1;
  }
  push(n);
  return out;
}

function isAbbreviation(text: string, dot: number): boolean {
  let s = dot;
  while (s > 0 && /[A-Za-z.]/.test(text[s - 1])) s--;
  return !closesFormName(text, dot) && isAbbreviationWord(text.slice(s, dot).toLowerCase());
}

/**
 * Whether the period at `dot` follows the one letter that ends a form's name ("Form 8-K.", "Form 20-F.",
 * "Regulation S-K."): a sentence end, not an initial. A letter right after a digit ("Item 1A. Risk Factors")
 * is not one: the item's title follows it.
 */
export function closesFormName(text: string, dot: number): boolean {
  return dot >= 3 && /[A-Za-z]/.test(text[dot - 1]) && text[dot - 2] === "-" && /[0-9A-Za-z]/.test(text[dot - 3]);
}

/** Whether a period after this lower-case word (without the period) does not end a sentence. */
export function isAbbreviationWord(word: string): boolean {
  if (word.length === 1) return true; // an initial: "J. Smith"
  return ABBREVIATIONS.has(word) || /^(?:[a-z]\.)+[a-z]$/.test(word); // "B.S", "U.S"
}

/** Index of the sentence containing offset `at` (binary search). */
export function sentenceAt(sentences: Sentence[], at: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (sentences[mid].start <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
