import type { FileResult, ReportContext, Severity } from "../model/types.js";
import { absolutePath } from "./location.js";
import { SEVERITY_NUMBER } from "./text.js";
import { jsonText, oneLine } from "./untrusted.js";

export interface JsonMessage {
  ruleId: string;
  severity: 0 | 1 | 2;
  level: Severity;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  concept: string | null;
  citation: string | null;
  evidence: string | null;
  fix: string | null;
  docsUrl: string | null;
}

export interface JsonFatalMessage {
  fatal: true;
  ruleId: null;
  severity: 2;
  level: "error";
  message: string;
  line?: number;
  column?: number;
}

export interface JsonResult {
  filePath: string;
  messages: Array<JsonMessage | JsonFatalMessage>;
  errorCount: number;
  warningCount: number;
  infoCount: number;
  fatalErrorCount: number;
}

/**
 * ESLint-compatible JSON (output.md). `filePath` is absolute, as ESLint prints it, so tools that
 * read ESLint reports (and resolve paths themselves) work unchanged; separators are "/".
 * Optional finding fields are null when absent, so every message has the same keys. `fix` is our
 * hint text, not ESLint's autofix object. A fatal counts in errorCount and fatalErrorCount.
 */
export function toJsonResults(results: FileResult[], ctx: ReportContext): JsonResult[] {
  return results.map((result) => {
    const messages: JsonResult["messages"] = [];
    const counts = { error: 0, warning: 0, info: 0 };
    if (result.fatal) {
      const { message, line, column } = result.fatal;
      const fatal: JsonFatalMessage = { fatal: true, ruleId: null, severity: 2, level: "error", message: oneLine(message) };
      if (line !== undefined) fatal.line = line;
      if (column !== undefined) fatal.column = column;
      messages.push(fatal);
      counts.error++;
    }
    for (const f of result.findings) {
      counts[f.severity]++;
      messages.push({
        ruleId: f.ruleId,
        severity: SEVERITY_NUMBER[f.severity],
        level: f.severity,
        message: f.message,
        line: f.line,
        column: f.column,
        endLine: f.endLine,
        endColumn: f.endColumn,
        concept: f.concept ?? null,
        citation: f.citation ?? null,
        evidence: f.evidence ?? null,
        fix: f.fix ?? null,
        docsUrl: f.docsUrl ?? null,
      });
    }
    return {
      filePath: absolutePath(result.file, ctx.cwd),
      messages,
      errorCount: counts.error,
      warningCount: counts.warning,
      infoCount: counts.info,
      fatalErrorCount: result.fatal ? 1 : 0,
    };
  });
}

export function json(results: FileResult[], ctx: ReportContext): string {
  return `${jsonText(toJsonResults(results, ctx))}\n`;
}
