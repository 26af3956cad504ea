// npm run bench: every speed goal of disclint in one run, each as a ratio to a floor measured in
// the same run (the machine is shared: runs are paired and interleaved, figures are medians, and a
// noise column gives the interquartile range over the median).
//
//   1. cold start of the built CLI on one R page (and --version alone, and without its code cache)
//      vs a bare `node -e 0` (and both without NODE_EXTRA_CA_CERTS where it is set);
//   2. each real filing of ../shared/corpus/real, and all together, in-process, vs the floor (read
//      + UTF-8 decode + a scan of every '<' and newline of the same bytes);
//   3. 2,000 generated R pages in-process (fixed cost per document, both condition engines), and
//      through the CLI on one core (taskset -c 0) and on all cores;
//   4. peak RSS of the CLI on each real filing, with the default time budget, vs its size.
//
//   node bench/run.mjs [--runs N] [--quick] [--only cold,inprocess,filings,batch,rss] [--no-instructions]
//
// Where valgrind is installed, the cold start is also counted in instructions (callgrind), which a
// neighbour's load does not change; --no-instructions skips that (~1 minute).
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { build } from "esbuild";
import { buildAll, options, ROOT } from "../scripts/build.mjs";
import { benchPage, fmt, median, spread, verdict } from "./stats.mjs";

const argv = process.argv.slice(2);
const quick = argv.includes("--quick");
const runs = Number(argv[argv.indexOf("--runs") + 1]) || (quick ? 3 : 7);
const only = argv.includes("--only") ? new Set(argv[argv.indexOf("--only") + 1].split(",")) : undefined;
const section = (name) => !only || only.has(name);
const SHARED = process.env.DISCLINT_SHARED ?? join(ROOT, "..", "shared"); // ../shared beside the checkout, or DISCLINT_SHARED (a worktree)
const SAMPLE = join(SHARED, "examples", "r-page-20f-fy2024.txt");
const BIN = join(ROOT, "bin", "disclint.js");
const PAGES = quick ? 500 : 2000;
const tmp = mkdtempSync(join(tmpdir(), "disclint-bench-"));

// The CLI as users get it (dist/cli.js and its worker), and the in-process half, with the same options.
await buildAll({ action: false });
const inProcess = join(tmp, "lint-bench.mjs");
await build({
  ...options("cli", inProcess),
  entryPoints: [join(ROOT, "bench", "lint-bench.ts")],
  // The bundle lives in a temp dir: tell it where the package (rules/, schemas/) is.
  define: { "process.env.DISCLINT_ROOT": JSON.stringify(ROOT) },
});

