// The GitHub Action: inputs → lint → annotations, job summary, SARIF file, outputs, pass/fail.
// A thin front end over api.ts, as the CLI is; nothing here throws past run().
import { lstat, mkdir, writeFile } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import * as core from "@actions/core";
import { Disclint } from "../api.js";
import { InputError, UsageError } from "../model/errors.js";
import type { FileResult, ReportContext } from "../model/types.js";
import { VERSION } from "../paths.js";
import { sarif, stylish } from "../report/index.js";
import { forLog, forLogField, oneLine } from "../report/untrusted.js";
import { relativePath } from "../report/location.js";
import { plural } from "../report/text.js";
import { capAnnotations, cappedNote, toAnnotations, type Annotation } from "./annotations.js";
import { ActionInputError, parseInputs, type InputName } from "./inputs.js";
import { jobSummary, type Totals } from "./summary.js";

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
  // Without `files`, the whole workspace is walked and what is not a disclosure is skipped.
  const walk = inputs.files.length === 0;
  const disclint = new Disclint({
    cwd: workspace,
    config: inputs.config || undefined,
    form: inputs.form,
    rulesDirs: inputs.rulesDirs,
    timeoutMs: inputs.timeout,
    // The Action's bundle is its own lint worker.
    workerUrl: import.meta.url.endsWith(".js") ? new URL(import.meta.url) : undefined,
    failOn: inputs.failOn,
    maxWarnings: inputs.maxWarnings,
    baseline: inputs.baseline || undefined,
    errorOnUnmatchedPattern: !walk,
    // The job summary shows each file's coverage matrix: reviewed in the same job, in the same budget.
    review: Boolean(env.GITHUB_STEP_SUMMARY),
  });
  const run = await disclint.lint(walk ? ["."] : inputs.files);
  const { results, skipped } = run;
  const ignored = run.ignored;

  // A pattern that found nothing (or a named path that cannot be read) is an error, as in the CLI.
  // Its annotation names the file only when there is one (a broken link, not a glob).
  const patternResults = new Set<FileResult>();
  for (const r of results) if (r.fatal && !run.files.includes(r.file) && !(await exists(r.file))) patternResults.add(r);

  const ctx: ReportContext = { cwd: workspace, rules: run.rules, version: VERSION, color: false };
  const counts = run.counts;
  const totals: Totals = { errors: counts.errors + counts.fatals, warnings: counts.warnings, infos: counts.infos, unreadable: counts.fatals };
  const failures = [...run.verdict.reasons];
  if (run.baseline && run.baseline.hidden > 0) core.info(`disclint: baseline ${inputs.baseline}: ${plural(run.baseline.hidden, "recorded finding")} hidden`);

  // The log: every finding, whatever GitHub does with the annotations.
  if (skipped.length > 0) {
    core.startGroup(`Skipped ${plural(skipped.length, "file")}: not disclosures disclint can read`);
    logUntrusted(skipped.map((f) => relativePath(f, workspace)).join("\n"));
    core.endGroup();
  }
  if (ignored.length) logUntrusted(ignored.map((f) => `disclint: ${relativePath(f, workspace)}: ignored by the config's ignorePatterns`).join("\n"));
  if (results.length === 0) core.info("disclint: no disclosures found to lint (set the files input to name them).");
  else logUntrusted(stylish(results, ctx).trimEnd());

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

/**
 * Prints text from the repository (file names, quotes from filings) to the log with workflow
 * commands stopped, so a line like "::error::…" in a stranger's file name is shown, not obeyed.
 */
function logUntrusted(text: string): void {
  // Repository text (file names, quotes): no line of it may start a workflow command.
  core.info(forLog(text));
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
