import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { Disclint } from "../../src/api.js";
import { applyBaseline, createBaseline, readBaseline, writeBaseline } from "../../src/engine/baseline.js";
import { UsageError } from "../../src/model/errors.js";
import type { FileResult } from "../../src/model/types.js";
import { findingHash } from "../../src/report/fingerprint.js";
import { ROOT } from "../helpers.js";

const NORTHWIND = readFileSync(join(ROOT, "examples", "northwind-10k-fy2025.htm"), "utf8");

/** Northwind's 10-K with "[insert]" in the board committee block and "[TBD]" as the positions text. */
const DRAFT = NORTHWIND.replace("<p>Audit and Risk Committee</p>", "<p>Audit and Risk Committee [insert]</p>").replace(
  "<p>Chief Information Security Officer; Chief Technology Officer</p>",
  "<p>[TBD]</p>",
);

async function lintDir(dir: string, files: string[]): Promise<{ results: FileResult[]; files: string[] }> {
  return new Disclint({ cwd: dir, config: false }).lint(files.map((f) => join(dir, f)));
}

const brief = (results: FileResult[]) => results.flatMap((r) => r.findings.map((f) => `${f.line}:${f.column} ${f.ruleId}`));

describe("baseline", () => {
  it("records findings by rule id and fingerprint, relative to its folder, sorted, without line numbers", async () => {
    const dir = mkdtempSync(join(tmpdir(), "disclint-baseline-"));
    mkdirSync(join(dir, "filings"));
    writeFileSync(join(dir, "filings", "10k.htm"), DRAFT);
    const { results } = await lintDir(dir, ["filings/10k.htm"]);
    expect(brief(results)).toEqual(["21:173 draft-placeholder", "24:1 management-position-named", "24:140 draft-placeholder"]);
    const baseline = createBaseline(results, dir);
    expect(baseline.version).toBe(1);
    expect(baseline.findings.map((e) => [e.file, e.ruleId, e.count])).toEqual([
      ["filings/10k.htm", "draft-placeholder", 1],
      ["filings/10k.htm", "draft-placeholder", 1],
      ["filings/10k.htm", "management-position-named", 1],
    ]);
    for (const e of baseline.findings) {
      const f = results[0].findings.find((x) => findingHash(x) === e.fingerprint)!;
      expect(f.ruleId).toBe(e.ruleId);
      expect(e.message).toBe(f.message);
    }
    const file = join(dir, "disclint-baseline.json");
    writeBaseline(file, baseline);
    expect(readFileSync(file, "utf8")).not.toMatch(/"line"/);
    expect(readBaseline(file)).toEqual(baseline);
  });

  it("hides recorded findings after lines move, and shows only the new one", async () => {
    const dir = mkdtempSync(join(tmpdir(), "disclint-baseline-"));
    writeFileSync(join(dir, "10k.htm"), DRAFT);
    const baseline = createBaseline((await lintDir(dir, ["10k.htm"])).results, dir);

    // Three lines added near the top move every finding; one new placeholder appears.
    const moved = DRAFT.replace("<h2>Item 1C. Cybersecurity</h2>", "<h2>Item 1C.</h2>\n<p>Cybersecurity</p>\n<p>(Unaudited)</p>").replace(
      "holds the CISSP and CISM certifications.",
      "holds the CISSP and [XX] certifications.",
    );
    writeFileSync(join(dir, "10k.htm"), moved);
    const now = await lintDir(dir, ["10k.htm"]);
    expect(brief(now.results)).toEqual(["23:173 draft-placeholder", "26:1 management-position-named", "26:140 draft-placeholder", "27:288 draft-placeholder"]);
    const outcome = applyBaseline(now.results, baseline, dir, now.files);
    expect(brief(outcome.results)).toEqual(["27:288 draft-placeholder"]);
    expect(outcome.results[0].findings[0].message).toContain('"[XX]"');
    expect(outcome.hidden).toBe(3);
    expect(outcome.stale).toEqual([]);
  });

  it("reports stale entries (fixed since) for the files linted now, not for others", async () => {
    const dir = mkdtempSync(join(tmpdir(), "disclint-baseline-"));
    writeFileSync(join(dir, "a.htm"), DRAFT);
    writeFileSync(join(dir, "b.htm"), DRAFT);
    const baseline = createBaseline((await lintDir(dir, ["a.htm", "b.htm"])).results, dir);
    expect(baseline.findings).toHaveLength(6);

    writeFileSync(join(dir, "a.htm"), DRAFT.replace("Audit and Risk Committee [insert]", "Audit and Risk Committee"));
    const onlyA = await lintDir(dir, ["a.htm"]);
    const outcome = applyBaseline(onlyA.results, baseline, dir, onlyA.files);
    expect(brief(outcome.results)).toEqual([]);
    expect(outcome.hidden).toBe(2);
    expect(outcome.stale.map((e) => [e.file, e.ruleId, e.count])).toEqual([["a.htm", "draft-placeholder", 1]]);
    expect(outcome.stale[0].message).toContain('"[insert]"');
  });

  it("counts repeats: a second identical finding in the file is new", () => {
    const f = { ruleId: "draft-placeholder", severity: "error" as const, message: 'Placeholder "[TBD]" left.', file: "/p/x.htm", line: 3, column: 1, endLine: 3, endColumn: 6, evidence: "[TBD]" };
    const baseline = createBaseline([{ file: "/p/x.htm", findings: [f] }], "/p");
    const outcome = applyBaseline([{ file: "/p/x.htm", findings: [f, { ...f, line: 9 }] }], baseline, "/p");
    expect(outcome.results[0].findings.map((x) => x.line)).toEqual([9]);
    expect(outcome.hidden).toBe(1);
    // The same finding in another file is not covered.
    expect(applyBaseline([{ file: "/p/y.htm", findings: [{ ...f, file: "/p/y.htm" }] }], baseline, "/p").results[0].findings).toHaveLength(1);
  });

  it("a malformed baseline is a usage error naming the file and the place", () => {
    const dir = mkdtempSync(join(tmpdir(), "disclint-baseline-"));
    const file = join(dir, "b.json");
    const bad = (content: string) => {
      writeFileSync(file, content);
      return () => readBaseline(file, "b.json");
    };
    expect(bad("{")).toThrow(UsageError);
    expect(bad("{")).toThrow(/^b\.json: invalid JSON/);
    expect(bad("[]")).toThrow("b.json: (root): not a disclint baseline");
    expect(bad('{"version": 2, "findings": []}')).toThrow("b.json: version: must be 1");
    expect(bad('{"version": 1, "findings": [{"file": "a.htm", "ruleId": "x", "fingerprint": "", "count": 1}]}')).toThrow("b.json: findings[0].fingerprint: must be a non-empty string");
    expect(bad('{"version": 1, "findings": [{"file": "a.htm", "ruleId": "x", "fingerprint": "00000000000000ab", "count": 0}]}')).toThrow("b.json: findings[0].count: must be a whole number");
    expect(() => readBaseline(join(dir, "missing.json"), "missing.json")).toThrow("missing.json: cannot read baseline: no such file");
  });
});
