// Inputs the property tests and the fuzz campaign mutate: the project's examples and fixtures, and
// a few real filings from ../shared/corpus/real (read there, never copied).
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { extname, join } from "node:path";

export interface Seed {
  path: string;
  ext: string;
  bytes: Uint8Array;
}

function load(path: string): Seed {
  return { path, ext: extname(path) || ".txt", bytes: new Uint8Array(readFileSync(path)) };
}

/** Every example, Inline XBRL fixture and reader fixture (small: a few KB each). */
export function smallSeeds(root: string): Seed[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    if (!existsSync(dir)) return;
    for (const name of readdirSync(dir).sort()) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (name !== "README.md" && !name.endsWith(".py") && statSync(p).size < 512 * 1024) files.push(p);
    }
  };
  walk(join(root, "examples"));
  walk(join(root, "test", "fixtures", "ixbrl"));
  // Round 34: every other format the readers take — incident reports, Word, Markdown, plain and HTML
  // drafts, and R pages as HTML.
  for (const sub of ["incident-reports", "readers", "drafts", "r-page-html"]) walk(join(root, "test", "fixtures", sub));
  return files.map(load);
}

/** Real filings of each kind, the smaller ones (an iXBRL 10-K, an Item 1C text, a Markdown rendering). */
export const REAL_FILES = [
  "edgartools/ibm-10-k-2025-02-25.html",
  "edgartools/AAPL_10K_2025-10-31.html",
  "item1c-analysis/100885_20260206_0000100885-26-000037_item1c.txt",
  "sec-cyber-extraction/ELMD_2025.txt",
];

export function realSeeds(corpus: string): Seed[] {
  return REAL_FILES.map((f) => join(corpus, f))
    .filter((p) => existsSync(p))
    .map(load);
}
