// Round 24 (acc24-process): processes, integration and the board elements in real filers' context.
// Customers' demands of the company ("our customers require … ISO 27001", "customers conduct security
// audits of us") and frameworks named only as relevant to companies in general are not the company's
// process; ERM told with operational, financial or compliance risks and no cyber word is not a
// process; an unqualified risk register ("a", "our cybersecurity risk register") is not the
// enterprise's; reports to the board on the company's strategy or Sarbanes-Oxley testing are not about
// cybersecurity; a committee whose name has commas receives reports whose metrics are topics, not
// processes; "In assessing … risks, the company considers …" is an assessment. Fictional sentences;
// the cases not marked "still" (guards against over-reach) fail at the round's base.
import { describe, expect, it } from "vitest";
import { paragraphElements as elements } from "../helpers.js";

describe("others' demands and frameworks in general are not the company's process", () => {
  it.each([
    "Several of our hospital customers require their suppliers to hold a HITRUST certification.",
    "Our enterprise clients increasingly conduct security audits of their vendors, including us.",
    "Standards that are widely recognized in the banking industry include the FFIEC Cybersecurity Assessment Tool and ISO/IEC 27001.",
  ])("%s", (text) => expect(elements(text)).not.toContain("processes"));
  it.each([
    "We align our program with the standards relevant to our industry, including ISO/IEC 27001.",
    "Our program follows frameworks applicable to financial institutions, such as the FFIEC Cybersecurity Assessment Tool.",
    "To meet our customers' expectations, we maintain a HITRUST certification that an assessor renews every two years.",
  ])("still processes: %s", (text) => expect(elements(text)).toContain("processes"));
});

describe("ERM without cyber is not a process; a register is the enterprise's only when it says so", () => {
  it("ERM over operational, financial and compliance risks", () => {
    expect(elements("Our risk management program is designed to identify and monitor the principal risks facing the Company, including operational, financial and legal risks.")).not.toContain("processes");
  });
  it("still processes when the sentence names security", () => {
    expect(elements("Our risk management program covers operational and security risks, and we test our security controls every quarter.")).toContain("processes");
  });
  it("the security team's own register is not integration", () => {
    expect(elements("Each cybersecurity risk we identify is logged in a risk register and tracked to closure.")).not.toContain("integration");
  });
  it.each([
    "Cybersecurity risks we identify are logged in the Company's risk register with the Company's other principal risks.",
    "Cyber risks are recorded in the corporate risk register and assigned an executive owner.",
  ])("still integration: %s", (text) => expect(elements(text)).toContain("integration"));
});

describe("reports to the board about strategy or Sarbanes-Oxley testing are not about cybersecurity", () => {
  it.each([
    "Our President reports to the Board at each meeting on the Company's strategy, including our cloud migration.",
    "The internal audit director reports to the Audit Committee on the results of Sarbanes-Oxley testing every quarter.",
  ])("%s", (text) => {
    expect(elements(text)).not.toContain("board-informed");
    expect(elements(text)).not.toContain("reports-to-board");
  });
  it("still: a report on the cybersecurity strategy", () => {
    expect(elements("Our CISO reports to the Board at each meeting on the Company's cybersecurity strategy and the threat landscape.")).toContain("reports-to-board");
  });
});

describe("report metrics are topics; an assessment told by its criteria", () => {
  it("a committee with commas in its name receives metrics", () => {
    const got = elements("Management provides the Safety, Health and Technology Committee with quarterly reports containing cybersecurity metrics, such as patching rates and phishing test results.");
    expect(got).not.toContain("processes");
    expect(got).toContain("board-informed");
  });
  it("In assessing … risks, the company weighs criteria", () => {
    expect(elements("In evaluating cybersecurity risks, Dunmore Foods weighs the likelihood of an event and its potential impact on our plants.")).toContain("processes");
  });
  it("In assessing something else is no cyber process", () => {
    expect(elements("In evaluating acquisition candidates, we consider their growth and margins.")).not.toContain("processes");
  });
});
