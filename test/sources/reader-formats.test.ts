// The section reader on the formats drafting teams produce (test/fixtures/readers/, README.md there): one fictional
// filer's Item 1C (seven paragraphs under four subheadings) as a .docx with bold Normal headings, with numbered-list
// headings, as a numbered outline, with the item and its subheadings all in Heading 2; as HTML saved from Word; as
// text hard-wrapped at 72 columns with hyphenated breaks, page furniture, a table of contents and a signature block;
// as Markdown with setext headings followed by exhibits. Each must give the whole section, its seven paragraphs with
// their lines, and the two true findings (no incident-disclosure path; no one named to decide materiality).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createLinter } from "../../src/api.js";
import { LineIndex } from "../../src/model/position.js";
import { textBlocks } from "../../src/sources/prose.js";
import { FIXTURES } from "../helpers.js";
import { loadDraft } from "./draft-helpers.js";

const DIR = join(FIXTURES, "readers");
const FIRST = "We have developed and implemented a cybersecurity risk management program designed to assess, identify and manage material risks";
const LAST = "where appropriate, to the Audit Committee.";

/** Per file: the heading read, and the line of each of the seven paragraphs (first line, last line). */
const EXPECTED: Record<string, { heading: string; lines: [number, number][] }> = {
  "tamarind-bold-headings-10k.docx": { heading: "Item 1C. Cybersecurity", lines: [[6, 6], [7, 7], [9, 9], [11, 11], [13, 13], [14, 14], [15, 15]] },
  "tamarind-numbered-headings-10k.docx": { heading: "Item 1C. Cybersecurity", lines: [[6, 6], [7, 7], [9, 9], [11, 11], [13, 13], [14, 14], [15, 15]] },
  "tamarind-numbered-outline-10k.docx": { heading: "Cybersecurity", lines: [[10, 10], [11, 11], [13, 13], [15, 15], [17, 17], [18, 18], [19, 19]] },
  "tamarind-same-level-headings-10k.docx": { heading: "Item 1C. Cybersecurity", lines: [[5, 5], [6, 6], [8, 8], [10, 10], [12, 12], [13, 13], [14, 14]] },
  "tamarind-word-saved-10k.htm": { heading: "Item 1C. Cybersecurity", lines: [[27, 33], [35, 38], [42, 47], [51, 56], [60, 63], [65, 69], [71, 76]] },
  "tamarind-wrapped-signatures-10k.txt": { heading: "Item 1C. Cybersecurity", lines: [[24, 30], [32, 35], [39, 44], [52, 57], [61, 65], [67, 71], [73, 78]] },
  "tamarind-setext-exhibits-10k.md": { heading: "Item 1C. Cybersecurity", lines: [[7, 11], [13, 15], [20, 24], [29, 32], [37, 40], [42, 45], [47, 51]] },
};

describe("the section reader on drafting formats (test/fixtures/readers)", () => {
  for (const [file, want] of Object.entries(EXPECTED)) {
    it(`${file}: the whole section, its seven paragraphs on their lines, two true infos`, async () => {
      const d = await loadDraft(join(DIR, file));
      const section = d.section!;
      expect(section.heading?.text).toBe(want.heading);
      const index = LineIndex.of(d.documents[0]);
      const paras = section.paragraphs.map((p) => ({ text: p.text, pos: index.position(p.start, p.end) }));
      expect(paras.map((p) => [p.pos.line, p.pos.endLine])).toEqual(want.lines);
      expect(paras[0].text.startsWith(FIRST)).toBe(true);
      expect(paras[6].text.endsWith(LAST)).toBe(true);
      // Nothing of Item 2 Properties, the signatures or the exhibits; no word left split by a line-end hyphen.
      const all = paras.map((p) => p.text).join("\n");
      expect(all).not.toMatch(/Savannah|Dana Whitcombe|Exhibit|\w- \w/);
      expect(all.match(/cybersecurity/gi)).toHaveLength(10);
      const findings = await createLinter().lint(d);
      const found = findings.map((f) => `${f.ruleId} ${f.severity}`);
      const cut = file.includes("same-level") ? ["section-cut-short info"] : [];
      // Two true infos: no incident-disclosure path, and an escalation path (to the CISO, the CFO and the General Counsel)
      // that names nobody who decides whether an incident is material (round 18).
      expect(found.sort()).toEqual(["requirement-addressed info", "requirement-addressed info", ...cut].sort());
      const messages = findings.filter((f) => f.ruleId === "requirement-addressed").map((f) => f.message);
      expect(messages.some((m) => /how a material incident is disclosed/.test(m))).toBe(true);
      expect(messages.some((m) => /does not say who decides whether an incident is material/.test(m))).toBe(true);
    });
  }

  it("Item 1C and its subheadings in one heading style: read on to the next item, said where, absences only info", async () => {
    const d = await loadDraft(join(DIR, "tamarind-same-level-headings-10k.docx"));
    expect(d.diagnostics.map((x) => [x.code, x.position.line])).toEqual([["section-cut-short", 4]]);
    expect(d.diagnostics[0].message).toMatch(/ended at line 4 \(“Our Program”.*read on to line 14/);
  });

  it("a line-end hyphen goes unless the document writes the word with it", () => {
    const text = "We assess cyber-\nsecurity risks of third-\nparty vendors.\n\nOur third-party vendors are reviewed, as is our vuln-\nerability scanning.\n";
    const [first, second] = textBlocks(text);
    expect(first.text).toBe("We assess cybersecurity risks of third-party vendors.");
    expect(second.text).toBe("Our third-party vendors are reviewed, as is our vulnerability scanning.");
    // The map still points each character at its source: "security" starts on line 2.
    const at = first.text.indexOf("security");
    const src = first.map.filter(([t]) => t <= at).pop()!;
    expect(text.slice(src[1] + at - src[0], src[1] + at - src[0] + 8)).toBe("security");
  });

  it("the fixtures are the drafts README.md describes", () => {
    const readme = readFileSync(join(DIR, "README.md"), "utf8");
    for (const file of Object.keys(EXPECTED)) expect(readme).toContain(file);
  });
});
