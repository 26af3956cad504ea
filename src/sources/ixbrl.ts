// Inline XBRL reader (formats.md §3). No DOM: one indexOf-driven pass per document finds the ix tags
// (checking that they nest), namespace declarations and comments; only the fragments we need — cyd and
// dei facts, their continuations, the contexts they use — are then read (design.md).

import { conceptInfo, isCydNamespace, kindOf } from "../model/concepts.js";
import { InputError } from "../model/errors.js";
import { LineIndex } from "../model/position.js";
import type { DisclosureSection, Fact, Period, Position, ReaderDiagnostic, SourceDocument, SourceRange } from "../model/types.js";
import { tagFact, type FactHead } from "./fact-shape.js";
import { HtmlTextRenderer, textContent } from "./html-text.js";
import { sectionAround, sectionByHeading } from "./prose.js";
import { reportKindOf } from "../model/report-kind.js";
import { isRegexSpace } from "../text/spaces.js";
import type { DocumentInfo, ReadResult, Reader } from "./reader.js";
import { dateFromFormat, flagFromFormat, isNilled, xsBoolean, type NamespaceLookup } from "./transforms.js";
import {
  allNamespaceDeclarations,
  declaredNamespaces,
  contextPeriods,
  parseStartTag,
  quotedTagEnd,
  rootElementStart,
  xmlCollapse,
  xmlTrim,
} from "./xml-scan.js";

/** Inline XBRL 1.1 (and the 1.0 namespace, still seen in old files). */
export const IX_NAMESPACES: readonly string[] = ["http://www.xbrl.org/2013/inlineXBRL", "http://www.xbrl.org/2008/inlineXBRL"];
const DEI_NAMESPACE = /^http:\/\/xbrl\.sec\.gov\/dei\/\d{4}$/;

/** Characters of fact text a document set may expand to beyond 4× its own size (see readIxbrlSet). */
const EXPANSION_FLOOR = 8_000_000;

/** ix elements we keep a record of (everything else is only checked for nesting). */
const RECORDED = new Set(["nonNumeric", "nonFraction", "fraction", "continuation", "footnote"]);

interface IxElement {
  local: string;
  /** The start tag's text. */
  tag: string;
  attrsCache: Record<string, string> | null;
  /** "<" of the start tag. */
  start: number;
  /** After the start tag's ">". */
  contentStart: number;
  /** "<" of the end tag (= contentStart when self-closing). */
  contentEnd: number;
  /** After the end tag's ">". */
  end: number;
  hidden: boolean;
  /** Namespace declarations made on this element or its ix ancestors (rare; null when none). */
  scope: Map<string, string> | null;
}

interface ScannedDoc {
  doc: SourceDocument;
  lines: LineIndex;
  /** Prefix bound to the ix namespace, or null when the document has none. */
  ixPrefix: string | null;
  nsRoot: Map<string, string>;
  /** First binding of each prefix anywhere in the document (fallback for declarations below the root). */
  nsAll: Map<string, string>;
  cydDeclared: string[];
  facts: IxElement[];
  continuations: IxElement[];
  /** Elements other than facts and continuations that carry continuedAt (footnotes), for reuse checks. */
  otherLinks: IxElement[];
  resources: Array<[number, number]>;
  /** Period lookups, one per ix:resources range (built on first use). */
  periodLookups: Array<(id: string) => Period | null> | null;
}

interface Piece {
  sd: ScannedDoc;
  el: IxElement;
}

function fail(lines: LineIndex, offset: number, message: string): never {
  const { line, column } = lines.lineCol(offset);
  throw new InputError(message, line, column);
}

function at(lines: LineIndex, offset: number): string {
  const { line, column } = lines.lineCol(offset);
  return `line ${line}, column ${column}`;
}

