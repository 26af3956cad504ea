// Static check for regular expressions that can take exponential time in a backtracking engine
// (ReDoS), such as `(a+)+$`, `(a|a)*b` or `(\s+(and)?\s*\w+)*x` with the `i` flag.
//
// JavaScript's RegExp backtracks. A pattern backtracks exponentially when some part of the text
// can be matched by a repetition in two or more different ways, again and again: k repeats then
// leave 2^k ways to try before the match fails. That is "exponential degree of ambiguity" (EDA)
// of the pattern's automaton, which is decidable (Allauzen, Mohri & Rastogi 2008; Weideman et al.
// 2016). We build the position (Glushkov) automaton of the pattern, counting the distinct routes
// between two positions — a nested quantifier such as `(a+)+` gives the step a→a two routes (the
// inner and the outer loop), which the plain automaton would merge — and look, in the product of
// the automaton with itself, for a cycle through a pair (p, p) that either passes through a pair
// (p, q) with p ≠ q (two different positions read the same text: overlapping alternatives or
// adjacent overlapping quantifiers inside a loop) or takes a step that has two routes (nested
// quantifiers). Such a pattern is rejected.
//
// Approximations, all on the safe side (they can only add ambiguity): a bounded repeat {m,n} with
// n ≥ 2 counts as a loop; assertions (^ $ \b lookarounds) are ignored in the outer pattern, while a
// lookaround's own body is checked like the rest; a back reference reads anything; \p{…} matches
// any character; case-insensitive classes are closed under simple case mapping.
//
// Polynomial backtracking is checked too (checkPolynomialSafety): `\w+-?\w*x` tries every split of
// a run of word characters between its two loops, n²/2 ways for a run of n — a one-word 1 MB
// draft then takes an hour. That is "infinite degree of ambiguity" (IDA): two different
// positions p and q of unbounded loops with paths p→p, p→q and q→q on one same text. We look
// for it in the product automaton as a path (p,p) ⇝ (p,q) ⇝ (q,q); the two halves are not
// required to read the same text, which can only add ambiguity (the safe side). A bounded repeat
// {m,n} contributes a constant factor, not a power of the length, so here it counts as one pass.
// Not modelled: the search itself retries the pattern at each start, so a pattern that begins
// with a loop and no anchor (`\w+x`, not `\b\w+x`) is quadratic on a long run it cannot finish;
// lexicon patterns start with \b or a literal word.

type Ranges = Array<[number, number]>;

const MAX_CP = 0x10ffff;
const ANY: Ranges = [[0, MAX_CP]];
const DIGIT: Ranges = [[0x30, 0x39]];
const WORD: Ranges = [[0x30, 0x39], [0x41, 0x5a], [0x5f, 0x5f], [0x61, 0x7a]];
const SPACE: Ranges = [
  [0x09, 0x0d], [0x20, 0x20], [0xa0, 0xa0], [0x1680, 0x1680], [0x2000, 0x200a], [0x2028, 0x2029],
  [0x202f, 0x202f], [0x205f, 0x205f], [0x3000, 0x3000], [0xfeff, 0xfeff],
];
const LINE_TERMINATORS: Ranges = [[0x0a, 0x0a], [0x0d, 0x0d], [0x2028, 0x2029]];

function normalise(r: Ranges): Ranges {
  const sorted = r.filter(([a, b]) => a <= b).sort((x, y) => x[0] - y[0]);
  const out: Ranges = [];
  for (const [a, b] of sorted) {
    const last = out[out.length - 1];
    if (last && a <= last[1] + 1) last[1] = Math.max(last[1], b);
    else out.push([a, b]);
  }
  return out;
}

function complement(r: Ranges): Ranges {
  const out: Ranges = [];
  let next = 0;
  for (const [a, b] of normalise(r)) {
    if (a > next) out.push([next, a - 1]);
    next = b + 1;
  }
  if (next <= MAX_CP) out.push([next, MAX_CP]);
  return out;
}

/** \w in any mode (with the i flag's U+017F and U+212A). */
const WORD_CHARS: Ranges = normalise([...WORD, [0x17f, 0x17f], [0x212a, 0x212a]]);

/** Every character of x is in y (y normalised). */
function subsetOf(x: Ranges, y: Ranges): boolean {
  return x.every(([a, b]) => y.some(([c, d]) => c <= a && b <= d));
}

function intersection(x: Ranges, y: Ranges): Ranges {
  const out: Ranges = [];
  for (const [a, b] of x) for (const [c, d] of y) if (Math.max(a, c) <= Math.min(b, d)) out.push([Math.max(a, c), Math.min(b, d)]);
  return normalise(out);
}

function intersects(x: Ranges, y: Ranges): boolean {
  let i = 0;
  let j = 0;
  while (i < x.length && j < y.length) {
    if (x[i][1] < y[j][0]) i++;
    else if (y[j][1] < x[i][0]) j++;
    else return true;
  }
  return false;
}

