// One fuzz case: write the bytes to a file, lint it through the public API (or the CLI's main()),
// render the JSON and SARIF reports, and check the invariants. Shared by the property tests
// (mutations.test.ts) and the long campaign (scripts/fuzz.mjs → fuzz-worker.ts). The "every" mode
// (round 34) runs main() once per output format and once as `facts`, under a hostile file name, and
// checks what each output promises: exit code, one-line stderr without a stack or "internal error",
// JSON/SARIF/facts that parse, junit that is well-formed XML, no raw escape, bidi control or workflow
// command from the input in a terminal or CI line, no raw markup from the input in html or markdown.
import { rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { XMLValidator } from "fast-xml-parser";
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

/** Every report format, and `facts`. */
export const OUTPUTS = ["stylish", "json", "sarif", "github", "junit", "html", "markdown", "facts"] as const;
/** An escape, a bell, a C1 CSI or NEL, a bidi override or isolate: never raw in a terminal or CI line. */
export const DANGER = /[\u001b\u0007\u0085\u009b\u202a-\u202e\u2066-\u2069]/;
/** Markup the mutations insert (TOKENS): an html or markdown report must show it escaped. */
export const MARKUP = "<x-inj onclick=1>";
/** Case file names (the "every" mode), as strangers' pull requests name files. */
export const HOSTILE_NAMES = ["case", "case \u001b[31mred\u001b[0m", "case\u202etxt.exe", "case\n::error::x", "case ::warning title=a::b", `case ${MARKUP}`, "case\r%0A##[group]"];
const STACK = /\n\s+at .+:\d+:\d+\)?/;
const OUR_COMMAND = /^::(?:(error|warning|notice)( [a-zA-Z]+=[^,:]*(,[a-zA-Z]+=[^,:]*)*)?::|group::[A-Z]|endgroup::$)/;

function excerpt(text: string, re: RegExp): string {
  const m = re.exec(text);
  return JSON.stringify(m ? text.slice(Math.max(0, m.index - 40), m.index + 40) : text.slice(0, 80));
}

/** What one output of main() must satisfy; null when it does. */
export function checkOutput(output: (typeof OUTPUTS)[number], code: number, stdout: string, stderr: string): Verdict {
  if (code !== 0 && code !== 1 && code !== 2) return `exit code ${code}`;
  if (/internal error/.test(stderr) || STACK.test(stderr)) return `crash: ${stderr.trim().slice(0, 400)}`;
  if (DANGER.test(stderr)) return `raw control on stderr: ${excerpt(stderr, DANGER)}`;
  for (const line of stderr.split("\n").slice(0, -1)) if (!line.startsWith("disclint: ")) return `stderr line not disclint's: ${JSON.stringify(line.slice(0, 200))}`;
  if (/internal error/.test(stdout)) return `internal error in ${output}: ${excerpt(stdout, /internal error/)}`;
  switch (output) {
    case "json":
    case "sarif":
    case "facts":
      try {
        JSON.parse(stdout);
      } catch (e) {
        return `${output} is not JSON: ${(e as Error).message}`;
      }
      break;
    case "junit": {
      const v = XMLValidator.validate(stdout);
      if (v !== true) return `junit is not well-formed XML: ${v.err.msg} at ${v.err.line}:${v.err.col}`;
      if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/.test(stdout)) return "junit holds a character XML 1.0 forbids";
      break;
    }
    case "html":
    case "markdown":
      if (stdout.includes(MARKUP)) return `raw ${MARKUP} in ${output}: ${excerpt(stdout, /<x-inj/)}`;
      break;
  }
  if (output === "stylish" || output === "github" || output === "markdown") {
    if (DANGER.test(stdout)) return `raw control in ${output}: ${excerpt(stdout, DANGER)}`;
    const control = /[\u0000-\u0008\u000b-\u001f\u007f]/;
    const lines = stdout.split("\n");
    for (const line of lines) if (control.test(line)) return `raw control character in ${output}: ${excerpt(line, control)}`;
  }
  if (output === "github") {
    for (const line of stdout.split(/\r\n|\r|\n/)) {
      if (line.trimStart().startsWith("::") && !OUR_COMMAND.test(line)) return `a github line starts a command: ${JSON.stringify(line.slice(0, 200))}`;
      if (line.includes("##[")) return `a github line holds ##[: ${JSON.stringify(line.slice(0, 200))}`;
    }
  }
  return null;
}

/** `bytes` under a hostile name, through main() in every format and as `facts`. */
async function checkEveryOutput(ctx: CaseContext, bytes: Uint8Array, ext: string, name: string): Promise<Verdict> {
  const file = join(ctx.dir, `${name}${ext}`);
  writeFileSync(file, bytes);
  try {
    for (const output of OUTPUTS) {
      let stdout = "";
      let stderr = "";
      const argv = output === "facts" ? ["facts", file, "--no-config"] : [file, "-f", output, "--no-config"];
      const code = await main(argv, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), cwd: ctx.dir, env: {}, isTTY: false });
      const verdict = checkOutput(output, code, stdout, stderr);
      if (verdict) return `${output}: ${verdict}`;
    }
    return null;
  } finally {
    rmSync(file, { force: true });
  }
}

export type CaseMode = "api" | "main" | "every";

/**
 * Lints `bytes` as `case.<ext>` in ctx.dir. "main" runs the whole CLI (argument parsing,
 * reporting, exit code) instead of the API and the formatters; "every" runs it in every output
 * format and as `facts`, the file named HOSTILE_NAMES[nameIndex % length].
 */
export async function checkCase(ctx: CaseContext, bytes: Uint8Array, ext: string, mode: CaseMode | boolean = "api", nameIndex = 0): Promise<Verdict> {
  if (mode === "every") {
    try {
      return await checkEveryOutput(ctx, bytes, ext, HOSTILE_NAMES[nameIndex % HOSTILE_NAMES.length]);
    } catch (e) {
      return `threw: ${(e as Error)?.stack ?? String(e)}`;
    }
  }
  const viaMain = mode === true || mode === "main";
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
