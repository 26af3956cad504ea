// A baseline: the findings a team has accepted for now, recorded by a fingerprint that survives
// edits above them (rule id + concept + normalised evidence; never line numbers). Linting with the
// baseline hides those and reports only new ones.
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, isAbsolute, relative, sep } from "node:path";
import { UsageError } from "../model/errors.js";
import type { FileResult, Finding } from "../model/types.js";
import { findingHash } from "../report/fingerprint.js";
import { parseJson, readRegularTextSync } from "../sources/read-file.js";

export const BASELINE_VERSION = 1;

/** A baseline of 100,000 findings is about 25 MB. */
export const BASELINE_MAX_BYTES = 64 * 1024 * 1024;

export interface BaselineEntry {
  /** The linted file, relative to the baseline file's folder, "/"-separated. */
  file: string;
  ruleId: string;
  /** findingHash(): rule id + concept + normalised evidence. */
  fingerprint: string;
  /** How many findings in the file share the fingerprint. */
  count: number;
  /** For the reader of the file; not used to match. */
  message: string;
}

export interface Baseline {
  version: typeof BASELINE_VERSION;
  findings: BaselineEntry[];
}

export interface BaselineOutcome {
  /** The results with baselined findings taken out. */
  results: FileResult[];
  /** How many findings the baseline hid. */
  hidden: number;
  /** Entries for files linted in this run that no longer match as many findings (count: how many fewer). */
  stale: BaselineEntry[];
}

function keyOf(file: string, fingerprint: string): string {
  return `${file}\u0000${fingerprint}`;
}

function baseRelative(baseDir: string, file: string): string {
  const rel = relative(baseDir, file);
  return (isAbsolute(rel) ? file : rel).split(sep).join("/");
}

/** Records every finding of the results (fatal results have none). Entries are sorted: the file diffs well. */
export function createBaseline(results: FileResult[], baseDir: string): Baseline {
  const entries = new Map<string, BaselineEntry>();
  for (const r of results) {
    for (const f of r.findings) {
      const file = baseRelative(baseDir, f.file);
      const fingerprint = findingHash(f);
      const key = keyOf(file, fingerprint);
      const e = entries.get(key);
      if (e) e.count++;
      else entries.set(key, { file, ruleId: f.ruleId, fingerprint, count: 1, message: f.message });
    }
  }
  const findings = [...entries.values()].sort(
    (a, b) => cmp(a.file, b.file) || cmp(a.ruleId, b.ruleId) || cmp(a.fingerprint, b.fingerprint),
  );
  return { version: BASELINE_VERSION, findings };
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function writeBaseline(path: string, baseline: Baseline): void {
  try {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, JSON.stringify(baseline, null, 2) + "\n");
  } catch (e) {
    throw new UsageError(`cannot write baseline ${path}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
}

export function readBaseline(path: string, shown = path): Baseline {
  let data: unknown;
  let text: string;
  try {
    text = readRegularTextSync(path, BASELINE_MAX_BYTES);
  } catch (e) {
    throw new UsageError(`${shown}: cannot read baseline: ${(e as Error).message}`);
  }
  try {
    data = parseJson(text);
  } catch (e) {
    throw new UsageError(`${shown}: ${(e as Error).message}`);
  }
  const bad = (where: string, what: string) => new UsageError(`${shown}: ${where}: ${what}`);
  const b = data as Partial<Baseline> | null;
  if (!b || typeof b !== "object" || Array.isArray(b)) throw bad("(root)", 'not a disclint baseline: expected { "version": 1, "findings": [...] }');
  if (b.version !== BASELINE_VERSION) throw bad("version", `must be ${BASELINE_VERSION} (write a new baseline with --baseline-write)`);
  if (!Array.isArray(b.findings)) throw bad("findings", "must be an array");
  b.findings.forEach((e, i) => {
    if (!e || typeof e !== "object") throw bad(`findings[${i}]`, "must be an object");
    for (const k of ["file", "ruleId", "fingerprint"] as const) {
      if (typeof e[k] !== "string" || e[k] === "") throw bad(`findings[${i}].${k}`, "must be a non-empty string");
    }
    if (!/^[0-9a-f]{16}$/.test(e.fingerprint)) throw bad(`findings[${i}].fingerprint`, "must be 16 hexadecimal digits (as --baseline-write records it)");
    if (!Number.isInteger(e.count) || e.count < 1) throw bad(`findings[${i}].count`, "must be a whole number ≥ 1");
    if (e.message !== undefined && typeof e.message !== "string") throw bad(`findings[${i}].message`, "must be a string");
  });
  return b as Baseline;
}

/**
 * Hides the findings the baseline records (up to each entry's count: extra occurrences are new)
 * and lists the entries that found fewer findings than recorded, for the files linted now.
 */
export function applyBaseline(results: FileResult[], baseline: Baseline, baseDir: string, lintedFiles?: string[]): BaselineOutcome {
  const budget = new Map<string, number>();
  for (const e of baseline.findings) {
    const key = keyOf(e.file, e.fingerprint);
    budget.set(key, (budget.get(key) ?? 0) + e.count);
  }
  let hidden = 0;
  // Every file read in this run (the documents of a set too); a fatal file was not linted.
  const linted = new Set((lintedFiles ?? results.map((r) => r.file)).map((f) => baseRelative(baseDir, f)));
  for (const r of results) if (r.fatal) linted.delete(baseRelative(baseDir, r.file));
  const out = results.map((r) => {
    const baselined: Finding[] = [];
    const findings = r.findings.filter((f: Finding) => {
      const key = keyOf(baseRelative(baseDir, f.file), findingHash(f));
      const left = budget.get(key) ?? 0;
      if (left === 0) return true;
      budget.set(key, left - 1);
      hidden++;
      baselined.push(f);
      return false;
    });
    return baselined.length ? { ...r, findings, baselined } : { ...r, findings };
  });
  const stale: BaselineEntry[] = [];
  const seen = new Set<string>();
  for (const e of baseline.findings) {
    const key = keyOf(e.file, e.fingerprint);
    if (seen.has(key) || !linted.has(e.file)) continue;
    seen.add(key);
    const left = budget.get(key) ?? 0;
    if (left > 0) stale.push({ ...e, count: left });
  }
  return { results: out, hidden, stale };
}