/** Find and check every ix tag of one document. Throws InputError on ix structure that does not nest. */
function scanDocument(doc: SourceDocument): ScannedDoc {
  const src = doc.text;
  const lines = LineIndex.of(doc);
  const rootAt = rootElementStart(src);
  let nsRoot = new Map<string, string>();
  if (rootAt !== -1) {
    const root = parseStartTag(src, rootAt);
    if (!root) fail(lines, rootAt, "the root element's start tag is not closed with \">\" (file truncated?)");
    nsRoot = declaredNamespaces(root) ?? nsRoot;
  }
  const nsAll = new Map<string, string>();
  const cydDeclared = new Set<string>();
  const declarations = allNamespaceDeclarations(src);
  for (const d of declarations) {
    if (!nsAll.has(d.prefix)) nsAll.set(d.prefix, d.uri);
    if (isCydNamespace(d.uri)) cydDeclared.add(d.uri);
  }
  const sd: ScannedDoc = {
    doc, lines, ixPrefix: null, nsRoot, nsAll, cydDeclared: [...cydDeclared],
    facts: [], continuations: [], otherLinks: [], resources: [], periodLookups: null,
  };
  sd.ixPrefix = ixPrefixOf(sd);
  if (sd.ixPrefix === null) return sd;

  // The scan stops at each ix start or end tag, comment and CDATA section, in document order, from
  // two native searches (round 46): "x:" (the prefix's last character and its colon; ~57,000 stops
  // inside the search on a 3.8 MB filing, one return to JavaScript an ix tag) and "!" (a filing has a
  // handful), where an indexOf("<") from JavaScript at each of its ~65,000 tags cost a builtin's call
  // and the loop's checks at each one. Each search's next hit is kept until the scan passes it.
  const p = sd.ixPrefix;
  const pColon = p + ":";
  const key = p.slice(-1) + ":";
  const stack: Array<{ el: IxElement | null; local: string; start: number; scope: Map<string, string> | null }> = [];
  let hiddenDepth = 0;
  let nextDecl = 0; // declarations are in document order, like the tags
  let pos = Math.max(0, rootAt);
  let tagAt = -2; // "<" of the next ix start or end tag at or after pos (-1: none; -2: not searched)
  let markAt = -2; // "<" of the next "<!--" or "<![CDATA[" at or after pos (the same)
  for (;;) {
    if (tagAt !== -1 && tagAt < pos) tagAt = ixTagAt(src, p, key, pos);
    if (markAt !== -1 && markAt < pos) markAt = markupAt(src, pos);
    if (tagAt === -1 && markAt === -1) break;
    if (markAt !== -1 && (tagAt === -1 || markAt < tagAt)) {
      const lt = markAt;
      if (src.charCodeAt(lt + 2) === 0x2d /* "<!--" */) {
        const e = src.indexOf("-->", lt + 4);
        if (e === -1) fail(lines, lt, "comment is never closed (file truncated?)");
        pos = e + 3;
      } else {
        const e = src.indexOf("]]>", lt + 9);
        if (e === -1) fail(lines, lt, "CDATA section is never closed (file truncated?)");
        pos = e + 3;
      }
      continue;
    }
    const lt = tagAt;
    if (src.charCodeAt(lt + 1) !== 0x2f /* / */) {
      const gt = quotedTagEnd(src, lt);
      if (gt === -1) fail(lines, lt, `<${p}:…> start tag is not closed with ">" (file truncated?)`);
      const nameStart = lt + 1 + pColon.length;
      const local = localName(src, nameStart, nameEnd(src, nameStart, gt));
      if (local === "") fail(lines, lt, `malformed tag "<${p}:"`);
      const selfClosing = src.charCodeAt(gt - 1) === 0x2f;
      while (nextDecl < declarations.length && declarations[nextDecl].offset < lt) nextDecl++;
      const parentScope = stack.length > 0 ? stack[stack.length - 1].scope : null;
      let scope = parentScope;
      if (nextDecl < declarations.length && declarations[nextDecl].offset < gt) {
        // Rare: namespaces declared on an ix element.
        const own = declaredNamespaces(parseStartTag(src, lt)!);
        if (own) scope = new Map([...(parentScope ?? []), ...own]);
      }
      let el: IxElement | null = null;
      if (RECORDED.has(local)) {
        el = {
          local, tag: src.slice(lt, gt + 1), attrsCache: null, start: lt, contentStart: gt + 1,
          contentEnd: gt + 1, end: gt + 1, hidden: hiddenDepth > 0, scope,
        };
        if (local === "continuation") sd.continuations.push(el);
        else if (local === "footnote") {
          if (el.tag.includes("continuedAt")) sd.otherLinks.push(el);
        } else sd.facts.push(el);
      }
      if (!selfClosing) {
        stack.push({ el, local, start: lt, scope });
        if (local === "hidden") hiddenDepth++;
      }
      pos = gt + 1;
    } else {
      const gt = src.indexOf(">", lt);
      if (gt === -1) fail(lines, lt, `</${p}:…> end tag is not closed with ">" (file truncated?)`);
      const top = stack.pop();
      // Most end tags are "</ix:name>" of the element open: compared where they stand, no strings made
      // (a name that ends in a space trim() would take off is compared as before).
      const localStart = lt + 2 + pColon.length;
      if (!top || localStart + top.local.length !== gt || !src.startsWith(top.local, localStart) || isRegexSpace(top.local.charCodeAt(top.local.length - 1))) {
        const name = src.slice(lt + 2, gt).trim();
        if (!top) fail(lines, lt, `</${name}> has no matching start tag`);
        if (top.local !== name.slice(pColon.length)) {
          fail(lines, lt, `</${name}> does not match <${p}:${top.local}> opened at ${at(lines, top.start)}`);
        }
      }
      const local = top.local;
      if (local === "hidden") hiddenDepth--;
      if (local === "resources") sd.resources.push([top.start, gt + 1]);
      if (top.el) {
        top.el.contentEnd = lt;
        top.el.end = gt + 1;
      }
      pos = gt + 1;
    }
  }
  if (stack.length > 0) {
    const top = stack[stack.length - 1];
    fail(lines, top.start, `<${p}:${top.local}> is never closed (file truncated?)`);
  }
  return sd;
}

