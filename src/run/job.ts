// One prepared job — a file (or the documents of one filing) and the config already resolved for
// it — linted by the pure Linter. The run (run.ts) prepares jobs; a lint worker or the run's own
// thread calls JobRunner.run. No discovery and no config lookup happen here.
import { RuleSets } from "../config/rule-sets.js";
import type { RuleSet } from "../engine/rule-loader.js";
import { settingOf, type EffectiveConfig } from "../config/types.js";
import { compareFindings, Linter, mergeYielded } from "../engine/linter.js";
import { applySuppressions } from "../engine/suppressions.js";
import { InputError, UsageError } from "../model/errors.js";
import type { Disclosure, Fact, FileResult, Finding, InputFormat, RuleMeta } from "../model/types.js";
import { loadDisclosure, oneLine } from "../sources/load.js";
import { timedOut, timedOutMessage } from "./unfinished.js";
import { StageCut, watch } from "./watch.js";

/** What is the same for every job of a run. */
export interface JobSettings {
  inputFormat?: InputFormat;
  /** Check each XML document's whole well-formedness (--strict). */
  strict?: boolean;
  maxBytes?: number;
  reportUnusedDisableDirectives?: boolean;
  /** false: inline disclint-disable directives are ignored (--no-inline-config). */
  inlineConfig?: boolean;
  /** Also compute each result's review (the html and markdown formats), inside the job's time budget. */
  review?: boolean;
}

export interface LintJob {
  /** The run's working directory (rule file names in messages are relative to it). */
  cwd: string;
  settings: JobSettings;
  /** One file, or the documents of one filing (read as one disclosure). */
  files: string[];
  /** The config that applies to files[0], resolved by the run. */
  config: EffectiveConfig;
  /** The bytes of files[0] when they come from standard input (--stdin). */
  stdin?: Uint8Array;
}

export interface JobOutcome {
  /** One result per file of the job. */
  results: FileResult[];
  /**
   * The linter that ran, as JSON (a RulesDescription): one string is far cheaper to pass between
   * threads than the objects, and the same for every job of a linter. "" when none ran.
   */
  rules: string;
}

export interface RulesDescription {
  /** The rules of the linter (the enabled ones, with their severities). */
  rules: RuleMeta[];
  /** Every rule id of its rule set, enabled or not (to check --rule ids against). */
  ruleIds: string[];
}

/** A config or rule problem found while preparing the linter for a job: the whole run stops (exit 2). */
export type JobFailure = { usageError: string };

/**
 * A time budget kept in the job's own thread: each synchronous stage of the job (reading, the lint,
 * placement, suppressions, review) runs watched (watch.ts), stopped mid-run once the budget is spent,
 * whatever a pattern does; the asynchronous steps between them (a file's read, a Word draft's
 * conversion, both capped) are checked when they end. A job with user rules or lexicons still runs in
 * a worker (run.ts): a worker is stopped whatever it runs, and out of memory it costs only its file.
 */
export class Deadline {
  private readonly end: number;
  constructor(readonly ms: number) {
    this.end = nowMs() + ms;
  }

  /** Throws OverBudget once the budget is spent. */
  check(): void {
    if (nowMs() > this.end) throw new OverBudget(this.ms);
  }

  /** `stage`'s value, run with what is left of the budget; OverBudget when it is spent before or during it. */
  within<T>(stage: () => T): T {
    const left = Math.ceil(this.end - nowMs());
    if (left <= 0) throw new OverBudget(this.ms);
    try {
      return watch(stage, left);
    } catch (err) {
      if (err instanceof StageCut) throw new OverBudget(this.ms);
      throw err;
    }
  }
}

/** A monotonic clock in ms (the `performance` global would load perf_hooks: ~1% of a cold start). */
function nowMs(): number {
  return Number(process.hrtime.bigint()) / 1e6;
}

class OverBudget extends Error {
  constructor(readonly ms: number) {
    super(timedOutMessage(ms));
  }
}

interface LinterEntry {
  linter: Linter;
  rules: RuleMeta[];
  /** Every rule id of the rule set, enabled or not. */
  known: Set<string>;
  /** The RulesDescription as JSON. */
  description: string;
  /** Its rule set (the review judges paragraphs with it). */
  set: RuleSet;
}

/** A worker outlives a run (the API may lint again): it keeps this many linters, then starts afresh. */
const MAX_LINTERS = 32;

/** Builds rule sets and linters once per distinct config, and lints jobs with them. */
export class JobRunner {
  private readonly ruleSets = new Map<string, RuleSets>();
  private readonly linters = new Map<string, LinterEntry>();


  /** The linter for a config; throws UsageError for a bad rule folder, rule file or config. */
  linterFor(config: EffectiveConfig, cwd: string): LinterEntry {
    const settings = Object.entries(config.rules)
      .map(([id, entry]) => [id, settingOf(entry)] as const)
      .sort(([a], [b]) => (a < b ? -1 : 1));
    const key = JSON.stringify([cwd, config.rulesDirs, config.lexicons, config.config?.file ?? null, settings]);
    let entry = this.linters.get(key);
    if (!entry) {
      if (this.linters.size >= MAX_LINTERS) {
        this.linters.clear();
        this.ruleSets.clear();
      }
      let sets = this.ruleSets.get(cwd);
      if (!sets) this.ruleSets.set(cwd, (sets = new RuleSets(cwd)));
      const set = sets.forConfig(config);
      const linter = new Linter(set, new Map(settings));
      const ruleIds = set.rules.map((r) => r.id);
      const rules = linter.meta();
      entry = { linter, rules, known: new Set(ruleIds), description: JSON.stringify({ rules, ruleIds } satisfies RulesDescription), set };
      this.linters.set(key, entry);
    }
    return entry;
  }

