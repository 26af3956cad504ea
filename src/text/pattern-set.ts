// A lexicon's regular-expression patterns, run over a text only where they can match: a pattern
// whose requirement (required-strings.ts: strings it needs, all of some, one of others) the text does
// not meet finds nothing there. Compiling is most of what a set costs one small document (rounds 10
// and 13), so on a short text each pattern the text can match runs as a regex of its own, made the
// first time a text needs it: a pattern is compiled at most once, and one that no text of the
// document can match never. The matches are those of the whole alternation, merged from the
// patterns' own: the alternation finds, from where its last match ended, the leftmost position at
// which any pattern matches, and there the first pattern that does, with that pattern's own match
// (an alternative's match at a position does not depend on the others). A long text (a whole filing
// searched for mentions) and a set that needs the alternation itself (a backreference: group
// numbers; the `u` flag: a search starting inside a surrogate pair) get the whole alternation, which
// is then used for every text.

import { codeUnits, codeUnitScratch } from "./code-units.js";
import type { Span } from "./lexicon.js";
import { lowerCasedSource, lowerCasedText } from "./lower-case.js";
import { boundedRunsOf } from "./bounded-runs.js";
import { checkable, leadingAlternatives, leadingVetoes, mapStrings, requirementOf, ruledOut, unconditionalStrings, vetoed, type Alternative, type Requirement, type Veto } from "./required-strings.js";

/**
 * Per pattern, what each of its matches needs in the text (its strings lower-cased where the flags
 * fold case, none shorter than a trigram), null for a pattern that needs nothing a trigram test can
 * check; null for all when the flags fold case beyond ASCII.
 */
export function patternRequirements(sources: string[], flags: string, needs?: string[][]): Array<Requirement | null> | null {
  const fold = flags.includes("i");
  // With both `u` and `i`, letters fold beyond ASCII ("ſ" is "s"): no strings are required then.
  if (fold && flags.includes("u")) return null;
  return sources.map((source) => {
    const found = requirementOf(source);
    const strings = found === undefined ? undefined : fold ? mapStrings(found, (r) => r.toLowerCase()) : found;
    // Round 50: what every match needs, any length, from the same reading (patternNeeds).
    needs?.push(unconditionalStrings(strings));
    // A pattern that needs nothing checkable may match anywhere.
    return (strings === undefined ? undefined : checkable(strings, 3)) ?? null;
  });
}

/**
 * Per pattern, the strings every match needs whichever alternatives it takes (unconditionalStrings;
 * lower-cased where the flags fold case), as one text for PreparedLexicon.needs: a pattern's strings
 * joined by a tab, the patterns' by a newline (a required string never holds a control character:
 * required-strings.ts reads printable ASCII only). Null where no pattern needs any, or the flags fold
 * case beyond ASCII.
 */
export function patternNeeds(sources: string[], flags: string): string | null {
  const needs: string[][] = [];
  if (!patternRequirements(sources, flags, needs) || needs.every((n) => n.length === 0)) return null;
  return needs.map((n) => n.join("\t")).join("\n");
}

/**
 * Per pattern, its leading vetoes (leadingVetoes, round 51) as one text for PreparedLexicon.vetoes:
 * read from the source and flags its own regex is made with (where the flags fold case, its lower-cased
 * source without `i`, and none where it cannot run lower-cased: a veto's words are read exactly). A
 * veto is its stops ("n": the line terminators `.` does not cross; "a": none; else the punctuation
 * itself) and its words, joined by a space; a pattern's vetoes by a tab, the patterns' by a newline
 * (a word is ASCII letters and digits with an optional "*", a stop printable punctuation). Null where
 * no pattern has one.
 */
export function patternVetoes(sources: string[], flags: string, lowered?: LoweredSource[]): string | null {
  const fold = flags.includes("i");
  const lines = sources.map((source, i) => {
    const low = fold ? (lowered?.[i] === undefined ? (lowerCasedSource(source) ?? null) : lowered[i] === 0 ? source : lowered[i]) : source;
    if (low === null) return "";
    return leadingVetoes(low, fold ? flags.replace("i", "") : flags)
      .map((v) => [v.stops === LINE_TERMINATORS ? "n" : v.stops === "" ? "a" : v.stops, ...v.words].join(" "))
      .join("\t");
  });
  return lines.every((l) => l === "") ? null : lines.join("\n");
}

