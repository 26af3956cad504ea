import type { FileResult, Finding, ReportContext, RuleMeta } from "../../src/model/types.js";

export const CWD = "/repo";

export const RULES: RuleMeta[] = [
  {
    id: "flag-text-third-party-oversight",
    severity: "warning",
    description: "Third-party oversight flag agrees with the text.",
    citation: "Reg S-K 106(b)(1)(iii)",
    fix: "Set the flag to true or explain why providers are not overseen.",
    docsUrl: "https://github.com/disclint/disclint/blob/main/docs/rules/flag-text-third-party-oversight.md",
  },
  {
    id: "governance-board-oversight",
    severity: "error",
    description: "The board's oversight of cybersecurity risk is described.",
    citation: "Reg S-K 106(c)(1)",
    docsUrl: "https://github.com/disclint/disclint/blob/main/docs/rules/governance-board-oversight.md",
  },
  {
    id: "style-hypothetical-incident",
    severity: "info",
    description: "Incidents are not described only as hypothetical.",
    citation: "Reg S-K 106(b)(2)",
    docsUrl: "https://github.com/disclint/disclint/blob/main/docs/rules/style-hypothetical-incident.md",
  },
];

export function finding(partial: Partial<Finding> & Pick<Finding, "ruleId" | "file">): Finding {
  return { severity: "warning", message: "Something is wrong.", line: 1, column: 1, endLine: 1, endColumn: 2, ...partial };
}

export const ACME = "/repo/filings/acme 10-K.htm";

/** Three findings in one file, a file that could not be read, a clean file. */
export const RESULTS: FileResult[] = [
  {
    file: ACME,
    findings: [
      finding({
        ruleId: "governance-board-oversight",
        file: ACME,
        severity: "error",
        message: "CybersecurityRiskBoardOfDirectorsOversightTextBlock is missing.",
        line: 3,
        column: 1,
        endLine: 3,
        endColumn: 40,
        concept: "CybersecurityRiskBoardOfDirectorsOversightTextBlock",
        citation: "Reg S-K 106(c)(1)",
        docsUrl: RULES[1].docsUrl,
      }),
      finding({
        ruleId: "flag-text-third-party-oversight",
        file: ACME,
        severity: "warning",
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
      }),
      finding({
        ruleId: "style-hypothetical-incident",
        file: ACME,
        severity: "info",
        message: "Incidents are described only as hypothetical.",
        line: 120,
        column: 17,
        endLine: 120,
        endColumn: 60,
        evidence: "could materially affect us",
      }),
    ],
  },
  { file: "/repo/drafts/b.md", findings: [], fatal: { file: "/repo/drafts/b.md", message: "Cannot read file: EACCES" } },
  { file: "clean.txt", findings: [] },
];

export function context(overrides: Partial<ReportContext> = {}): ReportContext {
  return { cwd: CWD, rules: RULES, version: "0.1.0", color: false, ...overrides };
}
