// Round 50 (speed50-regex): how many regular expressions the CLI's lone run on the bench's R page executes (V8 compiles
// each distinct source and flags once, on its first exec: round 48 counted ~218 compiles, ~123 M of the cold start's
// instructions). Counted by bench/regex-count.cjs, a preload that wraps RegExp.prototype.exec, in a child process.
// 655fc10c ran 220 (150 of which never match); since round 50 a lexicon tests the strings every match of a pattern needs
// (PreparedLexicon.needs, any length) in the text before it first compiles the pattern's regex: 199. The bound leaves
// room for the round's three accuracy branches' patterns (+3 each); it fails at 655fc10c.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ROOT, SAMPLE } from "../helpers.js";

const dir = mkdtempSync(join(tmpdir(), "disclint-regex-count-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Counted {
  regexes: Array<{ source: string; flags: string; runs: number; matches: number }>;
}

describe.skipIf(!existsSync(SAMPLE) || !existsSync(join(ROOT, "dist", "cli.cjs")))("the regexes of a lone R page's run", () => {
  it("executes fewer than 210 distinct regexes (220 at 655fc10c, 199 at speed50-regex's head)", () => {
    const out = join(dir, "count.json");
    const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: process.env.HOME, REGEX_COUNT_OUT: out };
    const r = spawnSync(process.execPath, ["-r", join(ROOT, "bench", "regex-count.cjs"), join(ROOT, "bin", "disclint.js"), "--timeout", "3600000", SAMPLE], { encoding: "utf8", env, cwd: dir });
    expect(r.stdout).toContain("4 problems");
    const counted = JSON.parse(readFileSync(out, "utf8")) as Counted;
    const runs = counted.regexes.reduce((n, e) => n + e.runs, 0);
    // The wrapper sees the run: thousands of execs (the line splitter alone runs ~9,000 times).
    expect(runs).toBeGreaterThan(10_000);
    expect(counted.regexes.length, "distinct regexes executed: see docs/performance.md, round 50 speed50-regex").toBeLessThan(210);
    // The placeholder patterns that need a "[" (none on the page) are not run.
    expect(counted.regexes.filter((e) => e.matches === 0 && e.source.startsWith(String.raw`\[`)).map((e) => e.source)).toEqual([]);
  });
});