/** CPU time (user + sys, ms) of this process's waited-for children, where /proc tells it (Linux). */
function childrenCpuMs() {
  try {
    const stat = readFileSync("/proc/self/stat", "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return ((Number(fields[13]) + Number(fields[14])) * 1000) / 100; // cutime + cstime, in clock ticks (USER_HZ 100)
  } catch {
    return NaN;
  }
}

/** CPU time of the last child timed() ran, in ms (NaN off Linux). */
let lastCpuMs = NaN;

/** Wall time of a child process in ms (its CPU time in lastCpuMs). */
function timed(cmd, args, opts = {}) {
  const cpu = childrenCpuMs();
  const t = process.hrtime.bigint();
  const r = spawnSync(cmd, args, { stdio: "ignore", ...opts });
  if (r.error) throw r.error;
  const wall = Number(process.hrtime.bigint() - t) / 1e6;
  lastCpuMs = childrenCpuMs() - cpu;
  return wall;
}

/** Each command ([cmd, args, env?]) once per round, rounds interleaved: { name: [ms…] } of wall time, and `cpu` the same of CPU time. */
function interleaved(commands, rounds, cpu = {}) {
  const times = Object.fromEntries(Object.keys(commands).map((k) => [k, []]));
  for (const k of Object.keys(commands)) cpu[k] = [];
  for (let i = 0; i < rounds; i++) {
    for (const [k, [cmd, args, env]] of Object.entries(commands)) {
      times[k].push(timed(cmd, args, env ? { env } : {}));
      cpu[k].push(lastCpuMs);
    }
  }
  return times;
}

console.log(`disclint bench — Node ${process.version}, ${availableParallelism()} cores, load average ${(await import("node:os")).loadavg().map((x) => x.toFixed(1)).join(" ")}${quick ? " (quick)" : ""}`);

// --- 1. cold start ---------------------------------------------------------------------------------
if (section("cold")) {
  const rounds = Math.max(runs * 2, 9);
  const node = process.execPath;
  // The CLI keeps V8's code of its bundle on disk (src/cli/start.ts): the first run after the build
  // writes it (a warm-up), the rounds read it. The run without it is what a read-only install pays.
  timed(node, [BIN, SAMPLE]);
  const noCache = { ...process.env, NODE_DISABLE_COMPILE_CACHE: "1" };
  // Node reads NODE_EXTRA_CA_CERTS at start-up, before any script: where it is set, it is part of
  // the floor (~35 ms of CPU on this machine) and the ratios are lower than on a machine without it.
  const certs = process.env.NODE_EXTRA_CA_CERTS ? Object.fromEntries(Object.entries(process.env).filter(([k]) => k !== "NODE_EXTRA_CA_CERTS")) : undefined;
  const cpu = {};
  const t = interleaved(
    {
      "node -e 0": [node, ["-e", "0"]],
      "disclint --version": [node, [BIN, "--version"]],
      "disclint <R page>": [node, [BIN, SAMPLE]],
      "disclint --timeout 0 <R page>": [node, [BIN, "--timeout", "0", SAMPLE]],
      "disclint <R page>, no code cache": [node, [BIN, SAMPLE], noCache],
      ...(certs ? { "node -e 0, no NODE_EXTRA_CA_CERTS": [node, ["-e", "0"], certs], "disclint <R page>, the same": [node, [BIN, SAMPLE], certs] } : {}),
    },
    rounds,
    cpu,
  );
  const bare = median(t["node -e 0"]);
  console.log(`\n## Cold start of the built CLI vs a bare node; medians of ${rounds} interleaved runs (CPU: user + sys, 10 ms ticks)`);
  console.log(`${"command".padEnd(34)} ${"ms".padStart(8)} ${"ratio".padStart(7)}  ${"noise".padStart(6)}  ${"CPU ms".padStart(7)} ${"ratio".padStart(6)}`);
  for (const [k, xs] of Object.entries(t)) {
    // The last pair is its own floor and ratio.
    const floorKey = k === "disclint <R page>, the same" ? "node -e 0, no NODE_EXTRA_CA_CERTS" : "node -e 0";
    const ratio = median(xs) / median(t[floorKey]);
    const goal = k === "disclint <R page>" ? `  ${verdict(ratio <= 2.5)} (goal ≤ 2.5×, wall)` : "";
    const cpuRatio = median(cpu[k]) / median(cpu[floorKey]);
    console.log(`${k.padEnd(34)} ${fmt(median(xs))} ${fmt(ratio, 2, 6)}×  ${fmt(spread(xs) * 100, 0, 5)}%  ${fmt(median(cpu[k]), 0, 7)} ${fmt(cpuRatio, 2, 5)}×${goal}`);
  }
  if (!argv.includes("--no-instructions")) {
    // The same pair by instructions: a fixed seed; the CLI's second run (valgrind's CPU makes V8 reject a
    // code cache written outside it, so the first run under it writes one). The time budget made long:
    // under valgrind on a loaded machine the default 60 s ends the run early (round 45).
    const bareM = instructions(["-e", "0"]);
    const cliArgs = [BIN, "--timeout", "3600000", SAMPLE];
    instructions(cliArgs);
    const cliM = bareM === undefined ? undefined : instructions(cliArgs);
    if (cliM === undefined) console.log("(no instruction counts: valgrind is not installed or failed)");
    else console.log(`by instructions (valgrind --tool=callgrind): node -e 0 ${fmt(bareM, 1, 0)} M, disclint <R page> ${fmt(cliM, 1, 0)} M: ${fmt(cliM / bareM, 2, 0)}×  ${verdict(cliM / bareM <= 2.5)} (goal ≤ 2.5×)`);
    if (cliM !== undefined && certs) {
      // The same pair without the certificates: the floor a machine without NODE_EXTRA_CA_CERTS has (GitHub's runners).
      const bareBare = instructions(["-e", "0"], certs);
      const cliBare = instructions(cliArgs, certs);
      if (bareBare !== undefined && cliBare !== undefined) console.log(`by instructions, no NODE_EXTRA_CA_CERTS: node -e 0 ${fmt(bareBare, 1, 0)} M, disclint <R page> ${fmt(cliBare, 1, 0)} M: ${fmt(cliBare / bareBare, 2, 0)}×  ${verdict(cliBare / bareBare <= 2.5)} (goal ≤ 2.5×)`);
    }
  }
}

/**
 * Millions of instructions of `node --random-seed=1 <args>` under callgrind (in `env`); undefined without valgrind.
 * No --single-threaded or --hash-seed: V8 hashes its flags into the check of Node's built-in code cache, so with
 * them every built-in compiled from source and both counts were skewed (round 46, speed46-cold).
 */
function instructions(args, env = process.env) {
  const out = join(tmp, "callgrind.out");
  const r = spawnSync("valgrind", ["--tool=callgrind", `--callgrind-out-file=${out}`, process.execPath, "--random-seed=1", ...args], { stdio: "ignore", env });
  if (r.error || (r.status !== 0 && r.status !== 1)) return undefined;
  const total = /^totals:\s*(\d+)/m.exec(readFileSync(out, "utf8"));
  return total ? Number(total[1]) / 1e6 : undefined;
}

// --- generated R pages ----------------------------------------------------------------------------
const pagesDir = join(tmp, "r-pages");
{
  const text = readFileSync(SAMPLE, "utf8");
  spawnSync("mkdir", ["-p", pagesDir]);
  for (let i = 0; i < PAGES; i++) {
    // The sample with its period and a sentence varied per page.
    const page = benchPage(text, i);
    writeFileSync(join(pagesDir, `r-${String(i).padStart(5, "0")}.txt`), page);
  }
}

// --- 2. real filings in-process, and R pages in-process -------------------------------------------
// --only filings: the real filings alone (the R pages' in-process half left out: a shorter run for pairs).
if (section("inprocess") || (only && only.has("filings"))) {
  const pages = section("inprocess") ? readdirSync(pagesDir).map((f) => join(pagesDir, f)) : [];
  const r = spawnSync(process.execPath, [inProcess, JSON.stringify({ pages, runs })], { stdio: "inherit" });
  if (r.status !== 0) console.log(`(in-process bench exited ${r.status})`);
}

// --- 3. R pages through the CLI: one core vs all ----------------------------------------------------
if (section("batch")) {
  const rounds = quick ? 1 : 3;
  const cli = [BIN, pagesDir, "-f", "json", "-o", join(tmp, "report.json")];
  const hasTaskset = existsSync("/usr/bin/taskset");
  const cpu = {};
  const t = interleaved(
    {
      "one core (taskset -c 0)": hasTaskset ? ["/usr/bin/taskset", ["-c", "0", process.execPath, ...cli]] : [process.execPath, cli],
      [`all ${availableParallelism()} cores`]: [process.execPath, cli],
    },
    rounds,
    cpu,
  );
  const [one, all] = Object.values(t).map(median);
  console.log(`\n## ${PAGES.toLocaleString("en-US")} R pages through the CLI (default options); medians of ${rounds} interleaved runs${hasTaskset ? "" : " (no taskset: both on all cores)"}`);
  for (const [k, xs] of Object.entries(t)) console.log(`${k.padEnd(34)} ${fmt(median(xs) / 1000, 2)} s ${fmt(median(xs) / PAGES, 2, 7)} ms/page  noise ${fmt(spread(xs) * 100, 0, 3)}%  CPU ${fmt(median(cpu[k]) / 1000, 2)} s`);
  console.log(`all cores: ${(all / PAGES).toFixed(2)} ms/page ${verdict(all / PAGES <= 1)} (goal ≤ 1 ms); speed-up over one core ${(one / all).toFixed(2)}× ${verdict(one / all >= 1.7)} (goal ≥ 1.7×)`);
  // On a shared machine the wall-time ratio is what the neighbours leave; this is the ratio if both cores were free.
  const [oneCpu, allCpu] = Object.values(cpu).map(median);
  if (oneCpu > 0 && allCpu > 0) console.log(`CPU: all cores ${((allCpu / oneCpu - 1) * 100).toFixed(0)}% more than one core; one core's CPU over all cores' spread over ${availableParallelism()}: ${(oneCpu / (allCpu / availableParallelism())).toFixed(2)}×`);
}

// --- 4. peak RSS per real filing -------------------------------------------------------------------
if (section("rss")) {
  const rssHook = "data:text/javascript,process.on('exit',()=>process.stderr.write('\\nMAXRSS_KB '+process.resourceUsage().maxRSS+'\\n'))";
  const corpus = [join(SHARED, "corpus", "real", "edgartools"), join(SHARED, "corpus", "real", "go-edgar")];
  const filings = corpus.flatMap((d) => readdirSync(d).filter((f) => /\.(html?|xml)$/.test(f)).sort().map((f) => join(d, f)));
  const rounds = quick ? 1 : 3;
  console.log(`\n## Peak RSS of the CLI per real filing (default time budget); medians of ${rounds}`);
  console.log(`${"filing".padEnd(34)} ${"MB".padStart(6)} ${"RSS MB".padStart(7)} ${"limit".padStart(7)}  goal ≤ 3 × input + 80 MB`);
  let over = 0;
  for (const f of filings) {
    const rss = [];
    for (let i = 0; i < rounds; i++) {
      const r = spawnSync(process.execPath, ["--import", rssHook, BIN, f, "-f", "json", "-o", join(tmp, "one.json")], { encoding: "utf8" });
      rss.push(Number(/MAXRSS_KB (\d+)/.exec(r.stderr)?.[1] ?? NaN) / 1024);
    }
    const mb = statSync(f).size / 1024 / 1024;
    const limit = 3 * mb + 80;
    if (median(rss) > limit) over++;
    console.log(`${f.split("/").pop().padEnd(34)} ${fmt(mb, 2, 6)} ${fmt(median(rss), 0, 7)} ${fmt(limit, 0, 7)}  ${verdict(median(rss) <= limit)}`);
  }
  console.log(`${over} of ${filings.length} above the limit`);
}

rmSync(tmp, { recursive: true, force: true });