/**
 * "<" of the first ix start tag ("<p:") or end tag ("</p:") at or after `from`, or -1: found by a native
 * search for `key` (p's last character and ":"), each hit checked for the rest where it stands.
 */
function ixTagAt(src: string, p: string, key: string, from: number): number {
  const n = p.length;
  for (let h = src.indexOf(key, from + n); h !== -1; h = src.indexOf(key, h + 1)) {
    const s = h - n; // "<p:": "<" n before the hit
    if (s >= from && src.charCodeAt(s) === 0x3c && src.startsWith(p, s + 1)) return s;
    // "</p:"
    if (s - 1 >= from && src.charCodeAt(s - 1) === 0x3c && src.charCodeAt(s) === 0x2f && src.startsWith(p, s + 1)) return s - 1;
  }
  return -1;
}

/** src.startsWith(text, at) for a short text (a fact's namespace prefix), by the characters' codes: no builtin's call (round 47). */
function textAt(src: string, text: string, at: number): boolean {
  for (let k = 0; k < text.length; k++) if (src.charCodeAt(at + k) !== text.charCodeAt(k)) return false;
  return true;
}

/** "<" of the first "<!--" or "<![CDATA[" at or after `from`, or -1 (a native search for "!", rare in a filing). */
function markupAt(src: string, from: number): number {
  for (let h = src.indexOf("!", from + 1); h !== -1; h = src.indexOf("!", h + 1)) {
    if (src.charCodeAt(h - 1) === 0x3c && (src.startsWith("<!--", h - 1) || src.startsWith("<![CDATA[", h - 1))) return h - 1;
  }
  return -1;
}