/**
 * Per pattern, its top-level alternatives as leadingAlternatives reads them (round 53: a `^(?!…)(?:A|B|…)` pattern,
 * each alternative's phrases and its own leading vetoes), from the source and flags its own regex is made with, as
 * patternVetoes reads its vetoes; null for a pattern of another shape, and for all where none has that shape. The
 * build's (PreparedLexicon.alternatives): reading a long source in the interpreter costs more than compiling it
 * (the R page's two such patterns, 5,806 characters: +20 M instructions read at run time, ~13 M compiled).
 */
export function patternAlternatives(sources: string[], flags: string, lowered?: LoweredSource[]): Array<EncodedAlternative[] | null> | null {
  const fold = flags.includes("i");
  const read = sources.map((source, i) => {
    const low = fold ? (lowered?.[i] === undefined ? (lowerCasedSource(source) ?? null) : lowered[i] === 0 ? source : lowered[i]) : source;
    const alternatives = low === null ? undefined : leadingAlternatives(low, fold ? flags.replace("i", "") : flags);
    return alternatives === undefined ? null : alternatives.map(encodeAlternative);
  });
  return read.every((a) => a === null) ? null : read;
}

/**
 * An alternative (leadingAlternatives) as the build writes it: its requirement as tokens joined by a tab (a string; a
 * node: "\u0080" for `all`, "\u0081" for `any`, then its number of children, its children after it; "" for none), and
 * its vetoes as patternVetoes writes a pattern's, each after its `within` ("" for none) and a space.
 */
export type EncodedAlternative = [string, string];

function encodeAlternative(alternative: Alternative): EncodedAlternative {
  const tokens: string[] = [];
  const walk = (r: Requirement): void => {
    if (typeof r === "string") return void tokens.push(r);
    const children = "all" in r ? r.all : r.any;
    tokens.push(`${"all" in r ? ALL_TOKEN : ANY_TOKEN}${children.length}`);
    children.forEach(walk);
  };
  if (alternative.requirement !== undefined) walk(alternative.requirement);
  const vetoes = alternative.vetoes.map(({ veto, within }) => [within ?? "", veto.stops === LINE_TERMINATORS ? "n" : veto.stops === "" ? "a" : veto.stops, ...veto.words].join(" "));
  return [tokens.join("\t"), vetoes.join("\t")];
}

const ALL_TOKEN = "\u0080";
const ANY_TOKEN = "\u0081";

/** encodeAlternative's form read back. */
export function decodeAlternative([requirement, vetoes]: EncodedAlternative): Alternative {
  const tokens = requirement.split("\t");
  let k = 0;
  const read = (): Requirement => {
    const token = tokens[k++];
    const c = token.charCodeAt(0);
    if (c !== 0x80 && c !== 0x81) return token;
    const children: Requirement[] = [];
    for (let n = Number(token.slice(1)); n > 0; n--) children.push(read());
    return c === 0x80 ? { all: children } : { any: children };
  };
  const req = requirement === "" ? undefined : read();
  const out: Alternative["vetoes"] = [];
  if (vetoes !== "")
    for (const v of vetoes.split("\t")) {
      const space = v.indexOf(" ");
      const [veto] = vetoesOf(v.slice(space + 1));
      out.push({ veto, within: space === 0 ? null : Number(v.slice(0, space)) });
    }
  return { requirement: req, vetoes: out };
}

/**
 * How many times a pattern's vetoes are tested before its regex is made anyway (round 51): the warm path of a batch
 * (bench/steady.mjs --marks, 40 pages) was 42.92 -> 43.47 M instructions a page with the test on every text, the
 * vetoed patterns' words searched where their compiled regexes fail sooner.
 */
const VETO_TESTS = 16;

/** The characters `.` does not match (without the `s` flag). */
const LINE_TERMINATORS = "\n\r\u2028\u2029";

/** A pattern's line of patternVetoes' text, as its vetoes. */
function vetoesOf(line: string): Veto[] {
  if (line === "") return [];
  return line.split("\t").map((v) => {
    const words = v.split(" ");
    const stops = words.shift()!;
    return { stops: stops === "n" ? LINE_TERMINATORS : stops === "a" ? "" : stops, words };
  });
}

