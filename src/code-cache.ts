// Runs one of dist/'s CommonJS bundles (the CLI's dist/cli.cjs, the lint worker's dist/worker.cjs) with
// V8's compiled code of it kept on disk between runs: a run neither parses the bundle nor compiles
// the functions an earlier run compiled. Only a classic script takes a code cache (an ES module does
// not, on Node 20), so the bundles are CommonJS.
//   - Node 20: `vm.Script` with V8's cached data, in <dist>/.cache/ beside the bundle: only whoever
//     can rewrite the bundle can write there, so the cache is as trusted as the code. Nothing is
//     written where the folder is not writable. The caller names the file: V8 rejects data made
//     with other flags, and checks a source's length, not its text. The data is made at the end of
//     a run (saveCache), so it holds every function that run compiled.
//   - Node 22.1+: Node's own compile cache (`module.enableCompileCache`, per thread; it writes to
//     $NODE_COMPILE_CACHE, else <os.tmpdir()>/node-compile-cache) — but Node makes that data when it
//     compiles the module, so it holds the top level only and a run compiles every function it calls
//     again (Node 24, one R page: a 160 KB cache against 670 KB, ~25 ms of a ~165 ms cold start;
//     round 33). A caller that asks for `everyFunction` (the CLI, its lint workers) gets V8's cached data in <dist>/.cache/
//     there too, wherever that folder can be written or already holds the data; Node's compile cache
//     stays on for the modules the bundle loads on demand (dist/vendor/), and for the bundle itself
//     where <dist>/ is read-only.
// NODE_DISABLE_COMPILE_CACHE=1 turns both off.
import { accessSync, constants, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import module, { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { Script } from "node:vm";

const nodeCompileCache = module as { enableCompileCache?: () => unknown; flushCompileCache?: () => void }; // Node 22.1+ (flush: 22.10+)

export interface PreparedBundle {
  /** Runs the bundle as Node's CommonJS loader would; returns its module.exports. */
  run: () => unknown;
  /**
   * Writes the cache, holding every function compiled until then (not only the top level): set
   * where there is no cache yet or V8 rejected it (Node 20), or to flush Node's compile cache
   * (Node 22.10+); undefined where there is nothing to write.
   */
  saveCache?: () => void;
}

/**
 * `bundle` (a CommonJS file) compiled with a code cache; `cacheName()` names its file in <dist>/.cache/
 * (Node 20; and Node 22.1+ with `everyFunction`, where that folder holds the data or can be written).
 */
export function prepareBundle(bundle: string, cacheName: () => string, options: { everyFunction?: boolean } = {}): PreparedBundle {
  const requireBundle = createRequire(bundle);
  if (process.env.NODE_DISABLE_COMPILE_CACHE) return { run: () => requireBundle(bundle) };
  const flushNodeCache = nodeCompileCache.enableCompileCache ? enableNodeCompileCache() : undefined;
  if (flushNodeCache !== undefined && !options.everyFunction) return { run: () => requireBundle(bundle), saveCache: flushNodeCache };
  const cacheFile = join(dirname(bundle), ".cache", cacheName());
  let cachedData: Buffer | undefined;
  try {
    cachedData = readFileSync(cacheFile);
  } catch {
    // No cache yet (or an unreadable one): compile, and write it when the caller says.
  }
  // Node 22.1+ where V8's data can be neither read nor written here: Node's compile cache (the top level).
  if (flushNodeCache !== undefined && !cachedData && !writable(dirname(cacheFile))) return { run: () => requireBundle(bundle), saveCache: flushNodeCache };
  const source = readFileSync(bundle, "utf8");
  const script = new Script(module.wrap(source), { filename: bundle, cachedData });
  const run = () => {
    const mod = { exports: {} };
    script.runInThisContext()(mod.exports, requireBundle, mod, bundle, dirname(bundle));
    return mod.exports;
  };
  if (cachedData && !script.cachedDataRejected) return { run, saveCache: flushNodeCache };
  let saved = false;
  const saveCache = () => {
    flushNodeCache?.();
    if (saved) return;
    saved = true;
    try {
      mkdirSync(dirname(cacheFile), { recursive: true });
      const tmp = `${cacheFile}.${process.pid}.${Math.random().toString(36).slice(2)}`; // two workers share a pid
      writeFileSync(tmp, script.createCachedData());
      renameSync(tmp, cacheFile); // whole or nothing for a concurrent reader
    } catch {
      // A read-only install: no cache, each run compiles.
    }
  };
  return { run, saveCache };
}

/** Node's compile cache turned on (Node 22.1+); returns its flush (22.10+; a no-op before). */
function enableNodeCompileCache(): () => void {
  nodeCompileCache.enableCompileCache!();
  return nodeCompileCache.flushCompileCache ?? (() => undefined);
}

/** Whether this process may create files in `dir`, or create `dir` (saveCache makes it). */
function writable(dir: string): boolean {
  try {
    accessSync(dir, constants.W_OK);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "ENOENT" && dirname(dir) !== dir && writable(dirname(dir));
  }
}

/**
 * Node's v8 binding (the functions `node:v8` calls), without loading `node:v8`: its module loads
 * heap_utils and with it Node's whole stream stack (~30 M instructions, 2.5% of a cold run on one R
 * page; round 11). Reaching it through `process.binding` emits a deprecation warning, silenced for
 * that call only. Undefined where the binding is missing or not allowed (another Node).
 */
export function v8Binding(): { setFlagsFromString?: (flags: string) => void; cachedDataVersionTag?: () => number } | undefined {
  const quiet = process.noDeprecation;
  try {
    process.noDeprecation = true;
    return (process as unknown as { binding?: (name: string) => ReturnType<typeof v8Binding> }).binding?.("v8");
  } catch {
    return undefined;
  } finally {
    process.noDeprecation = quiet;
  }
}

/** A short hash of a string (no crypto: loading it costs more than a code cache saves). */
export function fnv1a(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
  return h.toString(36);
}
