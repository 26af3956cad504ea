// The in-process half of `npm run bench` (bench/run.mjs bundles this file with the CLI's build
// options and runs it): lint time of each real filing, of all of them together, and of generated R
// pages, as ratios to a floor measured in the same run on the same bytes, paired run by run.
// Argument: a JSON object { pages: string[] (generated R page files), runs: number }.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { createLinter, lintFiles } from "../src/api.js";
import { Linter, type EngineName } from "../src/engine/linter.js";
import { loadRuleSet } from "../src/engine/rule-loader.js";
import { PACKAGE_ROOT } from "../src/paths.js";
import { fmt, median, spread, verdict } from "./stats.mjs";

const SHARED = process.env.DISCLINT_SHARED ?? join(PACKAGE_ROOT, "..", "shared"); // DISCLINT_SHARED: a worktree (as bench/run.mjs)
const decoder = new TextDecoder("utf-8");
const { pages, runs } = JSON.parse(process.argv[2] ?? "{}") as { pages: string[]; runs: number };

/** The floor: read, decode, and visit every '<' and newline, as any reader must at least do. */
function floor(files: string[]): number {
  let seen = 0;
  for (const f of files) {
    const text = decoder.decode(readFileSync(f));
    for (let i = text.indexOf("<"); i !== -1; i = text.indexOf("<", i + 1)) seen++;
    for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) seen++;
  }
  return seen;
}

/**
 * CPU time so far (ms) of this process's main thread and of its other threads (V8's optimising
 * compiler and the GC's helpers), from /proc/self/task/<tid>/schedstat; undefined off Linux. Read
 * around a lint, it tells how much of the lint's CPU is V8 still compiling the linting code (round 27).
 */
function threadCpu(): { main: number; other: number } | undefined {
  try {
    let main = 0;
    let other = 0;
    for (const tid of readdirSync("/proc/self/task")) {
      let ns = 0;
      try {
        ns = Number(readFileSync(`/proc/self/task/${tid}/schedstat`, "utf8").split(" ")[0]) / 1e6;
      } catch {
        continue; // a thread that ended meanwhile
      }
      if (tid === String(process.pid)) main += ns;
      else other += ns;
    }
    return { main, other };
  } catch {
    return undefined;
  }
}

/** Wall and CPU time (all threads of this process: user + system) of fn, in ms; `others`: the share of CPU not on the main thread (NaN where unknown). */
async function timed(fn: () => unknown): Promise<{ wall: number; cpu: number; others: number }> {
  const before = threadCpu();
  const c = process.cpuUsage();
  const t = process.hrtime.bigint();
  await fn();
  const wall = Number(process.hrtime.bigint() - t) / 1e6;
  const { user, system } = process.cpuUsage(c);
  const after = threadCpu();
  const others = before && after ? (after.other - before.other) / Math.max(1e-9, after.other - before.other + after.main - before.main) : NaN;
  return { wall, cpu: (user + system) / 1000, others };
}

const linter = createLinter();

interface Measured {
  floor: number;
  lint: number;
  /** Median of the per-pair ratios lint / floor, by CPU time and by wall time. */
  ratio: number;
  wallRatio: number;
  noise: number;
  fatals: number;
  /** Share of the lints' CPU on threads other than the main one (V8's compiler, GC helpers): all runs together. */
  others: number;
}

/**
 * Floor and lint of the same files, paired run by run. The machine is shared, so the ratio is of
 * CPU time (what other processes' load does not inflate; the wall-time ratio is printed beside it),
 * each pair times the floor as the median of three back-to-back passes (a 1 MB floor takes ~2 ms),
 * and the figure is the median of the pairs' ratios.
 */
async function measure(files: string[], n: number, lint: Linter = linter): Promise<Measured> {
  await lintFiles(files.map((f) => [f]), lint); // warm-up (caches of this file)
  floor(files);
  const floors: number[] = [];
  const lints: number[] = [];
  const ratios: number[] = [];
  const wallRatios: number[] = [];
  let fatals = 0;
  let others = 0;
  let lintCpu = 0;
  for (let i = 0; i < n; i++) {
    const passes = [];
    for (let k = 0; k < 3; k++) passes.push(await timed(() => floor(files)));
    const f = { cpu: median(passes.map((p) => p.cpu)), wall: median(passes.map((p) => p.wall)) };
    const l = await timed(async () => {
      const results = await lintFiles(files.map((x) => [x]), lint);
      fatals = results.filter((r) => r.fatal).length;
    });
    floors.push(f.cpu);
    lints.push(l.cpu);
    others += l.others * l.cpu;
    lintCpu += l.cpu;
    ratios.push(l.cpu / f.cpu);
    wallRatios.push(l.wall / f.wall);
  }
  return { floor: median(floors), lint: median(lints), ratio: median(ratios), wallRatio: median(wallRatios), noise: spread(ratios), fatals, others: others / lintCpu };
}

