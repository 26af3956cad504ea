// Where a warm page's CPU goes, by function, on a loaded machine: the in-process lint loop (as
// bench/profile.mjs builds it) under Linux `perf record -e cpu-clock -g` with node's
// --perf-basic-prof, so JavaScript functions are named. cpu-clock samples only while the thread is
// on a CPU: a neighbour's load does not move the shares, where V8's own --cpu-prof (a wall-clock
// timer) can put a sample wherever the thread was descheduled (round 25).
//   node bench/perf-profile.mjs [--passes N] [--top N] [--under NAME] [--main] [--skip F] <file|folder>…
// Prints each function's share of all samples: self (the leaf) and inclusive (anywhere on the
// stack, once per sample; JavaScript only); --under NAME: the leaves of the samples whose stack holds
// NAME ("visit:1990", or a prefix: "visit").
// The figures include start-up, warm-up and V8's compiler threads: pass enough passes (default 12).
// --main: the main thread's samples only (not V8's compiler and GC threads); --skip F: leave out the
// samples of the first fraction F of the run (0.35 leaves out start-up and most of the warm-up), so
// the shares are of the warm lint (round 28).
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { bundleLintLoop, filesOf } from "./lint-loop.mjs";

const argv = process.argv.slice(2);
const take = (name, dflt) => (argv.includes(name) ? argv.splice(argv.indexOf(name), 2)[1] : dflt);
const passes = Number(take("--passes", 12));
const top = Number(take("--top", 40));
const under = take("--under", undefined);
const mainOnly = argv.includes("--main") ? (argv.splice(argv.indexOf("--main"), 1), true) : false;
const skip = Number(take("--skip", 0));
const files = filesOf(argv);
const { dir, bundle } = await bundleLintLoop("perf", `for (let i = 0; i < ${passes} + 2; i++) await lintFiles(files.map((f) => [f]), linter);\n`);
const data = join(dir, "perf.data");
const rec = spawnSync("perf", ["record", "-q", "-g", "-e", "cpu-clock", "-F", "4000", "-o", data, process.execPath, "--perf-basic-prof", bundle, JSON.stringify(files)], { stdio: ["ignore", "inherit", "inherit"] });
if (rec.status !== 0) throw new Error("perf record failed (is perf installed, perf_event_paranoid ≤ 2?)");
const script = spawnSync("perf", ["script", "-i", data, "-F", "pid,tid,time,ip,sym"], { encoding: "utf8", maxBuffer: 1 << 30 });

// One sample: its frames, leaf first, named "function:line" for the bundle's JavaScript; its thread
// (whether it is the main one: pid = tid) and time from the sample's header line.
let samples = [];
let frames = [];
let header;
const end = () => {
  if (frames.length && header) samples.push({ frames, ...header });
  frames = [];
};
for (const line of script.stdout.split("\n")) {
  const t = line.trim();
  if (t === "") {
    end();
    continue;
  }
  const h = /^(\d+)\/(\d+)\s+([\d.]+):?$/.exec(t);
  if (h) {
    end();
    header = { main: h[1] === h[2], time: Number(h[3]) };
    continue;
  }
  const sym = t.slice(t.indexOf(" ") + 1);
  frames.push(sym.replace(/^JS:[*^~+]?/, "").replace(/ file:\/\/\S+?\.mjs:(\d+):\d+$/, ":$1").slice(0, 100));
}
end();
if (samples.length) {
  const t0 = samples[0].time;
  const t1 = samples[samples.length - 1].time;
  samples = samples.filter((s) => (!mainOnly || s.main) && s.time - t0 >= skip * (t1 - t0));
}
samples = samples.map((s) => s.frames);
const count = (pick) => {
  const c = new Map();
  for (const s of samples) for (const k of pick(s)) c.set(k, (c.get(k) ?? 0) + 1);
  return [...c].sort((a, b) => b[1] - a[1]).slice(0, top);
};
const show = (title, rows) => {
  console.log(`\n${title}`);
  for (const [k, n] of rows) console.log(`${((n / samples.length) * 100).toFixed(1).padStart(5)}%  ${k}`);
};
console.log(`${data}: ${samples.length} samples${mainOnly ? " of the main thread" : ""}${skip ? ` after the first ${skip * 100}% of the run` : ""}, ${files.length} file(s) × ${passes + 2} passes`);
if (under) show(`leaves under ${under}`, count((s) => (s.some((f) => f.startsWith(under)) ? [s[0]] : [])));
else {
  show("self", count((s) => [s[0]]));
  // Inclusive: the bundle's JavaScript functions only (node's and V8's frames hold nearly every sample).
  show("inclusive (JavaScript)", count((s) => new Set(s.filter((f) => /^[\w$]*:\d+$/.test(f)))));
}
