// src/cli/start.ts tunes V8 for a run that lints one small file; loneInput finds it from the command
// line alone, and must say no to anything it does not know.
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { atFirstSight, batchAtFirstSight, isBatch, loneInput, loneRunFlags, PLAIN_FLAG_OPTIONS, PLAIN_VALUE_OPTIONS } from "../../src/cli/lone-input.js";
import { plainLintArgs } from "../../src/cli/main.js";

const dir = mkdtempSync(join(tmpdir(), "disclint-lone-"));
const page = join(dir, "page.txt");
const other = join(dir, "other.txt");
writeFileSync(page, "x".repeat(100));
writeFileSync(other, "y");
mkdirSync(join(dir, "folder"));

describe("loneInput", () => {
  it("is one regular file, with its size, with plain options around it", () => {
    for (const argv of [[page], ["-f", "json", page], [page, "-o", other], ["--format=sarif", "--quiet", page, "--timeout", "0"], ["--strict", page, "--output-file=x.json"]]) {
      expect(loneInput(argv), argv.join(" ")).toEqual({ file: page, bytes: 100 });
    }
  });

  it("is not several files, a folder, a missing file, a command, or any other option", () => {
    for (const argv of [[], [page, other], [join(dir, "folder")], [join(dir, "missing.txt")], ["--version"], ["--help"], ["rules"], ["--stdin"], ["--rule", "x:off", page], ["--quiet=true", page], ["-o", page]]) {
      expect(loneInput(argv), argv.join(" ")).toBeUndefined();
    }
  });

  it("knows the plain command line's options (main.ts) and nothing else", () => {
    for (const option of PLAIN_VALUE_OPTIONS) expect(plainLintArgs([option, option === "--timeout" ? "5" : "json", page])?.files, option).toEqual([page]);
    for (const option of PLAIN_FLAG_OPTIONS) expect(plainLintArgs([option, page])?.files, option).toEqual([page]);
  });
});

// start.ts starts a batch's first lint worker before the bundle loads when the command line alone shows
// one (MIN_JOBS_FOR_WORKERS inputs under a time budget); anything else waits for the run's own count.
describe("batchAtFirstSight", () => {
  const many = join(dir, "many");
  mkdirSync(many);
  for (let i = 0; i < 5; i++) writeFileSync(join(many, `p${i}.txt`), "z");

  it("counts the files named and each folder's entries, up to the number asked", () => {
    expect(batchAtFirstSight([page, other], 2)).toBe(true);
    expect(batchAtFirstSight([page, other], 3)).toBe(false);
    expect(batchAtFirstSight([many], 5)).toBe(true);
    expect(batchAtFirstSight([many], 6)).toBe(false);
    expect(batchAtFirstSight(["-f", "json", many, page, "--timeout", "5000", "-o", join(dir, "out.json")], 6)).toBe(true);
    // A missing file counts nothing; a glob is not expanded.
    expect(batchAtFirstSight([join(dir, "missing.txt"), page], 2)).toBe(false);
    expect(batchAtFirstSight([join(many, "*.txt")], 1)).toBe(false);
  });

  it("is no batch without a time budget, with a command or another option", () => {
    for (const argv of [[many, "--timeout", "0"], [many, "--timeout=0"], ["facts", many], [many, "rules"], ["--rule", "x:off", many], [many, "--no-config"], [many, "--stdin"], [many, ""]]) {
      expect(batchAtFirstSight(argv, 1), argv.join(" ")).toBe(false);
    }
  });
});

// Round 42: start.ts reads the command line once, for both a batch's V8 budget (BATCH_INPUTS inputs,
// with or without a time budget) and its early worker (MIN_JOBS_FOR_WORKERS under a time budget).
describe("atFirstSight", () => {
  const folder = join(dir, "sight");
  mkdirSync(folder);
  for (let i = 0; i < 7; i++) writeFileSync(join(folder, `p${i}.txt`), "z");

  it("counts the inputs up to the number asked, and says whether the run has a time budget", () => {
    expect(atFirstSight([folder, page], 100)).toEqual({ inputs: 8, timeBudget: true });
    // Counting stops once it has reached the number asked (a folder counts all its entries).
    expect(atFirstSight([page, folder, other], 3)).toEqual({ inputs: 8, timeBudget: true });
    expect(atFirstSight([page, other, folder], 2)).toEqual({ inputs: 2, timeBudget: true });
    expect(atFirstSight([folder, "--timeout", "0"], 100)).toEqual({ inputs: 7, timeBudget: false });
    expect(atFirstSight(["facts", folder], 100)).toBeUndefined();
  });

  it("is a batch for workers as batchAtFirstSight says", () => {
    for (const argv of [[folder], [folder, "--timeout", "0"], [page, other], ["--rule", "x:off", folder]]) {
      for (const jobs of [2, 7, 8]) expect(isBatch(atFirstSight(argv, jobs), jobs), `${argv.join(" ")} ${jobs}`).toBe(batchAtFirstSight(argv, jobs));
    }
    expect(isBatch(atFirstSight([folder], 7), 7)).toBe(true);
    expect(isBatch(atFirstSight([folder, "--timeout=0"], 7), 7)).toBe(false);
  });
});

describe("loneRunFlags", () => {
  it("tunes V8 for one small file only: Sparkplug's code compiled without waiting for a batch, no TurboFan up to 24 KB (round 45)", () => {
    const tuned = ["--semi-space-growth-factor=1", "--no-regexp-optimization", "--no-incremental-marking", "--no-baseline-batch-compilation"];
    // Up to 24 KB of anything (an R page) without TurboFan too; a filing up to 4 MB keeps it.
    expect(loneRunFlags(loneInput([page]))).toEqual([...tuned, "--no-turbofan"]);
    expect(loneRunFlags({ file: "draft.md", bytes: 24 * 1024 })).toEqual([...tuned, "--no-turbofan"]);
    expect(loneRunFlags({ file: "r.htm", bytes: 24 * 1024 })).toEqual([...tuned, "--no-turbofan"]);
    expect(loneRunFlags({ file: "r.htm", bytes: 24 * 1024 + 1 })).toEqual(tuned);
    expect(loneRunFlags({ file: "r.htm", bytes: 4 * 1024 * 1024 })).toEqual(tuned);
    // A bigger file of prose, a bigger filing, or no lone file: V8's defaults.
    expect(loneRunFlags({ file: "draft.md", bytes: 24 * 1024 + 1 })).toEqual([]);
    expect(loneRunFlags({ file: "r.htm", bytes: 4 * 1024 * 1024 + 1 })).toEqual([]);
    expect(loneRunFlags(loneInput([page, other]))).toEqual([]);
  });
});
