// XBRL 2.1 instance reader (formats.md §4), e.g. EDGAR's *_htm.xml. Facts are top-level elements in a
// cyd namespace; text blocks hold escaped HTML, decoded with a per-character map back to the file.

import { isCydNamespace, kindOf } from "../model/concepts.js";
import { InputError } from "../model/errors.js";
import { LineIndex } from "../model/position.js";
import type { Fact, Period, SourceDocument } from "../model/types.js";
import { tagFact, type FactHead } from "./fact-shape.js";
import { htmlToText } from "./html-text.js";
import type { DocumentInfo, ReadResult, Reader } from "./reader.js";
import { dateFromFormat, flagFromFormat, isNilled, type NamespaceLookup } from "./transforms.js";
import {
  allNamespaceDeclarations,
  decodeEntities,
  declaredNamespaces,
  contextPeriods,
  isXmlSpace,
  parseStartTag,
  rootElementStart,
  xmlCollapse,
  xmlTrim,
} from "./xml-scan.js";

const DEI_NAMESPACE = /^http:\/\/xbrl\.sec\.gov\/dei\/\d{4}$/;

interface Element {
  prefix: string;
  local: string;
  namespace: string;
  attrs: Record<string, string>;
  start: number;
  contentStart: number;
  contentEnd: number;
  end: number;
}

function fail(lines: LineIndex, offset: number, message: string): never {
  const { line, column } = lines.lineCol(offset);
  throw new InputError(message, line, column);
}

/** Offset after the end tag `</qname>` that closes an element whose content starts at `from`; -1 if none. */
function closeTag(src: string, qname: string, from: number): [number, number] {
  const needle = `</${qname}`;
  for (let i = src.indexOf(needle, from); i !== -1; i = src.indexOf(needle, i + 1)) {
    let j = i + needle.length;
    while (isXmlSpace(src.charCodeAt(j))) j++;
    if (src.charCodeAt(j) === 0x3e) return [i, j + 1];
  }
  return [-1, -1];
}

/** Offset of the last end tag `</qname>` (searched from the end, where a root's is); -1 if none. */
function lastCloseTag(src: string, qname: string): number {
  const needle = `</${qname}`;
  for (let i = src.lastIndexOf(needle); i !== -1; i = i === 0 ? -1 : src.lastIndexOf(needle, i - 1)) {
    let j = i + needle.length;
    while (isXmlSpace(src.charCodeAt(j))) j++;
    if (src.charCodeAt(j) === 0x3e) return i;
  }
  return -1;
}

/** Read an XBRL instance document: cyd facts, dei document information, contexts on demand. */
export function readXbrlInstance(doc: SourceDocument): ReadResult {
  const src = doc.text;
  const lines = LineIndex.of(doc);
  const rootAt = rootElementStart(src);
  if (rootAt === -1) throw new InputError("no root element: this is not an XBRL instance", 1, 1);
  const root = parseStartTag(src, rootAt);
  if (!root) fail(lines, rootAt, "the root element's start tag is not closed with \">\" (file truncated?)");
  const nsRoot = declaredNamespaces(root) ?? new Map<string, string>();
  const nsAll = new Map<string, string>();
  const cyd = new Set<string>();
  for (const d of allNamespaceDeclarations(src)) {
    if (!nsAll.has(d.prefix)) nsAll.set(d.prefix, d.uri);
    if (isCydNamespace(d.uri)) cyd.add(d.uri);
  }
  const lookup: NamespaceLookup = (prefix) => nsRoot.get(prefix) ?? nsAll.get(prefix);
  // Prefixes whose elements we read: those bound to a cyd or dei namespace.
  const wanted = new Map<string, string>();
  for (const m of [nsAll, nsRoot]) {
    for (const [prefix, uri] of m) if (prefix !== "" && (isCydNamespace(uri) || DEI_NAMESPACE.test(uri))) wanted.set(prefix, uri);
  }

  const elements: Element[] = [];
  const firstChars = new Set([...wanted.keys()].map((p) => p.charCodeAt(0)));
  // One pass over "<"; skip comments and CDATA; jump over the content of every element we read.
  let lt = src.indexOf("<", root.end);
  while (lt !== -1 && wanted.size > 0) {
    const c1 = src.charCodeAt(lt + 1);
    if (c1 === 0x21 /* ! */) {
      const isComment = src.startsWith("<!--", lt);
      const isCdata = !isComment && src.startsWith("<![CDATA[", lt);
      if (isComment || isCdata) {
        const e = src.indexOf(isComment ? "-->" : "]]>", lt + 4);
        if (e === -1) fail(lines, lt, `${isComment ? "comment" : "CDATA section"} is never closed (file truncated?)`);
        lt = src.indexOf("<", e + 3);
        continue;
      }
    } else if (firstChars.has(c1)) {
      const colon = src.indexOf(":", lt + 1);
      const prefix = colon !== -1 && colon - lt < 64 ? src.slice(lt + 1, colon) : "";
      const namespace = wanted.get(prefix);
      if (namespace !== undefined) {
        const tag = parseStartTag(src, lt);
        if (!tag) fail(lines, lt, `<${prefix}:…> start tag is not closed with ">" (file truncated?)`);
        const local = tag.name.slice(prefix.length + 1);
        let contentEnd = tag.end;
        let end = tag.end;
        if (!tag.selfClosing) {
          let from = tag.end;
          // A CDATA section may hold "</": look for the end tag after it.
          let k = from;
          while (isXmlSpace(src.charCodeAt(k))) k++;
          if (src.startsWith("<![CDATA[", k)) {
            const e = src.indexOf("]]>", k + 9);
            if (e === -1) fail(lines, k, "CDATA section is never closed (file truncated?)");
            from = e + 3;
          }
          const [c, e] = closeTag(src, tag.name, from);
          if (c === -1) fail(lines, lt, `<${tag.name}> is never closed (file truncated?)`);
          const inner = src.indexOf("<", from);
          if (inner !== -1 && inner < c) fail(lines, inner, `unexpected markup inside <${tag.name}> (a fact's value is text or escaped HTML)`);
          contentEnd = c;
          end = e;
        }
        elements.push({ prefix, local, namespace, attrs: tag.attrs, start: lt, contentStart: tag.end, contentEnd, end });
        lt = src.indexOf("<", end);
        continue;
      }
    }
    lt = src.indexOf("<", lt + 1);
  }

  // A file cut short loses its root's end tag: say so (after any unclosed fact, the nearer place) rather than "no facts".
  if (!root.selfClosing && lastCloseTag(src, root.name) < root.end) fail(lines, rootAt, `<${root.name}> is never closed (file truncated?)`);

  const facts: Fact[] = [];
  const info: DocumentInfo = {};
  const periods = contextPeriods(src, root.end, src.length);
  const periodOf = (ref: string | undefined): Period | undefined => (ref === undefined ? undefined : periods(xmlTrim(ref)) ?? undefined);

  for (const el of elements) {
    const rawText = (): string => contentText(src, el);
    if (DEI_NAMESPACE.test(el.namespace)) {
      if (el.local === "DocumentType" && info.documentType === undefined) {
        const v = xmlCollapse(rawText());
        if (v !== "") info.documentType = v;
      } else if (el.local === "DocumentPeriodEndDate" && info.periodEndDate === undefined) {
        const r = dateFromFormat(undefined, rawText(), lookup);
        if (r.value !== null) info.periodEndDate = r.value;
      } else if (el.local === "DocumentTransitionReport" && info.transitionReport === undefined) {
        const r = flagFromFormat(undefined, rawText(), lookup);
        if (r.value !== null) info.transitionReport = r.value;
      }
      continue;
    }
    facts.push(buildFact(src, lines, el, periodOf, lookup));
  }
  return { facts, diagnostics: [], info, cydNamespaces: [...cyd].sort() };
}