// A requirement as one flat program of trigram hashes (one typed array, walked in one loop, without
// objects or calls; round 36): its strings in order as leaves, each [count | where to go when the
// text holds all of its trigrams << 6, where to go when not, its trigrams' hashes…] (at most
// MAX_LEAF hashes a leaf: a longer string is a chain of leaves). Where to go is the offset of
// another leaf (always a later one), PASS (the text meets the requirement) or FAIL: an `all`'s child
// passes on to the next child (the last one to the `all`'s own pass) and fails to the `all`'s fail;
// an `any`'s child passes to the `any`'s pass and fails on to the next child (the last one to the
// `any`'s fail). So a test reads exactly the strings a short-circuit walk of the requirement's tree
// reads, in the same order; round 35's program was that tree, walked by a recursive call per node
// (~150 instructions a call). A leaf's two numbers replace a string node's two (kind, length), and
// the tree's `all` and `any` nodes have none: the build's encoded tests are no longer.
const PASS = 0;
const FAIL = 1;
const COUNT_BITS = 6;
const MAX_LEAF = (1 << COUNT_BITS) - 1;

/** Where a leaf goes: PASS, FAIL, or (for a node not yet written) its first leaf's offset, set when it is written. */
interface Target {
  at: number;
}
const TO_PASS: Target = { at: PASS };
const TO_FAIL: Target = { at: FAIL };

function testOf(req: Requirement): Int32Array {
  const out: number[] = [];
  const links: Array<number | Target> = [];
  emitTest(req, TO_PASS, TO_FAIL, out, links);
  // Each leaf's targets, once every leaf is written: [offset of its first number, pass, offset of its second, fail, …].
  for (let k = 0; k < links.length; k += 4) {
    out[links[k] as number] |= (links[k + 1] as Target).at << COUNT_BITS;
    out[links[k + 2] as number] = (links[k + 3] as Target).at;
  }
  return new Int32Array(out);
}

// Plain loops, no iterator and no typed array per string: start-up runs this in the interpreter for
// every pattern of a lexicon made at run time (the build encodes the built-in ones: encodeTests).
function emitTest(r: Requirement, pass: Target, fail: Target, out: number[], links: Array<number | Target>): void {
  if (typeof r === "string") {
    const total = Math.max(0, r.length - 2);
    let i = 0;
    do {
      const at = out.length;
      const n = Math.min(MAX_LEAF, total - i);
      out.push(n, 0);
      for (let k = i; k < i + n; k++) out.push(trigramHash(r.charCodeAt(k), r.charCodeAt(k + 1), r.charCodeAt(k + 2)));
      i += n;
      // A long string's leaves pass on to the next one, which starts right here.
      links.push(at, i < total ? { at: out.length } : pass, at + 1, fail);
    } while (i < total);
    return;
  }
  const all = "all" in r;
  const children = all ? r.all : r.any;
  for (let c = 0; c < children.length; c++) {
    const last = c === children.length - 1;
    // The next child's first leaf: it starts where this child's leaves end.
    const next: Target = { at: -1 };
    emitTest(children[c], all && !last ? next : pass, !all && !last ? next : fail, out, links);
    next.at = out.length;
  }
}

/**
 * Each pattern's test (testOf) worked out by the build, as one text: the patterns' trigram programs
 * as 16-bit numbers, little-endian, in base64 — per pattern its program's length (0: null), then the
 * programs one after another. Hashing ~40,000 trigrams in the interpreter was ~8 ms of a cold run on
 * one R page (round 33); decoding is native. Undefined where some number does not fit in 16 bits
 * (the build then leaves the requirements as strings); null where no pattern has a test (as
 * PatternSet's requirements() answers then).
 */
export function encodeTests(strings: Array<Requirement | null> | null): string | null | undefined {
  if (!strings || strings.every((r) => r === null)) return null;
  const tests = strings.map((r) => (r === null ? null : testOf(r)));
  const numbers = [...tests.map((t) => t?.length ?? 0), ...tests.flatMap((t) => (t ? [...t] : []))];
  if (numbers.some((n) => n < 0 || n > 0xffff)) return undefined;
  const bytes = Buffer.alloc(numbers.length * 2);
  numbers.forEach((n, i) => bytes.writeUInt16LE(n, i * 2));
  return bytes.toString("base64");
}

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** encodeTests' text back as the tests of `count` patterns (null: may match anywhere). */
export function decodeTests(encoded: string, count: number): Array<Int32Array | null> {
  const bytes = Buffer.from(encoded, "base64");
  if (!LITTLE_ENDIAN) bytes.swap16();
  // Buffer.from may hand out a slice of its pool at an odd offset: a Uint16Array needs an even one.
  const numbers = bytes.byteOffset % 2 === 0 ? new Uint16Array(bytes.buffer, bytes.byteOffset, bytes.length >> 1) : new Uint16Array(Uint8Array.from(bytes).buffer);
  const tests = new Array<Int32Array | null>(count);
  let at = count;
  for (let i = 0; i < count; i++) {
    const length = numbers[i];
    tests[i] = length === 0 ? null : new Int32Array(numbers.subarray(at, (at += length)));
  }
  return tests;
}

