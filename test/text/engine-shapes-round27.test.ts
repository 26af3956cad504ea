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
    expect(memberLists("Our Security Council is made up of our CIO, our CISO, and the heads of our business units.", tokenize("Our Security Council is made up of our CIO, our CISO, and the heads of our business units."))).toEqual([]);
  });
});
