// The CLI's contract, one defect of issue 11 per test: exit code, stdout and stderr, as a new user
// sees them. Options are checked before anything is read, printed or written.
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { main } from "../../src/cli/main.js";
import { FORMS } from "../../src/model/form.js";
import { ROOT } from "../helpers.js";

const EXAMPLES = join(ROOT, "examples");
/** 3 warnings and an info (a 20-F filer's R page). */
const HARBOR = join(EXAMPLES, "harbor-lantern-20f-fy2025.r-page.txt");
const IXBRL = join(EXAMPLES, "northwind-10k-fy2025.htm");
/** 1 warning: management-position-named at 37:2. */
const NO_POSITION = join(ROOT, "test", "fixtures", "rules", "management-position-named", "invalid-no-position.txt");
const PLACEHOLDERS = join(ROOT, "test", "fixtures", "rules", "draft-placeholder", "invalid-placeholders.txt");

async function run(args: string[], opts: { cwd?: string; stdin?: string; isTTY?: boolean; columns?: number } = {}) {
  let stdout = "";
  let stderr = "";
  const code = await main(args, {
    stdout: (s) => (stdout += s),
    stderr: (s) => (stderr += s),
    cwd: opts.cwd ?? ROOT,
    env: {},
    isTTY: opts.isTTY ?? false,
    columns: opts.columns,
    readStdin: async () => Buffer.from(opts.stdin ?? ""),
  });
  return { code, stdout, stderr };
}

function tmp(): string {
  return mkdtempSync(join(tmpdir(), "disclint-contract-"));
}

/** A usage error: exit 2, one line on stderr, nothing on stdout. */
function expectUsage(r: { code: number; stdout: string; stderr: string }, message: RegExp | string): void {
  expect(r.code).toBe(2);
  expect(r.stdout).toBe("");
  expect(r.stderr.split("\n")).toHaveLength(2); // one line and its newline
  if (typeof message === "string") expect(r.stderr).toBe(`disclint: ${message}\n`);
  else expect(r.stderr).toMatch(message);
}

