// Per-page cost in steady state (start-up and warm-up left out): R pages linted in-process, as the
// batch's workers lint them.
//   node bench/steady.mjs [--pages N] [--passes K] [--root DIR] [--flags "V8 FLAGS"] [--instructions | --marks] [--pairs P --against DIR]
// N pages (the bench's generator: the sample R page with its period and a sentence varied) are linted
// twice to warm up, then K more times:
//   default         CPU time per page of each measured pass (median, best), in this process's thread;
//   --instructions  instructions per page by callgrind: a run with K measured passes less a run with
//                   none, over K × N (the start, the warm-up and the JIT's first compiles cancel out;
//                   with fewer than 40 pages V8 is still optimising in the measured passes);
//   --marks         instructions per page by one callgrind run: its counters dumped where the lint
//                   loop calls os.getPriority() (node itself never does), before and after the K
//                   measured passes; half the time of --instructions, figures a little lower (round 19);
//   --against DIR   P interleaved pairs of runs, this checkout's build against DIR's (another checkout
//                   of disclint), CPU ms per page of each and the paired ratio (median).
// --root DIR lints with DIR's sources (default: this checkout); --flags adds V8 flags to node's command line.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { benchPage, median } from "./stats.mjs";

const argv = process.argv.slice(2);
const value = (name, dflt) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : dflt);
const pageCount = Number(value("--pages", 200));
const passes = Number(value("--passes", 3));
const here = resolve(new URL("..", import.meta.url).pathname);
const root = resolve(value("--root", here));
const against = value("--against", undefined);
const pairs = Number(value("--pairs", 5));
const dir = mkdtempSync(join(tmpdir(), "disclint-steady-"));

// ../shared beside the checkout, or DISCLINT_SHARED where the checkout is elsewhere (a worktree).
const SAMPLE = join(process.env.DISCLINT_SHARED ?? join(here, "..", "shared"), "examples", "r-page-20f-fy2024.txt");
const pagesDir = join(dir, "pages");
mkdirSync(pagesDir);
const sample = readFileSync(SAMPLE, "utf8");
const pages = [];
for (let i = 0; i < pageCount; i++) {
  const page = benchPage(sample, i);
  const file = join(pagesDir, `r-${String(i).padStart(5, "0")}.txt`);
  writeFileSync(file, page);
  pages.push(file);
}

/** The lint loop bundled with `r`'s own build options (its rules and prepared lexicons). */
async function bundle(r, name) {
  const { build } = await import("esbuild");
  const { options } = await import(join(r, "scripts", "build.mjs"));
  const entry = join(dir, `${name}.ts`);
  writeFileSync(
    entry,
    `import { createLinter, lintFiles } from ${JSON.stringify(join(r, "src", "api.ts"))};
import { getPriority } from "node:os";
const { pages, passes } = JSON.parse(process.argv[2]);
const linter = createLinter();
for (let i = 0; i < 2; i++) await lintFiles(pages.map((f: string) => [f]), linter);
getPriority(); // --marks: callgrind dumps its counters here and after the measured passes
const cpu: number[] = [];
for (let i = 0; i < passes; i++) {
  const c = process.cpuUsage();
  await lintFiles(pages.map((f: string) => [f]), linter);
  const u = process.cpuUsage(c);
  cpu.push((u.user + u.system) / 1000 / pages.length);
}
getPriority();
console.log(JSON.stringify(cpu));
`,
  );
  const out = join(dir, `${name}.mjs`);
  await build({ ...options("cli", out), entryPoints: [entry], define: { "process.env.DISCLINT_ROOT": JSON.stringify(r) } });
  return out;
}

// Fixed seeds; under callgrind one thread too (V8's helpers' share of the work then counted in order).
const NODE_FLAGS = ["--single-threaded", "--hash-seed=1", "--random-seed=1", ...value("--flags", "").split(" ").filter(Boolean)];

function cpuRun(file, k = passes) {
  const r = spawnSync(process.execPath, [...NODE_FLAGS.slice(1), file, JSON.stringify({ pages, passes: k })], { encoding: "utf8" });
  if (r.status !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout.trim().split("\n").pop());
}

function instructions(file, k) {
  const out = join(dir, `cg-${k}.out`);
  const r = spawnSync("valgrind", ["--tool=callgrind", `--callgrind-out-file=${out}`, process.execPath, ...NODE_FLAGS, file, JSON.stringify({ pages, passes: k })], { encoding: "utf8" });
  if (r.status !== 0) throw new Error(r.stderr);
  const m = /summary: (\d+)/.exec(readFileSync(out, "utf8"));
  return Number(m[1]);
}

/** Instructions of the K measured passes alone: the counters dumped on entering uv_os_getpriority (the marks). */
function markedInstructions(file, k) {
  const out = join(dir, "cg-marks.out");
  const r = spawnSync("valgrind", ["--tool=callgrind", "--dump-before=uv_os_getpriority", `--callgrind-out-file=${out}`, process.execPath, ...NODE_FLAGS, file, JSON.stringify({ pages, passes: k })], { encoding: "utf8" });
  if (r.status !== 0) throw new Error(r.stderr);
  // out.1: start-up and warm-up; out.2: the measured passes; out: what follows.
  const count = (f) => Number(/summary: (\d+)/.exec(readFileSync(f, "utf8"))[1]);
  return { before: count(`${out}.1`), measured: count(`${out}.2`) };
}

const mine = await bundle(root, "mine");
if (argv.includes("--marks")) {
  const { before, measured } = markedInstructions(mine, passes);
  console.log(`${root}: ${pageCount} pages, ${passes} measured passes: ${(measured / passes / pageCount / 1e6).toFixed(3)} M instructions per page (one run; start-up and warm-up ${(before / 1e6).toFixed(1)} M)`);
} else if (argv.includes("--instructions")) {
  const none = instructions(mine, 0);
  const some = instructions(mine, passes);
  console.log(`${root}: ${pageCount} pages, ${passes} measured passes: ${((some - none) / passes / pageCount / 1e6).toFixed(3)} M instructions per page (runs ${(none / 1e6).toFixed(1)} M and ${(some / 1e6).toFixed(1)} M)`);
} else if (against) {
  if (!existsSync(join(against, "src", "api.ts"))) throw new Error(`${against}: not a disclint checkout`);
  const theirs = await bundle(resolve(against), "theirs");
  const a = [];
  const b = [];
  const ratios = [];
  for (let i = 0; i < pairs; i++) {
    const x = median(cpuRun(theirs));
    const y = median(cpuRun(mine));
    a.push(x);
    b.push(y);
    ratios.push(y / x);
    console.log(`pair ${i + 1}: ${against} ${x.toFixed(3)} ms/page, ${root} ${y.toFixed(3)} ms/page`);
  }
  console.log(`medians: ${median(a).toFixed(3)} → ${median(b).toFixed(3)} ms/page CPU; paired ratio ${median(ratios).toFixed(3)} (lower in ${ratios.filter((r) => r < 1).length} of ${pairs})`);
} else {
  const cpu = cpuRun(mine);
  console.log(`${root}: ${pageCount} pages: CPU per page by pass ${cpu.map((c) => c.toFixed(3)).join(", ")} ms (median ${median(cpu).toFixed(3)})`);
}