/** The set plus the simple upper/lower case of each of its characters (small ranges only; a huge range already overlaps nearly everything). */
function caseClosed(r: Ranges): Ranges {
  const extra: Ranges = [];
  for (const [a, b] of r) {
    if (b - a > 5000) continue;
    for (let c = a; c <= b; c++) {
      const s = String.fromCodePoint(c);
      for (const v of [s.toLowerCase(), s.toUpperCase()]) {
        const cp = v.codePointAt(0)!;
        if (v.length === String.fromCodePoint(cp).length && cp !== c) extra.push([cp, cp]);
      }
    }
  }
  // Unicode case folding links K/k to U+212A and S/s to U+017F.
  if (intersects(r, [[0x4b, 0x4b], [0x6b, 0x6b]])) extra.push([0x212a, 0x212a]);
  if (intersects(r, [[0x53, 0x53], [0x73, 0x73]])) extra.push([0x17f, 0x17f]);
  return extra.length ? normalise([...r, ...extra]) : r;
}

// ---------------------------------------------------------------------------------------------
// Parsing (the syntax of a `u`-flag pattern; anything the parser does not know is "any character")

type Node =
  | { t: "char"; set: Ranges; at: number }
  | { t: "seq"; items: Node[] }
  | { t: "alt"; alts: Node[] }
  | { t: "rep"; body: Node; min: number; max: number; start: number; end: number }
  | { t: "empty"; assert?: "^" | "$" }
  | { t: "wordBoundary" }
  | { t: "look"; body: Node; behind?: boolean; negative?: boolean }
  // one: the class of the single character its group read, when that group surely took part before it.
  | { t: "backref"; at: number; one?: Ranges };

class Parser {
  i = 0;
  /** The capturing groups closed so far, by number: a back reference to a group of one character reads one character of its class. */
  private readonly groups: Node[] = [];
  private groupCount = 0;
  /** Groups that may take no part in a match (in an optional repeat, an alternative or a lookaround). */
  private readonly optional = new Set<number>();
  constructor(
    readonly src: string,
    readonly ignoreCase: boolean,
    /** The s flag: "." reads line terminators too. */
    readonly dotAll = false,
    /** The v flag: a class may hold classes ([\p{L}--[a-z]]). */
    readonly unicodeSets = false,
  ) {}

  parse(): Node {
    const n = this.disjunction();
    if (this.i < this.src.length) throw new SyntaxError(`unexpected "${this.src[this.i]}" at ${this.i}`);
    return n;
  }

  private disjunction(): Node {
    const before = this.groupCount;
    const alts = [this.alternative()];
    while (this.src[this.i] === "|") {
      this.optionalSince(before);
      this.i++;
      alts.push(this.alternative());
    }
    if (alts.length > 1) this.optionalSince(before);
    return alts.length === 1 ? alts[0] : { t: "alt", alts };
  }

  private optionalSince(before: number): void {
    for (let g = before + 1; g <= this.groupCount; g++) this.optional.add(g);
  }

  private alternative(): Node {
    const items: Node[] = [];
    while (this.i < this.src.length && this.src[this.i] !== "|" && this.src[this.i] !== ")") {
      const start = this.i;
      const before = this.groupCount;
      const atom = this.atom();
      const item = this.quantified(atom, start);
      if (item.t === "rep" ? item.min === 0 : atom.t === "look") this.optionalSince(before);
      items.push(item);
    }
    return items.length === 1 ? items[0] : { t: "seq", items };
  }

  private quantified(atom: Node, start: number): Node {
    const s = this.src;
    let min: number;
    let max: number;
    const c = s[this.i];
    if (c === "*") [min, max] = [0, Infinity];
    else if (c === "+") [min, max] = [1, Infinity];
    else if (c === "?") [min, max] = [0, 1];
    else if (c === "{") {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(s.slice(this.i));
      if (!m) return atom;
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[3] === "" ? Infinity : Number(m[3]);
      this.i += m[0].length - 1;
    } else return atom;
    this.i++;
    if (s[this.i] === "?") this.i++; // lazy: same ambiguity
    if (atom.t === "empty" || atom.t === "wordBoundary") return atom; // a quantified assertion (Annex B) matches nothing
    return { t: "rep", body: atom, min, max, start, end: this.i };
  }

  private set(r: Ranges): Ranges {
    return this.ignoreCase ? caseClosed(r) : r;
  }

  private atom(): Node {
    const s = this.src;
    const at = this.i;
    const c = s[this.i++];
    switch (c) {
      case "^":
      case "$":
        return { t: "empty", assert: c };
      case ".":
        return { t: "char", set: this.dotAll ? ANY : complement(LINE_TERMINATORS), at };
      case "[":
        return { t: "char", set: this.set(this.classBody()), at };
      case "(":
        return this.group();
      case "\\":
        return this.escape(at);
      default: {
        const cp = s.codePointAt(at)!;
        if (cp > 0xffff) this.i++;
        return { t: "char", set: this.set([[cp, cp]]), at };
      }
    }
  }

