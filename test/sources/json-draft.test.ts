import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createLinter } from "../../src/api.js";
import { sourceOffset } from "../../src/model/position.js";
import type { Disclosure } from "../../src/model/types.js";
import { loadDisclosure } from "../../src/sources/load.js";
import { ROOT } from "../helpers.js";

const dir = mkdtempSync(join(tmpdir(), "disclint-draft-"));
function write(name: string, text: string): string {
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
}

function expectMapped(d: Disclosure): void {
  const source = d.documents[0].text;
  for (const f of d.facts.filter((x) => x.kind === "text")) {
    for (let i = 0; i < f.text.length; i++) {
      if (/\s/.test(f.text[i])) continue;
      expect(source[sourceOffset(f.textMap, i)], `${f.concept} char ${i}`).toBe(f.text[i]);
    }
  }
}

describe.each([
  ["YAML", "northwind-item1c-draft.yaml", "yaml-draft"],
  ["JSON", "northwind-item1c-draft.json", "json-draft"],
])("the Northwind %s draft", (_name, file, format) => {
  it("reads the form, the period, flags and text blocks, each at the line of its key", async () => {
    const d = await loadDisclosure([join(ROOT, "examples", file)]);
    expect(d.documents[0].format).toBe(format);
    expect(d.form).toBe("10-K");
    expect(d.periodEndDate).toBe("2025-12-31");
    expect(d.facts).toHaveLength(15);
    const flag = d.facts.find((f) => f.concept === "CybersecurityRiskMateriallyAffectedOrReasonablyLikelyToMateriallyAffectRegistrantFlag")!;
    expect(flag).toMatchObject({ kind: "flag", value: false });
    const lines = d.documents[0].text.split("\n");
    for (const f of d.facts) expect(lines[f.position.line - 1]).toContain(`${f.concept}`);
    expectMapped(d);
  });

  it("renders Markdown in text blocks: a list item is a line of its own", async () => {
    const d = await loadDisclosure([join(ROOT, "examples", file)]);
    const processes = d.facts.find((f) => f.concept === "CybersecurityRiskManagementProcessesForAssessingIdentifyingAndManagingThreatsTextBlock")!;
    expect(processes.text.split("\n")).toHaveLength(4);
    expect(processes.text.split("\n")[1]).toBe("annual enterprise-wide risk assessments and continuous vulnerability scanning;");
  });

  it("lints clean", async () => {
    const findings = await createLinter().lint(await loadDisclosure([join(ROOT, "examples", file)]));
    expect(findings.map((f) => `${f.line}:${f.column} ${f.ruleId}`)).toEqual([]);
  });
});

describe("draft errors", () => {
  it("a JSON syntax error is fatal with its line and column", async () => {
    const f = write("bad.json", '{\n  "form": "10-K",\n  "facts": {\n    "CybersecurityRiskRoleOfManagementTextBlock": "x",\n  }\n}\n');
    await expect(loadDisclosure([f])).rejects.toMatchObject({ name: "InputError", line: 5, message: expect.stringMatching(/^invalid JSON/) });
  });

  it("a misspelt element is fatal at its key", async () => {
    const f = write("typo.yaml", "form: 10-K\nfacts:\n  CybersecurityRiskBoardOversightTextBlock: Our Board oversees it.\n");
    await expect(loadDisclosure([f])).rejects.toMatchObject({ line: 3, column: 3, message: expect.stringContaining('"CybersecurityRiskBoardOversightTextBlock" is not a cyd element') });
  });

  it("a flag that is not a boolean is fatal at its value", async () => {
    const f = write("flag.yaml", "form: 10-K\nfacts:\n  CybersecurityRiskManagementProcessesIntegratedFlag: yes\n");
    await expect(loadDisclosure([f])).rejects.toMatchObject({ line: 3, message: expect.stringContaining("is a flag: its value must be true or false") });
  });

  it("a missing form is fatal", async () => {
    const f = write("noform.yaml", "facts:\n  CybersecurityRiskRoleOfManagementTextBlock: x\n");
    await expect(loadDisclosure([f])).rejects.toThrow(/missing "form"/);
  });
});

describe("draft rules", () => {
  it("required-element runs on a structured draft; a key given twice is a conflicting fact", async () => {
    const f = write(
      "partial.yaml",
      "form: 10-K\nfacts:\n  CybersecurityRiskRoleOfManagementTextBlock: Our CISO leads the program.\n  CybersecurityRiskRoleOfManagementTextBlock: Our CIO leads the program.\n",
    );
    const findings = await createLinter().lint(await loadDisclosure([f]));
    const ids = findings.map((x) => `${x.line} ${x.ruleId} ${x.severity}`);
    expect(ids).toContain("4 conflicting-facts error");
    expect(ids.filter((x) => x.includes("required-element error"))).toHaveLength(3);
  });
});
