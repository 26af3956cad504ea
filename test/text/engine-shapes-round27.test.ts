// Round 27 (acc27-engine): the clause reader's roles. Fictional sentences; the cases not marked
// "still" (guards against over-reach) fail at the round's base (666c6a2).
import { describe, expect, it } from "vitest";
import { findInforming, memberLists } from "../../src/text/clauses.js";
import { tokenize } from "../../src/text/lexicon.js";
import { paragraphElements as elements } from "../helpers.js";

describe("what an oversight noun that opens the clause names is what the board body oversees, not a process", () => {
  it.each([
    "As part of its oversight of our information security program, which includes security policies, technical controls and employee training, the Audit Committee meets with our CISO each quarter.",
    "In its oversight of cybersecurity risk, which encompasses our vulnerability management, penetration testing and incident response activities, the Risk Committee of the Board receives a report from our Chief Technology Officer at each meeting.",
    "In overseeing our cybersecurity program, which is built on the NIST Cybersecurity Framework, the Board relies on regular briefings from management.",
  ])("%s", (text) => {
    expect(elements(text)).not.toContain("processes");
    expect(elements(text)).toContain("board-informed");
  });
  it.each([
    // our own program, and management's opening: the sentence states the work
    "As part of our security program, which includes quarterly vulnerability scans and annual tabletop exercises, we maintain an incident response plan that assigns roles for containment and recovery.",
    "As part of its oversight of our vendors, which includes annual security assessments of each critical supplier, our procurement team reviews the results with our CISO.",
  ])("still: %s", (text) => {
    expect(elements(text)).toContain("processes");
  });
});

describe("a body's member list between the body and its verb is read around", () => {
  it.each([
    ["Our Cybersecurity Steering Committee, a management committee composed of our Chief Executive Officer, Chief Financial Officer, Chief Operating Officer, General Counsel, Chief Information Officer, Chief Information Security Officer and the head of internal audit, sets cybersecurity priorities and reviews the status of remediation efforts.", "management-positions"],
    ["Our Cyber Risk Working Group, consisting of our Chief Information Officer, Chief Risk Officer, Director of Infrastructure, Director of Application Security, Director of Enterprise Architecture, Privacy Officer and Head of Procurement, meets monthly to set cybersecurity priorities and track open security risks.", "management-positions"],
    ["Our Risk Committee, composed of four independent directors, including two directors with prior experience as chief information officers of public companies and one former federal cybersecurity official, oversees our cybersecurity risk management program.", "board-oversight"],
  ])("%s", (text, element) => {
    expect(elements(text)).toContain(element);
  });
  it("still: a list that ends its sentence, or a body with no cybersecurity remit, adds nothing", () => {
    expect(elements("Our Executive Leadership Team, which consists of our Chief Executive Officer, Chief Financial Officer, Chief Operating Officer and General Counsel, meets weekly to discuss business performance and hiring.")).not.toContain("management-positions");
    expect(elements("The Disclosure Committee, made up of our Chief Financial Officer, General Counsel, Controller, Vice President of Investor Relations, Director of SEC Reporting and Chief Information Security Officer, evaluates whether a cybersecurity incident is material.")).not.toContain("management-positions");
  });
  it("the list runs from its opener to the comma before the verb", () => {
    const text = "Our Security Council (the “Council”), which is made up of our CIO, our CISO, and the heads of our business units, oversees cybersecurity risk.";
    const [list] = memberLists(text, tokenize(text));
    expect(text.slice(list.start, list.end)).toBe("made up of our CIO, our CISO, and the heads of our business units,");
    // still: a purpose after the list ("…, to assess …") is no verb of the body
    const purpose = "The CISO convenes a response team, including representatives from Legal, Finance and the affected business units, to assess the incident.";
    expect(memberLists(purpose, tokenize(purpose))).toEqual([]);
    expect(memberLists("Our Security Council is made up of our CIO, our CISO, and the heads of our business units.", tokenize("Our Security Council is made up of our CIO, our CISO, and the heads of our business units."))).toEqual([]);
  });
});

