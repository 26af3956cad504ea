// The Item 1C window read small must find what the whole window finds, on every Inline XBRL
// fixture and example (the real filings: test/corpus/section-window-corpus.test.ts).
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "vitest";
import { FIXTURES, ROOT } from "../helpers.js";
import { expectSameSection } from "./section-window-check.js";

function ixbrlFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...ixbrlFiles(p));
    else if (/\.(x?html?|xml)$/i.test(name) && /<[\w.-]+:nonNumeric\b/.test(readFileSync(p, "utf8"))) out.push(p);
  }
  return out.sort();
}

const files = [...ixbrlFiles(FIXTURES), ...ixbrlFiles(join(ROOT, "examples"))];

describe("the Item 1C window", () => {
  it("has Inline XBRL fixtures to compare", () => {
    if (files.length < 10) throw new Error(`only ${files.length} files`);
  });
  it.each(files.map((f) => [f.slice(ROOT.length + 1), f]))("%s: the small window finds the whole window's section", async (_, file) => {
    await expectSameSection(file);
  });
});
