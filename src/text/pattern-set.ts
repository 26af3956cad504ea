// A lexicon's regular-expression patterns as one regex, not run over a text where none of them can
// match: a pattern whose required strings (required-strings.ts) are all absent from the text finds
// nothing there. (Running only the patterns that can match, as a regex compiled per subset, was
// measured: no faster than the whole alternation, and each subset costs a compile.)

import { requiredStrings } from "./required-strings.js";

/**
 * Per pattern, strings one of which each of its matches contains (lower-cased where the flags fold
 * case); null when some pattern has none, or none of three characters.
 */
export function patternStrings(sources: string[], flags: string): string[][] | null {
  const fold = flags.includes("i");
  // With both `u` and `i`, letters fold beyond ASCII ("ſ" is "s"): no strings are required then.
  if (fold && flags.includes("u")) return null;
  const out: string[][] = [];
  for (const source of sources) {
    const strings = requiredStrings(source);
    // A pattern with no required string, or one shorter than a trigram, may match anywhere.
    if (!strings || strings.some((r) => r.length < 3)) return null;
    out.push(fold ? strings.map((r) => r.toLowerCase()) : strings);
  }
  return out;
}

export class PatternSet {
  /** Every pattern, in order, as one global regex. */
  readonly regex: RegExp;
  /** Per pattern, strings one of which each of its matches contains, as their trigrams' hashes; null when some pattern has none. Worked out on first use. */
  private required: Int32Array[][] | null | undefined;
  private readonly fold: boolean;

  /** `strings`: patternStrings(sources, flags), when the build has worked it out already. */
  constructor(
    private readonly sources: string[],
    private readonly flags: string,
    private readonly strings?: string[][] | null,
  ) {
    this.regex = new RegExp(sources.map((s) => `(?:${s})`).join("|"), flags);
    this.fold = flags.includes("i");
  }

  private requirements(): Int32Array[][] | null {
    const strings = this.strings !== undefined ? this.strings : patternStrings(this.sources, this.flags);
    return strings && strings.map((list) => list.map(trigramHashes));
  }

  /** The regex to run over `whole` or a part of it; undefined when no pattern can match there. */
  forText(whole: string): RegExp | undefined {
    if (this.required === undefined) this.required = this.requirements();
    const required = this.required;
    // A long text (a whole filing searched for mentions) holds nearly every required string, and
    // finding its trigrams for each lexicon cost more than the regex it could skip (Wells Fargo's
    // 1.5 MB 10-K: 42% of its lint).
    if (!required || whole.length > MAX_CACHED_LENGTH) return this.regex;
    const seen = trigramsOf(whole, this.fold);
    for (const strings of required) for (const hashes of strings) if (hasTrigrams(seen, hashes)) return this.regex;
    return undefined;
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
