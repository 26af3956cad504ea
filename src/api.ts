// The programmatic entry point: files in, results out. The CLI and the GitHub Action are thin
// layers over this.
import { relative, resolve, sep } from "node:path";
import { RuleSets } from "./config/rule-sets.js";
import { ConfigResolver } from "./config/resolve.js";
import { settingOf, type EffectiveConfig, type RuleEntry } from "./config/types.js";
import { compareFindings, Linter, type RuleSetting } from "./engine/linter.js";
import { loadRuleSet, type RuleSet } from "./engine/rule-loader.js";
import { applySuppressions, DIRECTIVE_RULE_ID, DIRECTIVE_RULE_META } from "./engine/suppressions.js";
import { InputError, UsageError } from "./model/errors.js";
import type { Disclosure, FileResult, Finding, InputFormat, RuleMeta } from "./model/types.js";
import { discoverInputs, type DiscoverError } from "./sources/discover.js";
import { LintWorkerPool } from "./engine/worker-pool.js";
import { groupDocumentSets } from "./sources/document-sets.js";
import { loadDisclosure, oneLine } from "./sources/load.js";

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
}

export function createLinter(opts: LintOptions = {}): Linter {
  const cwd = opts.cwd ?? process.cwd();
  return new Linter(loadRuleSet((opts.rulesDirs ?? []).map((d) => resolve(cwd, d)), cwd), opts.ruleSettings);
}

/**
 * Lints each file on its own (or `sets` of files as one filing each) with one linter and no config
 * files; inline suppressions apply. A bad file becomes a fatal result, never an exception.
 */
export async function lintFiles(groups: string[][], linter: Linter, opts: LintOptions = {}): Promise<FileResult[]> {
  const results: FileResult[] = [];
  // The linter knows its enabled rules only, so directive rule ids are not checked here.
  for (const group of groups) results.push(...(await lintGroup(group, linter, opts, {})));
  return results;
}

async function lintGroup(
  group: string[],
  linter: Linter,
  opts: LintOptions,
  suppress: { knownRuleIds?: Set<string>; reportUnused?: boolean },
): Promise<FileResult[]> {
  const file = group[0];
  try {
    const disclosure = await loadDisclosure(group, opts);
    const suppressed: Finding[] = [];
    const findings = applySuppressions(await linter.lint(disclosure), disclosure.documents, { ...suppress, suppressed }).sort(compareFindings);
    const withSuppressed = (r: FileResult): FileResult => {
      const own = suppressed.filter((x) => x.file === r.file);
      return own.length ? { ...r, suppressed: own.sort(compareFindings) } : r;
    };
    if (group.length === 1) return [withSuppressed({ file, findings })];
    // A document set is reported file by file: each finding under the document it points into.
    return group.map((f, i) => withSuppressed({ file: f, findings: findings.filter((x) => x.file === f || (i === 0 && !group.includes(x.file))) }));
  } catch (err) {
    const at = err instanceof InputError && err.file ? err.file : file;
    return [{ file: at, findings: [], fatal: toFatal(at, err) }];
  }
}

export function toFatal(file: string, err: unknown): FileResult["fatal"] & object {
  if (err instanceof InputError) {
    return { file, message: oneLine(err.message), line: err.line, column: err.column, ...(err.notADisclosure ? { notADisclosure: true } : {}) };
  }
  // An internal error is still reported against the file, and the run goes on.
  return { file, message: oneLine(`internal error: ${(err as Error)?.message ?? String(err)}`) };
}

export async function readDisclosure(files: string[], opts: LintOptions = {}): Promise<Disclosure> {
  return loadDisclosure(files, opts);
}

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
  /** Time budget per file (per document set) in ms: each is linted in a worker thread, and one over budget is a fatal result. */
  timeoutMs?: number;
  maxBytes?: number;
  /** Read all inputs as one filing. */
  set?: boolean;
  reportUnusedDisableDirectives?: boolean;
}

export interface LintRun {
  /** Sorted by file. */
  results: FileResult[];
  /** Every file read (the documents of a set too). */
  files: string[];
  /** Files named on the command line that the config's ignorePatterns leave out. */
  ignoredExplicitly: string[];
  /** Files found in a folder or by a glob that are not disclosures (no R page, tags or cybersecurity section). */
  skipped: string[];
}

/** What `--print-config` shows: everything that applies to one file, every rule with its setting. */
export interface PrintedConfig {
  file: string;
  configFile: string | null;
  ignored: boolean;
  form: string | null;
  rulesDirs: string[];
  lexicons: EffectiveConfig["lexicons"];
  rules: Record<string, RuleEntry>;
}

/**
 * Config-aware linting, as the CLI does it: each file gets the config found from its folder up (or
 * the one given), its overrides and the command line's settings; rule sets and linters are built
 * once per distinct config.
 */
export class Disclint {
  readonly cwd: string;
  private readonly resolver: ConfigResolver;
  private readonly ruleSets: RuleSets;
  private readonly linters = new Map<string, { linter: Linter; ruleIds: Set<string> }>();
  private readonly setIds = new Map<RuleSet, number>();

  constructor(private readonly opts: DisclintOptions = {}) {
    this.cwd = resolve(opts.cwd ?? process.cwd());
    this.resolver = new ConfigResolver({ cwd: this.cwd, config: opts.config, rules: opts.rules, form: opts.form, rulesDirs: opts.rulesDirs });
    this.ruleSets = new RuleSets(this.cwd);
  }

  configFor(file: string): EffectiveConfig {
    return this.resolver.forFile(file);
  }

  ruleSetFor(eff: EffectiveConfig): RuleSet {
    return this.ruleSets.forConfig(eff);
  }

