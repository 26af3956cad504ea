// What a regular expression cannot match without: strings every match needs in the text it is run
// over. A lexicon skips a pattern whose requirement a text does not meet instead of running it (most
// element patterns miss most paragraphs), which gives the same matches: a pattern that cannot match
// anywhere in a text finds nothing there. Only what is certain is kept; anything the analysis does
// not know (classes, escapes, Unicode) counts as "no requirement", never as a guess.

/** Characters with a meaning of their own in a pattern (a literal is any other printable ASCII character). */
const SYNTAX = new Set([..."\\^$.|?*+()[]{}"]);
const QUANTIFIER_RANGE = /\{(\d+)(,\d*)?\}/y;

/**
 * What a match needs in the text: a string (at least one character); every requirement of `all`;
 * one of `any`. A sequence needs each of its literal runs and required groups, a positive lookahead
 * or lookbehind needs what it looks for (it matches inside the searched text too), an alternation
 * one of its alternatives.
 */
export type Requirement = string | { all: Requirement[] } | { any: Requirement[] };

/**
 * What every match of `source` needs, or undefined when nothing is known. For a pattern compiled
 * without the `u` flag: with `i`, an ASCII letter then matches only its two ASCII cases, so a
 * lower-cased text holds the lower-cased strings wherever the pattern matches.
 */
export function requirementOf(source: string): Requirement | undefined {
  const parser = new Parser(source, false);
  const req = parser.alternation();
  return parser.at === source.length ? req : undefined;
}

/**
 * Round 53: in a phrase, what stands for a run of white space (`\s`, `\s+`, `\s{1,n}`, a literal space:
 * at least one character `\s` matches). DEL, which no string requirementOf reads holds (printable ASCII only).
 */
export const GAP = "\x7f";

/**
 * What every match of `source` needs as phrases (round 53), for an exact test of the text a pattern's
 * regex would run over: as requirementOf, but a zero-width atom (`\b`, `\B`, `^`, `$`, a lookaround) does
 * not end a literal run (what is matched before it and after it are next to each other in the text), and
 * white space with a minimum of one (`\s`, `\s+`, `\s{1,3}`, " ") joins the runs on either side as one
 * phrase with a GAP between them (holdsPhrase). Not for the trigram tests (a GAP is no character).
 */
export function phraseRequirementOf(source: string): Requirement | undefined {
  const parser = new Parser(source, true);
  const req = parser.alternation();
  return parser.at === source.length ? req : undefined;
}

/** Whether `text` meets the requirement, each string tested exactly (a phrase by holdsPhrase). */
export function holds(req: Requirement, text: string): boolean {
  if (typeof req === "string") return req.includes(GAP) ? holdsPhrase(req, text) : text.includes(req);
  if ("all" in req) {
    for (let k = 0; k < req.all.length; k++) if (!holds(req.all[k], text)) return false;
    return true;
  }
  for (let k = 0; k < req.any.length; k++) if (holds(req.any[k], text)) return true;
  return false;
}

/**
 * Whether `text` holds the phrase: its words in order, each pair parted by one or more characters
 * `\s` matches. (No word holds white space or a GAP and none is empty, so skipping all the white space
 * after a word reaches where the next must start.)
 */
export function holdsPhrase(phrase: string, text: string): boolean {
  const words = phrase.split(GAP);
  const first = words[0];
  for (let at = text.indexOf(first); at >= 0; at = text.indexOf(first, at + 1)) {
    let i = at + first.length;
    let k = 1;
    for (; k < words.length; k++) {
      if (!isSpace(text.charCodeAt(i))) break;
      while (isSpace(text.charCodeAt(i))) i++;
      if (!text.startsWith(words[k], i)) break;
      i += words[k].length;
    }
    if (k === words.length) return true;
  }
  return false;
}

