// Plain text of an HTML fragment, with every character mapped back to its offset in the original file.
// A single forward pass with no element stack: safe on pathological nesting and linear in the input.

import { MappedTextBuilder } from "../model/position.js";
import type { TextMap } from "../model/types.js";
import { decodeEntityAt, decodeWithOffsets, tagEnd } from "./xml-scan.js";

export interface HtmlTextOptions {
  /**
   * Prefix bound to the Inline XBRL namespace in this source: its tags are unwrapped (their content
   * stays) and `ix:exclude` content is dropped. Default "ix"; null for none.
   */
  ixPrefix?: string | null;
  /**
   * The range holds escaped HTML (`&lt;p&gt;…`, as in an XBRL instance text block): decode one level
   * first, then render. The map still points into the original (escaped) source.
   */
  escaped?: boolean;
  /** Build `html` too (default true); without it, `html` is "". */
  html?: boolean;
}

/**
 * Reads every character of text a renderer passes over, whether it renders it or not: the text of
 * the source as the renderer's own walk finds it (comments, skipped elements and `ix:exclude`
 * left out, references decoded), without the breaks and spaces that tags stand for.
 */
export interface TextWatch {
  /** Characters str[from, to): the source's own characters at offset `at` on, or (decoded) all from the reference at `at`. */
  read(str: string, from: number, to: number, at: number, decoded: boolean): void;
}

/** A render of a range that keeps only the text starting inside [from, to), and shows all of it to `watch`. */
export interface PartialRender {
  from: number;
  to: number;
  watch: TextWatch;
}

export interface HtmlText {
  /** Paragraphs separated by "\n"; whitespace collapsed; entities decoded. */
  text: string;
  /** text offset → source offset. */
  map: TextMap;
  /** The HTML of the range with ix tags unwrapped and ix:exclude dropped (decoded when `escaped`). */
  html: string;
}

const BLOCK = new Set([
  "address", "article", "aside", "blockquote", "body", "br", "caption", "center", "dd", "details", "dialog",
  "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4",
  "h5", "h6", "header", "hgroup", "hr", "html", "legend", "li", "main", "menu", "nav", "ol", "p", "pre",
  "section", "summary", "table", "tbody", "tfoot", "thead", "tr", "ul",
]);
/** Table cells: a word boundary, not a paragraph. */
const CELL = new Set(["td", "th"]);
/**
 * Elements whose content is never text. `del` is a tracked deletion: a word processor's HTML export of
 * a draft with its changes shown (Word's "Save as Web Page": `<span class=msoDel><del …>`) keeps the
 * deleted words, which the accepted draft does not say; `ins` stays text, as in a Word draft.
 */
const SKIP = new Set(["script", "style", "head", "title", "del"]);

/** What a tag does to the text: nothing, a paragraph break, a word break; SKIPPED: its content is not text. */
const INLINE_TAG = 0;
const BLOCK_TAG = 1;
const CELL_TAG = 2;
const SKIPPED_TAG = 3;
/** Each tag name as written → its kind; a filing uses a few dozen names, so each is worked out once. */
const tagKinds = new Map<string, number>();

function tagKind(name: string): number {
  let kind = tagKinds.get(name);
  if (kind === undefined) {
    const colon = name.lastIndexOf(":");
    kind = localKind((colon === -1 ? name : name.slice(colon + 1)).toLowerCase());
    if (tagKinds.size < 1024) tagKinds.set(name, kind);
  }
  return kind;
}

/** The kind of a local name in lower case. */
function localKind(lname: string): number {
  return BLOCK.has(lname) ? BLOCK_TAG : CELL.has(lname) ? CELL_TAG : SKIP.has(lname) ? SKIPPED_TAG : INLINE_TAG;
}

/** The longest local name looked up by its character codes (span, div, td, tr, p, font, b, br, li, h1…). */
const SHORT_NAME = 4;

/**
 * A local name of up to SHORT_NAME ASCII characters (in lower case) as one small integer: its codes in base 128,
 * and its length (so that "\0p" and "p" differ). Below 2^30: a small integer, hashed without a string.
 */
function shortKey(key: number, length: number): number {
  return key * 4 + length - 1;
}

