// Round 40 (speed40-judge): the judge's hot functions are compiled by TurboFan once, not thrown away
// and compiled again in every batch isolate. At 8bb561ae, on a batch of R pages: judgeParagraph's
// first compile was dropped at the `.filter` on `out.map(...)`'s array, PatternSet.collect's four
// times at reads of `members.map(...)`'s and `regexes.map(...)`'s arrays (wrong map: an array `map`
// makes has another elements kind in optimised code than in the interpreter), and the near walk's
// `visit` once at a word's fourth character read past a short word's end (out of bounds).
// Round 41 (speed41-walk): tokenize, and baseForm (inlined into it and compiled on its own too),
// at 59b3503f were thrown away twice in every batch isolate: baseForm read a one-letter word's
// character before its start (out of bounds); wordKeys and markKeys once each, at the keys' second
// slab (zeroedInts, inlined: its `new` had no type feedback, the first slab being made before V8
// keeps any).
// Round 42 (speed42-page): mayInform and lead (clauses.ts; lead inlined into mayInform and compiled
// on its own too) at ef5d7c91 were thrown away in every batch isolate, "out of bounds": lead read a
// one- or two-letter word's second and third characters (NaN).
// Round 53 (speed53-warm): since round 52's merges judgeParagraph was thrown away once in some runs (4 of 20 at f625ac4c):
// lazily when a scavenge's pretenuring decided that the object literals making its answers and their lexicon reasons
// (kept as long as the document's facts) were to be allocated old, which its compiled code, installed before that
// scavenge, had inlined as young; and eagerly ("wrong map") at roleExcepted's read of the array SpanIndex.around made
// with `map`, whose map differed as whether around was compiled yet. The answers are made by constructors now (no
// allocation site) and around's array by one loop: 0 of 20 runs; the test is one process again, and any deopt fails.
// The built API (dist/api.js, as `npm test` builds it) lints 60 R pages three times in a child process under
// --trace-opt --trace-deopt.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { ROOT, SAMPLE } from "../helpers.js";

const API = join(ROOT, "dist", "api.js");
const HOT = ["judgeParagraph", "collect", "visit", "tokenize", "baseForm", "wordKeys", "markKeys", "mayInform"];
// Inlined where it is hot (once a fix made it larger, not compiled on its own in 180 pages): never deoptimised.
const INLINED = ["lead"];

describe.skipIf(!existsSync(API))("the judge's hot functions compiled once (dist/api.js)", () => {
  const dir = mkdtempSync(join(tmpdir(), "disclint-compiled-once-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("are optimised and never deoptimised while a batch of R pages is linted", () => {
    const sample = readFileSync(SAMPLE, "utf8");
    const files: string[] = [];
    for (let i = 0; i < 60; i++) {
      const file = join(dir, `r-${String(i).padStart(2, "0")}.txt`);
      // The pages differ as the bench's do (bench/stats.mjs benchPage).
      writeFileSync(file, sample.replace("Dec. 31, 2024", `Dec. 31, ${2000 + (i % 30)}`).replace("from time to time", i % 2 ? "quarterly" : "from time to time"));
      files.push(file);
    }
    const script = `const { createLinter, lintFiles } = await import(${JSON.stringify(pathToFileURL(API).href)});
const files = ${JSON.stringify(files.map((f) => [f]))};
const linter = createLinter();
for (let i = 0; i < 3; i++) await lintFiles(files, linter);`;
    const run = spawnSync(process.execPath, ["--trace-opt", "--trace-deopt", "--input-type=module", "-e", script], { encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });
    expect(run.status, run.stderr).toBe(0);
    const lines = run.stdout.split("\n");
    const optimised = (name: string) => lines.some((l) => l.startsWith("[completed optimizing") && l.includes(`<JSFunction ${name} `));
    const deoptimised = (name: string) => lines.filter((l) => l.startsWith("[bailout") && l.includes(`<JSFunction ${name} `)).map((l) => /reason: ([^)]*)\)/.exec(l)?.[1]);
    for (const name of HOT) {
      expect(optimised(name), `${name} optimised`).toBe(true);
      expect(deoptimised(name), `${name} deoptimised`).toEqual([]);
    }
    for (const name of INLINED) expect(deoptimised(name), `${name} deoptimised`).toEqual([]);
  });
});
