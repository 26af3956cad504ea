// The Action's pieces without a runner: inputs, the annotation cap, the job summary.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { capAnnotations, cappedNote, toAnnotations, type Annotation, type AnnotationLevel } from "../../src/action/annotations.js";
import { ActionInputError, INPUT_DEFAULTS, parseInputs, splitPatterns, type InputName } from "../../src/action/inputs.js";
import { escapeHtml, jobSummary, type SummaryInput } from "../../src/action/summary.js";
import { readDisclosure } from "../../src/api.js";
import { loadRuleSet } from "../../src/engine/rule-loader.js";
import { reviewElements, reviewOf } from "../../src/report/review.js";
import type { FileResult, Finding } from "../../src/model/types.js";
import { ROOT } from "../helpers.js";

const WS = "/ws";

function finding(over: Partial<Finding> = {}): Finding {
  return {
    ruleId: "draft-placeholder",
    severity: "error",
    message: "Placeholder left.",
    file: `${WS}/a.txt`,
    line: 3,
    column: 2,
    endLine: 3,
    endColumn: 7,
    fix: "Replace it.",
    docsUrl: "https://github.com/disclint/disclint/blob/main/docs/rules/draft-placeholder.md",
    ...over,
  };
}

describe("inputs", () => {
  const given = (values: Partial<Record<InputName, string>>) => parseInputs((name) => values[name]);

  it("splits files on spaces and newlines; '\\ ' keeps a space", () => {
    expect(splitPatterns("a.htm b/*.txt\n\n  c\\ d.htm\r\n\tfilings/**/*.xml ")).toEqual(["a.htm", "b/*.txt", "c d.htm", "filings/**/*.xml"]);
    expect(splitPatterns("")).toEqual([]);
  });

  it("takes action.yml's defaults when inputs are unset or empty", () => {
    const expected = { files: [], config: "", failOn: "error", maxWarnings: -1, sarifFile: "disclint.sarif", annotations: true, timeout: 60_000, baseline: "", form: undefined, rulesDirs: [] };
    expect(given({})).toEqual(expected);
    expect(given({ "fail-on": "", "max-warnings": "", annotations: "" })).toEqual(expected);
    expect(Object.keys(INPUT_DEFAULTS).sort()).toEqual(["annotations", "baseline", "config", "fail-on", "files", "form", "max-warnings", "rules-dir", "sarif-file", "timeout"]);
  });

  it("an empty sarif-file means none", () => {
    expect(given({ "sarif-file": "" }).sarifFile).toBe("");
  });

  it("reads values and rejects bad ones", () => {
    expect(given({ "fail-on": "Warning", "max-warnings": "0", annotations: "FALSE" })).toMatchObject({ failOn: "warning", maxWarnings: 0, annotations: false });
    expect(given({ "fail-on": "warn", timeout: "0", form: "20-f/a", "rules-dir": "house-rules more" })).toMatchObject({ failOn: "warning", timeout: 0, form: "20-F/A", rulesDirs: ["house-rules", "more"] });
    for (const bad of [{ "fail-on": "fatal" }, { "max-warnings": "-2" }, { "max-warnings": "1.5" }, { "max-warnings": "ten" }, { annotations: "yes" }, { timeout: "2147483648" }, { timeout: "-1" }, { form: "20F" }]) {
      expect(() => given(bad)).toThrow(ActionInputError);
    }
  });
});

describe("annotations", () => {
  it("maps findings and fatals, columns only on one-line spans, file relative to the workspace", () => {
    const results: FileResult[] = [
      {
        file: `${WS}/a.txt`,
        findings: [
          finding(),
          finding({ ruleId: "board-oversight-described", severity: "warning", line: 4, column: 1, endLine: 6, endColumn: 9, fix: undefined }),
          finding({ ruleId: "text-spacing", severity: "info", line: 0, column: 0, endLine: 0, endColumn: 0 }),
        ],
      },
      { file: `${WS}/sub/b.htm`, findings: [], fatal: { file: `${WS}/sub/b.htm`, message: "binary file, not a disclosure", line: 2, column: 5 } },
    ];
    expect(toAnnotations(results, WS)).toEqual([
      { level: "error", message: "binary file, not a disclosure", properties: { title: "unreadable input", file: "sub/b.htm", startLine: 2, startColumn: 5 } },
      { level: "error", message: "Placeholder left. Fix: Replace it.", properties: { title: "draft-placeholder", file: "a.txt", startLine: 3, endLine: 3, startColumn: 2, endColumn: 7 } },
      { level: "warning", message: "Placeholder left.", properties: { title: "board-oversight-described", file: "a.txt", startLine: 4, endLine: 6, startColumn: undefined, endColumn: undefined } },
      { level: "notice", message: "Placeholder left. Fix: Replace it.", properties: { title: "text-spacing", file: "a.txt", startLine: undefined, endLine: undefined, startColumn: undefined, endColumn: undefined } },
    ]);
  });

  const many = (level: AnnotationLevel, n: number): Annotation[] => Array.from({ length: n }, (_, i) => ({ level, message: `${level} ${i}`, properties: {} }));

  it("keeps 10 of each level, minus reserved slots, in order", () => {
    const capped = capAnnotations([...many("error", 12), ...many("warning", 10), ...many("notice", 11)], { error: 1 });
    expect(capped.shown.filter((a) => a.level === "error").map((a) => a.message)).toEqual(Array.from({ length: 9 }, (_, i) => `error ${i}`));
    expect(capped.left).toEqual({ error: 3, warning: 0, notice: 1 });
    expect(capped.total).toEqual({ error: 12, warning: 10, notice: 11 });
    expect(cappedNote(capped)).toBe("3 of 12 errors and 1 of 11 notices are not annotated: GitHub shows at most 10 annotations of each level per step (and 50 per job).");
  });

  it("says nothing when nothing was left out; one left out reads in the singular", () => {
    expect(cappedNote(capAnnotations(many("warning", 10)))).toBeUndefined();
    expect(cappedNote(capAnnotations(many("warning", 11)))).toBe(
      "1 of 11 warnings is not annotated: GitHub shows at most 10 annotations of each level per step (and 50 per job).",
    );
  });
});

