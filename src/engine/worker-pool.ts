// Lints prepared jobs (run/job.ts) in worker threads with a time budget per job (--timeout). A
// regular expression or a parser runs synchronously and cannot be interrupted in its own thread; a
// worker can be terminated. On overrun the job's file gets a fatal result ("timed out after N ms"),
// the worker is thrown away, and the next job gets a fresh one. A worker that dies (out of memory,
// a crash) costs its file a fatal result too, never the run.
//
// The worker (lint-worker.ts) only lints: the run has discovered the files and resolved their
// config. From the CLI's bundle, the worker is dist/worker-start.cjs beside it (the worker's CommonJS
// bundle with a code cache, worker-start.ts); from the API's, dist/lint-worker.js (the Action's
// bundle is its own worker); from the TypeScript sources (tests), it is bundled on first use with
// esbuild (a devDependency) into node_modules/.cache/disclint/.

import { existsSync, mkdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { ResourceLimits, Worker } from "node:worker_threads";
import { PACKAGE_ROOT } from "../paths.js";
import { laterWorker, takeEarlyWorker } from "./early-worker.js";
import { Progress } from "./job-progress.js";
import { inputBytes } from "../run/batch-size.js";
import type { JobFailure, JobOutcome, LintJob } from "../run/job.js";
import { timedOut, unfinished } from "../run/unfinished.js";
import type { EffectiveConfig } from "../config/types.js";

/** What a pool's workers get before any job: a config to load rules for at once (jobs bring everything else). */
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
  /** The worker script (default: the bundle's worker beside it, or the sources bundled on the fly). */
  workerUrl?: URL;
}

/**
 * Messages between the pool and lint-worker.ts. Jobs go in chunks (one message for several small
 * files) and their results come back per chunk: each message costs this thread ~0.1 ms of CPU,
 * on the cores the workers need. When each job starts is not a message: the worker writes it to
 * its Progress, which the pool's timer reads. A worker's first message is its warm-up (WorkerData's
 * config); chunks follow at once, before it is ready: it reads them once it has loaded.
 */
export type ToWorker = { type: "warm"; config: EffectiveConfig; cwd: string } | { type: "lint"; jobs: ChunkJob[] };
export interface ChunkJob {
  id: number;
  job: LintJob;
}
export type FromWorker = { type: "ready" } | { type: "results"; results: ChunkResult[] };
export interface ChunkResult {
  id: number;
  outcome: JobOutcome | JobFailure;
  rules?: RulesRef;
}

/** What a worker gets when it starts: where it reports the job under way. */
export interface SlotData {
  progress: SharedArrayBuffer;
}

/**
 * A job's rule description (JobOutcome.rules, ~30 KB of JSON) crosses the thread once per worker
 * and linter, not with every result: the worker numbers its descriptions and sends the text with
 * the first result that uses one.
 */
export interface RulesRef {
  n: number;
  text?: string;
}

/** A job in the pool's queue; `resolve` settles its lint() promise. */
export interface Queued {
  id: number;
  job: LintJob;
  timeoutMs: number;
  /** Its input's size (inputBytes), read once when it is queued: the queue's order and chunks go by it. */
  bytes: number;
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

/** Chunks sent to one worker ahead of time, so that it never waits for this thread between them. */
const DEPTH = 2;

/**
 * A chunk's size: at most MAX_CHUNK jobs and, past its first job, CHUNK_BYTES of input (a large
 * file goes alone), and at most a 1/CHUNKS_PER_SLOT share of a lint thread's part of the queue
 * (the run's thread counts as one when it shares the batch: setShared): chunks shrink toward the
 * end, so the lint threads finish together.
 */
const MAX_CHUNK = 16;
const CHUNK_BYTES = 256 * 1024;
const CHUNKS_PER_SLOT = 4;

interface InFlight extends Queued {
  /** Its chunk (jobs of one chunk go in one message). */
  chunk: number;
  /** Posted to the current worker. */
  posted: boolean;
}

class Slot {
  private worker: Worker | null = null;
  private ready = false;
  /** The current worker's Progress (each worker its own: a terminated one may still write). */
  private progress = new Progress();
  /** In order; the worker lints them one at a time, the first one first. */
  private inflight: InFlight[] = [];
  private timer: NodeJS.Timeout | null = null;
  private starting: Promise<void> | null = null;
  /** The current worker's rule descriptions, by number (RulesRef). */
  private descriptions: string[] = [];
  private chunks = 0;

  constructor(
    private readonly pool: LintWorkerPool,
    private readonly url: Promise<URL>,
  ) {}

  /** Chunks sent to (or waiting for) this slot's worker. */
  get load(): number {
    let n = 0;
    for (let i = 0; i < this.inflight.length; i++) if (i === 0 || this.inflight[i].chunk !== this.inflight[i - 1].chunk) n++;
    return n;
  }

  /** Starts the worker before any job (it loads the rules while the caller does other work). */
  async warm(): Promise<void> {
    await this.start();
  }

