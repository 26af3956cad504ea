// --timeout: a batch (or a file with user patterns) is linted in workers with a time budget; on
// overrun the worker is terminated, the file gets a fatal result, and the next file is linted by a
// fresh worker. A lone file with the built-in rules keeps its budget in the run's thread.
import { copyFileSync, mkdirSync, realpathSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { afterAll, describe, expect, it, vi } from "vitest";
import { Disclint } from "../../src/api.js";
import { ConfigResolver } from "../../src/config/resolve.js";
import { LARGE_INPUT_BYTES, MIN_JOBS_FOR_WORKERS, needsWorker } from "../../src/run/run.js";
import { startEarlyWorker, takeEarlyWorker } from "../../src/engine/early-worker.js";
import { LintWorkerPool, workerScript } from "../../src/engine/worker-pool.js";
import type { FileResult } from "../../src/model/types.js";
import { JobRunner, type JobFailure, type JobOutcome, type LintJob } from "../../src/run/job.js";
import { checkPolynomialSafety, checkRegexSafety } from "../../src/text/safe-regex.js";
import { EXAMPLE_HTM, ROOT, rPage, tmpDir } from "./helpers.js";

// One loop, in a lookahead, so the load-time checks (exponential and polynomial) let it through and
// the lexicon compiler does not anchor it; but the search retries it at every start, each time
// running to the end of the text for a "~~~" no file has: on a million digits it would take hours (n²/2 steps). Only the
// time budget stops it. (Round 42: it reads past what the patterns' text bound cuts - a run's
// middle, a 2,000-character sentence - as `\d+` no longer did; bounded-runs.ts.)
const SLOW = "(?=[\\s\\S]*~~~)\\d";

// The budget is wall time, and the good files beside the slow one must finish inside it on a loaded
// 2-core machine (a fresh worker's first lint compiles its patterns): generous, not tight.
const BUDGET_MS = 5000;

function slowRulesDir(root: string): string {
  const dir = join(root, "slow-rules");
  mkdirSync(join(dir, "lexicons"), { recursive: true });
  // Same name as the built-in lexicon: it replaces it, so draft-placeholder runs it.
  writeFileSync(join(dir, "lexicons", "placeholders.json"), JSON.stringify({ description: "slow on purpose", patterns: [SLOW], caseSensitive: true }));
  return dir;
}

/** A job for each file, with the config the run would resolve (no config files, extra rule folders). */
function jobsFor(cwd: string, groups: string[][], rulesDirs: string[] = []): LintJob[] {
  const resolver = new ConfigResolver({ cwd, config: false, rulesDirs });
  return groups.map((files) => ({ cwd, settings: {}, files, config: resolver.forFile(files[0]) }));
}

function resultsOf(outcome: JobOutcome | JobFailure): FileResult[] {
  if ("usageError" in outcome) throw new Error(outcome.usageError);
  return outcome.results;
}

function poolFor(options: ConstructorParameters<typeof LintWorkerPool>[1]): LintWorkerPool {
  return new LintWorkerPool({}, options);
}

/** A temp folder with a page that has findings and one that only a time budget stops (with slowRulesDir's pattern). */
function goodAndSlow(tag: string): { dir: string; good: string; slow: string } {
  const dir = tmpDir(tag);
  const good = join(dir, "good.txt");
  writeFileSync(good, rPage("Our Board oversees cybersecurity risk through the [TBD] Committee."));
  const slow = join(dir, "slow.txt");
  writeFileSync(slow, rPage(`Reference ${"7".repeat(1_000_000)} follows.`));
  return { dir, good, slow };
}

async function lintAll(pool: LintWorkerPool, jobs: LintJob[]): Promise<FileResult[]> {
  return (await Promise.all(jobs.map((j) => pool.lint(j)))).flatMap(resultsOf);
}

describe("worker pool", () => {
  const { dir, good, slow } = goodAndSlow("worker");
  const pools: LintWorkerPool[] = [];
  afterAll(() => pools.forEach((p) => p.close()));

  it("the slow pattern is one the load-time check accepts", () => {
    expect(checkRegexSafety(SLOW, "u").safe).toBe(true);
    expect(checkPolynomialSafety(SLOW, "u").safe).toBe(true);
  });

  it("lints in workers exactly as in the main thread", async () => {
    const opts = { cwd: dir, config: false as const };
    // A batch big enough for workers (MIN_JOBS_FOR_WORKERS), on two of them.
    const copies = Array.from({ length: MIN_JOBS_FOR_WORKERS }, (_, i) => join(dir, `copy-${i}.txt`));
    for (const c of copies) copyFileSync(good, c);
    const files = [good, EXAMPLE_HTM, ...copies];
    const inThread = (await new Disclint({ ...opts, timeoutMs: 0 }).lint(files)).results;
    const inWorker = (await new Disclint({ ...opts, timeoutMs: 60_000, workers: 2 }).lint(files)).results;
    for (const c of copies) rmSync(c);
    expect(inWorker).toEqual(inThread);
    expect(inWorker.find((r) => r.file === good)!.findings.map((f) => f.ruleId)).toContain("draft-placeholder");
  });

  it("a batch is shared by the run's thread and its workers (one fewer than the lint threads)", async () => {
    const copies = Array.from({ length: 20 }, (_, i) => join(dir, `share-${String(i).padStart(2, "0")}.txt`));
    for (const c of copies) copyFileSync(good, c);
    // The workers run their own bundle: only this thread's lints reach the spy.
    const here = vi.spyOn(JobRunner.prototype, "run");
    const shared = vi.spyOn(LintWorkerPool.prototype, "setShared");
    try {
      const run = await new Disclint({ cwd: dir, config: false, timeoutMs: 60_000, workers: 2 }).lint(copies);
      const linted = here.mock.calls.map(([job]) => job.files[0]);
      // Chunks are cut for two lint threads: the worker is handed its first two (2 and 2 of the 20 jobs) before this thread takes one.
      expect(shared.mock.calls).toEqual([[true]]);
      expect(linted.length).toBeGreaterThan(0);
      expect(linted.length).toBeLessThan(copies.length);
      expect(run.results.map((r) => r.file)).toEqual(copies);
      const ids = run.results[0].findings.map((f) => `${f.ruleId}:${f.line}`);
      expect(ids).toContain("draft-placeholder:6");
      for (const r of run.results) expect(r.findings.map((f) => `${f.ruleId}:${f.line}`)).toEqual(ids);
    } finally {
      here.mockRestore();
      shared.mockRestore();
      for (const c of copies) rmSync(c);
    }
  });

  /** A one-worker pool that this thread shares (take), and three copies of the good page named `<prefix>-a|b|c.txt`. */
  function sharedPoolAndPages(prefix: string): { pool: LintWorkerPool; pages: string[] } {
    const pool = poolFor({ timeoutMs: 60_000, size: 1 });
    pools.push(pool);
    pool.setShared(true);
    const pages = ["a", "b", "c"].map((n) => join(dir, `${prefix}-${n}.txt`));
    for (const f of pages) copyFileSync(good, f);
    return { pool, pages };
  }

  it("hands out the largest input first; the outcomes and the run's output keep the jobs' order", async () => {
    // The pool orders its queue by input size before any of it goes out (a large file last in a batch
    // would otherwise run alone at the end): the first job taken is the largest, ties in the order queued.
    const { pool, pages: smalls } = sharedPoolAndPages("lpt");
    const jobs = jobsFor(dir, [...smalls.map((f) => [f]), [EXAMPLE_HTM]]);
    try {
      const outcomes = jobs.map((j) => pool.lint(j));
      const first = pool.take(() => true); // before the queue is handed out (the next turn)
      expect(first!.job.files).toEqual([EXAMPLE_HTM]);
      first!.resolve(await new JobRunner().run(first!.job));
      const results = (await Promise.all(outcomes)).flatMap(resultsOf);
      expect(results.map((r) => r.file)).toEqual([...smalls, EXAMPLE_HTM]);
      // The run lists its files by path, which puts the example before or after the temporary pages by where the
      // checkout sits (/check/work/main before /tmp, /work/main after): compare file by file, in the jobs' order.
      const inThread = (await new Disclint({ cwd: dir, config: false, timeoutMs: 0 }).lint([...smalls, EXAMPLE_HTM])).results;
      expect(inThread.map((r) => r.file).sort()).toEqual([...smalls, EXAMPLE_HTM].sort());
      expect(results).toEqual([...smalls, EXAMPLE_HTM].map((f) => inThread.find((r) => r.file === f)));
      // A whole batch with its largest file last: the same output as one thread's, in the same order.
      const copies = Array.from({ length: MIN_JOBS_FOR_WORKERS }, (_, i) => join(dir, `lpt-copy-${String(i).padStart(2, "0")}.txt`));
      for (const c of copies) copyFileSync(good, c);
      const big = join(dir, "zz-last.htm");
      copyFileSync(EXAMPLE_HTM, big);
      const files = [...copies, big];
      const one = await new Disclint({ cwd: dir, config: false, timeoutMs: 0 }).lint(files);
      const two = await new Disclint({ cwd: dir, config: false, timeoutMs: 60_000, workers: 2 }).lint(files);
      expect(two.results.map((r) => r.file)).toEqual(files);
      expect(two.results).toEqual(one.results);
      expect(two.rules).toEqual(one.rules);
      expect(two.results.at(-1)!.findings.map((f) => f.ruleId)).toEqual(one.results.at(-1)!.findings.map((f) => f.ruleId));
      for (const c of copies) rmSync(c);
      rmSync(big);
    } finally {
      for (const f of smalls) rmSync(f, { force: true });
    }
  });

  it("takes each job's input size from the run, read once: the queue's order and the run's share go by it", async () => {
    // The run reads a job's size once (inputBytes) for both its choice of thread and the pool's order;
    // the pool does not stat the files again. Three pages of one size, given other sizes: the order is the given sizes'.
    const { pool, pages } = sharedPoolAndPages("once");
    const jobs = jobsFor(dir, pages.map((f) => [f]));
    try {
      const outcomes = jobs.map((j, i) => pool.lint(j, undefined, [100, 5000, 200][i]));
      const seen: number[] = [];
      const first = pool.take((_job, bytes) => (seen.push(bytes), true));
      expect(first!.job.files).toEqual([pages[1]]);
      expect(seen).toEqual([5000]);
      first!.resolve(await new JobRunner().run(first!.job));
      const results = (await Promise.all(outcomes)).flatMap(resultsOf);
      expect(results.map((r) => r.file)).toEqual(pages);
      expect(results).toEqual((await new Disclint({ cwd: dir, config: false, timeoutMs: 0 }).lint(pages)).results);
    } finally {
      for (const f of pages) rmSync(f, { force: true });
    }
  });

  it("a batch's jobs with user rules are left to its workers", async () => {
    const rules = join(dir, "plain-rules");
    mkdirSync(join(rules, "lexicons"), { recursive: true });
    writeFileSync(join(rules, "lexicons", "placeholders.json"), JSON.stringify({ description: "plain", patterns: ["\\[TBD\\]"], caseSensitive: true }));
    const copies = Array.from({ length: MIN_JOBS_FOR_WORKERS }, (_, i) => join(dir, `user-${String(i).padStart(2, "0")}.txt`));
    for (const c of copies) copyFileSync(good, c);
    const here = vi.spyOn(JobRunner.prototype, "run");
    try {
      const run = await new Disclint({ cwd: dir, config: false, timeoutMs: 60_000, workers: 2, rulesDirs: [rules] }).lint(copies);
      expect(here).not.toHaveBeenCalled();
      expect(run.results).toHaveLength(copies.length);
      for (const r of run.results) expect(r.findings.filter((f) => f.ruleId === "draft-placeholder").map((f) => f.line)).toEqual([6]);
    } finally {
      here.mockRestore();
      for (const c of copies) rmSync(c);
    }
  });

  it("a file over budget is a fatal result; the next file gets a fresh worker", async () => {
    const pool = poolFor({ timeoutMs: BUDGET_MS });
    pools.push(pool);
    const [stuckJob, goodJob] = jobsFor(dir, [[slow], [good]], [slowRulesDir(dir)]);
    const stuck = resultsOf(await pool.lint(stuckJob));
    expect(stuck).toEqual([{ file: slow, findings: [], fatal: { file: slow, message: `timed out after ${BUDGET_MS} ms` } }]);
    const [after] = resultsOf(await pool.lint(goodJob));
    expect(after.fatal).toBeUndefined();
    expect(after.findings.length).toBeGreaterThan(0);
  });

  it("several files at once: results in order, one timeout does not disturb the others", async () => {
    const pool = poolFor({ timeoutMs: BUDGET_MS, size: 2 });
    pools.push(pool);
    const results = await lintAll(pool, jobsFor(dir, [[good], [slow], [good], [join(dir, "missing.txt")]], [slowRulesDir(dir)]));
    expect(results.map((r) => r.file)).toEqual([good, slow, good, join(dir, "missing.txt")]);
    expect(results[1].fatal?.message).toBe(`timed out after ${BUDGET_MS} ms`);
    expect(results[0].findings).toEqual(results[2].findings);
    expect(results[0].fatal).toBeUndefined();
    expect(results[3].fatal?.message).toMatch(/no such file/);
  });

  it("a job sent ahead to a worker that then times out is linted by the fresh one", async () => {
    const pool = poolFor({ timeoutMs: BUDGET_MS, size: 1 });
    pools.push(pool);
    const results = await lintAll(pool, jobsFor(dir, [[slow], [good], [good]], [slowRulesDir(dir)]));
    expect(results.map((r) => r.fatal?.message)).toEqual([`timed out after ${BUDGET_MS} ms`, undefined, undefined]);
    expect(results[1].findings.length).toBeGreaterThan(0);
  });

  it("a file over budget inside a chunk of several: the chunk's other files are still linted", async () => {
    // 16 jobs on one worker go in chunks: the slow file (the largest: handed out first, alone: over
    // the chunk's byte limit) with chunks of small ones sent ahead behind it, which the fresh worker lints.
    const pool = poolFor({ timeoutMs: BUDGET_MS, size: 1 });
    pools.push(pool);
    const groups = Array.from({ length: 16 }, (_, i) => (i === 1 ? [slow] : [good]));
    const results = await lintAll(pool, jobsFor(dir, groups, [slowRulesDir(dir)]));
    expect(results.map((r) => r.file)).toEqual(groups.map((g) => g[0]));
    expect(results[1].fatal?.message).toBe(`timed out after ${BUDGET_MS} ms`);
    const others = results.filter((_, i) => i !== 1);
    expect(others.every((r) => r.fatal === undefined && r.findings.length > 0)).toBe(true);
    for (const r of others) expect(r.findings).toEqual(results[0].findings);
  });

  it("a worker that runs out of memory costs its file a fatal result, not the run", async () => {
    const big = join(dir, "big.txt");
    writeFileSync(big, rPage("Our Board oversees cybersecurity risk. ".repeat(400_000)));
    const pool = poolFor({ timeoutMs: 600_000, resourceLimits: { maxOldGenerationSizeMb: 48 } });
    pools.push(pool);
    const [bigJob, goodJob] = jobsFor(dir, [[big], [good]]);
    const [r] = resultsOf(await pool.lint(bigJob));
    expect(r.fatal?.message).toMatch(/worker linting this file stopped \(out of memory/);
    const [after] = resultsOf(await pool.lint(goodJob));
    expect(after.fatal?.message ?? "").not.toMatch(/stopped|timed out/);
  });

  it("a worker that runs out of memory among chunks: its file is fatal, the others sent to it are linted", async () => {
    const big = join(dir, "big-in-chunk.txt");
    writeFileSync(big, rPage("Our Board oversees cybersecurity risk. ".repeat(400_000)));
    const pool = poolFor({ timeoutMs: 600_000, size: 1, resourceLimits: { maxOldGenerationSizeMb: 48 } });
    pools.push(pool);
    // The big file goes first (the largest) and alone (over the chunk's byte limit), chunks of small
    // ones sent ahead behind it: the job under way is blamed, the chunks behind it go to the fresh worker.
    const groups = Array.from({ length: 16 }, (_, i) => (i === 1 ? [big] : [good]));
    const results = await lintAll(pool, jobsFor(dir, groups));
    expect(results[1].fatal?.message).toMatch(/worker linting this file stopped \(out of memory/);
    const others = results.filter((_, i) => i !== 1);
    expect(others.every((r) => r.fatal === undefined && r.findings.length > 0)).toBe(true);
  });

  it("refuses a non-positive budget", () => {
    expect(() => poolFor({ timeoutMs: 0 })).toThrow(RangeError);
  });
});

describe("worker pool from a bundle (as dist/cli.js runs it)", () => {
  it("finds lint-worker.js beside the bundle", async () => {
    const { build } = await import("esbuild");
    const out = join(ROOT, "node_modules", ".cache", "disclint", `bundle-test-${process.pid}`);
    const common = {
      bundle: true,
      platform: "node" as const,
      format: "esm" as const,
      target: "node20",
      logLevel: "error" as const,
      banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
    };
    await build({ ...common, entryPoints: [join(ROOT, "src", "engine", "lint-worker.ts")], outfile: join(out, "lint-worker.js") });
    await build({ ...common, entryPoints: [join(ROOT, "src", "engine", "worker-pool.ts")], outfile: join(out, "pool.js") });
    try {
      const mod = (await import(pathToFileURL(join(out, "pool.js")).href)) as typeof import("../../src/engine/worker-pool.js");
      expect(realpathSync(fileURLToPath(await mod.workerScript()))).toBe(realpathSync(join(out, "lint-worker.js")));
      const dir = tmpDir("bundle");
      const f = join(dir, "p.txt");
      writeFileSync(f, rPage("Our Board oversees cybersecurity risk through the [TBD] Committee."));
      const pool = new mod.LintWorkerPool({}, { timeoutMs: 600_000 });
      const [r] = resultsOf(await pool.lint(jobsFor(dir, [[f]])[0]));
      pool.close();
      expect(r.fatal).toBeUndefined();
      expect(r.findings.map((x) => x.ruleId)).toContain("draft-placeholder");
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});

describe("the shared pool", () => {
  it("keeps its workers between runs, whatever their settings and budgets: a second run starts none", async () => {
    const { sharedPool } = await import("../../src/engine/worker-pool.js");
    const a = sharedPool({}, { timeoutMs: 600_000 });
    expect(sharedPool({}, { timeoutMs: 5_000 })).toBe(a);
    const b = sharedPool({}, { timeoutMs: 600_000, resourceLimits: { maxOldGenerationSizeMb: 256 } });
    expect(b).not.toBe(a);
    b.close();
  });

  it("two runs of one Disclint lint alike", async () => {
    const dir = tmpDir("shared");
    const f = join(dir, "p.txt");
    writeFileSync(f, rPage("Our Board oversees cybersecurity risk through the [TBD] Committee."));
    const d = new Disclint({ cwd: dir, config: false, timeoutMs: 600_000 });
    const first = await d.lint([f]);
    const second = await d.lint([f]);
    expect(second).toEqual(first);
    expect(second.rules.length).toBeGreaterThan(10);
  });
});

// A batch's first worker started by the CLI's start before its bundle loads (early-worker.ts): the
// pool takes it when its settings fit; jobs and the warm-up go to it before it says it is ready.
describe("a worker started early", () => {
  const { dir, good, slow } = goodAndSlow("early");

  /** Starts one (as start.ts does) and returns it without taking it: what the pool will find. */
  async function early() {
    startEarlyWorker(await workerScript());
    const found = (globalThis as Record<symbol, { worker: import("node:worker_threads").Worker; progress: SharedArrayBuffer } | undefined>)[Symbol.for("disclint.earlyWorker")];
    expect(found).toBeDefined();
    return found!;
  }

  it("is the pool's first worker when the pool's settings are its own: jobs, time budget and the next fresh worker as usual", async () => {
    const { worker, progress } = await early();
    let exited = false;
    worker.once("exit", () => (exited = true));
    // Warm-up, jobs and the budget through the early worker's own Progress: the slow job stops, the good ones are linted.
    const [slowJob, goodJob] = jobsFor(dir, [[slow], [good]], [slowRulesDir(dir)]);
    const pool = new LintWorkerPool({ warmConfig: { config: goodJob.config, cwd: dir } }, { timeoutMs: BUDGET_MS, resourceLimits: {} });
    try {
      pool.warm();
      expect(takeEarlyWorker(await workerScript(), {})).toBeUndefined(); // the pool has it
      const [r] = resultsOf(await pool.lint(goodJob));
      expect(r.fatal).toBeUndefined();
      expect(r.findings.map((f) => f.ruleId)).toContain("board-informing-process");
      // The early worker wrote its job's start where the pool reads it.
      expect(new BigInt64Array(progress)[1]).toBeGreaterThan(0n);
      expect(exited).toBe(false);
      const results = await lintAll(pool, [slowJob, goodJob]);
      expect(results.map((x) => x.fatal?.message)).toEqual([`timed out after ${BUDGET_MS} ms`, undefined]);
      expect(results[1].findings).toEqual(r.findings);
      // Over budget, the early worker was stopped; the good job went to a fresh one.
      expect(exited).toBe(true);
    } finally {
      pool.close();
    }
  });

  it("is stopped, not taken, by a pool with other heap limits (a lone file's): that pool starts its own", async () => {
    const { worker } = await early();
    const gone = new Promise<number>((resolve) => worker.once("exit", resolve));
    const pool = new LintWorkerPool({}, { timeoutMs: 600_000 });
    try {
      const [r] = resultsOf(await pool.lint(jobsFor(dir, [[good]])[0]));
      expect(r.findings.map((f) => f.ruleId)).toContain("draft-placeholder");
      await gone;
      expect(takeEarlyWorker(await workerScript(), {})).toBeUndefined();
    } finally {
      pool.close();
    }
  });
});

describe("warm-up", () => {
  it("a warmed pool starts one worker per slot and lints with it", async () => {
    const dir = tmpDir("warm");
    const f = join(dir, "p.txt");
    writeFileSync(f, rPage("Our Board oversees cybersecurity risk through the [TBD] Committee."));
    const pool = new LintWorkerPool({ warmConfig: { config: jobsFor(dir, [[f]])[0].config, cwd: dir } }, { timeoutMs: 600_000 });
    try {
      pool.warm();
      const [r] = resultsOf(await pool.lint(jobsFor(dir, [[f]])[0])); // arrives while the warm-up is still loading
      expect(r.findings.map((x) => x.ruleId)).toContain("draft-placeholder");
    } finally {
      pool.close();
    }
  });
});

// A single file with the built-in rules is linted in the run's own thread, the budget checked
// between the job's stages; a file with user patterns still goes to a worker that can be stopped.
describe("the time budget without a worker", () => {
  const dir = tmpDir("deadline");
  const good = join(dir, "good.txt");
  writeFileSync(good, rPage("Our Board oversees cybersecurity risk through the [TBD] Committee."));
  // Reading and parsing ~4 MB of markup alone takes far more than 1 ms on any machine.
  const big = join(dir, "big.htm");
  writeFileSync(big, `<html><body><h2>Item 1C. Cybersecurity</h2>${"<p>Our Board oversees cybersecurity risk through its Audit Committee.</p>\n".repeat(60_000)}</body></html>`);

  it("a job over its budget in this thread is one fatal result, reported as a worker's would be", async () => {
    const [job] = jobsFor(dir, [[big]]);
    const runner = new JobRunner();
    const outcome = await runner.run(job, 1);
    expect(outcome).toEqual({ results: [{ file: big, findings: [], fatal: { file: big, message: "timed out after 1 ms" } }], rules: "" });
    // Within its budget, the job lints as it does with none.
    expect(await runner.run(jobsFor(dir, [[good]])[0], 600_000)).toEqual(await runner.run(jobsFor(dir, [[good]])[0]));
  });

  it("through the run: exit-2 fatal for the file over budget, the other file still linted", async () => {
    const run = await new Disclint({ cwd: dir, config: false, timeoutMs: 1, workers: 1 }).lint([big, good]);
    const byFile = new Map(run.results.map((r) => [r.file, r]));
    expect(byFile.get(big)!.fatal?.message).toBe("timed out after 1 ms");
    expect(run.verdict.exitCode).toBe(2);
    // The small file may or may not fit in 1 ms; either way it gets its own result.
    expect(byFile.has(good)).toBe(true);
  });

  it("a single file with user lexicons goes to a worker: a backtracking pattern is still stopped", async () => {
    const slow = join(dir, "slow.txt");
    writeFileSync(slow, rPage(`Reference ${"7".repeat(1_000_000)} follows.`));
    const run = await new Disclint({ cwd: dir, config: false, timeoutMs: 1500, rulesDirs: [slowRulesDir(dir)] }).lint([slow]);
    expect(run.results).toEqual([{ file: slow, findings: [], fatal: { file: slow, message: "timed out after 1500 ms" } }]);
    expect(run.verdict.exitCode).toBe(2);
  });
});

describe("which jobs need a worker under a time budget", () => {
  const dir = tmpDir("needs");
  const small = join(dir, "small.txt");
  writeFileSync(small, rPage("Our Board oversees cybersecurity risk."));
  const large = join(dir, "large.txt");
  writeFileSync(large, rPage("Our Board oversees cybersecurity risk. ".repeat(Math.ceil(LARGE_INPUT_BYTES / 39) + 1)));

  it("a small file with the built-in rules does not; a large one, or one with user patterns, does", () => {
    expect(needsWorker(jobsFor(dir, [[small]])[0])).toBe(false);
    expect(needsWorker(jobsFor(dir, [[large]])[0])).toBe(true);
    expect(needsWorker(jobsFor(dir, [[small]], [slowRulesDir(dir)])[0])).toBe(true);
    expect(needsWorker({ ...jobsFor(dir, [[small]])[0], stdin: new Uint8Array(LARGE_INPUT_BYTES + 1) })).toBe(true);
    // A missing file is its job's fatal result, whoever lints it.
    expect(needsWorker(jobsFor(dir, [[join(dir, "missing.txt")]])[0])).toBe(false);
  });

  it("goes by the size the run read for the job when it is given (no second stat)", () => {
    expect(needsWorker(jobsFor(dir, [[small]])[0], LARGE_INPUT_BYTES + 1)).toBe(true);
    expect(needsWorker(jobsFor(dir, [[large]])[0], 1000)).toBe(false);
    expect(needsWorker(jobsFor(dir, [[small]], [slowRulesDir(dir)])[0], 1000)).toBe(true);
  });
});
