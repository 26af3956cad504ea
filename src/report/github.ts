import type { FileResult, ReportContext, Severity } from "../model/types.js";
import { relativePath } from "./location.js";
import { messageWithFix } from "./text.js";

const COMMAND: Record<Severity, string> = { error: "error", warning: "warning", info: "notice" };

/** Escapes a command's message the way @actions/core's `escapeData` does. */
export function escapeData(value: string): string {
  return value.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

/** Escapes a command property the way @actions/core's `escapeProperty` does. */
export function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, "%3A").replace(/,/g, "%2C");
}

function command(name: string, properties: Array<[string, string | number | undefined]>, message: string): string {
  const props = properties
    .filter(([, value]) => value !== undefined && value !== "")
    .map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
    .join(",");
  return `::${name}${props ? ` ${props}` : ""}::${escapeData(message)}`;
}

/**
 * GitHub Actions workflow commands, one line per finding:
 * `::error file=<rel>,line=<l>,col=<c>,endLine=<el>,endColumn=<ec>,title=<ruleId>::<message> Fix: <hint>`
 * (warning → ::warning, info → ::notice). GitHub rejects columns on an annotation that spans
 * lines, so col/endColumn are sent only when line === endLine; an unknown position (< 1) is left
 * out. A fatal is `::error file=<rel>::<message>` (with line/col when known). Empty when nothing
 * was found.
 */
export function github(results: FileResult[], ctx: ReportContext): string {
  const lines: string[] = [];
  for (const result of results) {
    if (result.fatal) {
      const { line, column, message } = result.fatal;
      const known = line !== undefined && line >= 1;
      lines.push(
        command("error", [
          ["file", relativePath(result.file, ctx.cwd)],
          ["line", known ? line : undefined],
          ["col", known && column !== undefined && column >= 1 ? column : undefined],
        ], message),
      );
    }
    for (const f of result.findings) {
      const known = f.line >= 1;
      const oneLine = known && f.endLine === f.line;
      lines.push(
        command(COMMAND[f.severity], [
          ["file", relativePath(f.file, ctx.cwd)],
          ["line", known ? f.line : undefined],
          ["col", oneLine && f.column >= 1 ? f.column : undefined],
          ["endLine", known && f.endLine >= f.line ? f.endLine : undefined],
          ["endColumn", oneLine && f.endColumn >= 1 ? f.endColumn : undefined],
          ["title", f.ruleId],
        ], messageWithFix(f)),
      );
    }
  }
  return lines.length ? `${lines.join("\n")}\n` : "";
}