/** The kinds of the names in BLOCK, CELL and SKIP short enough for shortKey; every other short name is inline. */
const shortKinds = new Map<number, number>();
for (const lname of [...BLOCK, ...CELL, ...SKIP]) {
  if (lname.length > SHORT_NAME) continue;
  let key = 0;
  for (let k = 0; k < lname.length; k++) key = key * 128 + lname.charCodeAt(k);
  shortKinds.set(shortKey(key, lname.length), localKind(lname));
}

/**
 * tagKind(s.slice(from, to)) without the slice (round 42): a window walk meets tens of thousands of tags, and each
 * name sliced, hashed and looked up cost ~150 instructions. A local name (after the last ":") of up to SHORT_NAME
 * ASCII characters is folded to lower case by its codes (as toLowerCase folds ASCII) and looked up as a number; a
 * longer one, or one with a code past 0x7f (toLowerCase folds U+212A to "k", U+0130 to two characters), goes to tagKind.
 */
function tagKindAt(s: string, from: number, to: number): number {
  let key = 0;
  let n = 0;
  for (let k = from; k < to; k++) {
    let c = s.charCodeAt(k);
    if (c === 0x3a /* : */) {
      key = 0;
      n = 0;
      continue;
    }
    if (c > 0x7f || ++n > SHORT_NAME) return tagKind(s.slice(from, to));
    if (c >= 0x41 && c <= 0x5a) c |= 0x20;
    key = key * 128 + c;
  }
  return n === 0 ? INLINE_TAG : shortKinds.get(shortKey(key, n)) ?? INLINE_TAG;
}

// A soft hyphen (U+00AD, "&shy;") is invisible where no line breaks at it: word processors leave it inside words
// ("Cyber&shy;security"), where it would split the word for every reader after this one. Dropped, not mapped.
const SOFT_HYPHEN = "\u00ad";
const SOFT_HYPHEN_CODE = 0xad;

function isSpaceCode(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0xa0 || c === 0x0c;
}

/**
 * The rest of a run of text() in whole mode: characters that are no space code, "&", soft hyphen or "<", and up to
 * 64 single spaces each followed by one (a double space, or a space before another space code, a reference or a
 * soft hyphen, ends the run before it, as text()'s loop does; the segment's "<" ends it too). Sticky; linear: a
 * repetition starts at a space, which no run character is, and the bound keeps irregexp's backtrack stack small on
 * a stranger's run of a million words (runEnd goes on after it).
 */
const RUN_WORDS = /[^ \t\n\r\f\xa0&\xad<]*(?: [^ \t\n\r\f\xa0&\xad<]+){0,64}/y;

/** A character text()'s loop joins to a run after a single space (whole mode, references decoded): no space code, "&" or soft hyphen. */
function isRunCode(c: number): boolean {
  return !isSpaceCode(c) && c !== 0x26 && c !== SOFT_HYPHEN_CODE;
}

function isNameStart(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || c === 0x5f || c === 0x3a || c > 0x7f;
}

function nameEndAt(s: string, from: number, limit: number): number {
  let i = from;
  while (i < limit) {
    const c = s.charCodeAt(i);
    if (c === 0x3e || c === 0x2f || isSpaceCode(c)) break;
    i++;
  }
  return i;
}

const closeTagRe = new Map<string, RegExp>();
function closeTagPattern(name: string): RegExp {
  let re = closeTagRe.get(name);
  if (!re) {
    re = new RegExp(`</(?:[A-Za-z_][\\w.-]*:)?${name}[\\s>]`, "gi");
    closeTagRe.set(name, re);
  }
  return re;
}

/** s[at] is a space or line break and the tag's first attribute, after it, starts with `text`. */
function attributeFirst(s: string, at: number, text: string): boolean {
  return isSpaceCode(s.charCodeAt(at)) && s.startsWith(text, at + 1);
}

/** Offset after the comment that starts at `lt` ("<!--"), or `hi` when it does not close before it. */
function afterComment(s: string, lt: number, hi: number): number {
  const e = s.indexOf("-->", lt + 4);
  return e === -1 || e + 3 > hi ? hi : e + 3;
}

/** Offset of the "]]>" that ends the CDATA section starting at `lt`, or `hi` when it does not close before it. */
function cdataEnd(s: string, lt: number, hi: number): number {
  const e = s.indexOf("]]>", lt + 9);
  return e === -1 || e > hi ? hi : e;
}

/**
 * Renders one or more HTML ranges (e.g. a fact and its continuations, in chain order) into one plain
 * text. Paragraph state carries over between ranges, so a chain reads as one value.
 */
