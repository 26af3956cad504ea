// An absence made info by the element's own words says where those words are (Document.absenceHint,
// the {hint} and {hint:<element>} placeholders): the filer checks one sentence, not the whole section.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createLinter } from "../../src/api.js";
import { loadDisclosure } from "../../src/sources/load.js";
import { FIXTURES } from "../helpers.js";

const DRAFT = join(FIXTURES, "absence-hint", "tollbridge-outfitters-10k.md");
// The draft's own hint list (replaces the built-in hint-third-party-oversight, whatever it becomes).
const HINTS = join(FIXTURES, "absence-hint", "rules");

async function lint(file: string, rulesDirs: string[] = []) {
  return createLinter({ rulesDirs }).lint(await loadDisclosure([file]));
}

describe("an absence made info by the element's own words", () => {
  it("a draft's checklist quotes the sentence that uses them, with its line", async () => {
    const findings = await lint(DRAFT, [HINTS]);
    const vendor = findings.find((f) => f.ruleId === "requirement-addressed" && f.message.includes("third-party service providers"));
    expect(vendor?.severity).toBe("info");
    expect(vendor?.fix).toMatch(/^Line 9 uses its words; check whether it answers: “Our e-commerce storefront and our payroll system are hosted in part by third parties\.” Check the section: /);
    // The message itself says where, so the finding explains why it is only info.
    expect(vendor?.message).toMatch(/ \(Reg S-K 106\(b\)\(1\)\(iii\)\); 9:\d+ uses its words \(check whether they answer it\)\.$/);
  });

  it("without the hint the same absence is a warning that names no sentence", async () => {
    const vendor = (await lint(DRAFT)).find((f) => f.ruleId === "requirement-addressed" && f.message.includes("third-party service providers"));
    expect(vendor?.severity).toBe("warning");
    expect(vendor?.fix).toMatch(/^Add a paragraph that addresses processes to oversee/);
    expect(vendor?.message).toMatch(/\(Reg S-K 106\(b\)\(1\)\(iii\)\)\.$/);
  });

  it("an absence the catalog makes info whatever the text says names no sentence", async () => {
    const findings = await lint(DRAFT, [HINTS]);
    const infos = findings.filter((f) => f.ruleId === "requirement-addressed" && f.severity === "info" && !f.message.includes("third-party service providers") && !f.message.includes("assessors, consultants"));
    expect(infos.length).toBeGreaterThan(0);
    for (const f of infos) expect(f.fix).toMatch(/^Check the section: /);
    for (const f of infos) expect(f.message).not.toContain("uses its words");
  });

  it("a tagged filing's info absence check quotes it through {hint:<element>}", async () => {
    const file = join(FIXTURES, "rules", "flag-text-third-party-oversight", "invalid-true-registrant-is-the-vendor.txt");
    const f = (await lint(file, [HINTS])).find((x) => x.ruleId === "flag-text-third-party-oversight");
    expect(f?.severity).toBe("info");
    expect(f?.fix).toMatch(/^Line 11 uses its words; check whether it answers: “As a service provider to banks, we are subject to security assessments/);
    expect(f?.message).toMatch(/; 11:\d+ uses its words \(check whether they answer it\)\.$/);
  });
});