/** Whether a text with these trigrams (those of `seen` that hold `stamp`: see trigramsOf) may meet the test (testOf). */
function meets(seen: Float64Array, stamp: number, test: Int32Array): boolean {
  // The module's constants as locals, read once a call (round 41): the bundle makes a module's
  // `const`s `var`s, which optimised code loads and checks at every use (at every leaf here).
  const leafCount = MAX_LEAF;
  const countBits = COUNT_BITS;
  const fail = FAIL;
  const pass = PASS;
  // The set's number as a double, made once a call (round 52): compared as given (a small integer) it was converted
  // at every leaf. (+ 0.5 - 0.5 gives the number back exactly below 2^52; a process makes at most one set a text.)
  const number = stamp + 0.5 - 0.5;
  let at = 0;
  for (;;) {
    const head = test[at];
    const count = head & leafCount;
    let next: number;
    // Round 52: most leaves fail at their first trigram (a long `any` of strings the text does not hold): that
    // test first, then the rest of the leaf's trigrams only where it holds (a leaf of none always holds).
    if (count === 0 || seen[test[at + 2]] === number) {
      let i = at + 3;
      const end = at + 2 + count;
      while (i < end && seen[test[i]] === number) i++;
      next = i >= end ? head >> countBits : test[at + 1];
    } else next = test[at + 1];
    if (next <= fail) return next === pass;
    at = next;
  }
}

/** A pattern's source for a lower-cased text (lowerCasedSource): 0 where it is the source as written, null where the pattern cannot run lower-cased. */
export type LoweredSource = string | 0 | null;

/** Each source's LoweredSource (the build's, for PreparedLexicon.lowered). */
export function loweredSources(sources: string[]): LoweredSource[] {
  return sources.map((source) => {
    const lower = lowerCasedSource(source);
    return lower === undefined ? null : lower === source ? 0 : lower;
  });
}

/** A reference back to a group, by number or name. */
const BACKREFERENCE = /\\(?:[1-9]|k<)/;

export class PatternSet {
  /** Every pattern, in order, as one global regex; made on first use (V8 parses a regex when it is made, and the prefilter skips many for good). */
  private compiled: RegExp | undefined;
  /** Each pattern as a global regex of its own, made when a short text first needs it. */
  private readonly own: Array<RegExp | undefined>;
  /**
   * Where the patterns fold case and may run one by one (not the whole alternation), lower-cased
   * over a lower-cased text (lower-case.ts): each pattern's lower-cased source (null: it cannot),
   * worked out on first use, and its regex, made when a text first needs it.
   */
  private readonly lower: { sources: Array<string | null | undefined>; own: Array<RegExp | undefined> } | undefined;
  /** Per pattern, what each of its matches needs, as trigram hashes (null: may match anywhere); null when none is checkable. Worked out on first use. */
  private required: Array<Int32Array | null> | null | undefined;
  private readonly fold: boolean;
  /**
   * Per pattern, the strings every match needs (patternNeeds: split on first use; an empty list: none),
   * tested exactly against the text a pattern's regex would run over while that regex is not yet made
   * (round 50: a pattern no text of a run can match is then never compiled); null: none known.
   */
  private needs: string[][] | string | null;
  /** Whether the patterns' own regexes find what the whole one finds: not when one refers back to a group (its number would change), nor with the `u` flag. */
  private readonly divisible: boolean;

  /**
   * `strings`: patternRequirements(sources, flags), when the build has worked it out already (and
   * checked that the regex compiles: it is then made on first use, else now), or its tests as
   * encodeTests gives them (a string; the build's, for PreparedLexicon.tests); `lowered`:
   * loweredSources(sources), when the build has worked it out (else each is on first use); `needs`:
   * patternNeeds(sources, flags), when the build has worked it out (else found with the requirements
   * on first use, where those are not given either).
   */
  constructor(
    private readonly sources: string[],
    private readonly flags: string,
    private readonly strings?: Array<Requirement | null> | null | string,
    private readonly lowered?: LoweredSource[],
    needs?: string | null,
    vetoes?: string | null,
    alternatives?: Array<EncodedAlternative[] | null> | null,
  ) {
    this.needs = needs ?? null;
    this.vetoes = vetoes ?? null;
    this.alternatives = alternatives ?? null;
    this.fold = flags.includes("i");
    this.divisible = !flags.includes("u") && !sources.some((s) => BACKREFERENCE.test(s));
    this.own = new Array<RegExp | undefined>(sources.length);
    this.lower = this.fold && this.divisible ? { sources: new Array<string | null | undefined>(sources.length), own: new Array<RegExp | undefined>(sources.length) } : undefined;
    if (strings === undefined) void this.regex;
  }

