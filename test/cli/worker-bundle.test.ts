// The CLI's lint workers run dist/worker-start.cjs: the worker's CommonJS bundle (dist/worker.cjs) loaded
// with a code cache (src/code-cache.ts), written once a worker has linted its first chunk. A worker
// started from it must lint as the run's own thread does, with the cache and without it.
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it, vi } from "vitest";
import { ConfigResolver } from "../../src/config/resolve.js";
import { LintWorkerPool } from "../../src/engine/worker-pool.js";
import type { FileResult } from "../../src/model/types.js";
import { JobRunner, type JobFailure, type JobOutcome, type LintJob } from "../../src/run/job.js";
import { rPage } from "../robustness/helpers.js";

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

// A plain command line that names a batch (start.ts, lone-input.ts batchAtFirstSight): the first lint worker is
// started by dist/start.cjs before the CLI's bundle loads (engine/early-worker.ts), and the pool takes it.
describe.skipIf(!existsSync(join(DIST, "worker.cjs")) || availableParallelism() < 2)("a batch's worker started with the process", () => {
  it("is the batch's only worker; the report is the one thread's, a bad file among the pages is still reported", () => {
    const scratch = mkdtempSync(join(tmpdir(), "disclint-early-"));
    const pages = join(scratch, "pages");
    mkdirSync(pages);
    for (let i = 0; i < 20; i++) writeFileSync(join(pages, `r-${String(i).padStart(2, "0")}.txt`), rPage(`Our Board oversees cybersecurity risk through the [TBD] Committee; we review it ${i} times a year.`));
    copyFileSync(join(pages, "r-00.txt"), join(pages, "r-20.txt"));
    writeFileSync(join(pages, "r-07b.xml"), Buffer.from([0, 1, 2, 3])); // not a disclosure: a fatal, the others linted
    // Each Worker made in the run's thread says where from: dist/start.cjs (before the bundle) or the bundle's pool.
    const preload = join(scratch, "workers.cjs");
    writeFileSync(
      preload,
      `const wt = require("node:worker_threads");
if (wt.isMainThread) {
  const W = wt.Worker;
  wt.Worker = class extends W {
    constructor(...a) {
      process.stderr.write("worker from " + (/start\\.cjs/.test(new Error().stack) ? "start" : "bundle") + "\\n");
      super(...a);
    }
  };
}
`,
    );
    const CLI = join(ROOT, "bin", "disclint.js");
    try {
      const batch = spawnSync(process.execPath, ["--require", preload, CLI, pages, "-f", "json"], { encoding: "utf8" });
      const alone = spawnSync(process.execPath, [CLI, pages, "-f", "json", "--timeout", "0"], { encoding: "utf8" });
      expect(batch.stderr).toBe("worker from start\n");
      expect(alone.stderr).toBe("");
      expect(batch.status).toBe(2);
      expect(alone.status).toBe(2);
      expect(batch.stdout).toBe(alone.stdout);
      const report = JSON.parse(batch.stdout) as Array<{ filePath: string; messages: Array<{ fatal?: boolean; message: string }> }>;
      expect(report).toHaveLength(22);
      expect(report.filter((r) => r.messages.some((m) => m.fatal)).map((r) => r.filePath)).toEqual([join(pages, "r-07b.xml")]);
      expect(report.find((r) => r.filePath.endsWith("r-19.txt"))!.messages.map((m) => m.message).join("\n")).toContain("[TBD]");
      // --timeout 0 or too few files: no worker at all.
      const few = spawnSync(process.execPath, ["--require", preload, CLI, join(pages, "r-00.txt"), join(pages, "r-01.txt"), "-f", "json"], { encoding: "utf8" });
      expect(few.stderr).toBe("");
      const none = spawnSync(process.execPath, ["--require", preload, CLI, pages, "-f", "json", "--timeout=0"], { encoding: "utf8" });
      expect(none.stderr).toBe("");
      expect(none.stdout).toBe(alone.stdout);
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  });
});
