import { conceptFromLabel, isHeaderLabel, kindOf } from "../model/concepts.js";
import { InputError } from "../model/errors.js";
import { LineIndex, sourceRange } from "../model/position.js";
import type { Fact, FactKind, Period, ReaderDiagnostic, SourceDocument } from "../model/types.js";
import { flagValue } from "./flag-value.js";
import { htmlToText } from "./html-text.js";
import { viewerDate } from "./r-page-text.js";
import type { DocumentInfo, ReadResult, Reader } from "./reader.js";
import { parseStartTag, tagEnd } from "./xml-scan.js";

/** A cell of the report table: its tag and the source range of its content. */
interface Cell {
  tag: "td" | "th";
  classes: string[];
  colspan: number;
  start: number;
  end: number;
}

interface Row {
  cells: Cell[];
  start: number;
}

interface Column {
  endDate?: string;
  months?: number;
}

// The viewer's rows for structure, not values (taxonomy.md "Header rows").
const STRUCTURE_SUFFIX = /(LineItems|Abstract|Table|Axis|Domain|Member)$/;

/** The SEC viewer's R page as HTML (formats.md §2): `<table class="report">`, one row per concept. */
export const rPageHtmlReader: Reader = {
  format: "r-page-html",
  read(doc: SourceDocument): ReadResult {
    const tables = reportTables(doc.text);
    if (tables.length === 0) throw new InputError('no <table class="report"> found: not an SEC viewer R page');
    const index = LineIndex.of(doc);
    const facts: Fact[] = [];
    const diagnostics: ReaderDiagnostic[] = [];
    const info: DocumentInfo = {};
    for (const rows of tables) {
      const columns = headerColumns(doc.text, rows);
      info.periodEndDate ??= columns.find((c) => c.endDate)?.endDate;
      for (const row of rows) readRow(doc, index, row, columns, facts, diagnostics, info);
    }
    return { facts, diagnostics, info, cydNamespaces: [] };
  },
};

function cellText(src: string, cell: Cell): string {
  return htmlToText(src, cell.start, cell.end, { ixPrefix: null }).text.trim();
}

/**
 * Rows of every `table.report`, by a forward scan of tags: cells of tables nested inside a value
 * (a text block may hold a table) are content, not rows; `table.authRefData` pop-ups never match.
 */
function reportTables(src: string): Row[][] {
  const tables: Row[][] = [];
  let rows: Row[] | null = null;
  let row: Row | null = null;
  let cell: Cell | null = null;
  let depth = 0; // tables open inside the report table
  const closeCell = (at: number) => {
    if (cell) cell.end = at;
    cell = null;
  };
  const closeRow = (at: number) => {
    closeCell(at);
    row = null;
  };
  let i = 0;
  for (;;) {
    const lt = src.indexOf("<", i);
    if (lt === -1) break;
    if (src.startsWith("<!--", lt)) {
      const e = src.indexOf("-->", lt + 4);
      i = e === -1 ? src.length : e + 3;
      continue;
    }
    const gt = tagEnd(src, lt);
    if (gt === -1) break;
    i = gt + 1;
    const m = /^<(\/?)([A-Za-z][\w:-]*)/.exec(src.slice(lt, lt + 40));
    if (!m) continue;
    const closing = m[1] === "/";
    const name = m[2].toLowerCase();
    if (name === "script" || name === "style") {
      if (!closing && src.charCodeAt(gt - 1) !== 0x2f) {
        const end = new RegExp(`</${name}`, "ig");
        end.lastIndex = i;
        i = end.exec(src)?.index ?? src.length;
      }
      continue;
    }
    if (rows === null) {
      if (name === "table" && !closing && classesOf(src, lt).includes("report")) {
        rows = [];
        depth = 0;
      }
      continue;
    }
    if (name === "table") {
      if (!closing) depth++;
      else if (depth > 0) depth--;
      else {
        closeRow(lt);
        tables.push(rows);
        rows = null;
      }
      continue;
    }
    if (depth > 0) continue;
    if (name === "tr") {
      closeRow(lt);
      if (!closing) {
        row = { cells: [], start: lt };
        rows.push(row);
      }
    } else if (name === "td" || name === "th") {
      closeCell(lt);
      if (!closing) {
        if (!row) rows.push((row = { cells: [], start: lt }));
        const tag = parseStartTag(src, lt);
        const span = Number(tag?.attrs.colspan ?? 1);
        const c: Cell = { tag: name, classes: classesOf(src, lt), colspan: Number.isInteger(span) && span > 0 ? span : 1, start: gt + 1, end: gt + 1 };
        row.cells.push(c);
        cell = c;
      }
    }
  }
  if (rows !== null) {
    // Unclosed report table: what was read still counts.
    closeRow(src.length);
    tables.push(rows);
  }
  return tables;
}

