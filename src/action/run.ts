// The GitHub Action: inputs → lint → annotations, job summary, SARIF file, outputs, pass/fail.
// A thin front end over api.ts, as the CLI is; nothing here throws past run().
import { lstat, mkdir, writeFile } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import * as core from "@actions/core";
import { Disclint } from "../api.js";
import { InputError, UsageError } from "../model/errors.js";
import type { FileResult, ReportContext, Severity } from "../model/types.js";
import type { DiscoverError } from "../sources/discover.js";
import { VERSION } from "../paths.js";
import { sarif, stylish, summarize } from "../report/index.js";
import { forLog, forLogField, oneLine, pathForLog } from "../report/untrusted.js";
import { relativePath } from "../report/location.js";
import { plural } from "../report/text.js";
import { capAnnotations, cappedNote, toAnnotations, type Annotation } from "./annotations.js";
import { ActionInputError, parseInputs, type ActionInputs, type InputName } from "./inputs.js";
import { jobSummary, type Totals } from "./summary.js";
import { repositoryDisclosures } from "./targets.js";

const SEVERITY_RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

type Env = NodeJS.ProcessEnv;

/**
 * Runs the Action as the runner starts it: inputs, GITHUB_WORKSPACE, GITHUB_OUTPUT and
 * GITHUB_STEP_SUMMARY from the environment (@actions/core reads them there too). Problems end as
 * core.setFailed (exit code 1), never as an exception.
 */
export async function run(): Promise<void> {
  try {
    await lint(process.env, process.cwd());
  } catch (err) {
    if (err instanceof ActionInputError || err instanceof UsageError || err instanceof InputError) {
      core.setFailed(`disclint: ${err.message}`);
    } else {
      core.setFailed(`disclint: internal error: ${(err as Error)?.message ?? String(err)}`);
      if (err instanceof Error && err.stack) core.debug(err.stack);
    }
  }
}

/** An input as core.getInput reads it, or undefined when the runner did not set it. */
function readInput(env: Env, name: InputName): string | undefined {
  const key = `INPUT_${name.replace(/ /g, "_").toUpperCase()}`;
  return env[key] === undefined ? undefined : core.getInput(name);
}

