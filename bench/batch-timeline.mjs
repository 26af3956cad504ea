// Where a batch's lint threads wait: the CLI lints N generated R pages (bench/run.mjs's batch) on
// one core (`taskset -c 0`) and on all, with a preloaded module (node --require; Node loads it in
// the lint workers too) that writes a timestamped line per event and thread — nothing in the
// shipped code. Events: the thread's start, each page file opened (a job's start), the pool's
// messages (chunks posted, results back), the report written, the run's end, and every garbage
// collection (PerformanceObserver). Each line carries the thread's own CPU time and run-queue wait
// (/proc/thread-self/schedstat), so a gap in a thread is split into CPU, waiting for a CPU (the
// neighbours' load) and idle (nothing to do).
//   node bench/batch-timeline.mjs [--pages N | --folder DIR] [--runs R] [--cores 1,2] [--root DIR] [--node-flags "..."] [--keep]
// --folder: lint the files of DIR (a mixed batch, round 40) instead of N generated pages.
// --root: another built checkout to time (default this one); --node-flags: options for node (V8's
// flags too) before the CLI's (the CLI's code cache is kept per set of them: time a second run). Linux only. DISCLINT_SHARED names
// ../shared where the checkout is elsewhere (a worktree).
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { benchPage } from "./stats.mjs";

const argv = process.argv.slice(2);
const value = (name, dflt) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : dflt);
const pageCount = Number(value("--pages", 500));
const runs = Number(value("--runs", 1));
const coreSets = value("--cores", "1,2").split(",").map(Number);
const here = resolve(new URL("..", import.meta.url).pathname);
const root = resolve(value("--root", here));
const nodeFlags = value("--node-flags", "").split(" ").filter(Boolean);
const shared = process.env.DISCLINT_SHARED ?? join(here, "..", "shared");
const dir = mkdtempSync(join(tmpdir(), "disclint-timeline-"));
const folder = value("--folder", undefined);
const pages = folder ? resolve(folder) : join(dir, "pages");
if (!folder) {
  mkdirSync(pages);
  const sample = readFileSync(join(shared, "examples", "r-page-20f-fy2024.txt"), "utf8");
  for (let i = 0; i < pageCount; i++) writeFileSync(join(pages, `r-${String(i).padStart(5, "0")}.txt`), benchPage(sample, i));
}

// The preloaded module: one JSON line per event, appended with the original fs functions.
const preload = join(dir, "timeline.cjs");
writeFileSync(
  preload,
  `"use strict";
const fs = require("node:fs");
const wt = require("node:worker_threads");
const { PerformanceObserver, performance } = require("node:perf_hooks");
const { openSync, writeSync, writeFileSync, readFileSync } = fs;
const out = openSync(process.env.TIMELINE_OUT, "a");
const pages = process.env.TIMELINE_PAGES;
const th = wt.isMainThread ? "main" : "w" + wt.threadId;
function ev(kind, extra) {
  const [run, wait] = readFileSync("/proc/thread-self/schedstat", "utf8").split(" ").map(Number);
  writeSync(out, JSON.stringify({ th, kind, t: performance.timeOrigin + performance.now(), run: run / 1e6, wait: wait / 1e6, ...extra }) + "\\n");
}
ev("start");
fs.openSync = function (p, ...rest) {
  if (typeof p === "string" && p.startsWith(pages)) ev("read", { file: p.slice(pages.length + 1) });
  return openSync.call(this, p, ...rest);
};
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) ev("gc", { ms: e.duration, gcKind: e.detail?.kind });
}).observe({ entryTypes: ["gc"] });
if (wt.isMainThread) {
  // The report's writes (not the code cache's; Node's writeFileSync calls fs.writeSync: counted once).
  let inFile = false;
  fs.writeSync = function (fd, data, ...rest) {
    if (fd !== out && !inFile) ev("write", { bytes: typeof data === "string" ? data.length : data.byteLength });
    return writeSync.call(this, fd, data, ...rest);
  };
  fs.writeFileSync = function (f, data, ...rest) {
    if (typeof f === "string" && !f.includes(".cache")) ev("write", { bytes: data?.length });
    inFile = true;
    try {
      return writeFileSync.call(this, f, data, ...rest);
    } finally {
      inFile = false;
    }
  };
  const post = wt.Worker.prototype.postMessage;
  wt.Worker.prototype.postMessage = function (m, ...rest) {
    ev("post", { jobs: m?.jobs?.length, to: "w" + this.threadId });
    return post.call(this, m, ...rest);
  };
  const emit = wt.Worker.prototype.emit;
  wt.Worker.prototype.emit = function (name, m, ...rest) {
    if (name === "message") ev("message", { type: m?.type, results: m?.results?.length, from: "w" + this.threadId });
    return emit.call(this, name, m, ...rest);
  };
  process.on("exit", () => {
    const u = process.cpuUsage();
    ev("exit", { processCpu: (u.user + u.system) / 1000 });
  });
} else {
  const port = wt.parentPort;
  const post = port.postMessage;
  port.postMessage = function (m, ...rest) {
    ev("posted", { type: m?.type, results: m?.results?.length });
    return post.call(this, m, ...rest);
  };
  const on = port.on;
  port.on = function (name, fn) {
    if (name !== "message") return on.call(this, name, fn);
    return on.call(this, name, function (m) {
      ev("got", { jobs: m?.jobs?.length });
      return fn.apply(this, arguments);
    });
  };
}
`,
);