function classesOf(src: string, lt: number): string[] {
  const cls = parseStartTag(src, lt)?.attrs.class;
  return cls ? cls.trim().split(/\s+/) : [];
}

/**
 * Columns from the header rows: "12 Months Ended" spans its dates (colspan), then one date per
 * column in the next row; a page of instants has the dates in the first row.
 */
function headerColumns(src: string, rows: Row[]): Column[] {
  const header = [];
  for (const row of rows) {
    if (row.cells.length === 0 || row.cells.some((c) => c.tag !== "th")) break;
    header.push(row.cells.filter((c) => !c.classes.includes("tl")));
  }
  const groups: Array<{ months?: number; span: number }> = [];
  const dates: Array<string | undefined> = [];
  for (const cells of header) {
    for (const c of cells) {
      const text = cellText(src, c);
      const months = /^(\d+)\s+Months?\s+Ended$/i.exec(text);
      if (months) groups.push({ months: Number(months[1]), span: c.colspan });
      else dates.push(viewerDate(text));
    }
  }
  const columns: Column[] = dates.map((endDate) => ({ endDate }));
  let col = 0;
  for (const g of groups) {
    for (let k = 0; k < g.span && col < columns.length; k++) columns[col++].months = g.months;
  }
  return columns;
}

/** "cyd_CybersecurityRiskRoleOfManagementTextBlock" from the label cell's Show.showAR(…'defref_…'…). */
function defref(src: string, cell: Cell): string | undefined {
  return /\bdefref_([\w.-]+)/.exec(src.slice(cell.start, cell.end))?.[1];
}

const popupIndexes = new WeakMap<object, Map<string, number>>();

/** Offsets of every `id="defref_…"` pop-up of a document, found in one scan (not one per row). */
function popups(doc: SourceDocument): Map<string, number> {
  let m = popupIndexes.get(doc);
  if (!m) {
    m = new Map();
    const src = doc.text;
    for (let i = src.indexOf('id="defref_'); i !== -1; i = src.indexOf('id="defref_', i + 11)) {
      const end = src.indexOf('"', i + 11);
      if (end === -1) break;
      const id = src.slice(i + 11, end);
      if (!m.has(id)) m.set(id, i);
    }
    popupIndexes.set(doc, m);
  }
  return m;
}

/** Prefix and local name of a defref id; the pop-up's "Namespace Prefix:" settles prefixes with "_". */
function splitDefref(doc: SourceDocument, id: string): { prefix: string; local: string } {
  const src = doc.text;
  const popup = popups(doc).get(id) ?? -1;
  if (popup !== -1) {
    const m = /Namespace Prefix:\s*<\/strong>\s*<\/td>\s*<td[^>]*>\s*([\w.-]+?)_?\s*<\/td>/.exec(src.slice(popup, popup + 4000));
    if (m && id.startsWith(`${m[1]}_`)) return { prefix: m[1], local: id.slice(m[1].length + 1) };
  }
  const cut = id.indexOf("_");
  return cut === -1 ? { prefix: "", local: id } : { prefix: id.slice(0, cut), local: id.slice(cut + 1) };
}

