// Pass or fail, and why: the one place the exit code is decided (the CLI and the Action print it).
import { atOrAbove } from "../model/severity.js";
import type { FileResult, Severity } from "../model/types.js";
import { plural } from "../report/text.js";

export interface Counts {
  /** Findings of severity error (unreadable files not included). */
  errors: number;
  warnings: number;
  infos: number;
  /** Files that could not be read or parsed (or were not linted: a pattern that found nothing, a timeout). */
  fatals: number;
}

export interface Verdict {
  /** 0 passed; 1 findings at or above the fail level, or too many warnings; 2 an input could not be linted. */
  exitCode: 0 | 1 | 2;
  /** Why the run failed, one reason each ("2 errors at or above the fail level (error)"); empty when it passed. */
  reasons: string[];
}

export interface FailPolicy {
  /** The lowest severity that fails the run (default error). */
  failOn: Severity;
  /** Fail when there are more warnings than this; -1: no limit. */
  maxWarnings: number;
}

export function countFindings(results: FileResult[]): Counts {
  const counts: Counts = { errors: 0, warnings: 0, infos: 0, fatals: 0 };
  for (const result of results) {
    if (result.fatal) counts.fatals++;
    for (const f of result.findings) {
      if (f.severity === "error") counts.errors++;
      else if (f.severity === "warning") counts.warnings++;
      else counts.infos++;
    }
  }
  return counts;
}

export function verdictOf(results: FileResult[], counts: Counts, policy: FailPolicy): Verdict {
  const reasons: string[] = [];
  if (counts.fatals > 0) reasons.push(`${plural(counts.fatals, "file")} could not be linted`);
  let failing = 0;
  for (const r of results) for (const f of r.findings) if (atOrAbove(f.severity, policy.failOn)) failing++;
  if (failing > 0) {
    const what = policy.failOn === "error" ? plural(failing, "error") : `${plural(failing, "finding")}`;
    reasons.push(`${what} at or above the fail level (${policy.failOn})`);
  }
  if (policy.maxWarnings >= 0 && counts.warnings > policy.maxWarnings) {
    reasons.push(`${plural(counts.warnings, "warning")}, more than the maximum of ${policy.maxWarnings} (max-warnings)`);
  }
  const exitCode = counts.fatals > 0 ? 2 : reasons.length > 0 ? 1 : 0;
  return { exitCode, reasons };
}
