// dist/action.js is committed (a runner has no node_modules): it must be what scripts/build.mjs
// builds from src/ now, and action.yml must describe what the code reads.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { builtinModules } from "node:module";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { build, type BuildOptions } from "esbuild";
import { describe, expect, it } from "vitest";
import { INPUT_DEFAULTS } from "../../src/action/inputs.js";
import { ROOT } from "../helpers.js";
import { BUNDLE, readActionYml } from "./runner.js";

const STALE = "dist/action.js is stale: run `npm run build` and commit dist/action.js";

/** scripts/build.mjs, whose options are the ones `npm run build` uses. */
async function buildScript(): Promise<{ options: (name: string, outfile?: string) => BuildOptions }> {
  return import(pathToFileURL(join(ROOT, "scripts", "build.mjs")).href);
}

/** The bundle built now from src/ with scripts/build.mjs's own options, into a temp file. */
async function freshBundle(): Promise<Buffer> {
  const { options } = await buildScript();
  const outfile = join(mkdtempSync(join(tmpdir(), "disclint-bundle-")), "action.js");
  await build(options("action", outfile));
  return readFileSync(outfile);
}

function git(args: string[]): { ok: boolean; stdout: Buffer } {
  const r = spawnSync("git", args, { cwd: ROOT, maxBuffer: 64 * 1024 * 1024 });
  return { ok: r.status === 0, stdout: r.stdout ?? Buffer.alloc(0) };
}

/** Whatever the bundle is built from, as git sees it: unchanged since the last commit? */
function sourcesCommitted(): boolean {
  const status = git(["status", "--porcelain", "--untracked-files=all", "--", "src", "scripts/build.mjs", "package.json", "package-lock.json"]);
  return status.ok && status.stdout.length === 0;
}

describe("dist/action.js", () => {
  it("is byte for byte what scripts/build.mjs builds from src/ now", async () => {
    const fresh = await freshBundle();
    const onDisk = readFileSync(BUNDLE);
    expect(onDisk.equals(fresh), STALE).toBe(true);
  });

  // Opt-in (DISCLINT_CHECK_DIST=1, e.g. in CI or before tagging a release): once on, every commit
  // that changes src/ or the lockfile must bring the rebuilt dist/action.js with it.
  it("as committed, is what the committed sources build (DISCLINT_CHECK_DIST=1)", async ({ skip }) => {
    if (process.env.DISCLINT_CHECK_DIST !== "1") skip("set DISCLINT_CHECK_DIST=1 to compare with the committed bundle");
    if (!git(["rev-parse", "--is-inside-work-tree"]).ok) skip("not a git checkout");
    expect(sourcesCommitted(), "src/, scripts/build.mjs or the lockfile have uncommitted changes").toBe(true);
    const committed = git(["show", "HEAD:dist/action.js"]);
    expect(committed.ok, "dist/action.js is not committed").toBe(true);
    expect(committed.stdout.equals(await freshBundle()), STALE).toBe(true);
  });

  it("is committed, while dist/cli.js stays ignored", () => {
    const ignored = (path: string) => spawnSync("git", ["check-ignore", "-q", path], { cwd: ROOT }).status === 0;
    expect(ignored("dist/action.js")).toBe(false);
    expect(ignored("dist/cli.js")).toBe(true);
  });

  it("is one self-contained ESM file: everything it imports at run time is a Node built-in", async () => {
    const { options } = await buildScript();
    const outfile = join(mkdtempSync(join(tmpdir(), "disclint-bundle-")), "action.js");
    const { metafile } = await build({ ...options("action", outfile), metafile: true });
    const [output] = Object.values(metafile!.outputs);
    const external = output.imports.filter((i) => i.external).map((i) => i.path);
    expect(external.length).toBeGreaterThan(0);
    const builtin = new Set(builtinModules);
    expect([...new Set(external.filter((s) => !builtin.has(s.replace(/^node:/, ""))))]).toEqual([]);
    expect(Object.keys(metafile!.outputs)).toHaveLength(1); // no chunks
  });
});

describe("action.yml", () => {
  const yml = readActionYml();

  it("runs dist/action.js on node24", () => {
    expect(yml.runs).toEqual({ using: "node24", main: "dist/action.js" });
    expect(yml.name).toBe("disclint");
    expect(yml.description).toBeTruthy();
  });

  it("declares the inputs the code reads, with the same defaults (as strings, the way the runner passes them)", () => {
    expect(Object.fromEntries(Object.entries(yml.inputs).map(([k, v]) => [k, v.default]))).toEqual(INPUT_DEFAULTS);
    for (const input of Object.values(yml.inputs)) {
      expect(input.description).toBeTruthy();
      expect(input.required).toBe(false);
    }
  });

  it("declares the outputs the code sets", () => {
    const source = readFileSync(join(ROOT, "src", "action", "run.ts"), "utf8");
    const set = [...source.matchAll(/core\.setOutput\("([^"]+)"/g)].map((m) => m[1]);
    expect(Object.keys(yml.outputs).sort()).toEqual(set.sort());
    expect(Object.keys(yml.outputs).sort()).toEqual(["errors", "infos", "sarif-file", "warnings"]);
  });
});