describe("options are checked before anything runs", () => {
  it("an unknown form is a usage error, not a clean pass with every rule off", async () => {
    expectUsage(await run(["--form", "20F", HARBOR]), `--form "20F" is not a form disclint knows; use one of ${FORMS.join(", ")}`);
  });

  it("a form is read as the SEC writes it, in any case", async () => {
    const r = await run(["--form", "20-f/a", NO_POSITION]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("management-position-named");
  });

  it("an unknown option after the files: one line, nothing linted or printed", async () => {
    expectUsage(await run([HARBOR, "--bogus"]), "unknown option: --bogus (see disclint --help)");
  });

  it("--fix and --cache are unknown options, not 'no input files'", async () => {
    expectUsage(await run(["--fix", HARBOR]), "unknown option: --fix (see disclint --help)");
    expectUsage(await run(["--cache", HARBOR]), "unknown option: --cache (see disclint --help)");
  });

  it("a bad choice is one line naming the choices", async () => {
    expectUsage(await run([HARBOR, "--fail-on", "fatal"]), '--fail-on expects error, warning (or warn) or info, got "fatal"');
    expectUsage(await run([HARBOR, "--input-format", "pdf"]), /^disclint: --input-format: "pdf" is not one of "r-page-text", /);
  });

  it("--timeout beyond setTimeout's range is refused (it would fire at once)", async () => {
    expectUsage(await run([HARBOR, "--timeout", String(2 ** 31)]), "--timeout expects a whole number of milliseconds from 0 (no limit) to 2147483647");
    expectUsage(await run([HARBOR, "--timeout", "-5"]), "--timeout expects a whole number of milliseconds from 0 (no limit) to 2147483647");
  });

  it("init --form 30-F writes nothing", async () => {
    const dir = tmp();
    expectUsage(await run(["init", "--form", "30-F"], { cwd: dir }), /^disclint: --form: "30-F" is not one of "10-K", "20-F"/);
    expect(readdirSync(dir)).toEqual([]);
  });

  it("-o naming an input is a usage error; the disclosure is untouched", async () => {
    const dir = tmp();
    const f = join(dir, "item1c.txt");
    copyFileSync(NO_POSITION, f);
    const before = readFileSync(f);
    expectUsage(await run([f, "-o", f]), `--output-file ${f} is one of the files to lint; name another file`);
    expectUsage(await run([dir, "-o", join(dir, "item1c.txt"), "-f", "json"], { cwd: dir }), /is one of the files to lint/);
    expect(readFileSync(f)).toEqual(before);
  });

  it("a forced --input-format that does not fit the file is an error for that file (exit 2)", async () => {
    const r = await run(["--input-format", "r-page-text", IXBRL]);
    expect(r.code).toBe(2);
    expect(r.stdout).toContain("--input-format r-page-text does not fit this file: it reads as Inline XBRL");
    expect(r.stdout.endsWith("Failed: 1 file could not be linted.\n")).toBe(true);
    expect(r.stderr).toBe("");
  });

  it("warn is accepted for warning, in --fail-on and --rule", async () => {
    const r = await run([NO_POSITION, "--fail-on", "warn"]);
    expect(r.code).toBe(1);
    const lowered = await run([PLACEHOLDERS, "--rule", "draft-placeholder:warn"]);
    expect(lowered.code).toBe(0);
    expect(lowered.stdout).toMatch(/29:2\s+warning\s+Placeholder/);
  });
});

describe("the last line says why a run failed", () => {
  it("too many warnings", async () => {
    const r = await run([HARBOR, "--max-warnings", "2"]);
    expect(r.code).toBe(1);
    expect(r.stdout.endsWith("✖ 4 problems (0 errors, 3 warnings, 1 info)\nFailed: 3 warnings, more than the maximum of 2 (max-warnings).\n")).toBe(true);
    expect(r.stderr).toBe("");
  });

  it("errors at the fail level; with -o the reason follows the summary on the terminal", async () => {
    const r = await run([PLACEHOLDERS]);
    expect(r.code).toBe(1);
    expect(r.stdout.endsWith("Failed: 3 errors at or above the fail level (error).\n")).toBe(true);
    const out = join(tmp(), "report.json");
    const written = await run([PLACEHOLDERS, "-f", "json", "-o", out]);
    expect(written.stdout).toBe("✖ 3 problems (3 errors, 0 warnings, 0 info)\nFailed: 3 errors at or above the fail level (error).\n");
    expect(JSON.parse(readFileSync(out, "utf8"))[0].errorCount).toBe(3);
  });

  it("a passing run says nothing more; a machine format stays that format", async () => {
    const r = await run([HARBOR]);
    expect(r.code).toBe(0);
    expect(r.stdout.endsWith("✖ 4 problems (0 errors, 3 warnings, 1 info)\n")).toBe(true);
    const json = await run([PLACEHOLDERS, "-f", "json"]);
    expect(json.code).toBe(1);
    expect(JSON.parse(json.stdout)).toHaveLength(1);
    expect(json.stderr).toBe("");
  });

  it("--quiet --fail-on warning shows the warnings that fail the run, never 'No problems found'", async () => {
    const r = await run([HARBOR, "--quiet", "--fail-on", "warning"]);
    expect(r.code).toBe(1);
    expect(r.stdout).not.toContain("No problems found");
    expect(r.stdout).toContain("3 problems (0 errors, 3 warnings, 0 info)");
    expect(r.stdout).not.toContain("info ");
  });

  it("--quiet --max-warnings: the warnings over the limit are shown", async () => {
    const r = await run([HARBOR, "--quiet", "--max-warnings", "0"]);
    expect(r.code).toBe(1);
    expect(r.stdout).not.toContain("No problems found");
    expect(r.stdout).toContain("Failed: 3 warnings, more than the maximum of 0 (max-warnings).\n");
  });
});

describe("disclint facts", () => {
  it("with no file: a usage error and no [] first", async () => {
    expectUsage(await run(["facts"]), "no input files: give a file or folder (see disclint --help)");
  });

  it("on a folder skips what is not a disclosure, as lint does", async () => {
    const dir = tmp();
    copyFileSync(NO_POSITION, join(dir, "item1c.txt"));
    writeFileSync(join(dir, "README.md"), "# Our disclosures\n\nDrafts live here.\n");
    const r = await run(["facts", dir], { cwd: dir });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).documents.map((d: { file: string }) => d.file)).toEqual(["item1c.txt"]);
    expect(r.stderr).toBe("disclint: skipped 1 file that is not a disclosure: README.md\n");
  });

  it.skipIf(!existsSync(join(ROOT, "dist", "cli.js")))("piped to head -1: no EPIPE stack trace", () => {
    const r = spawnSync("sh", ["-c", `node ${join(ROOT, "bin", "disclint.js")} facts ${EXAMPLES} | head -1`], { encoding: "utf8" });
    expect(r.stdout).toBe("[\n");
    expect(r.stderr).not.toMatch(/EPIPE|\n\s+at /);
  });
});

