import type { FileResult, ReportContext, Severity } from "../model/types.js";
import { relativePath } from "./location.js";
import { messageWithFix } from "./text.js";
import { forLog, forLogField, forWorkflowData, forWorkflowProperty, oneLine } from "./untrusted.js";

const COMMAND: Record<Severity, string> = { error: "error", warning: "warning", info: "notice" };

/** Kept for callers of the earlier names: the escaping lives in untrusted.ts. */
export { forWorkflowData as escapeData, forWorkflowProperty as escapeProperty };

function command(name: string, properties: Array<[string, string | number | undefined]>, message: string): string {
  const props = properties
    .filter(([, value]) => value !== undefined && value !== "")
    .map(([key, value]) => `${key}=${forWorkflowProperty(forLogField(String(value)))}`)
    .join(",");
  // Nothing a terminal acts on, in the message or the properties: a file name with controls or
  // bidi characters (an attack, not a repository's file) is shown escaped, not matched to a file.
  return `::${name}${props ? ` ${props}` : ""}::${forWorkflowData(forLog(oneLine(message)))}`;
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
      const singleLine = known && f.endLine === f.line;
      lines.push(
        command(COMMAND[f.severity], [
          ["file", relativePath(f.file, ctx.cwd)],
          ["line", known ? f.line : undefined],
          ["col", singleLine && f.column >= 1 ? f.column : undefined],
          ["endLine", known && f.endLine >= f.line ? f.endLine : undefined],
          ["endColumn", singleLine && f.endColumn >= 1 ? f.endColumn : undefined],
          ["title", f.ruleId],
        ], messageWithFix(f)),
      );
    }
  }
  return lines.length ? `${lines.join("\n")}\n` : "";
}
