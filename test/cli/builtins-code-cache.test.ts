// Node's built-in modules come with a code cache made at Node's build, which V8 checks against a hash
// of its flags: once the CLI's start has set its V8 flags (src/cli/start.ts), a built-in required for
// the first time is compiled from source and its code cache made again (the first lint worker of a
// batch compiles its whole bootstrap so: docs/performance.md, round 46). A lone input's run needs no
// built-in after the flags: the run.ts's node:os is loaded only for a batch, and Node 22.1+'s compile
// cache's node:os is required before the flags. Node's own counter of its built-ins' compiles
// (`internalBinding('builtins').getCacheUsage()`, --expose-internals) tells which were compiled from
// source. Round 46: at base, `os` was (Node 20 and 24).
// Round 47: a batch's first lint worker (the early worker, started by the CLI's start for a batch on
// several cores) booted Node from source, every one of its ~90 built-ins: it started after the flags.
// It starts before them now, and the flags wait for its boot; at base, none of its boot's built-ins
// was compiled with the cache (Node 20 and 24).
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { node24 } from "../action/runner.js";

const ROOT = join(import.meta.dirname, "..", "..");
const CLI = join(ROOT, "bin", "disclint.js");
const PAGE = join(ROOT, "examples", "harbor-lantern-20f-fy2025.r-page.txt");
const scratch = mkdtempSync(join(tmpdir(), "disclint-builtins-cache-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

// Loaded with -r before the CLI: at exit it writes Node's counts (it writes with fs.writeSync and loads nothing else).
const PRELOAD = join(scratch, "usage.cjs");
writeFileSync(
  PRELOAD,
  `const { internalBinding } = require("internal/test/binding");
const builtins = internalBinding("builtins");
process.on("exit", () => {
  const u = builtins.getCacheUsage();
  require("fs").writeFileSync(process.env.USAGE_OUT, JSON.stringify({ withCache: [...u.compiledWithCache], withoutCache: [...u.compiledWithoutCache] }));
});
`,
);

// The same preload, in a worker thread (-r runs in each): it writes at once what the worker's boot compiled (a worker
// does not run its exit handlers when the process ends), to USAGE_OUT and the thread's id.
const WORKER_PRELOAD = join(scratch, "worker-usage.cjs");
writeFileSync(
  WORKER_PRELOAD,
  `const { internalBinding } = require("internal/test/binding");
const { isMainThread, threadId } = require("worker_threads");
if (!isMainThread) {
  const u = internalBinding("builtins").getCacheUsage();
  require("fs").writeFileSync(process.env.USAGE_OUT + "." + threadId, JSON.stringify({ withCache: [...u.compiledWithCache], withoutCache: [...u.compiledWithoutCache] }));
}
`,
);
// A batch for workers at first sight: 16 files (MIN_JOBS_FOR_WORKERS), the default time budget.
const BATCH = join(scratch, "batch");
mkdirSync(BATCH);
for (let i = 0; i < 16; i++) copyFileSync(PAGE, join(BATCH, `page-${String(i).padStart(2, "0")}.txt`));
// Round 50: the same 16 files one folder down, a batch the start does not see (it counts a folder's entries, not walked):
// its pool's worker is started by the bundle, after V8's flags.
const NESTED = join(scratch, "nested");
mkdirSync(join(NESTED, "pages"), { recursive: true });
for (let i = 0; i < 16; i++) copyFileSync(PAGE, join(NESTED, "pages", `page-${String(i).padStart(2, "0")}.txt`));
// A lone R page whose config adds to a lexicon: linted in a worker (run.ts needsWorker), also started after the flags,
// and under a lone page's own flags (lone-input.ts loneRunFlags: booleans as well as numbers set back for its boot).
const CONFIGURED = join(scratch, "configured");
mkdirSync(CONFIGURED);
copyFileSync(PAGE, join(CONFIGURED, "page.txt"));
writeFileSync(join(CONFIGURED, ".disclintrc.json"), '{ "lexicons": { "placeholders": { "add": ["NTD"] } } }');

/** One run of `node` with the preload: its exit status, stdout, and the built-ins compiled with and without Node's code cache. */
function run(node: string, args: string[]) {
  const out = join(scratch, "usage.json");
  rmSync(out, { force: true });
  const r = spawnSync(node, ["--no-warnings", "--expose-internals", "-r", PRELOAD, ...args], { encoding: "utf8", env: { ...process.env, USAGE_OUT: out } });
  const usage = JSON.parse(readFileSync(out, "utf8")) as { withCache: string[]; withoutCache: string[] };
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, ...usage };
}

const nodes: Array<[string, string | undefined]> = [
  ["the local Node", process.execPath],
  ["Node 24", node24()],
];

describe.each(nodes)("Node's built-ins' code cache on %s", (_label, node) => {
  it.skipIf(!node)("is rejected for a built-in first required after V8's flags are set (what the run below must avoid)", () => {
    const r = run(node!, ["-e", 'require("node:v8").setFlagsFromString("--regexp-tier-up-ticks=0"); require("node:zlib")']);
    expect(r.status).toBe(0);
    expect(r.withoutCache).toContain("zlib");
    expect(run(node!, ["-e", 'require("node:zlib")']).withoutCache).toEqual([]);
  });

  it.skipIf(!node)("is used for every built-in a lone R page's run loads (none compiled from source)", () => {
    for (const format of [[], ["-f", "json"]]) {
      run(node!, [CLI, ...format, PAGE]); // the bundle's own code cache written (a first run)
      const r = run(node!, [CLI, ...format, PAGE]);
      const plain = spawnSync(process.execPath, [CLI, ...format, PAGE], { encoding: "utf8" });
      expect(r.stderr).toBe("");
      expect(r.status).toBe(plain.status);
      expect(r.stdout).toBe(plain.stdout);
      expect(r.stdout).toMatch(format.length ? /"ruleId": "management-position-named"/ : /4 problems/);
      expect(r.withCache).toContain("vm"); // the start's own, before the flags
      expect(r.withoutCache).toEqual([]);
    }
  });

  // Two cores or more: a batch starts its first worker only where there is another core.
  it.skipIf(!node || availableParallelism() < 2)("is used for every built-in a batch's first lint worker boots with (the worker starts before V8's flags)", () => {
    const out = join(scratch, "worker-usage.json");
    const plain = spawnSync(process.execPath, [CLI, BATCH], { encoding: "utf8" });
    expect(plain.stdout).toMatch(/64 problems/);
    for (let round = 0; round < 2; round++) {
      rmSync(`${out}.1`, { force: true });
      const r = spawnSync(node!, ["--no-warnings", "--expose-internals", "-r", WORKER_PRELOAD, CLI, BATCH], { encoding: "utf8", env: { ...process.env, USAGE_OUT: out } });
      expect(r.stderr).toBe("");
      expect(r.status).toBe(plain.status);
      expect(r.stdout).toBe(plain.stdout);
      expect(existsSync(`${out}.1`)).toBe(true); // the first worker (thread 1) ran
      const usage = JSON.parse(readFileSync(`${out}.1`, "utf8")) as { withCache: string[]; withoutCache: string[] };
      expect(usage.withCache).toContain("internal/main/worker_thread");
      expect(usage.withoutCache).toEqual([]);
    }
  });

  // Round 50: a pool's later worker (engine/early-worker.ts laterWorker) boots with V8's flags set back to their defaults,
  // and the run's thread requires node:worker_threads then too. At base both compiled from source: the worker its whole
  // boot (93 built-ins on Node 20, 102 on 24), the run's thread worker_threads and the stream modules it loads.
  it.skipIf(!node)("is used for every built-in a pool's later worker boots with, and for worker_threads in the run's thread", () => {
    const out = join(scratch, "later-usage.json");
    const cases: Array<[string, string[], string | undefined, RegExp]> = [
      ["a batch seen only once its files are found", [CLI, NESTED], undefined, /64 problems/],
      ["a lone page linted in a worker", [CLI, "page.txt"], CONFIGURED, /4 problems/],
    ];
    for (const [, args, cwd, problems] of cases) {
      const plain = spawnSync(process.execPath, args, { encoding: "utf8", cwd });
      expect(plain.stdout).toMatch(problems);
      for (let round = 0; round < 2; round++) {
        rmSync(`${out}.1`, { force: true });
        rmSync(out, { force: true });
        const r = spawnSync(node!, ["--no-warnings", "--expose-internals", "-r", PRELOAD, "-r", WORKER_PRELOAD, ...args], { encoding: "utf8", cwd, env: { ...process.env, USAGE_OUT: out } });
        expect(r.stderr).toBe("");
        expect(r.status).toBe(plain.status);
        expect(r.stdout).toBe(plain.stdout);
        expect(existsSync(`${out}.1`)).toBe(true); // the worker (thread 1) ran
        const usage = JSON.parse(readFileSync(`${out}.1`, "utf8")) as { withCache: string[]; withoutCache: string[] };
        expect(usage.withCache).toContain("internal/main/worker_thread");
        expect(usage.withoutCache).toEqual([]);
        const main = JSON.parse(readFileSync(out, "utf8")) as { withCache: string[]; withoutCache: string[] };
        expect(main.withCache).toContain("worker_threads");
        expect(main.withoutCache.filter((name) => /worker|stream/.test(name))).toEqual([]);
      }
    }
  });
});
