import { extname } from "node:path";
import type { InputFormat } from "../model/types.js";

const IXBRL_NS = "http://www.xbrl.org/2013/inlineXBRL";
// Namespaces and the report table sit near the top; 64 KB leaves room for long comments and styles.
const HEAD = 64 * 1024;

/**
 * The input format, from the content first (root element, namespaces, the R page's shape, draft
 * keys) and the extension only where the content could be two things. Undefined: not a disclosure
 * this linter can read (a FilingSummary.xml, a package.json, a spreadsheet…).
 */
export function detectFormat(text: string, file: string): InputFormat | undefined {
  const ext = extname(file).toLowerCase();
  if (text.startsWith("PK\u0003\u0004")) return text.includes("word/document.xml") ? "docx" : undefined;

  const head = text.slice(0, HEAD).replace(/^\uFEFF/, "");
  const body = head.trimStart();

  if (body.startsWith("<")) {
    const markup = detectMarkup(head);
    // Markdown may open with raw HTML (a converter's <div align='center'>): the extension says which.
    if (markup === "html" && (ext === ".md" || ext === ".markdown")) return "markdown";
    // XML that is not XBRL or XHTML (FilingSummary.xml, schemas, linkbases) is not a disclosure.
    if (markup !== undefined || body.startsWith("<?xml") || ext === ".xml") return markup;
  }
  if (body.startsWith("{")) return hasDraftKey(text) ? "json-draft" : undefined;
  if (isRPageText(head)) return "r-page-text";
  if (isYamlDraft(head) && ext !== ".md" && ext !== ".markdown") return "yaml-draft";
  if (ext === ".md" || ext === ".markdown" || /^#{1,6}[ \t]+\S/m.test(head)) return "markdown";
  if (PROSE_EXTENSIONS.has(ext)) return "text";
  return undefined;
}

/**
 * Whether a JSON text's outermost object has the key "form" or "facts", as a draft's does; not one
 * nested deeper (a rule harness's cases.json names a form per case). Linear; strings skipped whole.
 */
function hasDraftKey(text: string): boolean {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) {
      const start = i + 1;
      for (i++; i < text.length && text.charCodeAt(i) !== 34; i++) if (text.charCodeAt(i) === 92) i++;
      if (depth !== 1) continue;
      const key = text.slice(start, i);
      if ((key === "form" || key === "facts") && /^\s*:/.test(text.slice(i + 1, i + 65))) return true;
    } else if (c === 123 || c === 91) depth++;
    else if (c === 125 || c === 93) depth--;
  }
  return false;
}

// Files whose non-markup content is read as a prose draft.
const PROSE_EXTENSIONS = new Set([".txt", ".text", "", ".htm", ".html", ".xhtml"]);

// An undeclared ix fact or header tag under the conventional prefix.
const IX_FACT_TAG = /<ix:(?:nonNumeric|nonFraction|header)[\s>/]/;

function detectMarkup(head: string): InputFormat | undefined {
  const root = rootElement(head);
  if (root === undefined) return undefined;
  const local = root.name.slice(root.name.indexOf(":") + 1).toLowerCase();
  if (local === "xbrl") return "xbrl-instance";
  // A hand-made fragment may use ix tags without declaring the namespace (the reader accepts the
  // conventional prefix): it is still Inline XBRL, and an ix tag it leaves open is malformed input.
  if (root.name.startsWith("ix:")) return "ixbrl";
  const looksHtml = local === "html" || /^(head|body|div|p|table|span|h[1-6]|meta|title|font|center|br|ul|ol)$/.test(local);
  if (!looksHtml) return undefined;
  if (root.tag.includes(IXBRL_NS) || head.includes(IXBRL_NS) || IX_FACT_TAG.test(head)) return "ixbrl";
  if (head.includes("defref_") && hasReportTable(head)) return "r-page-html";
  return "html";
}

/**
 * A `<table … class="… report …">` start tag: what /<table\b[^>]*\bclass\s*=\s*["']?[^"'>]*\breport\b/i
 * matches, in linear time (that regex backtracks quadratically on a long tag full of "class=").
 */
export function hasReportTable(head: string): boolean {
  for (const t of head.matchAll(/<table\b/gi)) {
    const gt = head.indexOf(">", t.index);
    const tag = head.slice(t.index, gt === -1 ? head.length : gt);
    const reports = [...tag.matchAll(/\breport\b/gi)].map((m) => m.index);
    if (reports.length === 0) continue;
    let r = 0;
    let stop = -1;
    for (const c of tag.matchAll(/\bclass\s*=\s*["']?/gi)) {
      const from = c.index + c[0].length;
      while (r < reports.length && reports[r] < from) r++;
      if (r === reports.length) break;
      if (stop < from) {
        stop = from;
        while (stop < tag.length && !isValueStop(tag.charCodeAt(stop))) stop++;
      }
      if (reports[r] + 6 <= stop) return true;
    }
  }
  return false;
}

function isValueStop(c: number): boolean {
  return c === 0x22 || c === 0x27 || c === 0x3e;
}

/** The first element's name and start tag, skipping the prolog, comments, doctype and PIs. */
function rootElement(head: string): { name: string; tag: string } | undefined {
  let i = 0;
  for (;;) {
    i = head.indexOf("<", i);
    if (i === -1) return undefined;
    if (head.startsWith("<!--", i)) {
      const end = head.indexOf("-->", i + 4);
      if (end === -1) return undefined;
      i = end + 3;
    } else if (head.startsWith("<?", i) || head.startsWith("<!", i)) {
      const end = head.indexOf(">", i + 2);
      if (end === -1) return undefined;
      i = end + 1;
    } else {
      const m = /^<([A-Za-z_][\w.:-]*)/.exec(head.slice(i, i + 200));
      if (!m) return undefined;
      const end = head.indexOf(">", i);
      return { name: m[1], tag: head.slice(i, end === -1 ? head.length : end + 1) };
    }
  }
}

const LABEL_ROW = /^\|.*\[(Line Items|Text Block|Flag)\]\s*$/;

/** The viewer's page copied as text: a first line starting with "|", then a label row soon after. */
function isRPageText(head: string): boolean {
  const lines = head.split(/\r?\n/, 80);
  const first = lines.findIndex((l) => l.trim() !== "");
  if (first === -1 || !lines[first].trimStart().startsWith("|")) return false;
  return lines.slice(first + 1).some((l) => LABEL_ROW.test(l.trim()));
}

/** Our YAML draft: a top-level `form:` or `facts:` key (after an optional `---`). */
function isYamlDraft(head: string): boolean {
  return /^(form|facts)[ \t]*:/m.test(head);
}
