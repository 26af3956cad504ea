import * as core from "@actions/core";
import { describe, expect, it, vi } from "vitest";
import type { FileResult } from "../../src/model/types.js";
import { escapeData, escapeProperty, github } from "../../src/report/github.js";
import { ACME, RESULTS, context, finding } from "./fixtures.js";

/** `::name k=v,k=v::message` → its parts, properties sorted (the toolkit orders them differently). */
function parse(command: string) {
  const match = /^::(\w+)(?: ([^:]*))?::(.*)$/s.exec(command);
  if (!match) throw new Error(`not a workflow command: ${command}`);
  return { name: match[1], properties: (match[2] ?? "").split(",").filter(Boolean).sort(), message: match[3] };
}

/** What @actions/core itself prints for an annotation. */
function toolkit(kind: "error" | "warning" | "notice", message: string, properties: core.AnnotationProperties): string {
  const write = vi.spyOn(process.stdout, "write").mockImplementation(() => true);
  try {
    core[kind](message, properties);
    return String(write.mock.calls[0][0]).trimEnd();
  } finally {
    write.mockRestore();
  }
}

describe("github", () => {
  it("prints one workflow command per finding and per fatal", () => {
    expect(github(RESULTS, context())).toBe(
      [
        "::error file=filings/acme 10-K.htm,line=3,col=1,endLine=3,endColumn=40,title=governance-board-oversight::CybersecurityRiskBoardOfDirectorsOversightTextBlock is missing.",
        "::warning file=filings/acme 10-K.htm,line=12,endLine=14,title=flag-text-third-party-oversight::Third-party oversight flag is false, but the text describes vendors. Fix: Set the flag to true.",
        "::notice file=filings/acme 10-K.htm,line=120,col=17,endLine=120,endColumn=60,title=style-hypothetical-incident::Incidents are described only as hypothetical.",
        "::error file=drafts/b.md::Cannot read file: EACCES",
        "",
      ].join("\n"),
    );
  });

  it("escapes data and properties as @actions/core does", () => {
    expect(escapeData("100% done\r\nnext: a, b")).toBe("100%25 done%0D%0Anext: a, b");
    expect(escapeProperty("100% done\r\nnext: a, b")).toBe("100%25 done%0D%0Anext%3A a%2C b");
    const file = "/repo/odd, name: 50%.htm";
    const f = finding({ ruleId: "rule:with,marks", file, message: "Line one\nline two: 5% of 10, or so.\r", line: 2, column: 3, endLine: 2, endColumn: 8 });
    const ours = github([{ file, findings: [f] }], context()).trimEnd();
    expect(ours).toBe(
      "::warning file=odd%2C name%3A 50%25.htm,line=2,col=3,endLine=2,endColumn=8,title=rule%3Awith%2Cmarks::Line one line two: 5%25 of 10, or so.",
    );
    // A message is one line before it is escaped (its line breaks are the input's, not ours).
    const theirs = toolkit("warning", "Line one line two: 5% of 10, or so.", { file: "odd, name: 50%.htm", startLine: 2, startColumn: 3, endLine: 2, endColumn: 8, title: f.ruleId });
    expect(parse(ours)).toEqual(parse(theirs));
  });

  it("matches the toolkit for each severity", () => {
    for (const [severity, kind] of [["error", "error"], ["warning", "warning"], ["info", "notice"]] as const) {
      const f = finding({ ruleId: "r", file: ACME, severity, message: "M.", line: 4, column: 2, endLine: 4, endColumn: 9 });
      const ours = github([{ file: ACME, findings: [f] }], context()).trimEnd();
      const theirs = toolkit(kind, "M.", { file: "filings/acme 10-K.htm", startLine: 4, startColumn: 2, endLine: 4, endColumn: 9, title: "r" });
      expect(parse(ours)).toEqual(parse(theirs));
    }
  });

  it("sends columns only for a one-line span and no position when the line is unknown", () => {
    const results: FileResult[] = [
      {
        file: ACME,
        findings: [
          finding({ ruleId: "r", file: ACME, line: 5, column: 3, endLine: 7, endColumn: 2 }),
          finding({ ruleId: "r", file: ACME, line: 0, column: 0, endLine: 0, endColumn: 0 }),
        ],
      },
    ];
    expect(github(results, context()).split("\n")).toEqual([
      "::warning file=filings/acme 10-K.htm,line=5,endLine=7,title=r::Something is wrong.",
      "::warning file=filings/acme 10-K.htm,title=r::Something is wrong.",
      "",
    ]);
  });

  it("gives a fatal its position when known", () => {
    const results: FileResult[] = [{ file: "/repo/x.xml", findings: [], fatal: { file: "/repo/x.xml", message: "Malformed XML: 100%", line: 4, column: 17 } }];
    expect(github(results, context())).toBe("::error file=x.xml,line=4,col=17::Malformed XML: 100%25\n");
  });

  it("prints nothing when nothing was found", () => {
    expect(github([{ file: ACME, findings: [] }], context())).toBe("");
    expect(github([], context())).toBe("");
  });
});
