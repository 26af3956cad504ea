// Round 26 (acc26-board): the board's side and integration, precision first (issue 10 class F). The board's
// oversight of other matters beside a clause that gives cybersecurity to management; cyber insurance, privacy
// laws and commitments are no cybersecurity topic; a director candidate's or a director's skills; an officer's
// performance objectives; an officer who also sits on the board; integration stated as an aim, and ERM
// "covering risks such as …" with no cyber word; the board told by "is regularly updated", "sent",
// "distributed", "brought to", "elevated to", "tell", "walks … through". Fictional sentences; the cases not
// marked "still" (guards against over-reach) fail at the round's base (98c5ace).
import { describe, expect, it } from "vitest";
import { paragraphElements as elements } from "../helpers.js";

const BOARD = ["board-oversight", "board-committee"];
const INFORMED = ["board-informed", "reports-to-board"];

describe("the board's oversight of other matters is not oversight of cybersecurity", () => {
  it.each([
    "The Board oversees risks related to our strategy, capital allocation and leadership succession, while our Chief Information Officer is responsible for managing the Company’s cybersecurity risks.",
    "The Audit Committee oversees risks related to financial reporting, tax and treasury, and management’s cybersecurity team briefs the Technology Committee on cyber matters separately.",
    "The Finance Committee of our Board oversees our capital structure, liquidity and insurance programs, including the renewal of our property, casualty and cyber insurance policies.",
    "The Nominating and Governance Committee considers cybersecurity expertise when evaluating candidates for the Board.",
    "The Nominating Committee reviews each director's experience, including any cybersecurity experience, when recommending nominees.",
    "The Compensation Committee reviewed the performance objectives of our Chief Information Security Officer as part of the annual executive review.",
    "The Board oversees our ESG strategy, including our sustainability, diversity and data privacy commitments.",
    "The Audit Committee oversees our compliance program, including compliance with data privacy laws.",
  ])("%s", (text) => {
    const got = elements(text);
    for (const e of BOARD) expect(got).not.toContain(e);
  });
  it.each([
    "The Board oversees the Company’s enterprise risk management program, and our CISO leads the cybersecurity program within it.",
    "The Board oversees risk management generally, while the Audit Committee oversees cybersecurity risk.",
    "The Audit Committee oversees our cybersecurity program, and our CISO reports to it each quarter.",
    "The Audit Committee oversees our cyber insurance program and our cybersecurity risk management program.",
    "The Audit Committee oversees risks relating to information technology.",
    "The Audit Committee, whose members have cybersecurity experience, oversees our cybersecurity program.",
    "The Audit Committee oversees our data privacy program.",
  ])("still board oversight: %s", (text) => expect(elements(text)).toEqual(expect.arrayContaining(BOARD)));
});

describe("an officer who also sits on the board acts, or is told, as an officer", () => {
  it("responsible as an officer", () => {
    const got = elements("Our President and Chief Operating Officer, who is also a member of our Board of Directors, is responsible for our information security program and for the IT team that runs it.");
    for (const e of BOARD) expect(got).not.toContain(e);
    expect(got).toContain("management-role");
  });
  it("briefed as an officer", () => {
    const got = elements("Our founder and Chief Executive Officer, who also chairs the Board, receives a weekly security briefing from our Head of Security.");
    for (const e of INFORMED) expect(got).not.toContain(e);
  });
  it.each([
    "Our CEO, who is also Chairman of the Board, is directly involved in cybersecurity decisions and keeps the other directors informed.",
    "Our Chief Executive Officer, who is also a member of our Board, reports to the Audit Committee on cybersecurity each quarter.",
  ])("still reports to the board: %s", (text) => expect(elements(text)).toEqual(expect.arrayContaining(INFORMED)));
});

describe("integration stated as an aim is not integration; ERM with examples that are not cyber is not either", () => {
  it.each([
    "We intend to integrate our cybersecurity program into a formal enterprise risk management program as the Company grows.",
    "As the Company grows, we expect to fold our cybersecurity program into a formal enterprise risk management process.",
    "We are evaluating whether to adopt an enterprise risk management framework that would include cybersecurity risk.",
    "Our enterprise risk management program covers risks such as inflation, interest rates and supply chain disruption.",
  ])("%s", (text) => expect(elements(text)).not.toContain("integration"));
  it.each([
    "Our cybersecurity program is integrated into our enterprise risk management program, and we plan to expand the program next year.",
    "Our enterprise risk management program covers risks such as cybersecurity, inflation and supply chain disruption.",
    "We plan to continue to integrate cybersecurity risk into our enterprise risk management assessments.",
  ])("still integration: %s", (text) => expect(elements(text)).toContain("integration"));
});

describe("how the board is told, in more verbs", () => {
  it.each([
    "Our Board is regularly updated on cybersecurity matters.",
    "We tell our board about any serious cyber incident.",
    "On a bi-monthly cadence, the CIO walks the Technology Committee through the security dashboard.",
    "Cyber risk metrics assembled by our information security team are sent to the Audit Committee of the Board before each regular meeting.",
    "Quarterly cybersecurity summaries, which our CISO prepares, are distributed to the members of the Risk Committee of the Board.",
    "Incidents that meet defined thresholds are brought to the attention of our Chief Executive Officer and the Chair of the Audit Committee.",
    "Incidents are triaged by severity, and those above a defined threshold are elevated to the Security Steering Committee and, where warranted, to the Board.",
  ])("%s", (text) => expect(elements(text)).toContain("board-informed"));
  it.each([
    "The annual budget is brought to the Board for approval each December.",
    "Our executives, IT management and the Technology Committee are informed about policies and processes to monitor the prevention, detection, mitigation and remediation of incidents.",
  ])("still not: %s", (text) => expect(elements(text)).not.toContain("board-informed"));
});