/**
 * The ix local names (Inline XBRL 1.1's elements): a start tag's name is one of these strings, not a
 * new one sliced and hashed for each of a filing's thousands of tags (round 38).
 */
const IX_LOCAL_NAMES = ["nonFraction", "nonNumeric", "continuation", "footnote", "fraction", "hidden", "header", "references", "resources", "relationship", "exclude", "tuple", "denominator", "numerator"];

/** src.slice(from, to), as one of IX_LOCAL_NAMES when it is one (Set look-ups and comparisons of it then need no hashing). */
function localName(src: string, from: number, to: number): string {
  const n = to - from;
  for (const name of IX_LOCAL_NAMES) if (name.length === n && src.startsWith(name, from)) return name;
  return src.slice(from, to);
}

function nameEnd(src: string, from: number, limit: number): number {
  let i = from;
  while (i < limit) {
    const c = src.charCodeAt(i);
    if (c === 0x3e || c === 0x2f || c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d) break;
    i++;
  }
  return i;
}

/** Attributes of an element's start tag, parsed on first use (most ix tags are never looked at). */
function attrsOf(el: IxElement): Record<string, string> {
  return (el.attrsCache ??= parseStartTag(el.tag, 0)?.attrs ?? {});
}

/** The `name` attribute without parsing the whole tag (its raw value: entities not decoded). */
function nameOf(el: IxElement): string | undefined {
  if (el.attrsCache) return el.attrsCache.name;
  const v = rawNameAttribute(el.tag);
  return v !== undefined && v.includes("&") ? attrsOf(el).name : v;
}

/**
 * A start tag's raw `name` value: the first "name" with whitespace before it, then `\s*=\s*` and a
 * quoted value, as the regex `\sname\s*=\s*(?:"([^"]*)"|'([^']*)')` finds it. Found by indexOf: the
 * regex was tried at every character of every ix tag (round 38: ~1 M instructions a filing of
 * 2,000 facts, 1% of its lint). Exported for its test.
 */
export function rawNameAttribute(tag: string): string | undefined {
  for (let i = tag.indexOf("name", 1); i !== -1; i = tag.indexOf("name", i + 1)) {
    if (!isRegexSpace(tag.charCodeAt(i - 1))) continue;
    let k = i + 4;
    while (isRegexSpace(tag.charCodeAt(k))) k++;
    if (tag.charCodeAt(k) !== 0x3d /* = */) continue;
    k++;
    while (isRegexSpace(tag.charCodeAt(k))) k++;
    const quote = tag.charCodeAt(k);
    if (quote !== 0x22 && quote !== 0x27) continue;
    const close = tag.indexOf(quote === 0x22 ? '"' : "'", k + 1);
    if (close !== -1) return tag.slice(k + 1, close);
  }
  return undefined;
}

function ixPrefixOf(sd: ScannedDoc): string | null {
  for (const [prefix, uri] of sd.nsRoot) if (prefix !== "" && IX_NAMESPACES.includes(uri)) return prefix;
  for (const [prefix, uri] of sd.nsAll) if (prefix !== "" && IX_NAMESPACES.includes(uri)) return prefix;
  // Undeclared but obviously meant (hand-made fragments): accept the conventional prefix.
  return sd.doc.text.includes("<ix:") ? "ix" : null;
}

function lookupFor(sd: ScannedDoc, el: IxElement): NamespaceLookup {
  return (prefix) => el.scope?.get(prefix) ?? sd.nsRoot.get(prefix) ?? sd.nsAll.get(prefix);
}

/**
 * Whether splitQName(name)'s prefix is `prefix` (not "", no ":" in it, no space first: one splitQName gave it): the
 * name starts with it and a ":" (its first, so trimming the name leaves the prefix as it is).
 */
function hasPrefix(name: string, prefix: string): boolean {
  return name.charCodeAt(prefix.length) === 0x3a && textAt(name, prefix, 0);
}

