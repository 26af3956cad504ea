import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { sourceOffset } from "../../src/model/position.js";
import type { Disclosure } from "../../src/model/types.js";
import { loadDisclosure } from "../../src/sources/load.js";
import { htmlBlocks, markdownBlocks, textBlocks } from "../../src/sources/prose.js";
import { DocumentContext } from "../../src/engine/document.js";
import { loadRuleSet } from "../../src/engine/rule-loader.js";
import { createLinter } from "../../src/api.js";
import { FIXTURES, growthOver4x, growthSizes, ROOT } from "../helpers.js";
import { loadDraft } from "./draft-helpers.js";

const DRAFTS = join(FIXTURES, "drafts");

/** Every character of every fact's text comes from the same character of the source (spaces and breaks may stand for markup). */
const RULES = loadRuleSet();

/** A draft as the rules see it: the engine makes each element's paragraphs into its text block. */
async function loadJudged(files: string[]): Promise<Disclosure> {
  const d = await loadDisclosure(files);
  return new DocumentContext(d, RULES.lexicons, RULES.cues, RULES.elements).disclosure;
}

function expectMapped(d: Disclosure): void {
  const source = d.documents[0].text;
  for (const f of d.facts) {
    for (let i = 0; i < f.text.length; i++) {
      const c = f.text[i];
      if (/\s/.test(c)) continue;
      expect(source[sourceOffset(f.textMap, i)], `${f.concept} char ${i} "${c}"`).toBe(c);
    }
  }
}

describe("markdownBlocks", () => {
  it("reads ATX and setext headings with their level, list items and paragraphs", () => {
    const md = "# Item 1C. Cybersecurity\n\nRisk management\n---------------\n\nWe assess\nrisks.\n\n- first item\n  continued\n* second item\n1. third\n";
    const blocks = markdownBlocks(md);
    expect(blocks.map((b) => [b.kind, b.level, b.text, b.listItem ?? false])).toEqual([
      ["heading", 1, "Item 1C. Cybersecurity", false],
      ["heading", 2, "Risk management", false],
      ["paragraph", 0, "We assess risks.", false],
      ["paragraph", 0, "first item continued", true],
      ["paragraph", 0, "second item", true],
      ["paragraph", 0, "third", true],
    ]);
  });

  it("drops HTML comments (guidance), fenced code and inline markup, keeping the map exact", () => {
    const md = "## Board oversight\n\n<!-- Describe how the board\noversees cybersecurity risk. -->\n\nOur **Board** oversees [cyber risk](https://x.example) via the `Audit Committee`, see \\*note.\n\n```\ncode is not text\n```\n";
    const blocks = markdownBlocks(md);
    expect(blocks.map((b) => b.text)).toEqual(["Board oversight", "Our Board oversees cyber risk via the Audit Committee, see *note."]);
    const p = blocks[1];
    for (let i = 0; i < p.text.length; i++) if (p.text[i] !== " ") expect(md[sourceOffset(p.map, i)]).toBe(p.text[i]);
  });

  it("keeps snake_case and reads a table row as one paragraph", () => {
    const blocks = markdownBlocks("| Item 1C. | Cybersecurity | 17 |\n|---|---|---|\n\nkeep snake_case_words intact\n");
    expect(blocks.map((b) => b.text)).toEqual(["Item 1C. Cybersecurity 17", "keep snake_case_words intact"]);
  });
});

