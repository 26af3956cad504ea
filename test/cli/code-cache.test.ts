// The CLI's bundle runs with V8's code cache in dist/.cache/ on every Node (src/code-cache.ts,
// `everyFunction`): a run after the first compiles none of the bundle's functions, the top level or
// any other. Node 22+'s own compile cache, which the CLI used there before round 33, holds the top
// level only (Node makes its data when it compiles the module), so every run on Node 24 parsed and
// compiled again each function it called (~700 on an R page). V8's function events tell which.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { node24 } from "../action/runner.js";

const ROOT = join(import.meta.dirname, "..", "..");
const CLI = join(ROOT, "bin", "disclint.js");
const BUNDLE = join(ROOT, "dist", "cli.cjs");
const PAGE = join(ROOT, "examples", "harbor-lantern-20f-fy2025.r-page.txt");
const CACHE = join(ROOT, "dist", ".cache");
const cacheFiles = () => (existsSync(CACHE) ? readdirSync(CACHE) : []);
const before = new Set(cacheFiles());
const scratch = mkdtempSync(join(tmpdir(), "disclint-code-cache-"));
// The runs' caches are named by their command lines, which name the scratch folder: removed with it.
afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
  for (const f of cacheFiles()) if (!before.has(f)) rmSync(join(CACHE, f), { force: true });
});

/**
 * One run of the built CLI on the page under `node` with V8's function events logged: its report, stderr
 * and the events of the bundle's script. The log's name is the same for every run: the cache's name
 * carries Node's command line.
 */
function run(node: string) {
  const log = join(scratch, "v8.log");
  const r = spawnSync(node, ["--log-function-events", `--logfile=${log}`, "--no-logfile-per-isolate", CLI, "-f", "json", PAGE], {
    encoding: "utf8",
    env: { ...process.env, NODE_COMPILE_CACHE: join(scratch, "node-compile-cache") },
  });
  const lines = readFileSync(log, "utf8").split("\n");
  rmSync(log, { force: true });
  const ids = new Set(lines.filter((l) => l.startsWith("script-details,") && l.split(",")[2] === BUNDLE).map((l) => l.split(",")[1]));
  const events = lines.filter((l) => l.startsWith("function,") && ids.has(l.split(",")[2])).map((l) => l.split(",")[1]);
  return { stdout: r.stdout, stderr: r.stderr, status: r.status, events };
}

const nodes: Array<[string, string | undefined]> = [
  ["the local Node", process.execPath],
  ["Node 24", node24()],
];

describe.each(nodes)("the CLI's code cache on %s", (_label, node) => {
  it.skipIf(!node)("holds every function a run on an R page compiles: the next run parses none of the bundle", () => {
    const first = run(node!);
    const second = run(node!);
    const local = spawnSync(process.execPath, [CLI, "-f", "json", PAGE], { encoding: "utf8" });
    for (const r of [first, second]) {
      expect(r.stderr).toBe("");
      expect(r.status).toBe(local.status);
      expect(r.stdout).toBe(local.stdout);
    }
    expect(JSON.parse(second.stdout)[0].messages.length).toBeGreaterThan(0);
    // The second run takes the bundle from the cache and runs hundreds of its functions without parsing one.
    expect(second.events).toContain("deserialize");
    expect(second.events.filter((e) => e.startsWith("first-execution")).length).toBeGreaterThan(300);
    expect(second.events.filter((e) => /parse/.test(e))).toEqual([]);
  });
});

// A batch's lint workers (src/engine/worker-start.ts, dist/worker.cjs) take the same cache (round 34):
// on Node 24 each worker parsed ~575 of its bundle's functions again on every run before.
const WORKER_BUNDLE = join(ROOT, "dist", "worker.cjs");
const PAGES = join(scratch, "pages");
mkdirSync(PAGES);
const sample = readFileSync(PAGE, "utf8");
// A batch: enough pages for a worker (run.ts MIN_JOBS_FOR_WORKERS), each a little different.
for (let i = 0; i < 24; i++) writeFileSync(join(PAGES, `r-${String(i).padStart(2, "0")}.txt`), sample.replace(/2025/, String(2000 + i)));

/** One batch run of the built CLI under `node`, each isolate logging V8's function events to its own file: the worker's events of its bundle. */
function batch(node: string) {
  const logs = join(scratch, "logs");
  rmSync(logs, { recursive: true, force: true });
  mkdirSync(logs);
  // The log's path (one per test run) names the worker's cache too (its V8 flags): the first run writes it.
  const r = spawnSync(node, ["--log-function-events", `--logfile=${join(logs, "v8.log")}`, CLI, "--no-config", "-f", "json", PAGES], {
    encoding: "utf8",
    env: { ...process.env, NODE_COMPILE_CACHE: join(scratch, "node-compile-cache") },
  });
  const workers: string[][] = [];
  for (const f of readdirSync(logs)) {
    const lines = readFileSync(join(logs, f), "utf8").split("\n");
    const ids = new Set(lines.filter((l) => l.startsWith("script-details,") && l.split(",")[2] === WORKER_BUNDLE).map((l) => l.split(",")[1]));
    if (ids.size) workers.push(lines.filter((l) => l.startsWith("function,") && ids.has(l.split(",")[2])).map((l) => l.split(",")[1]));
  }
  return { stdout: r.stdout, stderr: r.stderr, status: r.status, workers };
}

describe.each(nodes)("a batch worker's code cache on %s", (_label, node) => {
  it.skipIf(!node || availableParallelism() < 2)("holds every function the worker's pages compile: the next batch's worker parses none of its bundle", () => {
    const first = batch(node!);
    const second = batch(node!);
    const local = spawnSync(process.execPath, [CLI, "--no-config", "-f", "json", "--timeout", "0", PAGES], { encoding: "utf8" });
    for (const r of [first, second]) {
      expect(r.stderr).toBe("");
      expect(r.status).toBe(local.status);
      expect(r.stdout).toBe(local.stdout);
      expect(r.workers).toHaveLength(1);
    }
    const events = second.workers[0];
    expect(events).toContain("deserialize");
    expect(events.filter((e) => e.startsWith("first-execution")).length).toBeGreaterThan(300);
    expect(events.filter((e) => /parse/.test(e))).toEqual([]);
  });
});
