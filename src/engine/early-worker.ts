// A batch's first lint worker, started by the CLI's start (src/cli/start.ts) before the CLI's bundle
// is even loaded, when the command line alone shows a batch for workers (lone-input.ts,
// batchAtFirstSight). A worker's start (~45 ms of CPU to make its isolate and Node's environment,
// ~20 ms to load its bundle and rules) then runs on the other core while this thread loads the CLI,
// finds the files and resolves their configs: the worker is ready for its first chunk when the pool
// has one, instead of starting only once the files are found (round 39 in docs/performance.md).
// The pool (worker-pool.ts) adopts it for its first slot when its settings are the early worker's;
// otherwise the early worker is stopped. The two bundles (dist/start.cjs, dist/cli.cjs) each hold a
// copy of this module: they meet through a registered symbol on globalThis.
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

/** Starts the worker script `url` with V8's own heap limits (a batch's, run.ts) and no job yet. */
export function startEarlyWorker(url: URL): void {
  // Required here, not imported: the CLI's start loads this module on every run, and most runs start no worker.
  const { Worker } = createRequire(import.meta.url)("node:worker_threads") as typeof import("node:worker_threads");
  const progress = new SharedArrayBuffer(16);
  const limits: ResourceLimits = {};
  const worker = new Worker(url, { workerData: { progress }, resourceLimits: limits, stdout: false, stderr: false });
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
