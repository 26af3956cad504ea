// Where a batch's CPU goes, by thread: the CLI lints N generated R pages (bench/run.mjs's batch:
// the sample page with its period and a sentence varied) on one core (`taskset -c 0`) and on all,
// and /proc/<pid>/task/*/stat is read every 20 ms, so each thread's CPU (user + system) is known
// to its last reading. Threads are named by /proc's comm: the CLI's thread, its lint workers
// (Node names them), V8's platform threads ("V8 DefaultWorke": the optimising compiler, concurrent
// marking and sweeping) and libuv's pool.
//   node bench/threads.mjs [--pages N] [--runs R] [--cores 1,2]
// Linux only. DISCLINT_SHARED names ../shared where the checkout is elsewhere (a worktree).
import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { benchPage } from "./stats.mjs";

const argv = process.argv.slice(2);
const value = (name, dflt) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : dflt);
const pageCount = Number(value("--pages", 2000));
const runs = Number(value("--runs", 1));
const coreSets = value("--cores", "1,2").split(",").map(Number);
const here = resolve(new URL("..", import.meta.url).pathname);
const shared = process.env.DISCLINT_SHARED ?? join(here, "..", "shared");
const dir = mkdtempSync(join(tmpdir(), "disclint-threads-"));
const pages = join(dir, "pages");
mkdirSync(pages);
const sample = readFileSync(join(shared, "examples", "r-page-20f-fy2024.txt"), "utf8");
for (let i = 0; i < pageCount; i++) {
  const page = benchPage(sample, i);
  writeFileSync(join(pages, `r-${String(i).padStart(5, "0")}.txt`), page);
}
const TICK = 10; // ms per clock tick (USER_HZ 100)

/** Each live thread of `pid`: tid → { comm, cpu ms }. */
function threadsOf(pid) {
  const out = new Map();
  let tids = [];
  try {
    tids = readdirSync(`/proc/${pid}/task`);
  } catch {
    return out;
  }
  for (const tid of tids) {
    try {
      const stat = readFileSync(`/proc/${pid}/task/${tid}/stat`, "utf8");
      const close = stat.lastIndexOf(")");
      const comm = stat.slice(stat.indexOf("(") + 1, close);
      const f = stat.slice(close + 2).split(" ");
      // schedstat: ns on a CPU, ns runnable but waiting for one (the load's share), timeslices.
      const [run, wait] = readFileSync(`/proc/${pid}/task/${tid}/schedstat`, "utf8").split(" ").map(Number);
      out.set(tid, { comm, cpu: (Number(f[11]) + Number(f[12])) * TICK, run: run / 1e6, wait: wait / 1e6 });
    } catch {
      // gone since the listing
    }
  }
  return out;
}

function run(cores) {
  return new Promise((done) => {
    const cmd = [join(here, "bin", "disclint.js"), "--no-config", "-f", "json", pages];
    const child = cores === 1 ? spawn("taskset", ["-c", "0", process.execPath, ...cmd], { stdio: ["ignore", "ignore", "inherit"] }) : spawn(process.execPath, cmd, { stdio: ["ignore", "ignore", "inherit"] });
    const started = performance.now();
    const seen = new Map();
    // taskset execs node in place: the same pid.
    const poll = setInterval(() => {
      const now = performance.now() - started;
      for (const [tid, t] of threadsOf(child.pid)) {
        const was = seen.get(tid);
        const first = was?.first ?? now;
        // Its CPU one and two seconds after it was first seen: a lint thread's warm-up.
        // Stretches of 100 ms or more in which it was mostly asleep (not on a CPU, not waiting for one).
        const stretches = was?.stretches ?? [];
        if (was) {
          const idle = now - was.last - (t.run - was.run) - (t.wait - was.wait);
          const open = stretches.at(-1);
          if (idle > (now - was.last) / 2) {
            if (open && open.to === was.last) open.to = now;
            else stretches.push({ from: was.last, to: now });
          }
        }
        seen.set(tid, { ...t, stretches, first, last: now, at1: was?.at1 ?? (now - first >= 1000 ? t.cpu : undefined), at2: was?.at2 ?? (now - first >= 2000 ? t.cpu : undefined) });
      }
    }, 20);
    child.on("exit", (code) => {
      clearInterval(poll);
      done({ code, wall: performance.now() - started, seen, pid: child.pid });
    });
  });
}

// Node 20 names every thread "node": they are told apart by when they start. The threads that
// start with the process (tids pid+1 … pid+5 on Linux: Node's own, then V8's platform pool of four,
// which runs the optimising compiler and concurrent marking and sweeping); of the later ones, the
// lint workers are those that run the lint (seconds of CPU), the rest libuv's pool.
for (let r = 0; r < runs; r++) {
  for (const cores of coreSets) {
    const { code, wall, seen, pid } = await run(cores);
    let total = 0;
    for (const t of seen.values()) total += t.cpu;
    console.log(`${pageCount} pages on ${cores} core(s): exit ${code}, wall ${(wall / 1000).toFixed(2)} s, CPU ${(total / 1000).toFixed(2)} s (${(total / pageCount).toFixed(2)} ms a page)`);
    const rows = [...seen].sort((a, b) => Number(a[0]) - Number(b[0]));
    const platform = rows.filter(([tid]) => Number(tid) > pid && Number(tid) <= pid + 5).reduce((n, [, t]) => n + t.cpu, 0);
    console.log(`  started with the process (pid+1 … pid+5: V8's platform pool, Node's own): ${(platform / 1000).toFixed(2)} s`);
    const secs = (ms) => (ms === undefined ? "-" : (ms / 1000).toFixed(2));
    // A thread's life is run + wait (runnable, no CPU free: the neighbours' load) + idle (asleep: nothing to do, or waiting for a message).
    for (const [tid, t] of rows) {
      if (t.cpu <= 0) continue;
      console.log(`  tid pid+${Number(tid) - pid}: ${secs(t.cpu)} s CPU (${secs(t.at1)} s in its first second, ${secs(t.at2)} in two), seen ${secs(t.first)}-${secs(t.last)} s; on a CPU ${secs(t.run)} s, waiting for one ${secs(t.wait)} s, idle ${secs(t.last - t.first - t.run - t.wait)} s`);
      const long = t.stretches.filter((x) => x.to - x.from >= 100);
      if (t.cpu >= 1000 && long.length) console.log(`    mostly idle: ${long.map((x) => `${secs(x.from)}-${secs(x.to)}`).join(", ")} s`);
    }
  }
}
rmSync(dir, { recursive: true, force: true });
