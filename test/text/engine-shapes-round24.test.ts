// Round 24 (acc24-engine): the judge's shapes that data cannot express. A heading that names an
// element no longer speaks for a paragraph whose element words all fall in sentences off its topic;
// an `except` shape speaks for the independent clause it is read in, not the whole sentence; a
// demonstrative ("this responsibility") is read where its antecedent is; a list item is judged with
// the lead-in that gives it its subject.
// Fictional sentences; the cases not marked "still" or "not" (guards against over-reach) fail at the
// round's base.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { describeDisclosure } from "../../src/api.js";
import { FIXTURES, paragraphElements as elements, paragraphElementsUnder as under } from "../helpers.js";

describe("a heading does not speak for a paragraph whose element words are all off its topic", () => {
  it.each([
    "The Audit Committee oversees the integrity of our financial statements, our compliance with legal and regulatory requirements, and the independence of our auditors.",
    "The Nominating and Corporate Governance Committee oversees the composition of the Board, director succession and our corporate governance guidelines.",
  ])("%s", (text) => {
    expect(under("Board Oversight", text)).not.toContain("board-oversight");
    expect(under("Board Oversight", text)).not.toContain("board-committee");
  });
  it("still: a paragraph with no element word takes the element from the heading", () => {
    expect(under("Board Oversight", "The Committee meets at least four times a year.")).toContain("board-oversight");
  });
  it("still: a defined term for the security program keeps the Board's oversight on topic", () => {
    const text = 'We maintain an information security program (the "Program"). The Board oversees the Program.';
    expect(under("Board Oversight", text)).toContain("board-oversight");
  });
});

describe("an except shape is read in the independent clause, not the whole sentence", () => {
  it.each([
    ["The Audit Committee oversees our cybersecurity risk, and our information security team performs quarterly vulnerability scans of our external systems.", "processes"],
    // round 43 (C29): the ERM clause is integration, not processes; a cyber-specific clause still gives processes
    ["The Board has delegated oversight of cybersecurity to its Technology Committee; management, for its part, tests our backups each quarter.", "processes"],
    ["The Board oversees our cybersecurity risk management, and our Director of IT Security manages the day-to-day operation of our security program.", "management-role"],
  ])("%s", (text, element) => {
    expect(elements(text)).toContain(element);
    expect(elements(text)).toContain("board-oversight");
  });
  it.each([
    "The Board oversees cybersecurity risk, and it reviews our information security policies each year.",
    "The Audit Committee oversees cybersecurity risk and assesses whether management's resources for the program are adequate.",
  ])("not: one board subject throughout (%s)", (text) => {
    expect(elements(text)).not.toContain("processes");
  });
});

describe("under a 'Board Oversight' heading, in a whole document", () => {
  it("the financial-statement remit is not board oversight; a sentence with no element word still is", async () => {
    const ps = await describeDisclosure(join(FIXTURES, "engine-round24", "board-heading.md"));
    expect(of(ps, "integrity of our financial statements")).not.toContain("board-oversight");
    expect(of(ps, "meets at least four times")).toContain("board-oversight");
  });
});

describe("a back-reference whose antecedent is not cybersecurity", () => {
  it.each([
    "Our Board is responsible for overseeing the Company's strategy and its management of material risks, and it exercises this responsibility directly and through its committees.",
    "The Board oversees our enterprise risks generally. It discharges this responsibility in part through the Audit Committee, which reviews our major financial risk exposures.",
    "Our Audit Committee is responsible for overseeing our financial reporting, and it discharges this responsibility by meeting regularly with our independent auditors.",
  ])("%s", (text) => {
    expect(elements(text)).not.toContain("board-oversight");
    expect(elements(text)).not.toContain("board-committee");
  });
  it.each([
    "Cybersecurity is a critical part of our risk management. The Board oversees these risks directly.",
    "These risks are overseen by the Audit Committee of our Board.",
  ])("still: one that points back to cybersecurity, or out of the paragraph (%s)", (text) => {
    expect(elements(text)).toContain("board-oversight");
  });
});

describe("a list item is judged with its lead-in", () => {
  it.each(["lead-in.md", "lead-in.html", "lead-in.txt"])("%s", async (file) => {
    const ps = await describeDisclosure(join(FIXTURES, "engine-round24", file));
    expect(of(ps, "oversees our cybersecurity program")).toEqual(expect.arrayContaining(["board-oversight", "board-committee"]));
    // Not: an item with no element word of its own, whatever its lead-in says by itself ("Our CISO
    // is responsible for:" answers management's role; its items are not read as saying it again),
    // nor one under a lead-in that names no cyber topic.
    expect(of(ps, "maintaining our security policies")).not.toContain("management-role");
    expect(of(ps, "meets with our auditors")).not.toContain("board-oversight");
    expect(of(ps, "overseeing our financial reporting")).not.toContain("board-oversight");
  });
});

function of(ps: { text: string; elements: string[] }[], quote: string): string[] {
  const p = ps.find((x) => x.text.includes(quote));
  if (!p) throw new Error(`no paragraph with “${quote}”: ${ps.map((x) => x.text).join(" | ")}`);
  return p.elements;
}
