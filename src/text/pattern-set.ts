// A lexicon's regular-expression patterns as one regex, run over a text with only the patterns that
// can match in it: a pattern whose required strings (required-strings.ts) are all absent from the
// text is left out. The matches are the same as the whole alternation's: at every position the
// first alternative that matches wins, and a left-out one matches nowhere in the text.

import { requiredStrings } from "./required-strings.js";

/** Regex sets compiled per text at most this many times each; past it, the whole alternation runs. */
const MAX_SUBSETS = 64;

export class PatternSet {
  /** Every pattern, in order, as one global regex. */
  readonly regex: RegExp;
  /** Per pattern, strings one of which each of its matches contains, as their trigrams' hashes; undefined: none known. */
  private readonly required: Array<Int32Array[] | undefined> | undefined;
  private readonly fold: boolean;
  private readonly subsets = new Map<string, RegExp>();

  constructor(
    private readonly sources: string[],
    flags: string,
  ) {
    this.regex = new RegExp(sources.map((s) => `(?:${s})`).join("|"), flags);
    this.fold = flags.includes("i");
    // With both `u` and `i`, letters fold beyond ASCII ("ſ" is "s"): no strings are required then.
    const required = flags.includes("u") && this.fold ? [] : sources.map((s) => requiredStrings(s));
    // A pattern with a required string shorter than a trigram may match anywhere.
    const hashed = required.map((strings) => (strings?.every((r) => r.length >= 3) ? strings.map((r) => trigramHashes(this.fold ? r.toLowerCase() : r)) : undefined));
    this.required = hashed.some(Boolean) ? hashed : undefined;
  }

  /** The regex to run over `whole` or a part of it: only the patterns that may match there; undefined when none may. */
  forText(whole: string): RegExp | undefined {
    const required = this.required;
    if (!required) return this.regex;
    const seen = trigramsOf(whole, this.fold);
    let key = "";
    let count = 0;
    for (const strings of required) {
      let may = strings === undefined;
      for (let j = 0; !may && j < strings!.length; j++) may = hasTrigrams(seen, strings![j]);
      key += may ? "1" : "0";
      if (may) count++;
    }
    if (count === required.length) return this.regex;
    if (count === 0) return undefined;
    let re = this.subsets.get(key);
    if (!re) {
      if (this.subsets.size >= MAX_SUBSETS) return this.regex;
      re = new RegExp(this.sources.flatMap((s, k) => (key[k] === "1" ? [`(?:${s})`] : [])).join("|"), this.regex.flags);
      this.subsets.set(key, re);
    }
    return re;
  }
}

// A text's character trigrams as a set of hashes (a bitset: a collision only lets a pattern run).
// Testing a string's trigrams is a few bit tests where String.includes scans the text.
const TRIGRAM_BITS = 8192;

function trigramHash(a: number, b: number, c: number): number {
  return (Math.imul(Math.imul(a, 31) + b, 31) + c) & (TRIGRAM_BITS - 1);
}

/** Whether every trigram of a string (by hash) is in the set. */
function hasTrigrams(seen: Int32Array, hashes: Int32Array): boolean {
  for (let i = 0; i < hashes.length; i++) {
    const h = hashes[i];
    if ((seen[h >>> 5] & (1 << (h & 31))) === 0) return false;
  }
  return true;
}

function trigramHashes(s: string): Int32Array {
  const out = new Int32Array(s.length - 2);
  for (let i = 0; i + 2 < s.length; i++) out[i] = trigramHash(s.charCodeAt(i), s.charCodeAt(i + 1), s.charCodeAt(i + 2));
  return out;
}

// The lexicons of a paragraph read the same texts one after the other (the paragraph, its
// sentences): a text's trigrams are found once per case (as written, and lower-cased for the
// case-insensitive patterns), and kept for the last texts seen.
const MAX_CACHED = 256;
/** Longer texts (a whole filing's window) are not kept: their trigrams are found for each lexicon. */
const MAX_CACHED_LENGTH = 1 << 16;
const cache = [new Map<string, Int32Array>(), new Map<string, Int32Array>()];

function trigramsOf(whole: string, fold: boolean): Int32Array {
  const seen = cache[fold ? 1 : 0];
  let bits = seen.get(whole);
  if (bits) return bits;
  if (seen.size >= MAX_CACHED) seen.clear();
  const text = fold ? whole.toLowerCase() : whole;
  bits = new Int32Array(TRIGRAM_BITS / 32);
  for (let i = 0; i + 2 < text.length; i++) {
    const h = trigramHash(text.charCodeAt(i), text.charCodeAt(i + 1), text.charCodeAt(i + 2));
    bits[h >>> 5] |= 1 << (h & 31);
  }
  if (whole.length <= MAX_CACHED_LENGTH) seen.set(whole, bits);
  return bits;
}