  private group(): Node {
    const s = this.src;
    let look = false;
    let capturing = true;
    const behind = s.startsWith("?<=", this.i) || s.startsWith("?<!", this.i);
    const negative = s.startsWith("?!", this.i) || s.startsWith("?<!", this.i);
    if (s[this.i] === "?") {
      capturing = false;
      if (s.startsWith("?:", this.i)) this.i += 2;
      else if (s.startsWith("?=", this.i) || s.startsWith("?!", this.i)) [this.i, look] = [this.i + 2, true];
      else if (behind) [this.i, look] = [this.i + 3, true];
      else if (s[this.i + 1] === "<") {
        const close = s.indexOf(">", this.i);
        if (close === -1) throw new SyntaxError("unterminated group name");
        this.i = close + 1;
        capturing = true;
      } else throw new SyntaxError(`unknown group "(?${s[this.i + 1] ?? ""}"`);
    }
    const number = capturing ? ++this.groupCount : 0;
    const body = this.disjunction();
    if (s[this.i] !== ")") throw new SyntaxError("unterminated group");
    this.i++;
    if (capturing) this.groups[number] = body;
    return look ? { t: "look", body, behind, negative } : body;
  }

  /** A class escape or character escape after "\" (inside or outside a class). */
  private classEscape(inClass: boolean): Ranges | "backref" | "boundary" {
    const s = this.src;
    const c = s[this.i++];
    switch (c) {
      case "d": return DIGIT;
      case "D": return complement(DIGIT);
      case "w": return this.ignoreCase ? normalise([...WORD, [0x17f, 0x17f], [0x212a, 0x212a]]) : WORD;
      case "W": return complement(WORD);
      case "s": return SPACE;
      case "S": return complement(SPACE);
      case "b": return inClass ? [[8, 8]] : "boundary";
      case "B": return "boundary";
      case "n": return [[0x0a, 0x0a]];
      case "r": return [[0x0d, 0x0d]];
      case "t": return [[0x09, 0x09]];
      case "v": return [[0x0b, 0x0b]];
      case "f": return [[0x0c, 0x0c]];
      case "0": return [[0, 0]];
      case "c": {
        const l = s.charCodeAt(this.i);
        this.i++;
        return [[l % 32, l % 32]];
      }
      case "x": {
        const h = parseInt(s.slice(this.i, this.i + 2), 16);
        this.i += 2;
        return [[h, h]];
      }
      case "u": {
        let cp: number;
        if (s[this.i] === "{") {
          const close = s.indexOf("}", this.i);
          cp = parseInt(s.slice(this.i + 1, close), 16);
          this.i = close + 1;
        } else {
          cp = parseInt(s.slice(this.i, this.i + 4), 16);
          this.i += 4;
          // A surrogate pair written as two \u escapes is one character.
          if (cp >= 0xd800 && cp <= 0xdbff && s.startsWith("\\u", this.i)) {
            const lo = parseInt(s.slice(this.i + 2, this.i + 6), 16);
            if (lo >= 0xdc00 && lo <= 0xdfff) {
              cp = 0x10000 + ((cp - 0xd800) << 10) + (lo - 0xdc00);
              this.i += 6;
            }
          }
        }
        return [[cp, cp]];
      }
      case "p":
      case "P": {
        const close = s.indexOf("}", this.i);
        this.i = close === -1 ? s.length : close + 1;
        return ANY;
      }
      case "k": {
        const close = s.indexOf(">", this.i);
        this.i = close === -1 ? s.length : close + 1;
        return inClass ? [[0x6b, 0x6b]] : "backref";
      }
      default: {
        if (c !== undefined && c >= "1" && c <= "9" && !inClass) {
          while (/[0-9]/.test(s[this.i] ?? "")) this.i++;
          return "backref";
        }
        const cp = s.codePointAt(this.i - 1) ?? 0;
        if (cp > 0xffff) this.i++;
        return [[cp, cp]];
      }
    }
  }

  private escape(at: number): Node {
    const r = this.classEscape(false);
    if (r === "boundary") return this.src[at + 1] === "b" ? { t: "wordBoundary" } : { t: "empty" };
    if (r === "backref") {
      const number = Number(this.src.slice(at + 1, this.i));
      const group = Number.isInteger(number) && !this.optional.has(number) ? this.groups[number] : undefined;
      return group?.t === "char" ? { t: "backref", at, one: group.set } : { t: "backref", at };
    }
    return { t: "char", set: this.set(r), at };
  }

  /** Whether the v-flag class that starts here holds a class or a set operation before its "]". */
  private nestedClass(): boolean {
    const s = this.src;
    for (let j = this.i; j < s.length && s[j] !== "]"; j++) {
      if (s[j] === "\\") j++;
      else if (s[j] === "[" || s.startsWith("--", j) || s.startsWith("&&", j)) return true;
    }
    return false;
  }

