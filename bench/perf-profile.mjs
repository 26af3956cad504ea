// Where a warm page's CPU goes, by function, on a loaded machine: the in-process lint loop (as
// bench/profile.mjs builds it) under Linux `perf record -e cpu-clock -g` with node's
// --perf-basic-prof, so JavaScript functions are named. cpu-clock samples only while the thread is
// on a CPU: a neighbour's load does not move the shares, where V8's own --cpu-prof (a wall-clock
// timer) can put a sample wherever the thread was descheduled (round 25).
//   node bench/perf-profile.mjs [--passes N] [--top N] [--under NAME] <file|folder>…
// Prints each function's share of all samples: self (the leaf) and inclusive (anywhere on the
// stack, once per sample; JavaScript only); --under NAME: the leaves of the samples whose stack holds
// NAME ("visit:1990", or a prefix: "visit").
// The figures include start-up, warm-up and V8's compiler threads: pass enough passes (default 12).
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { bundleLintLoop, filesOf } from "./lint-loop.mjs";

const argv = process.argv.slice(2);
const take = (name, dflt) => (argv.includes(name) ? argv.splice(argv.indexOf(name), 2)[1] : dflt);
const passes = Number(take("--passes", 12));
const top = Number(take("--top", 40));
const under = take("--under", undefined);
const files = filesOf(argv);
const { dir, bundle } = await bundleLintLoop("perf", `for (let i = 0; i < ${passes} + 2; i++) await lintFiles(files.map((f) => [f]), linter);\n`);
const data = join(dir, "perf.data");
const rec = spawnSync("perf", ["record", "-q", "-g", "-e", "cpu-clock", "-F", "4000", "-o", data, process.execPath, "--perf-basic-prof", bundle, JSON.stringify(files)], { stdio: ["ignore", "inherit", "inherit"] });
if (rec.status !== 0) throw new Error("perf record failed (is perf installed, perf_event_paranoid ≤ 2?)");
const script = spawnSync("perf", ["script", "-i", data, "-F", "ip,sym"], { encoding: "utf8", maxBuffer: 1 << 30 });

// One sample: its frames, leaf first, named "function:line" for the bundle's JavaScript.
const samples = [];
let frames = [];
for (const line of script.stdout.split("\n")) {
  const t = line.trim();
  if (t === "") {
    if (frames.length) samples.push(frames);
    frames = [];
    continue;
  }
  const sym = t.slice(t.indexOf(" ") + 1);
  frames.push(sym.replace(/^JS:[*^~+]?/, "").replace(/ file:\/\/\S+?\.mjs:(\d+):\d+$/, ":$1").slice(0, 100));
}
if (frames.length) samples.push(frames);
const count = (pick) => {
  const c = new Map();
  for (const s of samples) for (const k of pick(s)) c.set(k, (c.get(k) ?? 0) + 1);
  return [...c].sort((a, b) => b[1] - a[1]).slice(0, top);
};
const show = (title, rows) => {
  console.log(`\n${title}`);
  for (const [k, n] of rows) console.log(`${((n / samples.length) * 100).toFixed(1).padStart(5)}%  ${k}`);
};
console.log(`${data}: ${samples.length} samples, ${files.length} file(s) × ${passes + 2} passes`);
if (under) show(`leaves under ${under}`, count((s) => (s.some((f) => f.startsWith(under)) ? [s[0]] : [])));
else {
  show("self", count((s) => [s[0]]));
  // Inclusive: the bundle's JavaScript functions only (node's and V8's frames hold nearly every sample).
  show("inclusive (JavaScript)", count((s) => new Set(s.filter((f) => /^[\w$]*:\d+$/.test(f)))));
}
