// Where a draft's element findings land (src/run/draft-placement.ts): at a heading when the element
// is absent (its own sub-heading, its part's heading, else the section heading), never after an
// unrelated paragraph; at the referring paragraph when only a cross-reference answers it.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createLinter } from "../../src/api.js";
import { loadDisclosure } from "../../src/sources/load.js";
import { loadRuleSet } from "../../src/engine/rule-loader.js";
import { markdownHeading, NEXT_ITEM, placeDraftFindings } from "../../src/run/draft-placement.js";

const dir = mkdtempSync(join(tmpdir(), "disclint-placement-"));
const linter = createLinter();
const RULES = loadRuleSet();

async function placed(name: string, text: string) {
  const file = join(dir, name);
  writeFileSync(file, text);
  const d = await loadDisclosure([file]);
  const findings = (await linter.lint(d)).filter((f) => f.ruleId === "requirement-addressed");
  placeDraftFindings(findings, d, RULES);
  return findings;
}

const PROCESSES =
  "We maintain a cybersecurity program based on the NIST Cybersecurity Framework, with annual risk assessments, vulnerability scanning and an incident response plan, integrated into our enterprise risk management program. We engage outside assessors to test our controls, and we review the security of our vendors through questionnaires and SOC 2 reports before onboarding them.";
const GOVERNANCE =
  "Our Board of Directors oversees cybersecurity risk through its Audit Committee. Our Chief Information Security Officer, who has 20 years of experience and holds the CISSP certification, leads our security team, is informed of incidents by the security operations center, and reports to the Audit Committee each quarter.";

/** A Markdown draft: the section heading, then each line as its own paragraph (lines 3, 5, 7, …). */
const draft = (...lines: string[]) => ["# Item 1C. Cybersecurity", "", ...lines.flatMap((l) => [l, ""])].join("\n");

describe("draft placement", () => {
  it("an element only a cross-reference answers points at the referring paragraph, quoting it", async () => {
    const text = draft("## Risk Management and Strategy", PROCESSES, "For a discussion of cybersecurity risks that are reasonably likely to materially affect us, see Item 1A, Risk Factors.", "## Governance", GOVERNANCE);
    const f = (await placed("refers.md", text)).find((x) => x.message.startsWith("Only a cross-reference"));
    expect(f).toBeDefined();
    expect([f!.line, f!.column]).toEqual([7, 1]);
    expect(f!.evidence).toMatch(/^For a discussion of cybersecurity risks/);
    expect(f!.belongs).toBeUndefined();
  });

  it("an absent element goes under its part's heading, not after the part's last paragraph", async () => {
    const text = draft("## Risk Management and Strategy", PROCESSES, "## Governance", GOVERNANCE);
    const f = (await placed("absent.md", text)).find((x) => x.message.includes("whether cybersecurity risks"));
    expect(f).toBeDefined();
    // "Risk Management and Strategy" (106(b)(2) is part (b)), not the end of the processes paragraph on line 5.
    expect([f!.line, f!.column]).toEqual([3, 4]);
    expect(f!.evidence).toBe("Risk Management and Strategy");
    expect(f!.belongs).toBe("under");
  });

  it("with no sub-heading at all, an absence stays at the section heading", async () => {
    const text = draft(PROCESSES, GOVERNANCE);
    const found = (await placed("flat.md", text)).filter((x) => x.message.includes("whether cybersecurity risks"));
    expect(found).toHaveLength(1);
    expect([found[0].line, found[0].column]).toEqual([1, 3]);
    expect(found[0].belongs).toBeUndefined();
  });

  it("an absence goes to the element's own sub-heading when the draft has one", async () => {
    const text = draft("## Risk Management and Strategy", PROCESSES, "### Material effects of cybersecurity risks", "## Governance", GOVERNANCE);
    const f = (await placed("own.md", text)).find((x) => x.message.includes("whether cybersecurity risks"));
    expect(f).toBeDefined();
    expect([f!.line, f!.column]).toEqual([7, 5]);
    expect(f!.belongs).toBe("under");
  });
});

describe("a stranger's draft", () => {
  it("tells a line of nothing but spaces from the next Item in linear time, and still finds the next Item", async () => {
    // Failed before this fix (growth ~16; two 200,000-space lines in a text draft took 48 s): /^\s*#*\s*item\s+\d/ tried
    // every split of a line of spaces between its two \s*.
    const { growthOver4x } = await import("../helpers.js");
    expect(await growthOver4x((n) => NEXT_ITEM.test(" ".repeat(n)), 20_000)).toBeLessThan(12);
    for (const line of ["Item 2. Properties", "  ## Item 1A. Risk Factors", "#Item 7", "ITEM 16K"]) expect(NEXT_ITEM.test(line), line).toBe(true);
    expect(NEXT_ITEM.test("Items 1 and 2")).toBe(false);
  });
  it("reads a Markdown heading line as the regex it replaced did, in linear time", async () => {
    // The regex it replaced (quadratic: 20,000 spaces inside a heading took 0.4 s, 200,000 about 40 s).
    const OLD = /^ {0,3}#{1,6}[ \t]+(.+?)[ \t#]*$/;
    const pieces = [" ", "\t", "#", "a", "b c", "\r", "\u2028"];
    const starts = ["", " ", "   ", "    ", "#", "##", "###### ", "####### ", "# ", " ## "];
    let state = 41;
    const next = (k: number) => ((state = (state * 1103515245 + 12345) % 2 ** 31), state % k);
    for (let t = 0; t < 50_000; t++) {
      let line = starts[next(starts.length)];
      for (let k = next(10); k > 0; k--) line += pieces[next(pieces.length)];
      expect(markdownHeading(line), JSON.stringify(line)).toBe(OLD.exec(line)?.[1]);
    }
    const { growthOver4x, growthSizes } = await import("../helpers.js");
    const lines = new Map(growthSizes(20_000).map((n) => [n, `## a${" ".repeat(n)}b ##`]));
    expect(await growthOver4x((n) => markdownHeading(lines.get(n) as string), 20_000)).toBeLessThan(12);
  });
});
