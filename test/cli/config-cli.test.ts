import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli, tempTree } from "../cli-helpers.js";
import { ROOT } from "../helpers.js";

const NORTHWIND = readFileSync(join(ROOT, "examples", "northwind-10k-fy2025.htm"), "utf8");
/** Northwind's 10-K with "[TBD]" as the positions text: line 24 has draft-placeholder (error) and management-position-named (warning). */
const DRAFT = NORTHWIND.replace("<p>Chief Information Security Officer; Chief Technology Officer</p>", "<p>[TBD]</p>");
const HOUSE_RULES = join(ROOT, "docs", "examples", "house-rules");

const run = runCli;
const tree = (files: Record<string, string>) => tempTree(files);

/** Appends a comment to a 1-based line, so no line number moves. */
function withComment(text: string, line: number, comment: string): string {
  const lines = text.split("\n");
  lines[line - 1] += comment;
  return lines.join("\n");
}

type JsonResult = { filePath: string; messages: { ruleId: string; line: number; column: number; level: string; message: string }[] };
const messages = (stdout: string) => (JSON.parse(stdout) as JsonResult[]).flatMap((r) => r.messages.map((m) => `${m.line}:${m.column} ${m.level} ${m.ruleId}`));

describe("config on the command line", () => {
  it("the nearest config applies; --rule wins over it; --no-config ignores it", async () => {
    const dir = tree({ ".disclintrc.json": '{ "rules": { "draft-placeholder": "warning" } }', "10k.htm": DRAFT });
    const withConfig = await run(["10k.htm", "-f", "json"], dir);
    expect(withConfig.code).toBe(0);
    expect(messages(withConfig.stdout)).toEqual(["24:1 warning management-position-named", "24:140 warning draft-placeholder"]);
    const cliWins = await run(["10k.htm", "-f", "json", "--rule", "draft-placeholder:error"], dir);
    expect(cliWins.code).toBe(1);
    expect(messages(cliWins.stdout)).toEqual(["24:1 warning management-position-named", "24:140 error draft-placeholder"]);
    const none = await run(["10k.htm", "--no-config"], dir);
    expect(none.code).toBe(1);
    expect(none.stdout).toMatch(/24:140\s+error\s+Placeholder "\[TBD\]"/);
  });

  it("--config uses one file for every input; YAML and package.json work too", async () => {
    const dir = tree({
      "configs/relaxed.yaml": "rules:\n  draft-placeholder: info\n  management-position-named: off\n",
      "configs/package.json": JSON.stringify({ name: "x", disclint: { rules: { "management-position-named": "error" } } }),
      "a/10k.htm": DRAFT,
    });
    const relaxed = await run(["a/10k.htm", "--config", "configs/relaxed.yaml", "-f", "json"], dir);
    expect(relaxed.code).toBe(0);
    expect(messages(relaxed.stdout)).toEqual(["24:140 info draft-placeholder"]);
    const pkg = await run(["a/10k.htm", "-c", "configs/package.json", "-f", "json", "--rule", "draft-placeholder:off"], dir);
    expect(pkg.code).toBe(1);
    expect(messages(pkg.stdout)).toEqual(["24:1 error management-position-named"]);
  });

  it("accepts ESLint's \"warn\" for \"warning\", as --rule and --fail-on do (top level, overrides, with options)", async () => {
    const dir = tree({
      ".disclintrc.yaml": "overrides:\n  - files: [\"b/*.htm\"]\n    rules: { draft-placeholder: [warn, { note: x }] }\n",
      "a/.disclintrc.json": '{ "rules": { "draft-placeholder": "warn" } }',
      "a/10k.htm": DRAFT,
      "b/10k.htm": DRAFT,
      "c/10k.htm": DRAFT,
    });
    const placeholder = (stdout: string) => messages(stdout).filter((m) => m.endsWith(" draft-placeholder"));
    for (const [file, code, severity] of [["a/10k.htm", 0, "warning"], ["b/10k.htm", 0, "warning"], ["c/10k.htm", 1, "error"]] as const) {
      const r = await run(["-f", "json", file], dir);
      expect([file, r.code, r.stderr, placeholder(r.stdout)]).toEqual([file, code, "", [`24:140 ${severity} draft-placeholder`]]);
    }
    const printed = JSON.parse((await run(["--print-config", "b/10k.htm"], dir)).stdout);
    expect(printed.rules).toMatchObject({ "draft-placeholder": ["warning", { note: "x" }] });
  });

  it("a bad config exits 2 with the file, the place in it and what is wrong", async () => {
    const cases: [Record<string, string>, string[], string][] = [
      [{ ".disclintrc.json": '{ "rules": { "no-such-rule": "error" } }' }, ["10k.htm"], "disclint: .disclintrc.json: rules.no-such-rule: unknown rule id\n"],
      [{ ".disclintrc.json": '{ "rules": { "draft-placeholder": "warnings" } }' }, ["10k.htm"], 'disclint: .disclintrc.json: rules.draft-placeholder: must be "off", "info", "warning" (or "warn"), "error" or [severity, { options }]\n'],
      [{ ".disclintrc.yaml": "overrides:\n  - files: [\"*.htm\"]\n    rules: { draft-placeholder: [error, strict] }\n" }, ["10k.htm"], "disclint: .disclintrc.yaml: overrides[0].rules.draft-placeholder[1]: rule options must be an object\n"],
      [{ ".disclintrc.json": '{ "rulesDirs": ["house"] }' }, ["10k.htm"], "disclint: .disclintrc.json: rulesDirs[0]: folder not found: house\n"],
      [{}, ["10k.htm", "--config", "missing.json"], "disclint: missing.json: cannot read config: no such file\n"],
    ];
    for (const [files, args, stderr] of cases) {
      const dir = tree({ ...files, "10k.htm": DRAFT });
      const r = await run(args, dir);
      expect([r.code, r.stderr, r.stdout]).toEqual([2, stderr, ""]);
    }
  });

  it("--print-config prints what applies to a file (no files to lint needed)", async () => {
    const dir = tree({
      ".disclintrc.json": JSON.stringify({ form: "10-K", rules: { "text-spacing": "off" }, overrides: [{ files: ["final/"], rules: { "board-reporting-cadence": "error" } }] }),
    });
    const r = await run(["--print-config", "final/10k.htm", "--rule", "draft-placeholder:warning"], dir);
    expect(r.code).toBe(0);
    const printed = JSON.parse(r.stdout);
    expect(printed).toMatchObject({ file: "final/10k.htm", configFile: ".disclintrc.json", ignored: false, form: "10-K", rulesDirs: [], lexicons: {} });
    expect(printed.rules).toMatchObject({ "text-spacing": "off", "board-reporting-cadence": "error", "draft-placeholder": "warning", "flag-value": "error" });
    const bad = await run(["--print-config", "x.htm", "--rule", "nope:error"], dir);
    expect([bad.code, bad.stderr]).toEqual([2, 'disclint: --rule: unknown rule id "nope"\n']);
  });

  it("an explicitly named file the config ignores is left out, with a note on stderr", async () => {
    const dir = tree({ ".disclintrc.json": '{ "ignorePatterns": ["drafts/"] }', "drafts/10k.htm": DRAFT, "final/10k.htm": NORTHWIND });
    const r = await run(["drafts/10k.htm", "final"], dir);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("disclint: drafts/10k.htm: ignored by the config's ignorePatterns\n");
    expect(r.stdout).toContain("No problems found (1 file checked)");
  });

  it("rulesDirs in the config load the house rules for linting and for `disclint rules`", async () => {
    const dir = tree({ "10k.htm": NORTHWIND.replace(/NIST Cybersecurity Framework/g, "our own framework") });
    writeFileSync(join(dir, ".disclintrc.json"), JSON.stringify({ rulesDirs: [relative(dir, HOUSE_RULES)] }));
    const r = await run(["10k.htm", "-f", "json"], dir);
    expect(r.code).toBe(0);
    expect(messages(r.stdout)).toEqual(["16:1 warning framework-named"]);
    const rules = await run(["rules"], dir);
    expect(rules.stdout).toMatch(/^framework-named\s+warning\s+House disclosure policy 4\.2/m);
    expect((await run(["rules", "--no-config"], dir)).stdout).not.toContain("framework-named");
  });
});

