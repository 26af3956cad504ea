import { spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { Ajv2020 } from "ajv/dist/2020.js";
import type * as Sarif from "sarif";
import { describe, expect, it } from "vitest";
import type { FileResult } from "../../src/model/types.js";
import { sarif, toSarifLog } from "../../src/report/sarif.js";
import { ACME, CWD, RESULTS, RULES, context, finding } from "./fixtures.js";

const here = dirname(fileURLToPath(import.meta.url));

// The official schema, committed beside this file (see sarif-schema-2.1.0.README.md).
const schema = JSON.parse(readFileSync(join(here, "sarif-schema-2.1.0.json"), "utf8"));

// ajv-formats is not a dependency: the four formats the schema uses, after RFC 3986 / RFC 3339 / RFC 4122.
const URI_CHARS = "(?:[A-Za-z0-9\\-._~!$&'()*+,;=:@/?#\\[\\]]|%[0-9A-Fa-f]{2})*";
// strict: false because strict mode lints the schema itself (e.g. "required" naming a property only listed elsewhere); validation is unaffected.
const ajv = new Ajv2020({ allErrors: true, strict: false });
ajv.addFormat("uri", new RegExp(`^[A-Za-z][A-Za-z0-9+.-]*:${URI_CHARS}$`));
ajv.addFormat("uri-reference", new RegExp(`^${URI_CHARS}$`));
ajv.addFormat("uuid", /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
ajv.addFormat("date-time", /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/i);
const validateSarif = ajv.compile(schema);

function schemaErrors(text: string): string[] {
  return validateSarif(JSON.parse(text)) ? [] : (validateSarif.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}

const outside = "/elsewhere/x y.htm";
/** Edge cases: a rule id not in ctx.rules, a file outside cwd, an unknown line, an end before the start. */
const ODD: FileResult[] = [
  {
    file: outside,
    findings: [
      finding({ ruleId: "reader-broken-continuation", file: outside, line: 0, column: 0, endLine: 0, endColumn: 0 }),
      finding({ ruleId: "reader-broken-continuation", file: outside, line: 5, column: 9, endLine: 5, endColumn: 2, docsUrl: "https://example.com/r" }),
    ],
  },
  { file: "/repo/a.htm", findings: [], fatal: { file: "/repo/a.htm", message: "Malformed XML: unexpected end of file", line: 7, column: 3 } },
];

const SAMPLES: Record<string, string> = {
  fixture: sarif(RESULTS, context()),
  empty: sarif([], context({ rules: [] })),
  clean: sarif([{ file: "/repo/a.htm", findings: [] }], context()),
  odd: sarif(ODD, context()),
};

describe("sarif", () => {
  it.each(Object.keys(SAMPLES))("is valid against the SARIF 2.1.0 schema: %s", (name) => {
    expect(schemaErrors(SAMPLES[name])).toEqual([]);
  });

  it("the schema check does catch invalid logs", () => {
    const log = JSON.parse(SAMPLES.fixture);
    log.runs[0].results[0].level = "info";
    log.runs[0].results[1].locations[0].physicalLocation.artifactLocation.uri = "has space.htm";
    delete log.runs[0].results[2].message;
    expect(schemaErrors(JSON.stringify(log))).toHaveLength(3);
  });

  it("names the tool and lists every rule with its help uri and default level", () => {
    const log = toSarifLog(RESULTS, context());
    expect(log.$schema).toBe("https://json.schemastore.org/sarif-2.1.0.json");
    expect(log.version).toBe("2.1.0");
    expect(log.runs).toHaveLength(1);
    const driver = log.runs[0].tool.driver;
    expect(driver).toMatchObject({ name: "disclint", version: "0.1.0", informationUri: "https://github.com/disclint/disclint" });
    expect(driver.rules?.map((r) => r.id)).toEqual(RULES.map((r) => r.id));
    expect(driver.rules?.[0]).toEqual({
      id: "flag-text-third-party-oversight",
      name: "FlagTextThirdPartyOversight",
      shortDescription: { text: "Third-party oversight flag agrees with the text." },
      fullDescription: { text: "Third-party oversight flag agrees with the text. (Reg S-K 106(b)(1)(iii))" },
      help: {
        text:
          "Third-party oversight flag agrees with the text. (Reg S-K 106(b)(1)(iii))\n\n" +
          "Fix: Set the flag to true or explain why providers are not overseen.\n\n" +
          `Documentation: ${RULES[0].docsUrl}`,
      },
      helpUri: RULES[0].docsUrl,
      defaultConfiguration: { level: "warning" },
      properties: { citation: "Reg S-K 106(b)(1)(iii)" },
    });
    expect(driver.rules?.map((r) => r.defaultConfiguration?.level)).toEqual(["warning", "error", "note"]);
  });

  it("gives each result rule id and index, level, message with the fix, a relative location and a fingerprint", () => {
    const run = toSarifLog(RESULTS, context()).runs[0];
    expect(run.results).toHaveLength(3);
    const [error, warning, info] = run.results!;
    expect(warning).toEqual({
      ruleId: "flag-text-third-party-oversight",
      ruleIndex: 0,
      level: "warning",
      message: { text: "Third-party oversight flag is false, but the text describes vendors. Fix: Set the flag to true." },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: "filings/acme%2010-K.htm", uriBaseId: "%SRCROOT%", index: 0 },
            region: { startLine: 12, startColumn: 5, endLine: 14, endColumn: 9 },
          },
        },
      ],
      partialFingerprints: { primaryLocationLineHash: expect.stringMatching(/^[0-9a-f]{16}:1$/) },
      properties: {
        concept: "CybersecurityRiskThirdPartyOversightAndIdentificationProcessesFlag",
        citation: "Reg S-K 106(b)(1)(iii)",
        evidence: "We assess our third-party service providers.",
      },
    });
    expect([error.ruleIndex, error.level, info.ruleIndex, info.level]).toEqual([1, "error", 2, "note"]);
    for (const r of run.results!) expect(run.tool.driver.rules![r.ruleIndex!].id).toBe(r.ruleId);
    expect(run.originalUriBaseIds).toEqual({ "%SRCROOT%": { uri: "file:///repo/" } });
    expect(run.columnKind).toBe("utf16CodeUnits");
  });

  it("lists every file as an artifact, once", () => {
    const run = toSarifLog(RESULTS, context()).runs[0];
    expect(run.artifacts?.map((a) => a.location)).toEqual([
      { uri: "filings/acme%2010-K.htm", uriBaseId: "%SRCROOT%" },
      { uri: "drafts/b.md", uriBaseId: "%SRCROOT%" },
      { uri: "clean.txt", uriBaseId: "%SRCROOT%" },
    ]);
  });

  it("reports a fatal as a tool execution notification and marks the run unsuccessful", () => {
    const run = toSarifLog(RESULTS, context()).runs[0];
    expect(run.invocations).toEqual([
      {
        executionSuccessful: false,
        toolExecutionNotifications: [
          {
            level: "error",
            message: { text: "Cannot read file: EACCES" },
            locations: [{ physicalLocation: { artifactLocation: { uri: "drafts/b.md", uriBaseId: "%SRCROOT%", index: 1 } } }],
          },
        ],
      },
    ]);
    const odd = toSarifLog(ODD, context()).runs[0];
    expect(odd.invocations?.[0].toolExecutionNotifications?.[0].locations?.[0].physicalLocation?.region).toEqual({ startLine: 7, startColumn: 3 });
    expect(toSarifLog([{ file: "/repo/a.htm", findings: [] }], context()).runs[0].invocations).toEqual([{ executionSuccessful: true }]);
  });

  it("handles files outside cwd, unlisted rule ids, unknown lines and inverted ends", () => {
    const run = toSarifLog(ODD, context()).runs[0];
    const rule = run.tool.driver.rules![3];
    expect(rule).toMatchObject({ id: "reader-broken-continuation", helpUri: "https://example.com/r", defaultConfiguration: { level: "warning" } });
    const [unknown, inverted] = run.results!;
    expect(unknown.ruleIndex).toBe(3);
    expect(unknown.locations?.[0].physicalLocation).toEqual({
      artifactLocation: { uri: "file:///elsewhere/x%20y.htm", index: 0 },
      region: { startLine: 1 },
    });
    expect(inverted.locations?.[0].physicalLocation?.region).toEqual({ startLine: 5, startColumn: 9 });
  });

  describe("partialFingerprints.primaryLocationLineHash", () => {
    const hashOf = (f: Partial<Parameters<typeof finding>[0]>) =>
      toSarifLog([{ file: ACME, findings: [finding({ ruleId: "r", file: ACME, concept: "C", evidence: "Our vendors are assessed.", ...f })] }], context())
        .runs[0].results![0].partialFingerprints!.primaryLocationLineHash;

    it("ignores where the finding is and how its evidence is spaced, quoted or cased", () => {
      const base = hashOf({});
      expect(hashOf({ line: 9000, column: 77, endLine: 9001, endColumn: 3 })).toBe(base);
      expect(hashOf({ evidence: "  Our\n  vendors\u00a0are   ASSESSED. " })).toBe(base);
      expect(hashOf({ message: "A reworded message." })).toBe(base);
    });

    it("changes with the rule, the concept or the evidence", () => {
      const base = hashOf({});
      expect(hashOf({ ruleId: "other" })).not.toBe(base);
      expect(hashOf({ concept: "D" })).not.toBe(base);
      expect(hashOf({ evidence: "Our vendors are not assessed." })).not.toBe(base);
    });

    it("numbers equal hashes within a file", () => {
      const same = finding({ ruleId: "r", file: ACME, evidence: "x" });
      const run = toSarifLog([{ file: ACME, findings: [same, { ...same, line: 40 }] }, { file: "/repo/b.htm", findings: [{ ...same, file: "/repo/b.htm" }] }], context()).runs[0];
      const hashes = run.results!.map((r) => r.partialFingerprints!.primaryLocationLineHash);
      expect(hashes.map((h) => h.split(":")[1])).toEqual(["1", "2", "1"]);
      expect(new Set(hashes.map((h) => h.split(":")[0])).size).toBe(1);
    });
  });

  it("is deterministic and does not touch its input", () => {
    const before = JSON.stringify(RESULTS);
    expect(sarif(RESULTS, context())).toBe(SAMPLES.fixture);
    expect(JSON.stringify(RESULTS)).toBe(before);
    expect(SAMPLES.fixture.endsWith("}\n")).toBe(true);
  });

  it("takes paths relative to ctx.cwd", () => {
    const log = toSarifLog([{ file: "sub/dir/f.htm", findings: [finding({ ruleId: "r", file: "sub/dir/f.htm" })] }], context({ cwd: "/work/x" }));
    const run: Sarif.Run = log.runs[0];
    expect(run.results![0].locations![0].physicalLocation!.artifactLocation).toEqual({ uri: "sub/dir/f.htm", uriBaseId: "%SRCROOT%", index: 0 });
    expect(run.originalUriBaseIds).toEqual({ "%SRCROOT%": { uri: "file:///work/x/" } });
    expect(CWD).toBe("/repo");
  });
});

