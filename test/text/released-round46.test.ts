// Round 46 (acc46-released, issue 10): classes read from round44.sealed's errors once released (docs/accuracy.md "Round 46 -
// round44.sealed's errors, by class"). Readings of structure, none one sentence's words:
// - ESC-MEMBERS, a body an incident is escalated, referred or sent to, or that the receiver convenes or activates, named only
//   by its members ("refers it to the Breach Assessment Committee, which consists of our CEO, CFO and General Counsel"): the
//   body receives the incident for a decision (C18) and is not a committee responsible for cyber risk (C1), so no
//   management-role; the same body that directs the containment or is responsible for the program keeps it
//   (sentence-management-positions-escalation-receiver);
// - EFFECT-CONSEQUENCE, a material effect stated of an incident through a pronoun that points back to it ("; it materially
//   affected", "This materially affected"), an expectation affirmed of the incident or its consequences ("we expect the
//   resulting settlements to materially affect"), an effect that "will continue to materially affect", and "reasonably likely
//   that …, which would materially affect" past a long clause (element-material-effect, -likely); a sentence with no
//   cybersecurity topic, a hedge ("could") and a denial stay as they were.
// Fictional sentences, none of them in a paraphrase batch. At base 333f6b7c every case of NOT_ANY_MORE and NOW_FOUND fails
// (checked with a bundle of the tests' helper run on `git archive 333f6b7c rules`: src/ is unchanged); the guards pass at base
// and must not change.
import { describe, expect, it } from "vitest";
import { paragraphElements as elements } from "../helpers.js";
import { checkClasses, type ClassCase } from "./precision-classes.js";

/** [class, paragraph, element it must not find] — found at base. */
const NOT_ANY_MORE: ClassCase[] = [
  [
    "ESC-MEMBERS: a committee a breach is referred to, named by its members",
    "When our Director of Cybersecurity confirms a breach of the reservation system, she refers it to the Breach Assessment Committee, which consists of our Chief Executive Officer, our Chief Financial Officer and our General Counsel.",
    "management-role",
  ],
  [
    "ESC-MEMBERS: a team an intrusion is escalated to, named by its members",
    "Our information security staff escalate each confirmed intrusion to the Crisis Team, made up of our Chief Executive Officer, the Chief Financial Officer and the heads of legal and operations.",
    "management-role",
  ],
  [
    "ESC-MEMBERS: a team a manager convenes, named by its members",
    "Our IT security manager convenes the Incident Review Team, consisting of the Chief Executive Officer and the General Counsel, when a cybersecurity incident affects customer data.",
    "management-role",
  ],
];

/** [class, paragraph, element it must now find] — missed at base. */
const NOW_FOUND: ClassCase[] = [
  [
    "EFFECT-CONSEQUENCE: a pronoun after a semicolon points back to the attack",
    "A ransomware attack shut our warehouse management system for a week; it materially affected our net sales for the quarter.",
    "material-effect",
  ],
  [
    "EFFECT-CONSEQUENCE: an expectation affirmed of the intrusion's consequence",
    "The intrusion into our loyalty program led to class actions, and we expect the resulting settlements to materially affect our results of operations in 2026.",
    "material-effect",
  ],
  [
    "EFFECT-CONSEQUENCE: 'This' points back to the previous sentence's attack",
    "The malware attack on our mills forced two plants to close in May. This materially affected our gross margin for the year.",
    "material-effect",
  ],
  [
    "EFFECT-CONSEQUENCE: an effect that will continue",
    "The customers we lost after last year's data breach will continue to materially affect our subscription revenue through 2026.",
    "material-effect",
  ],
];

/** [class, paragraph, element it must still find] — found at base too. */
const STILL: ClassCase[] = [
  [
    "guard: the body escalated to that directs the containment keeps its role",
    "Confirmed incidents are escalated to our Cyber Response Team, composed of senior executives, which directs the containment and recovery.",
    "management-role",
  ],
  [
    "guard: a committee named by its members and responsible for the program",
    "Our Security Steering Committee, composed of senior executives from IT, finance and legal, is responsible for our information security program.",
    "management-role",
  ],
  [
    "guard: reasonably likely, then a long clause and 'which would materially affect'",
    "We believe it is reasonably likely that the subscribers we lost after the breach, most of them on annual plans, will not return in 2026, which would materially affect our revenue.",
    "material-effect",
  ],
  [
    "guard: a denial of the expectation",
    "We do not expect the intrusion to materially affect our results of operations.",
    "material-effect",
  ],
];

checkClasses("round 46: round44.sealed's classes (acc46-released)", { notAnyMore: NOT_ANY_MORE, nowFound: NOW_FOUND, still: STILL });

/** [class, paragraph] — no material-effect at base, nor now. */
const STILL_NOT: [string, string][] = [
  ["guard: an effect of freight costs, no cybersecurity topic", "Higher freight costs materially affected our margins, and we expect them to continue to materially affect our results."],
  ["guard: a hedge is no answer", "A cyberattack on our plants could materially affect our operations."],
  ["guard: an expectation of a business project", "We expect our new warehouse system to materially affect our costs next year."],
];

describe("round 46: EFFECT-CONSEQUENCE does not read other effects", () => {
  it.each(STILL_NOT)("%s", (_what, paragraph) => {
    expect(elements(paragraph)).not.toContain("material-effect");
  });
});