function splitQName(q: string): [string, string] {
  const t = xmlTrim(q);
  const colon = t.indexOf(":");
  return colon === -1 ? ["", t] : [t.slice(0, colon), t.slice(colon + 1)];
}

/** The period of context `id` in this document's ix:resources (looked up on demand and cached). */
function contextPeriod(sd: ScannedDoc, id: string): Period | null {
  sd.periodLookups ??= sd.resources.map(([a, b]) => contextPeriods(sd.doc.text, a, b));
  for (const lookup of sd.periodLookups) {
    const found = lookup(id);
    if (found) return found;
  }
  return null;
}

const roles = new Map<string, "cyd" | "dei" | null>();
/** cyd / dei / neither, cached per namespace URI (thousands of facts share a handful of namespaces). */
function roleOf(namespace: string): "cyd" | "dei" | null {
  let r = roles.get(namespace);
  if (r === undefined) {
    r = isCydNamespace(namespace) ? "cyd" : DEI_NAMESPACE.test(namespace) ? "dei" : null;
    if (roles.size < 1000) roles.set(namespace, r);
  }
  return r;
}

function isTrue(v: string | undefined): boolean {
  return v !== undefined && xsBoolean(v) === true;
}

function isNil(el: IxElement): boolean {
  return isNilled(attrsOf(el));
}

/**
 * Read a document set (a filing split over several files counts as one): facts in every cyd
 * namespace, the dei document information, and continuation problems as diagnostics.
 */
