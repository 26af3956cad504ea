// Round 34 (acc34-topic): a clause that calls its program "the program" is read with the program its text
// named (src/text/clauses.ts withProgramAntecedent), so a topic lexicon that finds no cyber word in
// "We engage independent firms to assess and test the program." reads the security program named before it,
// and still none where the program named last is a loyalty or an ERP program.
import { describe, expect, it } from "vitest";
import { withProgramAntecedent } from "../../src/text/clauses.js";
import { loadRuleSet } from "../../src/engine/rule-loader.js";

const rules = loadRuleSet();
const offTopic = rules.lexicons.get("sentence-board-oversight-not-cyber")!;

/** The reading of the last sentence of `text` (the clause is that sentence), after the paragraphs `before`. */
function read(text: string, before = ""): string | undefined {
  const stop = text.lastIndexOf(". ");
  const start = stop < 0 ? 0 : stop + 2;
  return withProgramAntecedent(text, { start, end: text.length }, before);
}

describe("withProgramAntecedent", () => {
  it("reads the program named a paragraph before (set 19 summitstream)", () => {
    const before =
      "Summit & Stream operates 410 stores and a loyalty program with approximately 24 million members. Our information security program is designed to assess, identify and manage material risks from cybersecurity threats.";
    const got = read("We engage independent assessors and consultants as part of the program", before);
    expect(got).toBe("We engage independent assessors and consultants as part of the program (information security program)");
    expect(offTopic.test("We engage independent assessors and consultants as part of the program")).toBe(true);
    expect(offTopic.test(got!)).toBe(false);
  });

  it("reads the text before where no program is named (set 20 tessera)", () => {
    const before = "Tessera has processes to assess, identify and manage material risks from cybersecurity threats to our information systems.";
    const got = read("We engage independent firms to assess and test the program.", before);
    expect(got).toContain("cybersecurity threats");
    expect(offTopic.test(got!)).toBe(false);
  });

  it("reads 'our Program' and 'the programme' too", () => {
    expect(read("Each year we engage an outside firm to review our Program.", "Our cybersecurity risk management program follows NIST.")).toBe(
      "Each year we engage an outside firm to review our Program (cybersecurity risk management program).",
    );
    expect(read("We retain advisers to test the programme.", "Our information security programme follows ISO 27001.")).toContain("(information security program)");
  });

  it("keeps the program off the topic where the program named last is not the security program", () => {
    const loyalty = read("Our merchant loyalty program has grown to 40,000 members. We engage independent consultants to evaluate the program.");
    expect(loyalty).toBe("We engage independent consultants to evaluate the program (merchant loyalty program).");
    expect(offTopic.test(loyalty!)).toBe(true);
    const erp = read(
      "In 2025 we began a multi-year ERP replacement program for our finance functions. We engage independent firms to assess and test the program.",
      "Our cybersecurity program follows the NIST Cybersecurity Framework.",
    );
    expect(erp).toBe("We engage independent firms to assess and test the program (multi-year ERP replacement program).");
    expect(offTopic.test(erp!)).toBe(true);
  });

  it("leaves a clause that names its program, or none, as it is", () => {
    expect(read("We engage an independent registered public accounting firm to audit our financial statements.")).toBeUndefined();
    expect(read("We engage consultants to assess our loyalty program.", "Our cybersecurity program follows NIST.")).toBeUndefined();
  });
});