describe("textBlocks", () => {
  it("joins the wrapped lines of a paragraph", () => {
    const blocks = textBlocks("Title line\n\nWe maintain a program\n   based on NIST.\n\nNext.\n");
    expect(blocks.map((b) => b.text)).toEqual(["Title line", "We maintain a program based on NIST.", "Next."]);
    expect(blocks[1].start).toBe(12);
  });

  it("reads one paragraph per line when the text has no blank lines, joining lines that run on", () => {
    const text = "A.\nB.\nC.\nD.\nE.\nF.\nWe engage \nthird-party\n consultants.\nAt the management level, our \nCIO and CISO\n, each of whom leads.\n";
    expect(textBlocks(text).map((b) => b.text)).toEqual(["A.", "B.", "C.", "D.", "E.", "F.", "We engage third-party consultants.", "At the management level, our CIO and CISO , each of whom leads."]);
  });

  it("keeps an item heading line a block of its own when the next lines follow with no blank line", () => {
    const text = "ITEM 1C. CYBERSECURITY\n\u2610 Yes \u2612 No\n[X] ANNUAL REPORT\nWe assess risks.\n";
    expect(textBlocks(text).map((b) => b.text)).toEqual(["ITEM 1C. CYBERSECURITY", "\u2610 Yes \u2612 No [X] ANNUAL REPORT We assess risks."]);
    // A wrapped sentence line that starts with an item number is not a heading.
    expect(textBlocks("As discussed in\nItem 7 of this report, we assess risks.\n").map((b) => b.text)).toEqual(["As discussed in Item 7 of this report, we assess risks."]);
  });

  it("keeps a quoted item reference that a hard wrap put at a line's start inside its sentence", () => {
    // Set 14's ironside-pawn: read as the next item's heading, it ended Item 1C before Governance.
    const text = "our stores could not make or renew loans; see\n\"Item 1A. Risk Factors.\"\n\nGovernance\n";
    expect(textBlocks(text).map((b) => b.text)).toEqual(['our stores could not make or renew loans; see "Item 1A. Risk Factors."', "Governance"]);
    // An item heading typed in capitals after an open line is still a heading.
    expect(textBlocks("Exhibits listed in\nITEM 1C. CYBERSECURITY\n").map((b) => b.text)).toEqual(["Exhibits listed in", "ITEM 1C. CYBERSECURITY"]);
  });
});

describe("a PDF proof copy with no blank lines between paragraphs (realistic set 24's copperkettle, round 38)", () => {
  it("joins a paragraph's hard-wrapped lines, a line that starts with a capital included, and keeps a short line (a heading) its own", async () => {
    // Failed at base: 12 paragraphs for 7 ("… primarily through its Audit" / "Committee. Our Director …" cut),
    // and the running head "Table of Contents" glued to the paragraph that goes on after the page break.
    const d = await loadDisclosure([join(ROOT, "test", "fixtures", "realistic-set24", "copperkettle-distilling-10k.txt")]);
    const paragraphs = d.section!.paragraphs;
    expect(paragraphs.map((p) => [p.text.slice(0, 30), p.headings.at(-1)])).toEqual([
      ["Copper Kettle Distilling Co. m", "Risk Management and Strategy"],
      ["Cybersecurity risk is one of t", "Risk Management and Strategy"],
      ["We engage third parties in con", "Risk Management and Strategy"],
      ["We have not identiﬁed any risk", "Risk Management and Strategy"],
      ["Our Board of Directors oversee", "Governance"],
      ["Our Director of Information Se", "Governance"],
      ["Under the incident response pl", "Governance"],
    ]);
    // the halves of the paragraph the page break cut are one, without the page's furniture
    expect(paragraphs[2].text).toContain("Before engaging a provider that will hold our data");
    for (const p of paragraphs) expect(p.text).not.toMatch(/Table of Contents|Form 10-K/);
  });

  it("reads text laid out one paragraph a line as before: a capital after a full stop starts a paragraph", () => {
    const line = (n: number) => `Paragraph ${n} of the section says what the program does and who reports to whom each quarter.`;
    const text = Array.from({ length: 9 }, (_, i) => line(i + 1)).join("\n") + "\n";
    expect(textBlocks(text)).toHaveLength(9);
  });
});

