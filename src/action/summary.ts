// The job summary: totals, then per file the Item 106 / 16K coverage matrix (the markdown review
// format's table) and a table with every finding. HTML (GitHub renders it in
// the summary's Markdown), built here as a string so it can be tested without a runner.
import type { FileResult, Finding, Severity } from "../model/types.js";
import { escapeHtml } from "../report/escape-html.js";
import { relativePath, relativeUri } from "../report/location.js";
import { coverageMatrix } from "../report/markdown.js";
import { coverageOf } from "../report/review.js";
import { oneLine, plural } from "../report/text.js";

/** GitHub refuses a step summary over 1 MiB; stay a little below it. */
export const SUMMARY_MAX_BYTES = 1000 * 1000;
/** Room kept for the closing notes when rows have to be left out. */
const NOTE_BYTES = 2048;

export interface Totals {
  /** Error findings plus unreadable inputs (each is an error annotation). */
  errors: number;
  warnings: number;
  infos: number;
  /** Inputs that could not be read or parsed. */
  unreadable: number;
}

export interface SummaryInput {
  results: FileResult[];
  workspace: string;
  totals: Totals;
  failOn: Severity;
  maxWarnings: number;
  /** Why the run failed; empty when it passed. */
  failures: string[];
  /** The capped-annotations note, when some were left out. */
  cappedNote?: string;
  annotations: boolean;
  /** The SARIF file as the user named it, when one was written. */
  sarifFile?: string;
  /** Files the repository walk skipped as not disclosures. */
  skipped: number;
  /** Link findings to their lines: `${server}/${repository}/blob/${sha}/<path>#L<n>`. */
  blob?: { server: string; repository: string; sha: string };
  /** Files the config's ignorePatterns left out. */
  ignored?: number;
  maxBytes?: number;
}

export { escapeHtml };

/** A one-line HTML text (a filing's text can carry line breaks, which would end an HTML block). */
function html(text: string): string {
  return escapeHtml(oneLine(text));
}

const LEVEL_LABEL: Record<Severity, string> = { error: "error", warning: "warning", info: "info" };

function counts(errors: number, warnings: number, infos: number): string {
  return `${plural(errors, "error")}, ${plural(warnings, "warning")}, ${plural(infos, "info", "info")}`;
}

function fileCounts(result: FileResult): string {
  const n = { error: 0, warning: 0, info: 0 } as Record<Severity, number>;
  for (const f of result.findings) n[f.severity]++;
  const parts: string[] = [];
  if (result.fatal) parts.push("could not be read");
  if (n.error) parts.push(plural(n.error, "error"));
  if (n.warning) parts.push(plural(n.warning, "warning"));
  if (n.info) parts.push(plural(n.info, "info", "info"));
  return parts.join(", ");
}

/**
 * The whole summary. Every finding is listed unless the summary would pass GitHub's 1 MiB limit;
 * then the rows that do not fit are counted in a closing note instead (they stay in the log and
 * the SARIF file).
 */
