// The run: patterns and options in, the finished run out — results (with the fatals of patterns
// that found nothing), skipped and ignored files, rule metadata, counts, the baseline applied and
// the verdict with its reasons. The CLI and the GitHub Action only print what it returns.
//
// Files are found and their config resolved here, in the calling thread; each file (or filing) then
// becomes a prepared job run with the pure linter (run/job.ts). Under a time budget (--timeout), a
// batch on several cores is shared by this thread and a pool of lint workers, one per other core
// (each a second start of the linting code: they pay only where there is enough to share); a job
// with user rules or lexicons (their patterns may backtrack: only terminating a worker stops them)
// or a large input (needsWorker) goes to a worker. Otherwise the job is linted here, each synchronous
// stage stopped mid-run once the budget is spent (job.ts, Deadline; watch.ts): whatever a built-in
// pattern does on a stranger's text, the run ends within the budget. After such a stop this thread
// lints nothing more (its caches may be half written): the rest go to workers.
import { createRequire } from "node:module";
import { dirname, relative, resolve, sep } from "node:path";
import { RuleSets } from "../config/rule-sets.js";
import { ConfigResolver } from "../config/resolve.js";
import type { EffectiveConfig, RuleEntry } from "../config/types.js";
import { applyBaseline, createBaseline, readBaseline, writeBaseline, type BaselineEntry } from "../engine/baseline.js";
import type { RuleSetting } from "../engine/linter.js";
import { DIRECTIVE_RULE_ID, DIRECTIVE_RULE_META } from "../engine/suppressions.js";
import { UsageError } from "../model/errors.js";
import { atOrAbove } from "../model/severity.js";
import type { FileResult, InputFormat, RuleMeta, Severity } from "../model/types.js";
import { discoverInputs } from "../sources/discover.js";
import { groupDocumentSets } from "../sources/document-sets.js";
import type { LintWorkerPool } from "../engine/worker-pool.js";
import type { JobFailure, JobOutcome, JobRunner, JobSettings, LintJob, RulesDescription } from "./job.js";
import { inputBytes, MIN_JOBS_FOR_WORKERS } from "./batch-size.js";
import { countFindings, verdictOf, type Counts, type Verdict } from "./verdict.js";
import { wasCut } from "./watch.js";

/** discoverInputs' words for a folder or glob that found nothing. */
const UNMATCHED = /^no (?:supported files in directory|files match pattern):/;

export { MIN_JOBS_FOR_WORKERS };

/** A batch's lint workers: no limit of the pool's own (V8's defaults, as in this thread). */
const BATCH_WORKER_LIMITS = {};

/** setTimeout's limit: a longer budget would fire at once. */
export const MAX_TIMEOUT_MS = 2 ** 31 - 1;

export interface DisclintOptions {
  cwd?: string;
  /** A config file for every input (--config); false: none (--no-config); undefined: the nearest one to each file. */
  config?: string | false;
  /** --rule: wins over every config. */
  rules?: Map<string, RuleSetting>;
  /** --form: wins over the config's form. */
  form?: string;
  /** --rules-dir folders, relative to cwd, for every file. */
  rulesDirs?: string[];
  inputFormat?: InputFormat;
  /** Check each XML document's whole well-formedness (--strict). */
  strict?: boolean;
  /**
   * Time budget per file (per document set) in ms: one over budget is a fatal result. A job with
   * user rules or lexicons or a large input (needsWorker) is linted in a worker thread (terminated
   * on overrun); a batch of MIN_JOBS_FOR_WORKERS or more on several cores is shared by this thread
   * and workers; otherwise this thread lints, each stage of a job stopped mid-run once over budget.
   * 0 or undefined: none, lint in this thread.
   */
  timeoutMs?: number;
  /** Lint threads for a batch under a time budget, this one and workers (default: the machine's available parallelism). */
  workers?: number;
  /** The worker script (default: the bundle's worker beside it: dist/worker-start.cjs for the CLI, dist/lint-worker.js for the API). */
  workerUrl?: URL;
  maxBytes?: number;
  /** Read all inputs as one filing. */
  set?: boolean;
  reportUnusedDisableDirectives?: boolean;
  /** false: ignore inline disclint-disable directives (--no-inline-config). */
  inlineConfig?: boolean;
  /** Give each result its review (FileResult.review: the text and coverage the html and markdown formats show), computed with its findings. */
  review?: boolean;
  /** false: a folder or glob that finds no file is not an error (the Action's repository walk). */
  errorOnUnmatchedPattern?: boolean;
  /** Globs (relative to cwd) left out of folder walks and glob matches (--ignore-pattern). */
  ignorePatterns?: string[];
  /** The lowest severity that fails the run (default error). */
  failOn?: Severity;
  /** Fail when there are more warnings than this (default -1: no limit). */
  maxWarnings?: number;
  /** Report only findings at or above the fail level (the verdict still counts every finding). */
  quiet?: boolean;
  /** Hide the findings recorded in this baseline file (relative to cwd). */
  baseline?: string;
  /** Record the findings in this baseline file; the run then passes on findings. */
  baselineWrite?: string;
}

