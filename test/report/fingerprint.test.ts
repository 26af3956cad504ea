import { describe, expect, it } from "vitest";
import { findingHash, normaliseEvidence } from "../../src/report/fingerprint.js";

describe("fingerprint", () => {
  it("normalises evidence: Unicode forms, curly quotes, dashes, spaces, case", () => {
    expect(normaliseEvidence("  The Company\u2019s \u201cCISO\u201d \u2014 reports\n\tto the\u00a0Board.  ")).toBe(`the company's "ciso" - reports to the board.`);
    expect(normaliseEvidence("\ufb01rewall")).toBe("firewall");
  });

  it("hashes rule id + concept + normalised evidence into 16 hex digits, the message standing in for missing evidence", () => {
    const hash = findingHash({ ruleId: "r", concept: "C", evidence: "Some text.", message: "M" });
    expect(hash).toMatch(/^[0-9a-f]{16}$/);
    expect(findingHash({ ruleId: "r", concept: "C", evidence: "SOME   text.", message: "Other" })).toBe(hash);
    expect(findingHash({ ruleId: "r", message: "Missing." })).toBe(findingHash({ ruleId: "r", message: "missing." }));
    expect(findingHash({ ruleId: "r", message: "Missing." })).not.toBe(findingHash({ ruleId: "r", concept: "C", message: "Missing." }));
    // The separator keeps fields apart: ("ab", "") is not ("a", "b").
    expect(findingHash({ ruleId: "ab", concept: "", message: "x" })).not.toBe(findingHash({ ruleId: "a", concept: "b", message: "x" }));
  });
});
