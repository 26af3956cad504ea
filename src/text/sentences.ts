/** A sentence as a [start, end) range of a plain text. */
export interface Sentence {
  start: number;
  end: number;
}

// Words after which a period does not end a sentence ("Mr. Wang", "U.S. operations", "Inc.").
const ABBREVIATIONS = new Set([
  "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "inc", "corp", "co", "ltd", "llc", "plc", "no",
  "nos", "vs", "e.g", "i.e", "u.s", "u.k", "etc", "approx", "dept", "est", "fig", "jan", "feb", "mar",
  "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "p.m", "a.m", "ph.d", "m.s", "b.s",
]);

/**
 * Splits plain text into sentences. Paragraph breaks ("\n") always end a sentence; ". ", "! ",
 * "? " end one unless the word before the period is a known abbreviation or an initial.
 */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s])) s++;
    while (e > s && /\s/.test(text[e - 1])) e--;
    if (e > s) out.push({ start: s, end: e });
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === "\n") {
      push(i);
      start = i + 1;
      continue;
    }
    if (ch !== "." && ch !== "!" && ch !== "?") continue;
    // Closing quotes or brackets belong to the sentence they end.
    let j = i + 1;
    while (j < text.length && /["'\u2019\u201d)\]]/.test(text[j])) j++;
    if (j < text.length && !/\s/.test(text[j])) continue;
    let k = j;
    while (k < text.length && text[k] === " ") k++;
    if (k < text.length && text[k] !== "\n" && !/[A-Z0-9"\u201c(\[•●]/.test(text[k])) continue;
    if (ch === "." && isAbbreviation(text, i)) continue;
    push(j);
    start = j;
    i = j - 1;
  }
  push(text.length);
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
