// The CLI's lint workers run dist/worker-start.cjs: the worker's CommonJS bundle (dist/worker.cjs) loaded
// with a code cache (src/code-cache.ts), written once a worker has linted its first chunk. A worker
// started from it must lint as the run's own thread does, with the cache and without it.
import { existsSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it, vi } from "vitest";
import { ConfigResolver } from "../../src/config/resolve.js";
import { LintWorkerPool } from "../../src/engine/worker-pool.js";
import type { FileResult } from "../../src/model/types.js";
import { JobRunner, type JobFailure, type JobOutcome, type LintJob } from "../../src/run/job.js";

const ROOT = join(import.meta.dirname, "..", "..");
const DIST = join(ROOT, "dist");
const WORKER = pathToFileURL(join(DIST, "worker-start.cjs"));
const EXAMPLES = join(ROOT, "examples");
const nodeCompileCache = "enableCompileCache" in (await import("node:module")).default;

function resultsOf(outcome: JobOutcome | JobFailure): FileResult[] {
  if ("usageError" in outcome) throw new Error(outcome.usageError);
  return outcome.results;
}

const files = readdirSync(EXAMPLES)
  .filter((f) => /\.(txt|htm|html|md)$/.test(f))
  .sort()
  .map((f) => join(EXAMPLES, f));
const resolver = new ConfigResolver({ cwd: ROOT, config: false });
const jobs: LintJob[] = files.map((f) => ({ cwd: ROOT, settings: {}, files: [f], config: resolver.forFile(f) }));

/** Each job's results through a fresh pool of one worker started from dist/worker-start.cjs; `before` runs before the pool is closed. */
async function throughWorker(before: () => Promise<unknown> = async () => undefined): Promise<FileResult[]> {
  const pool = new LintWorkerPool({}, { timeoutMs: 600_000, workerUrl: WORKER });
  try {
    const results = (await Promise.all(jobs.map((j) => pool.lint(j)))).flatMap(resultsOf);
    await before();
    return results;
  } finally {
    pool.close();
  }
}

const workerCaches = () => (existsSync(join(DIST, ".cache")) ? readdirSync(join(DIST, ".cache")).filter((f) => /^worker-.*\.v8$/.test(f)) : []);

describe.skipIf(!existsSync(join(DIST, "worker.cjs")))("the CLI's lint worker (dist/worker-start.cjs)", () => {
  it("is what the CLI's bundle starts", () => {
    expect(readFileSync(join(DIST, "cli.cjs"), "utf8")).toContain('"worker-start.cjs"');
  });

  it("lints every example as the run's own thread does, before and after its code cache is written", async () => {
    expect(files.length).toBeGreaterThan(3);
    const runner = new JobRunner();
    const inThread = (await Promise.all(jobs.map((j) => runner.run(j)))).flatMap(resultsOf);
    expect(inThread.flatMap((r) => r.findings).length).toBeGreaterThan(0);
    // Node 20: V8's cached data beside the bundle, written by the worker (Node 22.1+ keeps its own compile cache).
    for (const f of workerCaches()) rmSync(join(DIST, ".cache", f), { force: true });
    const written = async () => {
      if (!nodeCompileCache && !process.env.NODE_DISABLE_COMPILE_CACHE) await vi.waitFor(() => expect(workerCaches().length).toBeGreaterThan(0), { timeout: 60_000, interval: 100 });
    };
    expect(await throughWorker(written)).toEqual(inThread);
    expect(await throughWorker()).toEqual(inThread);
  });
});
