import type { FileResult, Finding, Severity } from "../model/types.js";
import { escapeMarkdown } from "./escape-html.js";
import { relativePath } from "./location.js";
import { coverageOf, type FileReview, type ReviewContext } from "./review.js";
import { plural } from "./text.js";

const SEVERITY_MARK: Record<Severity, string> = { error: "🔴 error", warning: "🟠 warning", info: "🔵 info" };

function counts(findings: Finding[]): string {
  const n: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) n[f.severity]++;
  return `${plural(n.error, "error")}, ${plural(n.warning, "warning")}, ${n.info} info`;
}

function rule(f: Finding): string {
  const id = escapeMarkdown(f.ruleId);
  return f.docsUrl && /^https?:\/\//.test(f.docsUrl) ? `[${id}](<${encodeURI(f.docsUrl).replace(/[<>]/g, "")}>)` : id;
}

/**
 * The Item 106 / 16K coverage matrix of one file as a Markdown table (no lines without review data,
 * or for an incident report). The Action's job summary shows it too.
 */
export function coverageMatrix(review: FileReview | undefined, findings: Finding[]): string[] {
  const rows = review ? coverageOf(review, findings) : [];
  if (rows.length === 0) return [];
  const out = ["| Element | Citation | Addressed | Flag | Findings |", "|---|---|---|---|---|"];
  for (const row of rows) {
    const addressed = row.paragraphs.length ? `✅ ${plural(row.paragraphs.length, "paragraph")}` : row.element.severity === "error" ? "❌ not found" : "⚠️ not found";
    const flag = [...new Set(row.flags.map((x) => (x.value === null ? "invalid" : String(x.value))))].join(", ");
    const findings = row.findings.map((f) => `${f.severity}: ${escapeMarkdown(f.ruleId)}`).join("<br>");
    out.push(`| ${escapeMarkdown(row.element.title)} | ${escapeMarkdown(row.element.citation)} | ${addressed} | ${flag} | ${findings} |`);
  }
  return out;
}

/**
 * The review summary as GitHub-flavoured Markdown (pull-request comments, the Action's job
 * summary): the totals, then per file the Item 106 / 16K coverage matrix (where the ctx carries the
 * review data) and the findings. Every input string goes through escapeMarkdown.
 */
export function markdown(results: FileResult[], ctx: ReviewContext): string {
  const reviews = new Map((ctx.reviews ?? []).map((r) => [r.file, r]));
  const all = results.flatMap((r) => r.findings);
  const muted = results.reduce((n, r) => n + (r.suppressed?.length ?? 0) + (r.baselined?.length ?? 0), 0);
  const out: string[] = ["## disclint review", ""];
  out.push(`**${counts(all)}** in ${plural(results.length, "file")}${muted ? ` (${muted} suppressed or baselined, not counted)` : ""}.`, "");
  for (const result of results) {
    out.push(`### ${escapeMarkdown(relativePath(result.file, ctx.cwd))}`, "");
    if (result.fatal) {
      out.push(`Could not be read: ${escapeMarkdown(result.fatal.message)}`, "");
      continue;
    }
    const review = reviews.get(result.file);
    out.push(`${review?.form ? `Form ${escapeMarkdown(review.form)} · ` : ""}${counts(result.findings)}`, "");
    const matrix = coverageMatrix(review, result.findings);
    if (matrix.length) out.push(...matrix, "");
    if (result.findings.length) {
      out.push("| Line | Severity | Rule | Message |", "|---:|---|---|---|");
      for (const f of result.findings) {
        const fix = f.fix ? `<br>_Fix:_ ${escapeMarkdown(f.fix)}` : "";
        out.push(`| ${f.line}:${f.column} | ${SEVERITY_MARK[f.severity]} | ${rule(f)} | ${escapeMarkdown(f.message)}${fix} |`);
      }
      out.push("");
    }
  }
  return `${out.join("\n").trimEnd()}\n`;
}
