// Issue 12, item 1: file names, config and baseline text, and FilingSummary entries come from a
// pull request. Whatever they hold, no report format, no stderr line and no Action log line may
// start a workflow command, carry an ANSI escape or a bidi override, or break a one-line message.
import { mkdirSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { cli, rPage, tmpDir, type CliRun } from "./helpers.js";

// html and markdown since round 44: an HTML report printed to a CI log wrote a name's line break raw.
const FORMATS = ["stylish", "json", "sarif", "github", "junit", "html", "markdown"] as const;
const DANGER = /[\u001b\u0007\u0085\u009b\u202a-\u202e\u2066-\u2069]/;
const PLACEHOLDER = rPage("Our Board oversees cybersecurity risk through the [TBD] Committee.");

/** What every line a runner reads must satisfy; `ours`: disclint's own commands (annotations, log groups). */
function assertLogSafe(text: string, ours = false): void {
  expect(text).not.toMatch(DANGER);
  expect(text).not.toMatch(/##\[/);
  for (const line of text.split(/\r\n|\r|\n/)) {
    if (ours && line.trimStart().startsWith("::")) {
      expect(line).toMatch(/^::(?:(error|warning|notice)( [a-zA-Z]+=[^,:]*(,[a-zA-Z]+=[^,:]*)*)?::|group::[A-Z]|endgroup::$)/);
    } else expect(line.trimStart().startsWith("::"), `a log line starts a workflow command: ${JSON.stringify(line)}`).toBe(false);
  }
}

/** The run in every format; each output checked; the JSON results returned. */
async function everyFormat(args: string[], cwd: string): Promise<Record<string, CliRun>> {
  const runs: Record<string, CliRun> = {};
  for (const format of FORMATS) {
    const r = await cli([...args, "-f", format], cwd);
    runs[format] = r;
    assertLogSafe(r.stderr);
    assertLogSafe(r.stdout, format === "github");
    if ((format === "json" || format === "sarif") && r.stdout !== "") {
      const parsed = JSON.parse(r.stdout);
      const messages: string[] =
        format === "json"
          ? parsed.flatMap((x: { messages: Array<{ message: string }> }) => x.messages.map((m) => m.message))
          : [...(parsed.runs[0].invocations[0].toolExecutionNotifications ?? []), ...parsed.runs[0].results].map((n: { message: { text: string } }) => n.message.text);
      for (const m of messages) expect(m).not.toMatch(/[\r\n\u2028\u2029]/);
    }
  }
  return runs;
}

describe("untrusted names and text never reach a terminal, a CI log, JSON or SARIF raw", () => {
  it("a file named '::error title=X::y.txt' is linted and reported as itself in every format", async () => {
    const dir = tmpDir("inject-name");
    const name = "::error title=X::y.txt";
    writeFileSync(join(dir, name), PLACEHOLDER);
    const runs = await everyFormat([name], dir);
    expect(runs.stylish.code).toBe(1);
    expect(runs.stylish.stdout.split("\n")[0]).toBe(`./${name}`);
    const json = JSON.parse(runs.json.stdout);
    expect(json[0].filePath).toBe(join(dir, name));
    // The annotation still points at the file: the property round-trips.
    const file = /file=([^,]*),/.exec(runs.github.stdout)![1];
    expect(file.replace(/%3A/g, ":").replace(/%2C/g, ",").replace(/%25/g, "%")).toBe(name);
  });

  it("a name with a line break and '::stop-commands::token', ANSI escapes and bidi overrides", async () => {
    const dir = tmpDir("inject-newline");
    const names = ["a\n::stop-commands::token\n.txt", "\u001b[2J\u001b[31mred.txt", "invoice\u202etxt.exe.txt", "\u2066x\u2069 ##[group]y.txt"];
    for (const n of names) writeFileSync(join(dir, n), PLACEHOLDER);
    const runs = await everyFormat(names, dir);
    expect(runs.json.code).toBe(1);
    const json = JSON.parse(runs.json.stdout) as Array<{ filePath: string }>;
    expect(json.map((r) => relative(dir, r.filePath)).sort()).toEqual([...names].sort());
    expect(runs.stylish.stdout).toContain("a\\n::stop-commands::token\\n.txt");
    expect(runs.stylish.stdout).toContain("invoice\\u202etxt.exe.txt");
  });

  it("baseline stale-entry messages and a baseline's JSON excerpt", async () => {
    const dir = tmpDir("inject-baseline");
    writeFileSync(join(dir, "d.txt"), PLACEHOLDER);
    const entry = { file: "d.txt", ruleId: "draft-placeholder", fingerprint: "0000000000000000", count: 1, message: "x\n::error::pwned\u001b[2J\u202e" };
    writeFileSync(join(dir, "b.json"), JSON.stringify({ version: 1, findings: [entry] }));
    const stale = await everyFormat(["d.txt", "--baseline", "b.json"], dir);
    expect(stale.stylish.stderr).toMatch(/stale entr/);
    expect(stale.stylish.stderr).toContain("\\u202e");
    writeFileSync(join(dir, "bad.json"), '{"version": 1,\n::error::from-baseline\n\u001b[31m');
    const bad = await everyFormat(["d.txt", "--baseline", "bad.json"], dir);
    expect(bad.json.code).toBe(2);
    expect(bad.json.stderr.trim().split("\n")).toHaveLength(1);
  });

  it("a config file's JSON and YAML parse excerpts", async () => {
    const dir = tmpDir("inject-config");
    writeFileSync(join(dir, "d.txt"), PLACEHOLDER);
    writeFileSync(join(dir, ".disclintrc.json"), '{"rules": {\n::error::from-config\n\u001b[31m}');
    const json = await everyFormat(["d.txt"], dir);
    expect(json.json.code).toBe(2);
    expect(json.json.stderr.trim().split("\n")).toHaveLength(1);
    const sub = join(dir, "y");
    mkdirSync(sub);
    writeFileSync(join(sub, "d.txt"), PLACEHOLDER);
    writeFileSync(join(sub, ".disclintrc.yaml"), 'rules:\n  "::error::a\u202e": [\n::error::from-yaml\n');
    const yaml = await everyFormat(["d.txt"], sub);
    expect(yaml.json.code).toBe(2);
    expect(yaml.json.stderr.trim().split("\n")).toHaveLength(1);
  });

  it("`facts` printing discovery and read errors", async () => {
    const dir = tmpDir("inject-facts");
    writeFileSync(join(dir, "e\n::error::empty\u202e.txt"), "");
    const r = await cli(["facts", "missing\n::error::nope\u001b[2J.txt", "e\n::error::empty\u202e.txt"], dir);
    expect(r.code).toBe(2);
    assertLogSafe(r.stderr);
    assertLogSafe(r.stdout);
  });

  it("a FilingSummary HtmlFileName holding '&#10;' stays one line in every format", async () => {
    const dir = tmpDir("inject-summary");
    const filing = join(dir, "filing");
    mkdirSync(filing);
    writeFileSync(
      join(filing, "FilingSummary.xml"),
      `<FilingSummary><MyReports><Report><HtmlFileName>R2.htm&#10;::error::from-summary&#27;[31m&#x202E;</HtmlFileName><ShortName>Cybersecurity</ShortName><Role>http://xbrl.sec.gov/cyd/role/CybersecurityRiskManagementAndStrategyDisclosure</Role></Report></MyReports></FilingSummary>`,
    );
    const runs = await everyFormat(["filing"], dir);
    expect(runs.json.code).toBe(2);
    const json = JSON.parse(runs.json.stdout) as Array<{ messages: Array<{ fatal?: boolean; message: string }> }>;
    expect(json.flatMap((r) => r.messages).some((m) => m.fatal && /from-summary/.test(m.message))).toBe(true);
  });
});

describe("a stranger's rules (a config's rulesDirs in the pull request)", () => {
  const HOSTILE = "x\n::error::pwn\u001b[2J\u202e\u2028##[group]g\r%0A,:";

  it("line breaks, escapes and '::' in a rule's message, citation, fix and description reach no format raw, nor `disclint rules`", async () => {
    // At 70f42ae2: junit wrote the message's line break raw ("::error::pwn" began a line), html its CR and U+2028 and
    // "##[", and `disclint rules` the citation and description as they were (ESC, U+202E, a line "::error::pwn").
    const dir = tmpDir("inject-rules");
    mkdirSync(join(dir, "mine", "lexicons"), { recursive: true });
    const rule = {
      id: "stranger-rule",
      severity: "error",
      description: `d${HOSTILE}`,
      citation: `c${HOSTILE}`,
      requirement: `r${HOSTILE}`,
      fix: `f${HOSTILE}`,
      checks: [
        {
          message: `m${HOSTILE} {term}`,
          conditions: { all: [{ fact: "mentions", params: { lexicon: "stranger", polarity: "any" }, operator: "notEmpty" }] },
          locate: { fact: "mentions", params: { lexicon: "stranger", polarity: "any" }, each: true, at: "term" },
        },
      ],
    };
    writeFileSync(join(dir, "mine", "stranger-rule.json"), JSON.stringify(rule));
    writeFileSync(join(dir, "mine", "lexicons", "stranger.json"), JSON.stringify({ description: `l${HOSTILE}`, terms: ["Board"] }));
    writeFileSync(join(dir, ".disclintrc.json"), JSON.stringify({ rulesDirs: ["mine"] }));
    writeFileSync(join(dir, "d.txt"), "Item 1C. Cybersecurity\n\nOur Board oversees cybersecurity risk.\n");
    const runs = await everyFormat(["d.txt"], dir);
    expect(runs.json.code).toBe(1);
    const json = JSON.parse(runs.json.stdout) as Array<{ messages: Array<{ ruleId: string; message: string }> }>;
    // The rule's text is made one line as it is loaded: the finding is one line in every format.
    expect(json[0].messages.find((m) => m.ruleId === "stranger-rule")?.message).toBe("mx ::error::pwn [2J\u202e ##[group]g %0A,: Board");
    expect(runs.junit.stdout).toContain("3:5 error mx ::error::pwn [2J&#x202E; #&#35;[group]g %0A,: Board Fix: fx ::error::pwn");
    expect(runs.html.stdout).toContain("mx ::error::pwn [2J[U+202E] #&#35;[group]g %0A,: Board");
    for (const args of [["rules"], ["rules", "--json"]]) {
      const r = await cli(args, dir);
      expect(r.code).toBe(0);
      assertLogSafe(r.stdout);
      expect(r.stdout).toContain("stranger-rule");
    }
    const listed = (await cli(["rules"], dir)).stdout.split("\n");
    const at = listed.findIndex((l) => l.startsWith("stranger-rule "));
    expect(listed[at]).toMatch(/ error {4}cx ::error::pwn \[2J\\u202e #\\#\[group\]g %0A,:$/);
    expect(listed[at + 1].trim()).toBe("dx ::error::pwn [2J\\u202e #\\#[group]g %0A,:");
    const parsed = JSON.parse((await cli(["rules", "--json"], dir)).stdout) as Array<{ id: string; citation: string }>;
    expect(parsed.find((m) => m.id === "stranger-rule")?.citation).toBe("cx ::error::pwn [2J\u202e ##[group]g %0A,:");
  });
});

describe("the Action's log", () => {
  const saved = { ...process.env };
  afterEach(() => {
    process.env = { ...saved };
    vi.restoreAllMocks();
  });

  it("file names with '::' commands, line breaks and escapes never start a command in the log", async () => {
    const dir = tmpDir("inject-action");
    const names = ["::error title=X::y.txt", "a\n::stop-commands::token\n.txt", "\u001b[31mred.txt"];
    for (const n of names) writeFileSync(join(dir, n), PLACEHOLDER);
    writeFileSync(join(dir, "::warning::skipped.txt"), "not a disclosure at all, just words\n");
    let out = "";
    vi.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => {
      out += String(chunk);
      return true;
    });
    Object.assign(process.env, { GITHUB_WORKSPACE: dir, INPUT_FILES: "*.txt", GITHUB_OUTPUT: join(dir, ".out"), GITHUB_STEP_SUMMARY: join(dir, ".summary") });
    writeFileSync(join(dir, ".out"), "");
    writeFileSync(join(dir, ".summary"), "");
    const { run } = await import("../../src/action/run.js");
    await run();
    vi.restoreAllMocks();
    expect(out).toMatch(/title=draft-placeholder/);
    assertLogSafe(out, true);
    expect(out).not.toMatch(/^\s*::stop-commands/m);
  });
});