/** A character `\s` matches. */
function isSpace(c: number): boolean {
  return (
    (c >= 9 && c <= 13) ||
    c === 32 ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** The requirement with every string mapped (lower-cased for a case-insensitive pattern). */
export function mapStrings(req: Requirement, f: (s: string) => string): Requirement {
  if (typeof req === "string") return f(req);
  if ("all" in req) return { all: req.all.map((r) => mapStrings(r, f)) };
  return { any: req.any.map((r) => mapStrings(r, f)) };
}

/**
 * The requirement without what a test cannot check: strings shorter than `min` (a trigram test)
 * are dropped from an `all` (it needs less), and make an `any` unknown (it may be met anywhere).
 * Undefined when nothing checkable is left.
 */
export function checkable(req: Requirement, min: number): Requirement | undefined {
  if (typeof req === "string") return req.length >= min ? req : undefined;
  if ("all" in req) {
    const kept = req.all.map((r) => checkable(r, min)).filter((r): r is Requirement => r !== undefined);
    return kept.length === 0 ? undefined : kept.length === 1 ? kept[0] : { all: kept };
  }
  const kept: Requirement[] = [];
  for (const r of req.any) {
    const c = checkable(r, min);
    if (c === undefined) return undefined;
    kept.push(c);
  }
  return kept.length === 1 ? kept[0] : { any: kept };
}

/**
 * The strings a text must hold for the requirement to be met whichever alternatives a match takes
 * (those reached through `all` nodes only), of any length, each kept once and none inside another
 * kept one. A text that lacks one of them cannot meet the requirement. Round 50: the trigram test
 * (checkable) cannot see a string shorter than a trigram (the `[` of a placeholder pattern), nor a
 * string whose trigrams a text holds apart ("escalat"); these are what a lexicon tests, exactly,
 * before it first compiles a pattern's regex.
 */
export function unconditionalStrings(req: Requirement | undefined): string[] {
  const found: string[] = [];
  const walk = (r: Requirement): void => {
    if (typeof r === "string") found.push(r);
    else if ("all" in r) for (const c of r.all) walk(c);
  };
  if (req !== undefined) walk(req);
  // Longest first: a string inside a kept one is needed already.
  found.sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0));
  const kept: string[] = [];
  for (const s of found) if (!kept.some((k) => k.includes(s))) kept.push(s);
  return kept;
}

/** One requirement from a list of needed ones (undefined when the list is empty). */
function allOf(items: Requirement[]): Requirement | undefined {
  return items.length === 0 ? undefined : items.length === 1 ? items[0] : { all: items };
}

class Parser {
  at = 0;

  /** `phrases`: read as phraseRequirementOf (zero-width atoms inside a run, white space as a GAP). */
  constructor(
    private readonly s: string,
    private readonly phrases: boolean,
  ) {}

  /** Whether the last group() read was a lookaround (zero-width). */
  private lookaround = false;

  /** Alternatives up to a ")" or the end: one of them is needed, so each must need something. */
  alternation(): Requirement | undefined {
    const alternatives: Requirement[] = [];
    let known = true;
    for (;;) {
      const req = this.sequence();
      if (req === undefined) known = false;
      else alternatives.push(req);
      if (this.s[this.at] !== "|") break;
      this.at++;
    }
    return !known ? undefined : alternatives.length === 1 ? alternatives[0] : { any: alternatives };
  }

  /** A sequence of atoms: each of its literal runs and of its required groups and lookarounds is needed. */
  private sequence(): Requirement | undefined {
    const s = this.s;
    const needed: Requirement[] = [];
    let run = "";
    const phrases = this.phrases;
    const flush = () => {
      // (A phrase's GAP at either end is left out: what it needs there is not tested.)
      if (phrases) run = trimGaps(run);
      if (run) needed.push(run);
      run = "";
    };
    while (this.at < s.length && s[this.at] !== "|" && s[this.at] !== ")") {
      const c = s[this.at];
      let literal: string | undefined;
      let group: Requirement | undefined;
      // A zero-width atom, or white space (phrases only).
      let zeroWidth = false;
      let space = false;
      this.lookaround = false;
      if (c === "\\") {
        const next = s[this.at + 1] ?? "";
        if (next !== "" && next.charCodeAt(0) < 128 && !isAlphanumeric(next.charCodeAt(0))) {
          literal = next;
          this.at += 2;
        } else {
          zeroWidth = next === "b" || next === "B";
          space = next === "s";
          this.skipEscape();
        }
      } else if (c === "[") {
        this.skipClass();
      } else if (c === "(") {
        group = this.group();
        zeroWidth = this.lookaround;
      } else if (c === "{" && this.range()) {
        return undefined; // a quantifier with nothing before it: not a pattern this reads
      } else if (SYNTAX.has(c) || c.charCodeAt(0) < 32 || c.charCodeAt(0) > 126) {
        zeroWidth = c === "^" || c === "$";
        this.at++;
      } else {
        literal = c;
        this.at++;
      }
      const min = this.quantifier();
      if (phrases && min === undefined && zeroWidth) {
        // Matches nothing: the run goes on after it (a positive lookaround's own requirement is needed too).
        if (group !== undefined) needed.push(group);
        continue;
      }
      if (phrases && (space || literal === " ") && (min === undefined || min >= 1)) {
        if (run !== "" && !run.endsWith(GAP)) run += GAP;
        continue;
      }
      if (literal !== undefined && min === undefined) {
        run += literal;
        continue;
      }
      // A quantified literal ("s?") ends the run without itself; any other atom ends it too.
      flush();
      if (group !== undefined && (min === undefined || min >= 1)) needed.push(group);
    }
    flush();
    return allOf(needed);
  }

