import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { conceptInfo } from "../../src/model/concepts.js";
import { markdownBlocks } from "../../src/sources/prose.js";
import { describeReasons, loadRequirements, mapRequirements } from "../../src/text/requirement-map.js";
import { findSection, normaliseBlocks } from "../../src/text/sections.js";
import { ROOT } from "../helpers.js";

const map = (md: string) => mapRequirements(findSection(normaliseBlocks(markdownBlocks(md)))!);
const ids = (md: string) => map(md).paragraphs.map((p) => p.requirements.map((r) => r.id));

describe("the requirement catalog", () => {
  const reqs = loadRequirements();

  it("has the fourteen requirements of Item 106(b)-(c) / 16K, the four core ones at error", () => {
    expect(reqs).toHaveLength(14);
    expect(reqs.filter((r) => r.severity === "error").map((r) => r.id)).toEqual(["processes", "material-effect", "board-oversight", "management-role"]);
    expect(new Set(reqs.map((r) => r.id)).size).toBe(14);
  });

  it.each(reqs.map((r) => [r.id, r] as const))("%s: a known text block, lexicons that exist, headings that compile", (_id, r) => {
    expect(conceptInfo(r.concept)?.kind).toBe("text");
    for (const name of [...r.lexicons, ...(r.unless ? [r.unless] : [])]) expect(existsSync(join(ROOT, "rules", "lexicons", `${name}.json`)), name).toBe(true);
    expect(r.headingPatterns.length).toBeGreaterThan(0);
    expect(r.guidance.length).toBeGreaterThan(20);
  });
});

describe("mapRequirements", () => {
  it("assigns a paragraph by a heading above it, and says which", () => {
    const m = map("# Item 1C. Cybersecurity\n\n## Board oversight\n\nThis is covered at each meeting.\n");
    expect(m.paragraphs[0].requirements[0]).toEqual({ id: "board-oversight", reasons: [{ by: "heading", heading: "Board oversight", pattern: expect.any(String) }] });
    expect(describeReasons(m.paragraphs[0].requirements[0].reasons)).toBe("heading “Board oversight”");
  });

  it("assigns a paragraph by the words in it, with the words that matched", () => {
    const m = map("# Item 1C. Cybersecurity\n\nOur Board oversees cybersecurity risk through its Audit Committee.\n");
    const p = m.paragraphs[0];
    expect(p.requirements.map((r) => r.id)).toEqual(["board-oversight", "board-committee"]);
    expect(p.requirements[0].reasons).toEqual([{ by: "lexicon", lexicon: "requirement-board-oversight", terms: ["Board oversees"] }]);
  });

  it("does not count a mere cross-reference as addressing material effect", () => {
    expect(ids("# Item 1C. Cybersecurity\n\nFor more information on whether cybersecurity risks have materially affected us, see Item 1A, Risk Factors.\n")[0]).not.toContain("material-effect");
    expect(ids("# Item 1C. Cybersecurity\n\nWe have not identified risks from cybersecurity threats that have materially affected us. For more, see Item 1A.\n")[0]).toContain("material-effect");
  });

  it("does not take a hypothetical for a statement about material effect", () => {
    expect(ids("# Item 1C. Cybersecurity\n\nA cybersecurity incident could have a material adverse effect on our business.\n")[0]).not.toContain("material-effect");
  });

  it("lists what no paragraph addresses, in catalog order", () => {
    const m = map("# Item 1C. Cybersecurity\n\nOur CISO, who has 20 years of experience, is responsible for the program.\n");
    expect(m.missing.map((r) => r.id)).toEqual([
      "processes", "integration", "third-party-engaged", "third-party-oversight", "material-effect", "board-oversight", "board-committee", "board-informed", "management-informed", "reports-to-board", "incident-escalation",
    ]);
    expect([...m.addressedBy.keys()]).toEqual(["management-role", "management-positions", "management-expertise"]);
  });

  it("separates engaging third parties from overseeing them", () => {
    expect(ids("# Item 1C. Cybersecurity\n\nWe engage third-party assessors to audit our controls.\n")[0]).toEqual(expect.arrayContaining(["third-party-engaged"]));
    expect(ids("# Item 1C. Cybersecurity\n\nWe engage third-party assessors to audit our controls.\n")[0]).not.toContain("third-party-oversight");
    expect(ids("# Item 1C. Cybersecurity\n\nWe assess the security of our vendors before onboarding them.\n")[0]).toContain("third-party-oversight");
  });
});
