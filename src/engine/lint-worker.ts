// The worker of worker-pool.ts: lints the prepared jobs it is sent with one JobRunner (the pure
// Linter per config). Its first message names the run's usual config, whose rules it loads at once,
// while the run is still resolving each file's config. Bundled as dist/lint-worker.js; the Action's
// bundle runs it too.

import { parentPort, workerData } from "node:worker_threads";
import { UsageError } from "../model/errors.js";
import { JobRunner, type JobFailure, type JobOutcome, type LintJob } from "../run/job.js";
import { Progress } from "./job-progress.js";
import type { ChunkResult, FromWorker, SlotData, ToWorker } from "./worker-pool.js";

const port = parentPort!;
const data = workerData as SlotData;
const progress = new Progress(data.progress);
const post = (m: FromWorker) => port.postMessage(m);
const runner = new JobRunner();

async function lint(job: LintJob): Promise<JobOutcome | JobFailure> {
  try {
    return await runner.run(job);
  } catch (err) {
    if (err instanceof UsageError) return { usageError: err.message };
    throw err;
  }
}

/** Each rule description sent so far, by its number (RulesRef). */
const described = new Map<string, number>();

/** A job's result: a rule description already sent goes by its number. */
function chunkResult(id: number, outcome: JobOutcome | JobFailure): ChunkResult {
  if ("usageError" in outcome || !outcome.rules) return { id, outcome };
  const text = outcome.rules;
  const n = described.get(text);
  if (n !== undefined) return { id, outcome: { ...outcome, rules: "" }, rules: { n } };
  described.set(text, described.size);
  return { id, outcome: { ...outcome, rules: "" }, rules: { n: described.size - 1, text } };
}

/**
 * What runs once the first chunk is linted, before its results are sent: worker-start.ts writes its code cache then. Before
 * the results, not after: once they are sent the pool may end the batch and the worker with it (a worker's first chunk is
 * often its last), and a cache written on a later turn was then never written (a loaded machine lost that race).
 */
let firstChunkLinted: (() => void) | undefined;
export function onFirstChunk(fn: () => void): void {
  firstChunkLinted = fn;
}

// The pool sends the next chunk ahead of time: jobs are linted one after the other, each one's
// start written to the Progress (its time budget runs from then), and a chunk's results sent together.
let queue: Promise<void> = Promise.resolve();
port.on("message", (m: ToWorker) => {
  if (m.type === "warm") {
    try {
      runner.linterFor(m.config, m.cwd);
    } catch {
      // A config or rule problem: the first job that needs that config reports it.
    }
    return;
  }
  if (m.type !== "lint") return;
  queue = queue.then(async () => {
    const results: ChunkResult[] = [];
    for (const { id, job } of m.jobs) {
      progress.started(id);
      results.push(chunkResult(id, await lint(job)));
    }
    progress.idle();
    const first = firstChunkLinted;
    firstChunkLinted = undefined;
    first?.();
    post({ type: "results", results });
  });
});
post({ type: "ready" });
