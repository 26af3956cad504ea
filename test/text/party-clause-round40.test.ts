// Round 40 (acc40-released, issue 10): misses read from round38.sealed once released (docs/accuracy.md "Round 40 - round38.sealed's
// errors, by class"). A party's own activity on our systems told in a relative clause of its name ("… supported by a managed
// detection and response provider that monitors our endpoints") was dropped with its sentence, a position's responsibility
// (sentence-processes-responsibility) or a report (the told reading). processes' `partyClause` (rules/lexicons/party-activity.json,
// src/text/party-clause.ts) reads the except shapes in that clause alone; so does management-role's, for a
// position's or management body's own relative clause in a board sentence ("…, which is led by our CISO"). Fictional sentences, none of them in a paraphrase
// batch. At base 8bb561ae every case of NOW_FOUND fails (6); the guards pass at base and must not change.
import { checkClasses, type ClassCase } from "./precision-classes.js";

/** [class, paragraph, element it must now find] — missed at base. */
const NOW_FOUND: ClassCase[] = [
  [
    "a provider's monitoring in a responsibility sentence",
    "Our Head of Technology is responsible for information security and is assisted by a managed security provider that monitors our store networks overnight.",
    "processes",
  ],
  [
    "a firm's testing after a position's lead",
    "Our Chief Information Officer leads the security program and relies on an outside firm that tests our remote-access controls twice a year.",
    "processes",
  ],
  [
    "specialists (a plural party) with 'who'",
    "Our Chief Financial Officer is responsible for cyber risk, supported by outside specialists who assess our security controls each year.",
    "processes",
  ],
  [
    "the provider's monitoring inside a report's source",
    "Our Chief Technology Officer receives a weekly report from the managed security provider that monitors our network, summarizing blocked intrusion attempts.",
    "processes",
  ],
  // management-role's `partyClause`: a position's or management body's own relative clause inside a board sentence.
  [
    "a program 'which is managed by' a position, in a board sentence",
    "The Audit Committee oversees our information security program, which is managed by our Director of Information Technology.",
    "management-role",
  ],
  [
    "a management committee 'which is chaired by' an officer, in a board sentence",
    "Our Board has delegated oversight of cyber risk to the Operational Risk Council, which is chaired by our Chief Operating Officer and meets monthly.",
    "management-role",
  ],
];

/** [class, paragraph, element it must not find] — guards: a relative clause that names no work on our systems. */
const NOT_ANY_MORE: ClassCase[] = [
  [
    "a biography's firm that works for others",
    "Before joining us, our Chief Information Security Officer spent eight years at a consulting firm that performs penetration tests for insurers.",
    "processes",
  ],
  [
    "a responsibility for parties that do no security work",
    "Our Chief Financial Officer is responsible for our relationships with the banks that process our card payments.",
    "processes",
  ],
  [
    "a Disclosure Committee chaired by an officer is no management role",
    "The Audit Committee oversees the integrity of our financial reporting and receives reports from our Disclosure Committee, which is chaired by our Chief Financial Officer.",
    "management-role",
  ],
];

/** [class, paragraph, element it must still find] — guards. */
const STILL: ClassCase[] = [
  ["the party as the sentence's subject", "A managed detection and response provider monitors our endpoints around the clock.", "processes"],
  ["a responsibility sentence still a role", "Our Head of Technology is responsible for information security and is assisted by a managed security provider that monitors our store networks overnight.", "management-positions"],
];

checkClasses("round 40: a party's activity in a relative clause", { notAnyMore: NOT_ANY_MORE, nowFound: NOW_FOUND, still: STILL });
