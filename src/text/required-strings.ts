// What a regular expression cannot match without: strings one of which every match contains. A
// lexicon skips a pattern whose strings are all absent from a text instead of running it (most
// element patterns miss most paragraphs), which gives the same matches: a pattern that cannot match
// anywhere in a text finds nothing there. Only what is certain is kept; anything the analysis does
// not know (classes, escapes, Unicode) counts as "no requirement", never as a guess.

/** Characters with a meaning of their own in a pattern (a literal is any other printable ASCII character). */
const SYNTAX = new Set([..."\\^$.|?*+()[]{}"]);
const QUANTIFIER_RANGE = /\{(\d+)(,\d*)?\}/y;

/**
 * Strings one of which every match of `source` contains (each at least one character), or
 * undefined when no such strings are known. For a pattern compiled without the `u` flag: with `i`,
 * an ASCII letter then matches only its two ASCII cases, so a lower-cased text holds the
 * lower-cased strings wherever the pattern matches.
 */
export function requiredStrings(source: string): string[] | undefined {
  const parser = new Parser(source);
  const req = parser.alternation();
  return parser.at === source.length ? req : undefined;
}

class Parser {
  at = 0;

  constructor(private readonly s: string) {}

  /** Alternatives up to a ")" or the end: each must have its strings, and the union is required. */
  alternation(): string[] | undefined {
    let out: string[] | undefined = [];
    for (;;) {
      const req = this.sequence();
      out = out && req ? [...out, ...req] : undefined;
      if (this.s[this.at] !== "|") return out;
      this.at++;
    }
  }

  /** A sequence of atoms: the best requirement among its literal runs and required groups. */
  private sequence(): string[] | undefined {
    const s = this.s;
    const candidates: string[][] = [];
    let run = "";
    const flush = () => {
      if (run) candidates.push([run]);
      run = "";
    };
    while (this.at < s.length && s[this.at] !== "|" && s[this.at] !== ")") {
      const c = s[this.at];
      let literal: string | undefined;
      let group: string[] | undefined;
      if (c === "\\") {
        const next = s[this.at + 1] ?? "";
        if (next !== "" && next.charCodeAt(0) < 128 && !isAlphanumeric(next.charCodeAt(0))) {
          literal = next;
          this.at += 2;
        } else {
          this.skipEscape();
        }
      } else if (c === "[") {
        this.skipClass();
      } else if (c === "(") {
        group = this.group();
      } else if (c === "{" && this.range()) {
        return undefined; // a quantifier with nothing before it: not a pattern this reads
      } else if (SYNTAX.has(c) || c.charCodeAt(0) < 32 || c.charCodeAt(0) > 126) {
        this.at++;
      } else {
        literal = c;
        this.at++;
      }
      const min = this.quantifier();
      if (literal !== undefined && min === undefined) {
        run += literal;
        continue;
      }
      // A quantified literal ("s?") ends the run without itself; any other atom ends it too.
      flush();
      if (group && (min === undefined || min >= 1)) candidates.push(group);
    }
    flush();
    let best: string[] | undefined;
    const shortest = (req: string[]) => Math.min(...req.map((r) => r.length));
    for (const c of candidates) if (!best || shortest(c) > shortest(best) || (shortest(c) === shortest(best) && c.length < best.length)) best = c;
    return best;
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

  /** A group: its contents' requirement, or undefined for a lookaround (it consumes nothing). */
  private group(): string[] | undefined {
    const s = this.s;
    this.at++;
    let look = false;
    if (s[this.at] === "?") {
      const kind = s.slice(this.at, this.at + 3);
      if (kind.startsWith("?:")) this.at += 2;
      else if (kind.startsWith("?=") || kind.startsWith("?!")) (look = true), (this.at += 2);
      else if (kind === "?<=" || kind === "?<!") (look = true), (this.at += 3);
      else if (kind.startsWith("?<")) {
        const close = s.indexOf(">", this.at);
        if (close < 0) return this.fail();
        this.at = close + 1;
      } else return this.fail();
    }
    const req = this.alternation();
    if (s[this.at] !== ")") return this.fail();
    this.at++;
    return look ? undefined : req;
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

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isAlphanumeric(c: number): boolean {
  return isDigit(c) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}
