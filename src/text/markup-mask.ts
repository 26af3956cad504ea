import { decodeEntityAt } from "../sources/xml-scan.js";
import { holdCodesOf } from "./bounded-runs.js";

const LF = 0x0a;
const SPACE = 0x20;
const SEMI = 0x3b;
const LT = 0x3c;
const NBSP = 0xa0;
const HASH = 0x23;

/** `#`, ASCII letters and digits: the characters of an entity reference's name. */
function isRefChar(c: number): boolean {
  return c === 0x23 || (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

/**
 * Elements whose content is no text (html-text.ts SKIP): a word processor's tracked deletion, and a head's title, style
 * sheet and script. By the tag name's first letter, so any other tag costs one comparison.
 */
const SKIPPED: Array<[string, RegExp]> = [
  ["del", /<\/del\s*>/gi],
  ["title", /<\/title\s*>/gi],
  ["script", /<\/script\s*>/gi],
  ["style", /<\/style\s*>/gi],
];
// Round 41: the first letters as a bit mask, not an object keyed by character code. An object with keys
// 0x64, 0x73, 0x74 has dictionary elements: every tag of a masked filing cost a megamorphic keyed load and a
// hash of its first letter (~330 instructions a tag; 11-14 M of an untagged filing's lint).
const SKIPPED_FIRST = SKIPPED.reduce((bits, [name]) => bits | (1 << (name.charCodeAt(0) - 0x60)), 0);

/** Whether a tag name that starts with code `c` may name a skipped element (its first letter, either case). */
function maySkip(c: number): boolean {
  // | 0x20 folds A-Z onto a-z; any code other than a letter's lies outside 0x60-0x7f, or on a letter no name starts with.
  const bit = (c | 0x20) - 0x60;
  return bit >= 0 && bit < 32 && (SKIPPED_FIRST & (1 << bit)) !== 0;
}

/** The end regex of a skipped element whose start tag (not `<x/>`) is [lt, gt], else undefined. */
function skippedElement(source: string, lt: number, gt: number): RegExp | undefined {
  if (!maySkip(source.charCodeAt(lt + 1)) || source.charCodeAt(gt - 1) === 0x2f) return undefined;
  for (let i = 0; i < SKIPPED.length; i++) {
    const name = SKIPPED[i][0];
    const c = source.charCodeAt(lt + 1 + name.length);
    if (!(c === 0x3e || c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09)) continue;
    // The name in either case, compared a character at a time (as toLowerCase() of the slice would: no other
    // character lowers to one of these names' letters), so that a <div> or <span> makes no string.
    let k = 0;
    while (k < name.length && (source.charCodeAt(lt + 1 + k) | 0x20) === name.charCodeAt(k)) k++;
    if (k === name.length) return SKIPPED[i][1];
  }
  return undefined;
}

/** The ">" of the element's end tag after `from`, or `end` when the element does not close before it. */
function skippedEnd(close: RegExp, source: string, from: number, end: number): number {
  close.lastIndex = from;
  const m = close.exec(source);
  return m === null || m.index >= end ? end : m.index + m[0].length - 1;
}

/**
 * The text of [start, end) of a markup document with every tag and comment replaced by spaces
 * (newlines kept) and every entity reference by the character it stands for and spaces, so offsets
 * into the result are offsets into the source. Lets a lexicon search a whole filing's prose (e.g.
 * "Item 1C … incorporated by reference", a "[&#9679;]" placeholder) with exact positions. The
 * window is copied into a code-unit buffer in one native write, then the scan jumps from "<" to ">"
 * and from "&" to "&" and blanks those ranges with native fills: the text between is never visited
 * character by character. Tags that follow each other with no text between (most of Inline XBRL's
 * markup) are blanked by one fill.
 */
export function maskMarkup(source: string, start = 0, end = source.length): string {
  const n = end - start;
  const window = source.slice(start, end);
  // A window of Latin-1 (every real filing seen) is masked a byte per character: half the copying,
  // and a one-byte string, which the lexicons' regular expressions read faster than a two-byte one.
  // (Round 51: the regex answers a one-byte string at once, where Buffer.byteLength read each character.)
  const wide = WIDE.test(window);
  // A reference past U+00FF ("&#8217;") makes the mask two bytes a character: then so is the buffer from the start,
  // not a one-byte buffer widened in a second copy of the window (round 51: 1-2 MB a window of an untagged filing).
  const two = wide || widensAt(source, start, end);
  const out = two ? new Uint16Array(unzeroed(2 * n)) : new Uint8Array(unzeroed(n));
  Buffer.from(out.buffer, 0, out.byteLength).write(window, 0, two ? "utf16le" : "latin1");
  // The characters references stand for, written after the scan: (offset, code) pairs.
  const refs: number[] = [];
  let widest = 0;
  let i = start;
  let amp = source.indexOf("&", start);
  let nl = source.indexOf("\n", start);
  while (i < end) {
    let lt = source.indexOf("<", i);
    if (lt === -1 || lt > end) lt = end;
    // Entity references (up to 11 name characters and a ";") in the text before the next tag.
    while (amp !== -1 && amp < lt) {
      let j = amp + 1;
      while (j < end && j - amp <= 11 && isRefChar(source.charCodeAt(j))) j++;
      if (j < end && j > amp + 1 && source.charCodeAt(j) === SEMI) {
        out.fill(SPACE, amp - start, j + 1 - start);
        const ch = referencedChar(source, amp, j + 1);
        if (ch !== undefined) {
          // Next to the text it belongs to: an opening quote before its word, a closing one after.
          refs.push((j + 1 < source.length && isWordChar(source.charCodeAt(j + 1)) ? j : amp) - start, ch);
          if (ch > widest) widest = ch;
        }
        amp = source.indexOf("&", j + 1);
      } else {
        amp = source.indexOf("&", amp + 1);
      }
    }
    if (lt >= end) break;
    // A tag (or comment), and the tags right after it: spaces up to and including the last ">",
    // newlines kept.
    let stop = lt;
    do {
      let gt = source.indexOf(">", stop + 1);
      // A tracked deletion, a title, a style sheet or a script is masked with its tags, as the HTML reader drops it (html-text.ts SKIP).
      const close = gt !== -1 && gt < end && maySkip(source.charCodeAt(stop + 1)) ? skippedElement(source, stop, gt) : undefined;
      if (close) gt = skippedEnd(close, source, gt, end);
      stop = gt === -1 || gt >= end ? end : gt + 1;
    } while (stop < end && source.charCodeAt(stop) === LT);
    out.fill(SPACE, lt - start, stop - start);
    if (nl !== -1 && nl < lt) nl = source.indexOf("\n", lt);
    while (nl !== -1 && nl < stop) {
      out[nl - start] = LF;
      nl = source.indexOf("\n", nl + 1);
    }
    i = stop;
    if (amp !== -1 && amp < stop) amp = source.indexOf("&", stop);
  }
  return withReferences(out, refs, widest, wide);
}

/** A character past U+00FF. */
const WIDE = /[^\0-\xff]/;

/**
 * Whether an entity reference in [start, end) of `source` stands for a character past U+00FF. Every reference maskMarkup
 * writes is one of these (each "&" is read as it reads one, tags or not), so where none is the mask stays one byte a character.
 */
function widensAt(source: string, start: number, end: number): boolean {
  for (let amp = source.indexOf("&", start); amp !== -1 && amp < end; amp = source.indexOf("&", amp + 1)) {
    let j = amp + 1;
    while (j < end && j - amp <= 11 && isRefChar(source.charCodeAt(j))) j++;
    if (j < end && j > amp + 1 && source.charCodeAt(j) === SEMI) {
      const ch = referencedChar(source, amp, j + 1);
      if (ch !== undefined && ch > 0xff) return true;
    }
  }
  return false;
}

/**
 * A new buffer of `bytes` bytes that is not zeroed first: each is written at once (a window, or a copy),
 * and zeroing a megabyte first costs as many instructions as it has bytes (round 41).
 */
function unzeroed(bytes: number): ArrayBuffer {
  return Buffer.allocUnsafeSlow(bytes).buffer as ArrayBuffer;
}

/**
 * The masked buffer with the referenced characters written in, as a string. A character past
 * U+00FF ("&#9679;") in a one-byte buffer widens it, in one native copy (an ASCII window reads the
 * same a byte or two per character).
 */
function withReferences(masked: Uint8Array | Uint16Array, refs: number[], widest: number, wide: boolean): string {
  let out = masked;
  if (!wide && widest > 0xff && out instanceof Uint8Array) {
    out = new Uint16Array(unzeroed(2 * masked.length));
    out.set(masked);
  } else if (!wide && widest <= 0xff && out instanceof Uint16Array) {
    // Made two bytes a character for a wide reference inside a tag (masked, not written): one byte, as the text is.
    out = new Uint8Array(unzeroed(masked.length));
    out.set(masked);
  }
  for (let k = 0; k < refs.length; k += 2) out[refs[k]] = refs[k + 1];
  const bytes = Buffer.from(out.buffer, 0, out.byteLength);
  const text = out instanceof Uint16Array ? bytes.toString("utf16le") : bytes.toString("latin1");
  const whole = out instanceof Uint16Array ? wellFormedEnds(text) : text;
  // The buffer is the text's code units (unless an end was mended) and is read no more: the lexicons' bound of a long
  // window is made in it (bounded-runs.ts holdCodesOf), not in a copy.
  if (whole === text) holdCodesOf(text, out);
  return whole;
}

/**
 * The one code unit a reference [amp, end) stands for ("&#9679;" → "●", "&amp;" → "&"), a no-break
 * space read as a space; undefined for an unknown reference, a control character, or one that
 * takes two code units (nothing the lexicons look for).
 */
function referencedChar(source: string, amp: number, end: number): number | undefined {
  let c: number;
  if (source.charCodeAt(amp + 1) === HASH) {
    // A numeric reference, read in place (most of a filing's references: "&#160;", "&#8217;").
    const hex = (source.charCodeAt(amp + 2) | 0x20) === 0x78;
    c = 0;
    for (let k = amp + (hex ? 3 : 2); k < end - 1; k++) {
      const d = digitValue(source.charCodeAt(k), hex);
      if (d < 0) return undefined;
      c = c * (hex ? 16 : 10) + d;
      if (c > 0xffff) return undefined;
    }
  } else {
    const hit = decodeEntityAt(source, amp, end);
    if (!hit || hit.text.length !== 1) return undefined;
    c = hit.text.charCodeAt(0);
  }
  if (c === NBSP) return SPACE;
  return c < SPACE || (c >= 0xd800 && c <= 0xdfff) || c === 0xfffd ? undefined : c;
}

/** The value of a decimal (or, `hex`, hexadecimal) digit; -1 for any other character. */
function digitValue(c: number, hex: boolean): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  const l = c | 0x20;
  return hex && l >= 0x61 && l <= 0x66 ? l - 0x61 + 10 : -1;
}

/** ASCII letters and digits: a reference right before one opens that word. */
function isWordChar(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a);
}

/**
 * A surrogate pair cut by the window's edge is a lone half in the window's text: U+FFFD, as a
 * UTF-16 decoding of the window gives. (Decoded input has no lone surrogates elsewhere.)
 */
function wellFormedEnds(text: string): string {
  const n = text.length;
  if (n === 0) return text;
  const first = text.charCodeAt(0);
  const last = text.charCodeAt(n - 1);
  const loneFirst = first >= 0xdc00 && first <= 0xdfff;
  const loneLast = last >= 0xd800 && last <= 0xdbff;
  if (!loneFirst && !loneLast) return text;
  if (n === 1) return "\ufffd";
  return (loneFirst ? "\ufffd" : text[0]) + text.slice(1, n - 1) + (loneLast ? "\ufffd" : text[n - 1]);
}
