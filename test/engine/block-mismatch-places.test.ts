// A mis-tagged block's finding says what its own text says and where the section says what the
// block should hold (text-block-content-mismatch), so the filer moves the tag instead of searching.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createLinter } from "../../src/api.js";
import { loadDisclosure } from "../../src/sources/load.js";
import { FIXTURES } from "../helpers.js";

const DIR = join(FIXTURES, "rules", "text-block-content-mismatch");

async function mismatches(file: string) {
  const findings = await createLinter().lint(await loadDisclosure([join(DIR, file)]));
  return findings.filter((f) => f.ruleId === "text-block-content-mismatch");
}

describe("text-block-content-mismatch says where the element's text is", () => {
  it("a block that opens mid-paragraph is judged by its own sentences, and points at the block that holds its element's text", async () => {
    const [f, ...rest] = await mismatches("invalid-block-opens-mid-paragraph.htm");
    expect(rest).toHaveLength(0);
    expect([f.line, f.column]).toEqual([6, 285]);
    // What its own sentences say first (the board being informed), not the committee sentence before it.
    expect(f.message).toMatch(/^Cybersecurity Risk Process for Informing Management or Committees Responsible \[Text Block\] addresses how the board or the committee is informed about cybersecurity risks;/);
    expect(f.message).not.toContain("the board committee or subcommittee responsible");
    expect(f.message).toContain(
      "Text on how management is informed about and monitors the prevention, detection, mitigation and remediation of incidents: 7:139, in Cybersecurity Risk Management Positions or Committees Responsible [Text Block].",
    );
  });

  it("the sentences of the same paragraph outside the block are named as such", async () => {
    const [f] = await mismatches("invalid-block-tags-the-end-of-a-paragraph.htm");
    expect(f.message).toMatch(/: 6:4, in the part of its paragraph outside this block\.$/);
  });

  it("in an XBRL instance, text found in another block is named by that block, not called untagged", async () => {
    const [f, ...rest] = await mismatches("invalid-instance-integration-block-holds-controls.xml");
    expect(rest).toHaveLength(0);
    expect([f.line, f.column, f.severity]).toEqual([13, 3, "info"]);
    expect(f.message).toContain(
      "Text on how the processes are integrated into overall risk management: 17:331, in Cybersecurity Risk Board of Directors Oversight [Text Block].",
    );
    expect(f.message).not.toContain("untagged");
  });

  it("says so when no other paragraph has the element's text", async () => {
    const [f] = await mismatches("invalid-management-updates-in-oversight-block.htm");
    expect(f.message).toMatch(/Text on the board of directors' oversight of cybersecurity risk: none elsewhere in the section\.$/);
  });

  it("a board-oversight block told through the committee's quarterly updates is the board's oversight", async () => {
    expect(await mismatches("valid-oversight-told-through-committee-updates.htm")).toHaveLength(0);
    expect(await mismatches("valid-block-opens-mid-paragraph.htm")).toHaveLength(0);
  });
});
