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
// case-insensitive patterns), and kept for the last few texts (compared with ===, no hashing).
const CACHED = 8;
/** A longer text (a window of a whole filing) is not kept alive by the cache: its trigrams go to a scratch set. */
const MAX_CACHED_LENGTH = 1 << 16;
const scratch = new Int32Array(TRIGRAM_BITS / 32);
interface Trigrams {
  texts: Array<string | undefined>;
  bits: Int32Array[];
  next: number;
}
const cache: Trigrams[] = [0, 1].map(() => ({ texts: new Array<string | undefined>(CACHED), bits: Array.from({ length: CACHED }, () => new Int32Array(TRIGRAM_BITS / 32)), next: 0 }));

function trigramsOf(whole: string, fold: boolean): Int32Array {
  const c = cache[fold ? 1 : 0];
  for (let k = 1; k <= CACHED; k++) {
    const slot = (c.next - k + CACHED) % CACHED;
    if (c.texts[slot] === whole) return c.bits[slot];
  }
  let bits: Int32Array = scratch;
  if (whole.length <= MAX_CACHED_LENGTH) {
    const slot = c.next;
    c.next = (slot + 1) % CACHED;
    c.texts[slot] = whole;
    bits = c.bits[slot];
  }
  bits.fill(0);
  const text = fold ? whole.toLowerCase() : whole;
  for (let i = 0; i + 2 < text.length; i++) {
    const h = trigramHash(text.charCodeAt(i), text.charCodeAt(i + 1), text.charCodeAt(i + 2));
    bits[h >>> 5] |= 1 << (h & 31);
  }
  return bits;
}
