// Issue 11 item 5 / issue 12: a placeholder is found wherever it sits in a draft — a paragraph
// that maps to no requirement, a table cell — and an R page value that is itself bracketed
// ("|[TBD: describe …]") is a value, not a label.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cli, tmpDir } from "./helpers.js";

interface JsonResult {
  messages: Array<{ ruleId: string | null; line: number; column: number; message: string }>;
}

const placeholders = async (dir: string, file: string) =>
  (JSON.parse((await cli([file, "-f", "json"], dir)).stdout) as JsonResult[])[0].messages
    .filter((m) => m.ruleId === "draft-placeholder")
    .map((m) => `${m.line}:${m.column} ${m.message}`);

describe("placeholders anywhere in the disclosure", () => {
  it("in a Markdown draft: a paragraph no requirement claims, a table cell, a line of its own", async () => {
    const dir = tmpDir("placeholders-md");
    writeFileSync(
      join(dir, "draft.md"),
      [
        "# Item 1C. Cybersecurity",
        "",
        "## Risk management and strategy",
        "",
        "We assess, identify and manage material risks from cybersecurity threats through our program, which follows the NIST framework.",
        "",
        "Lorem ipsum dolor sit amet, consectetur adipiscing elit.",
        "",
        "| Area | Owner |",
        "|---|---|",
        "| Network | [TBD] |",
        "",
        "TODO: ask legal.",
        "",
        "## Governance",
        "",
        "Our Board oversees cybersecurity risk through its Audit Committee.",
        "",
      ].join("\n"),
    );
    expect(await placeholders(dir, "draft.md")).toEqual([
      '7:1 Placeholder "Lorem ipsum" left in the text.',
      '11:13 Placeholder "[TBD]" left in the text.',
      '13:1 Placeholder "TODO" left in the text.',
    ]);
  });

  it("in an R page whose value line is itself in brackets", async () => {
    const dir = tmpDir("placeholders-rpage");
    writeFileSync(
      join(dir, "r.txt"),
      "|\nCybersecurity Risk Management and Strategy Disclosure\n|12 Months Ended\nDec. 31, 2025\n" +
        "|Cybersecurity Risk Management Positions or Committees Responsible [Text Block]\n|[TBD: describe the CISO role]\n" +
        "|Cybersecurity Risk Board of Directors Oversight [Text Block]\n|Our Board oversees cybersecurity risk.\n",
    );
    const r = await cli(["r.txt", "-f", "json"], dir);
    const messages = (JSON.parse(r.stdout) as JsonResult[])[0].messages;
    expect(messages.map((m) => m.ruleId)).not.toContain("empty-text-block");
    expect(messages.filter((m) => m.ruleId === "draft-placeholder").map((m) => `${m.line}:${m.column} ${m.message}`)).toEqual([
      '6:3 Placeholder "TBD" left in Cybersecurity Risk Management Positions or Committees Responsible [Text Block].',
    ]);
  });
});
