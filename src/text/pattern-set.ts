// A lexicon's regular-expression patterns as one regex, not run over a text where none of them can
// match: a pattern whose requirement (required-strings.ts: strings it needs, all of some, one of
// others) the text does not meet finds nothing there. Compiling is most of what a set costs one small
// document (round 10), so the first text that some pattern can match gets a regex of only the
// patterns it can match (and those that may match anywhere); later texts those cover use it, and the
// first that needs another pattern gets the whole alternation, for good. (A regex per subset for every
// text was measured before: no faster than the whole alternation, and each subset costs a compile.)
// Leaving out a pattern that cannot match in the text changes no match: the alternation tries the
// others at each position in the same order.

import { checkable, mapStrings, requirementOf, type Requirement } from "./required-strings.js";

/**
 * Per pattern, what each of its matches needs in the text (its strings lower-cased where the flags
 * fold case, none shorter than a trigram), null for a pattern that needs nothing a trigram test can
 * check; null for all when the flags fold case beyond ASCII.
 */
export function patternRequirements(sources: string[], flags: string): Array<Requirement | null> | null {
  const fold = flags.includes("i");
  // With both `u` and `i`, letters fold beyond ASCII ("ſ" is "s"): no strings are required then.
  if (fold && flags.includes("u")) return null;
  return sources.map((source) => {
    const found = requirementOf(source);
    // A pattern that needs nothing checkable may match anywhere.
    return (found === undefined ? undefined : checkable(fold ? mapStrings(found, (r) => r.toLowerCase()) : found, 3)) ?? null;
  });
}

// A requirement as one flat program of trigram hashes (one typed array, walked without objects):
// a node is [kind, length of the node in entries, …]; a string's node holds its hashes, an `all`
// or `any` node its children one after another.
const STRING = 0;
const ALL = 1;
const ANY = 2;

function testOf(req: Requirement): Int32Array {
  const out: number[] = [];
  const emit = (r: Requirement): void => {
    const at = out.length;
    if (typeof r === "string") {
      out.push(STRING, 0);
      for (const h of trigramHashes(r)) out.push(h);
    } else {
      out.push("all" in r ? ALL : ANY, 0);
      for (const c of "all" in r ? r.all : r.any) emit(c);
    }
    out[at + 1] = out.length - at;
  };
  emit(req);
  return Int32Array.from(out);
}

/** Whether a text with these trigrams may meet the requirement's node at `at`. */
function meets(seen: Int32Array, test: Int32Array, at: number): boolean {
  const end = at + test[at + 1];
  const kind = test[at];
  if (kind === STRING) {
    for (let i = at + 2; i < end; i++) {
      const h = test[i];
      if ((seen[h >>> 5] & (1 << (h & 31))) === 0) return false;
    }
    return true;
  }
  const all = kind === ALL;
  for (let c = at + 2; c < end; c += test[c + 1]) if (meets(seen, test, c) !== all) return !all;
  return all;
}

/** A reference back to a group, by number or name. */
const BACKREFERENCE = /\\(?:[1-9]|k<)/;

export class PatternSet {
  /** Every pattern, in order, as one global regex; made on first use (V8 parses a regex when it is made, and the prefilter skips many for good). */
  private compiled: RegExp | undefined;
  /** The patterns the first text could match, in order, as one global regex, and their numbers; while the whole regex is not made. */
  private partial: { regex: RegExp; members: Uint8Array } | undefined;
  /** Per pattern, what each of its matches needs, as trigram hashes (null: may match anywhere); null when none is checkable. Worked out on first use. */
  private required: Array<Int32Array | null> | null | undefined;
  private readonly fold: boolean;
  /** Whether a regex of some of the patterns finds what the whole one finds: not when one refers back to a group (its number would change). */
  private readonly divisible: boolean;

  /**
   * `strings`: patternRequirements(sources, flags), when the build has worked it out already (and
   * checked that the regex compiles: it is then made on first use, else now).
   */
  constructor(
    private readonly sources: string[],
    private readonly flags: string,
    private readonly strings?: Array<Requirement | null> | null,
  ) {
    this.fold = flags.includes("i");
    this.divisible = !sources.some((s) => BACKREFERENCE.test(s));
    if (strings === undefined) void this.regex;
  }

  get regex(): RegExp {
    return (this.compiled ??= joined(this.sources, this.flags));
  }

  private requirements(): Array<Int32Array | null> | null {
    const strings = this.strings !== undefined ? this.strings : patternRequirements(this.sources, this.flags);
    if (!strings || strings.every((r) => r === null)) return null;
    return strings.map((r) => (r === null ? null : testOf(r)));
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
    if (this.compiled || !this.divisible) {
      for (const test of required) if (!test || meets(seen, test, 0)) return this.regex;
      return undefined;
    }
    const members = new Uint8Array(required.length);
    let count = 0;
    for (let i = 0; i < required.length; i++) {
      const test = required[i];
      if (test && !meets(seen, test, 0)) continue;
      members[i] = 1;
      count++;
    }
    if (count === 0) return undefined;
    const partial = this.partial;
    if (partial) {
      let covered = true;
      for (let i = 0; i < members.length && covered; i++) covered = members[i] <= partial.members[i];
      if (covered) return partial.regex;
    } else if (count < required.length) {
      this.partial = { regex: joined(this.sources.filter((_, i) => members[i] === 1), this.flags), members };
      return this.partial.regex;
    }
    this.partial = undefined;
    return this.regex;
  }
}

function joined(sources: string[], flags: string): RegExp {
  return new RegExp(sources.map((s) => `(?:${s})`).join("|"), flags);
}

// A text's character trigrams as a set of hashes (a bitset: a collision only lets a pattern run).
// Testing a string's trigrams is a few bit tests where String.includes scans the text.
const TRIGRAM_BITS = 8192;

function trigramHash(a: number, b: number, c: number): number {
  return (Math.imul(Math.imul(a, 31) + b, 31) + c) & (TRIGRAM_BITS - 1);
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