export function jobSummary(input: SummaryInput): string {
  const { results, workspace, totals } = input;
  const maxBytes = (input.maxBytes ?? SUMMARY_MAX_BYTES) - NOTE_BYTES;
  const failed = input.failures.length > 0;
  const withProblems = results.filter((r) => r.fatal || r.findings.length > 0);
  const clean = results.filter((r) => !r.fatal && r.findings.length === 0);
  const files = results.length;

  const head: string[] = [];
  head.push(`<h2>disclint: ${failed ? "failed" : "passed"}</h2>`);
  const unreadable = totals.unreadable ? ` (${plural(totals.unreadable, "unreadable input")})` : "";
  const limit = input.maxWarnings >= 0 ? String(input.maxWarnings) : "no limit";
  head.push(
    `<p><strong>${counts(totals.errors, totals.warnings, totals.infos)}</strong>${unreadable} in ${plural(files, "file")}` +
      `${input.skipped ? `; ${plural(input.skipped, "file")} skipped as not disclosures` : ""}` +
      `${input.ignored ? `; ${plural(input.ignored, "file")} ignored by the config` : ""}.` +
      ` Fails on: <code>${input.failOn}</code>; max warnings: ${limit}.</p>`,
  );
  if (failed) head.push(`<p>Failed: ${input.failures.map(html).join("; ")}.</p>`);
  if (files === 0) head.push("<p>No disclosures were found to lint.</p>");
  if (input.cappedNote) {
    head.push(
      `<blockquote><p><strong>Note:</strong> ${html(input.cappedNote)} Every finding is listed below` +
        `${input.sarifFile ? ` and in <code>${html(input.sarifFile)}</code>` : ""}, and in the step's log.</p></blockquote>`,
    );
  } else if (!input.annotations && withProblems.length > 0) {
    head.push("<p>Annotations are off (<code>annotations: false</code>).</p>");
  }

  const blocks: string[] = [head.join("\n")];
  let bytes = Buffer.byteLength(blocks[0]);
  let leftRows = 0;
  let leftFiles = 0;
  for (const result of withProblems) {
    const path = relativePath(result.file, workspace);
    const heading = `<h3><code>${html(path)}</code> (${fileCounts(result)})</h3>`;
    const rows = [
      ...(result.fatal ? [fatalRow(result.fatal.message, result.fatal.line)] : []),
      ...result.findings.map((f) => findingRow(f, input.blob && lineLink(input.blob, result.file, workspace, f.line))),
    ];
    const open = `${heading}\n${coverage(result)}<table>\n<thead><tr><th>Rule</th><th>Level</th><th>Line</th><th>Message</th></tr></thead>\n<tbody>`;
    const close = "</tbody>\n</table>";
    const fixed = Buffer.byteLength(open) + Buffer.byteLength(close) + 4;
    if (bytes + fixed + Buffer.byteLength(rows[0]) > maxBytes) {
      leftRows += rows.length;
      leftFiles++;
      continue;
    }
    const kept: string[] = [];
    let size = bytes + fixed;
    for (const row of rows) {
      const b = Buffer.byteLength(row) + 1;
      if (size + b > maxBytes) break;
      kept.push(row);
      size += b;
    }
    if (kept.length < rows.length) {
      leftRows += rows.length - kept.length;
      leftFiles++;
    }
    blocks.push([open, ...kept, close].join("\n"));
    bytes = size;
  }
  if (leftRows > 0) {
    blocks.push(
      `<p><strong>${plural(leftRows, "more row")} in ${plural(leftFiles, "file")} not shown:</strong> a job summary is limited to 1 MiB.` +
        ` Every finding is in the step's log${input.sarifFile ? ` and in <code>${html(input.sarifFile)}</code>` : ""}.</p>`,
    );
  }
  if (clean.length > 0) {
    const items = clean.map((r) => `<li><code>${html(relativePath(r.file, workspace))}</code></li>`);
    const list = `<details><summary>${plural(clean.length, "file")} without findings</summary>\n<ul>\n${items.join("\n")}\n</ul>\n</details>`;
    if (bytes + Buffer.byteLength(list) <= maxBytes) blocks.push(list);
    else blocks.push(`<p>${plural(clean.length, "file")} without findings.</p>`);
  }
  return `${blocks.join("\n\n")}\n`;
}

/**
 * The file's Item 106 / 16K coverage matrix (the markdown review format's table), folded under a
 * one-line count, when the run computed its review; "" otherwise. Blank lines around the table
 * let GitHub read it as Markdown between the HTML blocks.
 */
function coverage(result: FileResult): string {
  const table = coverageMatrix(result.review, result.findings);
  if (table.length === 0) return "";
  const rows = coverageOf(result.review, result.findings);
  const addressed = rows.filter((r) => r.paragraphs.length > 0).length;
  const item = result.review?.form === "20-F" ? "Form 20-F Item 16K" : "Reg S-K Item 106";
  return `<details><summary>${item}: ${addressed} of ${plural(rows.length, "element")} addressed</summary>\n\n${table.join("\n")}\n\n</details>\n\n`;
}

function findingRow(f: Finding, link: string | undefined): string {
  const rule = f.docsUrl ? `<a href="${escapeHtml(f.docsUrl)}"><code>${html(f.ruleId)}</code></a>` : `<code>${html(f.ruleId)}</code>`;
  const line = f.line >= 1 ? (link ? `<a href="${escapeHtml(link)}">${f.line}</a>` : String(f.line)) : "";
  const fix = f.fix ? `<br><em>Fix:</em> ${html(f.fix)}` : "";
  return `<tr><td>${rule}</td><td>${LEVEL_LABEL[f.severity]}</td><td>${line}</td><td>${html(f.message)}${fix}</td></tr>`;
}

function fatalRow(message: string, line: number | undefined): string {
  return `<tr><td><em>unreadable input</em></td><td>error</td><td>${line !== undefined && line >= 1 ? line : ""}</td><td>${html(message)}</td></tr>`;
}

function lineLink(blob: NonNullable<SummaryInput["blob"]>, file: string, workspace: string, line: number): string | undefined {
  if (!(line >= 1)) return undefined;
  const path = relativeUri(file, workspace);
  if (path.startsWith("..")) return undefined;
  return `${blob.server.replace(/\/$/, "")}/${blob.repository}/blob/${blob.sha}/${path}#L${line}`;
}
