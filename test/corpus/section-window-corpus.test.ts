// The Item 1C window read small must find what the whole window finds on every real filing
// (../shared/corpus/real, read in place).
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "vitest";
import { SHARED } from "../helpers.js";
import { expectSameSection } from "../sources/section-window-check.js";

const CORPUS = join(SHARED, "corpus", "real");
const files = readdirSync(CORPUS).flatMap((d) =>
  existsSync(join(CORPUS, d)) && !d.includes(".")
    ? readdirSync(join(CORPUS, d))
        .filter((f) => /\.(html?|xml)$/.test(f))
        .sort()
        .map((f) => join(CORPUS, d, f))
    : [],
);

describe("the Item 1C window on real filings", () => {
  it("has filings to compare", () => {
    if (files.length < 14) throw new Error(`only ${files.length} filings`);
  });
  it.each(files.map((f) => [f.slice(CORPUS.length + 1), f]))("%s: the small window finds the whole window's section", async (_, file) => {
    await expectSameSection(file);
  });
});