describe("inline suppressions on the command line", () => {
  it("a disable directive with a reason turns an error run into a pass", async () => {
    const dir = tree({ "10k.htm": withComment(DRAFT, 23, "<!-- disclint-disable-next-line draft-placeholder -- positions confirmed after the board meeting -->") });
    const r = await run(["10k.htm", "-f", "json"], dir);
    expect(r.code).toBe(0);
    expect(messages(r.stdout)).toEqual(["24:1 warning management-position-named"]);
  });

  it("without a reason the run fails on the directive and on the finding", async () => {
    const dir = tree({ "10k.htm": withComment(DRAFT, 23, "<!-- disclint-disable-next-line draft-placeholder -->") });
    const r = await run(["10k.htm"], dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/23:340\s+error\s+disclint-disable-next-line directive has no reason, so it suppresses nothing\.\s+disclint-directive/);
    expect(r.stdout).toMatch(/24:140\s+error\s+Placeholder "\[TBD\]"/);
  });

  it("--report-unused-disable-directives fails a run with a stale directive; SARIF lists the directive check", async () => {
    const dir = tree({ "10k.htm": withComment(NORTHWIND, 23, "<!-- disclint-disable-next-line draft-placeholder -- was [TBD] in the March draft -->") });
    expect((await run(["10k.htm"], dir)).code).toBe(0);
    const r = await run(["10k.htm", "--report-unused-disable-directives", "-f", "sarif"], dir);
    expect(r.code).toBe(1);
    const sarif = JSON.parse(r.stdout);
    const [result] = sarif.runs[0].results;
    expect(result).toMatchObject({ ruleId: "disclint-directive", level: "error" });
    expect(result.message.text).toMatch(/^Unused disclint-disable-next-line directive: no problem from draft-placeholder was reported on the next line\./);
    expect(result.locations[0].physicalLocation.region).toMatchObject({ startLine: 23, startColumn: 340 });
    const rule = sarif.runs[0].tool.driver.rules.find((x: { id: string }) => x.id === "disclint-directive");
    expect(rule.helpUri).toMatch(/docs\/configuration\.md#inline-suppressions$/);
  });
});

describe("baseline on the command line", () => {
  it("--baseline-write records; --baseline hides those and fails only on new findings; stale entries are reported", async () => {
    const dir = tree({ "filings/10k.htm": DRAFT });
    const write = await run(["filings", "--baseline-write", "disclint-baseline.json"], dir);
    expect(write.code).toBe(0);
    expect(write.stderr).toBe("disclint: baseline disclint-baseline.json: recorded 2 findings\n");
    expect(write.stdout).toContain("No problems found");
    const baseline = JSON.parse(readFileSync(join(dir, "disclint-baseline.json"), "utf8"));
    expect(baseline.findings.map((e: { file: string; ruleId: string }) => `${e.file} ${e.ruleId}`)).toEqual(["filings/10k.htm draft-placeholder", "filings/10k.htm management-position-named"]);

    // Unchanged: everything known, exit 0.
    const same = await run(["filings", "--baseline", "disclint-baseline.json"], dir);
    expect([same.code, same.stderr]).toEqual([0, "disclint: baseline disclint-baseline.json: 2 recorded findings hidden\n"]);

    // Two lines inserted above and a new placeholder: only the new one shows, exit 1.
    const edited = DRAFT.replace("<h2>Item 1C. Cybersecurity</h2>", "<h2>Item 1C.</h2>\n<h3>Cybersecurity</h3>").replace("holds the CISSP and CISM", "holds the CISSP and [XX]");
    writeFileSync(join(dir, "filings", "10k.htm"), edited);
    const newer = await run(["filings", "--baseline", "disclint-baseline.json", "-f", "json"], dir);
    expect(newer.code).toBe(1);
    expect(messages(newer.stdout)).toEqual(["26:288 error draft-placeholder"]);

    // The positions text fixed: its two entries are stale; reported, and the run passes.
    writeFileSync(join(dir, "filings", "10k.htm"), NORTHWIND);
    const fixed = await run(["filings", "--baseline", "disclint-baseline.json"], dir);
    expect(fixed.code).toBe(0);
    const lines = fixed.stderr.trimEnd().split("\n");
    expect(lines[0]).toBe("disclint: baseline disclint-baseline.json: 2 stale entries (recorded, no longer found); refresh it with --baseline-write");
    expect(lines.slice(1).map((l) => l.replace(/ [0-9a-f]{16}:.*/, ""))).toEqual(["  filings/10k.htm: draft-placeholder", "  filings/10k.htm: management-position-named"]);
  });

  it("usage errors: a malformed baseline, both options at once", async () => {
    const dir = tree({ "10k.htm": DRAFT, "b.json": '{ "version": 1 }' });
    const bad = await run(["10k.htm", "--baseline", "b.json"], dir);
    expect([bad.code, bad.stderr]).toEqual([2, "disclint: b.json: findings: must be an array\n"]);
    const both = await run(["10k.htm", "--baseline", "b.json", "--baseline-write", "c.json"], dir);
    expect(both.code).toBe(2);
    expect(both.stderr).toContain("use --baseline or --baseline-write, not both");
    expect(existsSync(join(dir, "c.json"))).toBe(false);
  });
});

describe("help", () => {
  it("lists the config, suppression and baseline options", async () => {
    const r = await run(["--help"], ROOT);
    expect(r.code).toBe(0);
    for (const option of ["--config", "--no-config", "--print-config", "--report-unused-disable-directives", "--baseline ", "--baseline-write", "disclint-disable-next-line"]) {
      expect(r.stdout).toContain(option);
    }
  });
});
