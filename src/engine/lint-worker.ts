// The worker of worker-pool.ts: lints one group per message with a Disclint built from the pool's
// options, so config files, --rule, --rules-dir and inline suppressions apply exactly as in the
// main thread. Bundled as dist/lint-worker.js.

import { parentPort, workerData } from "node:worker_threads";
import { Disclint, toFatal, type DisclintOptions } from "../api.js";
import type { FileResult } from "../model/types.js";
import type { FromWorker, ToWorker } from "./worker-pool.js";

const port = parentPort!;
const options = (workerData as { options: DisclintOptions }).options;
const post = (m: FromWorker) => port.postMessage(m);

let disclint: Disclint | undefined;
try {
  disclint = new Disclint(options);
  // Load the rules now, so that the first file's budget is spent on the file.
  disclint.rulesMeta();
} catch {
  // A config or rule problem: the main thread reports it before linting; here it is per file.
}

/** The group's results as Disclint.lint gives them (one per file of a document set). */
async function lintGroup(group: string[]): Promise<FileResult[]> {
  const file = group[0];
  try {
    disclint ??= new Disclint(options);
    const run = await disclint.lint(group);
    const results: FileResult[] = [...run.results];
    for (const e of run.discoverErrors) results.push({ file, findings: [], fatal: { file, message: e.message } });
    return results.length ? results : [{ file, findings: [] }];
  } catch (err) {
    return [{ file, findings: [], fatal: toFatal(file, err) }];
  }
}

port.on("message", (m: ToWorker) => {
  if (m.type !== "lint") return;
  post({ type: "start", id: m.id });
  void lintGroup(m.group).then((results) => post({ type: "result", id: m.id, results }));
});
post({ type: "ready" });
