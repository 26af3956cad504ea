// The bundled Action run as a child process, as a runner runs it, under the local Node and under
// Node 24 (action.yml says `using: node24`).
import { spawnSync } from "node:child_process";
import { symlinkSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "../helpers.js";
import { LOCAL_NODE, node24, nodeVersion, runAction, sarifSchemaErrors, workspace, type ActionRun, type Annotation } from "./runner.js";

const RULES = join(ROOT, "test", "fixtures", "rules");
const CLEAN_R_PAGE = join(ROOT, "examples", "northwind-10k-fy2025.r-page.txt");
const CLEAN_IXBRL = join(ROOT, "examples", "northwind-10k-fy2025.htm");
/** 3 errors: draft-placeholder at 29:2, 39:25, 39:64. */
const PLACEHOLDERS = join(RULES, "draft-placeholder", "invalid-placeholders.txt");
/** 1 warning: management-position-named at 37:2–37:33. */
const NO_POSITION = join(RULES, "management-position-named", "invalid-no-position.txt");

const NODE24 = node24();
const NODES: Array<[string, string]> = [
  [`local Node ${nodeVersion(LOCAL_NODE)}`, LOCAL_NODE],
  ...(NODE24 ? [[`Node 24 (${nodeVersion(NODE24)})`, NODE24] as [string, string]] : []),
];

const of = (run: ActionRun, level: string): Annotation[] => run.annotations.filter((a) => a.level === level);
/** Annotations for findings and inputs (not the step's own failure message, which names no file). */
const located = (run: ActionRun, level: string): Annotation[] => of(run, level).filter((a) => a.properties.file !== undefined || a.properties.title !== undefined);
const failMessages = (run: ActionRun): Annotation[] => of(run, "error").filter((a) => a.properties.file === undefined && a.properties.title === undefined);

function expectNoCrash(run: ActionRun): void {
  expect(run.stderr).not.toMatch(/\n\s+at /); // no stack trace
  expect(run.stdout).not.toContain("internal error");
}

function expectValidSarif(run: ActionRun, results: number): void {
  expect(run.sarif, "SARIF file").toBeDefined();
  expect(sarifSchemaErrors(run.sarif)).toEqual([]);
  expect(run.sarif!.version).toBe("2.1.0");
  expect(run.sarif!.runs[0].results).toHaveLength(results);
}

it.skipIf(!NODE24)("Node 24 is the node@24 npm package", () => {
  expect(nodeVersion(NODE24!)).toMatch(/^v24\./);
});

describe.each(NODES)("the bundled Action under %s", (_name, node) => {
  it("a clean repository: no annotations, outputs 0, an empty SARIF log, exit 0; non-disclosures skipped", () => {
    const ws = workspace({
      "filings/fy2025/northwind.r-page.txt": CLEAN_R_PAGE,
      "filings/fy2025/northwind-10k.htm": CLEAN_IXBRL,
      "README.md": { text: "# Disclosures\n\nDrafts of our filings.\n" },
      "package.json": { text: '{ "name": "disclosures" }\n' },
      "notes/todo.txt": { text: "Ask legal about the board committee.\n" },
    });
    const run = runAction({ node, workspace: ws });
    expectNoCrash(run);
    expect(run.code).toBe(0);
    expect(run.annotations).toEqual([]);
    expect(run.outputs).toEqual({ errors: "0", warnings: "0", infos: "0", "sarif-file": join(ws, "disclint.sarif") });
    expectValidSarif(run, 0);
    expect(run.sarif!.runs[0].artifacts!.map((a) => a.location!.uri).sort()).toEqual(["filings/fy2025/northwind-10k.htm", "filings/fy2025/northwind.r-page.txt"]);
    expect(run.stdout).toContain("Skipped 3 files: not disclosures disclint can read");
    expect(run.stdout).toContain("No problems found");
    expect(run.summary).toContain("<h2>disclint: passed</h2>");
    expect(run.summary).toContain("<strong>0 errors, 0 warnings, 0 info</strong> in 2 files; 3 files skipped as not disclosures.");
    expect(run.summary).toContain("2 files without findings");
    expect(run.summary).not.toContain("<table>");
  });

  it("warnings: annotated with rule id, position and fix; exit 0 under fail-on error, 1 over max-warnings", () => {
    const ws = workspace({ "drafts/positions.txt": NO_POSITION });
    const run = runAction({ node, workspace: ws });
    expectNoCrash(run);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^::warning title=management-position-named,file=drafts\/positions\.txt,line=37,endLine=37,col=2,endColumn=33::The positions text names no management position or committee\. Fix: /m);
    expect(run.annotations).toHaveLength(1);
    expect(run.outputs).toMatchObject({ errors: "0", warnings: "1", infos: "0" });
    expectValidSarif(run, 1);
    const [result] = run.sarif!.runs[0].results!;
    expect(result).toMatchObject({ ruleId: "management-position-named", level: "warning" });
    expect(result.locations![0].physicalLocation).toMatchObject({
      artifactLocation: { uri: "drafts/positions.txt", uriBaseId: "%SRCROOT%" },
      region: { startLine: 37, startColumn: 2, endLine: 37, endColumn: 33 },
    });
    expect(run.summary).toContain("<h2>disclint: passed</h2>");
    expect(run.summary).toContain("<h3><code>drafts/positions.txt</code> (1 warning)</h3>");
    expect(run.summary).toContain(
      '<tr><td><a href="https://github.com/disclint/disclint/blob/main/docs/rules/management-position-named.md"><code>management-position-named</code></a></td>' +
        '<td>warning</td><td><a href="https://github.com/northwind/disclosures/blob/0123456789abcdef0123456789abcdef01234567/drafts/positions.txt#L37">37</a></td>' +
        "<td>The positions text names no management position or committee.<br><em>Fix:</em> ",
    );
    // The file's coverage matrix (the markdown review format's table), folded, above its findings.
    expect(run.summary).toMatch(
      /<h3><code>drafts\/positions\.txt<\/code> \(\d+ warnings?\)<\/h3>\n<details><summary>Reg S-K Item 106: \d+ of \d+ elements addressed<\/summary>\n\n\| Element \| Citation \| Addressed \| Flag \| Findings \|\n/,
    );
    expect(run.summary).toMatch(/\| Reg S\\-K 106\\\(c\\\)\\\(2\\\)\\\(i\\\) \| [^|]+ \| [^|]* \| warning: management\\-position\\-named \|/);

    const strict = runAction({ node, workspace: ws, inputs: { "max-warnings": "0" } });
    expect(strict.code).toBe(1);
    expect(failMessages(strict).map((a) => a.message)).toEqual(["disclint: 1 warning, more than the maximum of 0 (max-warnings)"]);
    expect(strict.summary).toContain("<h2>disclint: failed</h2>");

    const failOnWarning = runAction({ node, workspace: ws, inputs: { "fail-on": "warning" } });
    expect(failOnWarning.code).toBe(1);
    expect(failMessages(failOnWarning).map((a) => a.message)).toEqual(["disclint: 1 finding at or above the fail level (warning)"]);
  });

  it("errors: error annotations, setFailed, exit 1", () => {
    const ws = workspace({ "drafts/item-1c.txt": PLACEHOLDERS });
    const run = runAction({ node, workspace: ws });
    expectNoCrash(run);
    expect(run.code).toBe(1);
    expect(located(run, "error").map((a) => [a.properties.title, a.properties.file, a.properties.line, a.properties.col, a.properties.endLine, a.properties.endColumn])).toEqual([
      ["draft-placeholder", "drafts/item-1c.txt", "29", "2", "29", "5"],
      ["draft-placeholder", "drafts/item-1c.txt", "39", "25", "39", "29"],
      ["draft-placeholder", "drafts/item-1c.txt", "39", "64", "39", "69"],
    ]);
    expect(run.stdout).toContain('::error title=draft-placeholder,file=drafts/item-1c.txt,line=39,endLine=39,col=64,endColumn=69::Placeholder "[TBD]" left in');
    expect(failMessages(run).map((a) => a.message)).toEqual(["disclint: 3 errors at or above the fail level (error)"]);
    expect(run.outputs).toMatchObject({ errors: "3", warnings: "0", infos: "0" });
    expectValidSarif(run, 3);
    expect(run.sarif!.runs[0].results!.map((r) => [r.level, r.locations![0].physicalLocation!.region!.startLine])).toEqual([
      ["error", 29],
      ["error", 39],
      ["error", 39],
    ]);
    expect(run.summary).toContain("<h2>disclint: failed</h2>");
    expect(run.summary).toContain("<strong>3 errors, 0 warnings, 0 info</strong> in 1 file.");
    expect(run.summary).toContain("<p>Failed: 3 errors at or above the fail level (error).</p>");
    expect(run.summary.match(/<tr><td><a href="[^"]*draft-placeholder\.md"><code>draft-placeholder<\/code><\/a><\/td><td>error<\/td>/g)).toHaveLength(3);
  });

  it("more than 10 of a level: 10 annotated (one error slot kept for the failure), the rest named in the log and summary", () => {
    const files: Record<string, string> = {};
    for (let i = 1; i <= 4; i++) files[`errors/e${String(i).padStart(2, "0")}.txt`] = PLACEHOLDERS; // 12 errors
    for (let i = 1; i <= 11; i++) files[`warnings/w${String(i).padStart(2, "0")}.txt`] = NO_POSITION; // 11 warnings
    const ws = workspace(files);
    const run = runAction({ node, workspace: ws });
    expectNoCrash(run);
    expect(run.code).toBe(1);
    expect(located(run, "error")).toHaveLength(9);
    expect(failMessages(run)).toHaveLength(1);
    expect(of(run, "error")).toHaveLength(10);
    expect(of(run, "warning")).toHaveLength(10);
    // The first ones in report order.
    expect(located(run, "error")[0].properties).toMatchObject({ file: "errors/e01.txt", line: "29" });
    expect(of(run, "warning").map((a) => a.properties.file)).toEqual(Array.from({ length: 10 }, (_, i) => `warnings/w${String(i + 1).padStart(2, "0")}.txt`));
    const note = "3 of 12 errors and 1 of 11 warnings are not annotated: GitHub shows at most 10 annotations of each level per step (and 50 per job).";
    expect(run.stdout).toContain(`disclint: ${note}`);
    expect(run.summary).toContain(note);
    expect(run.outputs).toMatchObject({ errors: "12", warnings: "11", infos: "0" });
    // The summary and the SARIF file have everything.
    expect(run.summary.match(/<tr>/g)).toHaveLength(23 + 15); // 23 findings + a header row per file
    expect(run.summary).toContain("<h3><code>warnings/w11.txt</code> (1 warning)</h3>");
    expectValidSarif(run, 23);
  });

  it("unreadable inputs: error annotations, never a crash; the readable file is still linted", () => {
    const ws = workspace({
      "drafts/positions.txt": NO_POSITION,
      "drafts/scan.htm": { bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]) },
    });
    symlinkSync(join(ws, "drafts", "gone.htm"), join(ws, "drafts", "link.htm"));
    const run = runAction({ node, workspace: ws, inputs: { files: "drafts/positions.txt drafts/scan.htm\ndrafts/link.htm\n  archive/*.htm" } });
    expectNoCrash(run);
    expect(run.code).toBe(1);
    const inputs = located(run, "error");
    expect(inputs.map((a) => [a.properties.title, a.properties.file, a.message])).toEqual([
      ["unreadable input", undefined, "no files match pattern: archive/*.htm"],
      ["unreadable input", "drafts/link.htm", "broken symbolic link: drafts/link.htm"],
      ["unreadable input", "drafts/scan.htm", "binary file (PNG image), not a disclosure"],
    ]);
    expect(of(run, "warning")).toHaveLength(1);
    expect(failMessages(run).map((a) => a.message)).toEqual(["disclint: 3 files could not be linted"]);
    expect(run.outputs).toMatchObject({ errors: "3", warnings: "1", infos: "0" });
    expectValidSarif(run, 1);
    const invocation = run.sarif!.runs[0].invocations![0];
    expect(invocation.executionSuccessful).toBe(false);
    expect(invocation.toolExecutionNotifications!.map((n) => n.message.text)).toEqual([
      "no files match pattern: archive/*.htm",
      "broken symbolic link: drafts/link.htm",
      "binary file (PNG image), not a disclosure",
    ]);
    expect(run.summary).toContain("<strong>3 errors, 1 warning, 0 info</strong> (3 unreadable inputs)");
    expect(run.summary).toContain("<h3><code>drafts/scan.htm</code> (could not be read)</h3>");
    expect(run.summary).toContain("<td><em>unreadable input</em></td><td>error</td><td></td><td>binary file (PNG image), not a disclosure</td>");
  });
});