  /**
   * Lints one job. A bad input is a fatal result; a bad config or rule is thrown as UsageError.
   * With a time budget (ms, kept by Deadline), a job over it is one fatal result, as the worker
   * pool reports one.
   */
  async run(job: LintJob, timeoutMs?: number): Promise<JobOutcome> {
    const entry = this.linterFor(job.config, job.cwd);
    // The budget runs from here, as a worker's runs from the job's start (its rules are loaded).
    const budget = timeoutMs ? new Deadline(timeoutMs) : undefined;
    try {
      const results = await lintGroup(job.files, entry.linter, {
        ...job.settings,
        form: job.config.form,
        stdin: job.stdin,
        knownRuleIds: entry.known,
        ruleSet: entry.set,
        deadline: budget,
      });
      return { results, rules: entry.description };
    } catch (err) {
      if (err instanceof OverBudget) return timedOut(job.files[0], err.ms);
      throw err;
    }
  }
}

export interface GroupOptions extends JobSettings {
  form?: string;
  stdin?: Uint8Array;
  /** Rule ids a suppression directive may name; undefined: not checked. */
  knownRuleIds?: Set<string>;
  /** The linter's rule set: draft findings are placed (draft-placement.ts) and reviews judged with it. */
  ruleSet?: RuleSet;
  /** Each synchronous stage runs within it (Deadline.within), the asynchronous steps checked after: over it, OverBudget is thrown. */
  deadline?: Deadline;
}

/**
 * Reads one file (or the documents of one filing) and lints it with the pure linter; inline
 * suppressions apply unless turned off. One result per file; a bad input is a fatal result.
 */
export async function lintGroup(group: string[], linter: Linter, opts: GroupOptions): Promise<FileResult[]> {
  const file = group[0];
  try {
    const deadline = opts.deadline;
    // Each synchronous stage under the budget (Deadline.within), or simply run.
    const stage = deadline ? <T>(fn: () => T): T => deadline.within(fn) : <T>(fn: () => T): T => fn();
    const disclosure = await loadDisclosure(group, { form: opts.form, inputFormat: opts.inputFormat, strict: opts.strict, maxBytes: opts.maxBytes, stdin: opts.stdin, watch: stage });
    deadline?.check();
    const linted = stage(() => linter.unmergedNow(disclosure)) ?? (await linter.unmerged(disclosure));
    let findings = linted.findings;
    deadline?.check();
    // Before suppressions: a directive applies where the finding is shown.
    if (opts.ruleSet && disclosure.section?.heading && disclosure.facts.length === 0 && findings.length) {
      const { placeDraftFindings } = await import("./draft-placement.js");
      stage(() => placeDraftFindings(findings, disclosure, opts.ruleSet!, linted.context));
    }
    // Suppressed findings travel on the result (the review report shows them muted).
    const suppressed: Finding[] = [];
    if (opts.inlineConfig !== false) {
      findings = stage(() => applySuppressions(findings, disclosure.documents, { knownRuleIds: opts.knownRuleIds, reportUnused: opts.reportUnusedDisableDirectives, suppressed }));
    }
    // After suppressions: a suppressed finding takes no other rule's gap with it (yieldsTo).
    findings = mergeYielded({ ...linted, findings }).sort(compareFindings);
    suppressed.sort(compareFindings);
    // An absence on a draft or an untagged filing names the element's block, which the file does not have.
    let concepts: Set<string> | undefined;
    for (const f of findings) {
      if (!f.concept) f.near = nearestConcept(disclosure, f);
      else if (!(concepts ??= new Set(disclosure.facts.map((x) => x.concept))).has(f.concept)) f.blockAbsent = true;
    }
    const result = (at: string, own: (x: Finding) => boolean): FileResult => {
      const muted = suppressed.filter(own);
      return { file: at, findings: findings.filter(own), ...(muted.length ? { suppressed: muted } : {}) };
    };
    // A document set is reported file by file: each finding under the document it points into.
    const results = group.length === 1 ? [result(file, () => true)] : group.map((f, i) => result(f, (x) => x.file === f || (i === 0 && !group.includes(x.file))));
    if (opts.review && opts.ruleSet) {
      const { addReviews } = await import("../report/review.js");
      stage(() => addReviews(results, disclosure, opts.ruleSet!, linted.context));
    }
    return results;
  } catch (err) {
    if (err instanceof UsageError || err instanceof OverBudget) throw err;
    const at = err instanceof InputError && err.file ? err.file : file;
    return [{ file: at, findings: [], fatal: toFatal(at, err) }];
  }
}

/** The concept of the fact that holds the finding's position, else the last one before it, else the first after it. */
function nearestConcept(disclosure: Disclosure, f: Finding): string | undefined {
  let before: Fact | undefined;
  let after: Fact | undefined;
  for (const fact of disclosure.facts) {
    const p = fact.position;
    if (p.file !== f.file) continue;
    const starts = p.line < f.line || (p.line === f.line && p.column <= f.column);
    if (starts) {
      if (!before || p.line > before.position.line || (p.line === before.position.line && p.column > before.position.column)) before = fact;
    } else if (!after || p.line < after.position.line || (p.line === after.position.line && p.column < after.position.column)) {
      after = fact;
    }
  }
  return (before ?? after)?.concept;
}

/** A file's fatal result for an error: one line; an internal error says so. */
export function toFatal(file: string, err: unknown): NonNullable<FileResult["fatal"]> {
  if (err instanceof InputError) {
    return { file, message: oneLine(err.message), line: err.line, column: err.column, ...(err.notADisclosure ? { notADisclosure: true } : {}) };
  }
  // An internal error is still reported against the file, and the run goes on.
  return { file, message: oneLine(`internal error: ${(err as Error)?.message ?? String(err)}`) };
}
