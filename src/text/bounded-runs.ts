// What a lexicon pattern reads: the text with each very long run of spaces or of word characters cut
// in its middle. A stranger's file can hold a run of tens of thousands of spaces (or digits, or "_")
// inside one paragraph, and a pattern that reads such a run again at each of its positions (a
// lookbehind's `\s*`, a lookahead's `\w+`) is quadratic in it: 70,000 spaces in a text draft took the
// CLI over two minutes, past --timeout, because the built-in lexicons run in the run's own thread
// (run.ts: "the built-in rules and lexicons are linear in input that every reader caps"; round 42).
// No sentence has 257 spaces or a 257-letter word in a row (or runs 2,000 characters), so nothing a lexicon means is lost; the
// middle of such a run becomes U+0000 (neither a space nor a word character), one for one, so every
// offset, span and quote stays the original's.

import { nextLongRun, nextLongRunIn } from "./long-runs.js";

/** Runs longer than these keep this many characters at each end; the middle is masked. */
const SPACE_RUN = 256;
const SPACE_KEEP = 128;
const WORD_RUN = 256;
const WORD_KEEP = 128;
/** A run this long or longer is cut (either kind). */
const LONG_RUN = 257;
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
  if (text.length >= BUFFERED) return boundedInBuffer(text);
  return boundedSentences(maskedRuns(text));
}

/**
 * Texts this long or longer (an untagged filing's masked window of 1 MB: round 44) are bounded in a buffer of their code
 * units: read by index, not by `charCodeAt`, masked and cut in place by native fills, and made a flat string in one native
 * copy, where the string path built a chain of a few thousand slices that the lexicons' regexes then flattened.
 */
const BUFFERED = 1 << 16;
const SEMI = 0x3b;
const STOPS = [".", ";", "!", "?"];
const WIDE = /[^\0-\xff]/;

/** boundedRuns of a long text, in a code-unit buffer: the same characters. */
function boundedInBuffer(text: string): string {
  const n = text.length;
  // A text of Latin-1 a byte a character (a one-byte string again), any other two. (The regex answers a one-byte
  // string at once and stops at a two-byte one's first wide character; Buffer.byteLength read ~9 instructions a character.)
  const wide = WIDE.test(text);
  const codes = wide ? new Uint16Array(Buffer.allocUnsafeSlow(2 * n).buffer) : new Uint8Array(Buffer.allocUnsafeSlow(n).buffer);
  const bytes = Buffer.from(codes.buffer, 0, codes.byteLength);
  bytes.write(text, 0, wide ? "utf16le" : "latin1");
  return boundCodes(text, codes) ? bytes.toString(wide ? "utf16le" : "latin1") : text;
}

/**
 * Bounds `text`'s code units in `codes` (a buffer of their own, from its byte 0) in place, as boundedRuns bounds the text;
 * whether any changed.
 */
function boundCodes(text: string, codes: Uint8Array | Uint16Array): boolean {
  const n = text.length;
  // The same bytes a word (64 bits) at a time, for the walks through runs of spaces (round 45, round 51; the buffer is the
  // text's own, so from byte 0).
  const words = new Float64Array(codes.buffer, 0, codes.byteLength >>> 3);
  let changed = false;
  for (let run = nextLongRunIn(codes, 0, LONG_RUN, words); run !== undefined; run = nextLongRunIn(codes, run[1], LONG_RUN, words)) {
    const keep = isWordCode(codes[run[0]]) ? WORD_KEEP : SPACE_KEEP;
    codes.fill(0, run[0] + keep, run[1] - keep);
    changed = true;
  }
  // The stops are the text's own (a masked run holds none); each cut replaces one character by ";", as boundedSentences.
  // Each stop character's next place by indexOf (a native search), the nearest of the four the next stop.
  const stopAt = [text.indexOf("."), text.indexOf(";"), text.indexOf("!"), text.indexOf("?")];
  let last = -1;
  for (;;) {
    let k = -1;
    for (let j = 0; j < 4; j++) if (stopAt[j] !== -1 && (k === -1 || stopAt[j] < stopAt[k])) k = j;
    const next = k === -1 ? n : stopAt[k];
    for (let cut = last + SENTENCE_RUN; cut < next; cut += SENTENCE_RUN) {
      codes[cut] = SEMI;
      changed = true;
    }
    if (k === -1) break;
    last = next;
    stopAt[k] = text.indexOf(STOPS[k], next + 1);
  }
  return changed;
}

// A long text whose maker still holds its code units in a buffer of their own (the markup mask of an untagged filing's
// window, round 51): bounded there when boundedRunsOf is first asked about it, which saves boundedInBuffer's copy of
// the text (a new buffer of 1-2 MB, its pages and the write: ~10% of such a lint). One at a time: a newer one replaces it.
let heldText: string | undefined;
let heldCodes: Uint8Array | Uint16Array | undefined;

/**
 * Offers `codes`, the code units of `text` (a buffer of their own, from its byte 0, that the caller no longer reads or
 * writes), for boundedRunsOf to bound `text` in place; a text too short to be bounded in a buffer is not kept.
 */
export function holdCodesOf(text: string, codes: Uint8Array | Uint16Array): void {
  if (text.length < BUFFERED || codes.length !== text.length || codes.byteOffset !== 0) return;
  heldText = text;
  heldCodes = codes;
}

/** boundedRuns of `text`, in the buffer holdCodesOf was given for it. */
function boundedHeld(text: string, codes: Uint8Array | Uint16Array): string {
  heldText = undefined;
  heldCodes = undefined;
  return boundCodes(text, codes) ? Buffer.from(codes.buffer, 0, codes.byteLength).toString(codes.BYTES_PER_ELEMENT === 2 ? "utf16le" : "latin1") : text;
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
  // The runs of 257+ (long-runs.ts, round 43: a regex read every character of the shorter runs of a masked filing).
  let run = nextLongRun(text, 0, LONG_RUN);
  if (run === undefined) return text;
  let out = "";
  let from = 0;
  for (; run !== undefined; run = nextLongRun(text, run[1], LONG_RUN)) {
    const keep = isWordCode(text.charCodeAt(run[0])) ? WORD_KEEP : SPACE_KEEP;
    const start = run[0] + keep;
    const end = run[1] - keep;
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
  const bounded = text === heldText ? boundedHeld(text, heldCodes!) : boundedRuns(text);
  keptFrom[keptNext] = text;
  keptTo[keptNext] = bounded;
  keptNext = (keptNext + 1) % KEPT;
  return bounded;
}
