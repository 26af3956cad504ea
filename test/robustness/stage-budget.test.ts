// Round 43 (safe43): the time budget holds in the run's own thread whatever a pattern does. A lone file (or a small batch)
// with the built-in rules is linted in the run's thread; each synchronous stage of its job runs watched (src/run/watch.ts:
// node:vm's timeout, whose watchdog thread terminates the running JavaScript, a regular expression's backtracking too), so
// a stranger's file that makes some built-in pattern slow ends with the documented timeout error and exit code 2, not when
// the pattern is done. Before, the budget was checked only between stages (round 42: 70,000 spaces in a text draft ran the
// CLI past --timeout).
import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { Disclint } from "../../src/run/run.js";
import { StageCut, watch, wasCut } from "../../src/run/watch.js";
import { ROOT, tmpDir } from "./helpers.js";

/** A pattern that backtracks exponentially: 40 letters take hours. */
const CATASTROPHIC = () => /(a+)+b/.test(`${"a".repeat(40)}c`);

const example = (f: string) => readFileSync(join(ROOT, "examples", f), "utf8");

/** The northwind draft with `run` after its first "management program". */
function draftWith(run: string): string {
  const text = example("northwind-item1c-draft.txt");
  const i = text.indexOf("management program") + "management program".length;
  return `${text.slice(0, i)} ${run} ${text.slice(i)}`;
}

/** The built CLI (the bundle a user runs) in a child process. */
function disclint(args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [join(ROOT, "bin", "disclint.js"), ...args], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe("a lone hostile file through the CLI, in the run's own thread", () => {
  const dir = tmpDir("stage-budget");
  // ~6 MB of a draft's prose in one section: its lint is seconds of work in one stage (linear, but far over a 5 s budget;
  // ~22 s of CPU on a quiet machine since round 44 judged a long paragraph once a lint, where 3 MB had been ~80 s).
  const long = join(dir, "long.txt");
  writeFileSync(long, draftWith("Our Audit Committee reviews the cybersecurity program with the CISO each quarter and reports to the Board. ".repeat(56_000)));
  const findings = join(dir, "placeholder.txt");
  writeFileSync(findings, draftWith("Our [TBD] Committee oversees the program."));

  // The budget leaves a worker started from the sources (bundled on the fly, no code cache) time for its first file on a
  // loaded machine; the long file takes far longer (~22 s of CPU on a quiet machine, more on a loaded one).
  it("in process: the run's thread, once stopped, sends the rest of its jobs to a worker", async () => {
    expect(wasCut()).toBe(false);
    const run = await new Disclint({ cwd: dir, config: false, timeoutMs: 12_000, workers: 1 }).lint([long, findings]);
    const byFile = new Map(run.results.map((r) => [r.file, r]));
    expect(byFile.get(long)!.fatal?.message).toBe("timed out after 12000 ms");
    expect(byFile.get(findings)!.findings.length).toBeGreaterThan(0);
    expect(run.verdict.exitCode).toBe(2);
    expect(wasCut()).toBe(true);
  });

  it("ends with the documented timeout error and exit code 2", () => {
    const r = disclint([long, "--timeout", "5000", "--format", "json"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("");
    const [result] = JSON.parse(r.stdout);
    expect(result.messages).toEqual([expect.objectContaining({ fatal: true, message: "timed out after 5000 ms", severity: 2 })]);
    // The stylish report says it in one line.
    const stylish = disclint([long, "--timeout", "5000"]);
    expect(stylish.code).toBe(2);
    expect(stylish.stdout).toMatch(/ error {2}timed out after 5000 ms\n/);
  });

  it("the other files of a batch are still linted (in a worker, once this thread's stage was stopped)", () => {
    const r = disclint([long, findings, "--timeout", "5000", "--format", "json"]);
    expect(r.code).toBe(2);
    const byFile = new Map((JSON.parse(r.stdout) as Array<{ filePath: string; messages: Array<{ ruleId: string | null; message: string }> }>).map((x) => [x.filePath, x.messages]));
    expect(byFile.get(long)!.map((m) => m.message)).toEqual(["timed out after 5000 ms"]);
    // The other file's own findings, as when it is linted alone.
    const alone = JSON.parse(disclint([findings, "--format", "json"]).stdout)[0].messages;
    expect(alone.length).toBeGreaterThan(0);
    expect(byFile.get(findings)).toEqual(alone);
  });
});

describe("a watched stage", () => {
  it("returns the stage's value and throws what it throws, as the same object", () => {
    expect(watch(() => 42, 60_000)).toBe(42);
    const err = new RangeError("x");
    let caught: unknown;
    try {
      watch(() => {
        throw err;
      }, 60_000);
    } catch (e) {
      caught = e;
    }
    expect(caught).toBe(err);
  });

  it("is stopped mid-run once its time is spent, a regular expression's backtracking too", () => {
    // Failed before: there was no watch, and the pattern ran for hours.
    expect(() => watch(CATASTROPHIC, 200)).toThrow(StageCut);
    expect(wasCut()).toBe(true);
    // The thread goes on.
    expect(watch(() => "after", 60_000)).toBe("after");
  });
});