  /** A quantifier after an atom: its minimum count, or undefined when there is none. */
  private quantifier(): number | undefined {
    const s = this.s;
    const c = s[this.at];
    let min: number | undefined;
    if (c === "?" || c === "*") min = 0;
    else if (c === "+") min = 1;
    else if (c === "{") {
      const m = this.range();
      if (!m) return undefined;
      this.at += m[0].length - 1;
      min = Number(m[1]);
    } else return undefined;
    this.at++;
    if (s[this.at] === "?") this.at++; // lazy
    return min;
  }

  /** A quantifier range ("{2}", "{0,3}") at the current position. */
  private range(): RegExpExecArray | null {
    QUANTIFIER_RANGE.lastIndex = this.at;
    return QUANTIFIER_RANGE.exec(this.s);
  }

  /**
   * A group: its contents' requirement; a positive lookaround's too (what it looks for lies in the
   * searched text, which the whole text holds); undefined for a negative one.
   */
  private group(): Requirement | undefined {
    const s = this.s;
    this.at++;
    let negative = false;
    let look = false;
    if (s[this.at] === "?") {
      const kind = s.slice(this.at, this.at + 3);
      if (kind.startsWith("?:")) this.at += 2;
      else if (kind.startsWith("?=")) (look = true), (this.at += 2);
      else if (kind.startsWith("?!")) (negative = look = true), (this.at += 2);
      else if (kind === "?<=") (look = true), (this.at += 3);
      else if (kind === "?<!") (negative = look = true), (this.at += 3);
      else if (kind.startsWith("?<")) {
        const close = s.indexOf(">", this.at);
        if (close < 0) return this.fail();
        this.at = close + 1;
      } else return this.fail();
    }
    const req = this.alternation();
    if (s[this.at] !== ")") return this.fail();
    this.at++;
    this.lookaround = look;
    return negative ? undefined : req;
  }

  /** Something not understood: the rest of the pattern is skipped and nothing is required. */
  private fail(): undefined {
    this.at = this.s.length + 1;
    return undefined;
  }

  /** An escape that is not a literal (a class, an assertion, a code, a backreference): skipped whole, or the analysis gives up when its shape is unusual. */
  private skipEscape(): void {
    const s = this.s;
    const x = s[this.at + 1] ?? "";
    this.at += 2;
    const rest = (re: RegExp): boolean => {
      re.lastIndex = this.at;
      const m = re.exec(s);
      if (m) this.at += m[0].length;
      else this.fail();
      return m !== null;
    };
    if (x === "u") rest(/[0-9A-Fa-f]{4}|\{[0-9A-Fa-f]+\}/y);
    else if (x === "x") rest(/[0-9A-Fa-f]{2}/y);
    else if (x === "c") rest(/[A-Za-z]/y);
    else if ((x === "p" || x === "P") && s[this.at] === "{") rest(/\{[A-Za-z_=]+\}/y);
    else if (x === "k" && s[this.at] === "<") rest(/<[A-Za-z_$][\w$]*>/y);
    else if (isDigit(x.charCodeAt(0))) while (isDigit(s.charCodeAt(this.at))) this.at++;
    else if (x === "") this.fail();
  }

  private skipClass(): void {
    const s = this.s;
    let i = this.at + 1;
    if (s[i] === "^") i++;
    for (; i < s.length && s[i] !== "]"; i++) if (s[i] === "\\") i++;
    if (i >= s.length) this.fail();
    else this.at = i + 1;
  }
}