export function readIxbrlSet(docs: SourceDocument[]): ReadResult {
  const scanned = docs.map(scanDocument);
  const diagnostics: ReaderDiagnostic[] = [];
  const facts: Fact[] = [];
  const info: DocumentInfo = {};
  const cyd = new Set<string>();

  // Continuations are addressed by id across the whole set.
  const continuations = new Map<string, Piece>();
  const duplicateIds = new Set<string>();
  const referrers = new Map<string, Piece[]>();
  for (const sd of scanned) {
    for (const d of sd.cydDeclared) cyd.add(d);
    for (const el of sd.continuations) {
      const raw = attrsOf(el).id;
      const id = raw === undefined ? undefined : xmlTrim(raw);
      if (id === undefined) continue;
      if (continuations.has(id)) duplicateIds.add(id);
      else continuations.set(id, { sd, el });
    }
    for (const el of [...sd.facts, ...sd.continuations, ...sd.otherLinks]) {
      if (!el.tag.includes("continuedAt")) continue;
      const to = attrsOf(el).continuedAt;
      if (to === undefined) continue;
      const id = xmlTrim(to);
      const list = referrers.get(id);
      if (list) list.push({ sd, el });
      else referrers.set(id, [{ sd, el }]);
    }
  }

  const startTag = (p: Piece): Position => p.sd.lines.position(p.el.start, p.el.contentStart);

  // A continuation belongs to the first chain that reaches it. Another chain that reaches it too is
  // reported and stops there: sharing a piece between N facts would copy its text N times (a
  // 100 KB piece named by 10,000 facts is a gigabyte of text).
  const claimed = new Set<IxElement>();

  /** The fact's pieces in chain order; problems become broken-continuation diagnostics. */
  const chainOf = (head: Piece, concept: string): Piece[] => {
    const pieces = [head];
    const inChain = new Set<IxElement>([head.el]);
    const seen = new Set<string>();
    const report = (from: Piece, id: string, message: string): void => {
      diagnostics.push({ code: "broken-continuation", message, position: startTag(from), concept, evidence: `continuedAt="${id}"` });
    };
    /** Another element outside this chain whose continuedAt names `id`, if any. */
    const otherReferrer = (id: string): Piece | undefined => (referrers.get(id) ?? []).find((r) => !inChain.has(r.el));
    const shared = (from: Piece, id: string, o: Piece): void =>
      report(
        from, id,
        `ix:continuation id="${id}" is also the continuedAt target of another element (${o.sd.doc.file}, ${at(o.sd.lines, o.el.start)}); ` +
          `a continuation belongs to one chain only.`,
      );
    for (let cur = head; attrsOf(cur.el).continuedAt !== undefined; ) {
      const id = xmlTrim(attrsOf(cur.el).continuedAt);
      const next = continuations.get(id);
      if (!next) {
        report(cur, id, `continuedAt="${id}" names no ix:continuation in the document set; the value of ${concept} stops here.`);
        break;
      }
      if (seen.has(id)) {
        report(cur, id, `Circular continuation chain: continuedAt="${id}" leads back to a continuation already in the chain of ${concept}.`);
        break;
      }
      if (claimed.has(next.el)) {
        const o = otherReferrer(id);
        if (o) shared(cur, id, o);
        break;
      }
      seen.add(id);
      if (duplicateIds.has(id)) {
        report(cur, id, `More than one ix:continuation has id="${id}"; the first one is used for ${concept}.`);
      }
      pieces.push(next);
      inChain.add(next.el);
      cur = next;
    }
    for (let i = 1; i < pieces.length; i++) {
      claimed.add(pieces[i].el);
      const id = xmlTrim(attrsOf(pieces[i].el).id);
      const o = otherReferrer(id);
      if (o) shared(pieces[i - 1], id, o);
    }
    return pieces;
  };

  const periodOf = (home: ScannedDoc, contextRef: string | undefined): Period | undefined => {
    if (contextRef === undefined) return undefined;
    const id = xmlTrim(contextRef);
    for (const sd of [home, ...scanned.filter((s) => s !== home)]) {
      const p = contextPeriod(sd, id);
      if (p) return p;
    }
    return undefined;
  };

  // Facts nest (a fact inside a text block is part of its value), so N nested text blocks hold N
  // copies of the innermost one: 4,000 nested blocks in a 150 KB file would be gigabytes of text.
  // Real filings nest two or three deep; past this budget the file is refused, not expanded.
  const docChars = docs.reduce((n, d) => n + d.text.length, 0);
  let budget = 4 * docChars + EXPANSION_FLOOR;
  const spend = (piece: Piece, chars: number): void => {
    budget -= chars;
    if (budget < 0) {
      fail(
        piece.sd.lines, piece.el.start,
        `the cybersecurity facts nest or repeat so much that their text would be over ${Math.round((4 * docChars + EXPANSION_FLOOR) / 1e6)} million characters; refusing to expand it`,
      );
    }
  };

  for (const sd of scanned) {
    // The prefix of the last fact (with no namespace declared on an ix element around it) whose namespace is neither
    // cyd nor dei: the thousands of us-gaap facts after the first are passed over by their name's first characters,
    // no strings cut, hashed and looked up for each (round 47).
    let otherPrefix: string | null = null;
    for (const el of sd.facts) {
      const name = nameOf(el);
      if (name === undefined) continue;
      if (otherPrefix !== null && el.scope === null && hasPrefix(name, otherPrefix)) continue;
      const [prefix, local] = splitQName(name);
      const lookup = lookupFor(sd, el);
      const namespace = lookup(prefix);
      if (namespace === undefined) {
        // A cyd concept under an unbound prefix is a namespace error, not a fact to skip in silence.
        if (prefix !== "" && conceptInfo(local)) {
          fail(sd.lines, el.start, `name="${xmlTrim(name)}": namespace prefix "${prefix}" is not declared (xmlns:${prefix}="http://xbrl.sec.gov/cyd/…")`);
        }
        continue;
      }
      const role = roleOf(namespace);
      if (role === "cyd") {
        cyd.add(namespace);
        facts.push(buildFact({ sd, el }, local, namespace, lookup, chainOf, periodOf, spend));
      } else if (role === "dei" && el.local === "nonNumeric") {
        readDei(sd, el, local, lookup, info, periodOf);
      } else if (role === null && el.scope === null && prefix !== "") {
        otherPrefix = prefix;
      }
    }
  }
  const section = itemSection(scanned, facts, info.documentType);
  return { facts, diagnostics, info, cydNamespaces: [...cyd].sort(), ...(section ? { section } : {}) };
}

