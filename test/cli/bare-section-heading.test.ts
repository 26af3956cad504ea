// The CLI on a 10-K laid out by a "Form 10-K cross-reference index" (fictional filers in
// test/fixtures/bare-heading): its cybersecurity section is headed "CYBERSECURITY" with no item number,
// in every format read (Inline XBRL without cyd tags, HTML, Markdown, text). The finder takes that
// heading, not the "Cybersecurity" risk factor above it nor the index row "Item 1C. Cybersecurity 14";
// a document whose only such heading is a risk factor has no section; a numbered Item 1C wins.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { main } from "../../src/cli/main.js";
import { FIXTURES, ROOT } from "../helpers.js";

const DIR = join(FIXTURES, "bare-heading");

async function cli(args: string[]) {
  let stdout = "";
  let stderr = "";
  const code = await main(["--no-config", ...args], { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), cwd: ROOT, env: {}, isTTY: false });
  return { code, stdout, stderr };
}

async function lint(file: string) {
  const { code, stdout } = await cli(["-f", "json", join(DIR, file)]);
  const messages = (JSON.parse(stdout) as Array<{ messages: Array<{ line: number; column: number; level: string; ruleId: string; message: string }> }>)[0].messages;
  return { code, rows: messages.map((m) => `${m.line}:${m.column} ${m.level} ${m.ruleId}`), messages };
}

async function facts(file: string) {
  const { code, stdout } = await cli(["facts", join(DIR, file)]);
  return { code, facts: JSON.parse(stdout) as { section: { heading: string; item: string | null; line: number } | null; paragraphs: Array<{ text: string }> } };
}

const SECTION_TEXT = ["The Audit and Risk Committee", "We maintain a cybersecurity program", "To date, no cybersecurity incident"];
const FOUND = ["info requirement-addressed", "info requirement-addressed", "info requirement-addressed", "info requirement-addressed", "warning requirement-addressed"];

describe("a cross-reference-index 10-K whose cybersecurity heading has no item number", () => {
  it.each([
    ["quillon-10k-fy2023-xref.htm", "CYBERSECURITY", 18, "18:51", "the untagged cybersecurity section"],
    ["quillon-10k-xref.html", "CYBERSECURITY", 10, "10:7", "the draft's cybersecurity section"],
    ["quillon-10k-xref.md", "Cybersecurity", 15, "17:5", "the draft's cybersecurity section"],
    ["quillon-10k-xref.txt", "CYBERSECURITY", 13, "15:1", "the draft's cybersecurity section"],
  ])("%s: the section under its bare heading, checked; exit 0 (warnings only)", async (file, heading, line, at, name) => {
    const f = await facts(file);
    expect(f.code).toBe(0);
    expect(f.facts.section).toMatchObject({ heading, item: null, line });
    // Only the section's three paragraphs: not the risk factor, not Legal Proceedings, not the index.
    expect(f.facts.paragraphs).toHaveLength(3);
    f.facts.paragraphs.forEach((p, i) => expect(p.text.startsWith(SECTION_TEXT[i])).toBe(true));
    const { code, rows, messages } = await lint(file);
    expect(code).toBe(0);
    expect(rows).toEqual(FOUND.map((r) => `${at} ${r}`));
    expect(messages[4].message).toContain(`No paragraph of ${name} addresses the management positions`);
  });
});

describe("a cybersecurity heading that is not the section", () => {
  it("an Inline XBRL 10-K (FY2022) whose only Cybersecurity heading is a risk factor: no section, no finding, exit 0", async () => {
    const f = await facts("larchmont-10k-fy2022-risk-factor-only.htm");
    expect(f.facts.section).toBeNull();
    expect(f.facts.paragraphs).toEqual([]);
    const { code, rows } = await lint("larchmont-10k-fy2022-risk-factor-only.htm");
    expect(code).toBe(0);
    expect(rows).toEqual([]);
  });

  it("the same as a Markdown draft is not a disclosure: exit 2, said so", async () => {
    const { code, stdout } = await cli([join(DIR, "larchmont-10k-fy2022-risk-factor-only.md")]);
    expect(code).toBe(2);
    expect(stdout).toContain("not a disclosure: no Item 1C / Item 16K / Cybersecurity section found");
  });

  it("a 10-K with a numbered Item 1C and a bare CYBERSECURITY heading elsewhere: Item 1C wins", async () => {
    const f = await facts("fenwick-10k-fy2023-item-1c-and-bare.htm");
    expect(f.facts.section).toMatchObject({ heading: "Item 1C. Cybersecurity", item: "1C", line: 18 });
    expect(f.facts.paragraphs.some((p) => p.text.startsWith("Cybersecurity spending rose"))).toBe(false);
    const { code, rows, messages } = await lint("fenwick-10k-fy2023-item-1c-and-bare.htm");
    expect(code).toBe(0);
    expect(rows).toEqual(FOUND.map((r) => `18:36 ${r}`));
    expect(messages[0].message).toContain("the untagged Item 1C section");
  });
});