  private classBody(): Ranges {
    const s = this.src;
    let negate = false;
    if (s[this.i] === "^") {
      negate = true;
      this.i++;
    }
    if (this.unicodeSets && this.nestedClass()) {
      // A v-flag class holding classes or set operations: any character (the safe side), to its balanced end.
      for (let depth = 1; this.i < s.length && depth > 0; this.i++) {
        if (s[this.i] === "\\") this.i++;
        else if (s[this.i] === "[") depth++;
        else if (s[this.i] === "]") depth--;
      }
      if (s[this.i - 1] !== "]") throw new SyntaxError("unterminated character class");
      return ANY;
    }
    const out: Ranges = [];
    const single = (): Ranges => {
      if (s[this.i] === "\\") {
        this.i++;
        const r = this.classEscape(true);
        return typeof r === "string" ? ANY : r;
      }
      const cp = s.codePointAt(this.i)!;
      this.i += cp > 0xffff ? 2 : 1;
      return [[cp, cp]];
    };
    while (this.i < s.length && s[this.i] !== "]") {
      const a = single();
      if (s[this.i] === "-" && s[this.i + 1] !== "]" && this.i + 1 < s.length && a.length === 1 && a[0][0] === a[0][1]) {
        this.i++;
        const b = single();
        if (b.length === 1 && b[0][0] === b[0][1]) {
          out.push([a[0][0], b[0][0]]);
          continue;
        }
        out.push(...a, [0x2d, 0x2d], ...b);
        continue;
      }
      out.push(...a);
    }
    if (s[this.i] !== "]") throw new SyntaxError("unterminated character class");
    this.i++;
    const set = normalise(out);
    return negate ? complement(set) : set;
  }
}

// ---------------------------------------------------------------------------------------------
// The position automaton with route counts

/** Route counts saturate at 2: one route or more than one is all that matters. */
const sat = (n: number) => (n > 2 ? 2 : n);
type Weighted = Map<number, number>;

interface Part {
  nullable: number;
  first: Weighted;
  last: Weighted;
  /** Matches the empty text with no assertion to pass (no ^, $, \b or lookaround on the way). */
  sure: boolean;
  /** Last positions after which the part surely ends: the match succeeds once one of them is read. */
  sureLast: Set<number>;
}

const NOTHING = (): Part => ({ nullable: 1, first: new Map(), last: new Map(), sure: true, sureLast: new Set() });
/** An assertion: reads nothing, and can fail. */
const ASSERTION = (): Part => ({ nullable: 1, first: new Map(), last: new Map(), sure: false, sureLast: new Set() });

interface Loop {
  start: number;
  end: number;
  positions: Set<number>;
  /** The repeat's upper bound (Infinity for * + {m,}). */
  max: number;
}

class Automaton {
  readonly sets: Ranges[] = [];
  readonly at: number[] = [];
  readonly follow: Weighted[] = [];
  readonly loops: Loop[] = [];
  private readonly open: Loop[] = [];

