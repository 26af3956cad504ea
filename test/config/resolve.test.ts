import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { Disclint, type DisclintOptions } from "../../src/api.js";
import { matchesAny } from "../../src/config/resolve.js";
import { UsageError } from "../../src/model/errors.js";
import type { FileResult } from "../../src/model/types.js";
import { ROOT, SAMPLE } from "../helpers.js";

const NORTHWIND = readFileSync(join(ROOT, "examples", "northwind-10k-fy2025.htm"), "utf8");
/** Northwind's 10-K with "[TBD]" as the positions text (line 24: draft-placeholder and management-position-named). */
const DRAFT = NORTHWIND.replace("<p>Chief Information Security Officer; Chief Technology Officer</p>", "<p>[TBD]</p>");
const HOUSE_RULES = join(ROOT, "docs", "examples", "house-rules");
/** An R page whose board text says incidents are reported on Form 8-K: incident-form-matches-filer fires when the form is 20-F. */
const R_PAGE_8K =
  "|\nCybersecurity Risk Management and Strategy Disclosure\n|12 Months Ended\nDec. 31, 2025\n|Cybersecurity Risk Board of Directors Oversight [Text Block]\n|Our Audit Committee oversees cybersecurity risk. Material incidents are reported on Form 8-K.\n";

function tree(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "disclint-config-"));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

async function lint(dir: string, patterns: string[], opts: Omit<DisclintOptions, "cwd"> = {}) {
  return new Disclint({ cwd: dir, ...opts }).lint(patterns.map((p) => join(dir, p)));
}

/** "file line:col severity rule" for each finding, files relative to dir. */
function brief(dir: string, results: FileResult[]): string[] {
  return results.flatMap((r) => r.findings.map((f) => `${relative(dir, f.file)} ${f.line}:${f.column} ${f.severity} ${f.ruleId}`));
}

function usageError(fn: () => unknown): Promise<string> {
  return Promise.resolve()
    .then(fn)
    .then(
      () => {
        throw new Error("expected a UsageError");
      },
      (e) => {
        expect(e).toBeInstanceOf(UsageError);
        return (e as Error).message;
      },
    );
}

