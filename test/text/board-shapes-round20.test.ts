// Round 20 (issue 10): management's reporting to the board told as escalation (set F's false
// reports-to-board warning: escalation procedures that run, where appropriate, to board committees
// and the full Board), read wherever the receiver names the board body; and `disclint facts` showing
// what the section addresses by implication. Fictional sentences throughout, each beside a hard
// negative of the same words (the batch test/accuracy/paraphrases/round20.board.json has more).
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createLinter } from "../../src/api.js";
import { factsReport } from "../../src/cli/facts-json.js";
import { loadRuleSet } from "../../src/engine/rule-loader.js";
import { loadDisclosure } from "../../src/sources/load.js";

const dir = mkdtempSync(join(tmpdir(), "disclint-board20-"));
let n = 0;
function draft(paragraph: string): string {
  const file = join(dir, `draft-${n++}.txt`);
  writeFileSync(file, `Item 1C. Cybersecurity\n\nGovernance\n\n${paragraph}\n`);
  return file;
}
/** Whether linting a one-paragraph draft under "Governance" reports the element's absence. */
async function absent(paragraph: string, what: string): Promise<boolean> {
  const findings = await createLinter().lint(await loadDisclosure([draft(paragraph)]));
  return findings.some((f) => f.ruleId === "requirement-addressed" && f.message.includes(what));
}
const REPORTS = "whether those managers report information";
const INFORMED = "how the board or the committee is informed";

describe("a manager's escalation that reaches the board or a committee of it, after other receivers, is management reporting to the board", () => {
  it.each([
    "The security operations team has implemented processes to assess and report threats, including escalation procedures based on the severity of an incident including, where appropriate, escalation to our Technology Council, the Audit Committee and the Board of Directors.",
    "Our Director of Security Operations escalates significant incidents to the Chief Executive Officer and, where appropriate, to the Audit Committee and the full Board.",
    "The IT security team notifies senior leadership, the Risk and Technology Committee and the Board of incidents that meet defined thresholds.",
    "Pursuant to management's escalation procedures, significant cybersecurity matters are reported to the Audit Committee and to the full Board, as appropriate.",
  ])("%s", async (paragraph) => {
    expect(await absent(paragraph, REPORTS)).toBe(false);
  });

  it("not escalation to management only, nor to a two-tier Management Board", async () => {
    expect(await absent("Our escalation procedures provide for reporting of significant cybersecurity matters to the Chief Information Officer and the executive leadership team.", REPORTS)).toBe(true);
    expect(await absent("Significant cybersecurity incidents are escalated by the Group CISO to the Management Board.", REPORTS)).toBe(true);
  });

  it("not another company's own board, nor non-cyber escalation to a board committee", async () => {
    const provider = "Our hosting provider's incident procedures call for escalation to the provider's own board of directors.";
    expect(await absent(provider, REPORTS)).toBe(true);
    expect(await absent(provider, INFORMED)).toBe(true);
    expect(await absent("Each portfolio company escalates cybersecurity incidents to its own board of directors under its own procedures.", INFORMED)).toBe(true);
    const credit = "Our bank subsidiary's loan officers escalate credit exceptions to the Credit Committee of its board.";
    expect(await absent(credit, REPORTS)).toBe(true);
    expect(await absent(credit, INFORMED)).toBe(true);
  });

  it("not an escalation whose reporter is unnamed (the labelling convention: board-informed only), nor a committee reporting to the full board", async () => {
    expect(await absent("Depending on severity, matters are escalated to senior management and, as appropriate, to the Audit and Compliance Committee and the Board of Directors.", REPORTS)).toBe(true);
    expect(await absent("Under our procedures, significant cybersecurity matters are reported to the Audit Committee and to the full Board, as appropriate.", REPORTS)).toBe(true);
    expect(await absent("The Audit Committee escalates significant cybersecurity matters to the full Board after each of its meetings.", REPORTS)).toBe(true);
  });
});

describe("disclint facts shows what the section addresses by implication", () => {
  it("board oversight and the committee, for a paragraph where management reports to a named committee of the board", async () => {
    const d = await loadDisclosure([draft("Our CISO provides quarterly reports on cyber risk to the Audit Committee of our Board.")]);
    const report = factsReport(d, dir, loadRuleSet()) as { missing: string[]; elements: { id: string; addressed: boolean; implied?: true; paragraphs: number[] }[] };
    expect(report.missing).not.toContain("board-oversight");
    expect(report.missing).not.toContain("board-committee");
    expect(report.elements.find((e) => e.id === "board-oversight")).toEqual(expect.objectContaining({ addressed: true, implied: true, paragraphs: [] }));
    expect(report.elements.find((e) => e.id === "reports-to-board")).toEqual(expect.objectContaining({ addressed: true, paragraphs: [5] }));
    expect(report.elements.find((e) => e.id === "reports-to-board")?.implied).toBeUndefined();
  });

  it("nothing implied where management reports to a committee of management", async () => {
    const d = await loadDisclosure([draft("Our CISO provides quarterly reports on cyber risk to the Compliance Committee, which is made up of our executive officers.")]);
    const report = factsReport(d, dir, loadRuleSet()) as { missing: string[] };
    expect(report.missing).toContain("board-oversight");
    expect(report.missing).toContain("board-committee");
  });
});
