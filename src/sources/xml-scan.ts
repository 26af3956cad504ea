// Small, allocation-light helpers for reading tags out of a large XML/XHTML string without building a
// tree (design.md "Inline XBRL without a DOM"). Everything works on offsets into the decoded text.

import { decodeHTMLStrict } from "entities";
import type { Period } from "../model/types.js";

/** XML whitespace: space, TAB, CR, LF (NOT U+00A0). */
export function isXmlSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d;
}

/** Trim XML whitespace only (a leading/trailing NBSP survives, as the transformation registry requires). */
export function xmlTrim(s: string): string {
  let a = 0;
  let b = s.length;
  while (a < b && isXmlSpace(s.charCodeAt(a))) a++;
  while (b > a && isXmlSpace(s.charCodeAt(b - 1))) b--;
  return a === 0 && b === s.length ? s : s.slice(a, b);
}

/** Collapse runs of XML whitespace to one space and trim (xs:token-like). */
export function xmlCollapse(s: string): string {
  return xmlTrim(s).replace(/[ \t\r\n]+/g, " ");
}

const namedCache = new Map<string, string | null>();

/**
 * Decode the character or entity reference starting at `src[amp] === "&"`, looking no further than
 * `limit`. Returns the replacement text and the offset after the ";", or null when it is not a
 * reference we know. Only predefined/HTML named entities and numeric references are decoded: entity
 * definitions from a DOCTYPE are never expanded (so an internal "billion laughs" stays inert text).
 */
export function decodeEntityAt(src: string, amp: number, limit: number): { text: string; end: number } | null {
  const max = Math.min(limit, amp + 40);
  const semi = src.indexOf(";", amp + 1);
  if (semi === -1 || semi >= max || semi === amp + 1) return null;
  if (src.charCodeAt(amp + 1) === 0x23 /* # */) {
    const hex = src.charCodeAt(amp + 2) === 0x78 || src.charCodeAt(amp + 2) === 0x58;
    const digits = src.slice(amp + (hex ? 3 : 2), semi);
    if (digits.length === 0 || !(hex ? /^[0-9a-fA-F]+$/ : /^[0-9]+$/).test(digits)) return null;
    const cp = parseInt(digits, hex ? 16 : 10);
    const ok = cp > 0 && cp <= 0x10ffff && !(cp >= 0xd800 && cp <= 0xdfff);
    return { text: ok ? String.fromCodePoint(cp) : "\uFFFD", end: semi + 1 };
  }
  const ref = src.slice(amp, semi + 1);
  let text = namedCache.get(ref);
  if (text === undefined) {
    const decoded = /^&[A-Za-z][A-Za-z0-9]*;$/.test(ref) ? decodeHTMLStrict(ref) : ref;
    text = decoded === ref ? null : decoded;
    if (namedCache.size < 4096) namedCache.set(ref, text);
  }
  return text === null ? null : { text, end: semi + 1 };
}

/** Decode every reference in `s` (unknown ones stay as written). */
export function decodeEntities(s: string): string {
  let amp = s.indexOf("&");
  if (amp === -1) return s;
  const out: string[] = [];
  let last = 0;
  while (amp !== -1) {
    const hit = decodeEntityAt(s, amp, s.length);
    if (hit) {
      out.push(s.slice(last, amp), hit.text);
      last = hit.end;
      amp = s.indexOf("&", hit.end);
    } else {
      amp = s.indexOf("&", amp + 1);
    }
  }
  out.push(s.slice(last));
  return out.join("");
}

/**
 * Decode one level of references in src[start,end) and remember where every resulting character came
 * from: offsets[i] is the source offset of decoded character i (offsets has one extra entry: `end`).
 */