  async run(jobs: Queued[]): Promise<void> {
    const chunk = ++this.chunks;
    for (const job of jobs) this.inflight.push({ ...job, chunk, posted: false });
    await this.start();
    this.post();
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
    const limits = this.pool.options.resourceLimits ?? DEFAULT_LIMITS;
    const early = takeEarlyWorker(url, limits);
    this.progress = new Progress(early?.progress);
    const worker =
      early?.worker ??
      laterWorker(url, {
        workerData: { progress: this.progress.buffer } satisfies SlotData,
        resourceLimits: limits,
        stdout: false,
        stderr: false,
      });
    this.worker = worker;
    this.ready = early?.ready ?? false;
    const warm = this.pool.workerData.warmConfig;
    if (warm) worker.postMessage({ type: "warm", ...warm } satisfies ToWorker);
    worker.on("message", (m: FromWorker) => {
      if (worker !== this.worker) return;
      if (m.type === "ready") {
        this.ready = true;
        this.disarm();
        this.post();
      } else if (m.type === "results") {
        this.received(m.results);
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

  /** A chunk's results, in order. */
  private received(results: ChunkResult[]): void {
    const done: Array<[InFlight, JobOutcome | JobFailure]> = [];
    for (const r of results) {
      const i = this.inflight.findIndex((job) => job.id === r.id);
      if (i < 0) continue;
      const [job] = this.inflight.splice(i, 1);
      if (r.rules) {
        if (r.rules.text !== undefined) this.descriptions[r.rules.n] = r.rules.text;
        (r.outcome as JobOutcome).rules = this.descriptions[r.rules.n];
      }
      done.push([job, r.outcome]);
    }
    if (this.inflight.length === 0) this.disarm();
    this.settle(done);
  }

  /**
   * Sends the jobs the worker has not got yet, a message per chunk, started or not: a worker that
   * is still loading reads them once it can (its jobs' budgets start with each job).
   */
  private post(): void {
    if (!this.worker) return;
    let jobs: ChunkJob[] = [];
    let chunk = 0;
    for (const job of this.inflight) {
      if (job.posted) continue;
      if (jobs.length && job.chunk !== chunk) this.send(jobs);
      if (job.chunk !== chunk) jobs = [];
      chunk = job.chunk;
      job.posted = true;
      jobs.push({ id: job.id, job: job.job });
    }
    if (jobs.length) this.send(jobs);
    if (this.inflight.length && !this.timer) {
      if (this.ready) this.arm(this.inflight[0].timeoutMs, "watch");
      else this.arm(STARTUP_BUDGET_MS, "did not start");
    }
  }

  private send(jobs: ChunkJob[]): void {
    this.worker!.ref();
    this.worker!.postMessage({ type: "lint", jobs } satisfies ToWorker);
  }

  private arm(ms: number, kind: "watch" | "did not start"): void {
    this.disarm();
    this.timer = setTimeout(() => {
      this.timer = null;
      if (kind === "did not start") {
        this.kill();
        this.settleAll((file) => stopped(file, `it did not start within ${ms} ms`));
      } else {
        this.watch();
      }
    }, ms);
  }

  /**
   * The time budget: the job under way (its start from the worker's Progress) is stopped once it
   * has run its budget; otherwise the timer is set again for when it would have.
   */
  private watch(): void {
    if (this.inflight.length === 0) return;
    const now = this.progress.current();
    const i = now ? this.inflight.findIndex((job) => job.id === now.id) : -1;
    if (i < 0) return this.arm(this.inflight[0].timeoutMs, "watch");
    const job = this.inflight[i];
    if (now!.ranMs >= job.timeoutMs) return this.abandon(i, timedOut(job.job.files[0], job.timeoutMs));
    this.arm(Math.ceil(job.timeoutMs - now!.ranMs), "watch");
  }

  private disarm(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  /** The worker died: the job under way (else the first) gets the reason, the others go to a fresh worker. */
  private fail(reason: string): void {
    if (this.inflight.length === 0) return this.kill();
    const now = this.progress.current();
    const i = Math.max(0, now ? this.inflight.findIndex((job) => job.id === now.id) : 0);
    this.abandon(i, stopped(this.inflight[i].job.files[0], reason));
  }

  /**
   * Ends job i with `outcome` and terminates the worker; the others go back to the front of the
   * pool's queue, for any worker (this slot's next is a fresh one): those behind it, and those
   * before it in its chunk, whose results went with the old worker.
   */
  private abandon(i: number, outcome: JobOutcome): void {
    this.kill();
    const [job] = this.inflight.splice(i, 1);
    this.pool.requeue(this.inflight);
    this.inflight = [];
    this.settle([[job, outcome]]);
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
    this.settle(jobs.map((job) => [job, outcome(job.job.files[0])]));
  }

  private settle(done: Array<[Queued, JobOutcome | JobFailure]>): void {
    if (this.inflight.length === 0) this.worker?.unref();
    for (const [job, outcome] of done) job.resolve(outcome);
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

  /** `bytes`: the job's input size where the caller has read it (inputBytes), so that no file is stat'ed twice. */
  lint(job: LintJob, timeoutMs = this.options.timeoutMs, bytes = inputBytes(job)): Promise<JobOutcome | JobFailure> {
    if (!(timeoutMs > 0)) throw new RangeError("timeoutMs must be a positive number");
    return new Promise((resolve) => {
      this.queue.push({ id: ++this.ids, job, timeoutMs, bytes, resolve });
      this.unordered = true;
      this.scheduled ??= setImmediate(() => {
        this.scheduled = undefined;
        this.next();
      });
    });
  }
  /** lint() calls in one turn are chunked together: the queue is handed out after them. */
  private scheduled: NodeJS.Immediate | undefined;
  /** Jobs were queued since the queue was last put in order. */
  private unordered = false;

  /**
   * The queue, largest input first by size class (a power of two; jobs of one class in the order
   * queued), before any of it is handed out: a large file at the end of a batch would otherwise run
   * alone while the other lint threads idle. A batch of like-sized files keeps its order. The run
   * puts the outcomes back in the jobs' order (each lint() has its own promise).
   */
  private order(): void {
    if (!this.unordered) return;
    this.unordered = false;
    this.queue.sort((a, b) => sizeClass(b.bytes) - sizeClass(a.bytes));
  }

  /**
   * The first queued job (no worker has it yet) that `accept` takes, off the queue for the caller's
   * own thread to lint: a batch is shared between the run's thread and the workers (run.ts). `accept`
   * gets the job's input size as queued. The caller settles it with its `resolve`.
   */
  take(accept: (job: LintJob, bytes: number) => boolean): Queued | undefined {
    this.order();
    const i = this.queue.findIndex((q) => accept(q.job, q.bytes));
    return i < 0 ? undefined : this.queue.splice(i, 1)[0];
  }

  /**
   * Whether the caller's thread lints a share of the queue (take) from now on: chunks are then cut
   * for one more lint thread, so the workers' last chunks are smaller and the threads finish
   * nearer together (a batch's tail, round 29 in docs/performance.md).
   */
  setShared(shared: boolean): void {
    this.sharers = shared ? 1 : 0;
  }
  private sharers = 0;

  /** Starts every worker now, so the first job does not wait for one to load its rules. */
  warm(): void {
    for (const slot of this.slots) void slot.warm();
  }

  /** @internal Jobs a stopped worker did not finish, first in line again. */
  requeue(jobs: Queued[]): void {
    this.queue.unshift(...jobs.map(({ id, job, timeoutMs, bytes, resolve }) => ({ id, job, timeoutMs, bytes, resolve })));
  }

  /** @internal */
  next(): void {
    this.order();
    // Every slot takes one chunk before any takes a second (a batch of two uses both workers).
    for (let round = 0; round < DEPTH; round++) {
      for (const slot of this.slots) {
        if (this.queue.length === 0) return;
        if (slot.load === round) void slot.run(this.takeChunk());
      }
    }
  }

  /** The next chunk of the queue (see MAX_CHUNK). */
  private takeChunk(): Queued[] {
    const most = chunkSize(this.queue.length, this.slots.length + this.sharers);
    if (most === 1) return this.queue.splice(0, 1);
    let bytes = 0;
    let n = 0;
    while (n < most && n < this.queue.length) {
      bytes += this.queue[n].bytes;
      if (n > 0 && bytes > CHUNK_BYTES) break;
      n++;
    }
    return this.queue.splice(0, n);
  }

  /** Stops every worker (idle workers do not keep the process alive, so this is optional). */
  close(): void {
    for (const slot of this.slots) slot.kill();
  }
}

/** The most jobs a chunk takes of a queue this long shared by this many lint threads (see MAX_CHUNK). */
export function chunkSize(queued: number, threads: number): number {
  return Math.min(MAX_CHUNK, Math.max(1, Math.floor(queued / (threads * CHUNKS_PER_SLOT))));
}

/** A size's class for the queue's order: its power of two (0 bytes: -1). */
function sizeClass(bytes: number): number {
  return bytes > 0 ? 31 - Math.clz32(Math.min(bytes, 2 ** 31 - 1)) : -1;
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

/** The CLI's bundle starts its workers from this file of dist/ (scripts/build.mjs defines it there). */
declare const DISCLINT_WORKER_FILE: string | undefined;
const WORKER_FILE = typeof DISCLINT_WORKER_FILE === "string" ? DISCLINT_WORKER_FILE : "lint-worker.js";

/** The worker beside this bundle, else the package's (a bundle built elsewhere, e.g. the fuzzer's). */
function bundledWorker(): URL {
  const beside = new URL(`./${WORKER_FILE}`, import.meta.url);
  return existsSync(fileURLToPath(beside)) ? beside : pathToFileURL(join(PACKAGE_ROOT, "dist", WORKER_FILE));
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
