// The CLI's bundle runs with V8's code cache in dist/.cache/ on every Node (src/code-cache.ts,
// `everyFunction`): a run after the first compiles none of the bundle's functions, the top level or
// any other. Node 22+'s own compile cache, which the CLI used there before round 33, holds the top
// level only (Node makes its data when it compiles the module), so every run on Node 24 parsed and
// compiled again each function it called (~700 on an R page). V8's function events tell which.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
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