export class HtmlTextRenderer {
  private readonly b = new MappedTextBuilder();
  /** null: the caller does not want the HTML (a section window's is a copy of 100 KB nobody reads). */
  private readonly htmlParts: string[] | null;
  /** Source offset of a pending collapsible space / paragraph break, or -1. */
  private pendingSpace = -1;
  private pendingBreak = -1;
  // Per-range state.
  private s = "";
  private offs: Int32Array | null = null;
  private pin = -1;
  // A partial render (see PartialRender): text is kept only when it starts in [keepFrom, keepTo).
  private keepFrom = 0;
  private keepTo = Infinity;
  private watch: TextWatch | null = null;
  /** The next "&" of `s` at or after where the watch last looked (s.length: none): one search per reference, not per segment. */
  private nextAmp = -1;

  constructor(keepHtml = true, partial?: PartialRender) {
    this.htmlParts = keepHtml ? [] : null;
    if (partial) {
      this.keepFrom = partial.from;
      this.keepTo = partial.to;
      this.watch = partial.watch;
    }
  }

  /**
   * Render source[start,end). `pinTo`: map every character to this one offset (for a piece that sits
   * in another file of a document set, which a TextMap cannot point into).
   */
  add(source: string, start: number, end: number, opts: HtmlTextOptions & { pinTo?: number } = {}): void {
    const ixPrefix = opts.ixPrefix === undefined ? "ix" : opts.ixPrefix;
    let lo = start;
    let hi = end;
    if (opts.escaped) {
      const d = decodeWithOffsets(source, start, end);
      this.s = d.text;
      this.offs = d.offsets;
      lo = 0;
      hi = d.text.length;
    } else {
      this.s = source;
      this.offs = null;
    }
    this.pin = opts.pinTo ?? -1;
    this.nextAmp = -1;
    this.render(lo, hi, opts.escaped ? null : ixPrefix);
    this.s = "";
    this.offs = null;
  }

  /** A boundary between two ranges that are not adjacent in the source: at least a word break. */
  separate(sourceOffset: number): void {
    this.space(sourceOffset);
  }

  finish(): HtmlText {
    return { text: this.b.toString(), map: this.b.map, html: this.htmlParts?.join("") ?? "" };
  }

  private off(i: number): number {
    if (this.pin >= 0) return this.pin;
    return this.offs ? this.offs[i] : i;
  }

  private space(at: number): void {
    if (this.pendingBreak < 0 && this.pendingSpace < 0) this.pendingSpace = at;
  }

  private paragraph(at: number): void {
    if (this.pendingBreak < 0) this.pendingBreak = at;
    this.pendingSpace = -1;
  }

  private flush(): void {
    if (this.b.textLength > 0) {
      if (this.pendingBreak >= 0) this.b.appendReplacement("\n", this.pendingBreak);
      else if (this.pendingSpace >= 0) this.b.appendReplacement(" ", this.pendingSpace);
    }
    this.pendingBreak = -1;
    this.pendingSpace = -1;
  }

  /** Characters s[i,j), each from its own source position. */
  private run(i: number, j: number): void {
    this.flush();
    const s = this.s;
    if (this.pin >= 0) {
      for (let k = i; k < j; k++) this.b.appendReplacement(s[k], this.pin);
      return;
    }
    const offs = this.offs;
    if (!offs) {
      this.b.append(s.slice(i, j), i);
      return;
    }
    let k = i;
    while (k < j) {
      let m = k + 1;
      while (m < j && offs[m] === offs[m - 1] + 1) m++;
      this.b.append(s.slice(k, m), offs[k]);
      k = m;
    }
  }

  private replacement(text: string, at: number): void {
    this.flush();
    this.b.appendReplacement(text, at);
  }