function readRow(
  doc: SourceDocument,
  index: LineIndex,
  row: Row,
  columns: Column[],
  facts: Fact[],
  diagnostics: ReaderDiagnostic[],
  info: DocumentInfo,
): void {
  const src = doc.text;
  const at = row.cells.findIndex((c) => c.tag === "td" && c.classes.includes("pl"));
  if (at === -1) return;
  const labelCell = row.cells[at];
  const labelText = htmlToText(src, labelCell.start, labelCell.end, { ixPrefix: null });
  const label = labelText.text.trim();
  const id = defref(src, labelCell);
  let concept: string;
  let prefix = "";
  if (id) {
    ({ prefix, local: concept } = splitDefref(doc, id));
  } else {
    const { name, known } = conceptFromLabel(label);
    concept = name;
    if (!known) {
      diagnostics.push({
        code: "unknown-label",
        message: `Label "${label}" has no concept id and is not in the cyd concept table; read as ${name}.`,
        position: index.position(...sourceRange(labelText.map, 0, labelText.text.length)),
        concept: name,
      });
    }
  }
  if (isHeaderLabel(label) || STRUCTURE_SUFFIX.test(concept)) return;

  // Footnote-marker cells (class "fn") are not columns.
  const values = row.cells.slice(at + 1).filter((c) => c.tag === "td" && !c.classes.includes("fn"));
  const read = values.map((cell, k) => ({ cell, column: columns[k], ...htmlToText(src, cell.start, cell.end, { ixPrefix: null }) }));
  const filled = read.filter((r) => r.text !== "");

  if (prefix === "dei") {
    // Cover-page facts (R1) describe the document, they are not disclosures.
    const v = filled[0]?.text;
    if (v === undefined) return;
    if (concept === "DocumentType") info.documentType ??= v;
    else if (concept === "DocumentPeriodEndDate") info.periodEndDate = viewerDate(v) ?? v;
    else if (concept === "DocumentTransitionReport") info.transitionReport ??= flagValue(v) ?? undefined;
    return;
  }

  const kind: FactKind = kindOf(concept) !== "other" ? kindOf(concept) : /\[Flag\]$/.test(label) ? "flag" : /\[Text Block\]$/.test(label) ? "text" : "other";
  if (filled.length === 0) {
    // A concept row with no value: keep it, at its label (as the text reader does), so rules see it is empty.
    const [start, end] = sourceRange(labelText.map, 0, labelText.text.length);
    facts.push(makeFact(index, concept, kind, label, "", "", [], undefined, start, end, columns[0]));
    return;
  }
  for (const r of filled) {
    const [start, end] = sourceRange(r.map, 0, r.text.length);
    const html = src.slice(r.cell.start, r.cell.end).trim();
    facts.push(makeFact(index, concept, kind, label, r.text, html, r.map, r.html.trim(), start, end, r.column));
  }
}

function makeFact(
  index: LineIndex,
  concept: string,
  kind: FactKind,
  label: string,
  text: string,
  raw: string,
  map: Fact["textMap"],
  html: string | undefined,
  start: number,
  end: number,
  column: Column | undefined,
): Fact {
  const position = index.position(start, end);
  const period: Period | undefined = column?.endDate ? { endDate: column.endDate } : undefined;
  const common = { concept, label, position, offset: start, endOffset: end, ...(period ? { period } : {}) };
  if (kind === "flag") {
    const value = flagValue(text);
    return {
      ...common, kind, value, raw: text, text: "", textMap: [],
      ...(value === null ? { problems: [`"${text}" is not a valid XBRL boolean`] } : {}),
    };
  }
  return { ...common, kind, value: text, raw, text, textMap: map, ...(kind === "text" && html !== undefined ? { html } : {}) };
}