// The Microsoft SARIF validator: a devDependency (@microsoft/sarif-multitool, ~95 MB; its Linux
// binary installs on Linux only), or the binary SARIF_MULTITOOL names. Skipped when neither exists.
const multitool = [process.env.SARIF_MULTITOOL, join(here, "../../node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool")].find(
  (p): p is string => !!p && existsSync(p),
);
// Its package makes the binary executable in an install script, which `npm ci --ignore-scripts`
// (and npm's allowScripts) skip: do it here.
if (multitool && !(statSync(multitool).mode & 0o100)) chmodSync(multitool, statSync(multitool).mode | 0o100);
if (!multitool) {
  console.warn("sarif.test.ts: Sarif.Multitool not found (set SARIF_MULTITOOL or install @microsoft/sarif-multitool): skipping its validation");
}

describe.skipIf(!multitool)("sarif, checked by Sarif.Multitool validate", () => {
  it("finds no errors (SARIF and GitHub rules), and no warnings in the usual case", () => {
    const dir = mkdtempSync(join(tmpdir(), "disclint-sarif-"));
    try {
      const files = Object.entries(SAMPLES).map(([name, text]) => {
        const file = join(dir, `${name}.sarif`);
        writeFileSync(file, text);
        return file;
      });
      const args = ["validate", "--rule-kind", "Sarif;Gh", "--level", "Error;Warning", ...files];
      // It tries to GET every URI in the log; a private network namespace keeps those requests on this machine.
      const isolated = spawnSync("unshare", ["-n", "true"]).status === 0;
      const run = isolated ? spawnSync("unshare", ["-n", multitool!, ...args], { encoding: "utf8" }) : spawnSync(multitool!, args, { encoding: "utf8" });
      const output = `${run.stdout}${run.stderr}`;
      expect(output).toContain("Analysis completed successfully");
      const problems = output.split("\n").filter((l) => /: (error|warning) [A-Z]+\d+:/.test(l));
      expect(problems.filter((l) => /: error /.test(l))).toEqual([]);
      expect(problems.filter((l) => !l.includes("odd.sarif"))).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