async function lint(env: Env, cwd: string): Promise<void> {
  const workspace = resolve(cwd, env.GITHUB_WORKSPACE || ".");
  const inputs = parseInputs((name) => readInput(env, name));

  // The config: the `config` input for every file, else the nearest .disclintrc.* (or package.json
  // "disclint" key) to each file, as the CLI does. A bad config fails the run before linting.
  const disclint = new Disclint({ cwd: workspace, config: inputs.config || undefined });

  let patterns = inputs.files;
  let skipped: string[] = [];
  const problems: DiscoverError[] = [];
  if (patterns.length === 0) {
    const walk = await repositoryDisclosures(workspace);
    patterns = walk.files;
    skipped = walk.skipped;
    problems.push(...walk.problems);
  }
  const linted = patterns.length > 0 ? await disclint.lint(patterns) : { results: [], ignoredExplicitly: [], discoverErrors: [] };
  const results: FileResult[] = [...linted.results];
  problems.push(...linted.discoverErrors);
  // Named by the user or found by the walk, and left out by the config's ignorePatterns.
  const ignored = linted.ignoredExplicitly;

  // A pattern that found nothing (or a named path that cannot be read) is an error, as in the CLI.
  // Its annotation names the file only when there is one (a broken link, not a glob).
  const patternResults = new Set<FileResult>();
  for (const p of problems) {
    const file = resolve(workspace, p.pattern);
    const result: FileResult = { file, findings: [], fatal: { file, message: p.message } };
    if (!(await exists(file))) patternResults.add(result);
    results.push(result);
  }
  results.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));

  const ctx: ReportContext = { cwd: workspace, rules: disclint.rulesMeta(results), version: VERSION, color: false };
  const counts = summarize(results);
  const totals: Totals = { errors: counts.errors + counts.fatals, warnings: counts.warnings, infos: counts.infos, unreadable: counts.fatals };
  const failures = failureReasons(results, counts.fatals, counts.warnings, inputs);

  // The log: every finding, whatever GitHub does with the annotations.
  if (skipped.length > 0) {
    core.startGroup(`Skipped ${plural(skipped.length, "file")}: not disclosures disclint can read`);
    for (const f of skipped) core.info(forLog(pathForLog(relativePath(f, workspace))));
    core.endGroup();
  }
  for (const f of ignored) core.info(forLog(`disclint: ${relativePath(f, workspace)}: ignored by the config's ignorePatterns`));
  if (results.length === 0) core.info("disclint: no disclosures found to lint (set the files input to name them).");
  else core.info(stylish(results, ctx).trimEnd());

  // The SARIF file, before anything that could be cut short.
  let sarifPath = "";
  if (inputs.sarifFile) {
    const target = resolve(workspace, inputs.sarifFile);
    try {
      await mkdir(dirname(target), { recursive: true });
      await writeFile(target, sarif(results, ctx));
      sarifPath = target;
      core.info(`disclint: SARIF written to ${inputs.sarifFile}`);
    } catch (err) {
      failures.push(`cannot write the SARIF file ${inputs.sarifFile} (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
    }
  }

  // Annotations: at most 10 of each level reach the page; core.setFailed takes one error slot.
  const all = inputs.annotations ? toAnnotations(results, workspace, patternResults) : [];
  const capped = capAnnotations(all, { error: failures.length > 0 ? 1 : 0 });
  for (const a of capped.shown) annotate(a);
  const note = cappedNote(capped);
  if (note) core.info(`disclint: ${note} Every finding is in the log above, the job summary${sarifPath ? " and the SARIF file" : ""}.`);

  core.setOutput("errors", totals.errors);
  core.setOutput("warnings", totals.warnings);
  core.setOutput("infos", totals.infos);
  core.setOutput("sarif-file", sarifPath);

  if (env.GITHUB_STEP_SUMMARY) {
    const server = env.GITHUB_SERVER_URL;
    const repository = env.GITHUB_REPOSITORY;
    const sha = env.GITHUB_SHA;
    const text = jobSummary({
      results,
      workspace,
      totals,
      failOn: inputs.failOn,
      maxWarnings: inputs.maxWarnings,
      failures,
      cappedNote: note,
      annotations: inputs.annotations,
      sarifFile: sarifPath ? inputs.sarifFile : undefined,
      skipped: skipped.length,
      ignored: ignored.length,
      blob: server && repository && sha ? { server, repository, sha } : undefined,
    });
    try {
      await core.summary.addRaw(text).write();
    } catch (err) {
      core.info(`disclint: could not write the job summary: ${(err as Error).message}`);
    }
  }

  if (failures.length > 0) core.setFailed(`disclint: ${failures.join("; ")}`);
}

/** Why the run fails by `fail-on`/`max-warnings` or unreadable inputs; empty when it passes. */
function failureReasons(results: FileResult[], fatals: number, warnings: number, inputs: ActionInputs): string[] {
  const reasons: string[] = [];
  if (fatals > 0) reasons.push(`${plural(fatals, "input")} could not be read`);
  const failing = results.reduce((n, r) => n + r.findings.filter((f) => SEVERITY_RANK[f.severity] >= SEVERITY_RANK[inputs.failOn]).length, 0);
  if (failing > 0) {
    const what = inputs.failOn === "error" ? plural(failing, "error") : `${plural(failing, "finding")} at or above ${inputs.failOn}`;
    reasons.push(`${what} (fail-on: ${inputs.failOn})`);
  }
  if (inputs.maxWarnings >= 0 && warnings > inputs.maxWarnings) {
    reasons.push(`${plural(warnings, "warning")}, more than max-warnings ${inputs.maxWarnings}`);
  }
  return reasons;
}

async function exists(path: string): Promise<boolean> {
  return lstat(path).then(
    () => true,
    () => false,
  );
}

function annotate(a: Annotation): void {
  const send = a.level === "error" ? core.error : a.level === "warning" ? core.warning : core.notice;
  // @actions/core escapes only what ends a command; controls and bidi are made visible here too.
  const file = a.properties.file === undefined ? undefined : forLogField(a.properties.file);
  send(forLog(oneLine(a.message)), { ...a.properties, file });
}
