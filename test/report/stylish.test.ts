import { describe, expect, it } from "vitest";
import type { FileResult } from "../../src/model/types.js";
import { DEFAULT_WIDTH, stylish } from "../../src/report/stylish.js";
import { ACME, RESULTS, context, finding } from "./fixtures.js";

const ESC = "\u001b";
const stripAnsi = (s: string) => s.replace(/\u001b\[[0-9;]*m/g, "");

describe("stylish", () => {
  it("groups by file with aligned columns; the quote, its block, the citation and the fix under the message; a fatal row and a summary", () => {
    expect(stylish(RESULTS, context())).toBe(
      [
        "filings/acme 10-K.htm",
        "    3:1   error    CybersecurityRiskBoardOfDirectorsOversightTextBlock is missing.       governance-board-oversight",
        "                   In Cybersecurity Risk Board of Directors Oversight [Text Block]",
        "                   Reg S-K 106(c)(1)",
        "   12:5   warning  Third-party oversight flag is false, but the text describes vendors.  flag-text-third-party-oversight",
        "                   “We assess our third-party service providers.” (in Cybersecurity Risk Third Party Oversight and",
        "                   Identification Processes [Flag])",
        "                   Reg S-K 106(b)(1)(iii)",
        "                   Fix: Set the flag to true.",
        "  120:17  info     Incidents are described only as hypothetical.                         style-hypothetical-incident",
        "                   “could materially affect us”",
        "",
        "drafts/b.md",
        "  0:0  error  Cannot read file: EACCES",
        "",
        "✖ 4 problems (2 errors, 1 warning, 1 info)",
        "",
      ].join("\n"),
    );
  });

  it("has no colour unless ctx.color, whatever the environment says", () => {
    const saved = process.env.FORCE_COLOR;
    process.env.FORCE_COLOR = "1";
    try {
      expect(stylish(RESULTS, context())).not.toContain(ESC);
    } finally {
      if (saved === undefined) delete process.env.FORCE_COLOR;
      else process.env.FORCE_COLOR = saved;
    }
  });

  it("colours with ctx.color, keeping the same text and alignment", () => {
    const coloured = stylish(RESULTS, context({ color: true }));
    expect(coloured).toContain(`${ESC}[31merror`);
    expect(coloured).toContain(`${ESC}[33mwarning`);
    expect(coloured).toContain(`${ESC}[36minfo`);
    expect(coloured).toContain(`${ESC}[4mfilings/acme 10-K.htm${ESC}[24m`);
    expect(coloured).toContain(`${ESC}[2mFix: Set the flag to true.${ESC}[22m`);
    expect(stripAnsi(coloured)).toBe(stylish(RESULTS, context()));
  });

  it("says when nothing was found", () => {
    expect(stylish([{ file: "/repo/a.htm", findings: [] }, { file: "/repo/b.htm", findings: [] }], context())).toBe(
      "✔ No problems found (2 files checked).\n",
    );
    expect(stylish([{ file: "/repo/a.htm", findings: [] }], context())).toBe("✔ No problems found (1 file checked).\n");
    expect(stylish([], context())).toBe("✔ No problems found (0 files checked).\n");
  });

  it("counts in the singular and colours the summary by the worst severity", () => {
    const one: FileResult[] = [{ file: ACME, findings: [finding({ ruleId: "r", file: ACME, message: "Only a warning." })] }];
    expect(stylish(one, context())).toBe(
      "filings/acme 10-K.htm\n  1:1  warning  Only a warning.  r\n\n✖ 1 problem (0 errors, 1 warning, 0 info)\n",
    );
    expect(stylish(one, context({ color: true }))).toContain(`${ESC}[1m${ESC}[33m✖ 1 problem`);
    const infos: FileResult[] = [{ file: ACME, findings: [finding({ ruleId: "r", file: ACME, severity: "info" })] }];
    expect(stylish(infos, context({ color: true }))).toContain(`${ESC}[1m${ESC}[36m✖ 1 problem (0 errors, 0 warnings, 1 info)`);
  });

  it("shows a fatal at its position when known", () => {
    const fatal: FileResult[] = [{ file: "/repo/x.xml", findings: [], fatal: { file: "/repo/x.xml", message: "Malformed XML", line: 4, column: 17 } }];
    expect(stylish(fatal, context())).toBe("x.xml\n  4:17  error  Malformed XML\n\n✖ 1 problem (1 error, 0 warnings, 0 info)\n");
  });

  it("prints paths relative to cwd, also outside it and when given relative", () => {
    const results: FileResult[] = [
      { file: "/elsewhere/f.htm", findings: [finding({ ruleId: "r", file: "/elsewhere/f.htm" })] },
      { file: "sub/g.htm", findings: [finding({ ruleId: "r", file: "sub/g.htm" })] },
    ];
    const lines = stylish(results, context()).split("\n");
    expect(lines[0]).toBe("../elsewhere/f.htm");
    expect(lines[3]).toBe("sub/g.htm");
  });

  it("keeps one finding on one row: line breaks and control characters in messages become spaces", () => {
    const results: FileResult[] = [
      { file: ACME, findings: [finding({ ruleId: "r", file: ACME, message: "Two\r\nlines\tand\u001b[2Jescape.", fix: "Do\nthis." })] },
    ];
    const out = stylish(results, context());
    expect(out).not.toContain(ESC);
    expect(out).toContain("  1:1  warning  Two lines and [2Jescape.  r\n                Fix: Do this.\n");
  });

  it("is deterministic", () => {
    expect(stylish(RESULTS, context())).toBe(stylish(structuredClone(RESULTS), context()));
  });
});

describe("stylish: what a reviewer needs", () => {
  it("wraps detail lines to the terminal's width", () => {
    const long = "word ".repeat(40).trim();
    const results: FileResult[] = [{ file: ACME, findings: [finding({ ruleId: "r", file: ACME, message: "A finding.", evidence: long, citation: "Reg S-K 106(b)" })] }];
    const lines = stylish(results, context({ width: 60 })).split("\n");
    const details = lines.filter((l) => /^ {16}\S/.test(l));
    expect(details.length).toBeGreaterThan(3);
    for (const l of details) expect(l.length).toBeLessThanOrEqual(60);
    expect(lines).toContain(`${" ".repeat(16)}Reg S-K 106(b)`);
  });

  // A real 10-K's messages run to 400+ characters; the rule-id column must not pad every row to that.
  const longMessage = `The section ${"says something at length ".repeat(15).trim()}.`;
  const twoRows = (): FileResult[] => [
    {
      file: ACME,
      findings: [
        finding({ ruleId: "board-reporting-cadence", file: ACME, line: 8, column: 484976, message: longMessage }),
        finding({ ruleId: "text-block-content-mismatch", file: ACME, line: 8, column: 487225, message: "Short." }),
      ],
    },
  ];

  it("on a terminal, wraps a long message inside its column: no line wider than the terminal, rule ids in one column", () => {
    for (const width of [100, 200]) {
      const lines = stylish(twoRows(), context({ width })).split("\n");
      for (const l of lines) expect(l.length, l).toBeLessThanOrEqual(width);
      const ruleColumns = lines.filter((l) => /\s(board-reporting-cadence|text-block-content-mismatch)$/.test(l)).map((l) => l.search(/\S+$/));
      expect(ruleColumns).toHaveLength(2);
      expect(new Set(ruleColumns).size).toBe(1);
      const message = lines.slice(1, lines.findIndex((l) => l.includes("Short."))).map((l) => l.replace(/board-reporting-cadence$/, "").replace(/^ +8:484976 +warning/, "").trim());
      expect(message.join(" ")).toBe(longMessage);
    }
  });

  it("on a narrow terminal, the message takes the whole row and the rule id goes under it", () => {
    const lines = stylish(twoRows(), context({ width: 60 })).split("\n");
    for (const l of lines) expect(l.length, l).toBeLessThanOrEqual(60);
    expect(lines[1]).toMatch(/^ {2}8:484976 {2}warning {2}The section says/);
    expect(lines).toContain(`${" ".repeat(21)}board-reporting-cadence`);
  });

  it("off a terminal, keeps each message on one line but pads no row past the default width", () => {
    const lines = stylish(twoRows(), context()).split("\n");
    expect(lines[1]).toContain(`${longMessage}  board-reporting-cadence`);
    const short = lines.find((l) => l.includes("Short."))!;
    expect(short.length).toBeLessThanOrEqual(DEFAULT_WIDTH);
    expect(short).toMatch(/Short\. +text-block-content-mismatch$/);
  });

  it("a draft's missing element placed where it belongs quotes its heading as such, not as the element's block", () => {
    const under = finding({ ruleId: "requirement-addressed", file: ACME, message: "No paragraph addresses x.", evidence: "Governance", concept: "CybersecurityRiskBoardOfDirectorsOversightTextBlock", belongs: "under" });
    const text = stylish([{ file: ACME, findings: [under] }], context());
    expect(text).toContain("Belongs under “Governance”\n");
    expect(text).not.toContain("(in Cybersecurity Risk Board of Directors Oversight");
  });

  it("quotes the evidence once: not again when the message already quotes it", () => {
    const results: FileResult[] = [{ file: ACME, findings: [finding({ ruleId: "r", file: ACME, message: 'Names "Ms. Marsh" only.', evidence: "Ms. Marsh" })] }];
    expect(stylish(results, context())).not.toContain("“Ms. Marsh”");
  });
});

describe("stylish: a finding with no concept", () => {
  it("names the tagged block nearest to it, so a one-line filing's 8:952163 can be found", () => {
    const results: FileResult[] = [{ file: ACME, findings: [{ ...finding({ ruleId: "r", file: ACME, message: "Not said." }), concept: undefined, evidence: undefined, near: "CybersecurityRiskRoleOfManagementTextBlock" }] }];
    expect(stylish(results, context())).toContain("\n                Near Cybersecurity Risk Role of Management [Text Block]\n");
  });
});
