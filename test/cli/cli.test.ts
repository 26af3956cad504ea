import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync, copyFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { main } from "../../src/cli/main.js";
import { ROOT, SAMPLE } from "../helpers.js";

const EXAMPLE = join(ROOT, "examples", "northwind-10k-fy2025.r-page.txt");

async function run(args: string[], cwd = ROOT) {
  let stdout = "";
  let stderr = "";
  const code = await main(args, {
    stdout: (s) => (stdout += s),
    stderr: (s) => (stderr += s),
    cwd,
    env: {},
    isTTY: false,
  });
  return { code, stdout, stderr };
}

function tmp(): string {
  return mkdtempSync(join(tmpdir(), "disclint-cli-"));
}

describe("disclint (lint)", () => {
  it("reports a capitalised flag value the same way in an XBRL instance and in Inline XBRL (flag-value, exit 1)", async () => {
    const dir = tmp();
    const flag = "CybersecurityRiskManagementProcessesIntegratedFlag";
    const ns = 'xmlns:cyd="http://xbrl.sec.gov/cyd/2025"';
    // Fictional filer: Bramblewood Freight Inc.
    writeFileSync(join(dir, "bramblewood.xml"), `<xbrl xmlns="http://www.xbrl.org/2003/instance" ${ns}>\n<cyd:${flag} contextRef="c1">True</cyd:${flag}>\n</xbrl>\n`);
    writeFileSync(
      join(dir, "bramblewood.htm"),
      `<html xmlns="http://www.w3.org/1999/xhtml" xmlns:ix="http://www.xbrl.org/2013/inlineXBRL" ${ns}><body>\n<p>Bramblewood Freight Inc. <ix:nonNumeric name="cyd:${flag}" contextRef="c1">True</ix:nonNumeric></p>\n</body></html>\n`,
    );
    for (const [file, column] of [["bramblewood.xml", 1], ["bramblewood.htm", 29]] as const) {
      const r = await run([file, "-f", "json"], dir);
      expect(r.code, file).toBe(1);
      const [result] = JSON.parse(r.stdout) as Array<{ messages: Array<{ ruleId: string; line: number; column: number; message: string }> }>;
      const found = result.messages.filter((m) => m.ruleId === "flag-value");
      expect(found, file).toHaveLength(1);
      expect(found[0], file).toMatchObject({ line: 2, column });
      expect(found[0].message, file).toContain('"True" is not a valid xs:boolean');
    }
  });

  it("lints the sample: findings grouped by file, exit 0 (no errors)", async () => {
    const r = await run([SAMPLE]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("../shared/examples/r-page-20f-fy2024.txt\n");
    expect(r.stdout).toMatch(/40:2\s+warning\s+.*management-position-named/);
    expect(r.stdout).toMatch(/33:14\s+info\s+.*text-spacing/);
    expect(r.stdout).toContain("4 problems (0 errors, 2 warnings, 2 info)");
    expect(r.stderr).toBe("");
  });

  it("lints the bundled example clean", async () => {
    const r = await run([EXAMPLE]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("No problems found");
  });

  it("--format json is the ESLint-compatible array", async () => {
    const r = await run([SAMPLE, "--format", "json"]);
    expect(r.code).toBe(0);
    const [result] = JSON.parse(r.stdout);
    expect(result.filePath).toBe(SAMPLE.replace(/\\/g, "/"));
    expect([result.errorCount, result.warningCount, result.infoCount, result.fatalErrorCount]).toEqual([0, 2, 2, 0]);
    const m = result.messages.find((x: { ruleId: string }) => x.ruleId === "management-position-named");
    expect(m).toMatchObject({ severity: 1, level: "warning", line: 40, column: 2, endLine: 40, endColumn: 19, citation: "Form 20-F Item 16K(c)(2)(i)" });
    expect(m.concept).toBe("CybersecurityRiskManagementPositionsOrCommitteesResponsibleTextBlock");
    expect(m.docsUrl).toMatch(/docs\/rules\/management-position-named\.md$/);
    expect(m.fix).toBeTruthy();
  });

  it("--fail-on warning and --max-warnings fail the run with 1", async () => {
    expect((await run([SAMPLE, "--fail-on", "warning"])).code).toBe(1);
    expect((await run([SAMPLE, "--max-warnings", "1"])).code).toBe(1);
    expect((await run([SAMPLE, "--max-warnings", "2"])).code).toBe(0);
    expect((await run([SAMPLE, "--fail-on", "info", "--rule", "text-spacing:off", "--rule", "board-reporting-cadence:off", "--rule", "management-position-named:off", "--rule", "flag-text-third-party-oversight:off"])).code).toBe(0);
  });

  it("an error-level finding exits 1; --rule can lower it", async () => {
    const dir = tmp();
    const f = join(dir, "placeholder.txt");
    writeFileSync(f, "|\nCybersecurity Risk Management and Strategy Disclosure\n|12 Months Ended\nDec. 31, 2025\n|Cybersecurity Risk Board of Directors Oversight [Text Block]\n|Our Board oversees cybersecurity risk through the [TBD] Committee.\n");
    const r = await run([f, "--rule", "required-element:off"]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/6:52\s+error\s+Placeholder "\[TBD\]"/);
    expect((await run([f, "--rule", "required-element:off", "--rule", "draft-placeholder:warning"])).code).toBe(0);
  });

  it("--quiet shows errors only", async () => {
    const r = await run([SAMPLE, "--quiet"]);
    expect(r.stdout).not.toContain("warning");
    expect(r.code).toBe(0);
  });

  it("a directory is walked; a wrong path is a fatal for that path and the rest are still linted (exit 2)", async () => {
    const dir = tmp();
    copyFileSync(SAMPLE, join(dir, "sample.txt"));
    mkdirSync(join(dir, "sub"));
    copyFileSync(EXAMPLE, join(dir, "sub", "northwind.txt"));
    const r = await run([dir, join(dir, "missing.htm"), "--format", "json"]);
    expect(r.code).toBe(2);
    const results = JSON.parse(r.stdout) as { filePath: string; messages: { fatal?: boolean; message: string }[]; warningCount: number }[];
    expect(results.map((x) => x.filePath.split("/").pop())).toEqual(["missing.htm", "sample.txt", "northwind.txt"]);
    expect(results[0].messages[0]).toMatchObject({ fatal: true });
    expect(results[0].messages[0].message).toMatch(/no such file/);
    expect(results[1].warningCount).toBe(2);
  });

  it("a file that is not a disclosure is a clear fatal, not a crash", async () => {
    const dir = tmp();
    const f = join(dir, "notes.txt");
    writeFileSync(f, "Shopping list\n- eggs\n- milk\n");
    const r = await run([f]);
    expect(r.code).toBe(2);
    expect(r.stdout).toContain("not a disclosure");
    expect(r.stdout).not.toMatch(/\bat .*\.ts:\d+/);
  });

  it("tagged markup with no fact and no cybersecurity section is not a disclosure, not a silent pass", async () => {
    const dir = tmp();
    const instance = join(dir, "empty.xml");
    writeFileSync(instance, '<?xml version="1.0"?>\n<xbrl xmlns="http://www.xbrl.org/2003/instance"><foo>bar</foo></xbrl>\n');
    // The cyd prefix is never declared, so its fact is no fact: said, not passed as clean.
    const undeclared = join(dir, "undeclared.htm");
    writeFileSync(undeclared, '<html xmlns:ix="http://www.xbrl.org/2013/inlineXBRL"><body><ix:nonNumeric name="cyd:X" contextRef="c">text</ix:nonNumeric></body></html>\n');
    for (const [f, kind] of [[instance, "XBRL instance"], [undeclared, "Inline XBRL"]]) {
      const r = await run([f]);
      expect(r.code).toBe(2);
      expect(r.stdout).toContain(`not a disclosure: ${kind} with no XBRL facts (no dei or cyd tags) and no cybersecurity section`);
    }
    // Found by a folder walk beside a real disclosure it is skipped and named, like a README.
    copyFileSync(SAMPLE, join(dir, "r-page.txt"));
    const walked = await run([dir]);
    expect(walked.code).toBe(0);
    expect(walked.stderr).toMatch(/skipped 2 files that are not a disclosure .*empty\.xml/);
  });

  it("usage errors exit 2 with a short message", async () => {
    const none = await run([]);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain("no input files");
    const unknown = await run([SAMPLE, "--no-such-flag"]);
    expect(unknown.code).toBe(2);
    // Named as typed: yargs reads --no-such-flag as --such-flag set false.
    expect(unknown.stderr).toBe('disclint: unknown option: --no-such-flag (see disclint --help)\n');
    expect(unknown.stdout).toBe("");
    const badFormat = await run([SAMPLE, "--format", "xml"]);
    expect(badFormat.code).toBe(2);
    expect(badFormat.stderr).toBe('disclint: --format: "xml" is not one of "stylish", "json", "sarif", "github", "junit", "html", "markdown" (see disclint --help)\n');
    const badRule = await run([SAMPLE, "--rule", "no-such-rule:error"]);
    expect(badRule.code).toBe(2);
    expect(badRule.stderr).toContain('unknown rule id "no-such-rule"');
    const badRuleDir = await run([SAMPLE, "--rules-dir", "/nonexistent/rules"]);
    expect(badRuleDir.code).toBe(2);
    expect(badRuleDir.stderr).toContain("rules directory not found");
  });

  it("--strict holds Inline XBRL to XML well-formedness beyond the tags disclint reads", async () => {
    const dir = tmp();
    const f = join(dir, "bad-xml.htm");
    writeFileSync(
      f,
      '<?xml version="1.0"?>\n<html xmlns="http://www.w3.org/1999/xhtml" xmlns:ix="http://www.xbrl.org/2013/inlineXBRL" xmlns:cyd="http://xbrl.sec.gov/cyd/2025">\n<body><p>Unclosed <b>bold</p>\n<ix:nonNumeric name="cyd:CybersecurityRiskRoleOfManagementTextBlock" contextRef="c" escape="true">Our CISO leads.</ix:nonNumeric>\n</body></html>\n',
    );
    const lenient = await run([f, "--format", "json"]);
    expect(JSON.parse(lenient.stdout)[0].fatalErrorCount).toBe(0);
    const strict = await run([f, "--strict", "--format", "json"]);
    expect(strict.code).toBe(2);
    const [message] = JSON.parse(strict.stdout)[0].messages;
    expect(message).toMatchObject({ fatal: true, line: 3, column: 26 });
    expect(message.message).toMatch(/^not well-formed XML \(--strict\): Expected closing tag 'b'/);
    expect((await run([EXAMPLE.replace(".r-page.txt", ".htm"), "--strict"])).code).toBe(0);
  });

  it("--timeout: a file over its budget is a fatal for that file; a bad value is a usage error", async () => {
    const big = join(ROOT, "..", "shared", "corpus", "real", "edgartools", "ko-10-k-2025-02-20.html");
    const r = await run([big, "--timeout", "1", "--format", "json"]);
    expect(r.code).toBe(2);
    expect(JSON.parse(r.stdout)[0].messages[0]).toMatchObject({ fatal: true, message: "timed out after 1 ms" });
    const bad = await run([SAMPLE, "--timeout", "-5"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("--timeout expects a whole number of milliseconds");
    expect((await run([SAMPLE, "--timeout", "0"])).code).toBe(0);
  });

  it("a file in a walked folder that is not a disclosure is skipped and named; named on the command line it is fatal", async () => {
    const dir = tmp();
    copyFileSync(SAMPLE, join(dir, "r-page.txt"));
    writeFileSync(join(dir, "README.md"), "# Drafts\n\nThe cyber section drafts live here.\n");
    const walked = await run([dir]);
    expect(walked.code).toBe(0);
    expect(walked.stderr).toMatch(/skipped 1 file that is not a disclosure .*README\.md/);
    const named = await run([join(dir, "README.md")]);
    expect(named.code).toBe(2);
    expect(named.stdout).toContain("not a disclosure: no Item 1C / Item 16K / Cybersecurity section found");
  });

  it("--form decides the form when the input does not say", async () => {
    const dir = tmp();
    const f = join(dir, "r.txt");
    writeFileSync(f, "|\nCybersecurity Risk Management and Strategy Disclosure\n|12 Months Ended\nDec. 31, 2025\n|Cybersecurity Risk Board of Directors Oversight [Text Block]\n|Our Audit Committee oversees cybersecurity risk. Material incidents are reported on Form 8-K.\n");
    const as20f = await run([f, "--form", "20-F", "--format", "json"]);
    const ids = JSON.parse(as20f.stdout)[0].messages.map((m: { ruleId: string }) => m.ruleId);
    expect(ids).toContain("incident-form-matches-filer");
    const as10k = JSON.parse((await run([f, "--form", "10-K", "--format", "json"])).stdout)[0].messages.map((m: { ruleId: string }) => m.ruleId);
    expect(as10k).not.toContain("incident-form-matches-filer");
  });

  it("--output-file writes the report and prints the summary", async () => {
    const dir = tmp();
    const out = join(dir, "report.json");
    const r = await run([SAMPLE, "-f", "json", "-o", out]);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe("✖ 4 problems (0 errors, 2 warnings, 2 info)");
    expect(JSON.parse(execFileSync("cat", [out], { encoding: "utf8" }))[0].warningCount).toBe(2);
  });
});

describe("disclint facts", () => {
  it("prints every fact with concept, kind, value and position", async () => {
    const r = await run(["facts", SAMPLE]);
    expect(r.code).toBe(0);
    const model = JSON.parse(r.stdout);
    expect(model.form).toBe("20-F");
    expect(model.periodEndDate).toBe("2024-12-31");
    expect(model.facts).toHaveLength(15);
    expect(model.facts[1]).toMatchObject({ concept: "CybersecurityRiskManagementProcessesIntegratedFlag", kind: "flag", value: true, line: 13, column: 2 });
    expect(model.facts.find((f: { concept: string }) => f.concept === "CybersecurityRiskManagementPositionsOrCommitteesResponsibleTextBlock")).toMatchObject({
      kind: "text",
      value: "Mr. Junhong Huang",
      line: 40,
      column: 2,
      endLine: 40,
      endColumn: 19,
    });
  });

  it("reports an unreadable file on stderr with exit 2", async () => {
    const r = await run(["facts", "/nonexistent/file.htm"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/nonexistent\/file\.htm/);
  });
});

describe("disclint rules", () => {
  it("lists every rule with severity and citation", async () => {
    const r = await run(["rules"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^management-position-named\s+warning\s+Reg S-K 106\(c\)\(2\)\(i\)/m);
    const json = JSON.parse((await run(["rules", "--json"])).stdout) as { id: string }[];
    expect(json.map((x) => x.id)).toContain("flag-text-material-effect");
  });
});

describe("the installed binary", () => {
  const bin = join(ROOT, "bin", "disclint.js");
  it("--help and --version exit 0", () => {
    const help = spawnSync(process.execPath, [bin, "--help"], { encoding: "utf8" });
    expect(help.status).toBe(0);
    expect(help.stdout).toContain("Exit codes:");
    expect(help.stdout).toContain("--max-warnings");
    const version = spawnSync(process.execPath, [bin, "--version"], { encoding: "utf8" });
    expect(version.status).toBe(0);
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it("sets the exit code and never prints a stack trace for bad input", () => {
    const ok = spawnSync(process.execPath, [bin, SAMPLE], { encoding: "utf8" });
    expect(ok.status).toBe(0);
    const bad = spawnSync(process.execPath, [bin, "/nonexistent.htm"], { encoding: "utf8" });
    expect(bad.status).toBe(2);
    expect(bad.stdout + bad.stderr).not.toMatch(/\n\s+at /);
    const usage = spawnSync(process.execPath, [bin, "--bogus"], { encoding: "utf8" });
    expect(usage.status).toBe(2);
  });
});