describe("a table laid out with spaces (realistic set 28's wrexlan, round 41)", () => {
  // Failed at base: the table was one paragraph, "Tier   Example   …   Within 1      flights …", and every gap between two
  // cells a text-spacing "slip" (ten false infos on set 28's airline).
  const TABLE = [
    "  Tier   Example                       Escalated to                    Within",
    "  ----   -------                       ------------                    ------",
    "  1      customer data taken           Cyber Risk Committee, CEO       immediately",
    "  2      one critical system degraded  Chief Information Officer       2 hours",
    "  3      contained event               Chief Information Security Officer  24 hours",
  ].join("\n");
  const ROWS = [
    "Tier Example Escalated to Within",
    "1 customer data taken Cyber Risk Committee, CEO immediately",
    "2 one critical system degraded Chief Information Officer 2 hours",
    "3 contained event Chief Information Security Officer 24 hours",
  ];
  const mapped = (src: string, blocks: { text: string; map: Parameters<typeof sourceOffset>[0] }[]) => {
    for (const p of blocks) for (let i = 0; i < p.text.length; i++) if (p.text[i] !== " ") expect(src[sourceOffset(p.map, i)]).toBe(p.text[i]);
  };

  it("reads each line of a text draft's table as a row, its cells joined by one space (a line of dashes is no row), the map exact", () => {
    const text = `Incidents are escalated by tier:\n\n${TABLE}\n\nThe Disclosure Committee decides.\n`;
    const blocks = textBlocks(text);
    expect(blocks.map((b) => b.text)).toEqual(["Incidents are escalated by tier:", ...ROWS, "The Disclosure Committee decides."]);
    mapped(text, blocks);
    expect(blocks[1].start).toBe(text.indexOf("Tier"));
  });

  it("reads it so in a text laid out one paragraph a line, and right under its lead-in line", () => {
    const lead = Array.from({ length: 8 }, (_, i) => `Paragraph ${i + 1} says who reports to whom.`).join("\n");
    const text = `${lead}\nIncidents are escalated by tier:\n${TABLE}\nThe Disclosure Committee decides.\n`;
    expect(textBlocks(text).map((b) => b.text).slice(8)).toEqual(["Incidents are escalated by tier:", ...ROWS, "The Disclosure Committee decides."]);
  });

  it("reads lines of nothing but spaces in linear time (a stranger's file: two such lines of 200,000 spaces hung the reader)", async () => {
    // Failed at the merge (growth ~16): the gap search tried every space of a run as a start and ran to the run's end each time.
    const lines = (n: number) => `Item 1C. Cybersecurity\n\n${`${" ".repeat(n)}\n`.repeat(2)}a  b   c\nd  e   f\n`;
    const texts = new Map(growthSizes(20_000).map((n) => [n, lines(n)]));
    expect(await growthOver4x((n) => textBlocks(texts.get(n) as string), 20_000)).toBeLessThan(12);
    expect(textBlocks(lines(20_000)).map((b) => b.text)).toEqual(["Item 1C. Cybersecurity", "a b c", "d e f"]);
  });

  it("reads a Markdown heading with a long run of spaces inside in linear time, its closing #s cut as before", async () => {
    // Failed before (growth ~60: cubic; "# a" + 3,000 spaces + "b" took 6 s, 200,000 spaces hung the CLI): the heading's lazy
    // capture before [ \t]*#*[ \t]*$ tried every split of the run.
    const md = (n: number) => `# a${" ".repeat(n)}b\n\nText.\n`;
    const texts = new Map(growthSizes(2_000).map((n) => [n, md(n)]));
    expect(await growthOver4x((n) => markdownBlocks(texts.get(n) as string), 2_000)).toBeLessThan(12);
    expect(markdownBlocks(md(2_000)).map((b) => b.text)).toEqual([`a${" ".repeat(2_000)}b`, "Text."]);
    expect(markdownBlocks("## Governance  ##  \n").map((b) => [b.text, b.start])).toEqual([["Governance", 3]]);
  });

  it("reads a Markdown draft's table laid out with spaces as rows too", () => {
    const md = `## Governance\n\n${TABLE.replace("  1      ", "  **1**  ")}\n`;
    const blocks = markdownBlocks(md);
    expect(blocks.map((b) => b.text)).toEqual(["Governance", ...ROWS]);
    mapped(md, blocks);
  });

  it("leaves doubled spaces that are not columns: a justified paragraph, two spaces after a period, a signature block, a table of contents", () => {
    const justified = "We  maintain  a  program designed to assess,\nidentify and manage  material risks from cybersecurity\nthreats.  The program  is based on NIST.\n";
    expect(textBlocks(justified).map((b) => b.text)).toEqual([justified.trim().replace(/\n/g, " ")]);
    const twoAfterPeriod = "Our CISO leads the team.  She reports to the CIO.\nThe CIO reports to the CEO.  The Board oversees.\n";
    expect(textBlocks(twoAfterPeriod)).toHaveLength(1);
    const signature = "Date: June 22, 2026                     By: /s/ Noa Ben-Ari\n                                        Name: Noa Ben-Ari\n";
    expect(textBlocks(signature)).toHaveLength(1);
    const toc = "Item 1.    Business                3\nItem 1A.   Risk Factors           11\nItem 1C.   Cybersecurity          23\n";
    expect(textBlocks(toc).map((b) => b.text)).toEqual(toc.trim().split("\n"));
  });
});

