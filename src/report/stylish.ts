import { conceptInfo } from "../model/concepts.js";
import type { FileResult, Finding, ReportContext, Severity } from "../model/types.js";
import { type Colors, createColors } from "./colors.js";
import { relativePath } from "./location.js";
import { plural } from "./text.js";
import { forLog, forLogField, oneLine, pathForLog } from "./untrusted.js";

interface Row {
  line: number;
  column: number;
  severity: Severity;
  message: string;
  ruleId: string;
  /** Lines under the message: the quote and where it sits, the citation, the fix. */
  details: string[];
}

/** Off a terminal, detail lines wrap at this width (a report in a file or a CI log stays readable). */
export const DEFAULT_WIDTH = 120;

/**
 * ESLint-like text, grouped by file, with what a reviewer needs under each finding:
 *
 *     path/to/file.htm
 *       12:5   error    Message  rule-id
 *                       "the quoted evidence" (in Board of Directors Oversight [Text Block])
 *                       Reg S-K 106(c)(1)
 *                       Fix: hint
 *
 *     ✖ 1 problem (1 error, 0 warnings, 0 info)
 *
 * The block a finding sits in is named by its concept's label, so a position on a one-line EDGAR
 * filing (line 8, column 650492) can be found by eye; a block the file does not have (an absence
 * on a draft or an untagged filing) is not named. A file that could not be read shows one
 * error row (0:0 unless its position is known) with no rule id. No line is padded past ctx.width (the
 * terminal) or DEFAULT_WIDTH: on a terminal long messages wrap in their column (messageLayout); detail
 * lines wrap to that width, dimmed when coloured. Colour only when ctx.color; padding is measured
 * on the plain text. Every string from the input goes through shown() (untrusted.ts).
 */
export function stylish(results: FileResult[], ctx: ReportContext): string {
  const c = createColors(ctx.color);
  const severityColour: Record<Severity, (s: string) => string> = { error: c.red, warning: c.yellow, info: c.cyan };
  const counts = { error: 0, warning: 0, info: 0 };
  const width = ctx.width && ctx.width > 40 ? ctx.width : DEFAULT_WIDTH;
  const blocks: string[] = [];

  for (const result of results) {
    const rows: Row[] = [];
    if (result.fatal) {
      const { line = 0, column = 0, message } = result.fatal;
      rows.push({ line, column, severity: "error", message: shown(message), ruleId: "", details: [] });
    }
    for (const f of result.findings) {
      rows.push({ line: f.line, column: f.column, severity: f.severity, message: shown(f.message), ruleId: shown(f.ruleId), details: details(f) });
    }
    if (rows.length === 0) continue;
    for (const row of rows) counts[row.severity]++;

    const lineWidth = Math.max(...rows.map((r) => String(r.line).length));
    const columnWidth = Math.max(...rows.map((r) => String(r.column).length));
    const severityWidth = Math.max(...rows.map((r) => r.severity.length));
    const indent = " ".repeat(2 + lineWidth + 1 + columnWidth + 2 + severityWidth + 2);
    const layout = messageLayout(rows, width - indent.length, Boolean(ctx.width));

    const lines = [c.underline(forLogField(pathForLog(relativePath(result.file, ctx.cwd))))];
    for (const row of rows) {
      const position = `${String(row.line).padStart(lineWidth)}:${String(row.column).padEnd(columnWidth)}`;
      const severity = severityColour[row.severity](row.severity.padEnd(severityWidth));
      const ruleBeside = row.ruleId !== "" && layout.ruleBeside;
      const [first = "", ...rest] = layout.wrap ? wrap(row.message, ruleBeside ? layout.column : layout.room) : [row.message];
      const ruleOnOwnLine = row.ruleId !== "" && !ruleBeside;
      const tail = ruleBeside ? `${first.padEnd(layout.column)}  ${c.dim(row.ruleId)}` : first;
      lines.push(`  ${c.dim(position)}  ${severity}  ${tail}`);
      for (const part of rest) lines.push(indent + part);
      if (ruleOnOwnLine) lines.push(indent + c.dim(row.ruleId));
      for (const d of row.details) for (const part of wrap(d, Math.max(40, width - indent.length))) lines.push(indent + c.dim(part));
    }
    blocks.push(lines.join("\n"));
  }

  const summary = summaryLine(counts, results.length, c);
  return counts.error + counts.warning + counts.info === 0 ? `${summary}\n` : `${blocks.join("\n\n")}\n\n${summary}\n`;
}

