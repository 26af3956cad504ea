// Round 40 (acc40-clauses, issue 10): whose clause is it - subjects, objects and attributions (docs/accuracy.md "Round 40 -
// whose clause is it"). Each class is read by the clause reader (src/text/clauses.ts objectReferent, sentenceSubject past a
// relative aside) or by data (rules/lexicons), never by one sentence's words in TypeScript. Fictional sentences, none of them
// in a paraphrase batch. At base 8bb561ae every case of NOT_ANY_MORE (7) and NOW_FOUND (1) and the object-pronoun roles (1) fail; the
// guards pass at base and must not change.
import { describe, expect, it } from "vitest";
import { checkClasses, receiverOf as receiver, type ClassCase } from "./precision-classes.js";

/** [class, paragraph, element it must NOT find] — each detected at base. */
const NOT_ANY_MORE: ClassCase[] = [
  // A team member's experience is not the responsible manager's (sentence-management-expertise-others: "a member of" any team).
  ["a member of a team, its certifications and years", "A member of our network team holds the CISSP certification and has fifteen years of experience in security engineering.", "management-expertise"],
  // "before joining" a crew or a shift, not the company: a training control, not a career (element-management-expertise).
  ["training before joining a shift", "Warehouse staff complete security awareness training before joining a shift team.", "management-expertise"],
  // An outside provider's own staff doing the work ("whose analysts"): the provider's, not management's (element-management-role).
  ["a provider whose professionals do the work", "We use a managed security service provider whose professionals analyze cybersecurity threats and respond to incidents on our behalf.", "management-role"],
  // The financial-statement auditor as a party the committee hears from or reviews (sentence-third-party-engaged-auditor-told).
  ["the external auditor reports to the committee", "Our external auditor regularly reports to the Audit Committee regarding our controls and procedures for cybersecurity risks.", "third-party-engaged"],
  // One person's remit is not the company's enterprise risk management (element-integration: "his / her risk management").
  ["a person's risk management function", "Our Chief Operating Officer treats cybersecurity risk as part of his risk management function.", "integration"],
  // A position whose only predicate is meeting with someone to review: told, not responsible (sentence-management-reporting-line).
  ["a director meets with an officer to review", "Our Director of Information Technology meets weekly with the Chief Financial Officer to review open vulnerabilities.", "management-role"],
  // A provider's own duty to tell us of its incidents, the provider the subject: its act (oversight), not a process of ours (sentence-vendor-own).
  ["vendors required by contract to notify us", "Our logistics vendors are required by contract to notify us within 48 hours of any security incident affecting our shipment data.", "processes"],
];

/** [class, paragraph, element it must now find] — missed at base. */
const NOW_FOUND: ClassCase[] = [
  // "it" after "reports to" stands for the sentence's subject, past a ", which …," aside (the set 26 kestrelmoor shape).
  [
    "'reports to it' past a relative aside",
    "The Fund's board of managers, which has five members, oversees our principal risks, including cybersecurity, and our Chief Compliance Officer reports to it each quarter on our security program.",
    "board-informed",
  ],
];

/** [class, paragraph, element it must still find] — guards: the same vocabulary where it does address the element. */
const STILL: ClassCase[] = [
  ["'reports to it' with no aside", "Our Board of Directors oversees cybersecurity risk, and our CISO reports to it each quarter on our security program.", "board-informed"],
  ["before joining us", "Before joining us in 2019, our CISO led the security operations center of a regional bank.", "management-expertise"],
  ["the CISO's years beside a team member's certification", "Our CISO has twenty years of experience in information security, and a member of her team holds the CISSP.", "management-expertise"],
  ["an auditor that examines our controls", "An independent auditor examines our security controls each year and issues a SOC 2 Type II report.", "third-party-engaged"],
  ["a management body meeting on its own to review", "Our Information Security Steering Committee, a management committee, meets monthly to review security metrics and incidents.", "management-role"],
  ["the company's risk management function", "Cybersecurity risk is considered as part of our enterprise risk management function.", "integration"],
  ["we require the notice", "We require our logistics vendors to notify us within 48 hours of any security incident affecting our shipment data.", "processes"],
  ["the notice, then what our team does", "Our logistics vendors must notify us of breaches, and our logistics security team reviews each vendor's controls every year.", "processes"],
  ["a manager who meets with the team and is responsible", "Our IT Manager, who is responsible for our security program, meets weekly with our help desk provider to review open tickets.", "management-role"],
];

checkClasses("round 40: whose clause is it", { notAnyMore: NOT_ANY_MORE, nowFound: NOW_FOUND, still: STILL });

describe("round 40: an object pronoun of a verb of informing", () => {
  it("reads 'reports to it' as the sentence's subject, past a relative aside, and keeps the pronoun elsewhere", () => {
    expect(receiver("The Sponsor's board of managers, which has no committees, oversees cybersecurity risk for the Trust, and the Sponsor's Chief Operating Officer reports to it on cybersecurity each quarter.", "reports")).toBe(
      "The Sponsor's board of managers",
    );
    expect(receiver("Our Risk Committee oversees cybersecurity risk, and our CISO reports to it each quarter.", "reports")).toBe("Our Risk Committee");
    // the pronoun's clause opens the sentence: nothing before it to stand for
    expect(receiver("Our CISO reports to it each quarter.", "reports")).toBe("it each quarter");
    // another party joined to the pronoun: the phrase as written
    expect(receiver("Our Risk Committee oversees cybersecurity risk, and our CISO reports to it and the Board each quarter.", "reports")).toBe("it and the Board each quarter");
  });
});
