// A synchronous stage of a job, run in the run's own thread under what is left of its time budget
// (job.ts, Deadline). JavaScript cannot stop itself mid-run: a regular expression that backtracks
// through a stranger's text runs to its end, and checking the budget between stages stops a job only
// once the stage is over (round 42: a built-in lexicon pattern ran the CLI past --timeout). Node's vm
// runs a script with a timeout: a watchdog thread terminates the isolate's execution once it is spent
// (V8's TerminateExecution, which also stops a regular expression's backtracking), and the script
// throws ERR_SCRIPT_EXECUTION_TIMEOUT. The script here only calls the stage, in this context. A
// watch costs a thread's start (~30-60 µs), not a worker's (~65 ms of CPU and a second isolate).
//
// A stage stopped mid-run may leave a cache of the thread half written, so the thread lints nothing
// more (wasCut): the run sends its later jobs to workers (run.ts).
import { createRequire } from "node:module";
import type { Script } from "node:vm";

const STAGE = Symbol.for("disclint.watchedStage");
type Holder = { [STAGE]?: () => unknown };

let script: Script | undefined;
let cut = false;

/** What `watch` throws when the stage ran out of time (the stage was stopped where it was). */
export class StageCut extends Error {}

/**
 * Runs `stage` and returns what it returns; throws StageCut once it has run `ms` milliseconds (1 to
 * 2^31-1), and what it throws.
 */
export function watch<T>(stage: () => T, ms: number): T {
  // node:vm, loaded by the first watch (a run without a budget never loads it).
  script ??= new (createRequire(import.meta.url)("node:vm") as typeof import("node:vm")).Script("globalThis[Symbol.for('disclint.watchedStage')]()", { filename: "disclint-stage" });
  const holder = globalThis as Holder;
  const outer = holder[STAGE];
  holder[STAGE] = stage;
  try {
    return script.runInThisContext({ timeout: Math.max(1, Math.min(ms, 2 ** 31 - 1)), displayErrors: false }) as T;
  } catch (err) {
    if ((err as NodeJS.ErrnoException)?.code === "ERR_SCRIPT_EXECUTION_TIMEOUT") {
      cut = true;
      throw new StageCut(`stopped after ${ms} ms`);
    }
    throw err;
  } finally {
    holder[STAGE] = outer;
  }
}

/** Whether a stage of this thread was stopped mid-run: its caches may be half written. */
export function wasCut(): boolean {
  return cut;
}