describe("soft hyphens in text and Markdown drafts", () => {
  it("drops U+00AD inside words (a word processor's, or windows-1252's 0xAD decoded), keeping the map exact (realistic set 24)", () => {
    const text = "Cyber\u00adsecurity\n\nOur infor\u00admation security team\nre\u00adports to the Audit Com\u00admittee.\n";
    const t = textBlocks(text);
    expect(t.map((b) => b.text)).toEqual(["Cybersecurity", "Our information security team reports to the Audit Committee."]);
    const md = "## Cyber\u00adsecurity\n\n| Our **CISO** re\u00adports | to the Board |\n\nOur *infor\u00admation* security team.\n";
    const m = markdownBlocks(md);
    expect(m.map((b) => b.text)).toEqual(["Cybersecurity", "Our CISO reports to the Board", "Our information security team."]);
    for (const [src, blocks] of [[text, t], [md, m]] as const)
      for (const p of blocks) for (let i = 0; i < p.text.length; i++) if (p.text[i] !== " ") expect(src[sourceOffset(p.map, i)]).toBe(p.text[i]);
  });
});

describe("htmlBlocks", () => {
  it("makes each block element a block; h1–h6 are headings with their level", () => {
    const html = "<h2>Item 1C. Cybersecurity</h2><p>We <b>assess</b> risks &amp; threats.</p><ul><li>one;</li><li>two.</li></ul>";
    const blocks = htmlBlocks(html);
    expect(blocks.map((b) => [b.kind, b.level, b.text])).toEqual([
      ["heading", 2, "Item 1C. Cybersecurity"],
      ["paragraph", 0, "We assess risks & threats."],
      ["paragraph", 0, "one;"],
      ["paragraph", 0, "two."],
    ]);
    expect(html.slice(blocks[1].start, blocks[1].start + 2)).toBe("We");
  });
});

