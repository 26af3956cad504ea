// When a batch pays for lint workers: read by the run (run.ts) and, from the command line alone, by
// the CLI's start (src/cli/start.ts), which starts a batch's first worker before the bundle loads.
// A job's input size, read once per job: the run's choice of thread (run.ts, needsWorker) and the
// pool's order and chunks (worker-pool.ts) both go by it.
import { statSync } from "node:fs";
import type { LintJob } from "./job.js";

/**
 * Jobs a batch needs before workers pay for their start (each ~250 ms of CPU: the linting code, the
 * rules and the first documents in a fresh isolate): below it, the run's thread lints them all.
 */
export const MIN_JOBS_FOR_WORKERS = 16;

/** A job's input size in bytes (files that cannot be read count 0: their job reports them). */
export function inputBytes(job: LintJob): number {
  if (job.stdin) return job.stdin.length;
  let bytes = 0;
  for (const f of job.files) bytes += statSync(f, { throwIfNoEntry: false })?.size ?? 0;
  return bytes;
}