/** Passes over every filing before any is timed. */
const WARM_PASSES = 3;
const corpus = [join(SHARED, "corpus", "real", "edgartools"), join(SHARED, "corpus", "real", "go-edgar")];
const filings = corpus.flatMap((d) => readdirSync(d).filter((f) => /\.(html?|xml)$/.test(f)).sort().map((f) => join(d, f)));

// In-process means steady state: the JIT is warmed on every filing first, so the first filing
// measured (Apple FY2025, by name) is not the one that pays for compiling the linting code (a cold
// start is the cold-start section's figure).
for (let i = 0; i < WARM_PASSES; i++) await lintFiles(filings.map((f) => [f]), linter);

console.log(`\n## Real filings, in-process (read + decode + parse + rules) vs the floor (read + decode + scan of every '<' and newline); medians of ${runs} paired runs; ms and ratio: CPU time, wall: the wall-time ratio; noise: interquartile range of the pairs' ratios over their median`);
console.log("(V8 thr.: the share of the lint's CPU on threads other than the main one — V8 compiling the linting code, the GC's helpers; Linux only)");
console.log(`${"filing".padEnd(34)} ${"MB".padStart(6)} ${"floor ms".padStart(9)} ${"lint ms".padStart(9)} ${"ratio".padStart(7)}  ${"noise".padStart(6)} ${"wall".padStart(7)} ${"V8 thr.".padStart(8)}  goal ≤ 4×`);
let worst = 0;
for (const f of filings) {
  const m = await measure([f], runs);
  const ratio = m.ratio;
  worst = Math.max(worst, ratio);
  const mb = readFileSync(f).length / 1e6;
  console.log(`${f.split("/").pop()!.padEnd(34)} ${fmt(mb, 2, 6)} ${fmt(m.floor, 1, 9)} ${fmt(m.lint, 1, 9)} ${fmt(ratio, 2, 6)}×  ${fmt(m.noise * 100, 0, 5)}% ${fmt(m.wallRatio, 2, 6)}× ${fmt(m.others * 100, 0, 7)}%  ${verdict(ratio <= 4)}${m.fatals ? `  (${m.fatals} fatal)` : ""}`);
}
const all = await measure(filings, Math.max(3, Math.ceil(runs / 2)));
console.log(`${`all ${filings.length} together`.padEnd(34)} ${fmt(filings.reduce((n, f) => n + readFileSync(f).length, 0) / 1e6, 2, 6)} ${fmt(all.floor, 1, 9)} ${fmt(all.lint, 1, 9)} ${fmt(all.ratio, 2, 6)}×  ${fmt(all.noise * 100, 0, 5)}% ${fmt(all.wallRatio, 2, 6)}× ${fmt(all.others * 100, 0, 7)}%  ${verdict(all.ratio <= 3)} (goal ≤ 3×; worst single filing ${worst.toFixed(2)}×)`);

if (pages.length) {
  console.log(`\n## ${pages.length.toLocaleString("en-US")} generated R pages, in-process, one thread: the fixed cost per document`);
  const engines: EngineName[] = ["fast", "json-rules-engine"];
  const byEngine = new Map<EngineName, Measured>();
  for (const engine of engines) byEngine.set(engine, await measure(pages, 3, new Linter(loadRuleSet(), new Map(), { engine })));
  for (const [engine, m] of byEngine) {
    console.log(
      `conditions by ${engine.padEnd(18)} ${fmt(m.lint / pages.length, 3, 7)} ms/page  CPU (floor ${fmt(m.floor / pages.length, 3, 6)} ms/page, ${fmt(m.ratio, 1, 5)}×, wall ${fmt(m.wallRatio, 1, 5)}×, noise ${fmt(m.noise * 100, 0, 3)}%)`,
    );
  }
}