  build(n: Node): Part {
    switch (n.t) {
      case "char":
      case "backref": {
        // A back reference to a group of one character that took part (([-*_])…\1) reads one character of its class.
        const one = n.t === "char" ? n.set : n.one;
        const p = this.sets.length;
        this.sets.push(one ?? ANY);
        this.at.push(n.at);
        this.follow.push(new Map());
        for (const l of this.open) l.positions.add(p);
        if (!one) this.link(new Map([[p, 1]]), new Map([[p, 1]]));
        return { nullable: one ? 0 : 1, first: new Map([[p, 1]]), last: new Map([[p, 1]]), sure: false, sureLast: new Set([p]) };
      }
      case "empty":
        return n.assert ? ASSERTION() : NOTHING();
      case "wordBoundary":
        return ASSERTION();
      case "look":
        this.build(n.body); // checked for its own sake; it reads nothing of the outer text
        return ASSERTION();
      case "alt": {
        const out: Part = { nullable: 0, first: new Map(), last: new Map(), sure: false, sureLast: new Set() };
        for (const a of n.alts) {
          const r = this.build(a);
          out.nullable = sat(out.nullable + r.nullable);
          add(out.first, r.first, 1);
          add(out.last, r.last, 1);
          out.sure ||= r.sure;
          for (const x of r.sureLast) out.sureLast.add(x);
        }
        return out;
      }
      case "seq": {
        let acc: Part = NOTHING();
        // Last positions with a \b after them (and only optional items since): \b between two
        // word characters never holds, so no step from one of them to a word character.
        let guarded = new Set<number>();
        for (const item of n.items) {
          if (item.t === "wordBoundary") {
            for (const x of acc.last.keys()) guarded.add(x);
            acc = { ...acc, sure: false, sureLast: new Set() };
            continue;
          }
          const r = this.build(item);
          this.link(acc.last, r.first, guarded);
          const first = new Map(acc.first);
          add(first, r.first, acc.nullable);
          const last = new Map(r.last);
          add(last, acc.last, r.nullable);
          const sureLast = r.sure ? new Set([...acc.sureLast, ...r.sureLast]) : r.sureLast;
          acc = { nullable: sat(acc.nullable * r.nullable), first, last, sure: acc.sure && r.sure, sureLast };
          guarded = new Set([...guarded].filter((x) => last.has(x)));
        }
        return acc;
      }
      case "rep": {
        if (n.max === 0) return NOTHING();
        if (n.max > 1 && n.max <= UNROLL && this.sets.length < POSITION_BUDGET) {
          // A small bound ({1,5}) cannot repeat an ambiguity more than a few times: unroll it
          // (m copies, then nested optional ones, as X{1,3} = X(X(X)?)?).
          let tail: Node = { t: "empty" };
          for (let k = n.max; k > n.min; k--) tail = { t: "rep", body: k === n.max ? n.body : { t: "seq", items: [n.body, tail] }, min: 0, max: 1, start: n.start, end: n.end };
          return this.build({ t: "seq", items: [...Array.from({ length: n.min }, () => n.body), tail] });
        }
        const loops = n.max > 1;
        const loop: Loop = { start: n.start, end: n.end, positions: new Set(), max: n.max };
        if (loops) this.open.push(loop);
        const r = this.build(n.body);
        if (loops) {
          this.open.pop();
          this.loops.push(loop);
          for (const l of this.open) for (const p of loop.positions) l.positions.add(p);
          // The way back from the end of one iteration to the start of the next.
          this.link(r.last, r.first);
        }
        return { nullable: n.min === 0 ? sat(1 + r.nullable) : r.nullable, first: r.first, last: r.last, sure: n.min === 0 || r.sure, sureLast: r.sureLast };
      }
    }
  }

  private link(from: Weighted, to: Weighted, boundaryAfter?: Set<number>): void {
    for (const [x, wx] of from) {
      const f = this.follow[x];
      const wordBefore = boundaryAfter?.has(x) && subsetOf(this.sets[x], WORD_CHARS);
      for (const [y, wy] of to) {
        if (wordBefore && subsetOf(this.sets[y], WORD_CHARS)) continue;
        f.set(y, sat((f.get(y) ?? 0) + wx * wy));
      }
    }
  }
}

/** Bounded repeats up to this bound are unrolled; larger ones count as loops. */
const UNROLL = 8;
const POSITION_BUDGET = 4000;

function add(into: Weighted, from: Weighted, times: number): void {
  if (times === 0) return;
  for (const [p, w] of from) into.set(p, sat((into.get(p) ?? 0) + w * times));
}

// ---------------------------------------------------------------------------------------------

export interface RegexSafety {
  safe: boolean;
  /** Why not, in a few words, naming the part of the pattern (when unsafe). */
  reason?: string;
}

/**
 * Throws Error with a one-line message naming the pattern when it does not compile with `flags`
 * or can backtrack exponentially. For the patterns of a lexicon a user supplies.
 */
export function assertSafePattern(source: string, flags: string): void {
  try {
    new RegExp(source, flags);
  } catch (e) {
    throw new Error(`pattern ${JSON.stringify(source)} is not a valid regular expression: ${(e as Error).message}`);
  }
  const r = checkRegexSafety(source, flags);
  if (!r.safe) {
    throw new Error(
      `pattern ${JSON.stringify(source)} can take exponential time on some texts (${r.reason}); ` +
        "rewrite it so that each part of a text can be matched in only one way, or bound the repetition (e.g. {1,5})",
    );
  }
}

/**
 * Throws, as assertSafePattern does, when `source` can backtrack polynomially (quadratic or
 * worse) on some text: for the patterns of a user's lexicon, which run on files nobody reviewed.
 */
export function assertLinearPattern(source: string, flags: string): void {
  assertSafePattern(source, flags);
  const r = checkPolynomialSafety(source, flags);
  if (!r.safe) {
    throw new Error(
      `pattern ${JSON.stringify(source)} can take quadratic or worse time on a long text (${r.reason}); ` +
        "rewrite it so that adjacent repetitions cannot match the same characters (e.g. \\w+(?:-\\w+)? instead of \\w+-?\\w*), or bound them",
    );
  }
}

/** The pattern's syntax tree, read with the flags that change what it reads (i, s, v). */
function parsed(source: string, flags: string): Node {
  return new Parser(source, flags.includes("i"), flags.includes("s"), flags.includes("v")).parse();
}

/** Work limit: a pattern whose analysis needs more than this many product edges is refused as too complex. */
const EDGE_BUDGET = 3_000_000;

/**
 * Whether `source` (a pattern for `new RegExp(source, flags)`) can backtrack exponentially. A
 * pattern the analysis cannot parse is reported unsafe (callers compile it first, so that is rare).
 */
