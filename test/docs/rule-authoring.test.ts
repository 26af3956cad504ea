// The worked example of docs/rule-authoring.md: the house rule in docs/examples/house-rules loads next
// to the built-in rules, passes a filing that names its framework, flags one that does not, and a
// broken copy of it is refused with a message naming the file and the JSON path.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createLinter } from "../../src/api.js";
import { main } from "../../src/cli/main.js";
import { UsageError } from "../../src/model/errors.js";
import { loadDisclosure } from "../../src/sources/load.js";
import { ROOT } from "../helpers.js";

const HOUSE_RULES = join(ROOT, "docs", "examples", "house-rules");
const NORTHWIND = join(ROOT, "examples", "northwind-10k-fy2025.r-page.txt");
const GUIDE = readFileSync(join(ROOT, "docs", "rule-authoring.md"), "utf8");

function tmp(): string {
  return mkdtempSync(join(tmpdir(), "disclint-authoring-"));
}

/** The Northwind R page with every mention of its framework replaced. */
function withoutFramework(): string {
  const file = join(tmp(), "northwind-10k.txt");
  writeFileSync(file, readFileSync(NORTHWIND, "utf8").replaceAll("NIST Cybersecurity Framework", "our internal security standards"));
  return file;
}

async function houseFindings(file: string) {
  const linter = createLinter({ rulesDirs: [HOUSE_RULES] });
  return (await linter.lint(await loadDisclosure([file]))).filter((f) => f.ruleId === "framework-named");
}

async function cli(args: string[], cwd: string) {
  let stdout = "";
  let stderr = "";
  const code = await main(args, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), cwd, env: {}, isTTY: false });
  return { code, stdout, stderr };
}

describe("house rule framework-named", () => {
  it("loads next to the built-in rules, with its own lexicon", () => {
    const linter = createLinter({ rulesDirs: [HOUSE_RULES] });
    const rule = linter.rules.find((r) => r.id === "framework-named");
    expect(rule?.citation).toBe("House disclosure policy 4.2; Reg S-K 106(b)(1)");
    expect(rule?.docsUrl).toBe(join(HOUSE_RULES, "framework-named.json"));
    expect(linter.rules.length).toBe(createLinter().rules.length + 1);
  });

  it("passes the Northwind filing, which names NIST", async () => {
    expect(readFileSync(NORTHWIND, "utf8")).toContain("follows the NIST Cybersecurity Framework");
    expect(await houseFindings(NORTHWIND)).toEqual([]);
  });

  it("flags a copy that names no framework, once, at the processes text", async () => {
    const file = withoutFramework();
    // "SOC 2 reports" remains, but in a sentence about vendors: `without` keeps it from counting.
    expect(readFileSync(file, "utf8")).toMatch(/vendor[^.]*SOC 2 reports/);
    const findings = await houseFindings(file);
    expect(findings.map((f) => ({ line: f.line, column: f.column, severity: f.severity, concept: f.concept }))).toEqual([
      { line: 8, column: 1, severity: "warning", concept: "CybersecurityRiskManagementProcessesForAssessingIdentifyingAndManagingThreatsTextBlock" },
    ]);
    expect(findings[0].message).toBe(
      "Cybersecurity Risk Management Processes for Assessing, Identifying, and Managing Threats [Text Block] names no recognised security framework (NIST CSF, ISO 27001, CIS Controls, SOC 2 …).",
    );
  });

  it("does not count a denial", async () => {
    const file = join(tmp(), "denial.txt");
    writeFileSync(file, readFileSync(NORTHWIND, "utf8").replace("The program follows the NIST Cybersecurity Framework", "The program does not follow ISO 27001").replaceAll("NIST Cybersecurity Framework", "our internal security standards"));
    expect(await houseFindings(file)).toHaveLength(1);
  });

  it("runs from the CLI as the guide shows (exit 0: a warning does not fail the run)", async () => {
    const dir = tmp();
    cpSync(HOUSE_RULES, join(dir, "house-rules"), { recursive: true });
    writeFileSync(join(dir, "northwind-10k.txt"), readFileSync(withoutFramework(), "utf8"));
    const r = await cli(["northwind-10k.txt", "--rules-dir", "house-rules"], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/8:1\s+warning\s+.*names no recognised security framework.*framework-named/);
    expect(r.stdout).toContain("1 problem (0 errors, 1 warning, 0 info)");
    expect(GUIDE).toContain(r.stdout.trimEnd().split("\n").slice(0, 2).join("\n"));
  });
});