const MAX_SECTION_FRAGMENTS = 1_000;
const MAX_SECTION_SPAN = 4 << 20;

/**
 * The Item 1C / 16K section around the cyd text blocks: the document that holds most of them, read
 * as prose a little before the first and after the last (where the item's heading and its untagged
 * paragraphs are), never the whole filing.
 */
function itemSection(scanned: ScannedDoc[], facts: Fact[], form: string | undefined): DisclosureSection | undefined {
  const text = facts.filter((f) => f.kind === "text" && !f.hidden);
  // Real filings have tens of text-block fragments; a file with thousands (a hostile chain) is read
  // by its blocks alone, so that matching paragraphs to fragments stays cheap.
  const fragments = text.reduce((n, f) => n + (f.fragments?.length ?? 1), 0);
  // A filing that tags none of its Item 1C (before cyd tagging) is found by the item's heading; an
  // 8-K or 6-K by its Item 1.05 heading (an 8-K under another item, e.g. 8.01, has none).
  if (text.length === 0) {
    const incident = form !== undefined && reportKindOf(form) === "incident";
    for (const sd of scanned) {
      const section = sectionByHeading(sd.doc, sd.ixPrefix, incident);
      if (section) return section;
    }
    return undefined;
  }
  if (fragments > MAX_SECTION_FRAGMENTS) return undefined;
  // The document with the most text-block fragments (a continuation counts where it lies).
  const count = new Map<string, number>();
  for (const f of text) for (const r of f.fragments ?? [{ file: f.position.file }]) count.set(r.file, (count.get(r.file) ?? 0) + 1);
  const file = [...count].sort((a, b) => b[1] - a[1])[0][0];
  const sd = scanned.find((x) => x.doc.file === file);
  if (!sd) return undefined;
  let lo = Infinity;
  let hi = -Infinity;
  for (const f of text) {
    for (const r of f.fragments ?? [{ file: f.position.file, start: f.offset, end: f.endOffset }]) {
      if (r.file !== file) continue;
      lo = Math.min(lo, r.start);
      hi = Math.max(hi, r.end);
    }
  }
  // An Item 1C is tens of kilobytes of markup; blocks spread over megabytes are read by themselves.
  if (hi - lo > MAX_SECTION_SPAN) return undefined;
  const ranges = text.flatMap((f) => (f.fragments ?? []).filter((r) => r.file === file));
  return sectionAround(sd.doc, lo, hi, sd.ixPrefix, ranges);
}