  /** Pattern i's lower-cased source, where it has one and the set runs lower-cased (lower-case.ts). */
  private lowerSource(i: number): string | null {
    const lower = this.lower!;
    let source = lower.sources[i];
    if (source === undefined) {
      const given = this.lowered?.[i];
      lower.sources[i] = source = given === undefined ? (lowerCasedSource(this.sources[i]) ?? null) : given === 0 ? this.sources[i] : given;
    }
    return source;
  }

  get regex(): RegExp {
    return (this.compiled ??= joined(this.sources, this.flags));
  }

  /** The regexes made so far, as their sources: each pattern's own, then the whole alternation (for tests of what is compiled). */
  get made(): string[] {
    const own = this.own.flatMap((re) => (re ? [re.source] : []));
    const low = this.lower ? this.lower.own.flatMap((re) => (re ? [re.source] : [])) : [];
    return this.compiled ? [...own, ...low, this.compiled.source] : [...own, ...low];
  }

  private requirements(): Array<Int32Array | null> | null {
    let needs: string[][] | undefined;
    if (this.strings === undefined && this.needs === null) this.needs = needs = [];
    const strings = this.strings !== undefined ? this.strings : patternRequirements(this.sources, this.flags, needs);
    if (typeof strings === "string") return decodeTests(strings, this.sources.length);
    if (!strings || strings.every((r) => r === null)) return null;
    return strings.map((r) => (r === null ? null : testOf(r)));
  }

  /**
   * The numbers of the patterns that may match in `whole` (or a part of it), in order; ALL_PATTERNS
   * when the whole alternation is to run (none when no pattern can match).
   */
  private membersFor(whole: string): number[] | typeof ALL_PATTERNS {
    if (this.required === undefined) this.required = this.requirements();
    const required = this.required;
    // A long text (a whole filing searched for mentions) holds nearly every required string, and
    // finding its trigrams for each lexicon cost more than the regex it could skip (Wells Fargo's
    // 1.5 MB 10-K: 42% of its lint).
    if (!required || whole.length > MAX_CACHED_LENGTH) return ALL_PATTERNS;
    const seen = trigramsOf(whole, this.fold);
    const alternation = this.compiled !== undefined || !this.divisible;
    // Asked again about the text last asked about (a paragraph's ranges, one after another): the same answer.
    if (seenNumber === this.answeredFor && alternation === this.answeredWhole) return this.answer;
    let answer: number[] | typeof ALL_PATTERNS = NO_PATTERNS;
    if (alternation) {
      for (const test of required) {
        if (test && !meets(seen, seenNumber, test)) continue;
        answer = ALL_PATTERNS;
        break;
      }
    } else {
      const members: number[] = [];
      for (let i = 0; i < required.length; i++) {
        const test = required[i];
        if (!test || meets(seen, seenNumber, test)) members.push(i);
      }
      answer = members;
    }
    this.answeredFor = seenNumber;
    this.answeredWhole = alternation;
    this.answer = answer;
    return answer;
  }

  /**
   * Whether some pattern may match in `within` or in a text cut from it (a sentence of a
   * paragraph): a part's trigrams are among its whole's, so a pattern whose requirement the whole
   * does not meet finds nothing in any part. Remembered for the last `within` asked about (compared
   * with ===): the sentence shapes read each sentence of a paragraph, and most of their lexicons
   * can match in none of them (round 29).
   */
  private mayMatchIn(within: string): boolean {
    // A text over the cached length may always match: answered before comparing it with the last text, which for two
    // equal 1 MB copies (a section's paragraph and its block's) costs a full compare per sentence and lexicon (round 35).
    if (within.length > MAX_CACHED_LENGTH) return true;
    if (within === this.withinText) return this.withinAnswer;
    if (this.required === undefined) this.required = this.requirements();
    const required = this.required;
    let answer = true;
    if (required) {
      const seen = trigramsOf(within, this.fold);
      answer = false;
      for (let i = 0; i < required.length; i++) {
        const test = required[i];
        if (test && !meets(seen, seenNumber, test)) continue;
        answer = true;
        break;
      }
    }
    this.withinText = within;
    this.withinAnswer = answer;
    return answer;
  }

