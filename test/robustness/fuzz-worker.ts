// A worker of the fuzz campaign (scripts/fuzz.mjs bundles this file). It runs fast-check with its
// own seed over `runs` cases. Every case publishes its run index (fast-check's replay path) in a
// shared counter before it starts, so the main thread can name the case that hangs and terminate
// the worker. A failing case is reported and the campaign goes on (no shrinking here: replay it
// with --replay to shrink).
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parentPort, workerData } from "node:worker_threads";
import fc from "fast-check";
import { caseContext, checkCase, OUTPUTS, type CaseMode } from "./fuzz-harness.js";
import { describeMutations, mutateSeed, mutationsArb, type Mutation } from "./mutations.js";
import { realSeeds, smallSeeds, type Seed } from "./seeds.js";

export interface FuzzWorkerData {
  root: string;
  corpus: string;
  seed: number;
  runs: number;
  /** Skip runs up to and including this index (after a hang, the restarted worker resumes past it). */
  skipThrough: number;
  /** Percent of cases taken from real filings. */
  realShare: number;
  /** Int32Array over a SharedArrayBuffer: [0] the run index in progress, [1] runs finished, [2] the runs of main() that case makes (its budget in budgets). */
  progress: SharedArrayBuffer;
  budgetMs: number;
  /** Run every this-many-th case in every output format and as `facts` (0: never). */
  everyEvery: number;
  /** Replay one case: its path (run index), with shrinking. */
  replayPath?: string;
  outDir: string;
}

export type FuzzMessage =
  | { type: "dir"; dir: string }
  | { type: "failure"; seed: number; path: string; file: string; mutations: string; verdict: string; saved: string; ms: number }
  | { type: "done"; seed: number; runs: number; ms: number }
  | { type: "replayed"; result: string };

const data = workerData as FuzzWorkerData;
const progress = new Int32Array(data.progress);
const small = smallSeeds(data.root);
const real = realSeeds(data.corpus);
const post = (m: FuzzMessage) => parentPort!.postMessage(m);
const ctx = caseContext(mkdtempSync(join(tmpdir(), "disclint-fuzz-")));

/** Which seed a case mutates: `pick` in [0, 100) chooses real or small, `i` the file. */
function seedOf(pick: number, i: number): Seed {
  const pool = real.length > 0 && pick < data.realShare ? real : small;
  return pool[i % pool.length];
}

/**
 * Every 50th case goes through the CLI's main(); every `everyEvery`th (round 34) through main() in
 * every output format and as `facts` under a hostile file name; the others through the API and the formatters.
 */
function modeOf(index: number): CaseMode {
  if (data.everyEvery > 0 && index % data.everyEvery === 1) return "every";
  return index % 50 === 0 ? "main" : "api";
}

/** A case in every output format runs main() once per output: it has that many budgets. */
function budgets(index: number): number {
  return modeOf(index) === "every" ? OUTPUTS.length : 1;
}

const arb = fc.tuple(fc.nat({ max: 99 }), fc.nat(), mutationsArb);

async function one(pick: number, i: number, ms: Mutation[], index: number): Promise<string | null> {
  const seed = seedOf(pick, i);
  const bytes = mutateSeed(seed, ms);
  const t = performance.now();
  const verdict = await checkCase(ctx, bytes, seed.ext, modeOf(index), index);
  const took = performance.now() - t;
  const budget = data.budgetMs * budgets(index);
  const problem = verdict ?? (took > budget ? `took ${Math.round(took)} ms (budget ${budget} ms)` : null);
  if (problem) {
    const saved = join(data.outDir, `seed${data.seed}-path${index}${seed.ext}`);
    writeFileSync(saved, bytes);
    post({ type: "failure", seed: data.seed, path: String(index), file: seed.path, mutations: describeMutations(ms), verdict: problem.slice(0, 2000), saved, ms: took });
  }
  return problem;
}

async function campaign(): Promise<void> {
  const started = performance.now();
  let index = -1;
  await fc.check(
    fc.asyncProperty(arb, async ([pick, i, ms]) => {
      index++;
      if (index <= data.skipThrough) return true;
      Atomics.store(progress, 0, index);
      Atomics.store(progress, 2, budgets(index));
      // Test hook for the watchdog: a case that never returns.
      if (process.env.DISCLINT_FUZZ_HANG_AT === String(index)) for (;;);
      await one(pick, i, ms, index);
      Atomics.add(progress, 1, 1);
      return true;
    }),
    { seed: data.seed, numRuns: data.runs, endOnFailure: true },
  );
  post({ type: "done", seed: data.seed, runs: data.runs, ms: performance.now() - started });
}

async function replay(path: string): Promise<void> {
  let first = "";
  const details = await fc.check(
    fc.asyncProperty(arb, async ([pick, i, ms]) => {
      const seed = seedOf(pick, i);
      const bytes = mutateSeed(seed, ms);
      const t = performance.now();
      const verdict = await checkCase(ctx, bytes, seed.ext, modeOf(Number(path)), Number(path));
      const took = performance.now() - t;
      const budget = data.budgetMs * budgets(Number(path));
      const problem = verdict ?? (took > budget ? `took ${Math.round(took)} ms (budget ${budget} ms)` : null);
      if (!first) {
        const saved = join(data.outDir, `replay-seed${data.seed}-path${path}${seed.ext}`);
        writeFileSync(saved, bytes);
        first = `case ${data.seed}:${path}: ${seed.path} ${describeMutations(ms)} (${bytes.length} bytes, ${Math.round(took)} ms; input: ${saved})`;
      }
      if (problem) throw new Error(`${seed.path} ${describeMutations(ms)}: ${problem}`);
    }),
    { seed: data.seed, path, numRuns: 1 },
  );
  post({ type: "replayed", result: `${first}\n${details.failed ? fc.defaultReportMessage(details) ?? "failed" : "the case passes"}` });
}

post({ type: "dir", dir: ctx.dir });
void (data.replayPath !== undefined ? replay(data.replayPath) : campaign());