/** A phrase without a GAP at its start or end. */
function trimGaps(run: string): string {
  let from = 0;
  let to = run.length;
  while (from < to && run[from] === GAP) from++;
  while (to > from && run[to - 1] === GAP) to--;
  return from === 0 && to === run.length ? run : run.slice(from, to);
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isAlphanumeric(c: number): boolean {
  return isDigit(c) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/**
 * What a text must not hold for a pattern to match (round 51): a pattern that starts with `^` and
 * look-aheads (`^(?!…)(?=…)…`, one alternative at the top, no `m` flag) can match only at the text's
 * start, and not where one of its negative look-aheads finds what it looks for there. Read from a
 * look-ahead of the shape `(?!GAP\b(?:A|B|…)\b)`, GAP one of `.*`, `[\s\S]*`, `[^.;]*` (a class of
 * literal punctuation; lazy too): `stops` are the characters GAP cannot cross (the line terminators
 * for `.`), `words` the alternatives that are a plain word (ASCII letters and digits), each with "*"
 * after it where it may go on (`\w*` after it, or no `\b` after the group); `s?` after a word gives the
 * word and the word with "s". Other alternatives are left out (a text may still hold one: the pattern
 * then runs). A text that holds one of the words, preceded by no word character, followed by none
 * (unless "*"), with no stop before it, is one where the pattern finds nothing (vetoed).
 */
export interface Veto {
  stops: string;
  words: string[];
}

/** The vetoes of a pattern as compiled with `flags` (none with `i`: the words are read exactly; none with `m` or `s`). */
export function leadingVetoes(source: string, flags: string): Veto[] {
  const vetoes: Veto[] = [];
  if (source.charCodeAt(0) !== 94 /* ^ */ || source.charCodeAt(1) !== 40 /* ( */ || /[ims]/.test(flags) || topLevelBars(source)) return vetoes;
  let at = 1;
  while (source.startsWith("(?!", at) || source.startsWith("(?=", at)) {
    const close = closingParen(source, at);
    if (close < 0) break;
    if (source[at + 2] === "!") {
      const veto = vetoOf(source.slice(at + 3, close));
      if (veto) vetoes.push(veto);
    }
    at = close + 1;
  }
  return vetoes;
}

/** Whether `text` holds one of the veto's words where its look-ahead would find it (leadingVetoes; `within`: the furthest a word may start, for a gap `{0,N}`). */
export function vetoed(veto: Veto, text: string, within = Infinity): boolean {
  let end = text.length;
  const stops = veto.stops;
  for (let k = 0; k < stops.length; k++) {
    const at = text.indexOf(stops[k]);
    if (at >= 0 && at < end) end = at;
  }
  const words = veto.words;
  for (let w = 0; w < words.length; w++) {
    let word = words[w];
    const goesOn = word.charCodeAt(word.length - 1) === 42; /* * */
    if (goesOn) word = word.slice(0, -1);
    for (let at = text.indexOf(word); at >= 0 && at + word.length <= end && at <= within; at = text.indexOf(word, at + 1)) {
      if ((at === 0 || !isWordChar(text.charCodeAt(at - 1))) && (goesOn || !isWordChar(text.charCodeAt(at + word.length)))) return true;
    }
  }
  return false;
}

/**
 * A look-ahead's body of the shape leadingVetoes reads, as a veto; undefined for any other (or one without a plain word).
 * `bounded` (round 53, leadingAlternatives): a gap of `{0,N}` too, its words found where they start at N or before.
 */
function vetoOf(body: string): Veto | undefined {
  return readVeto(body, false)?.veto;
}

/** vetoOf, and with `bounded` a gap `{0,N}` too: `within` N (Infinity for `*`). */
function readVeto(body: string, bounded: boolean): { veto: Veto; within: number } | undefined {
  let stops: string;
  let at: number;
  if (body.startsWith(".")) (stops = "\n\r\u2028\u2029"), (at = 1);
  else if (body.startsWith("[\\s\\S]")) (stops = ""), (at = 6);
  else if (body.startsWith("[^")) {
    stops = "";
    at = 2;
    for (; at < body.length && body[at] !== "]"; at++) {
      const c = body[at] === "\\" ? body[++at] : body[at];
      // Literal punctuation only (no range, escape class or nested class).
      if (c === undefined || isAlphanumeric(c.charCodeAt(0)) || c.charCodeAt(0) < 33 || c.charCodeAt(0) > 126 || "[^-\\".includes(c)) return undefined;
      stops += c;
    }
    if (stops === "") return undefined;
    at++;
  } else return undefined;
  let within = Infinity;
  if (body[at] === "*") at++;
  else {
    const m = bounded ? /^\{0,(\d+)\}/.exec(body.slice(at)) : null;
    if (!m) return undefined;
    within = Number(m[1]);
    at += m[0].length;
  }
  if (body[at] === "?") at++; // lazy: the same texts
  if (!body.startsWith("\\b(?:", at)) return undefined;
  const open = at + 2;
  const close = closingParen(body, open);
  const after = body.slice(close + 1);
  if (close < 0 || (after !== "" && after !== "\\b")) return undefined;
  const words: string[] = [];
  for (const alternative of topLevelParts(body.slice(open + 3, close))) {
    const m = /^([A-Za-z0-9]+)(\\w\*|s\?)?$/.exec(alternative);
    if (!m) continue;
    if (m[2] === "\\w*" || after === "") words.push(`${m[1]}*`);
    else if (m[2] === "s?") words.push(m[1], `${m[1]}s`);
    else words.push(m[1]);
  }
  return words.length > 0 ? { veto: { stops, words }, within } : undefined;
}

/** One top-level alternative of a pattern leadingAlternatives reads: its phrases (phraseRequirementOf; undefined: none) and its own leading vetoes. */
export interface Alternative {
  requirement: Requirement | undefined;
  /** `within`: the furthest a word may start (a gap `{0,N}`), null where it may start anywhere (a JSON value: the build's). */
  vetoes: Array<{ veto: Veto; within: number | null }>;
}

/**
 * Round 53: a pattern of the shape `^(?!…)(?=…)(?:A|B|…)` (look-aheads, then one group to the end
 * whose alternatives are at the top; flags as leadingVetoes) can match only at the text's start,
 * and only where one of A, B, … does: each alternative as what it needs (its phrases) and its own
 * leading negative look-aheads read as vetoes (a gap `{0,N}` too). Undefined for any other pattern.
 * A text in which every alternative lacks what it needs or is vetoed is one where the pattern finds
 * nothing (ruledOut).
 */
export function leadingAlternatives(source: string, flags: string): Alternative[] | undefined {
  if (source.charCodeAt(0) !== 94 /* ^ */ || source.charCodeAt(1) !== 40 /* ( */ || /[ims]/.test(flags)) return undefined;
  let at = 1;
  while (source.startsWith("(?!", at) || source.startsWith("(?=", at)) {
    const close = closingParen(source, at);
    if (close < 0) return undefined;
    at = close + 1;
  }
  if (!source.startsWith("(?:", at) || closingParen(source, at) !== source.length - 1) return undefined;
  const parts = topLevelParts(source.slice(at + 3, source.length - 1));
  if (parts.length < 2) return undefined;
  return parts.map((part) => {
    const vetoes: Alternative["vetoes"] = [];
    let from = 0;
    while (part.startsWith("(?!", from) || part.startsWith("(?=", from)) {
      const close = closingParen(part, from);
      if (close < 0) break;
      if (part[from + 2] === "!") {
        const veto = readVeto(part.slice(from + 3, close), true);
        if (veto) vetoes.push({ veto: veto.veto, within: veto.within === Infinity ? null : veto.within });
      }
      from = close + 1;
    }
    return { requirement: phraseRequirementOf(part), vetoes };
  });
}

/** Whether no alternative of leadingAlternatives can match in `text`: each lacks what it needs or is vetoed. */
export function ruledOut(alternatives: Alternative[], text: string): boolean {
  for (let k = 0; k < alternatives.length; k++) {
    const alternative = alternatives[k];
    if (alternative.requirement !== undefined && !holds(alternative.requirement, text)) continue;
    let vetoedHere = false;
    for (let v = 0; v < alternative.vetoes.length && !vetoedHere; v++) vetoedHere = vetoed(alternative.vetoes[v].veto, text, alternative.vetoes[v].within ?? Infinity);
    if (!vetoedHere) return false;
  }
  return true;
}

/** The index of the ")" that closes the group opening at `open` (escapes and classes skipped); -1 if none. */
function closingParen(s: string, open: number): number {
  let depth = 0;
  for (let i = open; i < s.length; i = pastAtom(s, i)) {
    const c = s[i];
    if (c === "(") depth++;
    else if (c === ")" && --depth === 0) return i;
  }
  return -1;
}

/** The index after the character at `i`, or after the whole escape or class ("[…]") that starts there. */
function pastAtom(s: string, i: number): number {
  if (s[i] === "\\") return i + 2;
  if (s[i] === "[") {
    for (i++; i < s.length && s[i] !== "]"; i++) if (s[i] === "\\") i++;
  }
  return i + 1;
}

/** `s` split at its "|"s outside groups and classes. */
function topLevelParts(s: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < s.length; i = pastAtom(s, i)) {
    const c = s[i];
    if (c === "(") depth++;
    else if (c === ")") depth--;
    else if (c === "|" && depth === 0) {
      parts.push(s.slice(from, i));
      from = i + 1;
    }
  }
  parts.push(s.slice(from));
  return parts;
}

function topLevelBars(s: string): boolean {
  return topLevelParts(s).length > 1;
}

/** A character `\w` and `\b` read as a word's (without the `u` and `i` flags together: ASCII letters, digits, "_"). */
function isWordChar(c: number): boolean {
  return isAlphanumeric(c) || c === 95;
}
