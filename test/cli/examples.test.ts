// The bundled examples behave as examples/README.md says.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createLinter, lintFiles } from "../../src/api.js";
import { ROOT } from "../helpers.js";

const ex = (f: string) => join(ROOT, "examples", f);

describe("examples/", () => {
  const linter = createLinter();
  it.each([
    ["northwind-10k-fy2025.htm", "ixbrl"],
    ["northwind-10k-fy2025_htm.xml", "xbrl-instance"],
    ["northwind-r-pages/R2.htm", "r-page-html"],
    ["northwind-10k-fy2025.r-page.txt", "r-page-text"],
  ])("%s (%s) is clean", async (file) => {
    const [result] = await lintFiles([[ex(file)]], linter);
    expect(result.fatal).toBeUndefined();
    expect(result.findings.map((f) => `${f.line}:${f.column} ${f.ruleId} ${f.message}`)).toEqual([]);
  });

  it.each(["md", "txt", "docx", "json", "yaml"])("the Northwind Item 1C draft (.%s) is clean through the CLI's loader", async (ext) => {
    const [result] = await lintFiles([[ex(`northwind-item1c-draft.${ext}`)]], linter);
    expect(result.fatal).toBeUndefined();
    expect(result.findings.map((f) => `${f.line}:${f.column} ${f.ruleId} ${f.message}`)).toEqual([]);
  });

  it("the four Northwind formats carry the same 15 facts", async () => {
    const { loadDisclosure } = await import("../../src/sources/load.js");
    const sets = await Promise.all(
      ["northwind-10k-fy2025.htm", "northwind-10k-fy2025_htm.xml", "northwind-r-pages/R2.htm", "northwind-10k-fy2025.r-page.txt"].map(async (f) => {
        const d = await loadDisclosure([ex(f)]);
        return d.facts.map((x) => `${x.concept}=${x.kind === "flag" ? x.value : x.text.replace(/\s+/g, " ").trim().slice(0, 60)}`).sort();
      }),
    );
    expect(sets[0]).toHaveLength(15);
    for (const s of sets.slice(1)) expect(s).toEqual(sets[0]);
  });

  it("the Harbor Lantern 20-F shows the drafting problems the quick start promises", async () => {
    const [result] = await lintFiles([[ex("harbor-lantern-20f-fy2025.r-page.txt")]], linter);
    expect(result.findings.map((f) => `${f.severity} ${f.ruleId} ${f.line}:${f.column}`)).toEqual([
      "warning flag-text-third-party-oversight 11:1",
      "warning incident-form-matches-filer 12:240",
      "info board-reporting-cadence 31:2",
      "warning management-position-named 37:2",
    ]);
  });
});
