// A case-insensitive pattern run as a case-sensitive one over the text lower-cased. Compiling an
// expression with the `i` flag makes V8 work out every letter's other cases through ICU (round 20:
// ~70 M of the ~150 M instructions a cold lint of one R page spends compiling the lexicons'
// patterns); the same pattern with its letters lower-cased and no `i` compiles without that, and
// over a lower-cased copy of the text it finds the same matches at the same offsets, when:
//   - the pattern has no `u` flag (a Unicode `i` folds "ſ" to "s" and "K" to "k"), no backreference
//     (compared case-insensitively), and no letter outside ASCII that has cases (nor a class range
//     that may hold one): its ASCII letters are lower-cased, a class gets the lower case of each
//     upper-case ASCII letter or range it holds, escapes (\W, \B, \D, \S, \u…) and group names stay;
//   - the text's characters outside ASCII are their own lower case (so the copy is as long, and no
//     character outside ASCII becomes an ASCII letter, as "K" (U+212A) would).
// Why the matches are the same (ECMAScript's Canonicalize without `u`: a character's upper case,
// unless that is several characters, or ASCII for a character outside it): an ASCII letter matches
// what holds either of its cases, as its lower case matches the lower-cased pattern; any other
// character of such a text is itself in both, and the pattern holds none of its other cases, so it
// matches the same atoms (a negated class, \W, "." included). \b and \w read ASCII letters as word
// characters in either case.

/** The pattern's source lower-cased for a lower-cased text (see above), or undefined where that would not give the same matches. */
export function lowerCasedSource(source: string): string | undefined {
  let out = "";
  let i = 0;
  const n = source.length;
  while (i < n) {
    const c = source.charCodeAt(i);
    if (c === BACKSLASH) {
      const escape = escapeAt(source, i);
      if (escape === undefined) return undefined;
      out += source.slice(i, escape.end);
      i = escape.end;
    } else if (c === OPEN_BRACKET) {
      const end = classEnd(source, i);
      if (end < 0) return undefined;
      const lowered = lowerCasedClass(source.slice(i, end));
      if (lowered === undefined) return undefined;
      out += lowered;
      i = end;
    } else if (source[i] === "(" && source.startsWith("?<", i + 1) && source[i + 3] !== "=" && source[i + 3] !== "!") {
      // A named group: its name as written.
      const close = source.indexOf(">", i);
      if (close < 0) return undefined;
      out += source.slice(i, close + 1);
      i = close + 1;
    } else if (c >= 65 && c <= 90) {
      out += String.fromCharCode(c + 32);
      i++;
    } else if (c > 127 && hasCases(source[i])) {
      return undefined;
    } else {
      out += source[i];
      i++;
    }
  }
  return out;
}

// "\\", "[" and "]" by their codes; rarer characters are compared as strings.
const BACKSLASH = 92;
const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;

/** Whether a character has another case (upper or lower). */
function hasCases(ch: string): boolean {
  return ch.toLowerCase() !== ch || ch.toUpperCase() !== ch;
}

/**
 * The escape at `at` (a backslash): where it ends, and the character it stands for when it stands
 * for one (a class escape or an assertion: none). Undefined for a backreference (compared
 * case-insensitively), a Unicode property or one that stands for a letter with cases.
 */
function escapeAt(source: string, at: number): { end: number; code?: number } | undefined {
  const x = source[at + 1];
  if (x === undefined) return undefined;
  if ("dDwWsSbB".includes(x)) return { end: at + 2 };
  if (x === "k" || x === "p" || x === "P" || (x >= "1" && x <= "9")) return undefined;
  let end = at + 2;
  let code: number;
  if (x === "u" || x === "x") {
    const m = (x === "u" ? /^[0-9A-Fa-f]{4}/ : /^[0-9A-Fa-f]{2}/).exec(source.slice(at + 2, at + 6));
    if (!m) return undefined;
    end += m[0].length;
    code = parseInt(m[0], 16);
  } else if (x === "c") {
    if (!/^[A-Za-z]$/.test(source[at + 2] ?? "")) return undefined;
    end++;
    code = source.charCodeAt(at + 2) % 32;
  } else if (x === "0") code = 0;
  else if (x === "n") code = 10;
  else if (x === "t") code = 9;
  else if (x === "r") code = 13;
  else if (x === "f") code = 12;
  else if (x === "v") code = 11;
  else if (/[A-Za-z]/.test(x)) return undefined; // an identity escape of a letter: not in the built-in patterns
  else code = source.charCodeAt(at + 1);
  return hasCases(String.fromCharCode(code)) ? undefined : { end, code };
}

