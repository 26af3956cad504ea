// The outcome of a job that did not finish — over its time budget, or its worker gone — shared by
// the worker pool and the in-thread deadline (job.ts), which report it the same way. A module of
// its own, so that the pool does not load the linting code into the run's thread.
import type { JobOutcome } from "./job.js";

/** One fatal result, against the job's first file (as any fatal of a document set is). */
export function unfinished(file: string, message: string): JobOutcome {
  return { results: [{ file, findings: [], fatal: { file, message } }], rules: "" };
}

export function timedOutMessage(ms: number): string {
  return `timed out after ${ms} ms`;
}

export function timedOut(file: string, ms: number): JobOutcome {
  return unfinished(file, timedOutMessage(ms));
}
