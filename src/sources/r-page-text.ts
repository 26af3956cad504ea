import { conceptFromLabel, isHeaderLabel, kindOf } from "../model/concepts.js";
import { LineIndex, MappedTextBuilder } from "../model/position.js";
import type { Fact, ReaderDiagnostic, SourceDocument } from "../model/types.js";
import { flagValue } from "./flag-value.js";
import type { DocumentInfo, ReadResult, Reader } from "./reader.js";
import { splitLines, type Line } from "../text/lines.js";


const MONTHS: Record<string, string> = {
  jan: "01", feb: "02", mar: "03", apr: "04", may: "05", jun: "06",
  jul: "07", aug: "08", sep: "09", oct: "10", nov: "11", dec: "12",
};

/** "Dec. 31, 2024" → "2024-12-31". */
export function viewerDate(s: string): string | undefined {
  const m = /^([A-Za-z]{3})[a-z]*\.?\s+(\d{1,2}),\s*(\d{4})$/.exec(s.trim());
  if (!m) return undefined;
  const month = MONTHS[m[1].toLowerCase()];
  return month ? `${m[3]}-${month}-${m[2].padStart(2, "0")}` : undefined;
}

/**
 * The label of a label row ("|Cybersecurity … [Text Block]"): what /^\|(.*\[[^\]]+\])\s*$/ captures,
 * found in linear time (that regex is quadratic on a long line full of "[").
 */
export function labelOfRow(line: string): string | undefined {
  if (line.charCodeAt(0) !== 0x7c /* | */) return undefined;
  const t = line.trimEnd();
  const close = t.length - 1;
  if (close < 3 || t.charCodeAt(close) !== 0x5d /* ] */) return undefined;
  const prev = t.lastIndexOf("]", close - 1);
  const open = t.indexOf("[", Math.max(1, prev + 1));
  if (open === -1 || open > close - 2) return undefined;
  // ".*" stops at a line terminator; a label has words before its bracket ("|[TBD]" is a value).
  const name = t.slice(1, open);
  if (/[\r\u2028\u2029]/.test(name) || name.trim() === "") return undefined;
  return t.slice(1, close + 1);
}

/** The bracketed kinds the viewer appends to a row's label. */
const VIEWER_KIND = /\[(?:Text Block|Flag|Abstract|Table|Axis|Member|Domain|Line Items|Roll Forward|Policy Text Block|Table Text Block)\]\s*$/;

/**
 * Whether a "|" line right after a label row is the next label rather than that row's value: a
 * value may itself end in brackets ("|Our CISO is [TBD: name]"), a label ends in a viewer kind.
 */
function isNextLabel(line: string): boolean {
  return labelOfRow(line) !== undefined && VIEWER_KIND.test(line);
}
const FOOTER = /^\|X\s*$/;

/** The SEC viewer's R page copied as text (formats.md §1). */
export const rPageTextReader: Reader = {
  format: "r-page-text",
  read(doc: SourceDocument): ReadResult {
    const index = LineIndex.of(doc);
    const lines = splitLines(doc.text);
    const facts: Fact[] = [];
    const diagnostics: ReaderDiagnostic[] = [];
    const info: DocumentInfo = {};

    let i = 0;
    while (i < lines.length) {
      const line = lines[i];
      if (FOOTER.test(line.text)) break;
      const period = /^\|\s*(\d+)\s+Months Ended\s*$/i.exec(line.text);
      if (period && i + 1 < lines.length) {
        info.periodEndDate ??= viewerDate(lines[i + 1].text);
        i += 2;
        continue;
      }
      const row = labelOfRow(line.text);
      if (row === undefined || isHeaderLabel(row)) {
        i++;
        continue;
      }
      const label = row.trim();
      // The value: the next "|" line; lines after it without "|" continue a text value.
      let j = i + 1;
      while (j < lines.length && !lines[j].text.startsWith("|") && lines[j].text.trim() === "") j++;
      if (j >= lines.length || isNextLabel(lines[j].text) || FOOTER.test(lines[j].text)) {
        facts.push(makeFact(doc, index, label, [], line.start, diagnostics));
        i = j;
        continue;
      }
      const valueLines: Line[] = [{ text: lines[j].text.slice(1), start: lines[j].start + 1 }];
      let k = j + 1;
      while (k < lines.length && !lines[k].text.startsWith("|")) valueLines.push(lines[k++]);
      facts.push(makeFact(doc, index, label, valueLines, line.start, diagnostics));
      i = k;
    }
    return { facts, diagnostics, info, cydNamespaces: [] };
  },
};

function makeFact(
  doc: SourceDocument,
  index: LineIndex,
  label: string,
  valueLines: Line[],
  labelStart: number,
  diagnostics: ReaderDiagnostic[],
): Fact {
  const { name, known } = conceptFromLabel(label);
  const builder = new MappedTextBuilder();
  let first = -1;
  let last = -1;
  for (const l of valueLines) {
    const lead = l.text.length - l.text.trimStart().length;
    const body = l.text.trim();
    if (body === "") continue;
    if (builder.textLength > 0) builder.appendReplacement("\n", l.start + lead - 1);
    builder.append(body, l.start + lead);
    if (first < 0) first = l.start + lead;
    last = l.start + lead + body.length;
  }
  const text = builder.toString();
  const start = first < 0 ? labelStart : first;
  const end = first < 0 ? labelStart + label.length + 1 : last;
  const position = index.position(start, end);
  const kind = /\[Flag\]$/.test(label) ? "flag" : kindOf(name) === "flag" ? "flag" : /\[Text Block\]$/.test(label) ? "text" : kindOf(name);
  if (!known) {
    diagnostics.push({
      code: "unknown-label",
      message: `Label "${label}" is not in the cyd concept table; read as ${name}.`,
      position,
      concept: name,
    });
  }
  if (kind === "flag") {
    const value = flagValue(text);
    return {
      concept: name, kind, value, raw: text, text: "", textMap: [], label, position, offset: start, endOffset: end,
      ...(value === null ? { problems: [`"${text}" is not a valid XBRL boolean`] } : {}),
    };
  }
  return { concept: name, kind, value: text, raw: text, text, textMap: builder.map, label, position, offset: start, endOffset: end };
}
