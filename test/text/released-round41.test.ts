// Round 41 (acc41-released, issue 10): classes read from round39.sealed's errors once released (docs/accuracy.md "Round 41 -
// round39.sealed's errors, by class"). Each a reading or a data entry, none one sentence's words:
// - C18, the registrant as the decider: "We determined that the incident was material" names no decider (escalation's
//   "determine that the incident is material" pattern now reads "we" / "the Company" as it read "if we"), nor does a passive or
//   nominal materiality determination (sentence-escalation-no-decider, an except shape read per independent clause);
// - an attack's own verb: "a ransomware attack encrypted servers" is the attacker's act, not our encryption (element-processes);
// - a body's name: "Governance" in "the Nominating, Governance and Technology Committee" is no verb of governing (role);
// - a report's content: what a position presents, shares or discusses after "the results of" / "the findings of", in the
//   object of its informing verb, is a report's topic, not a process stated (src/text/report-object.ts, the told reading);
// - another subject's escalation: a breach of limits, outages, equipment failures (sentence-escalation-not-cyber, with the
//   matters its informed sibling lists);
// - an incident's history: "we restored them from backups" (sentence-processes-incident-history);
// - vocabulary of what an incident history says: "the attorneys general" notified; "hardware security keys" required since.
// Fictional sentences, none of them in a paraphrase batch. At base 59b3503f every case of NOT_ANY_MORE and NOW_FOUND fails;
// the guards pass at base and must not change.
import { checkClasses, type ClassCase } from "./precision-classes.js";

/** [class, paragraph, element it must not find] — found at base. */
const NOT_ANY_MORE: ClassCase[] = [
  ["C18: 'we concluded' names no decider", "We concluded that the breach was material and filed a Current Report on Form 8-K.", "incident-escalation"],
  ["C18: 'the Company determined' names no decider", "The Company determined that the intrusion was material and disclosed it on Form 8-K.", "incident-escalation"],
  ["C18: a passive materiality determination", "A materiality determination is made promptly, and material incidents are disclosed on Form 8-K.", "incident-escalation"],
  ["C18: 'we evaluate the materiality'", "We evaluate the materiality of each cybersecurity incident without unreasonable delay.", "incident-escalation"],
  ["a one-time restore of 'them'", "In 2023 an attack took our billing servers offline, and we restored them from backups within two days.", "processes"],
  [
    "a breach of market-risk limits escalated",
    "Our Asset-Liability Committee escalates any breach of our interest rate limits to our Chief Financial Officer.",
    "incident-escalation",
  ],
  [
    "outages escalated beside a network operations center",
    "Our network operations center watches every kiosk, and outages that last more than an hour are escalated to the field service manager.",
    "incident-escalation",
  ],
  ["an attack's verb", "Last spring a ransomware attack encrypted the point-of-sale servers at three of our stores.", "processes"],
  ["attackers' verb past a relative clause", "In 2022 criminals who broke into a contractor's laptop encrypted our shared drive.", "processes"],
  [
    "'Governance' in a committee's name",
    "Our Chief Technology Officer meets with the Nominating, Governance and Risk Committee twice a year to present our security metrics.",
    "management-role",
  ],
  ["the results presented", "Our Chief Information Officer presents the results of our vulnerability scans to the Risk Committee each quarter.", "processes"],
  ["the findings discussed", "Our Director of IT discusses the findings of our penetration tests with the Chief Executive Officer each month.", "processes"],
];

/** [class, paragraph, element it must now find] — missed at base. */
const NOW_FOUND: ClassCase[] = [
  ["attorneys general notified", "Because the breach exposed account numbers, we notified those cardholders and the attorneys general of four states.", "incident-disclosure"],
  ["a control kept since an incident", "Since the intrusion we have required hardware security keys for every administrator account.", "processes"],
];

/** [class, paragraph, element it must still find] — guards. */
const STILL: ClassCase[] = [
  ["our own encryption", "We encrypt all laptops, and our backups are encrypted and stored offline.", "processes"],
  ["our encryption after the attack's clause", "Since ransomware encrypted our file servers in 2021, we have encrypted every laptop.", "processes"],
  ["the registrant deciding after an escalation", "Incidents are escalated to the CISO, and we determine whether they are material.", "incident-escalation"],
  ["a breach of our systems escalated", "Any breach of our systems is escalated to the Chief Information Security Officer.", "incident-escalation"],
  ["outages that may be an attack", "Outages of our customer portal that may have been caused by an attack are escalated to our Chief Technology Officer.", "incident-escalation"],
  ["named deciders", "Our Chief Financial Officer and General Counsel determine whether an incident is material.", "incident-escalation"],
  ["a governance committee of management", "Our Cybersecurity Governance Committee, chaired by our Chief Information Officer, sets our security priorities.", "management-role"],
  [
    "results of work the sentence says is done",
    "The CISO presents the results of the penetration tests that an outside firm performs each year to the Audit Committee.",
    "processes",
  ],
  ["results as a passive's subject (labelled as the work told)", "The results of our quarterly phishing simulations are reviewed by the Chief Technology Officer.", "processes"],
];

checkClasses("round 41: round39.sealed's classes", { notAnyMore: NOT_ANY_MORE, nowFound: NOW_FOUND, still: STILL });
