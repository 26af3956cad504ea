// Prose drafts on real text: the 29 companies' 10-K Item 1A + Item 1C extractions, Union Pacific's
// Item 1C, and Apple's whole FY2024 10-K as Markdown. For each: the Item 1C section is found, the
// file reads without a fatal, and requirement-addressed reports exactly the requirements that
// docs/draft-review.md confirms are missing (every one checked by reading the filing).
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createLinter } from "../../src/api.js";
import { loadDisclosure } from "../../src/sources/load.js";
import { draftMappingOf } from "../../src/sources/prose.js";
import { ROOT, SHARED } from "../helpers.js";

const REAL = join(SHARED, "corpus", "real");
const EXTRACTION = join(REAL, "sec-cyber-extraction");
const UNION_PACIFIC = join(REAL, "item1c-analysis", "100885_20260206_0000100885-26-000037_item1c.txt");
const APPLE = join(REAL, "edgartools", "Apple.10-K.md");

/** Requirements with no paragraph, per file, as the review confirmed them (docs/draft-review.md). */
const MISSING: Record<string, { errors: string[]; warnings: string[] }> = {
  "ELMD_2025.txt": { errors: [], warnings: ["third-party-oversight"] },
  "MODD_2025.txt": { errors: ["material-effect"], warnings: ["integration", "management-expertise", "management-informed"] },
  "POWI_2025.txt": { errors: ["material-effect"], warnings: [] },
  "PRGS_2025.txt": { errors: ["material-effect"], warnings: [] },
  "PSEC_2025.txt": { errors: [], warnings: ["integration", "board-committee"] },
  "RPD_2025.txt": { errors: ["material-effect"], warnings: [] },
  "SCSC_2025.txt": { errors: [], warnings: ["third-party-oversight"] },
  "UPST_2025.txt": { errors: ["material-effect"], warnings: [] },
  "VRNS_2025.txt": { errors: ["material-effect"], warnings: [] },
  "Apple.10-K.md": { errors: ["material-effect"], warnings: [] },
};

const files = existsSync(EXTRACTION) ? readdirSync(EXTRACTION).filter((f) => f.endsWith(".txt")).sort().map((f) => join(EXTRACTION, f)) : [];
const linter = createLinter();

describe("prose drafts on real 10-K text", () => {
  it("has the 29 companies", () => {
    expect(files).toHaveLength(29);
  });

  it.each([...files, UNION_PACIFIC, APPLE].map((f) => [f.replace(/.*\//, ""), f] as const))("%s", async (name, file) => {
    const d = await loadDisclosure([file]);
    const mapped = draftMappingOf(d.documents[0]);
    expect(mapped, "section found").toBeDefined();
    const { mapping } = mapped!;
    expect(mapping.section.item).toBe("1C");
    expect(mapping.paragraphs.length).toBeGreaterThanOrEqual(4);
    const text = d.documents[0].text;
    const headingLine = text.slice(0, mapping.section.heading.start).split("\n").length;
    if (file.startsWith(EXTRACTION)) {
      // The extraction puts Item 1C after its own separator line: the section is the one after it.
      const separator = text.split("\n").findIndex((l) => l.startsWith("--- ITEM 1C ---")) + 1;
      expect(headingLine).toBeGreaterThan(separator);
      expect(headingLine).toBeLessThanOrEqual(separator + 4);
    }
    const expected = MISSING[name] ?? { errors: [], warnings: [] };
    expect(mapping.missing.filter((r) => r.severity === "error").map((r) => r.id)).toEqual(expected.errors);
    expect(mapping.missing.filter((r) => r.severity === "warning").map((r) => r.id)).toEqual(expected.warnings);
    const findings = await linter.lint(d);
    const addressed = findings.filter((f) => f.ruleId === "requirement-addressed");
    expect(addressed.filter((f) => f.severity === "error")).toHaveLength(expected.errors.length);
    expect(addressed.filter((f) => f.severity === "warning")).toHaveLength(expected.warnings.length);
    expect(addressed.every((f) => f.line === headingLine)).toBe(true);
    // No other rule finds an error in these filings' prose.
    expect(findings.filter((f) => f.severity === "error" && f.ruleId !== "requirement-addressed").map((f) => `${f.line} ${f.ruleId}`)).toEqual([]);
  });

  it("reads the review's confirmed list (docs/draft-review.md names every file with a missing requirement)", () => {
    const review = readFileSync(join(ROOT, "docs", "draft-review.md"), "utf8");
    for (const name of Object.keys(MISSING)) expect(review).toContain(name);
  });
});
