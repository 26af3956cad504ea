const LT = 0x3c;
const GT = 0x3e;
const AMP = 0x26;
const SEMI = 0x3b;
const SPACE = 0x20;
const NEWLINE = 0x0a;
const decoder = new TextDecoder("utf-16le");

/**
 * The text of [start, end) of a markup document with every tag, comment and entity reference
 * replaced by spaces (newlines kept), so offsets into the result are offsets into the source. Lets a
 * lexicon search a whole filing's prose (e.g. "Item 1C … incorporated by reference") with exact
 * positions. One pass over a code-unit buffer: no per-tag strings, memory proportional to the window.
 */
export function maskMarkup(source: string, start = 0, end = source.length): string {
  const n = end - start;
  const out = new Uint16Array(n);
  let inTag = false;
  for (let i = 0; i < n; i++) {
    const c = source.charCodeAt(start + i);
    if (inTag) {
      out[i] = c === NEWLINE ? NEWLINE : SPACE;
      if (c === GT) inTag = false;
      continue;
    }
    if (c === LT) {
      inTag = true;
      out[i] = SPACE;
      continue;
    }
    if (c === AMP) {
      // An entity reference: up to 10 name characters and a semicolon.
      let j = i + 1;
      while (j < n && j - i <= 11 && /[#A-Za-z0-9]/.test(source[start + j])) j++;
      if (j < n && j > i + 1 && source.charCodeAt(start + j) === SEMI) {
        for (let k = i; k <= j; k++) out[k] = SPACE;
        i = j;
        continue;
      }
    }
    out[i] = c;
  }
  return decoder.decode(out);
}
