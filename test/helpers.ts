import { createHash, type Hash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { createLinter } from "../src/api.js";
import type { Linter, RuleSetting } from "../src/engine/linter.js";
import { PACKAGE_ROOT } from "../src/paths.js";
import { DocumentContext } from "../src/engine/document.js";
import { loadRuleSet } from "../src/engine/rule-loader.js";
import { disclosureFrom } from "../src/sources/load.js";
import { markdownBlocks, readProseBlocks } from "../src/sources/prose.js";

export const ROOT = PACKAGE_ROOT;
// ../shared beside the checkout; DISCLINT_SHARED where the checkout is elsewhere (a worktree).
export const SHARED = process.env.DISCLINT_SHARED ?? join(ROOT, "..", "shared");
export const SAMPLE = join(SHARED, "examples", "r-page-20f-fy2024.txt");
export const FIXTURES = join(ROOT, "test", "fixtures");

/** A small deterministic generator of numbers in [0, 1) (the same cases every run). */
export function seededRandom(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** The real filings of ../shared/corpus and the fixtures' markup (`more`: other fixture folders), sorted within each folder. */
export function markupFiles(more: string[] = [], names = /\.(html?|xhtml|xml)$/): string[] {
  const dirs = [join(SHARED, "corpus", "real", "edgartools"), join(SHARED, "corpus", "real", "go-edgar"), join(FIXTURES, "ixbrl"), ...more.map((d) => join(FIXTURES, d))];
  return dirs.flatMap((d) => (existsSync(d) ? readdirSync(d).filter((f) => names.test(f)).sort().map((f) => join(d, f)) : []));
}

/**
 * The byte-identity tests' digest of a corpus (rounds 41-42): one sha256 over every file, what `feed` adds from its text,
 * then its name and `nameEnd`.
 */
export function corpusDigest(files: string[], feed: (text: string, hash: Hash) => void, nameEnd: string): string {
  const hash = createHash("sha256");
  for (const f of files) {
    feed(readFileSync(f, "utf8"), hash);
    hash.update(`${f.slice(f.lastIndexOf("/") + 1)}${nameEnd}`);
  }
  return hash.digest("hex");
}

/** The byte-identity tests' digest of `count` random strings (`make`), each fed with a random cut [a, b) of it. */
export function randomCutsDigest(count: number, seed: number, make: (next: () => number) => string, feed: (s: string, a: number, b: number, hash: Hash) => void): string {
  const next = seededRandom(seed);
  const hash = createHash("sha256");
  for (let k = 0; k < count; k++) {
    const s = make(next);
    const a = Math.floor(next() * s.length);
    const b = a + Math.floor(next() * (s.length - a + 1));
    feed(s, a, b, hash);
  }
  return hash.digest("hex");
}

const only = new Map<string, Linter>();

/** A linter running one rule alone, as ESLint's RuleTester does. */
export function linterFor(ruleId: string): Linter {
  let l = only.get(ruleId);
  if (!l) {
    const settings = new Map<string, RuleSetting>();
    for (const r of createLinter().rules) if (r.id !== ruleId) settings.set(r.id, "off");
    l = createLinter({ ruleSettings: settings });
    only.set(ruleId, l);
  }
  return l;
}

/**
 * How much slower `work` gets when its input grows 4×: the best of five runs at size n/4 and at n, interleaved,
 * timed by this process's CPU time, not the wall clock — on a loaded 2-core machine a run can wait for a core for
 * longer than it computes, which a wall-time ratio read as growth (15-24× seen at load 17-20 where a quiet run gives
 * ~8). Linear work gives about 4 (less with fixed costs, more with garbage collection: the continuation reader
 * measured 8.2 on a quiet machine), quadratic about 16. A ratio, not a time limit: tests must pass on a busy machine.
 * Five runs, not three (round 46): in the clone's full suite at load ~4 the best of three still read 20.6 for the
 * back-reference walk (2-3 alone) and 9.6 for a quadratic regex (12+ alone); this process's own CPU time includes its
 * collector's threads, which a neighbour's memory pressure makes work harder in one run and not the next.
 * Round 47: the clone's full suite still read the back-reference walk at 15.8 (its tokenizer and walk, timed apart with
 * hrtime, grow 2.9x for 4x the words): the process's CPU time also counts V8's compiler and collector threads, busiest
 * in the first large runs. So each run counts the smaller of its CPU time and its wall time (the thread's own work is
 * at most either), after a full collection (the garbage earlier tests left is not the run's).
 */
export async function growthOver4x(work: (n: number) => unknown, n: number): Promise<number> {
  const small: number[] = [];
  const large: number[] = [];
  const cpuMs = (): number => {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1000;
  };
  for (let i = 0; i < 5; i++) {
    for (const [size, into] of [[Math.floor(n / 4), small], [n, large]] as const) {
      fullCollection();
      const t = cpuMs();
      const w = performance.now();
      await work(size);
      into.push(Math.min(cpuMs() - t, performance.now() - w));
    }
  }
  return Math.min(...large) / Math.max(Math.min(...small), 1);
}

let collect: (() => void) | undefined;

/** V8's full collection, exposed at run time (vitest's workers have no --expose-gc on their command line). */
function fullCollection(): void {
  if (!collect) {
    setFlagsFromString("--expose-gc");
    collect = runInNewContext("gc") as () => void;
  }
  collect();
}

let rules: ReturnType<typeof loadRuleSet> | undefined;

/** The elements the judge finds in one paragraph of an Item 1C draft (the built-in rule set, loaded once when first asked). */
export function paragraphElements(paragraph: string): string[] {
  return paragraphElementsUnder(undefined, paragraph);
}

/** The elements the engine finds in one paragraph of an Item 1C draft, under a sub-heading when one is given ("Risk Management and Strategy"). */
export function paragraphElementsUnder(heading: string | undefined, paragraph: string): string[] {
  rules ??= loadRuleSet();
  const md = `# Item 1C. Cybersecurity\n\n${heading === undefined ? "" : `## ${heading}\n\n`}${paragraph}\n`;
  const doc = { file: "draft.md", format: "markdown" as const, text: md, encoding: "utf-8" };
  const ctx = new DocumentContext(disclosureFrom([doc], readProseBlocks(doc, markdownBlocks(md))), rules.lexicons, rules.cues, rules.elements);
  return ctx.describeParagraphs()[0]?.elements ?? [];
}

/** A rule's fixtures, test/fixtures/rules/<id>/cases.json (test/rules/rule-fixtures.test.ts). */
export interface Cases {
  valid: (string | { file: string; form?: string })[];
  invalid: { file: string; form?: string; findings: { line: number; column: number; endLine: number; endColumn: number; severity: string }[] }[];
}

/** Every case of a rule's fixtures as [file, form]: valid ones, then invalid ones. */
export function caseFiles(cases: Cases): [string, string | undefined][] {
  return [...cases.valid.map((c): [string, string | undefined] => (typeof c === "string" ? [c, undefined] : [c.file, c.form])), ...cases.invalid.map((c): [string, string | undefined] => [c.file, c.form])];
}

/**
 * Real paragraphs for equivalence tests: the repository's paraphrase files (not the sealed batches), every `every`-th of
 * them, and the example R pages' paragraphs.
 */
export function paraphraseAndExampleParagraphs(every = 1): string[] {
  const dir = join(ROOT, "test", "accuracy", "paraphrases");
  const out: string[] = [];
  for (const f of readdirSync(dir).filter((f) => f.endsWith(".json") && !f.includes("sealed")).sort()) {
    const { paragraphs } = JSON.parse(readFileSync(join(dir, f), "utf8")) as { paragraphs?: { text?: string }[] };
    for (const p of paragraphs ?? []) if (p.text) out.push(p.text);
  }
  const some = out.filter((_, i) => i % every === 0);
  for (const f of readdirSync(join(ROOT, "examples")).filter((f) => f.endsWith(".r-page.txt")))
    some.push(...readFileSync(join(ROOT, "examples", f), "utf8").split(/\n\s*\n/).filter((p) => p.trim().length > 40));
  return some;
}