function buildFact(
  head: Piece,
  concept: string,
  namespace: string,
  lookup: NamespaceLookup,
  chainOf: (head: Piece, concept: string) => Piece[],
  periodOf: (home: ScannedDoc, contextRef: string | undefined) => Period | undefined,
  spend: (piece: Piece, chars: number) => void,
): Fact {
  const { sd, el } = head;
  const kind = kindOf(concept);
  const attrs = attrsOf(el);
  const format = attrs.format;
  const contextRef = attrs.contextRef === undefined ? undefined : xmlTrim(attrs.contextRef);
  const period = periodOf(sd, contextRef);
  // Every fact of one hidden class (fact-shape.ts): a field is undefined where there was none.
  const common: FactHead = {
    concept, namespace, kind, contextRef,
    period: period || undefined,
    format: format !== undefined ? xmlTrim(format) : undefined,
    id: attrs.id !== undefined ? xmlTrim(attrs.id) : undefined,
    hidden: el.hidden,
    position: sd.lines.position(el.start, el.end),
    offset: el.start,
    endOffset: el.end,
  };
  // nonNumeric facts may continue; the numeric ones may not.
  const pieces = el.local === "nonNumeric" ? chainOf(head, concept) : [head];
  spend(head, pieces.reduce((n, p) => n + (p.el.contentEnd - p.el.contentStart), 0));
  // Concatenated, not mapped and joined: the holey array `map` makes deoptimised buildFact at the join (round 27).
  const rawText = (): string => {
    let raw = "";
    for (const p of pieces) raw += textContent(p.sd.doc.text, p.el.contentStart, p.el.contentEnd, p.sd.ixPrefix);
    return raw;
  };
  const nil = isNil(el);

  if (kind === "flag") {
    if (nil) return tagFact(common, undefined, null, "", "", [], undefined, ["The flag is nil (xsi:nil=\"true\")."]);
    const raw = rawText();
    const r = flagFromFormat(format, raw, lookup);
    return tagFact(common, undefined, r.value, raw, "", [], undefined, r.problem ? [r.problem] : undefined);
  }
  if (el.local !== "nonNumeric") {
    const raw = rawText();
    return tagFact(common, undefined, nil ? null : xmlTrim(raw), raw, "", [], undefined, undefined);
  }
  const escaped = isTrue(attrs.escape);
  // The HTML is the value only of an escaped fact; for the others it would be a copy nobody reads.
  const renderer = new HtmlTextRenderer(escaped);
  pieces.forEach((p, i) => {
    const foreign = p.sd !== sd;
    if (i > 0) renderer.separate(foreign ? el.start : p.el.contentStart);
    renderer.add(p.sd.doc.text, p.el.contentStart, p.el.contentEnd, {
      ixPrefix: p.sd.ixPrefix,
      ...(foreign ? { pinTo: el.start } : {}),
    });
  });
  const { text, map, html } = renderer.finish();
  // Pushed, not mapped: `map` makes a holey list, fragmentsOf's own one is packed (one kind for the engine's readers).
  const fragments: SourceRange[] = [];
  for (const p of pieces) fragments.push({ file: p.sd.doc.file, start: p.el.start, end: p.el.end });
  return tagFact(common, fragments, text, escaped ? html : rawText(), text, map, escaped ? html : undefined, undefined);
}

function readDei(
  sd: ScannedDoc,
  el: IxElement,
  local: string,
  lookup: NamespaceLookup,
  info: DocumentInfo,
  periodOf: (home: ScannedDoc, contextRef: string | undefined) => Period | undefined,
): void {
  const text = (): string => textContent(sd.doc.text, el.contentStart, el.contentEnd, sd.ixPrefix);
  if (local === "DocumentType" && info.documentType === undefined) {
    const v = xmlCollapse(text().replace(/\u00a0/g, " "));
    if (v !== "") info.documentType = v;
  } else if (local === "DocumentPeriodEndDate" && info.periodEndDate === undefined) {
    const r = dateFromFormat(attrsOf(el).format, text(), lookup);
    // A date format we do not read: the end of the fact's own context period is the next best source.
    const fallback = r.value === null ? periodOf(sd, attrsOf(el).contextRef)?.endDate : undefined;
    const value = r.value ?? (fallback && /^\d{4}-\d{2}-\d{2}$/.test(fallback) ? fallback : null);
    if (value !== null) info.periodEndDate = value;
  } else if (local === "DocumentTransitionReport" && info.transitionReport === undefined) {
    const r = flagFromFormat(attrsOf(el).format, text(), lookup);
    if (r.value !== null) info.transitionReport = r.value;
  }
}

/** The filing itself (formats.md §3). One document; use readIxbrlSet for a multi-file filing. */
export const ixbrlReader: Reader = {
  format: "ixbrl",
  read(doc: SourceDocument): ReadResult {
    return readIxbrlSet([doc]);
  },
};