describe("the opening oversight noun's aside is read around: the board body oversees", () => {
  it.each([
    "As part of its oversight of our information security program, which includes security policies, technical controls and employee training, the Audit Committee meets with our CISO each quarter.",
    "In its oversight of cybersecurity risk, which encompasses our vulnerability management, penetration testing and incident response activities, the Risk Committee of the Board receives a report from our Chief Technology Officer at each meeting.",
  ])("%s", (text) => {
    expect(elements(text)).toEqual(expect.arrayContaining(["board-oversight", "board-committee"]));
  });
});

/** The informing records of a text as "verb: giver → receiver", for the roles' words. */
function roles(text: string): string[] {
  const at = (x?: { start: number; end: number }) => (x ? text.slice(x.start, x.end) : "-");
  return findInforming(text, tokenize(text)).filter((i) => !i.refersBack).map((i) => `${at(i.verb)}: ${at(i.giver)} → ${at(i.receiver)}`);
}

describe("what reaches or comes to someone informs them", () => {
  it.each([
    ["Threat intelligence from our industry sharing group reaches our Chief Information Security Officer through a daily digest prepared by our security analysts.", "management-informed"],
    ["Reports of suspicious emails reach our Director of IT Operations within minutes through a reporting button built into our email client.", "management-informed"],
  ])("%s", (text, element) => {
    expect(elements(text)).toContain(element);
  });
  it("the receiver of 'reaches' ends at the clause's own 'is', and 'comes to the attention of' names who", () => {
    expect(roles("Any suspected breach that reaches our IT leadership is assessed for severity.")).toContain("reaches: - → our IT leadership");
    expect(roles("Any security incident that comes to the attention of our IT staff is logged.")).toContain("comes: - → our IT staff");
  });
  it("still: reaching a level, a threshold or a decision informs no one", () => {
    expect(roles("Our security program reached a maturity level of three on the NIST Cybersecurity Framework scale.")).toEqual([]);
    expect(roles("If an incident reaches the threshold defined in our incident response plan, our response team activates its containment procedures.")).toEqual([]);
    expect(elements("Our security program reached a maturity level of three on the NIST Cybersecurity Framework scale in our most recent external assessment.")).toContain("processes");
  });
});

describe("a noun modifier is no informing word; a relative aside does not take the main verb's subject", () => {
  it("'a consulting firm', 'information security … awareness training'", () => {
    expect(roles("A consulting firm reviewed our incident response plan with members of our IT staff.").some((r) => r.startsWith("consulting"))).toBe(false);
    expect(roles("We provide information security awareness training to all employees.")).toEqual(["provide: We → all employees"]);
    expect(roles("Our program is designed to provide senior management visibility into the status of remediation.")).toEqual(["provide: Our program is designed to → senior management"]);
  });
  it("the verb after a relative aside has the subject before the aside", () => {
    expect(roles("Our security team, which performs continuous monitoring of our networks and endpoints, reports to the CISO.")).toEqual(["reports: Our security team → the CISO"]);
    // still: a list inside the relative clause is not cut
    expect(roles("Our program, which includes policies, procedures, and standards, is reported on to the CIO.").length).toBeLessThanOrEqual(1);
  });
  it("'and leads a team', 'and incorporated into' end the receiver and the topic", () => {
    const [report] = findInforming("Our CISO reports to our CIO and leads a team of twelve security professionals.", tokenize("Our CISO reports to our CIO and leads a team of twelve security professionals."));
    expect(report.topics).toEqual([]);
    expect(roles("Its recommendations are reviewed by our Chief Information Officer and incorporated into our annual roadmap.")).toContain("reviewed: - → our Chief Information Officer");
  });
});

describe("a body whose members are officers is management's", () => {
  it("'whose members are our Chief Information Officer, …' after the body's name", () => {
    const text = "Day-to-day management of cybersecurity risk is the responsibility of our Technology Risk Committee, whose members are our Chief Information Officer, Chief Information Security Officer, Chief Risk Officer, Chief Compliance Officer, Deputy General Counsel and the Vice President of Internal Audit.";
    expect(elements(text)).toEqual(expect.arrayContaining(["management-role", "management-positions"]));
    expect(elements(text)).not.toContain("board-committee");
  });
  it("still: whose members are independent directors: the board's", () => {
    expect(elements("Our Technology Committee, whose members are independent directors, oversees cybersecurity risk.")).toContain("board-committee");
  });
});
