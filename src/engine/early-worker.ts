// A batch's first lint worker, started by the CLI's start (src/cli/start.ts) before the CLI's bundle
// is even loaded, when the command line alone shows a batch for workers (lone-input.ts,
// batchAtFirstSight). A worker's start (~45 ms of CPU to make its isolate and Node's environment,
// ~20 ms to load its bundle and rules) then runs on the other core while this thread loads the CLI,
// finds the files and resolves their configs: the worker is ready for its first chunk when the pool
// has one, instead of starting only once the files are found (round 39 in docs/performance.md).
// The pool (worker-pool.ts) adopts it for its first slot when its settings are the early worker's;
// otherwise the early worker is stopped. The two bundles (dist/start.cjs, dist/cli.cjs) each hold a
// copy of this module: they meet through a registered symbol on globalThis.
// Round 47: the worker is started before the CLI's start sets V8's flags, which wait for its boot
// (bootGate). V8 checks Node's code cache of its built-ins against a hash of the flags' values: a
// worker started after them compiled Node's whole bootstrap from source (68 built-ins, +151 M
// instructions under callgrind, docs/performance.md round 46) on every two-core batch.
import { createRequire } from "node:module";
import type { ResourceLimits, Worker } from "node:worker_threads";

/** A worker started early, waiting for its pool; `ready` and `gone` say what it sent before. */
export interface EarlyWorker {
  worker: Worker;
  href: string;
  limits: ResourceLimits;
  /** The worker's Progress (job-progress.ts). */
  progress: SharedArrayBuffer;
  ready: boolean;
  /** It failed or exited before its pool took it. */
  gone: boolean;
  /** Stops listening for `ready` and `gone` (the pool listens from then on). */
  release: () => void;
}

const KEY = Symbol.for("disclint.earlyWorker");
type Holder = { [KEY]?: EarlyWorker };

/**
 * Starts the worker script `url` with V8's own heap limits (a batch's, run.ts) and no job yet. Once
 * its thread has booted Node (its script waits at bootGate), or after BOOT_WAIT_MS, runs `booted`
 * (the CLI's start sets V8's flags there), then lets the worker go on to load its bundle, whose code
 * cache is checked against the flags too.
 */
export function startEarlyWorker(url: URL, booted: () => void = () => undefined): void {
  // Required here, not imported: the CLI's start loads this module on every run, and most runs start no worker.
  const { Worker } = createRequire(import.meta.url)("node:worker_threads") as typeof import("node:worker_threads");
  const progress = new SharedArrayBuffer(16);
  const gate = new Int32Array(new SharedArrayBuffer(4));
  const limits: ResourceLimits = {};
  const worker = new Worker(url, { workerData: { progress, gate: gate.buffer }, resourceLimits: limits, stdout: false, stderr: false });
  // Only these listeners go when the pool takes it: Node's own on the Worker (its port's ref counting) stay.
  const onMessage = (m: { type?: string }) => {
    if (m?.type === "ready") early.ready = true;
  };
  const onGone = () => (early.gone = true);
  const release = () => {
    worker.off("message", onMessage);
    worker.off("error", onGone);
    worker.off("exit", onGone);
  };
  const early: EarlyWorker = { worker, href: url.href, limits, progress, ready: false, gone: false, release };
  worker.on("message", onMessage);
  worker.on("error", onGone);
  worker.on("exit", onGone);
  // Unused (the run turns out to need no worker), it must not keep the process alive.
  worker.unref();
  (globalThis as Holder)[KEY] = early;
  Atomics.wait(gate, 0, GATE_CLOSED, BOOT_WAIT_MS);
  try {
    booted();
  } finally {
    Atomics.store(gate, 0, GATE_OPEN);
    Atomics.notify(gate, 0);
  }
}

// The gate's states: the worker has not booted yet; it has and waits; the flags are set.
const GATE_CLOSED = 0;
const GATE_BOOTED = 1;
const GATE_OPEN = 2;
/**
 * How long the CLI's start waits at most for the worker's boot (milliseconds with Node's code cache;
 * seconds under valgrind). A worker that has not booted by then (a machine this loaded, or one that
 * failed) lets the flags be set anyway: it boots from source, as every early worker did before round 47.
 */
const BOOT_WAIT_MS = 20000;

/**
 * The worker's side (worker-start.ts, before its bundle): says it has booted, then waits until the
 * CLI's start has set V8's flags. No gate (a pool's own worker, started after the flags): returns.
 */
export function bootGate(buffer: SharedArrayBuffer | undefined): void {
  if (!buffer) return;
  const gate = new Int32Array(buffer);
  if (Atomics.compareExchange(gate, 0, GATE_CLOSED, GATE_BOOTED) === GATE_CLOSED) Atomics.notify(gate, 0);
  while (Atomics.load(gate, 0) !== GATE_OPEN) Atomics.wait(gate, 0, GATE_BOOTED);
}