export function decodeWithOffsets(src: string, start: number, end: number): { text: string; offsets: Int32Array } {
  const parts: string[] = [];
  const offsets = new Int32Array(end - start + 1);
  let n = 0;
  let i = start;
  while (i < end) {
    const amp = src.indexOf("&", i);
    const stop = amp === -1 || amp >= end ? end : amp;
    if (stop > i) {
      parts.push(src.slice(i, stop));
      for (let k = i; k < stop; k++) offsets[n++] = k;
    }
    if (stop === end) break;
    const hit = decodeEntityAt(src, stop, end);
    if (hit) {
      parts.push(hit.text);
      for (let k = 0; k < hit.text.length; k++) offsets[n++] = stop;
      i = hit.end;
    } else {
      parts.push("&");
      offsets[n++] = stop;
      i = stop + 1;
    }
  }
  offsets[n] = end;
  return { text: parts.join(""), offsets: offsets.subarray(0, n + 1) };
}

/** Index of the ">" that ends the tag starting at `lt`, skipping quoted attribute values; -1 if none before `limit`. */
export function tagEnd(src: string, lt: number, limit = src.length): number {
  // A plain loop: tags are short, and an indexOf for a quote could run far past the tag (quadratic).
  for (let i = lt + 1; i < limit; i++) {
    const c = src.charCodeAt(i);
    if (c === 0x3e /* > */) return i;
    if (c === 0x22 || c === 0x27) {
      const close = src.indexOf(c === 0x22 ? '"' : "'", i + 1);
      if (close === -1 || close >= limit) return -1;
      i = close;
    }
  }
  return -1;
}

/**
 * A start tag's rest after its "<": runs with no quote or ">", and up to 32 quoted values (which may
 * hold ">"), to its ">". The runs are unbounded (irregexp's fast greedy loops; a bounded {0,N} loop
 * counted every character and cost more than tagEnd, measured); the values are counted, so a failed
 * match backtracks through 32 of them at most.
 */
const TAG_REST = /[^"'>]*(?:(?:"[^"]*"|'[^']*')[^"'>]*){0,32}>/y;

/**
 * tagEnd(src, lt)'s answer for a tag of several short quoted values (an ix fact's seven or so): one
 * sticky regex match instead of tagEnd's indexOf per quoted value, each a call that costs more than
 * the characters it skips (round 40: ~2,400 instead of ~3,500 instructions an ix start tag of pg's
 * 10-K). A tag the regex does not match (no ">", a quote never closed, more values) is left to
 * tagEnd. No limit: like tagEnd's quoted values, the match runs to the tag's end wherever that is.
 */
export function quotedTagEnd(src: string, lt: number): number {
  TAG_REST.lastIndex = lt + 1;
  return TAG_REST.test(src) ? TAG_REST.lastIndex - 1 : tagEnd(src, lt);
}

export interface StartTag {
  /** Qualified name as written, e.g. "ix:nonNumeric". */
  name: string;
  /** Attribute values with references decoded; keys are qualified names as written. */
  attrs: Record<string, string>;
  /** Offset of "<". */
  start: number;
  /** Offset just after ">". */
  end: number;
  selfClosing: boolean;
}

