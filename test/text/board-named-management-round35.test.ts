// Round 35 (the lead, from realistic set 22's kaveri): a committee whose NAME says management's ("Risk Management
// Committee") and whose text says it is the board's ("a committee of the Board …, chaired by an independent director")
// is the board's in the except shapes too, so a report to it is a report to the board; a committee named so and made of
// executive officers stays management's. Fictional sentences; the first case fails at base 4064b85.
import { describe, expect, it } from "vitest";
import { paragraphElements as elements } from "../helpers.js";

describe("a board committee named like a management body", () => {
  it("a report to the board's Risk Management Committee is a report to the board", () => {
    const got = elements(
      "Our Board of Directors oversees cybersecurity risk through its Risk Management Committee, a committee of the Board constituted under the listing regulations, which is chaired by an independent director. Our Chief Information Security Officer reports to the Risk Management Committee at each of its meetings, which are held at least twice a year.",
    );
    expect(got).toContain("reports-to-board");
    expect(got).toContain("board-informed");
  });
  it("still: the board's Risk Management Committee is a named board committee (set 7's sarvanta; the first spelling, \"Board's committee\", read it as unnamed)", () => {
    const got = elements(
      "Our Board of Directors has overall responsibility for risk oversight, including cybersecurity risk, and oversees cybersecurity risk through its Risk Management Committee (the “RMC”), which is chaired by an independent director and includes three other independent directors.",
    );
    expect(got).toContain("board-committee");
  });
  it("still: a Risk Management Committee of executive officers receiving the CISO's report is management's", () => {
    const got = elements(
      "Our Risk Management Committee is chaired by our Chief Strategy Officer and is composed of our Executive Officers. Our Chief Information Security Officer reports to the Risk Management Committee at each of its meetings, which are held at least twice a year.",
    );
    expect(got).not.toContain("reports-to-board");
  });
});