/**
 * The last line of stylish(results, ctx), without formatting the rest: what the CLI prints on the
 * terminal when the report goes to a file (a batch's report is thousands of findings).
 */
export function stylishSummary(results: FileResult[], ctx: ReportContext): string {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const result of results) {
    if (result.fatal) counts.error++;
    for (const f of result.findings) counts[f.severity]++;
  }
  return summaryLine(counts, results.length, createColors(ctx.color));
}

/** "✔ No problems found (…)" or "✖ N problems (…)", coloured when c colours. */
function summaryLine(counts: Record<Severity, number>, files: number, c: Colors): string {
  const total = counts.error + counts.warning + counts.info;
  if (total === 0) return `${c.green("✔")} No problems found (${plural(files, "file")} checked).`;
  const colour = counts.error ? c.red : counts.warning ? c.yellow : c.cyan;
  return c.bold(colour(`✖ ${plural(total, "problem")} (${plural(counts.error, "error")}, ${plural(counts.warning, "warning")}, ${counts.info} info)`));
}

/** Narrower than this, a message column beside the rule ids would be a column of single words. */
const MIN_MESSAGE_COLUMN = 30;

/**
 * Where messages go in a file's block, given the room right of the severity. Rule ids line up in a
 * column after the longest message, but never past the line: on a terminal (wrap) a longer message
 * wraps inside its column; off one it stays on one line (grep finds it) and only the shorter ones
 * are padded. When the room minus the longest rule id leaves no usable column, the message takes
 * the whole room and the rule id goes on the line under it.
 */
function messageLayout(rows: Row[], room: number, wrapToTerminal: boolean): { column: number; room: number; ruleBeside: boolean; wrap: boolean } {
  const ruled = rows.filter((r) => r.ruleId);
  const longestMessage = Math.max(0, ...ruled.map((r) => r.message.length));
  const longestRule = Math.max(0, ...ruled.map((r) => r.ruleId.length));
  const beside = room - 2 - longestRule;
  if (beside >= MIN_MESSAGE_COLUMN || longestMessage <= beside) {
    return { column: Math.min(longestMessage, Math.max(beside, 0)), room: Math.max(room, MIN_MESSAGE_COLUMN), ruleBeside: true, wrap: wrapToTerminal };
  }
  return { column: 0, room: Math.max(room, MIN_MESSAGE_COLUMN), ruleBeside: false, wrap: wrapToTerminal };
}

/** The quote and the block it is in, the citation, the fix: each one line before wrapping. */
function details(f: Finding): string[] {
  const out: string[] = [];
  // A block the file does not have is no place: the quote (the section heading) says where.
  const label = f.concept && !f.blockAbsent ? (conceptInfo(f.concept)?.label ?? f.concept) : undefined;
  const where = label ? ` (in ${shown(label)})` : "";
  // A message that already quotes the evidence does not need it twice.
  const evidence = f.evidence && !f.message.includes(f.evidence) ? shown(f.evidence) : undefined;
  // A draft's missing element, shown where it belongs: the quote is a neighbour, not the element's text.
  if (evidence && f.belongs) out.push(`Belongs ${f.belongs} “${evidence}”`);
  else if (evidence) out.push(`“${evidence}”${where}`);
  else if (where) out.push(`In ${shown(label!)}`);
  else if (f.near) out.push(`Near ${shown(conceptInfo(f.near)?.label ?? f.near)}`);
  if (f.citation) out.push(shown(f.citation));
  if (f.fix) out.push(`Fix: ${shown(f.fix)}`);
  return out;
}

/** Greedy word wrap; a word longer than the width stays whole on its own line. */
function wrap(text: string, width: number): string[] {
  if (text.length <= width) return [text];
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(" ")) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** An untrusted string as one line that neither a terminal nor a CI log interprets. */
function shown(text: string): string {
  return forLog(oneLine(text));
}
