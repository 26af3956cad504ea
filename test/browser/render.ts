// Builds an html report (and the json of the same run) with the CLI, for the browser tests.
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ROOT } from "../helpers.js";
import { runCli } from "../report/review-inputs.js";
import type { ReportFinding } from "./browser.js";

export interface Rendered {
  file: string;
  /** Per file of the report, in its order: the findings the json format lists. */
  findings: ReportFinding[][];
  bytes: number;
}

export async function renderReport(...args: string[]): Promise<Rendered> {
  return renderReportIn(ROOT, args);
}

export async function renderReportIn(cwd: string, args: string[]): Promise<Rendered> {
  const file = join(mkdtempSync(join(tmpdir(), "disclint-browser-")), "report.html");
  const r = await runCli([...args, "-f", "html", "-o", file], cwd);
  if (/internal error/.test(r.stderr)) throw new Error(r.stderr);
  const json = await runCli([...args, "-f", "json"], cwd);
  const findings = (JSON.parse(json.stdout) as { messages: (ReportFinding & { fatal?: boolean })[] }[]).map((x) => x.messages.filter((m) => !m.fatal));
  return { file, findings, bytes: readFileSync(file).length };
}
