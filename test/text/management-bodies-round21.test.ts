// Round 21 (acc21-mgmt): a management body the text defines by its members — "a team consisting of
// various senior executives, including our CFO, … (the “Response Team”) that oversees …" — is a
// committee responsible for cybersecurity risk (106(c)(2)(i)) even when the member list and a defined
// term stand between the body and its verb (set G's false "no positions or committees" info). A body
// of any members, then its responsibility verb, is management's role. Fictional sentences throughout;
// hard negatives of the same words keep their answer.
import { describe, expect, it } from "vitest";
import { paragraphElements as elements } from "../helpers.js";

describe("a management body defined by its members, then its verb: positions and role", () => {
  it.each([
    "From a governance view, we keep a crisis team made up of senior executives, including our Chief Operating Officer and Chief Legal Officer, as well as members of our technology group (the “Crisis Team”), which directs our response to significant cybersecurity incidents.",
    "In addition, Larkfield has an incident management team consisting of various senior executives, including our General Counsel and Chief Accounting Officer, together with members of our security operations group (the “Incident Management Team”) that oversees the investigation of cybersecurity incidents.",
    "A steering committee comprised of the CIO, the CISO and the presidents of our business units is responsible for setting the priorities of our information security program.",
    "Our security leadership council, made up of our CISO and the heads of infrastructure and privacy, is charged with managing the most significant cybersecurity risks of Brindle Co.",
    "Responsibility for day-to-day cybersecurity sits with a management committee comprised of our CIO, CISO and Chief Risk Officer.",
  ])("%s", (text) => expect(elements(text)).toEqual(expect.arrayContaining(["management-positions", "management-role"])));
});

describe("a team defined by its members, then its verb: role only (C1)", () => {
  it.each([
    "A cross-functional working team, made up of representatives from information technology, legal and privacy, is responsible for the triage and disposition of potential security incidents at Tollbridge Inc.",
  ])("%s", (text) => {
    const found = elements(text);
    expect(found).toContain("management-role");
    expect(found).not.toContain("management-positions");
  });
});

describe("member lists that give no management body a cyber responsibility", () => {
  it.each([
    // a board committee with its member list
    "The Audit Committee, which consists of four independent directors, oversees our cybersecurity risk management program.",
    "Our Risk Committee, composed of members of our Board of Directors, oversees enterprise risks including cybersecurity.",
    // outside parties
    "We have an advisory panel made up of outside experts, including two former chief information security officers, that reviews our security architecture each year.",
    "Our managed security provider maintains a response team consisting of its senior analysts and engineers that oversees the monitoring of our network.",
    // a remit other than cybersecurity
    "We have an ESG steering committee comprised of our Chief Financial Officer, General Counsel and Chief Human Resources Officer that oversees our sustainability reporting.",
    "We have a privacy working group consisting of our Chief Privacy Officer and members of our legal department that oversees compliance with consumer privacy laws.",
    // a member list with no verb
    "Our incident response team consists of senior members of our information technology, legal, finance and internal audit teams.",
    // the Disclosure Committee
    "Our disclosure committee, consisting of our Chief Financial Officer and General Counsel, is responsible for determining whether incidents are material.",
    // a committee that only receives reports
    "The Executive Risk Committee, made up of our CEO, CFO and General Counsel, receives monthly reports from the CISO on cybersecurity incidents.",
  ])("%s", (text) => expect(elements(text)).not.toContain("management-positions"));
});