export function checkRegexSafety(source: string, flags = ""): RegexSafety {
  let ast: Node;
  try {
    ast = parsed(source, flags);
  } catch (e) {
    return { safe: false, reason: `it could not be analysed: ${(e as Error).message}` };
  }
  const a = new Automaton();
  a.build(ast);
  const n = a.sets.length;
  const key = (x: number, y: number) => x * n + y;
  const overlapCache = new Map<number, boolean>();
  const overlaps = (x: number, y: number): boolean => {
    if (x === y) return a.sets[x].length > 0;
    const k = x < y ? key(x, y) : key(y, x);
    let v = overlapCache.get(k);
    if (v === undefined) overlapCache.set(k, (v = intersects(a.sets[x], a.sets[y])));
    return v;
  };
  // A cycle of the product projects onto a cycle of the automaton on each side: only positions
  // of one strongly connected component of the automaton, and the steps inside it, can take part.
  const base = stronglyConnected(a.follow.map((f) => [...f.keys()].map((y): [number, boolean] => [y, false])));
  const cyclic = new Uint8Array(n);
  a.follow.forEach((f, x) => {
    for (const y of f.keys()) if (base[y] === base[x] && (y !== x || f.has(x))) cyclic[x] = cyclic[y] = 1;
  });
  const follow = a.follow.map((f, x) => [...f].filter(([y]) => cyclic[x] && base[y] === base[x]));

  // The product automaton, explored from every diagonal pair (p, p).
  const index = new Map<number, number>();
  const pairs: Array<[number, number]> = [];
  const edges: Array<Array<[number, boolean]>> = [];
  const nodeOf = (x: number, y: number): number => {
    const k = key(x, y);
    let i = index.get(k);
    if (i === undefined) {
      i = pairs.length;
      index.set(k, i);
      pairs.push([x, y]);
      edges.push([]);
    }
    return i;
  };
  for (let p = 0; p < n; p++) if (cyclic[p] && a.sets[p].length > 0) nodeOf(p, p);
  let budget = EDGE_BUDGET;
  for (let i = 0; i < pairs.length; i++) {
    const [x1, x2] = pairs[i];
    for (const [y1, m1] of follow[x1]) {
      for (const [y2, m2] of follow[x2]) {
        if (--budget < 0) return { safe: false, reason: "it is too complex to check for exponential backtracking" };
        if (!overlaps(y1, y2)) continue;
        // A step from (x, x) to (y, y) with two routes is two different paths on the same text.
        const doubled = x1 === x2 && y1 === y2 && m1 * m2 > 1;
        edges[i].push([nodeOf(y1, y2), doubled]);
      }
    }
  }

  const scc = stronglyConnected(edges);
  const groups = new Map<number, number[]>();
  scc.forEach((c, i) => {
    const g = groups.get(c);
    if (g) g.push(i);
    else groups.set(c, [i]);
  });
  for (const members of groups.values()) {
    const comp = scc[members[0]];
    let diagonal = false;
    let branching = false;
    for (const i of members) {
      const [x, y] = pairs[i];
      if (x === y) diagonal = true;
      else branching = true;
      for (const [j, doubled] of edges[i]) if (doubled && scc[j] === comp) branching = true;
    }
    if (members.length === 1 && !edges[members[0]].some(([j]) => j === members[0])) continue;
    if (diagonal && branching) {
      const positions = new Set(members.flatMap((i) => pairs[i]));
      return { safe: false, reason: describe(source, a, positions) };
    }
  }
  return { safe: true };
}

/**
 * X{m,n} with a finite n as X (m ≥ 1) or X? (m = 0): constant factors do not make a pattern
 * polynomial. And a class that holds word and non-word characters as the alternation of the two
 * (which adds no ambiguity), so that \b, which is checked on sets, sees which side a step reads.
 */
function unboundedOnly(n: Node): Node {
  switch (n.t) {
    case "char": {
      const word = n.set.filter(([a, b]) => intersects([[a, b]], WORD_CHARS));
      if (word.length === 0 || subsetOf(n.set, WORD_CHARS)) return n;
      return { t: "alt", alts: [{ ...n, set: intersection(n.set, WORD_CHARS) }, { ...n, set: intersection(n.set, complement(WORD_CHARS)) }] };
    }
    case "seq":
      return { t: "seq", items: n.items.map(unboundedOnly) };
    case "alt":
      return { t: "alt", alts: n.alts.map(unboundedOnly) };
    case "look":
      return { t: "look", body: unboundedOnly(n.body) };
    case "rep": {
      const body = unboundedOnly(n.body);
      // A larger bound stays a loop (its bound is weighed later): {1,2500} twice is 6 million ways.
      if (n.max > UNROLL) return { ...n, body };
      if (n.max === 0) return { t: "empty" };
      return n.min === 0 ? { ...n, body, min: 0, max: 1 } : body;
    }
    default:
      return n;
  }
}