describe("job summary", () => {
  const base = (over: Partial<SummaryInput> = {}): SummaryInput => ({
    results: [],
    workspace: WS,
    totals: { errors: 0, warnings: 0, infos: 0, unreadable: 0 },
    failOn: "error",
    maxWarnings: -1,
    failures: [],
    annotations: true,
    skipped: 0,
    ...over,
  });

  it("escapes HTML from filings and file names, and keeps each row on one line", () => {
    const f = finding({ file: `${WS}/<b>&.txt`, message: 'Placeholder "<TBD>" left\nhere & there.', fix: "Use <final> text." });
    const text = jobSummary(base({ results: [{ file: f.file, findings: [f] }], totals: { errors: 1, warnings: 0, infos: 0, unreadable: 0 }, failures: ["1 error (fail-on: error)"] }));
    expect(text).toContain("<h3><code>&lt;b&gt;&amp;.txt</code> (1 error)</h3>");
    expect(text).toContain("<td>Placeholder &quot;&lt;TBD&gt;&quot; left here &amp; there.<br><em>Fix:</em> Use &lt;final&gt; text.</td>");
    expect(text).not.toMatch(/<tr>[^\n]*\n[^\n]*<\/tr>/);
    expect(escapeHtml(`'`)).toBe("&#39;");
  });

  it("links lines to the commit when the repository is known", () => {
    const f = finding({ file: `${WS}/filings/a b.txt` });
    const text = jobSummary(base({ results: [{ file: f.file, findings: [f] }], blob: { server: "https://github.com", repository: "o/r", sha: "abc" } }));
    expect(text).toContain('<a href="https://github.com/o/r/blob/abc/filings/a%20b.txt#L3">3</a>');
  });

  it("stays within the size limit and counts the rows it leaves out", () => {
    const findings = Array.from({ length: 400 }, (_, i) => finding({ line: i + 1, message: `Placeholder ${"x".repeat(200)} ${i}.` }));
    const results: FileResult[] = [
      { file: `${WS}/a.txt`, findings: findings.slice(0, 200) },
      { file: `${WS}/b.txt`, findings: findings.slice(200) },
      { file: `${WS}/c.txt`, findings: [] },
    ];
    const full = jobSummary(base({ results }));
    expect(full.match(/<tr><td>/g)).toHaveLength(400);
    const cut = jobSummary(base({ results, maxBytes: 60_000, sarifFile: "disclint.sarif" }));
    expect(Buffer.byteLength(cut)).toBeLessThanOrEqual(60_000);
    const shown = cut.match(/<tr><td>/g)!.length;
    expect(shown).toBeGreaterThan(50);
    expect(shown).toBeLessThan(400);
    expect(cut).toContain(`<strong>${400 - shown} more rows in `);
    expect(cut).toContain("a job summary is limited to 1 MiB. Every finding is in the step's log and in <code>disclint.sarif</code>.");
  });

  it("shows each reviewed file's coverage matrix folded above its findings, and keeps within the size limit with them", async () => {
    const file = join(ROOT, "examples", "northwind-item1c-draft.md");
    const review = reviewOf(await readDisclosure([file]), file, loadRuleSet());
    const one = finding({ file, ruleId: "management-position-named", message: "No position." });
    const text = jobSummary(base({ results: [{ file, findings: [one], review }] }));
    const elements = reviewElements("10-K").length;
    expect(text).toContain(`<details><summary>Reg S-K Item 106: ${elements} of ${elements} elements addressed</summary>\n\n| Element | Citation | Addressed | Flag | Findings |\n`);
    expect(text.indexOf("<details>")).toBeLessThan(text.indexOf("<table>"));
    // Without a review (the run did not compute one), no matrix.
    expect(jobSummary(base({ results: [{ file, findings: [one] }] }))).not.toContain("<details><summary>Reg S-K");
    const many: FileResult[] = Array.from({ length: 200 }, (_, i) => ({ file: `${WS}/f${i}.md`, findings: [{ ...one, file: `${WS}/f${i}.md` }], review: { ...review, file: `${WS}/f${i}.md` } }));
    const cut = jobSummary(base({ results: many, maxBytes: 60_000 }));
    expect(Buffer.byteLength(cut)).toBeLessThanOrEqual(60_000);
    const shown = cut.match(/<details><summary>Reg S-K/g)!.length;
    expect(shown).toBeGreaterThan(5);
    expect(cut).toContain(`<strong>${200 - shown} more rows in ${200 - shown} files not shown:</strong>`);
  });
});