describe("a report a reviewer can act on", () => {
  it("stylish shows the quote, the block it sits in and the citation under each finding", async () => {
    const r = await run([HARBOR]);
    expect(r.stdout).toMatch(/12:240\s+warning\s+This is a Form 20-F filer/);
    expect(r.stdout).toContain("“If an incident is determined to be material, we disclose it on Form 8-K under Item 1.05.” (in");
    // A 20-F filer is cited the parts of the rule that govern it (src/model/citation.ts).
    expect(r.stdout).toContain("Form 6-K; Form 20-F General Instructions");
    expect(r.stdout).not.toContain("Form 8-K Item 1.05; Form 6-K");
  });

  it("detail lines wrap to the terminal's width", async () => {
    const r = await run([HARBOR], { isTTY: true, columns: 80 });
    const details = r.stdout.split("\n").filter((l) => /^ {19}\S/.test(l));
    expect(details.length).toBeGreaterThan(8);
    for (const l of details) expect(l.replace(/\u001b\[[0-9;]*m/g, "").length).toBeLessThanOrEqual(80);
  });

  it("--stdin with --stdin-filename: reported under that name, format detected from it", async () => {
    const r = await run(["--stdin", "--stdin-filename", "drafts/item1c.txt"], { stdin: readFileSync(NO_POSITION, "utf8") });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^drafts\/item1c\.txt\n\s+37:2\s+warning/);
  });

  it("--stdin and files at once is a usage error", async () => {
    expectUsage(await run(["--stdin", HARBOR]), "give files or --stdin, not both");
  });

  it("--ignore-pattern leaves matching files out of a folder walk", async () => {
    const dir = tmp();
    mkdirSync(join(dir, "old"));
    copyFileSync(NO_POSITION, join(dir, "item1c.txt"));
    copyFileSync(PLACEHOLDERS, join(dir, "old", "item1c-2024.txt"));
    const all = await run([".", "-f", "json"], { cwd: dir });
    expect(JSON.parse(all.stdout)).toHaveLength(2);
    const r = await run([".", "-f", "json", "--ignore-pattern", "old/**"], { cwd: dir });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).map((x: { filePath: string }) => x.filePath)).toEqual([join(dir, "item1c.txt")]);
  });

  it("--no-inline-config reports past disclint-disable directives (an auditor's view)", async () => {
    const dir = tmp();
    const f = join(dir, "item1c.md");
    const lines = readFileSync(join(EXAMPLES, "northwind-item1c-draft.md"), "utf8").split("\n");
    lines.splice(6, 0, "<!-- disclint-disable-next-line draft-placeholder -- the counsel fills it in -->", "The program is reviewed by [TBD].", "");
    writeFileSync(f, lines.join("\n"));
    const honoured = await run([f]);
    expect(honoured.code).toBe(0);
    expect(honoured.stdout).toContain("No problems found");
    const audited = await run([f, "--no-inline-config"]);
    expect(audited.code).toBe(1);
    expect(audited.stdout).toMatch(/8:\d+\s+error\s+Placeholder "\[TBD\]"/);
  });
});

describe("one list of forms, one of input formats", () => {
  it("--input-format's choices are the formats the readers' registry reads", async () => {
    const { READERS } = await import("../../src/sources/registry.js");
    const { INPUT_FORMATS } = await import("../../src/model/input-formats.js");
    expect([...INPUT_FORMATS].sort()).toEqual(Object.keys(READERS).sort());
  });

  it("the config schema's form enum is FORMS", () => {
    const schema = JSON.parse(readFileSync(join(ROOT, "schemas", "config.schema.json"), "utf8"));
    expect(schema.definitions?.form?.enum ?? schema.properties?.form?.enum ?? findForm(schema)).toEqual([...FORMS]);
  });
});

function findForm(schema: unknown): unknown {
  const text = JSON.stringify(schema);
  const m = /"form":\{"enum":(\[[^\]]*\])/.exec(text);
  return m ? JSON.parse(m[1]) : undefined;
}

describe("messages a reader can use", () => {
  it("rule descriptions name concepts by label, not by catalog number", async () => {
    const r = await run(["rules"]);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(/#\d/);
    expect(r.stdout).toContain("Neither Board Committee or Subcommittee Responsible for Oversight [Text Block] nor Board of Directors Oversight [Text Block] names a committee");
  });

  it("a fix hint is filled in like its message: no literal {concept}", async () => {
    const r = await run([join(ROOT, "test", "fixtures", "rules", "required-element", "invalid-board-block-untagged.txt"), "-f", "json"]);
    const fixes = JSON.parse(r.stdout)[0].messages.map((m: { fix?: string }) => m.fix ?? "");
    expect(fixes.join("\n")).not.toMatch(/\{\w+\}/);
    expect(fixes).toContain("Tag that disclosure with CybersecurityRiskBoardOfDirectorsOversightTextBlock as well (one passage may carry several cyd tags).");
  });

  it("a vague cadence reads as one", async () => {
    const r = await run([HARBOR]);
    expect(r.stdout).toContain('The board\'s reporting cadence is given only as "from time to time": no definite cadence such as quarterly.');
  });
});
