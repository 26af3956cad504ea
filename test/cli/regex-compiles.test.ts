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
import { leadingVetoes, vetoed } from "../../src/text/required-strings.js";
import { ROOT, SAMPLE } from "../helpers.js";

const dir = mkdtempSync(join(tmpdir(), "disclint-regex-count-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Counted {
  regexes: Array<{ source: string; flags: string; runs: number; matches: number; texts?: number[] }>;
  texts?: string[];
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

  // Round 51 (speed51-cold): a pattern whose leading negative look-ahead finds one of its plain words in a text is not
  // compiled for it (PreparedLexicon.vetoes). 9bf6e7e6 ran 198 regexes, 10 of them such patterns over texts their vetoes
  // rule out (7,686 source characters); speed51-cold's head 188. The bound leaves room for the round's accuracy branches.
  it("compiles no pattern over texts its leading look-ahead's words rule out, and fewer than 198 regexes (fails at 9bf6e7e6)", () => {
    const out = join(dir, "count-texts.json");
    const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: process.env.HOME, REGEX_COUNT_OUT: out, REGEX_COUNT_TEXTS: "1" };
    const r = spawnSync(process.execPath, ["-r", join(ROOT, "bench", "regex-count.cjs"), join(ROOT, "bin", "disclint.js"), "--timeout", "3600000", SAMPLE], { encoding: "utf8", env, cwd: dir });
    expect(r.stdout).toContain("4 problems");
    const counted = JSON.parse(readFileSync(out, "utf8")) as Counted;
    const texts = counted.texts!;
    // Each regex's texts: [text id, matched] pairs.
    const ranOver = (e: Counted["regexes"][number]) => (e.texts ?? []).filter((_, k) => k % 2 === 0).map((id) => texts[id]);
    const vetoable = counted.regexes.filter((e) => leadingVetoes(e.source, e.flags).length > 0);
    // The page's texts do reach such patterns (those that none of their words rule out run as before).
    expect(vetoable.length).toBeGreaterThan(3);
    const ruledOut = vetoable.filter((e) => ranOver(e).every((t) => leadingVetoes(e.source, e.flags).some((v) => vetoed(v, t))));
    expect(ruledOut.map((e) => e.source.slice(0, 60))).toEqual([]);
    expect(counted.regexes.length, "distinct regexes executed: see docs/performance.md, round 51 speed51-cold").toBeLessThan(198);
  });
});