  /** Text (no tags) s[i,hi): whitespace collapsed, references decoded unless `raw` (CDATA). */
  private text(i: number, hi: number, raw: boolean): void {
    const s = this.s;
    while (i < hi) {
      const c = s.charCodeAt(i);
      if (isSpaceCode(c)) {
        this.space(this.off(i));
        i++;
        while (i < hi && isSpaceCode(s.charCodeAt(i))) i++;
      } else if (c === 0x26 && !raw) {
        const hit = decodeEntityAt(s, i, hi);
        if (!hit) {
          this.run(i, i + 1);
          i++;
        } else {
          if (hit.text.length === 1 && isSpaceCode(hit.text.charCodeAt(0))) this.space(this.off(i));
          else if (hit.text !== SOFT_HYPHEN) this.replacement(hit.text, this.off(i));
          i = hit.end;
        }
      } else if (c === SOFT_HYPHEN_CODE) {
        i++;
      } else {
        // Mapped one-for-one from the source, a single " " between two characters collapses to
        // itself: words and their single spaces go in as one run (one map anchor, one string part;
        // the map gives every character the same source offset as a run per word would).
        const whole = this.pin < 0 && this.offs === null;
        let j = whole && !raw && i + 1 < hi ? this.runEnd(i + 1, hi) : i + 1;
        while (j < hi) {
          const d = s.charCodeAt(j);
          if (d === 0x20 && whole && j + 1 < hi) {
            const e = s.charCodeAt(j + 1);
            if (!isSpaceCode(e) && !(e === 0x26 && !raw) && e !== SOFT_HYPHEN_CODE) {
              j += 2;
              continue;
            }
          }
          if (isSpaceCode(d) || (d === 0x26 && !raw) || d === SOFT_HYPHEN_CODE) break;
          j++;
        }
        this.run(i, j);
        i = j;
      }
    }
  }

  /**
   * Where text()'s loop stops a run whose second character is s[from] (whole mode, references decoded), read by
   * RUN_WORDS (round 42: the loop cost ~25 instructions a character, the regex a few); or `from`, for the loop to read
   * on, when the match runs past `hi` (a range that ends inside text). A match that stops at the regex's bound
   * on words, before a single space and a run character, goes on from there.
   */
  private runEnd(from: number, hi: number): number {
    const s = this.s;
    let j = from;
    for (;;) {
      RUN_WORDS.lastIndex = j;
      RUN_WORDS.test(s);
      const m = RUN_WORDS.lastIndex;
      if (m > hi) return j;
      if (m + 1 >= hi || s.charCodeAt(m) !== 0x20 || !isRunCode(s.charCodeAt(m + 1))) return m;
      j = m;
    }
  }

  /** A text segment s[i,hi) of the walk: rendered when kept, shown to the watch when there is one. */
  private segment(i: number, hi: number, raw: boolean): void {
    if (this.watch) this.watchText(i, hi, raw);
    if (i >= this.keepFrom && i < this.keepTo) this.text(i, hi, raw);
  }

  /** s[i,hi) to the watch as text() reads it: references decoded unless `raw`. */
  private watchText(i: number, hi: number, raw: boolean): void {
    const s = this.s;
    const w = this.watch!;
    if (raw) {
      w.read(s, i, hi, this.off(i), false);
      return;
    }
    let k = i;
    while (k < hi) {
      // An indexOf from each segment would run on to the next "&" wherever it is (megabytes past a window's end).
      if (this.nextAmp < k) this.nextAmp = nextIndex(s, "&", k);
      const amp = this.nextAmp;
      const stop = amp >= hi ? hi : amp;
      if (stop > k) w.read(s, k, stop, this.off(k), false);
      if (stop >= hi) break;
      const hit = decodeEntityAt(s, stop, hi);
      if (hit) {
        w.read(hit.text, 0, hit.text.length, this.off(stop), true);
        k = hit.end;
      } else {
        w.read(s, stop, stop + 1, this.off(stop), false);
        k = stop + 1;
      }
    }
  }