describe("a broken copy of the rule is refused", () => {
  type Edit = (rule: { checks: Array<Record<string, any>>; when?: unknown }) => void;
  const broken: Array<[string, Edit, string]> = [
    ["an unknown fact", (r) => void (r.checks[0].conditions.all[1].fact = "mention"), '/checks/0/conditions/all/1/fact: unknown fact "mention"'],
    ["a bad operator", (r) => void (r.checks[0].conditions.all[0].operator = "isBlank"), '/checks/0/conditions/all/0/operator: unknown operator "isBlank"'],
    ["a missing message", (r) => void delete r.checks[0].message, "/checks/0: must have required property 'message'"],
    ["an unknown placeholder", (r) => void (r.checks[0].message = "No {framework} named."), "/checks/0/message: unknown placeholder {framework}"],
    ["an unknown placeholder in a fix", (r) => void (r.checks[0].fix = "Name {framework}."), "/checks/0/fix: unknown placeholder {framework}"],
    ["an argument to a placeholder that takes none", (r) => void (r.checks[0].message = "No {detail:integration}."), "/checks/0/message: placeholder {detail} takes no argument"],
    ["an unknown lexicon", (r) => void (r.checks[0].conditions.all[1].params.lexicon = "frameworks"), '/checks/0/conditions/all/1/params/lexicon: unknown lexicon "frameworks"'],
    ["an unknown fact in the rule's when", (r) => void (r.when = { all: [{ fact: "mention", operator: "isEmpty" }] }), '/when/all/0/fact: unknown fact "mention"'],
    ["a when that is one condition, not all / any / not", (r) => void (r.when = { fact: "form", operator: "equal", value: "10-K" }), "/when: must have required property 'all'"],
    ["a when that is a list", (r) => void (r.when = [{ all: [] }]), "/when: must be object"],
    ["a bad operator in a when's nested any", (r) => void (r.when = { all: [{ any: [{ fact: "form", operator: "isBlank" }] }] }), '/when/all/0/any/0/operator: unknown operator "isBlank"'],
    // round 38: yieldsTo (section 2)
    ["a yieldsTo naming an unknown rule", (r) => void (r.checks[0].yieldsTo = { rule: "framework-nam", note: "Also." }), '/checks/0/yieldsTo/rule: unknown rule "framework-nam"'],
    ["a yieldsTo naming its own rule", (r) => void (r.checks[0].yieldsTo = { rule: "framework-named", note: "Also." }), "/checks/0/yieldsTo/rule: a rule cannot yield to itself"],
    ["a yieldsTo without a note", (r) => void (r.checks[0].yieldsTo = { rule: "board-informing-process" }), "/checks/0/yieldsTo: must have required property 'note'"],
    ["an unknown placeholder in a yieldsTo note", (r) => void (r.checks[0].yieldsTo = { rule: "board-informing-process", note: "Also {framework}." }), "/checks/0/yieldsTo/note: unknown placeholder {framework}"],
    // round 40: yieldsTo by element
    ["a yieldsTo naming an unknown element", (r) => void (r.checks[0].yieldsTo = { rule: "board-informing-process", note: "Also.", element: "board-informd" }), '/checks/0/yieldsTo/element: unknown element "board-informd"'],
  ];

  /** A temp folder holding house-rules/ with the rule edited; returns the folder. */
  function brokenCopy(edit: Edit): string {
    const dir = tmp();
    cpSync(HOUSE_RULES, join(dir, "house-rules"), { recursive: true });
    const file = join(dir, "house-rules", "framework-named.json");
    const rule = JSON.parse(readFileSync(file, "utf8"));
    edit(rule);
    writeFileSync(file, JSON.stringify(rule, null, 2));
    return dir;
  }

  it.each(broken)("%s: a UsageError naming the file and the JSON path", (_what, edit, expected) => {
    const dir = brokenCopy(edit);
    let error: unknown;
    try {
      createLinter({ cwd: dir, rulesDirs: ["house-rules"] });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(UsageError);
    expect((error as Error).message).toContain(`house-rules/framework-named.json: ${expected}`);
  });

  it("the CLI exits 2 with the same message, as the guide shows", async () => {
    const dir = brokenCopy(broken[0][1]);
    writeFileSync(join(dir, "northwind-10k.txt"), readFileSync(NORTHWIND, "utf8"));
    const r = await cli(["northwind-10k.txt", "--rules-dir", "house-rules"], dir);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    const line = r.stderr.trimEnd();
    expect(line).toMatch(/^disclint: house-rules\/framework-named\.json: \/checks\/0\/conditions\/all\/1\/fact: unknown fact "mention"/);
    expect(GUIDE).toContain(line);
  });
});

describe("a house rule's `when` (section 3), from a rules folder", () => {
  /** The worked example with its text condition moved to a rule-level `when` (or replaced by `when`). */
  async function withWhen(when: unknown, keepFirst = false) {
    const dir = tmp();
    cpSync(HOUSE_RULES, join(dir, "house-rules"), { recursive: true });
    const file = join(dir, "house-rules", "framework-named.json");
    const rule = JSON.parse(readFileSync(file, "utf8"));
    rule.when = when;
    if (!keepFirst) rule.checks[0].conditions.all.shift();
    writeFileSync(file, JSON.stringify(rule, null, 2));
    const linter = createLinter({ rulesDirs: [join(dir, "house-rules")] });
    const lint = async (f: string) => (await linter.lint(await loadDisclosure([f]))).filter((x) => x.ruleId === "framework-named");
    return { flagged: await lint(withoutFramework()), passed: await lint(NORTHWIND) };
  }
  const PROCESSES = ["CybersecurityRiskManagementProcessesForAssessingIdentifyingAndManagingThreatsTextBlock"];

  it("a when that holds: the same findings as the rule without it", async () => {
    const { flagged, passed } = await withWhen({ all: [{ fact: "text", params: { concepts: PROCESSES }, operator: "notEmpty" }] });
    expect(flagged.map((f) => [f.line, f.column, f.severity])).toEqual([[8, 1, "warning"]]);
    expect(passed).toEqual([]);
  });

  it("a when that does not hold: no check runs", async () => {
    const { flagged } = await withWhen({ not: { fact: "text", params: { concepts: PROCESSES }, operator: "notEmpty" } }, true);
    expect(flagged).toEqual([]);
  });
});

describe("the guide", () => {
  it("shows the example files exactly as they are", () => {
    for (const f of ["framework-named.json", "lexicons/recognised-frameworks.json"]) {
      expect(GUIDE).toContain(readFileSync(join(HOUSE_RULES, f), "utf8").trimEnd());
    }
  });
});

describe("a house rule's yieldsTo (section 2): one gap, one finding across two rules (round 38)", () => {
  /** house-rules/ plus a twin of framework-named that yields to it; returns the folder. */
  function withTwin(): string {
    const dir = tmp();
    cpSync(HOUSE_RULES, join(dir, "house-rules"), { recursive: true });
    const rule = JSON.parse(readFileSync(join(HOUSE_RULES, "framework-named.json"), "utf8"));
    rule.id = "framework-twin";
    rule.citation = "House disclosure policy 9.9";
    rule.checks[0].severity = "error";
    rule.checks[0].yieldsTo = { rule: "framework-named", note: "The twin says so of {label} too" };
    writeFileSync(join(dir, "house-rules", "framework-twin.json"), JSON.stringify(rule, null, 2));
    return dir;
  }

  it("reports the pair as one finding at the yielded-to place, its note and citation added, at the more severe severity", async () => {
    const dir = withTwin();
    const findings = (await createLinter({ cwd: dir, rulesDirs: ["house-rules"] }).lint(await loadDisclosure([withoutFramework()]))).filter((f) => f.ruleId.startsWith("framework-"));
    expect(findings.map((f) => [f.ruleId, f.line, f.column, f.severity])).toEqual([["framework-named", 8, 1, "error"]]);
    expect(findings[0].message).toBe(
      "Cybersecurity Risk Management Processes for Assessing, Identifying, and Managing Threats [Text Block] names no recognised security framework (NIST CSF, ISO 27001, CIS Controls, SOC 2 …). " +
        "The twin says so of Cybersecurity Risk Management Processes for Assessing, Identifying, and Managing Threats [Text Block] too (House disclosure policy 9.9).",
    );
  });

  it("reports the yielding check as usual when the other rule is off", async () => {
    const dir = withTwin();
    const linter = createLinter({ cwd: dir, rulesDirs: ["house-rules"], ruleSettings: new Map([["framework-named", "off"]]) });
    const findings = (await linter.lint(await loadDisclosure([withoutFramework()]))).filter((f) => f.ruleId.startsWith("framework-"));
    expect(findings.map((f) => [f.ruleId, f.line, f.severity])).toEqual([["framework-twin", 8, "error"]]);
  });
});
