// Round 23 (acc23-process): processes, integration and the board elements on text nobody tuned for.
// A generic "Risk Management and Strategy" heading (Item 106(b)'s own title, over paragraphs of every
// 106(b) element) no longer makes a paragraph that says nothing a process; processes told in the
// passive after a requirement ("must be remediated"), by analysts and their alerts, or by a program
// that sets controls count; an incident plan named for whom it notifies after a materiality
// assessment, a manager "informed about" scan results, and "the products we sell" are not processes.
// The board is informed through a deep dive; a manager presents at the committee's meeting "where" or
// "at which" it is held. Fictional sentences; the cases not marked "still" or "not" (guards against over-reach) fail at the round's base.
import { describe, expect, it } from "vitest";
import { paragraphElements as elements, paragraphElementsUnder } from "../helpers.js";

describe("a generic 106(b) heading does not speak for a paragraph that says nothing of a process", () => {
  it.each([
    "We are committed to safeguarding the information our members entrust to us.",
    "Like every utility, we are a target for criminal groups and state-sponsored actors.",
    "We carry cyber insurance, although it may not cover every loss.",
  ])("%s", (text) => {
    expect(paragraphElementsUnder("Risk Management and Strategy", text)).not.toContain("processes");
    expect(paragraphElementsUnder("Cybersecurity Risk Management", text)).not.toContain("processes");
  });
  it("a heading that names the processes still does", () => {
    expect(paragraphElementsUnder("Risk Management Processes", "This is described in more detail below.")).toContain("processes");
  });
  it("the paragraph's own words still do", () => {
    expect(paragraphElementsUnder("Risk Management and Strategy", "Our engineers run quarterly phishing simulations.")).toContain("processes");
  });
});

describe("processes in the passive, by analysts, by a program's controls", () => {
  it.each([
    "Our standards require that high-risk vendors be reassessed each year.",
    "Each supplier risk is scored on a five-point scale and re-rated every year.",
    "Our security analysts triage and review every alert raised by the monitoring platform.",
    "Kestrel Mills keeps an Information Security Policy that sets baseline controls for every plant system.",
  ])("%s", (text) => expect(elements(text)).toContain("processes"));
  it.each([
    "A breach of our systems could be detected only after customer data had been taken.",
    "Risks may be identified too late to prevent harm to our operations.",
  ])("not a hypothetical passive: %s", (text) => expect(elements(text)).not.toContain("processes"));
});

describe("not processes: who is told, a plan's escalation by materiality, what the company sells", () => {
  it.each([
    "Our Chief Information Officer is informed about detection and remediation through weekly reports on vulnerability scans.",
    "Under the incident response plan, events assessed as possibly material are escalated to the Chief Legal Officer.",
    "We build encryption into the infusion products we sell to hospitals.",
  ])("%s", (text) => expect(elements(text)).not.toContain("processes"));
  it.each([
    "Under the incident response plan, the response team contains, investigates and remediates each event.",
    "We use encryption on the laptops we issue to our employees.",
  ])("still processes: %s", (text) => expect(elements(text)).toContain("processes"));
});

describe("the board informed by a deep dive; management presenting at the committee's meeting", () => {
  it("a deep dive for the board", () => {
    expect(elements("Each year the Board holds a deep dive into the Company's cybersecurity program with outside advisers.")).toContain("board-informed");
  });
  it("a deep dive on something else is not the board being told", () => {
    expect(elements("Our product team held a deep dive into customer churn.")).not.toContain("board-informed");
  });
  it.each([
    "Cybersecurity is on the agenda of each quarterly meeting of the Audit Committee, at which the CISO presents the threat landscape.",
    "The Audit Committee holds a session each quarter where our Chief Information Security Officer walks it through the threat landscape.",
  ])("%s", (text) => expect(elements(text)).toContain("reports-to-board"));
  it("'where appropriate' is no meeting", () => {
    expect(elements("The Audit Committee, where appropriate, also reviews management's succession plans.")).not.toContain("reports-to-board");
  });
});
