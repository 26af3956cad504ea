// Lints prepared jobs (run/job.ts) in worker threads with a time budget per job (--timeout). A
// regular expression or a parser runs synchronously and cannot be interrupted in its own thread; a
// worker can be terminated. On overrun the job's file gets a fatal result ("timed out after N ms"),
// the worker is thrown away, and the next job gets a fresh one. A worker that dies (out of memory,
// a crash) costs its file a fatal result too, never the run.
//
// The worker (lint-worker.ts) only lints: the run has discovered the files and resolved their
// config. From the bundle, the worker is dist/lint-worker.js next to dist/cli.js (the Action's
// bundle is its own worker); from the TypeScript sources (tests), it is bundled on first use with
// esbuild (a devDependency) into node_modules/.cache/disclint/.

import { existsSync, mkdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { Worker, type ResourceLimits } from "node:worker_threads";
import { PACKAGE_ROOT } from "../paths.js";
import type { JobFailure, JobOutcome, LintJob } from "../run/job.js";
import { timedOut, unfinished } from "../run/unfinished.js";
import type { EffectiveConfig } from "../config/types.js";

/** What a worker gets when it starts: a config to load rules for at once (jobs bring everything else). */
export interface WorkerData {
  /** The config most jobs will use: its rules are loaded while the run parses options and discovers files. */
  warmConfig?: { config: EffectiveConfig; cwd: string };
}

export interface WorkerPoolOptions {
  /** Time budget per job, from the moment the worker starts on it (lint() may give another). */
  timeoutMs: number;
  /** Workers running at once (default 1; grow() adds more). */
  size?: number;
  /** V8 heap limits per worker: a file that needs more is a fatal result, not a crashed run. */
  resourceLimits?: ResourceLimits;
  /** The worker script (default: dist/lint-worker.js beside the bundle, or the sources bundled on the fly). */
  workerUrl?: URL;
}

/** Messages between the pool and lint-worker.ts. */
export type ToWorker = { type: "lint"; id: number; job: LintJob };
export type FromWorker =
  | { type: "ready" }
  | { type: "start"; id: number }
  | { type: "result"; id: number; outcome: JobOutcome | JobFailure; rules?: RulesRef };

/**
 * A job's rule description (JobOutcome.rules, ~30 KB of JSON) crosses the thread once per worker
 * and linter, not with every result: the worker numbers its descriptions and sends the text with
 * the first result that uses one.
 */
export interface RulesRef {
  n: number;
  text?: string;
}

interface Queued {
  id: number;
  job: LintJob;
  timeoutMs: number;
  resolve: (r: JobOutcome | JobFailure) => void;
}

/**
 * A worker's young generation kept small: V8's default lets it grow to tens of MB before a
 * scavenge, which on a 1–4 MB filing was ~7 MB of the run's peak RSS for no measurable speed.
 */
const DEFAULT_LIMITS: ResourceLimits = { maxYoungGenerationSizeMb: 4 };

/** Startup (module load, rule loading) is not part of a file's budget, but it has one of its own. */
const STARTUP_BUDGET_MS = 60_000;

function stopped(file: string, reason: string): JobOutcome {
  return unfinished(file, `internal error: the worker linting this file stopped (${reason})`);
}

/** Jobs sent to one worker ahead of time, so that it never waits for this thread between files. */
const DEPTH = 2;

interface InFlight extends Queued {
  /** Posted to the current worker. */
  posted: boolean;
}

class Slot {
  private worker: Worker | null = null;
  private ready = false;
  /** In order; the worker lints them one at a time, the first one first. */
  private inflight: InFlight[] = [];
  private timer: NodeJS.Timeout | null = null;
  private starting: Promise<void> | null = null;
  /** The current worker's rule descriptions, by number (RulesRef). */
  private descriptions: string[] = [];

  constructor(
    private readonly pool: LintWorkerPool,
    private readonly url: Promise<URL>,
  ) {}

  /** Jobs sent to (or waiting for) this slot's worker. */
  get load(): number {
    return this.inflight.length;
  }

  /** Starts the worker before any job (it loads the rules while the caller does other work). */
  async warm(): Promise<void> {
    await this.start();
  }

  async run(job: Queued): Promise<void> {
    this.inflight.push({ ...job, posted: false });
    await this.start();
    if (this.ready) this.post();
    else if (!this.timer) this.arm(STARTUP_BUDGET_MS, "did not start");
  }

  /** A worker, started once (a warm-up and a first job share it). */
  private start(): Promise<void> {
    if (this.worker) return Promise.resolve();
    return (this.starting ??= this.spawn().finally(() => (this.starting = null)));
  }

  private async spawn(): Promise<void> {
    let url: URL;
    try {
      url = await this.url;
    } catch (e) {
      this.settleAll((file) => stopped(file, (e as Error).message));
      return;
    }
    this.descriptions = [];
    const worker = new Worker(url, {
      workerData: this.pool.workerData,
      resourceLimits: this.pool.options.resourceLimits ?? DEFAULT_LIMITS,
      stdout: false,
      stderr: false,
    });
    this.worker = worker;
    this.ready = false;
    worker.on("message", (m: FromWorker) => {
      if (worker !== this.worker) return;
      const first = this.inflight[0];
      if (m.type === "ready") {
        this.ready = true;
        this.disarm();
        this.post();
      } else if (m.type === "start" && first?.id === m.id) {
        this.arm(first.timeoutMs, "timeout");
      } else if (m.type === "result" && first?.id === m.id) {
        this.disarm();
        this.inflight.shift();
        if (m.rules) {
          if (m.rules.text !== undefined) this.descriptions[m.rules.n] = m.rules.text;
          (m.outcome as JobOutcome).rules = this.descriptions[m.rules.n];
        }
        this.settle(first, m.outcome);
      }
    });
    worker.on("error", (err) => {
      if (worker !== this.worker) return;
      const code = (err as NodeJS.ErrnoException).code;
      this.fail(code === "ERR_WORKER_OUT_OF_MEMORY" ? "out of memory" : err.message);
    });
    worker.on("exit", (code) => {
      if (worker !== this.worker) return;
      this.fail(`exit code ${code}`);
    });
    // An idle worker must not keep the process alive.
    worker.unref();
  }

  /** Sends the jobs the worker has not got yet. */
  private post(): void {
    if (!this.worker || !this.ready) return;
    for (const job of this.inflight) {
      if (job.posted) continue;
      job.posted = true;
      this.worker.ref();
      this.worker.postMessage({ type: "lint", id: job.id, job: job.job } satisfies ToWorker);
    }
  }

  private arm(ms: number, kind: "timeout" | "did not start"): void {
    this.disarm();
    this.timer = setTimeout(() => {
      this.timer = null;
      if (kind === "did not start") {
        this.kill();
        this.settleAll((file) => stopped(file, `it did not start within ${ms} ms`));
      } else {
        this.abandonFirst(timedOut(this.inflight[0].job.files[0], ms));
      }
    }, ms);
  }

  private disarm(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  /** The worker died: its current job gets the reason, the jobs behind it go to a fresh worker. */
  private fail(reason: string): void {
    if (this.inflight.length === 0) return this.kill();
    this.abandonFirst(stopped(this.inflight[0].job.files[0], reason));
  }

  /** Ends the first job with `outcome`, replaces the worker, and lints the others with the new one. */
  private abandonFirst(outcome: JobOutcome): void {
    this.kill();
    const first = this.inflight.shift();
    for (const job of this.inflight) job.posted = false;
    if (this.inflight.length) void this.start().then(() => (this.ready ? this.post() : this.arm(STARTUP_BUDGET_MS, "did not start")));
    if (first) this.settle(first, outcome);
  }

  /** Terminates the worker; the next job starts a fresh one. */
  kill(): void {
    this.disarm();
    const w = this.worker;
    this.worker = null;
    this.ready = false;
    if (w) void w.terminate();
  }

  private settleAll(outcome: (file: string) => JobOutcome): void {
    const jobs = this.inflight;
    this.inflight = [];
    for (const job of jobs) this.settle(job, outcome(job.job.files[0]));
  }

  private settle(job: Queued, outcome: JobOutcome | JobFailure): void {
    if (this.inflight.length === 0) this.worker?.unref();
    job.resolve(outcome);
    this.pool.next();
  }
}

/**
 * A pool of lint workers. `lint(job)` resolves with the job's
 * outcome — or one fatal result on timeout or a worker crash; it never rejects.
 */
export class LintWorkerPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Queued[] = [];
  private readonly url: Promise<URL>;
  private ids = 0;

  constructor(
    readonly workerData: WorkerData,
    readonly options: WorkerPoolOptions,
  ) {
    if (!(options.timeoutMs > 0)) throw new RangeError("timeoutMs must be a positive number");
    this.url = options.workerUrl ? Promise.resolve(options.workerUrl) : workerScript();
    this.url.catch(() => undefined); // reported per job
    this.grow(options.size ?? 1);
  }

  /** Runs up to `size` workers at once from now on (never fewer than now). */
  grow(size: number): void {
    while (this.slots.length < size) this.slots.push(new Slot(this, this.url));
  }

  lint(job: LintJob, timeoutMs = this.options.timeoutMs): Promise<JobOutcome | JobFailure> {
    if (!(timeoutMs > 0)) throw new RangeError("timeoutMs must be a positive number");
    return new Promise((resolve) => {
      this.queue.push({ id: ++this.ids, job, timeoutMs, resolve });
      this.next();
    });
  }

  /** Starts every worker now, so the first job does not wait for one to load its rules. */
  warm(): void {
    for (const slot of this.slots) void slot.warm();
  }

  /** @internal */
  next(): void {
    // Every slot takes one job before any takes a second (a batch of two uses both workers).
    for (let round = 0; round < DEPTH; round++) {
      for (const slot of this.slots) {
        if (this.queue.length === 0) return;
        if (slot.load === round) void slot.run(this.queue.shift()!);
      }
    }
  }

  /** Stops every worker (idle workers do not keep the process alive, so this is optional). */
  close(): void {
    for (const slot of this.slots) slot.kill();
  }
}

let shared: { key: string; pool: LintWorkerPool } | undefined;

/**
 * The process's pool, its workers kept between runs (idle workers do not keep the process alive):
 * a program that lints again starts none. Jobs carry their settings and time budget; only other resource limits or another worker
 * script get a new pool (and the old one is closed).
 */
export function sharedPool(data: WorkerData, options: WorkerPoolOptions): LintWorkerPool {
  const key = JSON.stringify([options.resourceLimits ?? null, options.workerUrl?.href ?? null]);
  if (shared?.key !== key) {
    shared?.pool.close();
    shared = { key, pool: new LintWorkerPool(data, options) };
  }
  return shared.pool;
}

let script: Promise<URL> | undefined;
/** The worker script: beside the bundle when running from dist/, else the sources bundled once per process. */
export function workerScript(): Promise<URL> {
  return (script ??= import.meta.url.endsWith(".ts") ? bundleFromSources() : Promise.resolve(bundledWorker()));
}

/** dist/lint-worker.js beside this bundle, else the package's (a bundle built elsewhere, e.g. the fuzzer's). */
function bundledWorker(): URL {
  const beside = new URL("./lint-worker.js", import.meta.url);
  return existsSync(fileURLToPath(beside)) ? beside : pathToFileURL(join(PACKAGE_ROOT, "dist", "lint-worker.js"));
}

async function bundleFromSources(): Promise<URL> {
  // Not a static import: the CLI bundle must not pull esbuild in (this path only runs from src/).
  const name = "esbuild";
  const esbuild = (await import(name)) as typeof import("esbuild");
  const dir = join(PACKAGE_ROOT, "node_modules", ".cache", "disclint");
  mkdirSync(dir, { recursive: true });
  const outfile = join(dir, `lint-worker-${process.pid}.mjs`);
  await esbuild.build({
    entryPoints: [fileURLToPath(new URL("./lint-worker.ts", import.meta.url))],
    outfile,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    logLevel: "error",
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  });
  process.once("exit", () => rmSync(outfile, { force: true }));
  return pathToFileURL(outfile);
}