const ms = (x) => (x / 1000).toFixed(2);
/** One run's figures, from its timeline. */
function report(events, cores) {
  const t0 = events.find((e) => e.th === "main" && e.kind === "start").t;
  const end = events.find((e) => e.kind === "exit")?.t ?? Math.max(...events.map((e) => e.t));
  const threads = [...new Set(events.map((e) => e.th))];
  const pageThreads = [];
  const exit = events.find((e) => e.kind === "exit");
  console.log(`  run: ${ms(end - t0)} s wall from the main thread's start to its exit; the process's CPU ${ms(exit?.processCpu ?? NaN)} s (every thread: V8's compiler and collector helpers too)`);
  for (const th of threads) {
    const mine = events.filter((e) => e.th === th);
    const reads = mine.filter((e) => e.kind === "read");
    const first = mine[0];
    const last = mine.at(-1);
    const gc = mine.filter((e) => e.kind === "gc");
    const gcMs = gc.reduce((n, e) => n + e.ms, 0);
    // perf_hooks' kinds: 1 a scavenge, 4 a mark-compact, 8 incremental marking, 16 weak callbacks.
    const byKind = [1, 4, 8, 16]
      .map((k) => [k, gc.filter((e) => e.gcKind === k)])
      .filter(([, es]) => es.length)
      .map(([k, es]) => `${{ 1: "scavenge", 4: "mark-compact", 8: "incremental", 16: "weak" }[k]} ${es.length}× ${ms(es.reduce((n, e) => n + e.ms, 0))} s`);
    const line = [`  ${th.padEnd(5)} start +${ms(first.t - t0)} s, last event +${ms(last.t - t0)} s; CPU ${ms(last.run - first.run)} s, run-queue ${ms(last.wait - first.wait)} s; ${reads.length} pages; GC ${gc.length}× ${ms(gcMs)} s (${byKind.join(", ")})`];
    if (reads.length) {
      const r0 = reads[0];
      const rN = reads.at(-1);
      // Before the first page: start-up (code, rules) and, on the main thread, discovery and configs.
      line.push(`    before its first page: ${ms(r0.t - first.t)} s wall, ${ms(r0.run - first.run)} s CPU, idle ${ms(r0.t - first.t - (r0.run - first.run) - (r0.wait - first.wait))} s`);
      // Its pages: wall, CPU, idle (asleep: a worker waiting for a chunk, the main thread for results).
      line.push(`    first page to last page's start: ${ms(rN.t - r0.t)} s wall, ${ms(rN.run - r0.run)} s CPU, idle ${ms(rN.t - r0.t - (rN.run - r0.run) - (rN.wait - r0.wait))} s`);
      line.push(`    last page's start to its last event: ${ms(last.t - rN.t)} s wall, ${ms(last.run - rN.run)} s CPU, idle ${ms(last.t - rN.t - (last.run - rN.run) - (last.wait - rN.wait))} s`);
      // CPU per page by position in the thread (a page's CPU: to the next page's start), warm-up first.
      const cpu = reads.slice(1).map((e, i) => e.run - reads[i].run);
      const band = (a, b) => {
        const xs = cpu.slice(a, b);
        return xs.length ? (xs.reduce((n, x) => n + x, 0) / xs.length).toFixed(2) : "-";
      };
      line.push(`    CPU ms a page by position: 1-10 ${band(0, 10)}, 11-50 ${band(10, 50)}, 51-100 ${band(50, 100)}, 101-200 ${band(100, 200)}, 201-400 ${band(200, 400)}, 401- ${band(400, Infinity)}`);
      pageThreads.push({ th, r0, rN, last });
    }
    // Stretches of 5 ms or more between two events of this thread in which it was mostly asleep.
    const gaps = [];
    for (let i = 1; i < mine.length; i++) {
      const [a, b] = [mine[i - 1], mine[i]];
      const idle = b.t - a.t - (b.run - a.run) - (b.wait - a.wait);
      if (idle >= 5) gaps.push(`${ms(a.t - t0)}+${idle.toFixed(0)}ms(${a.kind}>${b.kind})`);
    }
    if (gaps.length) line.push(`    idle ≥ 5 ms: ${gaps.join(" ")}`);
    const posts = mine.filter((e) => e.kind === "post" || e.kind === "got");
    if (posts.length) line.push(`    chunks: ${posts.map((e) => e.jobs).join(" ")}`);
    const writes = mine.filter((e) => e.kind === "write");
    if (writes.length) line.push(`    report written at +${ms(writes[0].t - t0)} s (${writes.reduce((n, e) => n + (e.bytes ?? 0), 0)} bytes)`);
    console.log(line.join("\n"));
  }
  if (pageThreads.length > 1) {
    // The tail: from the first lint thread's last result to the last one's.
    const lastPage = Math.max(...pageThreads.map((p) => p.rN.t));
    const msgs = events.filter((e) => e.kind === "message" && e.type === "results");
    const lastResult = msgs.length ? msgs.at(-1).t : lastPage;
    const mainLast = pageThreads.find((p) => p.th === "main");
    console.log(`  last result from a worker +${ms(lastResult - t0)} s; the main thread's last page started +${ms(mainLast ? mainLast.rN.t - t0 : NaN)} s; exit +${ms(end - t0)} s`);
  }
  console.log(`  (${cores} core${cores > 1 ? "s" : ""})`);
}