const NAME_END = /[\s/>]/g;
const ATTR = /([^\s=/>]+)\s*(?:=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g;

/** Parse the start tag at `lt` (src[lt] === "<"). Null when its ">" is missing before `limit`. */
export function parseStartTag(src: string, lt: number, limit = src.length): StartTag | null {
  const gt = tagEnd(src, lt, limit);
  if (gt === -1) return null;
  NAME_END.lastIndex = lt + 1;
  const m = NAME_END.exec(src);
  const nameEnd = m && m.index < gt ? m.index : gt;
  const name = src.slice(lt + 1, nameEnd);
  const selfClosing = src.charCodeAt(gt - 1) === 0x2f; /* / */
  const attrs: Record<string, string> = Object.create(null) as Record<string, string>;
  const body = src.slice(nameEnd, selfClosing ? gt - 1 : gt);
  if (body.length > 0) {
    ATTR.lastIndex = 0;
    for (let a = ATTR.exec(body); a !== null; a = ATTR.exec(body)) {
      const raw = a[2] ?? a[3] ?? a[4] ?? "";
      attrs[a[1]] = raw.indexOf("&") === -1 ? raw : decodeEntities(raw);
    }
  }
  return { name, attrs, start: lt, end: gt + 1, selfClosing };
}

/** Namespace declarations of a tag: prefix ("" for the default namespace) → URI. */
export function declaredNamespaces(tag: StartTag): Map<string, string> | null {
  let out: Map<string, string> | null = null;
  for (const key in tag.attrs) {
    if (key === "xmlns") (out ??= new Map()).set("", tag.attrs[key]);
    else if (key.startsWith("xmlns:")) (out ??= new Map()).set(key.slice(6), tag.attrs[key]);
  }
  return out;
}

/**
 * Offset of the document (root) element's "<": skips a BOM, the XML declaration, comments,
 * processing instructions and a DOCTYPE with its internal subset (never interpreted). -1 if none.
 */
export function rootElementStart(src: string): number {
  let i = 0;
  for (;;) {
    const lt = src.indexOf("<", i);
    if (lt === -1) return -1;
    if (src.startsWith("<?", lt)) {
      const e = src.indexOf("?>", lt + 2);
      if (e === -1) return -1;
      i = e + 2;
    } else if (src.startsWith("<!--", lt)) {
      const e = src.indexOf("-->", lt + 4);
      if (e === -1) return -1;
      i = e + 3;
    } else if (src.startsWith("<!", lt)) {
      i = doctypeEnd(src, lt);
      if (i === -1) return -1;
    } else {
      return lt;
    }
  }
}

/** Offset after a `<!DOCTYPE …>` (with an optional `[ … ]` internal subset), or -1. */
function doctypeEnd(src: string, lt: number): number {
  let i = lt + 2;
  let quote = 0;
  let inSubset = false;
  for (; i < src.length; i++) {
    const c = src.charCodeAt(i);
    if (quote) {
      if (c === quote) quote = 0;
    } else if (c === 0x22 || c === 0x27) {
      quote = c;
    } else if (inSubset) {
      if (c === 0x5d /* ] */) inSubset = false;
      else if (c === 0x3c && src.startsWith("<!--", i)) {
        const e = src.indexOf("-->", i + 4);
        if (e === -1) return -1;
        i = e + 2;
      }
    } else if (c === 0x5b /* [ */) {
      inSubset = true;
    } else if (c === 0x3e /* > */) {
      return i + 1;
    }
  }
  return -1;
}

/**
 * Every `xmlns:prefix="uri"` declaration anywhere in the document, in order (a cheap indexOf scan;
 * used for the cyd namespaces a filing binds and as a fallback when a prefix is declared below the root).
 */
export function allNamespaceDeclarations(src: string): Array<{ prefix: string; uri: string; offset: number }> {
  const out: Array<{ prefix: string; uri: string; offset: number }> = [];
  const re = /xmlns(?::([^\s=/>"']+))?\s*=\s*(?:"([^"]*)"|'([^']*)')/y;
  for (let i = src.indexOf("xmlns"); i !== -1; i = src.indexOf("xmlns", i + 5)) {
    const prev = src.charCodeAt(i - 1);
    if (!isXmlSpace(prev)) continue;
    re.lastIndex = i;
    const m = re.exec(src);
    if (m) out.push({ prefix: m[1] ?? "", uri: decodeEntities(m[2] ?? m[3] ?? ""), offset: i });
  }
  return out;
}

// (The value as words and the spaces between them, not [^<]*? before \s*<: that tried every split of a run of spaces, cubic
// on a stranger's "<startDate>" and 8,000 spaces (127 s); [^<>]* to the tag's end, as XML holds no "<" in a tag.)
export const PERIOD_PART = /<(?:[\w.-]+:)?(startDate|endDate|instant)\b[^<>]*>\s*(?:([^<\s]+(?:\s+[^<\s]+)*)\s*)?</g;
const CONTEXT_CLOSE = /<\/(?:[\w.-]+:)?context\s*>/g;

const NAME_CHAR = /[\w.-]/;
const DIRECT_LOOKUPS = 8;

/** Where the start tag of an element named `context` (any prefix) begins, if "context" at i is one; else -1. */
function contextTagStart(src: string, i: number): number {
  const after = src[i + 7];
  if (after === undefined || !(after === ">" || after === "/" || isXmlSpace(after.charCodeAt(0)))) return -1;
  let j = i - 1;
  if (src[j] === "<") return j;
  if (src[j] !== ":") return -1;
  j--;
  const end = j;
  while (j >= 0 && NAME_CHAR.test(src[j])) j--;
  return j < end && src[j] === "<" && /[A-Za-z_]/.test(src[j + 1]) ? j : -1;
}

/**
 * A lookup of the periods of the xbrli:contexts (any prefix) inside src[a,b): the first context with
 * an id wins, as in findContextPeriod. The contexts are indexed on first use in one pass, so a
 * filing whose facts each name a different (or a missing) context costs one scan, not one per fact.
 */
export function contextPeriods(src: string, a: number, b: number): (id: string) => Period | null {
  let index: Map<string, StartTag> | undefined;
  const periods = new Map<string, Period | null>();
  return (id) => {
    // Cyd facts name one or two contexts: find those by their id value. Only a document whose
    // facts name many different contexts pays for indexing them all (in one pass).
    if (index === undefined && periods.size < DIRECT_LOOKUPS) {
      let p = periods.get(id);
      if (p === undefined) periods.set(id, (p = findContextPeriod(src, id, a, b)));
      return p;
    }
    if (index === undefined) {
      index = new Map();
      // indexOf on the literal name, then a look back for "<" or "<prefix:": V8 scans a literal far
      // faster than a regex whose first character is a class.
      for (let i = src.indexOf("context", a); i !== -1 && i < b; i = src.indexOf("context", i + 7)) {
        const lt = contextTagStart(src, i);
        if (lt < a) continue;
        const tag = parseStartTag(src, lt, b);
        if (!tag) continue;
        const own = tag.attrs.id;
        if (own !== undefined && !index.has(own)) index.set(own, tag);
        i = Math.max(i, tag.end - 7);
      }
    }
    let p = periods.get(id);
    if (p === undefined) {
      const tag = id === "" ? undefined : index.get(id);
      p = tag ? periodAfter(src, tag, b) : null;
      periods.set(id, p);
    }
    return p;
  };
}

function periodAfter(src: string, tag: StartTag, b: number): Period {
  CONTEXT_CLOSE.lastIndex = tag.end;
  const close = CONTEXT_CLOSE.exec(src);
  const body = src.slice(tag.end, close && close.index < b ? close.index : b);
  const period: Period = {};
  PERIOD_PART.lastIndex = 0;
  for (let m = PERIOD_PART.exec(body); m !== null; m = PERIOD_PART.exec(body)) period[m[1] as keyof Period] = m[2] ?? "";
  return period;
}

/**
 * The period of the xbrli:context with id `id` inside src[a,b) (any prefix), found by looking for the id
 * value rather than parsing every context: a filing has thousands of contexts and cyd facts use one.
 */
export function findContextPeriod(src: string, id: string, a: number, b: number): Period | null {
  if (id === "") return null;
  for (let i = src.indexOf(id, a); i !== -1 && i < b; i = src.indexOf(id, i + 1)) {
    const q = src.charCodeAt(i - 1);
    if ((q !== 0x22 && q !== 0x27) || src.charCodeAt(i + id.length) !== q) continue;
    const lt = src.lastIndexOf("<", i);
    const tag = lt >= a ? parseStartTag(src, lt, b) : null;
    if (!tag || tag.end <= i || tag.attrs.id !== id || !/(^|:)context$/.test(tag.name)) continue;
    return periodAfter(src, tag, b);
  }
  return null;
}