  private render(lo: number, hi: number, ixPrefix: string | null): void {
    const s = this.s;
    const ixOpen = ixPrefix ? `<${ixPrefix}:` : "";
    let htmlFrom = lo;
    let i = lo;
    while (i < hi) {
      const lt = s.indexOf("<", i);
      const textEnd = lt === -1 || lt >= hi ? hi : lt;
      if (textEnd > i) this.segment(i, textEnd, false);
      if (textEnd >= hi) break;
      i = lt;
      const c1 = s.charCodeAt(i + 1);
      if (c1 === 0x21 /* ! */ || c1 === 0x3f /* ? */) {
        if (s.startsWith("<!--", i)) {
          i = afterComment(s, i, hi);
          continue;
        }
        if (s.startsWith("<![CDATA[", i)) {
          const stop = cdataEnd(s, i, hi);
          this.segment(i + 9, stop, true);
          i = stop === hi ? hi : stop + 3;
          continue;
        }
        const e = s.indexOf(">", i + 2);
        i = e === -1 || e >= hi ? hi : e + 1;
        continue;
      }
      const isClose = c1 === 0x2f;
      const nameStart = i + (isClose ? 2 : 1);
      if (nameStart >= hi || !isNameStart(s.charCodeAt(nameStart))) {
        this.segment(i, i + 1, false); // a stray "<" in text
        i++;
        continue;
      }
      const gt = tagEnd(s, i, hi);
      if (gt === -1) {
        i = hi; // a tag cut off by the end of the range: nothing readable follows
        break;
      }
      // The name s[nameStart, nameEnd) is read where it stands: no string is made for it (round 42).
      const nameEnd = nameEndAt(s, nameStart, gt);
      const nameLength = nameEnd - nameStart;
      if (ixPrefix && nameLength > ixPrefix.length && s.charCodeAt(nameStart + ixPrefix.length) === 0x3a && s.startsWith(ixPrefix, nameStart)) {
        // An ix tag: unwrap it; drop ix:exclude with its content.
        if (htmlFrom < i) this.htmlParts?.push(s.slice(htmlFrom, i));
        const localStart = nameStart + ixPrefix.length + 1;
        let next = gt + 1;
        if (nameEnd - localStart === 7 && s.startsWith("exclude", localStart) && !isClose && s.charCodeAt(gt - 1) !== 0x2f) {
          next = this.skipElement(`${ixOpen}exclude`, `</${ixPrefix}:exclude`, gt + 1, hi);
        }
        i = next;
        htmlFrom = next;
        continue;
      }
      const kind = tagKindAt(s, nameStart, nameEnd);
      if (!isClose) {
        const skipTo = this.commentEnd(s.charCodeAt(nameStart), nameLength, i, gt, hi);
        if (skipTo >= 0) {
          if (kind === BLOCK_TAG) this.paragraph(this.off(i));
          i = skipTo;
          continue;
        }
      }
      if (kind === BLOCK_TAG) this.paragraph(this.off(i));
      else if (kind === CELL_TAG) this.space(this.off(i));
      i = gt + 1;
      if (kind === SKIPPED_TAG && !isClose && s.charCodeAt(gt - 1) !== 0x2f) {
        const name = s.slice(nameStart, nameEnd);
        const colon = name.lastIndexOf(":");
        const re = closeTagPattern((colon === -1 ? name : name.slice(colon + 1)).toLowerCase());
        re.lastIndex = i;
        const m = re.exec(s);
        i = m === null || m.index >= hi ? hi : m.index;
      }
    }
    if (htmlFrom < hi) this.htmlParts?.push(s.slice(htmlFrom, hi));
  }

  /**
   * Where to go on from when the start tag s[lt, gt] opens a word processor's comment, -1 when it does
   * not: comments are not text, as in a Word draft (realistic set 24). Google Docs' "Download as HTML"
   * links each anchor ("[a]", `<a href="#cmnt1" id="cmnt_ref1">`) to its comment, written at the end
   * of the document in a div that opens with the link back (`<a href="#cmnt_ref1" id="cmnt1">`); Word's
   * "Save as Web Page" wraps the anchor ("[JO1]" and a comment-mark &nbsp;) in a
   * `<span class=MsoCommentReference>` and writes the comments in a `<div style='mso-element:comment-list'>`.
   * A Google anchor is dropped to its `</a>`, a Google comment to the `</div>` that ends it, Word's
   * span and list with what they nest.
   */
  private commentEnd(first: number, nameLength: number, lt: number, gt: number, hi: number): number {
    // O(1) for any tag: the exporters write these attributes first and always alike (a line break may precede them).
    // `first`: the code of the name's first character; `nameLength`: its length.
    const s = this.s;
    const c = first | 0x20;
    if (c === 0x64 /* d */) return nameLength === 3 && attributeFirst(s, lt + 4, "style='mso-element:comment-list'") ? this.skipElement("<div", "</div", gt + 1, hi) : -1;
    if (c === 0x73 /* s */) return nameLength === 4 && attributeFirst(s, lt + 5, "class=MsoCommentReference") ? this.skipElement("<span", "</span", gt + 1, hi) : -1;
    if (c !== 0x61 /* a */ || nameLength !== 1 || !attributeFirst(s, lt + 2, 'href="#cmnt')) return -1;
    const re = closeTagPattern(s.startsWith("_ref", lt + 14) ? "div" : "a");
    re.lastIndex = gt + 1;
    const m = re.exec(s);
    return m === null || m.index >= hi ? hi : m.index;
  }