/**
 * Two loops that can split the same text: both unbounded cost n² per start. Two bounded ones cost
 * at most the product of their bounds, a constant up to BOUNDED_WAYS ("[^.;]{0,200}\bword\b
 * [^.;]{0,120}" is 24,000); an unbounded one next to one bounded by b costs b·n, which is what the
 * search's retry at each start costs anyway, up to b = BOUNDED_BESIDE_UNBOUNDED.
 */
const BOUNDED_WAYS = 40_000;
const BOUNDED_BESIDE_UNBOUNDED = 1_000;

function tooManyWays(a: number, b: number): boolean {
  if (a === Infinity && b === Infinity) return true;
  if (a === Infinity || b === Infinity) return Math.min(a, b) > BOUNDED_BESIDE_UNBOUNDED;
  return a * b > BOUNDED_WAYS;
}

/**
 * Whether `source` can backtrack polynomially (IDA, see the top of the file): two different
 * positions of unbounded loops (or of loops with large bounds, see tooManyWays) that can read
 * the same text in a row, as in `\w+\s?\w+`, `\d+\d+x`, `.*.*x` or `\d{1,2500}\d{1,2500}x`.
 * Exponential ambiguity is checkRegexSafety's; this is the weaker
 * property, so a pattern it reports may still pass checkRegexSafety.
 */
export function checkPolynomialSafety(source: string, flags = "", options: { search?: boolean } = {}): RegexSafety {
  let ast: Node;
  try {
    ast = parsed(source, flags);
    ast = unboundedOnly(options.search ? searchedFrom(ast, flags) : ast);
  } catch (e) {
    return { safe: false, reason: `it could not be analysed: ${(e as Error).message}` };
  }
  const a = new Automaton();
  const whole = a.build(ast);
  const n = a.sets.length;
  const follow = a.follow.map((f) => [...f.keys()]);
  const base = stronglyConnected(follow.map((ys) => ys.map((y): [number, boolean] => [y, false])));
  const looping = new Uint8Array(n);
  follow.forEach((ys, x) => {
    for (const y of ys) if (base[y] === base[x]) looping[x] = looping[y] = 1;
  });
  const overlaps = (x: number, y: number) => x === y || intersects(a.sets[x], a.sets[y]);
  const key = (x: number, y: number) => x * n + y;
  // How many times a position can repeat: the largest bound of the loops around it.
  const bound = new Array<number>(n).fill(1);
  for (const l of a.loops) for (const p of l.positions) bound[p] = Math.max(bound[p], l.max);
  let budget = EDGE_BUDGET;
  // A search's retry costs only when the tries fail: a try that reads a position after which the pattern surely ends
  // has matched (and the next try starts after it). So the text skipped before the match pairs with runs that never
  // read one. Two loops of the pattern itself cost when the try that holds them fails after the second.
  const sure = options.search ? whole.sureLast : new Set<number>();
  const successors = (k: number, failing: boolean): number[] => {
    const x1 = Math.floor(k / n);
    const x2 = k % n;
    const out: number[] = [];
    for (const y1 of follow[x1]) {
      if (failing && sure.has(y1)) continue;
      for (const y2 of follow[x2]) {
        if (--budget < 0) throw new RangeError("too complex");
        if (overlaps(y1, y2) && !(failing && sure.has(y2))) out.push(key(y1, y2));
      }
    }
    return out;
  };
  const reach = [new Map<number, Set<number>>(), new Map<number, Set<number>>()];
  const reachable = (from: number, failing: boolean): Set<number> => {
    let seen = reach[Number(failing)].get(from);
    if (seen) return seen;
    seen = new Set<number>();
    const stack = [from];
    while (stack.length) {
      for (const k of successors(stack.pop()!, failing)) {
        if (!seen.has(k)) {
          seen.add(k);
          stack.push(k);
        }
      }
    }
    reach[Number(failing)].set(from, seen);
    return seen;
  };
  try {
    for (let p = 0; p < n; p++) {
      if (!looping[p] || a.sets[p].length === 0) continue;
      const failing = a.at[p] === SEARCH;
      const fromP = reachable(key(p, p), failing);
      for (let q = 0; q < n; q++) {
        if (q === p || !looping[q] || sure.has(q) || !tooManyWays(bound[p], bound[q]) || !fromP.has(key(p, q))) continue;
        if (reachable(key(p, q), failing).has(key(q, q))) return { safe: false, reason: describePair(source, a, p, q) };
      }
    }
  } catch (e) {
    if (e instanceof RangeError) return { safe: false, reason: "it is too complex to check for polynomial backtracking" };
    throw e;
  }
  return { safe: true };
}

