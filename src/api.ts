// The programmatic entry point. `Disclint` is the run the CLI and the GitHub Action print (files
// found, config resolved, each file linted, baseline and verdict applied); `createLinter` and
// `readDisclosure` are the pure parts underneath it, for callers that bring their own files.
import { resolve } from "node:path";
import { DocumentContext, type DescribedParagraph } from "./engine/document.js";
import { Linter, type RuleSetting } from "./engine/linter.js";
import { loadRuleSet, withoutVeto } from "./engine/rule-loader.js";
import type { Disclosure, FileResult, InputFormat } from "./model/types.js";
import { lintGroup } from "./run/job.js";
import { loadDisclosure } from "./sources/load.js";

export { Disclint, MAX_TIMEOUT_MS, type BaselineReport, type DisclintOptions, type LintRun, type PrintedConfig, type StdinInput } from "./run/run.js";
export type { Counts, Verdict } from "./run/verdict.js";
export { FORMS, type FormName } from "./model/form.js";
export type { Disclosure, FileResult, Finding, RuleMeta, Severity } from "./model/types.js";
export { Linter, type RuleSetting };

export interface LintOptions {
  cwd?: string;
  /** Extra rule folders (each with optional lexicons/). */
  rulesDirs?: string[];
  /** Per-rule severity or "off". */
  ruleSettings?: Map<string, RuleSetting>;
  form?: string;
  inputFormat?: InputFormat;
  /** Check each XML document's whole well-formedness (--strict). */
  strict?: boolean;
  maxBytes?: number;
  /** The learned element veto (rules/models/element-veto.json); false: the lexicons' answer stands (config "elementModel": false). */
  elementModel?: boolean;
}

/** The pure linter over the built-in rules and `rulesDirs`, with no config files. */
export function createLinter(opts: LintOptions = {}): Linter {
  const cwd = opts.cwd ?? process.cwd();
  return new Linter(withoutVeto(loadRuleSet((opts.rulesDirs ?? []).map((d) => resolve(cwd, d)), cwd), opts.elementModel), opts.ruleSettings);
}

/**
 * Lints each group (one file, or the files of one filing) with one linter and no config files, as
 * a run's job does; inline suppressions apply. A bad file becomes a fatal result, never an exception.
 */
export async function lintFiles(groups: string[][], linter: Linter, opts: LintOptions = {}): Promise<FileResult[]> {
  const results: FileResult[] = [];
  for (const group of groups) results.push(...(await lintGroup(group, linter, opts)));
  return results;
}

/** Reads one file (or the documents of one filing) into the model the linter sees. */
export async function readDisclosure(files: string[], opts: LintOptions = {}): Promise<Disclosure> {
  return loadDisclosure(files, opts);
}

export type { DescribedParagraph };

/**
 * The cybersecurity section of a file (or a document set) as the linter judges it: each paragraph
 * with line:column, the cyd block that holds it ("untagged" when none), the elements it addresses,
 * those it answers with a no, those it only refers elsewhere for, and why. Judged with the built-in
 * rule set plus `rulesDirs` (no config files).
 */
export async function describeDisclosure(files: string | string[], opts: LintOptions = {}): Promise<DescribedParagraph[]> {
  const cwd = opts.cwd ?? process.cwd();
  const set = loadRuleSet((opts.rulesDirs ?? []).map((d) => resolve(cwd, d)), cwd);
  const d = await loadDisclosure(typeof files === "string" ? [files] : files, opts);
  return new DocumentContext(d, set.lexicons, set.cues, set.elements, opts.elementModel === false ? undefined : set.elementVeto).describeParagraphs();
}
