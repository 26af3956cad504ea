// Round 28 (acc28-engine): the clause reader in long paragraphs. Fictional sentences; the cases not
// marked "still" (guards against over-reach) fail at the round's base (43467d2).
import { describe, expect, it } from "vitest";
import { paragraphElements as elements } from "../helpers.js";

describe("a definite back-reference to a body is the body named before it", () => {
  const erm =
    "Cybersecurity risk is part of the enterprise risk framework run by our Enterprise Risk Management Committee, a management committee chaired by our Chief Financial Officer. The committee assesses cybersecurity risk each year with our other principal risks. Our CISO tracks key risk indicators, such as overdue critical patches, and reports them to the committee each quarter.";
  it("management's committee, referred back to, is no board body: its CISO's reports inform management", () => {
    expect(elements(erm)).not.toContain("reports-to-board");
    expect(elements(erm)).toContain("management-informed");
  });
  it("management's committee, referred back to, reports to the board's", () => {
    const text =
      "Significant incidents are escalated to our Cyber Incident Steering Committee, a management committee of the CIO, the CFO and the General Counsel. The committee directs the response and reports significant incidents to the Chair of the Audit Committee.";
    expect(elements(text)).toContain("reports-to-board");
  });
  it("still: a board committee referred back to stays the board's", () => {
    const text =
      "Our Board oversees cybersecurity risk through its Technology Committee, which is composed of independent directors. The committee receives a report from our Chief Information Officer at each meeting on threats and incidents.";
    expect(elements(text)).toEqual(expect.arrayContaining(["board-committee", "board-informed", "reports-to-board"]));
  });
  it("still: a Disclosure Committee referred back to is not management informed (C8)", () => {
    const text =
      "Our Disclosure Committee also reviews cybersecurity incidents: the CISO reports each incident of high severity to the committee, which decides, with the Chief Financial Officer, whether a Form 8-K is required.";
    expect(elements(text)).not.toContain("management-informed");
  });
});

describe("the verb after a relative clause belongs to the party before it, not to the body the clause names", () => {
  it("the CISO, who briefs the Audit Committee, leads the function: management's position, not the committee's oversight", () => {
    const text = "Our Chief Information Security Officer, who briefs the Audit Committee at least quarterly, leads our information security function.";
    expect(elements(text)).toContain("management-positions");
    expect(elements(text)).not.toContain("board-committee");
    expect(elements(text)).not.toContain("board-oversight");
  });
  it("the Chair, who meets the CISO, leads the board's evaluation: no management position", () => {
    const text = "The Chair of our Board, who meets regularly with our Chief Executive Officer and our Chief Information Security Officer, leads the Board's annual evaluation of its own performance.";
    expect(elements(text)).not.toContain("management-positions");
    expect(elements(text)).not.toContain("management-role");
  });
  it("the COO, who also sits on the Board, receives a report: management informed", () => {
    expect(elements("Our Chief Operating Officer, who also sits on the Board, receives a monthly cybersecurity report from our IT Director.")).toContain("management-informed");
  });
  it("still: an aside that says who the party is leaves the verb to the position it names", () => {
    expect(elements("Ms. Lindqvist, who is both our Chief Operating Officer and our senior information security officer, directs our cybersecurity program.")).toContain("management-positions");
  });
});
