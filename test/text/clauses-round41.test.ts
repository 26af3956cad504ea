// Round 41 (acc41-clauses, issue 10): a clause's scope (docs/accuracy.md "Round 41 - a clause's scope"). A topic shape read
// in the match's own independent clause (requirements.json `offTopicByClause`, src/text/requirement-map.ts offInClause),
// and an object pronoun ("reports to it") that stands for the body of the sentence before (src/text/clauses.ts
// objectReferent, bodyBeforeComma; sentence-board-informed-no-board reads "to it" as pointing back). Fictional sentences,
// none of them in a paraphrase batch. At base 59b3503f every case of NOT_ANY_MORE and NOW_FOUND and the pronoun roles fail;
// the guards pass at base and must not change.
import { describe, expect, it } from "vitest";
import { checkClasses, receiverOf as receiver, type ClassCase } from "./precision-classes.js";

/** [class, paragraph, element it must NOT find] — each detected at base. */
const NOT_ANY_MORE: ClassCase[] = [
  // Another officer's remit in a clause of its own, beside a cyber clause: the clause is off the topic (sentence-management-other-remit by clause).
  ["a CFO's treasury remit beside a CISO's report", "Our CISO reports to the Audit Committee on cybersecurity at every meeting, and our Chief Financial Officer is responsible for our treasury and tax functions.", "management-positions"],
  ["a CFO's liquidity risk beside cyber in ERM", "Cybersecurity is a principal risk in our enterprise risk management framework, and our Chief Financial Officer is responsible for managing our liquidity risk.", "management-role"],
  // Physical safety work in a clause of its own (sentence-processes-other-risk by clause, which names evacuation and fire drills from round 41).
  ["fire and evacuation plans beside a cyber clause", "Our CISO reports to the Audit Committee on cybersecurity each quarter, and our site managers maintain evacuation plans and run fire drills at each plant.", "processes"],
];

/** [class, paragraph, element it must now find] — missed at base. */
const NOW_FOUND: ClassCase[] = [
  // "it" in the sentence after stands for the body the sentence before is about.
  ["'reports to it' in the next sentence", "The Technology Committee of our Board oversees cybersecurity risk. Our Chief Information Officer reports to it twice a year on our security program.", "reports-to-board"],
  ["'presents to it' after a body closed by a comma", "Our Board of Directors, rather than one of its committees, oversees cybersecurity risk. Each spring our IT Director presents to it on our security program.", "board-informed"],
  ["a management body's 'it' in the next sentence", "Our Cyber Steering Council, a management committee chaired by our Chief Operating Officer, sets our security priorities. Each site's security lead reports to it monthly on security events.", "management-informed"],
];

/** [class, paragraph, element it must still find] — guards: the same vocabulary where it does address the element. */
const STILL: ClassCase[] = [
  // A later clause that points back is read with its sentence ("they", "their").
  ["a later clause that points back", "Our security team scans our systems for vulnerabilities every week, and our IT Director sets the order in which they are fixed.", "management-role"],
  ["vendors assessed, then what the assessment covers", "Critical vendors are assessed annually; the assessment considers their incident response capabilities and access controls.", "third-party-oversight"],
  ["the cyber clause itself", "Our Chief Technology Officer leads our cybersecurity program, and our Chief Financial Officer leads our treasury and tax functions.", "management-positions"],
  ["'reports to it' in the same sentence", "Our Board of Directors oversees cybersecurity risk, and our CISO reports to it each quarter on our security program.", "board-informed"],
];

checkClasses("round 41: a clause's scope", { notAnyMore: NOT_ANY_MORE, nowFound: NOW_FOUND, still: STILL });

describe("round 41: an object pronoun in the sentence after its body", () => {
  it("reads 'reports to it' opening a sentence's first clause as the subject of the sentence before", () => {
    expect(receiver("The Risk Committee of our Board oversees cybersecurity risk. Our CISO reports to it each quarter.", "reports")).toBe("The Risk Committee of our Board");
    expect(receiver("Our Cyber Risk Council, made up of our CIO and General Counsel, is responsible for cybersecurity. The SOC escalates confirmed incidents to it.", "escalates")).toBe("Our Cyber Risk Council");
  });
  it("keeps the pronoun across a paragraph break and after a sentence that opens with a condition", () => {
    expect(receiver("The Risk Committee oversees cybersecurity risk.\nOur CISO reports to it each quarter.", "reports")).toBe("it each quarter");
    expect(receiver("When an incident occurs, the SOC contains it. Our CISO reports to it each quarter.", "reports")).toBe("it each quarter");
  });
});