  /** Whether `subject` holds every string pattern i's matches need (patternNeeds): else it cannot match there. */
  private holdsNeeds(i: number, subject: string): boolean {
    // (membersFor has worked out the requirements, and with them the needs of a set prepared at run time.)
    let needs = this.needs;
    if (needs === null) return true;
    if (typeof needs === "string") this.needs = needs = needs.split("\n").map((n) => (n === "" ? [] : n.split("\t")));
    const strings = needs[i];
    if (strings === undefined) return true;
    for (let k = 0; k < strings.length; k++) if (!subject.includes(strings[k])) return false;
    return true;
  }

  /**
   * Whether pattern i's regex finds nothing in `subject` because one of its leading negative
   * look-aheads finds one of its words there (patternVetoes: the build's, read from the source and
   * flags the regex is made with; `lowered`: whether it runs lower-cased, the only way a folding
   * pattern's vetoes apply).
   */
  private vetoedIn(i: number, lowered: boolean, subject: string): boolean {
    if (this.fold && !lowered) return false;
    let vetoes = this.vetoes;
    if (typeof vetoes === "string") this.vetoes = vetoes = vetoes.split("\n");
    const line = vetoes === null ? "" : (vetoes[i] ?? "");
    // Round 53: a `^(?:A|B|…)` pattern none of whose alternatives can match here (patternAlternatives).
    const encoded = this.alternatives === null ? null : (this.alternatives[i] ?? null);
    if (line === "" && encoded === null) return false;
    // A pattern tested VETO_TESTS times is compiled at its next text, vetoed or not: a cold run (one R page: at most
    // a few tests a pattern) keeps the saving, and a batch's warm pages run the regex as before, not the test.
    const tests = (this.vetoTests ??= new Uint8Array(this.sources.length));
    if (tests[i] >= VETO_TESTS) return false;
    tests[i]++;
    if (line !== "") {
      let read = (this.vetoesRead ??= new Array<Veto[] | undefined>(this.sources.length))[i];
      if (read === undefined) this.vetoesRead[i] = read = vetoesOf(line);
      for (let k = 0; k < read.length; k++) if (vetoed(read[k], subject)) return true;
    }
    if (encoded === null) return false;
    let alternatives = (this.alternativesRead ??= new Array<Alternative[] | undefined>(this.sources.length))[i];
    if (alternatives === undefined) this.alternativesRead[i] = alternatives = encoded.map(decodeAlternative);
    return ruledOut(alternatives, subject);
  }

  /** patternAlternatives (the build's); null: none. */
  private readonly alternatives: Array<EncodedAlternative[] | null> | null;
  /** Each pattern's alternatives, decoded on first use. */
  private alternativesRead: Array<Alternative[] | undefined> | undefined;

  /** patternVetoes' text (split into its lines on first use); null: none. */
  private vetoes: string[] | string | null;
  /** Each pattern's vetoes, read from its line on first use. */
  private vetoesRead: Array<Veto[] | undefined> | undefined;
  /** How many times each pattern's vetoes were tested (vetoedIn). */
  private vetoTests: Uint8Array | undefined;

  /** mayMatchIn's last text and answer. */
  private withinText: string | undefined;
  private withinAnswer = true;

  /** membersFor's last answer, for the trigram set numbered `answeredFor` (see seenNumber), and whether the whole alternation was then in use. */
  private answeredFor = 0;
  private answeredWhole = false;
  private answer: number[] | typeof ALL_PATTERNS = NO_PATTERNS;

