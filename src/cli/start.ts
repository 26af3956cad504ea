// The CLI's start (dist/start.cjs; bin/disclint.js and dist/cli.js load it). It sets V8's flags, then
// loads the CLI's bundle (dist/cli.cjs, built from src/cli/index.ts by scripts/build.mjs) with V8's
// compiled code of it kept on disk between runs (src/code-cache.ts): a run neither parses the bundle
// nor compiles the functions an earlier run compiled (measured on one R page: ~25 ms of CPU of
// ~170). Both this file and the bundle are CommonJS: Node's ES module loader reads and links each
// module asynchronously (another ~25 ms), an ES module's `import` of a built-in builds a facade of
// all its exports, and only a classic script takes a code cache. The cache is V8's data in dist/.cache/
// on every Node (`everyFunction`: Node 22+'s own compile cache holds only the top level); its file's
// name carries the bundle's build hash, Node's version and its V8 flags.
import module, { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { fnv1a, prepareBundle, v8Binding } from "../code-cache.js";
import { flagsSet, startEarlyWorker } from "../engine/early-worker.js";
import { MIN_JOBS_FOR_WORKERS } from "../run/batch-size.js";
import { atFirstSight, isBatch, loneInput, loneRunFlags } from "./lone-input.js";

/**
 * V8's flag setter and its tag for code caches (which hashes the flags): the v8 binding's own functions (code-cache.ts),
 * the ones `node:v8` calls; `node:v8`'s where the binding or its setter is missing (Node 24). A run that writes its
 * report with fs.writeSync (standard-output.ts) never needs `node:v8`'s stream stack.
 */
function v8Functions(): { setFlagsFromString: (flags: string) => void; cachedDataVersionTag?: () => number } {
  const binding = v8Binding();
  if (typeof binding?.setFlagsFromString === "function") return { setFlagsFromString: binding.setFlagsFromString, cachedDataVersionTag: binding.cachedDataVersionTag };
  return createRequire(import.meta.url)("node:v8") as typeof import("node:v8");
}
const v8 = v8Functions();
const setFlagsFromString = v8.setFlagsFromString;

// V8 checks a code cache against a hash of its flags, Node's own cache of its built-ins too: a built-in
// first required after the flags below are set is compiled from source (and its code cache made again).
// So the CLI requires none on a lone input's run (test/cli/builtins-code-cache.test.ts); the one Node
// itself loads later is required here: Node 22.1+'s compile cache (code-cache.ts) finds its folder with
// node:os.
if (!process.env.NODE_DISABLE_COMPILE_CACHE && typeof (module as { enableCompileCache?: unknown }).enableCompileCache === "function") createRequire(import.meta.url)("node:os");

// Set before any code is compiled (a code cache is valid only under the flags it was made with).
// V8 optimises a function (TurboFan, on a helper thread) once it has run a budget of bytecode. A
// short run pays for optimising code it then hardly runs (~35 ms of a 220 ms cold start on one R
// page). An 8× budget leaves that code to the baseline tiers, and what stays hot in a long run is
// still optimised: measured paired, CPU -22% on one R page, -27% on a 4 MB 10-K, -20% on a 40 MB
// Inline XBRL filing and on the 14 real filings. The flag is process-wide: the lint workers get it
// too. It exists in Node 20's V8 (11.x), where this was measured; newer V8s dropped it and print
// "unrecognized flag" to stderr, so it is set there only.
// A batch of many inputs (BATCH_INPUTS at first sight) runs the same hot code for long in each of
// its isolates (the run's thread's and its workers'), and each spends its first ~50 pages in the
// interpreter and Sparkplug's code, whose property loads go through V8's inline-cache builtins: a
// budget of BATCH_BUDGET tiers the hot functions up sooner. It compiles more (TurboFan, on V8's
// helper threads), which pays from ~75 R pages an isolate on (round 42, callgrind, one isolate from
// its start, instructions a page at 540,000 -> 180,000: 30 pages 134.6 -> 144.0 M, 120 pages 73.6 ->
// 71.3 M; 500 R pages, CPU of the process, five alternated pairs at load 15-25: two cores 5.64 ->
// 5.38 s, one core 4.65 -> 4.59 s), so it is set from BATCH_INPUTS inputs (~100 an isolate on two
// cores) on. Output unchanged (a budget decides only when code is optimised).
const argv = process.argv.slice(2);
const lone = loneInput(argv);
const BATCH_INPUTS = 200;
const BATCH_BUDGET = 180000;
const sight = lone === undefined ? atFirstSight(argv, Math.max(BATCH_INPUTS, MIN_JOBS_FOR_WORKERS)) : undefined;
const hasBudgetFlag = Number(process.versions.v8.split(".")[0]) <= 11;
const batchFlags = hasBudgetFlag && sight !== undefined && sight.inputs >= BATCH_INPUTS ? [`--interrupt-budget=${BATCH_BUDGET}`] : [];
const flags: string[] = hasBudgetFlag ? [batchFlags[0] ?? "--interrupt-budget=540000"] : [];
// A regular expression made from now on is compiled to native code on its first run, instead of to
// bytecode first and again to native code on its second (V8 reads the count when it makes one; most
// of the lexicons' expressions run more than once per document). Not --no-regexp-tier-up: turning
// tier-up itself off at run time crashes V8 on an expression made before.
flags.push("--regexp-tier-up-ticks=0");

// A small lone input's V8 flags (lone-input.ts: why each), set before anything runs; the code cache
// is kept per set of flags (V8 rejects another's).
const runFlags = loneRunFlags(lone);
flags.push(...runFlags);

const DIST = dirname(fileURLToPath(import.meta.url)); // import.meta.url: see scripts/build.mjs
const BUNDLE = join(DIST, "cli.cjs");

// A batch for workers at first sight (enough files, a time budget, several cores): its first lint
// worker starts now, on another core, while this thread loads the bundle and finds the files; the
// pool takes it (engine/early-worker.ts). Before V8's flags, which wait for its boot: V8 checks Node's
// code cache of its built-ins against a hash of the flags, and a worker started after them booted
// Node from source (68 built-ins, +151 M instructions under callgrind; round 47). The flags are the
// process's: the worker's bundle loads after they are set, and its lint runs under them.
const setFlags = () => flags.forEach((flag) => setFlagsFromString(flag));
const WORKER = pathToFileURL(join(DIST, "worker-start.cjs"));
// A pool's later workers boot as the early one does, the flags set back to their defaults for their boot (round 50,
// engine/early-worker.ts laterWorker): V8's tag as the process booted, read before any flag is set.
const tagOf = v8.cachedDataVersionTag;
if (typeof tagOf === "function") flagsSet(flags, setFlagsFromString, tagOf, WORKER.href);
if (isBatch(sight, MIN_JOBS_FOR_WORKERS) && (createRequire(import.meta.url)("node:os") as typeof import("node:os")).availableParallelism() > 1) startEarlyWorker(WORKER, setFlags);
else setFlags();

// Both set by scripts/build.mjs: the bundle's build hash, and the package's version.
declare const DISCLINT_BUNDLE_HASH: string;
declare const DISCLINT_VERSION: string;

if (argv.length === 1 && (argv[0] === "--version" || argv[0] === "-v")) {
  process.stdout.write(`${DISCLINT_VERSION}\n`); // without loading the bundle
} else {
  const cacheName = () => `cli-${DISCLINT_BUNDLE_HASH}-${process.version}-${process.arch}-${fnv1a([...process.execArgv, ...batchFlags, ...runFlags].join(" "))}.v8`;
  const { run, saveCache } = prepareBundle(BUNDLE, cacheName, { everyFunction: true });
  // At exit the data holds every function the run compiled, not only the top level.
  if (saveCache) process.once("exit", () => saveCache());
  run();
}
