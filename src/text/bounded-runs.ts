// What a lexicon pattern reads: the text with each very long run of spaces or of word characters cut
// in its middle. A stranger's file can hold a run of tens of thousands of spaces (or digits, or "_")
// inside one paragraph, and a pattern that reads such a run again at each of its positions (a
// lookbehind's `\s*`, a lookahead's `\w+`) is quadratic in it: 70,000 spaces in a text draft took the
// CLI over two minutes, past --timeout, because the built-in lexicons run in the run's own thread
// (run.ts: "the built-in rules and lexicons are linear in input that every reader caps"; round 42).
// No sentence has 257 spaces or a 257-letter word in a row (or runs 2,000 characters), so nothing a lexicon means is lost; the
// middle of such a run becomes U+0000 (neither a space nor a word character), one for one, so every
// offset, span and quote stays the original's.

/** Runs longer than these keep this many characters at each end; the middle is masked. */
const SPACE_RUN = 256;
const SPACE_KEEP = 128;
const WORD_RUN = 256;
const WORD_KEEP = 128;
const LONG_RUN = /\s{257,}|\w{257,}/g;
const MASK = "\u0000";

/**
 * A stretch longer than this with no "." ";" "!" or "?" gets a ";" at its end: many patterns read to the end
 * of their sentence (`[^.;]*`) from each of their trigger words, so one sentence of 40,000 "board"s took 13 s
 * (quadratic); no real sentence is 2,000 characters long.
 */
const SENTENCE_RUN = 2_000;
const STOP = /[.;!?]/g;

/** `text` with its long runs masked and its endless sentences cut (the same string when it has none). */
export function boundedRuns(text: string): string {
  return boundedSentences(maskedRuns(text));
}

function boundedSentences(text: string): string {
  if (text.length <= SENTENCE_RUN) return text;
  let out = "";
  let from = 0;
  let last = -1;
  STOP.lastIndex = 0;
  for (;;) {
    const m = STOP.exec(text);
    const next = m === null ? text.length : m.index;
    for (let cut = last + SENTENCE_RUN; cut < next; cut += SENTENCE_RUN) {
      out += text.slice(from, cut) + ";";
      from = cut + 1;
    }
    if (m === null) break;
    last = next;
  }
  return from === 0 ? text : out + text.slice(from);
}

function maskedRuns(text: string): string {
  if (text.length <= SPACE_RUN) return text;
  LONG_RUN.lastIndex = 0;
  let m = LONG_RUN.exec(text);
  if (m === null) return text;
  let out = "";
  let from = 0;
  for (; m !== null; m = LONG_RUN.exec(text)) {
    const keep = isWordCode(m[0].charCodeAt(0)) ? WORD_KEEP : SPACE_KEEP;
    const start = m.index + keep;
    const end = m.index + m[0].length - keep;
    out += text.slice(from, start) + MASK.repeat(end - start);
    from = end;
  }
  return out + text.slice(from);
}

/** Whether a UTF-16 code is one of `\w`'s (ASCII letters, digits, "_"). */
function isWordCode(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}

// The texts last bounded: the lexicons of a paragraph read the same texts one after the other.
const KEPT = 16;
const keptFrom: Array<string | undefined> = new Array<string | undefined>(KEPT);
const keptTo: string[] = new Array<string>(KEPT).fill("");
let keptNext = 0;

/** boundedRuns, remembered for the last few texts. */
export function boundedRunsOf(text: string): string {
  if (text.length <= SPACE_RUN) return text;
  for (let k = 1; k <= KEPT; k++) {
    const slot = (keptNext - k + KEPT) % KEPT;
    if (keptFrom[slot] === text) return keptTo[slot];
  }
  const bounded = boundedRuns(text);
  keptFrom[keptNext] = text;
  keptTo[keptNext] = bounded;
  keptNext = (keptNext + 1) % KEPT;
  return bounded;
}