// Round 50: a pool's later workers (a batch not seen at first sight: a glob, a folder of folders; a third core and more; a
// worker started again after a time-out or a crash; a lone input that needs a worker) were started after the flags and
// booted Node from source (93 built-ins). The CLI's start records the flags it sets (flagsSet); such a worker is started
// with V8's flags set back to their defaults for its boot, as the early worker's was (laterWorker).

/** The flags the CLI's start set, how to set one, V8's tag for code caches (which hashes the flags) and its value before them. */
interface FlagsSet {
  flags: string[];
  set: (flag: string) => void;
  tag: () => number;
  boot: number;
  /** The worker script whose start waits at bootGate (dist/worker-start.cjs). */
  href: string;
}
const FLAGS_KEY = Symbol.for("disclint.v8Flags");
type FlagsHolder = { [FLAGS_KEY]?: FlagsSet };

/**
 * Called by the CLI's start before it sets `flags` (with `set`): `tag` is V8's tag for code caches (cachedDataVersionTag),
 * read now, with the flags as the process booted; `workerHref` the worker script that waits at bootGate.
 */
export function flagsSet(flags: string[], set: (flag: string) => void, tag: () => number, workerHref: string): void {
  (globalThis as FlagsHolder)[FLAGS_KEY] = { flags, set, tag, boot: tag(), href: workerHref };
}

/**
 * V8's defaults of the values the CLI's start sets (src/cli/start.ts, lone-input.ts): a boolean's is the other one; an
 * integer's, Node 20's V8 (11.3: `node --v8-options`). A wrong or missing one only means the worker boots from source, as
 * before: laterWorker checks V8's tag before it starts one.
 */
const INT_DEFAULTS: Readonly<Record<string, number>> = { "interrupt-budget": 67584, "regexp-tier-up-ticks": 1, "semi-space-growth-factor": 2 };
function defaultOf(flag: string): string | undefined {
  const eq = flag.indexOf("=");
  if (eq > 0) {
    const value = INT_DEFAULTS[flag.slice(2, eq)];
    return value === undefined ? undefined : `${flag.slice(0, eq)}=${value}`;
  }
  return flag.startsWith("--no-") ? `--${flag.slice(5)}` : `--no-${flag.slice(2)}`;
}

/**
 * A worker of `url` started as the early worker was: V8's flags set back to their defaults (V8's tag checked: as at the
 * process's boot) until the worker has booted Node with Node's code cache, then set again before its bundle loads. This
 * thread waits for that boot (milliseconds; at most BOOT_WAIT_MS), and runs no code of its own under the defaults.
 * Elsewhere (no CLI start, another script, a flag without a known default) a plain `new Worker`.
 */
export function laterWorker(url: URL, options: import("node:worker_threads").WorkerOptions): Worker {
  const threads = () => createRequire(import.meta.url)("node:worker_threads") as typeof import("node:worker_threads");
  const set = (globalThis as FlagsHolder)[FLAGS_KEY];
  const defaults = set && set.href === url.href ? set.flags.map(defaultOf) : [];
  if (!set || defaults.length === 0 || defaults.includes(undefined)) return new (threads().Worker)(url, options);
  for (const flag of defaults) set.set(flag!);
  if (set.tag() !== set.boot) {
    for (const flag of set.flags) set.set(flag);
    return new (threads().Worker)(url, options);
  }
  const gate = new Int32Array(new SharedArrayBuffer(4));
  try {
    // node:worker_threads (and the stream modules it loads) required here the first time: this thread's built-ins with Node's cache too.
    const worker = new (threads().Worker)(url, { ...options, workerData: { ...(options.workerData as object), gate: gate.buffer } });
    Atomics.wait(gate, 0, GATE_CLOSED, BOOT_WAIT_MS);
    return worker;
  } finally {
    for (const flag of set.flags) set.set(flag);
    Atomics.store(gate, 0, GATE_OPEN);
    Atomics.notify(gate, 0);
  }
}

/**
 * The early worker, for a pool whose workers run `url` with `limits`, its listeners released; once
 * asked, it is no one else's: one that does not fit (or has failed) is stopped.
 */
export function takeEarlyWorker(url: URL, limits: ResourceLimits): EarlyWorker | undefined {
  const early = (globalThis as Holder)[KEY];
  if (!early) return undefined;
  delete (globalThis as Holder)[KEY];
  if (early.gone || early.href !== url.href || JSON.stringify(early.limits) !== JSON.stringify(limits)) {
    void early.worker.terminate(); // its own listeners stay: an error on the way out is nobody's
    return undefined;
  }
  early.release();
  return early;
}
