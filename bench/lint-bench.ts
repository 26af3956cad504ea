import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createLinter, lintFiles } from "../src/api.js";
import { PACKAGE_ROOT } from "../src/paths.js";

const SHARED = join(PACKAGE_ROOT, "..", "shared");
const decoder = new TextDecoder("utf-8");

/** The floor: read, decode, and visit every '<' and newline, as any reader must at least do. */
function floor(files: string[]): number {
  let seen = 0;
  for (const f of files) {
    const text = decoder.decode(readFileSync(f));
    for (let i = text.indexOf("<"); i !== -1; i = text.indexOf("<", i + 1)) seen++;
    for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) seen++;
  }
  return seen;
}

function time(fn: () => unknown): number {
  const t = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - t) / 1e6;
}

async function timeAsync(fn: () => Promise<unknown>): Promise<number> {
  const t = process.hrtime.bigint();
  await fn();
  return Number(process.hrtime.bigint() - t) / 1e6;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

const linter = createLinter();
const fmt = (n: number, d = 1) => n.toFixed(d).padStart(8);

async function measure(label: string, files: string[], runs: number): Promise<void> {
  const bytes = files.reduce((n, f) => n + readFileSync(f).length, 0);
  await lintFiles(files.map((f) => [f]), linter); // warm-up (JIT, caches)
  floor(files);
  const floors: number[] = [];
  const lints: number[] = [];
  let fatals = 0;
  for (let i = 0; i < runs; i++) {
    floors.push(time(() => floor(files)));
    lints.push(await timeAsync(async () => {
      const results = await lintFiles(files.map((f) => [f]), linter);
      fatals = results.filter((r) => r.fatal).length;
    }));
  }
  const f = median(floors);
  const l = median(lints);
  console.log(`${label.padEnd(44)} ${fmt(bytes / 1e6, 2)} MB ${fmt(f)} ms ${fmt(l)} ms ${fmt(l / f, 2)}×${fatals ? `  (${fatals} fatal)` : ""}`);
}

console.log(`disclint bench — Node ${process.version}; medians; ratio = lint (read+decode+parse+rules) / floor (read+decode+scan)`);
console.log(`${"input".padEnd(44)} ${"size".padStart(11)} ${"floor".padStart(11)} ${"lint".padStart(11)} ${"ratio".padStart(9)}`);

const sample = join(SHARED, "examples", "r-page-20f-fy2024.txt");
await measure("sample R page (20-F FY2024)", [sample], 50);

// 10,000 R pages in one process: the sample with its period and a sentence varied per page.
const dir = mkdtempSync(join(tmpdir(), "disclint-rpages-"));
const text = readFileSync(sample, "utf8");
const pages: string[] = [];
for (let i = 0; i < 10_000; i++) {
  const sub = join(dir, String(i % 100));
  if (i % 100 === 0 || i < 100) mkdirSync(sub, { recursive: true });
  const f = join(sub, `r-${i}.txt`);
  writeFileSync(f, text.replace("Dec. 31, 2024", `Dec. 31, ${2000 + (i % 30)}`).replace("from time to time", i % 2 ? "quarterly" : "from time to time"));
  pages.push(f);
}
await measure("10,000 R pages, one process", pages, 3);
rmSync(dir, { recursive: true, force: true });

const corpus = [join(SHARED, "corpus", "real", "edgartools"), join(SHARED, "corpus", "real", "go-edgar")];
const filings = corpus.flatMap((d) => readdirSync(d).filter((f) => /\.(html?|xml)$/.test(f)).sort().map((f) => join(d, f)));
let totalFloor = 0;
for (const f of filings) await measure(f.split("/").pop()!, [f], 7);
const all = time(() => floor(filings));
totalFloor += all;
await measure(`all ${filings.length} real filings together`, filings, 5);
console.log(`peak RSS: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
