// The management-positions element (Reg S-K 106(c)(2)(i)) as the labels read it (test/accuracy/labels
// README, C1): a named position or management committee GIVEN responsibility for cybersecurity risk,
// as the subject of a responsibility verb or as its agent; not a position that only reports,
// presents, meets, receives reports or escalations, nor a biography. Fictional sentences throughout.
import { describe, expect, it } from "vitest";
import { harvestAliases } from "../../src/text/aliases.js";
import { loadRuleSet } from "../../src/engine/rule-loader.js";
import { tokenize } from "../../src/text/tokens.js";

const lexicon = loadRuleSet().lexicons.get("element-management-positions")!;
const addresses = (text: string) => lexicon.matchAll(text, tokenize(text, harvestAliases(text))).length > 0;

describe("management-positions: a position or management committee given responsibility", () => {
  it.each([
    // the position as the subject of a responsibility verb or adjective
    "Our Chief Information Security Officer is responsible for assessing and managing material risks from cybersecurity threats.",
    "The CISO oversees our cybersecurity program.",
    "Our CIO has overall accountability for cybersecurity.",
    "Our Chief Technology Officer heads the security function.",
    "Our General Counsel is in charge of incident response.",
    "Our Chief Risk Officer is tasked with managing cybersecurity risk.",
    "The CISO, reporting to the CIO, manages a team of 40 security professionals.",
    "The Data Security Officer, who reports to the Chief Technology Officer, directs our vulnerability management.",
    "Our CISO chairs the Cybersecurity Risk Council, a management committee that sets security policy.",
    "In addition, the Company's Chief Digital Officer has specific responsibility for cybersecurity risk management.",
    // a long appositive between the position and what it is responsible for
    "Our CISO, who has more than 20 years of experience in information security and holds a CISSP certification, is primarily responsible for the program.",
    "Our Vice President of Information Technology reports to the Chief Financial Officer and is responsible for cybersecurity.",
    // the position as the agent
    "Our program is led by the Company's Chief Information Security Officer.",
    "Our cybersecurity program is under the direction of our Vice President of Information Security.",
    "Day-to-day security is the responsibility of our Director of IT.",
    "Responsibility for cybersecurity rests with our Chief Information Officer.",
    "Cybersecurity risk management is overseen by our Chief Digital Officer.",
    "Our incident response plan is supervised by the CIO.",
    "Our CISO evaluates material risks from cybersecurity threats.",
    // a multi-word title right before a responsibility gerund
    "The program has a Head of Cybersecurity overseeing it day to day.",
    // a pronoun or the person's name in the next sentence
    "Our Chief Information Security Officer joined us in 2021. She is responsible for our cybersecurity program.",
    // a lead reporting to a position: the management structure responsible
    "Each business unit has a security lead reporting to the CISO.",
    // the persons in those positions have the expertise to manage the program
    "Our CIO and CISO have the expertise and experience to manage our cybersecurity program.",
    // a management committee
    "The Information Security Steering Committee (the \"ISSC\") is responsible for our security strategy.",
    "Our Cybersecurity Advisory Committee, which is composed of senior executives, oversees the program.",
    // a management committee as the subject, after an aside naming its members
    "Our Cybersecurity Steering Committee, a management committee composed of our Chief Operating Officer, Chief Information Officer and Chief Information Security Officer, sets cybersecurity priorities.",
    // responsibility assigned to a position; a position designated as the one accountable
    "The Management Board has assigned responsibility for cybersecurity to the Chief Digital Officer.",
    "The Board has designated the Chief Information Officer as the executive accountable for cybersecurity risk.",
    "Our Chief Operating Officer is the designated risk owner for cybersecurity.",
    // a list label with a dash; a senior manager
    "• Information Security Manager – runs vulnerability scanning, patching and user access reviews.",
    "Compliance with the NERC CIP standards is the responsibility of our CIP Senior Manager.",
  ])("%s", (text) => {
    expect(addresses(text)).toBe(true);
  });

  it.each([
    // only a reporter, a presenter, a meeting participant
    "Our CISO provides quarterly updates to the Audit Committee.",
    "The Audit Committee receives regular reports from the Chief Information Security Officer.",
    "Our CISO meets with the Board at least annually to discuss our program for managing cyber risk.",
    // only a recipient of escalations
    "Significant incidents are escalated to the CISO and the General Counsel.",
    // a board committee given the responsibility, the position only reporting to it
    "Our CISO reports to the Audit Committee, which is responsible for overseeing cybersecurity risk.",
    // a team given the responsibility (management-role only)
    "The security team reports to the CISO and has responsibility for monitoring our systems.",
    "Our management is responsible for assessing and managing cybersecurity risks.",
    // a biography
    "Our CISO has more than 20 years of experience in information security, including eight years leading security teams.",
    "Our CISO previously served as Vice President of IT Operations at a bank, overseeing its global infrastructure.",
    "Our CISO has more than 20 years of experience. He was responsible for security at a global bank before joining us.",
    "Our CISO has broad experience managing security teams.",
    // a committee that is not responsible for cyber risk
    "The Disclosure Committee is responsible for determining whether an incident is material.",
    // "responsible" in a name
    "Briefings come from our Chief Privacy and Data Responsibility Officer.",
    // a management committee that meets to review, or decides materiality (incident escalation)
    "Our Information Security Council, a cross-functional management committee, meets monthly to review security metrics and incidents.",
    "Our Cyber Incident Committee, consisting of the CFO, the General Counsel and the CISO, determines whether an incident is material.",
    "The Cyber Response Committee, a management committee, evaluates whether the incident is material.",
  ])("not: %s", (text) => {
    expect(addresses(text)).toBe(false);
  });
});
