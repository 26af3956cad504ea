import { createHash, type Hash } from "node:crypto";
import { appendFileSync, existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { expect } from "vitest";
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

/** The growth checks' two sizes: n/16 and n (growthOver4x); callers that build their inputs ahead build them at these sizes. */
export const GROWTH_SPAN = 16;
export function growthSizes(n: number): [number, number] {
  return [Math.floor(n / GROWTH_SPAN), n];
}

/**
 * How much slower `work` gets when its input grows 4×, read over a 16× span (round 48): the best of five runs at size
 * n/16 and at n, interleaved, and the square root of their ratio (the growth per 4×, averaged over two quadruplings).
 * Linear work reads about 4 (less with fixed costs), quadratic about 16, cubic about 64. A ratio, not a time limit:
 * tests must pass on a busy machine.
 * Each run counts the smaller of this process's CPU time and its wall time, after a full collection: on a loaded 2-core
 * machine a run can wait for a core for longer than it computes (wall), and the process's CPU time also counts V8's
 * compiler and collector threads (rounds 46-47: 15-24× read for linear walks in the full suite, 2-3× alone).
 * Why 16×, not 4× (round 48, docs/performance.md "Round 48 - growth checks that cannot flake"): what inflates a large
 * run under load (its collections once its data reaches the old generation, a neighbour's memory pressure) multiplies
 * the ratio by a factor that does not grow with the span, and the square root halves that factor in a log scale: a
 * linear walk whose 4× ratio read 15.8 under load reads about 8, a quadratic still 16.
 * A reading above GREY (6, above what linear work reads on a quiet machine) is measured again, up to twice, and the
 * lowest reading counts: a passing linear reading ends the retries; quadratic work reads about 16 every time.
 * Both runs at n/16 and n cost about what n/4 and n did (1/16 of a large run instead of 1/4), so the retries are free
 * in the common case.
 */
export async function growthOver4x(work: (n: number) => unknown, n: number): Promise<number> {
  let best = Infinity;
  for (let attempt = 0; attempt < 3 && best > GREY; attempt++) best = Math.min(best, await growthReading(work, n));
  return best;
}

const GREY = 6;

async function growthReading(work: (n: number) => unknown, n: number): Promise<number> {
  const small: number[] = [];
  const large: number[] = [];
  const cpuMs = (): number => {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1000;
  };
  const [lo, hi] = growthSizes(n);
  for (let i = 0; i < 5; i++) {
    for (const [size, into] of [[lo, small], [hi, large]] as const) {
      fullCollection();
      const t = cpuMs();
      const w = performance.now();
      await work(size);
      into.push(Math.min(cpuMs() - t, performance.now() - w));
    }
  }
  const growth = Math.sqrt(Math.min(...large) / Math.max(Math.min(...small), FLOOR_MS));
  logGrowth(growth, small, large);
  return growth;
}

/** A run at n/16 shorter than this reads as this long (timer noise): a check that reads low on tiny runs cannot flake, and one that must read quadratic work needs its runs at n/16 above it. */
const FLOOR_MS = 0.1;

/** DISCLINT_GROWTH_LOG=<file>: each reading appended as one JSON line (test file, test name, reading, its runs' ms). */
function logGrowth(growth: number, small: number[], large: number[]): void {
  const log = process.env.DISCLINT_GROWTH_LOG;
  if (!log) return;
  const { testPath, currentTestName } = expect.getState();
  const file = testPath ? testPath.slice(testPath.indexOf("/test/") + 1) : "";
  appendFileSync(log, `${JSON.stringify({ file, test: currentTestName, growth: Number(growth.toFixed(2)), small: small.map((x) => Number(x.toFixed(2))), large: large.map((x) => Number(x.toFixed(2))) })}\n`);
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