/**
 * The pattern as a search runs it (RegExp exec, test, match, replace, split): tried at each start of the text in
 * turn, which is the pattern after a loop over any text. A search that can only start at the text's start (^ without
 * the m flag, or the y flag) is the pattern itself; one that starts only after a line terminator (^ with m) or after
 * a character of a class ((?<!x), (?<=x) of one character) is the pattern after any text that ends so, or nothing.
 */
function searchedFrom(ast: Node, flags: string): Node {
  const head = (n: Node): Node => (n.t === "seq" && n.items.length ? head(n.items[0]) : n);
  const startOnly = (n: Node): boolean => (n.t === "alt" ? n.alts.every(startOnly) : head(n).t === "empty" && (head(n) as { assert?: string }).assert === "^");
  if (flags.includes("y") || (!flags.includes("m") && startOnly(ast))) return ast;
  const first = head(ast);
  let before: Ranges | undefined;
  if (first.t === "empty" && first.assert === "^") before = LINE_TERMINATORS;
  else if (first.t === "look" && first.behind && first.body.t === "char") before = first.negative ? complement(first.body.set) : first.body.set;
  const skipped: Node = { t: "rep", body: { t: "char", set: ANY, at: SEARCH }, min: 0, max: Infinity, start: SEARCH, end: SEARCH };
  const prefix: Node = before ? { t: "rep", body: { t: "seq", items: [skipped, { t: "char", set: before, at: SEARCH }] }, min: 0, max: 1, start: SEARCH, end: SEARCH } : skipped;
  // One sequence, so that a \b opening the pattern stands between the skipped text and the match (the automaton's \b).
  return { t: "seq", items: [prefix, ...(ast.t === "seq" ? ast.items : [ast])] };
}

/** The loop of searchedFrom's text before the match: it has no place in the pattern. */
const SEARCH = -1;

/** "the repetitions "\w+" and "\w*" can split the same text in many ways". */
function describePair(source: string, a: Automaton, p: number, q: number): string {
  const smallest = (pos: number) => {
    let best: Loop | undefined;
    for (const l of a.loops) if (l.positions.has(pos) && (!best || l.end - l.start < best.end - best.start)) best = l;
    return best?.start === SEARCH ? SEARCH : best ? source.slice(best.start, best.end) : undefined;
  };
  const [x, y] = [smallest(p), smallest(q)];
  if (!x || !y) return "two repetitions can split the same text in many ways";
  const cut = (part: string) => (part.length > 40 ? `${part.slice(0, 37)}…` : part);
  const other = x === SEARCH ? y : y === SEARCH ? x : undefined;
  if (other !== undefined) return `the search, tried at each start, and the repetition "${cut(String(other))}" can split the same text in many ways`;
  if (typeof x !== "string" || typeof y !== "string") return "the search, tried at each start, can split the same text in many ways";
  return x === y ? `the repetition "${cut(x)}" can split the same text in many ways` : `the repetitions "${cut(x)}" and "${cut(y)}" can split the same text in many ways`;
}

/** The smallest repetition that holds every position of the ambiguous cycle, quoted. */
function describe(source: string, a: Automaton, positions: Set<number>): string {
  let best: Loop | undefined;
  for (const l of a.loops) {
    if ([...positions].every((p) => l.positions.has(p)) && (!best || l.end - l.start < best.end - best.start)) best = l;
  }
  if (!best) return "a repetition can match the same text in more than one way";
  let part = source.slice(best.start, best.end);
  if (part.length > 60) part = `${part.slice(0, 57)}…`;
  return `the repetition "${part}" can match the same text in more than one way`;
}

/** Tarjan's algorithm, iterative (patterns are small, but the recursion depth need not be). Returns a component id per node. */
function stronglyConnected(edges: Array<Array<[number, boolean]>>): number[] {
  const n = edges.length;
  const idx = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const comp = new Int32Array(n).fill(-1);
  const onStack = new Uint8Array(n);
  const stack: number[] = [];
  let counter = 0;
  let comps = 0;
  for (let root = 0; root < n; root++) {
    if (idx[root] !== -1) continue;
    const work: Array<[number, number]> = [[root, 0]];
    idx[root] = low[root] = counter++;
    stack.push(root);
    onStack[root] = 1;
    while (work.length) {
      const top = work[work.length - 1];
      const [v, e] = top;
      if (e < edges[v].length) {
        top[1]++;
        const w = edges[v][e][0];
        if (idx[w] === -1) {
          idx[w] = low[w] = counter++;
          stack.push(w);
          onStack[w] = 1;
          work.push([w, 0]);
        } else if (onStack[w]) low[v] = Math.min(low[v], idx[w]);
        continue;
      }
      work.pop();
      if (work.length) {
        const u = work[work.length - 1][0];
        low[u] = Math.min(low[u], low[v]);
      }
      if (low[v] === idx[v]) {
        for (;;) {
          const w = stack.pop()!;
          onStack[w] = 0;
          comp[w] = comps;
          if (w === v) break;
        }
        comps++;
      }
    }
  }
  return Array.from(comp);
}
