const LF = 0x0a;
const SPACE = 0x20;
const SEMI = 0x3b;

/** `#`, ASCII letters and digits: the characters of an entity reference's name. */
function isRefChar(c: number): boolean {
  return c === 0x23 || (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

/**
 * The text of [start, end) of a markup document with every tag, comment and entity reference
 * replaced by spaces (newlines kept), so offsets into the result are offsets into the source. Lets a
 * lexicon search a whole filing's prose (e.g. "Item 1C … incorporated by reference") with exact
 * positions. The window is copied into a code-unit buffer in one native write, then the scan jumps
 * from "<" to ">" and from "&" to "&" and blanks those ranges with native fills: the text between
 * is never visited character by character.
 */
export function maskMarkup(source: string, start = 0, end = source.length): string {
  const n = end - start;
  const out = new Uint16Array(n);
  const bytes = Buffer.from(out.buffer, 0, 2 * n);
  bytes.write(source.slice(start, end), 0, "utf16le");
  let i = start;
  let amp = source.indexOf("&", start);
  let nl = source.indexOf("\n", start);
  while (i < end) {
    let lt = source.indexOf("<", i);
    if (lt === -1 || lt > end) lt = end;
    // Entity references (up to 11 name characters and a ";") in the text before the next tag.
    while (amp !== -1 && amp < lt) {
      let j = amp + 1;
      while (j < end && j - amp <= 11 && isRefChar(source.charCodeAt(j))) j++;
      if (j < end && j > amp + 1 && source.charCodeAt(j) === SEMI) {
        out.fill(SPACE, amp - start, j + 1 - start);
        amp = source.indexOf("&", j + 1);
      } else {
        amp = source.indexOf("&", amp + 1);
      }
    }
    if (lt >= end) break;
    // A tag (or comment): spaces up to and including its ">", newlines kept.
    const gt = source.indexOf(">", lt + 1);
    const stop = gt === -1 || gt >= end ? end : gt + 1;
    out.fill(SPACE, lt - start, stop - start);
    if (nl !== -1 && nl < lt) nl = source.indexOf("\n", lt);
    while (nl !== -1 && nl < stop) {
      out[nl - start] = LF;
      nl = source.indexOf("\n", nl + 1);
    }
    i = stop;
    if (amp !== -1 && amp < stop) amp = source.indexOf("&", stop);
  }
  return wellFormedEnds(bytes.toString("utf16le"));
}

/**
 * A surrogate pair cut by the window's edge is a lone half in the window's text: U+FFFD, as a
 * UTF-16 decoding of the window gives. (Decoded input has no lone surrogates elsewhere.)
 */
function wellFormedEnds(text: string): string {
  const n = text.length;
  if (n === 0) return text;
  const first = text.charCodeAt(0);
  const last = text.charCodeAt(n - 1);
  const loneFirst = first >= 0xdc00 && first <= 0xdfff;
  const loneLast = last >= 0xd800 && last <= 0xdbff;
  if (!loneFirst && !loneLast) return text;
  if (n === 1) return "\ufffd";
  return (loneFirst ? "\ufffd" : text[0]) + text.slice(1, n - 1) + (loneLast ? "\ufffd" : text[n - 1]);
}