  linterFor(eff: EffectiveConfig): Linter {
    return this.entryFor(eff).linter;
  }

  private entryFor(eff: EffectiveConfig): { linter: Linter; ruleIds: Set<string> } {
    const set = this.ruleSets.forConfig(eff);
    let setId = this.setIds.get(set);
    if (setId === undefined) this.setIds.set(set, (setId = this.setIds.size));
    const settings = new Map(Object.entries(eff.rules).map(([id, entry]) => [id, settingOf(entry)] as const).sort(([a], [b]) => (a < b ? -1 : 1)));
    const key = `${setId}\u0000${JSON.stringify([...settings])}`;
    let entry = this.linters.get(key);
    if (!entry) {
      entry = { linter: new Linter(set, settings), ruleIds: new Set(set.rules.map((r) => r.id)) };
      this.linters.set(key, entry);
    }
    return entry;
  }

  /** Finds the inputs, leaves out ignored files, and lints each file (or the set). */
  async lint(patterns: string[]): Promise<LintRun & { discoverErrors: DiscoverError[] }> {
    const { files: found, errors } = await discoverInputs(patterns, { cwd: this.cwd });
    const explicit = new Set(patterns.map((p) => resolve(this.cwd, p)));
    const files: string[] = [];
    const ignoredExplicitly: string[] = [];
    for (const f of found) {
      if (!this.configFor(f).ignored) files.push(f);
      else if (explicit.has(f)) ignoredExplicitly.push(f);
    }
    // --set: everything is one filing; otherwise Inline XBRL documents of one submission are grouped.
    const groups = this.opts.set ? (files.length ? [files] : []) : await groupDocumentSets(files);
    const prepared = groups.map((g) => ({ group: g, eff: this.configFor(g[0]) }));
    // Load every rule set (and check every config) before linting anything: a bad config is exit 2 at once.
    for (const p of prepared) this.entryFor(p.eff);
    this.checkRuleFlags();
    const results: FileResult[] = [];
    // A synchronous regex or parser cannot be interrupted in this thread: with a time budget, each
    // file is linted in a worker that is stopped (and replaced) when it runs over.
    const pool = this.opts.timeoutMs ? new LintWorkerPool({ ...this.opts, cwd: this.cwd, timeoutMs: undefined }, { timeoutMs: this.opts.timeoutMs }) : undefined;
    pool?.warm();
    try {
      for (const { group, eff } of prepared) {
        if (pool) {
          results.push(...(await pool.lint(group)));
          continue;
        }
        const { linter, ruleIds } = this.entryFor(eff);
        const opts = { form: eff.form, inputFormat: this.opts.inputFormat, maxBytes: this.opts.maxBytes, strict: this.opts.strict };
        results.push(...(await lintGroup(group, linter, opts, { knownRuleIds: ruleIds, reportUnused: this.opts.reportUnusedDisableDirectives })));
      }
    } finally {
      await pool?.close();
    }
    // A file found by walking a folder (or a glob) that reads fine but is no disclosure — a README
    // beside the drafts — is skipped and listed, not a fatal; one named on the command line stays fatal.
    const skipped: string[] = [];
    const kept = results.filter((r) => {
      if (!r.fatal?.notADisclosure || explicit.has(r.file)) return true;
      skipped.push(r.file);
      return false;
    });
    return { results: kept, files, ignoredExplicitly, skipped, discoverErrors: errors };
  }

  /** --rule must name a rule of some rule set in use (turning an unknown rule off is harmless). */
  checkRuleFlags(): void {
    const known = new Set<string>();
    for (const set of [this.baseRuleSet(), ...this.ruleSets.all()]) for (const r of set.rules) known.add(r.id);
    for (const [id, setting] of this.opts.rules ?? []) {
      if (!known.has(id) && setting !== "off") throw new UsageError(`--rule: unknown rule id "${id}"`);
    }
  }

  private baseRuleSet(): RuleSet {
    return this.ruleSets.forConfig({ file: this.cwd, ignored: false, rulesDirs: (this.opts.rulesDirs ?? []).map((d) => resolve(this.cwd, d)), lexicons: {}, rules: {} });
  }

  /**
   * The rules of every linter used so far (the first config's settings win for a rule's default
   * severity); with none yet, those of the config for the working directory.
   */
  rulesMeta(results: FileResult[] = []): RuleMeta[] {
    if (this.linters.size === 0) this.linterFor(this.configFor(resolve(this.cwd, "_")));
    const seen = new Set<string>();
    const meta: RuleMeta[] = [];
    for (const { linter } of this.linters.values()) {
      for (const m of linter.meta()) {
        if (seen.has(m.id)) continue;
        seen.add(m.id);
        meta.push(m);
      }
    }
    if (results.some((r) => r.findings.some((f) => f.ruleId === DIRECTIVE_RULE_ID))) meta.push(DIRECTIVE_RULE_META);
    return meta;
  }

  printConfig(file: string): PrintedConfig {
    const eff = this.configFor(file);
    const set = this.ruleSets.forConfig(eff);
    const rules: Record<string, RuleEntry> = {};
    for (const r of [...set.rules].sort((a, b) => (a.id < b.id ? -1 : 1))) rules[r.id] = eff.rules[r.id] ?? r.severity;
    const show = (p: string) => {
      const rel = relative(this.cwd, p);
      return (rel === "" ? "." : rel).split(sep).join("/");
    };
    return {
      file: show(eff.file),
      configFile: eff.config ? show(eff.config.file) : null,
      ignored: eff.ignored,
      form: eff.form ?? null,
      rulesDirs: eff.rulesDirs.map(show),
      lexicons: eff.lexicons,
      rules,
    };
  }
}
