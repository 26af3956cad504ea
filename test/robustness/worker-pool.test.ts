// --timeout: a file is linted in a worker with a time budget; on overrun the worker is terminated,
// the file gets a fatal result, and the next file is linted by a fresh worker.
import { mkdirSync, realpathSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { Disclint } from "../../src/api.js";
import { LintWorkerPool, lintInWorker } from "../../src/engine/worker-pool.js";
import { checkPolynomialSafety, checkRegexSafety } from "../../src/text/safe-regex.js";
import { EXAMPLE_HTM, ROOT, rPage, tmpDir } from "./helpers.js";

// One loop, so the load-time checks (exponential and polynomial) let it through; but the search
// retries it at every start, each time running to the end of the digits: on a run of a million
// it would take hours (n²/2 steps). Only the time budget stops it.
const SLOW = "\\d+x";

function slowRulesDir(root: string): string {
  const dir = join(root, "slow-rules");
  mkdirSync(join(dir, "lexicons"), { recursive: true });
  // Same name as the built-in lexicon: it replaces it, so draft-placeholder runs it.
  writeFileSync(join(dir, "lexicons", "placeholders.json"), JSON.stringify({ description: "slow on purpose", patterns: [SLOW], caseSensitive: true }));
  return dir;
}

describe("worker pool", () => {
  const dir = tmpDir("worker");
  const good = join(dir, "good.txt");
  writeFileSync(good, rPage("Our Board oversees cybersecurity risk through the [TBD] Committee."));
  const slow = join(dir, "slow.txt");
  writeFileSync(slow, rPage(`Reference ${"7".repeat(1_000_000)} follows.`));
  const pools: LintWorkerPool[] = [];
  afterAll(() => pools.forEach((p) => p.close()));

  it("the slow pattern is one the load-time check accepts", () => {
    expect(checkRegexSafety(SLOW, "u").safe).toBe(true);
    expect(checkPolynomialSafety(SLOW, "u").safe).toBe(true);
  });

  it("lints in a worker exactly as in the main thread", async () => {
    const opts = { cwd: dir, config: false as const };
    const inThread = (await new Disclint(opts).lint([good])).results;
    const inWorker = await lintInWorker([good], opts, 20_000);
    expect(inWorker).toEqual(inThread);
    expect(inWorker[0].findings.map((f) => f.ruleId)).toContain("draft-placeholder");
    const ixbrl = await lintInWorker([EXAMPLE_HTM], opts, 20_000);
    expect(ixbrl).toEqual((await new Disclint(opts).lint([EXAMPLE_HTM])).results);
  });

  it("a file over budget is a fatal result; the next file gets a fresh worker", async () => {
    const pool = new LintWorkerPool({ cwd: dir, config: false, rulesDirs: [slowRulesDir(dir)] }, { timeoutMs: 1500 });
    pools.push(pool);
    const t = performance.now();
    const stuck = await pool.lint([slow]);
    const took = performance.now() - t;
    expect(stuck).toEqual([{ file: slow, findings: [], fatal: { file: slow, message: "timed out after 1500 ms" } }]);
    expect(took).toBeLessThan(15_000);
    const [after] = await pool.lint([good]);
    expect(after.fatal).toBeUndefined();
    expect(after.findings.length).toBeGreaterThan(0);
  });

  it("several files at once: results in order, one timeout does not disturb the others", async () => {
    const pool = new LintWorkerPool({ cwd: dir, config: false, rulesDirs: [slowRulesDir(dir)] }, { timeoutMs: 1500, size: 2 });
    pools.push(pool);
    const results = await pool.lintAll([[good], [slow], [good], [join(dir, "missing.txt")]]);
    expect(results.map((r) => r.file)).toEqual([good, slow, good, join(dir, "missing.txt")]);
    expect(results[1].fatal?.message).toBe("timed out after 1500 ms");
    expect(results[0].findings).toEqual(results[2].findings);
    expect(results[0].fatal).toBeUndefined();
    expect(results[3].fatal?.message).toMatch(/no such file/);
  });

  it("a worker that runs out of memory costs its file a fatal result, not the run", async () => {
    const big = join(dir, "big.txt");
    writeFileSync(big, rPage("Our Board oversees cybersecurity risk. ".repeat(400_000)));
    const pool = new LintWorkerPool({ cwd: dir, config: false }, { timeoutMs: 20_000, resourceLimits: { maxOldGenerationSizeMb: 48 } });
    pools.push(pool);
    const [r] = await pool.lint([big]);
    expect(r.fatal?.message).toMatch(/worker linting this file stopped \(out of memory|timed out/);
    const [after] = await pool.lint([good]);
    expect(after.fatal?.message ?? "").not.toMatch(/stopped|timed out/);
  });

  it("refuses a non-positive budget", () => {
    expect(() => new LintWorkerPool({}, { timeoutMs: 0 })).toThrow(RangeError);
  });
});

describe("worker pool from a bundle (as dist/cli.js runs it)", () => {
  it("finds lint-worker.js beside the bundle", async () => {
    const { build } = await import("esbuild");
    const out = join(ROOT, "node_modules", ".cache", "disclint", `bundle-test-${process.pid}`);
    const common = {
      bundle: true,
      platform: "node" as const,
      format: "esm" as const,
      target: "node20",
      logLevel: "error" as const,
      banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
    };
    await build({ ...common, entryPoints: [join(ROOT, "src", "engine", "lint-worker.ts")], outfile: join(out, "lint-worker.js") });
    await build({ ...common, entryPoints: [join(ROOT, "src", "engine", "worker-pool.ts")], outfile: join(out, "pool.js") });
    try {
      const mod = (await import(pathToFileURL(join(out, "pool.js")).href)) as typeof import("../../src/engine/worker-pool.js");
      expect(realpathSync(fileURLToPath(await mod.workerScript()))).toBe(realpathSync(join(out, "lint-worker.js")));
      const dir = tmpDir("bundle");
      const f = join(dir, "p.txt");
      writeFileSync(f, rPage("Our Board oversees cybersecurity risk through the [TBD] Committee."));
      const [r] = await mod.lintInWorker([f], { cwd: dir, config: false }, 20_000);
      expect(r.fatal).toBeUndefined();
      expect(r.findings.map((x) => x.ruleId)).toContain("draft-placeholder");
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});

describe("warm-up", () => {
  it("a warmed pool starts one worker per slot and lints with it", async () => {
    const dir = tmpDir("warm");
    const f = join(dir, "p.txt");
    writeFileSync(f, rPage("Our Board oversees cybersecurity risk through the [TBD] Committee."));
    const pool = new LintWorkerPool({ cwd: dir, config: false }, { timeoutMs: 20_000 });
    try {
      pool.warm();
      const [r] = await pool.lint([f]); // arrives while the warm-up is still loading
      expect(r.findings.map((x) => x.ruleId)).toContain("draft-placeholder");
    } finally {
      pool.close();
    }
  });
});
