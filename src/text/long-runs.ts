// Where a text's long runs of spaces or of word characters are, without reading every character (round 43,
// speed43-filing). A lexicon pattern reads a text whose runs of 257+ are cut (bounded-runs.ts), and an untagged
// filing's whole-document search hands it 1.5 MB of masked markup, mostly runs of spaces shorter than that: a regex
// tried at every character (even from a run's first only: ~15 instructions a character) was most of that lint.
// A run of at least `min` > 2 × STEP characters holds two characters STEP apart, both on the grid `from`, `from` +
// STEP, …: only the grid is read, and the characters between two of one class, from the far one back, stop at
// the first of another class. Linear: a character is read at most once by each of three steps (the test between two
// grid points, the walk back to the run's start, which stays within STEP, and the walk to its end, after which the
// grid resumes).

import { isJsSpace } from "./sections.js";

const STEP = 128;

/** 1: JavaScript's \s; 2: \w (ASCII letters, digits, "_"); 0: neither. */
function runClass(c: number): number {
  if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95) return 2;
  return isJsSpace(c) ? 1 : 0;
}

/**
 * The first maximal run of at least `min` characters that are all \s or all \w and starts at or after `from` (a run
 * is maximal from `from` on: what precedes `from` is not read), as [start, end); undefined when there is none. The
 * runs /(?<!\s)\s{min,}|(?<!\w)\w{min,}/g finds from lastIndex `from` after a match or at 0.
 */
export function nextLongRun(text: string, from: number, min: number): [number, number] | undefined {
  if (min <= 2 * STEP) throw new Error(`nextLongRun reads a grid of ${STEP}: min must exceed ${2 * STEP}`);
  const n = text.length;
  for (let p = from; p + STEP < n; p += STEP) {
    const c = runClass(text.charCodeAt(p));
    if (c === 0 || runClass(text.charCodeAt(p + STEP)) !== c) continue;
    let q = p + STEP - 1;
    while (q > p && runClass(text.charCodeAt(q)) === c) q--;
    if (q > p) continue;
    let start = p;
    while (start > from && runClass(text.charCodeAt(start - 1)) === c) start--;
    let end = p + STEP + 1;
    while (end < n && runClass(text.charCodeAt(end)) === c) end++;
    if (end - start >= min) return [start, end];
    // Too short: the grid goes on past the run (a grid point inside it would find it again).
    while (p + STEP < end) p += STEP;
  }
  return undefined;
}

/** runClass of each code below 256, for nextLongRunIn. */
const CLASS_OF = Uint8Array.from({ length: 256 }, (_, c) => runClass(c));

/** runClass by the table below 256; a space first (most of a masked filing: −22% of the bound's instructions on its windows). */
function codeClass(c: number): number {
  return c === 32 ? 1 : c < 256 ? CLASS_OF[c] : isJsSpace(c) ? 1 : 0;
}

/**
 * A whole word of spaces: eight code units of a one-byte buffer, four of a two-byte one (round 51: 64 bits, read as a double
 * from a Float64Array; round 45 read 32). Most of an untagged filing's masked window is runs of spaces. Neither word is a
 * zero or a NaN, so === of two doubles compares their bits: a word equals it exactly when it holds only spaces.
 */
const SPACES_1 = new Float64Array(new Uint8Array(8).fill(0x20).buffer)[0];
const SPACES_2 = new Float64Array(new Uint16Array(4).fill(0x20).buffer)[0];

/**
 * nextLongRun over a text's code units in a buffer (round 44): an indexed load and a table where `charCodeAt`
 * dispatches on the string's representation at each character. The same grid and walks, the same runs. With `words`,
 * a Float64Array over the same bytes from the buffer's start (round 45: a Uint32Array; round 51: 64 bits), the walks
 * through a run of spaces step a whole word of spaces at a time where one is aligned (each other code unit one at a
 * time, as before).
 */
export function nextLongRunIn(codes: Uint8Array | Uint16Array, from: number, min: number, words?: Float64Array): [number, number] | undefined {
  if (min <= 2 * STEP) throw new Error(`nextLongRun reads a grid of ${STEP}: min must exceed ${2 * STEP}`);
  if (codes.byteOffset !== 0) throw new Error("nextLongRunIn: the code units must start their buffer, as `words` does");
  const n = codes.length;
  // Code units a word, and log2 of it.
  const shift = codes.BYTES_PER_ELEMENT === 1 ? 3 : 2;
  for (let p = from; p + STEP < n; p += STEP) {
    const c = codeClass(codes[p]);
    if (c === 0 || codeClass(codes[p + STEP]) !== c) continue;
    const w = c === 1 ? words : undefined;
    if (runStartIn(codes, w, shift, p + 1, p + STEP, c) > p + 1) continue;
    const start = runStartIn(codes, w, shift, from, p, c);
    const end = runEndIn(codes, w, shift, p + STEP + 1, n, c);
    if (end - start >= min) return [start, end];
    while (p + STEP < end) p += STEP;
  }
  return undefined;
}

/** The least s >= lo with every code of [s, hi) of class c, read from hi down (whole words of spaces where given). */
function runStartIn(codes: Uint8Array | Uint16Array, words: Float64Array | undefined, shift: number, lo: number, hi: number, c: number): number {
  const last = (1 << shift) - 1;
  // (The word of spaces read from the module's constants, not passed: a double argument of a call not inlined is boxed.)
  const spaces = shift === 3 ? SPACES_1 : SPACES_2;
  let i = hi;
  while (i > lo) {
    if (words !== undefined && (i & last) === 0) {
      // The aligned words wholly at or after lo, down from i.
      const low = (lo + last) >> shift;
      let k = i >> shift;
      while (k > low && words[k - 1] === spaces) k--;
      if (k << shift !== i) {
        i = k << shift;
        continue;
      }
    }
    if (codeClass(codes[i - 1]) !== c) break;
    i--;
  }
  return i;
}

/** The least e >= i with the code at e not of class c, or n (whole words of spaces where given). */
function runEndIn(codes: Uint8Array | Uint16Array, words: Float64Array | undefined, shift: number, i: number, n: number, c: number): number {
  const last = (1 << shift) - 1;
  const spaces = shift === 3 ? SPACES_1 : SPACES_2;
  while (i < n) {
    if (words !== undefined && (i & last) === 0) {
      // The aligned words wholly before n, up from i.
      const high = n >> shift;
      let k = i >> shift;
      while (k < high && words[k] === spaces) k++;
      if (k << shift !== i) {
        i = k << shift;
        continue;
      }
    }
    if (codeClass(codes[i]) !== c) break;
    i++;
  }
  return i;
}
