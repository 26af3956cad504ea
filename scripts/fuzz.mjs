#!/usr/bin/env node
// The fuzz campaign (issue 6): random mutations of the examples, fixtures and real filings
// (../shared/corpus/real), linted through the public API (every 50th through the CLI's main()),
// checked for crashes, "internal error" fatals, multi-line messages, invalid JSON/SARIF, bad
// positions, and the time budget. A hang cannot be interrupted in its own thread, so cases run in
// worker threads under a watchdog: a worker whose case overruns is terminated, the case is
// reported, and a fresh worker resumes after it.
//
//   npm run fuzz                                # 100,000 cases, random seed
//   npm run fuzz -- --seed 42 --cases 20000     # reproducible
//   npm run fuzz -- --replay 42:1234            # replay (and shrink) case 1234 of seed 42
//
// Options: --seed N, --cases N, --workers N (default: cores), --budget MS (per case, default
// 10000), --real-share PERCENT (cases on real filings, default 5), --out DIR (failing inputs),
// --every N (every Nth case runs the CLI in every output format and as `facts` under a hostile
// file name, default 20; 0: never).
// Each failure prints its worker seed and path: `--replay SEED:PATH` reproduces it.
import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync, statSync } from "node:fs";
import { availableParallelism } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import { common as buildCommon } from "./build.mjs";
import { build } from "esbuild";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const CORPUS = join(ROOT, "..", "shared", "corpus", "real");

function parseArgs(argv) {
  const out = {};
  for (let i = 0; i < argv.length; i++) {
    const m = /^--([a-z-]+)(?:=(.*))?$/.exec(argv[i]);
    if (!m) throw new Error(`unexpected argument ${argv[i]}`);
    out[m[1]] = m[2] ?? argv[++i];
  }
  return out;
}

const args = parseArgs(process.argv.slice(2));
const num = (v, d) => (v === undefined ? d : Number(v));
const seed = num(args.seed, Math.floor(Math.random() * 2 ** 31));
const cases = num(args.cases, 100_000);
const workers = Math.max(1, num(args.workers, availableParallelism()));
const budgetMs = num(args.budget, 10_000);
const realShare = num(args["real-share"], 5);
const everyEvery = num(args.every, 20);
const outDir = args.out ?? join(ROOT, "node_modules", ".cache", "disclint-fuzz");
mkdirSync(outDir, { recursive: true });

const cache = join(ROOT, "node_modules", ".cache", "disclint");
mkdirSync(cache, { recursive: true });
const script = join(cache, `fuzz-worker-${process.pid}.mjs`);
await build({
  entryPoints: [join(ROOT, "test", "robustness", "fuzz-worker.ts")],
  ...buildCommon,
  outfile: script,
});
process.on("exit", () => rmSync(script, { force: true }));

const common = { root: ROOT, corpus: CORPUS, realShare, budgetMs, outDir, everyEvery };

if (args.replay) {
  const [s, path] = String(args.replay).split(":");
  const w = new Worker(pathToFileURL(script), {
    workerData: { ...common, seed: Number(s), runs: 1, skipThrough: -1, progress: new SharedArrayBuffer(12), replayPath: path },
  });
  w.on("message", (m) => {
    if (m.type !== "replayed") return;
    console.log(m.result);
    void w.terminate();
  });
  w.on("error", (e) => console.error(e));
} else {
  await campaign();
}