for (let r = 0; r < runs; r++) {
  for (const cores of coreSets) {
    const file = join(dir, `timeline-${r}-${cores}.jsonl`);
    const cmd = [...nodeFlags, "--require", preload, join(root, "bin", "disclint.js"), "--no-config", "-f", "json", "-o", join(dir, "report.json"), pages];
    const [exe, args] = cores === 1 ? ["taskset", ["-c", "0", process.execPath, ...cmd]] : [process.execPath, cmd];
    const started = performance.now();
    const res = spawnSync(exe, args, { env: { ...process.env, TIMELINE_OUT: file, TIMELINE_PAGES: pages }, stdio: ["ignore", "ignore", "inherit"] });
    const wall = performance.now() - started;
    const load = readFileSync("/proc/loadavg", "utf8").split(" ").slice(0, 3).join(" ");
    console.log(`${folder ? folder : pageCount + " pages"} on ${cores} core(s), ${root}: exit ${res.status}, wall ${ms(wall)} s (${(wall / pageCount).toFixed(2)} ms a page), load ${load}`);
    report(
      readFileSync(file, "utf8")
        .split("\n")
        .filter(Boolean)
        .map((l) => JSON.parse(l))
        .sort((a, b) => a.t - b.t),
      cores,
    );
  }
}
if (argv.includes("--keep")) console.log(`kept ${dir}`);
else rmSync(dir, { recursive: true, force: true });