describe("prose drafts", () => {
  it("reads the Northwind Markdown draft into text facts that map back to the file", async () => {
    const d = await loadJudged([join(ROOT, "examples", "northwind-item1c-draft.md")]);
    expect(d.documents[0].format).toBe("markdown");
    expect(d.form).toBe("10-K");
    expect(d.facts.every((f) => f.kind === "text" && f.text.length > 0)).toBe(true);
    expect(d.facts.map((f) => f.concept)).toContain("CybersecurityRiskBoardOfDirectorsOversightTextBlock");
    expect(d.diagnostics).toEqual([]);
    expectMapped(d);
    const board = d.facts.find((f) => f.concept === "CybersecurityRiskBoardOfDirectorsOversightTextBlock")!;
    expect(board.text).toMatch(/(^|\n)Our Board of Directors oversees cybersecurity risk/);
    expect(board.position.line).toBe(21);
    expect(board.label).toBe("the draft's Item 1C");
  });

  it("maps wrapped text, page furniture and a running header out of the way", async () => {
    const d = await loadJudged([join(DRAFTS, "wrapped.txt")]);
    expect(d.documents[0].format).toBe("text");
    expect(d.section!.paragraphs.map((p) => p.text)).toEqual([
      "We maintain a cybersecurity risk management program based on the NIST Cybersecurity Framework.",
      "Our Board of Directors oversees cybersecurity risk through its Audit Committee, which receives reports from our CISO each quarter.",
      "● our CISO is responsible for the program.",
    ]);
    expectMapped(d);
  });

  it("reads text extracted one paragraph per line, and stops at the next item", async () => {
    const d = await loadJudged([join(DRAFTS, "one-line-per-paragraph.txt")]);
    expect(d.section!.heading!.text).toBe("Item 1C.");
    expect(d.section!.paragraphs.map((p) => p.text)).toEqual([
      "We maintain a cybersecurity program whose objective is to assess, identify, and manage risks from cybersecurity threats.",
      "We regularly perform internal security assessments, engage third-party consultants to conduct external security assessments, and run drills.",
      "The Board of Directors has delegated oversight of cybersecurity risk to the Audit Committee and Board of Directors.",
      "At the management level, our CIO and CISO , each of whom has over 20 years of experience, lead the Internal Cybersecurity Team.",
    ]);
    expectMapped(d);
  });

  it("reads plain HTML", async () => {
    const d = await loadJudged([join(DRAFTS, "plain.html")]);
    expect(d.documents[0].format).toBe("html");
    expect(d.section!.heading!.text).toBe("Item 1C. Cybersecurity");
    expect(d.section!.paragraphs.map((p) => p.text)).toEqual([
      "We maintain a cybersecurity risk management program based on the NIST Cybersecurity Framework.",
      "annual risk assessments;",
      "penetration tests by an external firm.",
      "Our Board oversees cybersecurity risk through its Audit Committee.",
    ]);
    const board = d.facts.find((f) => f.concept === "CybersecurityRiskBoardOfDirectorsOversightTextBlock")!;
    expect(board.position).toMatchObject({ line: 9, column: 4 });
  });

  it("reads an Item 1C heading followed by cover-page check-box lines like one followed by a paragraph", async () => {
    const { mkdtempSync, writeFileSync } = await import("node:fs");
    const { tmpdir } = await import("node:os");
    const dir = mkdtempSync(join(tmpdir(), "disclint-prose-"));
    const paragraph = "Quillfeather Tools Inc. assesses cybersecurity risks each quarter.";
    for (const [name, lines] of [
      ["plain.txt", ["ITEM 1C. CYBERSECURITY", paragraph]],
      ["ballot.txt", ["ITEM 1C. CYBERSECURITY", "\u2610 Yes \u2612 No", paragraph]],
      ["brackets.txt", ["ITEM 1C. CYBERSECURITY", "[X] ANNUAL REPORT", paragraph]],
    ] as const) {
      const file = join(dir, name);
      writeFileSync(file, lines.join("\n") + "\n");
      const d = await loadDisclosure([file]);
      expect(d.form, name).toBe("10-K");
      expect(d.section!.heading!.text, name).toBe("ITEM 1C. CYBERSECURITY");
      expect(d.section!.heading!.start, name).toBe(0);
      expect(d.section!.paragraphs.at(-1)!.text, name).toMatch(/assesses cybersecurity risks each quarter\.$/);
    }
  });

  it("says so when there is no cybersecurity section", async () => {
    await expect(loadDisclosure([join(DRAFTS, "no-section.md")])).rejects.toThrow(/no Item 1C \/ Item 16K \/ Cybersecurity section found/);
  });

  it("takes the form from an Item 16K heading", async () => {
    const { mkdtempSync, writeFileSync } = await import("node:fs");
    const { tmpdir } = await import("node:os");
    const file = join(mkdtempSync(join(tmpdir(), "disclint-prose-")), "f20.md");
    writeFileSync(file, "## Item 16K. Cybersecurity\n\nOur Board oversees cybersecurity risk.\n");
    const d = await loadDisclosure([file]);
    expect(d.form).toBe("20-F");
    const findings = await createLinter().lint(d);
    expect(findings.filter((f) => f.ruleId === "requirement-addressed").map((f) => f.message)).toContainEqual(expect.stringMatching(/\(Item 16K\(b\)\(1\)\)\.$/));
  });
});

describe("Word drafts", () => {
  const DOCX = join(ROOT, "examples", "northwind-item1c-draft.docx");

  it("is the example the script makes from the Markdown draft, byte for byte", async () => {
    const { readFileSync } = await import("node:fs");
    const { markdownToDocx } = await import("../../src/sources/docx.js");
    expect(Buffer.compare(markdownToDocx(readFileSync(join(ROOT, "examples", "northwind-item1c-draft.md"), "utf8")), readFileSync(DOCX))).toBe(0);
  });

  it("reads through mammoth: one paragraph per line, comments left out, the same facts as the Markdown draft", async () => {
    const raw = await loadDraft(DOCX);
    const d = new DocumentContext(raw, RULES.lexicons, RULES.cues, RULES.elements).disclosure;
    expect(d.documents[0].format).toBe("docx");
    const lines = d.documents[0].text.split("\n");
    expect(lines[0]).toBe("Item 1C. Cybersecurity");
    expect(lines[1]).toBe("Risk management and strategy");
    expect(d.documents[0].text).not.toContain("fictional company");
    const md = await loadJudged([join(ROOT, "examples", "northwind-item1c-draft.md")]);
    expect(d.facts.map((f) => [f.concept, f.text])).toEqual(md.facts.map((f) => [f.concept, f.text]));
    const board = d.facts.find((f) => f.concept === "CybersecurityRiskBoardOfDirectorsOversightTextBlock")!;
    expect(board.position).toMatchObject({ line: 10, column: 1 });
    expect(lines[9]).toMatch(/^Our Board of Directors oversees/);
    expectMapped(d);
    expect(await createLinter().lint(raw)).toEqual([]);
  });

  it("a damaged Word document is a clear fatal", async () => {
    const { mkdtempSync, writeFileSync } = await import("node:fs");
    const { tmpdir } = await import("node:os");
    const file = join(mkdtempSync(join(tmpdir(), "disclint-docx-")), "bad.docx");
    writeFileSync(file, Buffer.concat([Buffer.from("PK\u0003\u0004"), Buffer.from("word/document.xml and nothing a zip reader can use")]));
    await expect(loadDraft(file)).rejects.toThrow(/cannot read the Word document/);
  });
});

