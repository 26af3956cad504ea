// The pattern prefilter alone (round 36): every question a lint asks PatternSet's prefilter
// (`membersFor`: which patterns may match in a text; `mayMatchIn`: whether any may match in a text
// a part is cut from), recorded while the files are linted once, then asked again in the same order
// pass after pass, without the regexes, the judge or the reading around them. A pass's texts are
// those of the lint, so the trigram cache and the per-set memos are hit and missed as they are there
// (the cache keeps the last 8 texts; a pass starts where the last ended).
//   node bench/prefilter-bench.mjs [--warm N] [--passes N] [--rounds K] [--against DIR] [--instructions] [file|folder…]
// Without files: 40 R pages generated from ../shared/examples/r-page-20f-fy2024.txt, as
// bench/cg-functions.mjs makes them. With --against DIR (another checkout, built or not: its sources
// are bundled), the two trees run in alternated processes, K rounds (default 3). Prints the mean
// CPU of the main thread per pass, and the median (from /proc/thread-self/schedstat, which ticks in
// ~4 ms on some kernels); with --instructions each tree
// runs once under callgrind instead (one thread, fixed seeds) and prints the instructions of the
// counted passes (callgrind dumps its counters at `getPriority()`, before and after them).
// The answers are checked too: a hash of every answer (member numbers, or all, or none) a pass
// gives, which must be the same for both trees.
// DISCLINT_SHARED names ../shared where the checkout is elsewhere (a worktree).
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { bundleAgainst, filesOf } from "./lint-loop.mjs";

const argv = process.argv.slice(2);
const take = (name, dflt) => (argv.includes(name) ? argv.splice(argv.indexOf(name), 2)[1] : dflt);
const warm = Number(take("--warm", 20));
const passes = Number(take("--passes", 40));
const rounds = Number(take("--rounds", 3));
const against = take("--against", undefined);
const counted = argv.includes("--instructions") ? (argv.splice(argv.indexOf("--instructions"), 1), true) : false;
const here = resolve(new URL("..", import.meta.url).pathname);
const shared = process.env.DISCLINT_SHARED ?? join(here, "..", "shared");

let files = filesOf(argv);
if (files.length === 0) {
  const dir = mkdtempSync(join(tmpdir(), "disclint-prefilter-pages-"));
  const sample = readFileSync(join(shared, "examples", "r-page-20f-fy2024.txt"), "utf8");
  mkdirSync(join(dir, "pages"));
  for (let i = 0; i < 40; i++) {
    const file = join(dir, "pages", `r-${String(i).padStart(5, "0")}.txt`);
    writeFileSync(file, sample.replace("Dec. 31, 2024", `Dec. 31, ${2000 + (i % 30)}`).replace("from time to time", i % 2 ? "quarterly" : "from time to time"));
    files.push(file);
  }
}

/** A harness bundled against the sources of `root`. */
function bundleFor(root) {
  return bundleAgainst(
    root,
    "prefilter",
    (src) => `import { readFileSync } from "node:fs";
import { getPriority } from "node:os";
import { createLinter, lintFiles } from ${src("api.ts")};
import { PatternSet } from ${src("text/pattern-set.ts")};
const files: string[] = JSON.parse(process.argv[2]);
const warm = Number(process.argv[3]);
const passes = Number(process.argv[4]);
const counting = process.argv[5] === "count";
const cpu = () => Number(readFileSync("/proc/thread-self/schedstat", "utf8").split(" ")[0]) / 1e6;
const P = PatternSet.prototype as any;
const asked: Array<[any, number, string]> = [];
const membersFor = P.membersFor;
const mayMatchIn = P.mayMatchIn;
P.membersFor = function (whole: string) { asked.push([this, 0, whole]); return membersFor.call(this, whole); };
P.mayMatchIn = function (within: string) { asked.push([this, 1, within]); return mayMatchIn.call(this, within); };
const linter = createLinter();
await lintFiles(files.map((f) => [f]), linter);
P.membersFor = membersFor;
P.mayMatchIn = mayMatchIn;
let hash = 0;
const pass = () => {
  for (let k = 0; k < asked.length; k++) {
    const [set, kind, text] = asked[k];
    const a = kind === 0 ? set.membersFor(text) : set.mayMatchIn(text);
    hash = (Math.imul(hash, 31) + (typeof a === "boolean" ? (a ? 1 : 2) : typeof a === "symbol" ? 3 : a.length === 0 ? 4 : a.reduce((h: number, i: number) => Math.imul(h, 7) + i + 5, 0))) | 0;
  }
};
for (let i = 0; i < warm; i++) pass();
hash = 0;
const t: number[] = [];
if (counting) getPriority();
const start = cpu();
for (let i = 0; i < passes; i++) { const a = cpu(); pass(); t.push(cpu() - a); }
const mean = (cpu() - start) / passes;
if (counting) getPriority();
t.sort((a, b) => a - b);
const chars = asked.reduce((n, q) => n + q[2].length, 0);
console.log(JSON.stringify({ questions: asked.length, chars, mean, pass: t[t.length >> 1], q1: t[t.length >> 2], q3: t[(3 * t.length) >> 2], hash }));
`,
  );
}

function run(bundle) {
  const r = spawnSync(process.execPath, [bundle, JSON.stringify(files), String(warm), String(passes)], { encoding: "utf8", maxBuffer: 1 << 26 });
  if (r.status !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout.trim().split("\n").pop());
}

/** Millions of instructions of the counted passes (callgrind's second dump), and the run's answer. */
function instructions(bundle) {
  const out = join(mkdtempSync(join(tmpdir(), "disclint-prefilter-cg-")), "callgrind.out");
  const args = ["--tool=callgrind", "--dump-before=uv_os_getpriority", `--callgrind-out-file=${out}`, process.execPath, "--single-threaded", "--hash-seed=1", "--random-seed=1", bundle, JSON.stringify(files), String(warm), String(passes), "count"];
  const r = spawnSync("valgrind", args, { encoding: "utf8", maxBuffer: 1 << 26 });
  if (r.error || r.status !== 0) throw new Error(`valgrind failed (${r.error?.message ?? `exit ${r.status}`}): is it installed?`);
  const m = JSON.parse(r.stdout.trim().split("\n").pop());
  return { ...m, instructions: Number(/^totals:\s*(\d+)/m.exec(readFileSync(`${out}.2`, "utf8"))[1]) / 1e6 };
}

const trees = [["this", await bundleFor(here)]];
if (against) trees.push(["against", await bundleFor(resolve(against))]);
console.log(`${files.length} files; ${warm} warm passes, ${passes} counted`);
if (counted) {
  for (const [name, bundle] of trees) {
    const m = instructions(bundle);
    console.log(`${name.padEnd(8)} ${(m.instructions / passes).toFixed(3).padStart(9)} M instructions a pass (${m.questions} questions, ${m.chars} characters), answers ${m.hash}`);
  }
} else {
  for (let k = 0; k < (against ? rounds : 1); k++) {
    const line = [];
    for (const [name, bundle] of k % 2 ? [...trees].reverse() : trees) {
      const m = run(bundle);
      line.push(`${name} ${m.mean.toFixed(2)} ms a pass (mean; median ${m.pass.toFixed(2)}, IQR ${m.q1.toFixed(2)}-${m.q3.toFixed(2)}; ${m.questions} questions, answers ${m.hash})`);
    }
    console.log(line.join("   "));
  }
}
