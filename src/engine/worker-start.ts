// The CLI's lint worker's start (dist/worker-start.cjs; worker-pool.ts starts it from the CLI's bundle).
// It loads the worker's CommonJS bundle (dist/worker.cjs, lint-worker.ts built by scripts/build.mjs)
// with a code cache (src/code-cache.ts), as the CLI's start does for the CLI: each worker of a batch
// is a fresh isolate that would otherwise parse the bundle and compile every function the lint
// runs again. The cache is written once the worker has linted its first chunk, before it sends the
// results, so it holds the linting code (a worker does not run its exit handlers when the process ends).
// V8's flags are the process's (the CLI's start set them, before this bundle loads): the cache file's name carries V8's
// version tag, which changes with them. On every Node it is V8's data in dist/.cache/ (`everyFunction`):
// Node 22+'s own compile cache holds the top level only, so each worker on Node 24 compiled again
// every function its pages ran (round 34; the CLI's start does the same since round 33).
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { workerData } from "node:worker_threads";
import { prepareBundle, v8Binding } from "../code-cache.js";
import { bootGate } from "./early-worker.js";

declare const DISCLINT_WORKER_HASH: string; // the bundle's build hash (scripts/build.mjs)

// A batch's early worker (early-worker.ts) waits here for the CLI's start to set V8's flags: its boot
// (Node's built-ins, with Node's code cache) ran before them, its bundle's code cache is for them.
bootGate((workerData as { gate?: SharedArrayBuffer } | null)?.gate);

const BUNDLE = join(dirname(fileURLToPath(import.meta.url)), "worker.cjs"); // import.meta.url: see scripts/build.mjs
const { run, saveCache } = prepareBundle(BUNDLE, () => `worker-${DISCLINT_WORKER_HASH}-${process.version}-${process.arch}-${v8Tag()}.v8`, { everyFunction: true });
const { onFirstChunk } = run() as typeof import("./lint-worker.js");
if (saveCache) onFirstChunk(saveCache);

/** V8's tag for code caches (its version, flags and CPU features), from the binding where it can (no node:v8: its stream stack). */
function v8Tag(): string {
  const binding = v8Binding();
  const tag = typeof binding?.cachedDataVersionTag === "function" ? binding.cachedDataVersionTag() : (createRequire(import.meta.url)("node:v8") as typeof import("node:v8")).cachedDataVersionTag();
  return tag.toString(36);
}