describe("the plain-text example", () => {
  it("lints clean, like the Markdown draft", async () => {
    const d = await loadDisclosure([join(ROOT, "examples", "northwind-item1c-draft.txt")]);
    expect(d.documents[0].format).toBe("text");
    expect(await createLinter().lint(d)).toEqual([]);
  });
});

describe("disclint facts on a draft", () => {
  it("shows the section, each paragraph's block, elements and why, and what is missing", async () => {
    const { factsReport } = await import("../../src/cli/facts-json.js");
    const d = await loadDisclosure([join(FIXTURES, "rules", "requirement-addressed", "invalid-governance-only.md")]);
    const report = factsReport(d, ROOT, RULES) as {
      section: object;
      paragraphs: { line: number; column: number; block: string; elements: string[]; negative: string[]; evidence: Record<string, { by: string; heading?: string; lexicon?: string; terms?: string[] }[]> }[];
      missing: string[];
    };
    expect(report.section).toMatchObject({ heading: "Item 1C. Cybersecurity", item: "1C", line: 1, column: 3 });
    expect(report.paragraphs.map((p) => p.line)).toEqual([5, 9]);
    expect(report.paragraphs[0]).toMatchObject({ column: 1, block: "untagged", negative: [] });
    expect(report.paragraphs[0].elements[0]).toBe("processes");
    // Its own words place it; the heading above only speaks for a paragraph whose words say nothing.
    expect(report.paragraphs[0].evidence.processes[0]).toEqual({ by: "lexicon", lexicon: "element-processes", terms: expect.arrayContaining([expect.stringContaining("cybersecurity risk management program")]) });
    // What no paragraph answers; board oversight is addressed by implication (management reports to a
    // named committee of the board, the catalog's impliedBy), as linting reads it (round 20).
    expect(report.missing).toContain("integration");
    expect(report.missing).not.toContain("board-oversight");
  });
});

describe("the rules on a prose draft", () => {
  it("prose rules run on the mapped text; rules that need a flag, and required-element, do not", async () => {
    const { mkdtempSync, writeFileSync } = await import("node:fs");
    const { tmpdir } = await import("node:os");
    const file = join(mkdtempSync(join(tmpdir(), "disclint-rules-")), "draft.md");
    writeFileSync(
      file,
      [
        "# Item 1C. Cybersecurity",
        "",
        "## Risk management",
        "",
        "Our cybersecurity program is integrated into our enterprise risk management program. We engage external consultants and assess our vendors [TBD].",
        "",
        "Cybersecurity incidents have materially affected our results of operations.",
        "",
        "## Governance",
        "",
        "Our Board oversees cybersecurity risk through its Audit Committee, which receives reports from time to time.",
        "",
        "Management, led by Mr. Wang,our lead, is responsible for the program. Material incidents are reported on Form 6-K.",
        "",
      ].join("\n"),
    );
    const findings = await createLinter().lint(await loadDisclosure([file]));
    const ids = new Set(findings.map((f) => f.ruleId));
    expect([...ids].filter((id) => id.startsWith("flag-") || id === "required-element" || id === "cyber-facts-present" || id === "empty-text-block")).toEqual([]);
    for (const id of ["draft-placeholder", "text-spacing", "board-reporting-cadence", "management-position-named", "incident-form-matches-filer"]) expect(ids, id).toContain(id);
    const placeholder = findings.filter((f) => f.ruleId === "draft-placeholder");
    const line5 = "Our cybersecurity program is integrated into our enterprise risk management program. We engage external consultants and assess our vendors [TBD].";
    expect(placeholder.map((f) => `${f.line}:${f.column}`)).toEqual([`5:${line5.indexOf("[TBD]") + 1}`]);
  });
});