async function campaign() {
  const perWorker = Math.ceil(cases / workers);
  console.log(`disclint fuzz: ${cases} cases, seed ${seed} (workers ${Array.from({ length: workers }, (_, w) => seed + w).join(", ")}), ${workers} workers, ${budgetMs} ms per case, ${realShare}% on real filings, every ${everyEvery}th case in every output format`);
  const failures = [];
  const started = performance.now();
  const slots = Array.from({ length: workers }, (_, w) => ({ seed: seed + w, done: 0, finished: false }));

  const report = setInterval(() => {
    const done = slots.reduce((n, s) => n + s.done, 0);
    const secs = (performance.now() - started) / 1000;
    console.log(`  ${done} cases, ${(done / secs).toFixed(0)} cases/s, ${failures.length} failures`);
  }, 15_000);
  await Promise.all(slots.map((slot) => runSlot(slot, -1)));
  clearInterval(report);

  function runSlot(slot, skipThrough) {
    return new Promise((resolve) => {
      const progress = new SharedArrayBuffer(12);
      const p = new Int32Array(progress);
      p[0] = skipThrough;
      const before = slot.done;
      const worker = new Worker(pathToFileURL(script), {
        workerData: { ...common, seed: slot.seed, runs: perWorker, skipThrough, progress },
        resourceLimits: { maxOldGenerationSizeMb: 4096 },
      });
      let lastCount = -1;
      let lastChange = performance.now();
      let settled = false;
      const finish = (next) => {
        if (settled) return;
        settled = true;
        clearInterval(watch);
        slot.done = before + Atomics.load(p, 1);
        if (next === undefined) {
          slot.finished = true;
          resolve();
        } else {
          void worker.terminate();
          resolve(runSlot(slot, next));
        }
      };
      const watch = setInterval(() => {
        const count = Atomics.load(p, 1);
        slot.done = before + count;
        if (count !== lastCount) {
          lastCount = count;
          lastChange = performance.now();
        } else if (performance.now() - lastChange > budgetMs * 2 * Math.max(1, Atomics.load(p, 2))) {
          const index = Atomics.load(p, 0);
          const saved = saveHungCase(slot, index);
          failures.push({ seed: slot.seed, path: String(index), verdict: `hung: no progress for ${Math.round((performance.now() - lastChange) / 1000)} s`, saved });
          console.log(`HANG seed ${slot.seed} path ${index}${saved ? ` (input: ${saved})` : ""}`);
          finish(index);
        }
      }, 250);
      worker.on("message", (m) => {
        if (m.type === "dir") slot.dir = m.dir;
        else if (m.type === "failure") {
          failures.push(m);
          console.log(`FAIL seed ${m.seed} path ${m.path}: ${m.verdict.split("\n")[0]}\n  from ${m.file}: ${m.mutations}\n  input: ${m.saved}`);
        } else if (m.type === "done") finish(undefined);
      });
      worker.on("error", (e) => {
        const index = Atomics.load(p, 0);
        failures.push({ seed: slot.seed, path: String(index), verdict: `worker died: ${e.message}` });
        console.log(`DIED seed ${slot.seed} path ${index}: ${e.message}`);
        finish(index);
      });
      worker.on("exit", () => finish(undefined));
    });
  }


  const done = slots.reduce((n, s) => n + s.done, 0);
  const secs = (performance.now() - started) / 1000;
  console.log(`\n${done} cases in ${secs.toFixed(1)} s: ${(done / secs).toFixed(0)} cases/s; ${failures.length} failure${failures.length === 1 ? "" : "s"}`);
  for (const f of failures) console.log(`  seed ${f.seed} path ${f.path}: ${f.verdict.split("\n")[0]}  (replay: npm run fuzz -- --replay ${f.seed}:${f.path})`);
  process.exitCode = failures.length ? 1 : 0;
}

/** The input a hung worker was on: the newest case file in the folder that worker writes to. */
function saveHungCase(slot, index) {
  if (!slot.dir || !existsSync(slot.dir)) return undefined;
  let newest;
  for (const f of readdirSync(slot.dir).filter((x) => x.startsWith("case"))) {
    const p = join(slot.dir, f);
    const m = statSync(p).mtimeMs;
    if (!newest || m > newest.m) newest = { p, m };
  }
  if (!newest) return undefined;
  const dest = join(outDir, `seed${slot.seed}-path${index}-hang${newest.p.slice(newest.p.lastIndexOf("."))}`);
  copyFileSync(newest.p, dest);
  return dest;
}