/** The element's text: CDATA as is, otherwise references decoded (one level). */
function contentText(src: string, el: Element): string {
  const cd = cdataRange(src, el);
  if (cd) return src.slice(cd[0], cd[1]);
  return decodeEntities(src.slice(el.contentStart, el.contentEnd));
}

/** [start, end) of the content of a CDATA section that is the whole (trimmed) content, or null. */
function cdataRange(src: string, el: Element): [number, number] | null {
  let k = el.contentStart;
  while (k < el.contentEnd && isXmlSpace(src.charCodeAt(k))) k++;
  if (!src.startsWith("<![CDATA[", k)) return null;
  const e = src.indexOf("]]>", k + 9);
  return e === -1 || e > el.contentEnd ? null : [k + 9, e];
}

function buildFact(
  src: string,
  lines: LineIndex,
  el: Element,
  periodOf: (ref: string | undefined) => Period | undefined,
  lookup: NamespaceLookup,
): Fact {
  const kind = kindOf(el.local);
  const contextRef = el.attrs.contextRef === undefined ? undefined : xmlTrim(el.attrs.contextRef);
  const period = periodOf(contextRef);
  const nil = isNilled(el.attrs);
  // Every fact of one hidden class (fact-shape.ts): a field is undefined where there was none.
  const common: FactHead = {
    concept: el.local,
    namespace: el.namespace,
    kind,
    contextRef,
    period: period || undefined,
    format: undefined,
    id: el.attrs.id !== undefined ? xmlTrim(el.attrs.id) : undefined,
    hidden: undefined,
    position: lines.position(el.start, el.end),
    offset: el.start,
    endOffset: el.end,
  };
  if (kind === "flag") {
    if (nil) return tagFact(common, undefined, null, "", "", [], undefined, ["The flag is nil (xsi:nil=\"true\")."]);
    const raw = contentText(src, el);
    const r = flagFromFormat(undefined, raw, lookup);
    return tagFact(common, undefined, r.value, raw, "", [], undefined, r.problem ? [r.problem] : undefined);
  }
  if (kind === "other") {
    const raw = contentText(src, el);
    return tagFact(common, undefined, nil ? null : xmlTrim(raw), raw, "", [], undefined, undefined);
  }
  // Text block: escaped HTML (or HTML in CDATA), rendered with a map through the escaping.
  const cd = cdataRange(src, el);
  const r = cd ? htmlToText(src, cd[0], cd[1], { ixPrefix: null }) : htmlToText(src, el.contentStart, el.contentEnd, { ixPrefix: null, escaped: true });
  return tagFact(common, undefined, r.text, r.html, r.text, r.map, r.html, undefined);
}

/** EDGAR's XBRL instance (formats.md §4). */
export const xbrlInstanceReader: Reader = {
  format: "xbrl-instance",
  read: readXbrlInstance,
};