/** Where the class starting at `at` ("[") ends (past its "]"); -1 when it does not. */
function classEnd(source: string, at: number): number {
  let i = at + 1;
  if (source[i] === "^") i++;
  // A "]" first in the class is a character of it only outside JavaScript; here it closes an empty class.
  for (; i < source.length; i++) {
    const c = source.charCodeAt(i);
    if (c === BACKSLASH) i++;
    else if (c === CLOSE_BRACKET) return i + 1;
  }
  return -1;
}

/** A class ("[…]") with the lower case of each upper-case ASCII letter it holds added; undefined where it may hold a letter outside ASCII with cases. */
function lowerCasedClass(cls: string): string | undefined {
  const body = cls[1] === "^" ? 2 : 1;
  const end = cls.length - 1;
  let added = "";
  let i = body;
  // Each atom (a character, or a class escape), and a range when "-" and a character follow.
  while (i < end) {
    let lo: number | undefined;
    let next: number;
    if (cls.charCodeAt(i) === BACKSLASH) {
      const escape = escapeAt(cls, i);
      if (escape === undefined) {
        // \b in a class is a backspace.
        if (cls[i + 1] !== "b") return undefined;
        lo = 8;
        next = i + 2;
      } else {
        lo = escape.code;
        next = escape.end;
      }
    } else {
      lo = cls.charCodeAt(i);
      next = i + 1;
    }
    let hi = lo;
    if (lo !== undefined && cls[next] === "-" && next + 1 < end) {
      const j = next + 1;
      if (cls.charCodeAt(j) === BACKSLASH) {
        const escape = escapeAt(cls, j);
        if (escape === undefined && cls[j + 1] !== "b") return undefined;
        hi = escape === undefined ? 8 : escape.code;
        next = escape === undefined ? j + 2 : escape.end;
      } else {
        hi = cls.charCodeAt(j);
        next = j + 1;
      }
      if (hi === undefined) return undefined; // a range to a class escape: not a pattern this reads
    }
    if (lo !== undefined && hi !== undefined) {
      if (hi > 127 && rangeHasCases(Math.max(lo, 128), hi)) return undefined;
      const from = Math.max(lo, 65);
      const to = Math.min(hi, 90);
      if (from <= to) added += from === to ? String.fromCharCode(from + 32) : `${String.fromCharCode(from + 32)}-${String.fromCharCode(to + 32)}`;
    }
    i = next;
  }
  return added === "" ? cls : `${cls.slice(0, end)}${added}]`;
}

/** Whether a character in [lo, hi] (outside ASCII) has cases; a wide range is taken to. */
function rangeHasCases(lo: number, hi: number): boolean {
  if (hi - lo > 512) return true;
  for (let c = lo; c <= hi; c++) if (hasCases(String.fromCharCode(c))) return true;
  return false;
}

/**
 * A character neither ASCII nor of the blocks a filing's prose uses that have no upper case
 * (Latin-1's punctuation and small letters, general punctuation, currency, arrows, shapes and
 * symbols, less the circled capitals): most texts hold none, and are not searched with
 * loweredOutsideAscii below, whose class V8 takes longer to compile than most texts take to scan.
 */
const UNUSUAL = /[^\x00-\x7f\u00a0-\u00bf\u00d7\u00df-\u00ff\u2000-\u20cf\u2190-\u24b5\u24d0-\u2bff\ufeff\ufffd]/;
/**
 * A character outside ASCII that toLowerCase changes: Unicode's Changes_When_Lowercased less A-Z
 * (test/text/lower-case.test.ts checks this function against toLowerCase over every code point).
 * Made on first use, with the constructor: the `v` flag (set difference) is newer than the
 * TypeScript target.
 */
let loweredOutsideAscii: RegExp | undefined;

/** The text lower-cased, where each of its characters outside ASCII is its own lower case (see above); undefined where not. */
export function lowerCasedText(text: string): string | undefined {
  if (UNUSUAL.test(text) && (loweredOutsideAscii ??= new RegExp(String.raw`[\p{CWL}--[A-Z]]`, "v")).test(text)) return undefined;
  return text.toLowerCase();
}