describe("the bundled Action's inputs", () => {
  const node = LOCAL_NODE;

  it("a repository walk reports a disclosure-looking file it cannot read", () => {
    const ws = workspace({
      "filings/northwind.r-page.txt": CLEAN_R_PAGE,
      "filings/cut.txt": { bytes: new Uint8Array([0x7c, 0x0a, 0x43, 0x79, 0x62, 0xe2, 0x82]) }, // ends inside a UTF-8 character
    });
    const run = runAction({ node, workspace: ws });
    expectNoCrash(run);
    expect(run.code).toBe(1);
    expect(located(run, "error").map((a) => [a.properties.file, a.properties.title])).toEqual([["filings/cut.txt", "unreadable input"]]);
  });

  it("no disclosures in the repository: passes and says so", () => {
    const ws = workspace({ "README.md": { text: "# Nothing here yet\n" } });
    const run = runAction({ node, workspace: ws });
    expectNoCrash(run);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("no disclosures found to lint");
    expect(run.summary).toContain("No disclosures were found to lint.");
    expect(run.outputs).toMatchObject({ errors: "0", warnings: "0", infos: "0" });
  });

  it("annotations: false sends none but still fails, summarises and writes SARIF", () => {
    const ws = workspace({ "a.txt": PLACEHOLDERS });
    const run = runAction({ node, workspace: ws, inputs: { annotations: "false" } });
    expect(run.code).toBe(1);
    expect(run.annotations.map((a) => a.message)).toEqual(["disclint: 3 errors at or above the fail level (error)"]);
    expect(run.summary).toContain("Annotations are off");
    expectValidSarif(run, 3);
  });

  it("sarif-file: a nested path is created; an empty one writes none", () => {
    const ws = workspace({ "a.txt": NO_POSITION });
    const nested = runAction({ node, workspace: ws, inputs: { "sarif-file": "reports/lint/disclint.sarif" } });
    expect(nested.outputs["sarif-file"]).toBe(join(ws, "reports", "lint", "disclint.sarif"));
    expectValidSarif(nested, 1);
    const none = runAction({ node, workspace: ws, inputs: { "sarif-file": "" } });
    expect(none.code).toBe(0);
    expect(none.outputs["sarif-file"]).toBe("");
    expect(none.sarif).toBeUndefined();
  });

  it("a bad input value fails the step with a message, not a stack trace", () => {
    const ws = workspace({ "a.txt": NO_POSITION });
    for (const [inputs, message] of [
      [{ "fail-on": "fatal" }, 'disclint: fail-on must be one of error, warning (or warn), info; got "fatal"'],
      [{ form: "30-F" }, 'disclint: form must be one of 10-K, 10-K/A, 20-F, 20-F/A, 8-K, 8-K/A, 6-K, 6-K/A; got "30-F"'],
      [{ timeout: "9999999999" }, 'disclint: timeout must be a whole number of milliseconds from 0 (no limit) to 2147483647; got "9999999999"'],
      [{ "max-warnings": "ten" }, 'disclint: max-warnings must be a whole number, -1 for no limit; got "ten"'],
      [{ annotations: "yes" }, 'disclint: annotations must be true or false; got "yes"'],
    ] as const) {
      const run = runAction({ node, workspace: ws, inputs });
      expectNoCrash(run);
      expect(run.code).toBe(1);
      expect(run.annotations.map((a) => a.message)).toEqual([message]);
    }
  });

  it("config: the named file applies to every input; its ignorePatterns leave files out", () => {
    const ws = workspace({
      "drafts/item-1c.txt": PLACEHOLDERS,
      "drafts/old/item-1c-2024.txt": PLACEHOLDERS,
      "config/disclint.json": { text: JSON.stringify({ rules: { "draft-placeholder": "warning" }, ignorePatterns: ["../drafts/old/"] }) },
    });
    const run = runAction({ node, workspace: ws, inputs: { config: "config/disclint.json" } });
    expectNoCrash(run);
    expect(run.code).toBe(0);
    expect(of(run, "warning").map((a) => [a.properties.title, a.properties.file])).toEqual([
      ["draft-placeholder", "drafts/item-1c.txt"],
      ["draft-placeholder", "drafts/item-1c.txt"],
      ["draft-placeholder", "drafts/item-1c.txt"],
    ]);
    expect(run.outputs).toMatchObject({ errors: "0", warnings: "3" });
    expect(run.stdout).toContain("disclint: drafts/old/item-1c-2024.txt: ignored by the config's ignorePatterns");
    expect(run.summary).toContain("; 1 file ignored by the config.");
  });

  it("config: without the input, the nearest .disclintrc.json applies, as in the CLI", () => {
    const ws = workspace({
      "drafts/item-1c.txt": PLACEHOLDERS,
      ".disclintrc.json": { text: JSON.stringify({ rules: { "draft-placeholder": "off" } }) },
    });
    const run = runAction({ node, workspace: ws });
    expect(run.code).toBe(0);
    expect(run.annotations).toEqual([]);
  });

  it("config: a config that cannot be used fails the step with its message", () => {
    const ws = workspace({ "a.txt": NO_POSITION, "bad.json": { text: JSON.stringify({ rules: { "draft-placeholder": "loud" } }) } });
    const missing = runAction({ node, workspace: ws, inputs: { config: "nowhere.json" } });
    expectNoCrash(missing);
    expect(missing.code).toBe(1);
    expect(missing.annotations).toHaveLength(1);
    expect(missing.annotations[0].message).toMatch(/^disclint: nowhere\.json: cannot read config: no such file/);
    const bad = runAction({ node, workspace: ws, inputs: { config: "bad.json" } });
    expect(bad.code).toBe(1);
    expect(bad.annotations.map((a) => a.message)).toEqual([expect.stringMatching(/^disclint: bad\.json: rules\.draft-placeholder: /)]);
  });

  it("timeout and rules-dir: a file over the budget is an error for that file, the others are still linted", () => {
    // The budget is wall time: generous enough that a.txt finishes on a loaded 2-core machine.
    // Quadratic on a million digits (a lookahead retried at every start, read to the text's end past the patterns' run bound): only the time budget stops it (a lexicon that replaces the built-in one).
    const slow = JSON.stringify({ description: "slow on purpose", patterns: ["(?=[\\s\\S]*~~~)\\d"], caseSensitive: true });
    const stuck = `|\nCybersecurity Risk Management and Strategy Disclosure\n|12 Months Ended\nDec. 31, 2025\n|Cybersecurity Risk Board of Directors Oversight [Text Block]\n|Reference ${"7".repeat(1_000_000)} follows.\n`;
    const ws = workspace({ "a.txt": NO_POSITION, "b.txt": { text: stuck }, "house/lexicons/placeholders.json": { text: slow } });
    const run = runAction({ node, workspace: ws, inputs: { files: "a.txt b.txt", "rules-dir": "house", timeout: "30000" } });
    expectNoCrash(run);
    expect(run.code).toBe(1);
    expect(located(run, "error").map((a) => [a.properties.file, a.message])).toEqual([["b.txt", "timed out after 30000 ms"]]);
    expect(located(run, "warning").map((a) => a.properties.file)).toEqual(["a.txt"]);
  });

  it("baseline and form: recorded findings are hidden; an unknown form is refused before linting", () => {
    const ws = workspace({ "a.txt": NO_POSITION });
    const first = runAction({ node, workspace: ws, inputs: { "max-warnings": "0", form: "10-K" } });
    expect(first.code).toBe(1);
    expect(failMessages(first).map((a) => a.message)).toEqual(["disclint: 1 warning, more than the maximum of 0 (max-warnings)"]);
    // The CLI writes the baseline the Action reads.
    const cli = spawnSync(LOCAL_NODE, [join(ROOT, "bin", "disclint.js"), "a.txt", "--baseline-write", "baseline.json"], { cwd: ws, encoding: "utf8" });
    expect(cli.status).toBe(0);
    const adopted = runAction({ node, workspace: ws, inputs: { "max-warnings": "0", baseline: "baseline.json", files: "a.txt" } });
    expectNoCrash(adopted);
    expect(adopted.code).toBe(0);
    expect(adopted.annotations).toEqual([]);
    expect(adopted.stdout).toContain("disclint: baseline baseline.json: 1 recorded finding hidden");
  });

  it("a file name that looks like a workflow command is logged, not obeyed", () => {
    const ws = workspace({ "::error::pwned.txt": NO_POSITION });
    const run = runAction({ node, workspace: ws });
    expectNoCrash(run);
    expect(run.stdout).toContain("::error::pwned.txt");
    expect(run.annotations.map((a) => [a.level, a.properties.file])).toEqual([["warning", "::error::pwned.txt"]]);
  });

  it("runs without GITHUB_STEP_SUMMARY and GITHUB_OUTPUT (by hand)", () => {
    const ws = workspace({ "a.txt": NO_POSITION });
    const run = runAction({ node, workspace: ws, env: { GITHUB_STEP_SUMMARY: "", GITHUB_OUTPUT: "" } });
    expectNoCrash(run);
    expect(run.code).toBe(0);
    expect(run.annotations).toHaveLength(1);
  });
});
