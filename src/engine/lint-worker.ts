// The worker of worker-pool.ts: lints the prepared jobs it is sent with one JobRunner (the pure
// Linter per config). It loads the rules of the run's usual config as soon as it starts, while the
// run is still discovering files. Bundled as dist/lint-worker.js; the Action's bundle runs it too.

import { parentPort, workerData } from "node:worker_threads";
import { UsageError } from "../model/errors.js";
import { JobRunner, type JobFailure, type JobOutcome } from "../run/job.js";
import type { FromWorker, ToWorker, WorkerData } from "./worker-pool.js";

const port = parentPort!;
const data = workerData as WorkerData;
const post = (m: FromWorker) => port.postMessage(m);
const runner = new JobRunner();

try {
  if (data.warmConfig) runner.linterFor(data.warmConfig.config, data.warmConfig.cwd);
} catch {
  // A config or rule problem: the first job that needs that config reports it.
}

async function lint(m: ToWorker): Promise<JobOutcome | JobFailure> {
  try {
    return await runner.run(m.job);
  } catch (err) {
    if (err instanceof UsageError) return { usageError: err.message };
    throw err;
  }
}

/** Each rule description sent so far, by its number (RulesRef). */
const described = new Map<string, number>();

/** The result message: a rule description already sent goes by its number. */
function resultMessage(id: number, outcome: JobOutcome | JobFailure): FromWorker {
  if ("usageError" in outcome || !outcome.rules) return { type: "result", id, outcome };
  const text = outcome.rules;
  const n = described.get(text);
  if (n !== undefined) return { type: "result", id, outcome: { ...outcome, rules: "" }, rules: { n } };
  described.set(text, described.size);
  return { type: "result", id, outcome: { ...outcome, rules: "" }, rules: { n: described.size - 1, text } };
}

// The pool sends the next job ahead of time: jobs are linted one after the other, each announced
// when it starts (its time budget runs from then).
let queue: Promise<void> = Promise.resolve();
port.on("message", (m: ToWorker) => {
  if (m.type !== "lint") return;
  queue = queue.then(async () => {
    post({ type: "start", id: m.id });
    post(resultMessage(m.id, await lint(m)));
  });
});
post({ type: "ready" });