  /** Offset after the close tag matching an element whose start tag ended at `from` (same-name nesting counted). */
  private skipElement(open: string, close: string, from: number, hi: number): number {
    const s = this.s;
    let depth = 1;
    let i = from;
    // The next start tag at or after i; kept between rounds (searching again from i each round
    // would rescan to the end of the text once per close tag: quadratic on deep nesting).
    let o = s.indexOf(open, i);
    while (depth > 0) {
      const c = s.indexOf(close, i);
      if (c === -1 || c >= hi) return hi;
      if (o !== -1 && o < i) o = s.indexOf(open, i);
      while (o !== -1 && o < c) {
        const g = tagEnd(s, o, hi);
        if (g !== -1 && s.charCodeAt(g - 1) !== 0x2f) depth++;
        o = s.indexOf(open, g === -1 ? o + 1 : g);
      }
      depth--;
      const g = tagEnd(s, c, hi);
      if (g === -1) return hi;
      i = g + 1;
    }
    return i;
  }
}

/** Plain-text rendering of source[start,end) (see HtmlTextRenderer). */
export function htmlToText(source: string, start: number, end: number, opts: HtmlTextOptions & { partial?: PartialRender } = {}): HtmlText {
  const r = new HtmlTextRenderer(opts.html !== false, opts.partial);
  r.add(source, start, end, opts);
  return r.finish();
}

/**
 * The XML text content of source[start,end): tags removed, references decoded, `ix:exclude` content
 * dropped, whitespace kept exactly (transformations have their own whitespace rules).
 */
export function textContent(source: string, start: number, end: number, ixPrefix: string | null = "ix"): string {
  const out: string[] = [];
  let i = start;
  const excludeOpen = ixPrefix ? `<${ixPrefix}:exclude` : "";
  const excludeClose = ixPrefix ? `</${ixPrefix}:exclude` : "";
  let depth = 0;
  let amp = -1; // the next "&" at or after some point before i (source.length: none)
  while (i < end) {
    const lt = source.indexOf("<", i);
    const stop = lt === -1 || lt >= end ? end : lt;
    if (stop > i && depth === 0) {
      if (amp < i) amp = nextIndex(source, "&", i);
      out.push(amp >= stop ? source.slice(i, stop) : decodeText(source, amp, i, stop));
    }
    if (stop >= end) break;
    if (source.startsWith("<!--", lt)) {
      i = afterComment(source, lt, end);
      continue;
    }
    if (source.startsWith("<![CDATA[", lt)) {
      const cdEnd = cdataEnd(source, lt, end);
      if (depth === 0) out.push(source.slice(lt + 9, cdEnd));
      i = cdEnd === end ? end : cdEnd + 3;
      continue;
    }
    const gt = tagEnd(source, lt, end);
    if (gt === -1) break;
    if (ixPrefix) {
      if (source.startsWith(excludeOpen, lt) && isTagNameEnd(source.charCodeAt(lt + excludeOpen.length))) {
        if (source.charCodeAt(gt - 1) !== 0x2f) depth++;
      } else if (source.startsWith(excludeClose, lt) && isTagNameEnd(source.charCodeAt(lt + excludeClose.length))) {
        depth = Math.max(0, depth - 1);
      }
    }
    i = gt + 1;
  }
  return out.join("");
}

function isTagNameEnd(c: number): boolean {
  return c === 0x3e || c === 0x2f || isSpaceCode(c);
}

/** `s.indexOf(c, from)`, with s.length for none. */
function nextIndex(s: string, c: string, from: number): number {
  const at = s.indexOf(c, from);
  return at === -1 ? s.length : at;
}

/** source[a, b) with its references decoded; `amp` is its first "&". */
function decodeText(source: string, amp: number, a: number, b: number): string {
  const out: string[] = [];
  let last = a;
  let k = amp;
  while (k !== -1 && k < b) {
    const hit = decodeEntityAt(source, k, b);
    if (hit) {
      out.push(source.slice(last, k), hit.text);
      last = hit.end;
      k = source.indexOf("&", hit.end);
    } else {
      k = source.indexOf("&", k + 1);
    }
  }
  out.push(source.slice(last, b));
  return out.join("");
}
