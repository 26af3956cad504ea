import pc from "picocolors";
import type { FileResult, ReportContext, Severity } from "../model/types.js";
import { relativePath } from "./location.js";
import { plural } from "./text.js";
import { forLog, forLogField, oneLine, pathForLog } from "./untrusted.js";

interface Row {
  line: number;
  column: number;
  severity: Severity;
  message: string;
  ruleId: string;
  fix?: string;
}

/**
 * ESLint-like text, grouped by file:
 *
 *     path/to/file.htm
 *       12:5   error    Message  rule-id
 *                       Fix: hint
 *
 *     ✖ 1 problem (1 error, 0 warnings, 0 info)
 *
 * A file that could not be read shows one error row (0:0 unless its position is known) with no
 * rule id. Fix hints sit on a second line under their message, dimmed when coloured. Colour only
 * when ctx.color (the CLI decides: a TTY and no NO_COLOR); padding is measured on the plain text.
 */
export function stylish(results: FileResult[], ctx: ReportContext): string {
  const c = pc.createColors(ctx.color);
  const severityColour: Record<Severity, (s: string) => string> = { error: c.red, warning: c.yellow, info: c.cyan };
  const counts = { error: 0, warning: 0, info: 0 };
  const blocks: string[] = [];

  for (const result of results) {
    const rows: Row[] = [];
    if (result.fatal) {
      const { line = 0, column = 0, message } = result.fatal;
      rows.push({ line, column, severity: "error", message: shown(message), ruleId: "" });
    }
    for (const f of result.findings) {
      rows.push({ line: f.line, column: f.column, severity: f.severity, message: shown(f.message), ruleId: f.ruleId, fix: f.fix && shown(f.fix) });
    }
    if (rows.length === 0) continue;
    for (const row of rows) counts[row.severity]++;

    const lineWidth = Math.max(...rows.map((r) => String(r.line).length));
    const columnWidth = Math.max(...rows.map((r) => String(r.column).length));
    const severityWidth = Math.max(...rows.map((r) => r.severity.length));
    const messageWidth = Math.max(...rows.map((r) => r.message.length));
    const fixIndent = " ".repeat(2 + lineWidth + 1 + columnWidth + 2 + severityWidth + 2);

    const lines = [c.underline(forLogField(pathForLog(relativePath(result.file, ctx.cwd))))];
    for (const row of rows) {
      const position = `${String(row.line).padStart(lineWidth)}:${String(row.column).padEnd(columnWidth)}`;
      const severity = severityColour[row.severity](row.severity.padEnd(severityWidth));
      const tail = row.ruleId ? `${row.message.padEnd(messageWidth)}  ${c.dim(row.ruleId)}` : row.message;
      lines.push(`  ${c.dim(position)}  ${severity}  ${tail}`);
      if (row.fix) lines.push(fixIndent + c.dim(`Fix: ${row.fix}`));
    }
    blocks.push(lines.join("\n"));
  }

  const total = counts.error + counts.warning + counts.info;
  if (total === 0) {
    return `${c.green("✔")} No problems found (${plural(results.length, "file")} checked).\n`;
  }
  const colour = counts.error ? c.red : counts.warning ? c.yellow : c.cyan;
  const summary = `✖ ${plural(total, "problem")} (${plural(counts.error, "error")}, ${plural(counts.warning, "warning")}, ${counts.info} info)`;
  return `${blocks.join("\n\n")}\n\n${c.bold(colour(summary))}\n`;
}

/** A message or hint as a row shows it: one line, nothing a terminal or CI log would act on. */
function shown(text: string): string {
  return forLog(oneLine(text));
}
