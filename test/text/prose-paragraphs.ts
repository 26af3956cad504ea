// The prose of the examples and fixtures cut into paragraphs, for the text tests that compare two
// ways of reading the same texts (near-walk-differential, near-scratch, lexicon-test-first-match).
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { FIXTURES, ROOT, SAMPLE } from "../helpers.js";

/** The files under `dir` (recursively, sorted) whose names match `ext`. */
export function filesUnder(dir: string, ext: RegExp): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((f) => {
      const path = join(dir, f);
      return statSync(path).isDirectory() ? filesUnder(path, ext) : ext.test(f) ? [path] : [];
    });
}

/** Every `every`-th distinct paragraph of 40 to 4,000 characters (markup dropped) of the sample R page, the examples and the fixtures. */
export function proseParagraphs(every: number): string[] {
  return [
    ...new Set(
      [SAMPLE, ...filesUnder(join(ROOT, "examples"), /\.(txt|md|htm|html)$/), ...filesUnder(FIXTURES, /\.(txt|md|htm|html)$/)]
        .map((f) => readFileSync(f, "utf8").replace(/<[^>]*>/g, " ").replace(/&[#\w]+;/g, " "))
        .flatMap((t) => t.split(/\n\s*\n|\r?\n/))
        .map((p) => p.trim())
        .filter((p) => p.length >= 40 && p.length <= 4000),
    ),
  ].filter((_, k) => k % every === 0);
}
