import { describe, expect, it } from "vitest";
import type { FileResult } from "../../src/model/types.js";
import { json } from "../../src/report/json.js";
import { RESULTS, RULES, context, finding } from "./fixtures.js";

describe("json", () => {
  const parsed = JSON.parse(json(RESULTS, context()));

  it("is the ESLint-compatible array of output.md, one entry per file", () => {
    expect(parsed).toHaveLength(3);
    expect(parsed[0]).toEqual({
      filePath: "/repo/filings/acme 10-K.htm",
      messages: [
        {
          ruleId: "governance-board-oversight",
          severity: 2,
          level: "error",
          message: "CybersecurityRiskBoardOfDirectorsOversightTextBlock is missing.",
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 40,
          concept: "CybersecurityRiskBoardOfDirectorsOversightTextBlock",
          citation: "Reg S-K 106(c)(1)",
          evidence: null,
          fix: null,
          docsUrl: RULES[1].docsUrl,
        },
        {
          ruleId: "flag-text-third-party-oversight",
          severity: 1,
          level: "warning",
          message: "Third-party oversight flag is false, but the text describes vendors.",
          line: 12,
          column: 5,
          endLine: 14,
          endColumn: 9,
          concept: "CybersecurityRiskThirdPartyOversightAndIdentificationProcessesFlag",
          citation: "Reg S-K 106(b)(1)(iii)",
          evidence: "We assess our third-party service providers.",
          fix: "Set the flag to true.",
          docsUrl: RULES[0].docsUrl,
        },
        {
          ruleId: "style-hypothetical-incident",
          severity: 0,
          level: "info",
          message: "Incidents are described only as hypothetical.",
          line: 120,
          column: 17,
          endLine: 120,
          endColumn: 60,
          concept: null,
          citation: null,
          evidence: "could materially affect us",
          fix: null,
          docsUrl: null,
        },
      ],
      errorCount: 1,
      warningCount: 1,
      infoCount: 1,
      fatalErrorCount: 0,
    });
  });

  it("gives a file that could not be read one fatal message, counted as an error", () => {
    expect(parsed[1]).toEqual({
      filePath: "/repo/drafts/b.md",
      messages: [{ fatal: true, ruleId: null, severity: 2, level: "error", message: "Cannot read file: EACCES" }],
      errorCount: 1,
      warningCount: 0,
      infoCount: 0,
      fatalErrorCount: 1,
    });
    const positioned = JSON.parse(
      json([{ file: "/repo/x.xml", findings: [], fatal: { file: "/repo/x.xml", message: "Malformed XML", line: 4, column: 17 } }], context()),
    );
    expect(positioned[0].messages).toEqual([{ fatal: true, ruleId: null, severity: 2, level: "error", message: "Malformed XML", line: 4, column: 17 }]);
  });

  it("lists clean files with no messages", () => {
    expect(parsed[2]).toEqual({ filePath: "/repo/clean.txt", messages: [], errorCount: 0, warningCount: 0, infoCount: 0, fatalErrorCount: 0 });
  });

  it("makes filePath absolute against ctx.cwd", () => {
    const results: FileResult[] = [{ file: "sub/../a.htm", findings: [finding({ ruleId: "r", file: "sub/../a.htm" })] }];
    expect(JSON.parse(json(results, context({ cwd: "/work/x" })))[0].filePath).toBe("/work/x/a.htm");
  });

  it("prints [] for no files, ends with a newline and is deterministic", () => {
    expect(json([], context())).toBe("[]\n");
    expect(json(RESULTS, context())).toBe(json(structuredClone(RESULTS), context()));
  });
});