/** A disclosure read from standard input (--stdin), reported under `filename`. */
export interface StdinInput {
  bytes: Uint8Array;
  /** The name to report and to find the config by (--stdin-filename; default "<stdin>"). */
  filename?: string;
}

export interface BaselineReport {
  /** The baseline file, absolute. */
  file: string;
  /** Findings recorded (when written). */
  recorded?: number;
  /** Findings hidden because the baseline records them. */
  hidden: number;
  /** Entries recorded and no longer found. */
  stale: BaselineEntry[];
}

export interface LintRun {
  /** Sorted by file; a pattern that found nothing is a fatal result too. With `quiet`, only findings at or above the fail level. */
  results: FileResult[];
  /** Every file read (the documents of a set too). */
  files: string[];
  /** Files the config's ignorePatterns leave out, found by a walk or named. */
  ignored: string[];
  /** Those of them the user named. */
  ignoredExplicitly: string[];
  /** Files found in a folder or by a glob that are not disclosures (no R page, tags or cybersecurity section). */
  skipped: string[];
  /** The rules that ran (every linter's, first config's severity wins), for reports. */
  rules: RuleMeta[];
  /** Every finding counted, before `quiet`. */
  counts: Counts;
  baseline?: BaselineReport;
  verdict: Verdict;
}

/**
 * The machine's cores, `node:os` required on first call (a batch's): a built-in first required
 * after the CLI's start sets V8's flags (src/cli/start.ts) is compiled from source, its code cache
 * rejected, and a lone input never asks (test/cli/builtins-code-cache.test.ts).
 */
function availableParallelism(): number {
  return (createRequire(import.meta.url)("node:os") as typeof import("node:os")).availableParallelism();
}

/**
 * Inputs above this size are linted in a worker even alone: its start is small beside their lint,
 * a stage of theirs can be long, and running out of memory costs the file a fatal result, not the run.
 */
export const LARGE_INPUT_BYTES = 16 * 1024 * 1024;

/**
 * A job the run's thread must not lint under a time budget: user rules or lexicons (a user pattern
 * may backtrack; only terminating a worker stops it) or a large input (`bytes`: its size, where the
 * caller has read it).
 */
export function needsWorker(job: LintJob, bytes?: number): boolean {
  const { rulesDirs, lexicons } = job.config;
  if (rulesDirs.length > 0 || Object.keys(lexicons).length > 0) return true;
  return (bytes ?? inputBytes(job)) > LARGE_INPUT_BYTES;
}

/** What `--print-config` shows: everything that applies to one file, every rule with its setting. */
export interface PrintedConfig {
  file: string;
  configFile: string | null;
  ignored: boolean;
  form: string | null;
  rulesDirs: string[];
  lexicons: EffectiveConfig["lexicons"];
  /** Whether the learned element veto applies, and the model file it reads (null: off, or none in the rule set). */
  elementModel: { on: boolean; file: string | null };
  rules: Record<string, RuleEntry>;
}

/**
 * Config-aware linting, as the CLI and the Action do it: each file gets the config found from its
 * folder up (or the one given), its overrides and the caller's settings.
 */
export class Disclint {
  readonly cwd: string;
  private readonly resolver: ConfigResolver;
  private runner: JobRunner | undefined;

