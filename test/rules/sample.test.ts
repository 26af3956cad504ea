// rules.md "Expected result on the bundled sample": the real 20-F filer's R page in ../shared.
import { describe, expect, it } from "vitest";
import { createLinter } from "../../src/api.js";
import { loadDisclosure } from "../../src/sources/load.js";
import { SAMPLE } from "../helpers.js";

describe("the bundled sample (20-F, FY2024)", () => {
  it("gives the expected findings at the right lines and no error", async () => {
    const disclosure = await loadDisclosure([SAMPLE]);
    expect(disclosure.form).toBe("20-F");
    expect(disclosure.formSource).toBe("text");
    expect(disclosure.periodEndDate).toBe("2024-12-31");
    const findings = await createLinter().lint(disclosure);
    const got = findings.map((f) => `${f.line}:${f.column} ${f.severity} ${f.ruleId}`);
    expect(got).toEqual([
      "10:413 warning flag-text-third-party-oversight",
      "33:2 info board-reporting-cadence",
      "33:14 info text-spacing",
      "40:2 warning management-position-named",
    ]);
    expect(findings.find((f) => f.ruleId === "text-spacing")!.message).toContain("Huang,will");
    expect(findings.find((f) => f.ruleId === "board-reporting-cadence")!.message).toContain("from time to time");
    expect(findings.find((f) => f.ruleId === "management-position-named")!.evidence).toBe("Mr. Junhong Huang");
    expect(findings.find((f) => f.ruleId === "flag-text-third-party-oversight")!.evidence).toContain("third-party service providers");
  });

  it("reads every row: 6 flags and 9 text blocks", async () => {
    const d = await loadDisclosure([SAMPLE]);
    expect(d.facts.filter((f) => f.kind === "flag").map((f) => f.value)).toEqual([true, true, false, false, true, true]);
    expect(d.facts.filter((f) => f.kind === "text")).toHaveLength(9);
    const positions = d.facts.find((f) => f.concept === "CybersecurityRiskManagementPositionsOrCommitteesResponsibleTextBlock")!;
    expect(positions.text).toBe("Mr. Junhong Huang");
    expect(positions.position).toMatchObject({ line: 40, column: 2, endLine: 40, endColumn: 19 });
  });

  it("gives the same output on every run", async () => {
    const linter = createLinter();
    const a = await linter.lint(await loadDisclosure([SAMPLE]));
    const b = await linter.lint(await loadDisclosure([SAMPLE]));
    expect(b).toEqual(a);
  });
});