  /**
   * Pushes the matches in `text` (`whole` or a part of it) as spans shifted by `offset`, left to
   * right, as the whole alternation finds them (empty matches left out); with `first`, only the
   * first (a test). Whether it pushed any.
   */
  collect(text: string, offset: number, spans: Span[], whole = text, first = false, within?: string): boolean {
    if (within !== undefined && !this.mayMatchIn(within)) return false;
    const members = this.membersFor(whole);
    if (members !== ALL_PATTERNS && members.length === 0) return false;
    // A stranger's very long run of spaces or word characters is cut in its middle (bounded-runs.ts): linear time.
    text = boundedRunsOf(text);
    if (members === ALL_PATTERNS) return collectOne(this.regex, text, offset, spans, first);
    const own = this.own;
    // Lower-cased, each pattern that can runs without `i` over the lower-cased text (as long as the text: the offsets are the same).
    const lowText = this.lower && text.length <= MAX_CACHED_LENGTH ? lowerCased(text) : undefined;
    const lowOwn = this.lower?.own;
    // Plain loops that push (round 40): arrays made by `map` have another elements kind in TurboFan's code
    // than in the interpreter, and reading them threw away this function's compiled code six times a batch.
    const subjects: string[] = [];
    const regexes: RegExp[] = [];
    for (let j = 0; j < members.length; j++) {
      const i = members[j];
      const source = lowText !== undefined ? this.lowerSource(i) : null;
      const subject = source !== null ? lowText! : text;
      let re = source !== null ? lowOwn![i] : own[i];
      if (re === undefined) {
        // Not compiled yet: first the strings every match needs, in the very text it would run over
        // (lower-cased where it runs lower-cased; a folding pattern that runs as written is not tested).
        if ((source !== null || !this.fold) && !this.holdsNeeds(i, subject)) continue;
        // Round 51: nor where a negative look-ahead at its start finds one of its plain words (leadingVetoes).
        if (this.vetoedIn(i, source !== null, subject)) continue;
        re = source !== null ? (lowOwn![i] = new RegExp(source, this.flags.replace("i", ""))) : (own[i] = new RegExp(this.sources[i], this.flags));
      }
      subjects.push(subject);
      regexes.push(re);
    }
    if (regexes.length === 0) return false;
    if (regexes.length === 1) return collectOne(regexes[0], subjects[0], offset, spans, first);
    const before = spans.length;
    // Each pattern's next match from the cursor (null: none left); the leftmost wins, the first pattern on a tie.
    const next: Array<RegExpExecArray | null> = [];
    for (let j = 0; j < regexes.length; j++) {
      const re = regexes[j];
      re.lastIndex = 0;
      next.push(re.exec(subjects[j]));
    }
    for (;;) {
      let k = -1;
      for (let j = 0; j < next.length; j++) {
        const m = next[j];
        if (m && (k < 0 || m.index < next[k]!.index)) k = j;
      }
      if (k < 0) return spans.length > before;
      const m = next[k]!;
      const length = m[0].length;
      if (length > 0) {
        spans.push({ start: offset + m.index, end: offset + m.index + length });
        if (first) return true;
      }
      // As the alternation's loop: on from the match's end, or one past an empty match.
      const cursor = m.index + (length > 0 ? length : 1);
      for (let j = 0; j < next.length; j++) {
        const mj = next[j];
        if (!mj || mj.index >= cursor) continue;
        const re = regexes[j];
        re.lastIndex = cursor;
        next[j] = cursor > text.length ? null : re.exec(subjects[j]);
      }
    }
  }
}

/** membersFor's answers: run the whole alternation; run nothing. */
const ALL_PATTERNS = Symbol("all patterns");
const NO_PATTERNS: number[] = [];

/** Pushes a global regex's matches in `text`, shifted by `offset` (empty matches left out; with `first`, only the first); whether it pushed any. */
function collectOne(re: RegExp, text: string, offset: number, spans: Span[], first: boolean): boolean {
  const before = spans.length;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    spans.push({ start: offset + m.index, end: offset + m.index + m[0].length });
    if (first) return true;
  }
  return spans.length > before;
}

// The texts last lower-cased (lowerCasedText; null where the text cannot be), kept as the trigram
// sets are: the lexicons of a paragraph read the same texts one after the other. (A text over
// MAX_CACHED_LENGTH, a window of a whole filing, runs as written: not copied, nor kept alive here.)
// Round 37: 16, as the trigram sets (8 lowered 139 texts a warm R page for 100 distinct ones).
const LOWERED = 16;
const loweredFrom: Array<string | undefined> = new Array<string | undefined>(LOWERED);
const loweredTo: Array<string | null> = new Array<string | null>(LOWERED).fill(null);
let loweredNext = 0;

function lowerCased(text: string): string | undefined {
  for (let k = 1; k <= LOWERED; k++) {
    const slot = (loweredNext - k + LOWERED) % LOWERED;
    if (loweredFrom[slot] === text) return loweredTo[slot] ?? undefined;
  }
  const low = lowerCasedText(text);
  loweredFrom[loweredNext] = text;
  loweredTo[loweredNext] = low ?? null;
  loweredNext = (loweredNext + 1) % LOWERED;
  return low;
}