describe("config applied per file", () => {
  it("rules, then matching overrides in order, then --rule", async () => {
    const dir = tree({
      ".disclintrc.json": JSON.stringify({
        rules: { "draft-placeholder": "warning", "management-position-named": "off" },
        overrides: [
          { files: ["final/**"], rules: { "draft-placeholder": "error" } },
          { files: ["*.htm"], excludedFiles: ["final/**", "other/**"], rules: { "draft-placeholder": "info" } },
        ],
      }),
      "drafts/10k.htm": DRAFT,
      "final/10k.htm": DRAFT,
      "other/10k.htm": DRAFT,
    });
    const run = await lint(dir, ["drafts/10k.htm", "final/10k.htm", "other/10k.htm"]);
    expect(brief(dir, run.results)).toEqual([
      "drafts/10k.htm 24:140 info draft-placeholder",
      "final/10k.htm 24:140 error draft-placeholder",
      "other/10k.htm 24:140 warning draft-placeholder",
    ]);
    const cli = await lint(dir, ["final/10k.htm"], { rules: new Map([["draft-placeholder", "warning"], ["management-position-named", "error"]]) });
    expect(brief(dir, cli.results)).toEqual(["final/10k.htm 24:1 error management-position-named", "final/10k.htm 24:140 warning draft-placeholder"]);
  });

  it("each file gets its nearest config; --config gives one config to all; --no-config none", async () => {
    const dir = tree({
      ".disclintrc.yaml": "rules:\n  draft-placeholder: warning\n",
      "sub/package.json": JSON.stringify({ name: "sub", disclint: { rules: { "draft-placeholder": "info" } } }),
      "a.htm": DRAFT,
      "sub/b.htm": DRAFT,
      "strict.json": '{ "rules": { "management-position-named": "off" } }',
    });
    const nearest = await lint(dir, ["a.htm", "sub/b.htm"]);
    expect(brief(dir, nearest.results)).toEqual([
      "a.htm 24:1 warning management-position-named",
      "a.htm 24:140 warning draft-placeholder",
      "sub/b.htm 24:1 warning management-position-named",
      "sub/b.htm 24:140 info draft-placeholder",
    ]);
    const fixed = await lint(dir, ["a.htm", "sub/b.htm"], { config: join(dir, "strict.json") });
    expect(brief(dir, fixed.results)).toEqual(["a.htm 24:140 error draft-placeholder", "sub/b.htm 24:140 error draft-placeholder"]);
    const none = await lint(dir, ["a.htm"], { config: false });
    expect(brief(dir, none.results)).toEqual(["a.htm 24:1 warning management-position-named", "a.htm 24:140 error draft-placeholder"]);
  });

  it("form: the config's, an override's, and --form over both (dei:DocumentType wins over all)", async () => {
    const dir = tree({
      ".disclintrc.json": JSON.stringify({ form: "20-F", overrides: [{ files: ["domestic/"], form: "10-K" }] }),
      "fpi/r.txt": R_PAGE_8K,
      "domestic/r.txt": R_PAGE_8K,
    });
    const ids = (results: FileResult[]) => results.map((r) => `${relative(dir, r.file)}: ${r.findings.some((f) => f.ruleId === "incident-form-matches-filer")}`);
    expect(ids((await lint(dir, ["fpi/r.txt", "domestic/r.txt"])).results)).toEqual(["domestic/r.txt: false", "fpi/r.txt: true"]);
    expect(ids((await lint(dir, ["fpi/r.txt", "domestic/r.txt"], { form: "20-F" })).results)).toEqual(["domestic/r.txt: true", "fpi/r.txt: true"]);
  });

  it("ignorePatterns leave files out of folder walks, and explicitly named ones are listed", async () => {
    const dir = tree({
      ".disclintrc.json": JSON.stringify({ ignorePatterns: ["drafts/", "*.old.htm"] }),
      "filings/10k.htm": DRAFT,
      "filings/10k.old.htm": DRAFT,
      "filings/drafts/10k.htm": DRAFT,
    });
    const walked = await lint(dir, ["filings"]);
    expect(walked.results.map((r) => relative(dir, r.file))).toEqual(["filings/10k.htm"]);
    expect(walked.ignoredExplicitly).toEqual([]);
    const named = await lint(dir, ["filings/10k.old.htm", "filings/10k.htm"]);
    expect(named.results.map((r) => relative(dir, r.file))).toEqual(["filings/10k.htm"]);
    expect(named.ignoredExplicitly).toEqual([join(dir, "filings/10k.old.htm")]);
  });

  it("lexicons: add and remove terms of a shipped lexicon", async () => {
    const withNtd = DRAFT.replace("holds the CISSP and CISM certifications.", "holds the CISSP and PENDING LEGAL REVIEW certifications.");
    const dir = tree({
      "add/.disclintrc.json": JSON.stringify({ rules: { "management-position-named": "off" }, lexicons: { placeholders: { add: ["PENDING LEGAL REVIEW"] } } }),
      "add/10k.htm": withNtd,
      "remove/.disclintrc.json": JSON.stringify({ rules: { "management-position-named": "off" }, lexicons: { placeholders: { remove: ["\\[\\s*TBD\\s*\\]", "(?<![\"“‘'`])\\bTBD\\b(?![\"”’'`])"] } } }),
      "remove/10k.htm": withNtd,
    });
    const run = await lint(dir, ["add/10k.htm", "remove/10k.htm"]);
    expect(brief(dir, run.results)).toEqual(["add/10k.htm 24:140 error draft-placeholder", "add/10k.htm 25:288 error draft-placeholder"]);
    expect(run.results[0].findings[1].message).toContain('"PENDING LEGAL REVIEW"');
  });

  it("rulesDirs, relative to the config file, load the house rules (and their lexicons, which the config can tune)", async () => {
    const dir = tree({ "project/northwind.htm": NORTHWIND });
    writeFileSync(join(dir, "project", "r.txt"), readFileSync(SAMPLE));
    const house = relative(join(dir, "project"), HOUSE_RULES);
    writeFileSync(join(dir, "project", ".disclintrc.json"), JSON.stringify({ rulesDirs: [house], rules: { "framework-named": "error" } }));
    const run = await lint(dir, ["project/r.txt", "project/northwind.htm"]);
    const framework = (r: FileResult) => r.findings.filter((f) => f.ruleId === "framework-named").map((f) => `${f.line}:${f.column} ${f.severity}`);
    expect(run.results.map((r) => [relative(dir, r.file), framework(r)])).toEqual([
      ["project/northwind.htm", []],
      ["project/r.txt", ["8:1 error"]],
    ]);
    // The sample's program is built on its "comprehensive cybersecurity threat defense system": accept it as a framework.
    writeFileSync(
      join(dir, "project", ".disclintrc.json"),
      JSON.stringify({ rulesDirs: [house], lexicons: { "recognised-frameworks": { add: ["cybersecurity threat defense system"], remove: ["NIST Cybersecurity Framework"] } } }),
    );
    const tuned = await lint(dir, ["project/r.txt", "project/northwind.htm"]);
    expect(tuned.results.map((r) => [relative(dir, r.file), framework(r)])).toEqual([
      ["project/northwind.htm", ["16:1 warning"]],
      ["project/r.txt", []],
    ]);
  });
});

