// The rule harness, in the spirit of ESLint's RuleTester: test/fixtures/rules/<id>/cases.json lists
// fixtures that must give no finding (valid) and fixtures that must give exactly the listed
// findings (invalid), with the rule running alone. A case may name the form to assume, as --form
// does ({ "file", "form" }; a valid case is then an object too): a draft whose text does not say it.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createLinter } from "../../src/api.js";
import { loadDisclosure } from "../../src/sources/load.js";
import { caseFiles, FIXTURES, linterFor, type Cases } from "../helpers.js";

const dir = join(FIXTURES, "rules");
const ruleIds = createLinter().rules.map((r) => r.id);
const withFixtures = readdirSync(dir).sort();

describe("every rule has fixtures", () => {
  it.each(ruleIds)("%s", (id) => {
    const file = join(dir, id, "cases.json");
    expect(existsSync(file), `${id} has no test/fixtures/rules/${id}/cases.json`).toBe(true);
    const cases = JSON.parse(readFileSync(file, "utf8")) as Cases;
    expect(cases.valid.length).toBeGreaterThan(0);
    expect(cases.invalid.length).toBeGreaterThan(0);
    expect(cases.invalid.every((c) => c.findings.length > 0)).toBe(true);
  });
});

for (const id of withFixtures) {
  const cases = JSON.parse(readFileSync(join(dir, id, "cases.json"), "utf8")) as Cases;
  describe(id, () => {
    it.each(caseFiles({ valid: cases.valid, invalid: [] }))("valid: %s", async (file, form) => {
      const findings = await linterFor(id).lint(await loadDisclosure([join(dir, id, file)], { form }));
      expect(findings.map((f) => `${f.line}:${f.column} ${f.ruleId} ${f.message}`)).toEqual([]);
    });
    it.each(cases.invalid.map((c) => [c.file, c] as const))("invalid: %s", async (file, c) => {
      const findings = await linterFor(id).lint(await loadDisclosure([join(dir, id, file)], { form: c.form }));
      expect(findings.map((f) => ({ ruleId: f.ruleId, line: f.line, column: f.column, endLine: f.endLine, endColumn: f.endColumn, severity: f.severity }))).toEqual(
        c.findings.map((x) => ({ ruleId: id, ...x })),
      );
      for (const f of findings) {
        expect(f.message).toMatch(/\.$|\)$/);
        expect(f.message).not.toMatch(/\(unknown\)|\{\w+\}/);
        expect(f.citation).toBeTruthy();
        expect(f.docsUrl).toContain(`${id}.md`);
      }
    });
  });
}
