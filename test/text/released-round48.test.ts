// Round 48 (acc48-released, issue 10): classes read from round46.sealed's management-informed misses once released, and a
// provider's alert reaching a manager (round 47's PROVIDER-ALERTS), by who tells whom and what the information is, not by
// one sentence's words (docs/accuracy.md "Round 48 - round46.sealed's errors, by class; management-informed's misses"):
// - ALERT-TO, what a passive alert names after its agent is what it is about ("is alerted by the hosting company to every
//   failed sign-in", src/text/clauses.ts): a pronoun told so is the manager the paragraph named;
// - PROVIDER-WORK, a party engaged for our security work tells a manager what it found (its findings, conclusions,
//   recommendations): its work on us, not a vendor's notice of its own incident (rules/requirements/requirements.json);
// - OWN-INCIDENT-REL, an incident named ours by a relative clause on it ("any breach that exposes our guests' records"),
//   whoever tells (element-management-informed-own-incident);
// - SECURITY-BODY, a committee or council named for an information-security or technology-risk remit is a management
//   receiver (element-management-informed-receiver), not a Cybersecurity Committee (as often the board's);
// - BODY-BY-MEMBERS, a body chaired by or made up of officers, the subject of its own review of cybersecurity, results or
//   indicators past the aside that names them (element-management-informed).
// Fictional sentences, none of them in a paraphrase batch. At base 298c104a every NOW_FOUND case fails (checked by running
// this file with the base's src/text/clauses.ts, rules/requirements/requirements.json and the four changed
// element-management-informed* lexicons put back and the package rebuilt); the guards pass at base and must not change.
import { checkClasses, type ClassCase } from "./precision-classes.js";

/** [class, paragraph, element it must now find] — missed at base. */
const NOW_FOUND: ClassCase[] = [
  [
    "ALERT-TO: a pronoun alerted by a hosting company to failed sign-ins",
    "Our Controller runs our small IT function. She is alerted by the hosting company to every failed sign-in on the payroll system.",
    "management-informed",
  ],
  [
    "PROVIDER-WORK: a third-party testing firm reports its findings to an officer",
    "A third-party testing firm reports its findings to our Chief Operating Officer after each test of the warehouse network.",
    "management-informed",
  ],
  [
    "PROVIDER-WORK: consultants present their recommendations",
    "Our security consultants present their recommendations to the Chief Executive Officer every spring.",
    "management-informed",
  ],
  [
    "OWN-INCIDENT-REL: a vendor tells of any breach that exposes our records",
    "The vendor that hosts our reservation system notifies our Chief Operating Officer of any breach that exposes our guests' records.",
    "management-informed",
  ],
  [
    "SECURITY-BODY: penetration-test findings reported to a Technology Risk Committee",
    "Findings from each penetration test are reported to the Technology Risk Committee.",
    "management-informed",
  ],
  [
    "BODY-BY-MEMBERS: a committee of officers chaired by the CFO reviews indicators past its aside and another predicate",
    "The Mine Operations Committee, a committee of senior officers chaired by our Chief Financial Officer, approves the annual capital plan and reviews the cybersecurity indicators of our haulage systems each quarter.",
    "management-informed",
  ],
];

/** [class, paragraph, element it must still find] — found at base too. */
const STILL: ClassCase[] = [
  ["guard: a CISO receives the findings of each test", "Our CISO receives the findings of each penetration test.", "management-informed"],
  [
    "guard: an MDR provider notifies the CIO of confirmed incidents",
    "Our managed detection and response provider notifies the Chief Information Officer of confirmed incidents within one hour.",
    "management-informed",
  ],
];

/** [class, paragraph, element] — never found, at base nor now: the readings do not read other parties' news. */
const STILL_NOT: ClassCase[] = [
  ["guard: a vendor's notice of a breach of its own systems", "Our packaging vendor notifies our Chief Operating Officer of any breach of its own systems.", "management-informed"],
  [
    "guard: the financial auditors' findings go to the Audit Committee",
    "Our independent auditors report their findings on internal control over financial reporting to the Audit Committee.",
    "management-informed",
  ],
  ["guard: a third-party inspector's findings on boilers", "A third-party inspector reports its findings on our boilers to the plant manager.", "management-informed"],
  [
    "guard: a board's Cybersecurity Committee is not a management receiver",
    "The Board's Cybersecurity Committee receives the results of our annual penetration test.",
    "management-informed",
  ],
];

checkClasses("round 48: management-informed's misses by who tells whom what (acc48-released)", { notAnyMore: STILL_NOT, nowFound: NOW_FOUND, still: STILL });