describe("config checked against the rules it can see", () => {
  it("an unknown rule id, in rules or an override, names the file and the place", async () => {
    const dir = tree({ ".disclintrc.json": '{ "rules": { "no-such-rule": "off" } }', "a.htm": DRAFT });
    expect(await usageError(() => lint(dir, ["a.htm"]))).toBe(".disclintrc.json: rules.no-such-rule: unknown rule id");
    writeFileSync(join(dir, ".disclintrc.json"), '{ "overrides": [{ "files": ["*.txt"] }, { "files": ["*.htm"], "rules": { "framework-named": "error" } }] }');
    expect(await usageError(() => lint(dir, ["a.htm"]))).toBe(".disclintrc.json: overrides[1].rules.framework-named: unknown rule id");
    mkdirSync(join(dir, "pkg"));
    writeFileSync(join(dir, "pkg", "package.json"), '{ "disclint": { "rules": { "text-spacin": "off" } } }');
    writeFileSync(join(dir, "pkg", "a.htm"), DRAFT);
    expect(await usageError(() => lint(dir, ["pkg/a.htm"]))).toBe("pkg/package.json: disclint.rules.text-spacin: unknown rule id");
  });

  it("an unknown lexicon, or a term to remove that is not there", async () => {
    const dir = tree({ ".disclintrc.yaml": "lexicons:\n  placeholder:\n    add: [NTD]\n", "a.htm": DRAFT });
    expect(await usageError(() => lint(dir, ["a.htm"]))).toBe(".disclintrc.yaml: lexicons.placeholder: unknown lexicon");
    writeFileSync(join(dir, ".disclintrc.yaml"), "lexicons:\n  placeholders:\n    remove: [TBD]\n");
    expect(await usageError(() => lint(dir, ["a.htm"]))).toBe('.disclintrc.yaml: lexicons.placeholders.remove[0]: "TBD" is not a term or pattern of lexicon placeholders');
  });

  it("a broken house rule in rulesDirs exits like ours: its file and the schema path", async () => {
    const dir = tree({
      ".disclintrc.json": '{ "rulesDirs": ["house"] }',
      "house/bad-rule.json": JSON.stringify({ id: "bad-rule", severity: "warn", description: "x", citation: "x", requirement: "x", checks: [] }),
      "a.htm": DRAFT,
    });
    expect(await usageError(() => lint(dir, ["a.htm"]))).toMatch(/^house\/bad-rule\.json: \/severity: must be equal to one of the allowed values/);
  });

  it("--rule must name a rule some config can see", async () => {
    const dir = tree({ ".disclintrc.json": JSON.stringify({ rulesDirs: [HOUSE_RULES] }), "a.htm": DRAFT });
    expect((await lint(dir, ["a.htm"], { rules: new Map([["framework-named", "error"]]) })).results).toHaveLength(1);
    expect(await usageError(() => lint(dir, ["a.htm"], { config: false, rules: new Map([["framework-named", "error"]]) }))).toBe('--rule: unknown rule id "framework-named"');
  });
});

describe("printConfig", () => {
  it("shows the config file, form, folders, lexicon changes and every rule's setting for a file", () => {
    const dir = tree({
      ".disclintrc.json": JSON.stringify({
        form: "20-F",
        rulesDirs: [HOUSE_RULES],
        rules: { "text-spacing": "off", "draft-placeholder": ["warning", { note: "drafts" }] },
        lexicons: { placeholders: { add: ["[[NTD]]"] } },
        overrides: [{ files: ["final/*.htm"], rules: { "draft-placeholder": "error" } }],
        ignorePatterns: ["old/"],
      }),
    });
    const d = new Disclint({ cwd: dir, rules: new Map([["board-reporting-cadence", "warning"]]) });
    const p = d.printConfig("drafts/10k.htm");
    expect(p).toMatchObject({ file: "drafts/10k.htm", configFile: ".disclintrc.json", ignored: false, form: "20-F", lexicons: { placeholders: { add: ["[[NTD]]"], remove: [] } } });
    expect(p.rulesDirs).toEqual([relative(dir, HOUSE_RULES)]);
    expect(p.rules["text-spacing"]).toBe("off");
    expect(p.rules["draft-placeholder"]).toEqual(["warning", { note: "drafts" }]);
    expect(p.rules["board-reporting-cadence"]).toBe("warning");
    expect(p.rules["framework-named"]).toBe("warning");
    expect(p.rules["flag-value"]).toBe("error");
    expect(Object.keys(p.rules)).toEqual([...Object.keys(p.rules)].sort());
    // A bare severity in an override keeps the options set before it.
    expect(d.printConfig("final/10k.htm").rules["draft-placeholder"]).toEqual(["error", { note: "drafts" }]);
    expect(d.printConfig("old/10k.htm").ignored).toBe(true);
    // --rule keeps the config's options.
    expect(new Disclint({ cwd: dir, rules: new Map([["draft-placeholder", "info"]]) }).printConfig("a.htm").rules["draft-placeholder"]).toEqual(["info", { note: "drafts" }]);
  });
});

describe("matchesAny (overrides and ignorePatterns)", () => {
  it("matches as .gitignore does", () => {
    const cases: [string, string, boolean][] = [
      ["*.htm", "a.htm", true],
      ["*.htm", "x/y/a.htm", true],
      ["*.htm", "a.txt", false],
      ["drafts/", "drafts/a.htm", true],
      ["drafts", "x/drafts/a.htm", true],
      ["drafts/**", "drafts/b/a.htm", true],
      ["drafts/**", "x/drafts/a.htm", false],
      ["./final/*.htm", "final/a.htm", true],
      ["final/*.htm", "final/b/a.htm", false],
      [".drafts/", ".drafts/a.htm", true],
    ];
    for (const [pattern, path, expected] of cases) expect([pattern, path, matchesAny([pattern], path)]).toEqual([pattern, path, expected]);
  });
});