  constructor(private readonly opts: DisclintOptions = {}) {
    this.cwd = resolve(opts.cwd ?? process.cwd());
    const t = opts.timeoutMs ?? 0;
    if (!Number.isInteger(t) || t < 0 || t > MAX_TIMEOUT_MS) throw new UsageError(`timeout must be a whole number of milliseconds from 0 to ${MAX_TIMEOUT_MS}; got ${t}`);
    this.resolver = new ConfigResolver({ cwd: this.cwd, config: opts.config, rules: opts.rules, form: opts.form, rulesDirs: opts.rulesDirs });
  }

  configFor(file: string): EffectiveConfig {
    return this.resolver.forFile(file);
  }

  private jobSettings(): JobSettings {
    const o = this.opts;
    return { inputFormat: o.inputFormat, strict: o.strict, maxBytes: o.maxBytes, reportUnusedDisableDirectives: o.reportUnusedDisableDirectives, inlineConfig: o.inlineConfig, review: o.review };
  }

  /** Finds the inputs (or takes standard input), lints each file or filing, and returns the finished run. */
  async lint(patterns: string[], stdin?: StdinInput): Promise<LintRun> {
    const o = this.opts;
    const stdinFile = stdin ? resolve(this.cwd, stdin.filename ?? "<stdin>") : undefined;
    const { files: found, errors } = stdinFile ? { files: [stdinFile], errors: [] } : await discoverInputs(patterns, { cwd: this.cwd, ignore: o.ignorePatterns });
    const explicit = new Set(stdinFile ? [stdinFile] : patterns.map((p) => resolve(this.cwd, p)));
    // A batch's workers start now, loading their code and rules while this thread resolves each
    // file's config and groups the files (they were started after it: ~0.1 s of 2,000 R pages).
    if (!o.set && !stdinFile && this.batchOf(found.length)) this.batchPool(this.configFor(found[0]), this.workersFor(found.length) - 1, true).catch(() => undefined); // runJobs reports
    const files: string[] = [];
    const ignored: string[] = [];
    // Each file's config, resolved once (its job takes the same).
    const configs = new Map<string, EffectiveConfig>();
    for (const f of found) {
      const config = this.configFor(f);
      configs.set(f, config);
      (config.ignored ? ignored : files).push(f);
    }
    const ignoredExplicitly = ignored.filter((f) => explicit.has(f));
    this.checkOutputs(files);
    // --set: everything is one filing; otherwise Inline XBRL documents of one submission are grouped.
    const groups = o.set || stdinFile ? (files.length ? [files] : []) : await groupDocumentSets(files);
    const settings = this.jobSettings();
    const jobs: LintJob[] = groups.map((g) => ({ cwd: this.cwd, settings, files: g, config: configs.get(g[0]) ?? this.configFor(g[0]), ...(stdinFile ? { stdin: stdin!.bytes } : {}) }));

    const outcomes = await this.runJobs(jobs);
    const failure = outcomes.find((x): x is JobFailure => "usageError" in x);
    if (failure) throw new UsageError(failure.usageError);

    const rules: RuleMeta[] = [];
    const seenRules = new Set<string>();
    const knownIds = new Set<string>();
    const described = new Set<string>();
    let results: FileResult[] = [];
    for (const outcome of outcomes as JobOutcome[]) {
      results.push(...outcome.results);
      // Each linter's description once (every job of a linter sends the same string).
      if (!outcome.rules || described.has(outcome.rules)) continue;
      described.add(outcome.rules);
      const d = JSON.parse(outcome.rules) as RulesDescription;
      for (const id of d.ruleIds) knownIds.add(id);
      for (const m of d.rules) if (!seenRules.has(m.id) && seenRules.add(m.id)) rules.push(m);
    }
    if (knownIds.size > 0) this.checkRuleFlags(knownIds);
    if (results.some((r) => r.findings.some((f) => f.ruleId === DIRECTIVE_RULE_ID))) rules.push(DIRECTIVE_RULE_META);

    // A file found by walking a folder (or a glob) that reads fine but is no disclosure — a README
    // beside the drafts — is skipped and listed, not a fatal; one named by the user stays fatal.
    const skipped: string[] = [];
    results = results.filter((r) => {
      if (!r.fatal?.notADisclosure || explicit.has(r.file)) return true;
      skipped.push(r.file);
      return false;
    });
    for (const e of errors) {
      if (o.errorOnUnmatchedPattern === false && UNMATCHED.test(e.message)) continue;
      const file = resolve(this.cwd, e.pattern);
      results.push({ file, findings: [], fatal: { file, message: e.message } });
    }
    results.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));

    let baseline: BaselineReport | undefined;
    if (o.baselineWrite) {
      const path = resolve(this.cwd, o.baselineWrite);
      const written = createBaseline(results, dirname(path));
      writeBaseline(path, written);
      const outcome = applyBaseline(results, written, dirname(path), files);
      results = outcome.results;
      baseline = { file: path, recorded: written.findings.reduce((n, e) => n + e.count, 0), hidden: outcome.hidden, stale: [] };
    } else if (o.baseline) {
      const path = resolve(this.cwd, o.baseline);
      const outcome = applyBaseline(results, readBaseline(path, this.shown(path)), dirname(path), files);
      results = outcome.results;
      baseline = { file: path, hidden: outcome.hidden, stale: outcome.stale };
    }

    const counts = countFindings(results);
    const policy = { failOn: o.failOn ?? "error", maxWarnings: o.maxWarnings ?? -1 };
    const verdict = verdictOf(results, counts, policy);
    if (o.quiet) {
      // Quiet hides what does not fail the run: warnings stay when there are too many of them.
      const tooMany = policy.maxWarnings >= 0 && counts.warnings > policy.maxWarnings;
      const shown = tooMany && atOrAbove(policy.failOn, "warning") ? "warning" : policy.failOn;
      results = results.map((r) => ({ ...r, findings: r.findings.filter((f) => atOrAbove(f.severity, shown)) }));
    }
    return { results, files, ignored, ignoredExplicitly, skipped, rules, counts, baseline, verdict };
  }

  /** Never overwrite an input: a baseline to write must not be a file being linted. */
  private checkOutputs(files: string[]): void {
    if (this.opts.baselineWrite && files.includes(resolve(this.cwd, this.opts.baselineWrite))) {
      throw new UsageError(`--baseline-write ${this.opts.baselineWrite} is one of the files to lint; name another file`);
    }
  }

  /** Each job's outcome, in order: in worker threads where they pay or are needed, else in this thread. */
  private async runJobs(jobs: LintJob[]): Promise<Array<JobOutcome | JobFailure>> {
    const o = this.opts;
    const batch = this.batchOf(jobs.length);
    // Each job's input size, read once: it decides the job's thread and the pool's order.
    const sizes = o.timeoutMs ? jobs.map(inputBytes) : [];
    if (batch || (o.timeoutMs && jobs.some((j, i) => needsWorker(j, sizes[i])))) return this.inWorkers(jobs, sizes, batch);
    const outcomes: Array<JobOutcome | JobFailure> = [];
    const runner = await this.jobRunner();
    for (let i = 0; i < jobs.length; i++) {
      // A stage of this thread was stopped mid-run (watch.ts; by this run or an earlier one): under a budget, the rest go to a worker.
      if (o.timeoutMs && wasCut()) return [...outcomes, ...(await this.inWorkers(jobs.slice(i), sizes.slice(i), false))];
      outcomes.push(await runner.run(jobs[i], o.timeoutMs));
    }
    return outcomes;
  }

  /** The jobs' outcomes from the pool's workers, and from this thread too for a batch (lintShare). */
  private async inWorkers(jobs: LintJob[], sizes: number[], batch: boolean): Promise<Array<JobOutcome | JobFailure>> {
    const o = this.opts;
    // A batch's lint threads are this one and a worker per other core.
    const pool = await this.batchPool(jobs[0].config, this.workersFor(jobs.length) - (batch ? 1 : 0), batch);
    pool.setShared(batch);
    const outcomes = Promise.all(jobs.map((j, i) => pool.lint(j, o.timeoutMs, sizes[i])));
    if (batch) await this.lintShare(pool);
    return outcomes;
  }

  /**
   * This thread's share of a batch: the pool's next queued job, one at a time, until the workers
   * have taken the rest (a job that needsWorker is left to them). The batch then pays for one
   * worker's start fewer: each is a second isolate that loads the linting code and the rules and
   * warms up again (round 23 in docs/performance.md).
   */
  private async lintShare(pool: LintWorkerPool): Promise<void> {
    const runner = await this.jobRunner();
    const here = new Map<LintJob, boolean>();
    const mine = (job: LintJob, bytes: number): boolean => {
      let ok = here.get(job);
      if (ok === undefined) here.set(job, (ok = !needsWorker(job, bytes)));
      return ok;
    };
    // Until a stage of this thread is stopped mid-run (watch.ts): the workers take the rest.
    while (!wasCut()) {
      // A turn of the event loop between jobs: the workers' results come in, their next chunks go out.
      await new Promise((resolve) => setImmediate(resolve));
      const next = pool.take(mine);
      if (!next) return;
      let outcome: JobOutcome | JobFailure;
      try {
        outcome = await runner.run(next.job, next.timeoutMs);
      } catch (err) {
        // As a worker reports it (lint-worker.ts).
        if (!(err instanceof UsageError)) throw err;
        outcome = { usageError: err.message };
      }
      next.resolve(outcome);
    }
  }

  /** Lint threads for this many jobs: one per core (or as asked), at most one per job. */
  private workersFor(jobs: number): number {
    return Math.min(this.opts.workers ?? availableParallelism(), jobs);
  }

  /** Whether this many jobs are a batch for workers: a time budget, several cores, enough jobs to pay for their start. */
  private batchOf(jobs: number): boolean {
    return Boolean(this.opts.timeoutMs) && jobs >= MIN_JOBS_FOR_WORKERS && this.workersFor(jobs) > 1; // the count first: a lone input loads no node:os
  }

  /** The process's worker pool for this run with `workers` workers, started and loading `warm`'s rules. */
  private async batchPool(warm: EffectiveConfig, workers: number, batch: boolean): Promise<LintWorkerPool> {
    const o = this.opts;
    const { sharedPool } = await import("../engine/worker-pool.js");
    // A batch's workers keep V8's own young generation, as this thread does when it lints a batch
    // alone: the pool's 4 MB cap (for a lone large input's peak RSS) made each worker of a batch of
    // R pages spend ~15% of its time in the garbage collector (2 cores: -3% CPU without it).
    const resourceLimits = batch ? BATCH_WORKER_LIMITS : undefined;
    const pool = sharedPool({ warmConfig: { config: warm, cwd: this.cwd } }, { timeoutMs: o.timeoutMs!, workerUrl: o.workerUrl, resourceLimits });
    pool.grow(workers);
    pool.warm();
    return pool;
  }

  /** The in-thread job runner: the linting code is loaded only now. */
  private async jobRunner(): Promise<JobRunner> {
    if (!this.runner) {
      const { JobRunner } = await import("./job.js");
      this.runner = new JobRunner();
    }
    return this.runner;
  }

  /** --rule must name a rule of some rule set in use (turning an unknown rule off is harmless). */
  private checkRuleFlags(known: Set<string>): void {
    for (const [id, setting] of this.opts.rules ?? []) {
      if (!known.has(id) && setting !== "off") throw new UsageError(`--rule: unknown rule id "${id}"`);
    }
  }

  private shown(p: string): string {
    const rel = relative(this.cwd, p);
    return (rel === "" ? "." : rel).split(sep).join("/");
  }

  /** Every rule the config for the working directory can see (its rulesDirs too), with its default severity. */
  async ruleCatalog(): Promise<RuleMeta[]> {
    const { Linter } = await import("../engine/linter.js");
    return new Linter(new RuleSets(this.cwd).forConfig(this.configFor(resolve(this.cwd, "_")))).meta();
  }

  printConfig(file: string): PrintedConfig {
    const eff = this.configFor(file);
    const set = new RuleSets(this.cwd).forConfig(eff);
    const known = new Set(set.rules.map((r) => r.id));
    this.checkRuleFlags(known);
    const rules: Record<string, RuleEntry> = {};
    for (const r of [...set.rules].sort((a, b) => (a.id < b.id ? -1 : 1))) rules[r.id] = eff.rules[r.id] ?? r.severity;
    return {
      file: this.shown(eff.file),
      configFile: eff.config ? this.shown(eff.config.file) : null,
      ignored: eff.ignored,
      form: eff.form ?? null,
      rulesDirs: eff.rulesDirs.map((d) => this.shown(d)),
      lexicons: eff.lexicons,
      elementModel: { on: set.elementVeto !== undefined, file: set.elementVeto ? this.shown(set.elementVeto.file) : null },
      rules,
    };
  }
}
