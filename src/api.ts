// The programmatic entry point: files in, results out. The CLI and the GitHub Action are thin
// layers over this.
import { resolve } from "node:path";
import { Linter, type RuleSetting } from "./engine/linter.js";
import { loadRuleSet } from "./engine/rule-loader.js";
import { InputError } from "./model/errors.js";
import type { Disclosure, FileResult, InputFormat } from "./model/types.js";
import { loadDisclosure } from "./sources/load.js";

export interface LintOptions {
  cwd?: string;
  /** Extra rule folders (each with optional lexicons/). */
  rulesDirs?: string[];
  /** Per-rule severity or "off". */
  ruleSettings?: Map<string, RuleSetting>;
  form?: string;
  inputFormat?: InputFormat;
  maxBytes?: number;
}

export function createLinter(opts: LintOptions = {}): Linter {
  const cwd = opts.cwd ?? process.cwd();
  return new Linter(loadRuleSet((opts.rulesDirs ?? []).map((d) => resolve(cwd, d)), cwd), opts.ruleSettings);
}

/** Lints each file on its own (or `sets` of files as one filing each); a bad file becomes a fatal result, never an exception. */
export async function lintFiles(groups: string[][], linter: Linter, opts: LintOptions = {}): Promise<FileResult[]> {
  const results: FileResult[] = [];
  for (const group of groups) {
    const file = group[0];
    try {
      const disclosure = await loadDisclosure(group, opts);
      results.push({ file, findings: await linter.lint(disclosure) });
    } catch (err) {
      results.push({ file, findings: [], fatal: toFatal(file, err) });
    }
  }
  return results;
}

export function toFatal(file: string, err: unknown): FileResult["fatal"] & object {
  if (err instanceof InputError) return { file, message: err.message, line: err.line, column: err.column };
  // An internal error is still reported against the file, and the run goes on.
  return { file, message: `internal error: ${(err as Error)?.message ?? String(err)}` };
}

export async function readDisclosure(files: string[], opts: LintOptions = {}): Promise<Disclosure> {
  return loadDisclosure(files, opts);
}
