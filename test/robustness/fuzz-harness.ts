// One fuzz case: write the bytes to a file, lint it through the public API (or the CLI's main()),
// render the JSON and SARIF reports, and check the invariants. Shared by the property tests
// (mutations.test.ts) and the long campaign (scripts/fuzz.mjs → fuzz-worker.ts).
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { Disclint } from "../../src/api.js";
import { main } from "../../src/cli/main.js";
import type { FileResult } from "../../src/model/types.js";
import { VERSION } from "../../src/paths.js";
import { formatters } from "../../src/report/index.js";

export interface CaseContext {
  dir: string;
  disclint: Disclint;
}

export function caseContext(dir: string): CaseContext {
  return { dir, disclint: new Disclint({ cwd: dir, config: false }) };
}

/** What went wrong in one case, or null when every invariant held. */
export type Verdict = string | null;

function checkResults(results: FileResult[], file: string): Verdict {
  if (results.length !== 1) return `expected one result, got ${results.length}`;
  const [r] = results;
  if (r.file !== file) return `result for ${r.file}, not ${file}`;
  if (r.fatal) {
    if (/^internal error/.test(r.fatal.message)) return `crash: ${r.fatal.message}`;
    if (/[\r\n]/.test(r.fatal.message)) return `fatal message is not one line: ${JSON.stringify(r.fatal.message.slice(0, 200))}`;
    if (r.fatal.message.trim() === "") return "empty fatal message";
  }
  for (const f of r.findings) {
    if (!(f.line >= 1 && f.column >= 1)) return `${f.ruleId}: position ${f.line}:${f.column} is not 1-based`;
    if (f.endLine < f.line || (f.endLine === f.line && f.endColumn < f.column)) return `${f.ruleId}: end ${f.endLine}:${f.endColumn} before start ${f.line}:${f.column}`;
    if (!f.message || /\{\w+\}/.test(f.message)) return `${f.ruleId}: message with an unfilled placeholder: ${f.message}`;
  }
  return null;
}

/**
 * Lints `bytes` as `case.<ext>` in ctx.dir. `viaMain` runs the whole CLI (argument parsing,
 * reporting, exit code) instead of the API and the formatters.
 */
export async function checkCase(ctx: CaseContext, bytes: Uint8Array, ext: string, viaMain = false): Promise<Verdict> {
  const file = join(ctx.dir, `case${ext}`);
  writeFileSync(file, bytes);
  try {
    if (viaMain) {
      let stdout = "";
      let stderr = "";
      const code = await main([file, "-f", "json", "--no-config"], { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), cwd: ctx.dir, env: {}, isTTY: false });
      if (code !== 0 && code !== 1 && code !== 2) return `exit code ${code}`;
      if (/internal error/.test(stderr)) return `crash: ${stderr.trim()}`;
      let parsed: Array<{ messages: Array<{ fatal?: boolean; message: string }> }>;
      try {
        parsed = JSON.parse(stdout);
      } catch {
        return `--format json is not JSON: ${stdout.slice(0, 200)}`;
      }
      const fatal = parsed[0]?.messages.find((m) => m.fatal);
      if (fatal && /^internal error/.test(fatal.message)) return `crash: ${fatal.message}`;
      if ((code === 2) !== Boolean(fatal)) return `exit code ${code} with${fatal ? "" : "out"} a fatal message`;
      return null;
    }
    const run = await ctx.disclint.lint([file]);
    const results = run.results;
    const verdict = checkResults(results, file);
    if (verdict) return verdict;
    const rc = { cwd: ctx.dir, rules: run.rules, version: VERSION, color: false };
    for (const format of ["json", "sarif"] as const) {
      try {
        JSON.parse(formatters[format](results, rc));
      } catch (e) {
        return `--format ${format} is not JSON: ${(e as Error).message}`;
      }
    }
    for (const format of ["stylish", "github", "junit"] as const) formatters[format](results, rc);
    return null;
  } catch (e) {
    return `threw: ${(e as Error)?.stack ?? String(e)}`;
  }
}