function joined(sources: string[], flags: string): RegExp {
  return new RegExp(sources.map((s) => `(?:${s})`).join("|"), flags);
}

// A text's character trigrams as a set of hashes (a collision only lets a pattern run): per hash,
// the number of the last set that holds it (seenNumber), so a set is made without clearing the
// array first (a bitset was read and written at each character and cleared for each text).
// Testing a string's trigrams is a few loads where String.includes scans the text.
const TRIGRAM_BITS = 8192;

function trigramHash(a: number, b: number, c: number): number {
  return (Math.imul(Math.imul(a, 31) + b, 31) + c) & (TRIGRAM_BITS - 1);
}

// The lexicons of a paragraph read the same texts one after the other (the paragraph, its
// sentences): a text's trigrams are found once per case (as written, and lower-cased for the
// case-insensitive patterns), and kept for the last few texts (compared with ===, no hashing).
// Round 37: 16 (8 made 72 sets a warm R page, 42,000 characters hashed, for 47.5 distinct texts and
// cases, 24,800 characters; 16 make each once or nearly: round 36's count).
const CACHED = 16;
/** A longer text (a window of a whole filing) is not kept alive by the cache: its trigrams go to a scratch set. */
const MAX_CACHED_LENGTH = 1 << 16;
const scratch = new Float64Array(TRIGRAM_BITS);
const trigramScratch = codeUnitScratch();
interface Trigrams {
  texts: Array<string | undefined>;
  bits: Float64Array[];
  /** Each slot's set's number (seenNumber). */
  numbers: number[];
  next: number;
}
const cache: Trigrams[] = [0, 1].map(() => ({ texts: new Array<string | undefined>(CACHED), bits: Array.from({ length: CACHED }, () => new Float64Array(TRIGRAM_BITS)), numbers: new Array<number>(CACHED).fill(0), next: 0 }));

/**
 * The number of the trigram set trigramsOf last returned: a slot's set is numbered anew each time
 * it is filled (the scratch set each time too), so a PatternSet that last answered for this number
 * answered for these very trigrams.
 */
let seenNumber = 0;
let setsMade = 0;

function trigramsOf(whole: string, fold: boolean): Float64Array {
  const c = cache[fold ? 1 : 0];
  for (let k = 1; k <= CACHED; k++) {
    const slot = (c.next - k + CACHED) % CACHED;
    if (c.texts[slot] === whole) {
      seenNumber = c.numbers[slot];
      return c.bits[slot];
    }
  }
  let bits: Float64Array = scratch;
  seenNumber = ++setsMade;
  if (whole.length <= MAX_CACHED_LENGTH) {
    const slot = c.next;
    c.next = (slot + 1) % CACHED;
    c.texts[slot] = whole;
    c.numbers[slot] = seenNumber;
    bits = c.bits[slot];
  }
  const text = fold ? whole.toLowerCase() : whole;
  // Each character read once: the two before it carried (trigramHash, unrolled), from the text's
  // code units in a typed array (code-units.ts: a load, where charCodeAt dispatches on the string).
  const n = text.length;
  if (n < 3) return bits;
  const units = codeUnits(text, trigramScratch);
  // (Numbers as doubles: exact for any count of sets a process makes.)
  const number = seenNumber;
  // (A local, not the module's constant at each character: see meets.)
  const mask = TRIGRAM_BITS - 1;
  let a = units[0];
  let b = units[1];
  // Four characters an iteration (round 52): the loop's own work (the arrays' checks and loads, the
  // interrupt check at its back edge) was ~33 instructions a character by callgrind on a warm R page,
  // most of it paid once an iteration; neighbouring trigrams share a pair's term.
  let i = 2;
  for (; i + 3 < n; i += 4) {
    const c = units[i];
    const d = units[i + 1];
    const e = units[i + 2];
    const f = units[i + 3];
    const bc = Math.imul(b, 31) + c;
    const cd = Math.imul(c, 31) + d;
    const de = Math.imul(d, 31) + e;
    bits[(Math.imul(Math.imul(a, 31) + b, 31) + c) & mask] = number;
    bits[(Math.imul(bc, 31) + d) & mask] = number;
    bits[(Math.imul(cd, 31) + e) & mask] = number;
    bits[(Math.imul(de, 31) + f) & mask] = number;
    a = e;
    b = f;
  }
  for (; i < n; i++) {
    const c = units[i];
    bits[(Math.imul(Math.imul(a, 31) + b, 31) + c) & mask] = number;
    a = b;
    b = c;
  }
  return bits;
}
