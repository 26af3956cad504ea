// Round 42 (acc42-released, issue 10): classes read from round40.sealed's errors once released (docs/accuracy.md "Round 42 -
// round40.sealed's errors, by class"). Data readings, none one sentence's words:
// - KIND, an incident or event of a named non-cyber kind ("any patient incident", "each on-air incident", "operational risk
//   event", "every incident involving the safety of students") in a sentence with no cyber, security, threat, data, network or
//   technology word: what it escalates, reviews or reports is that kind (sentence-escalation-not-cyber, the off-topic shape of
//   escalation, informed, board-informed, reports-to-board, positions and disclosure), "escalate" said or not;
// - BRD, the board educated or briefed by an outside firm after an opening time adverbial ("Once a year the Board …",
//   "Twice a year the Audit Committee …") is the board's adviser, not a third party engaged (sentence-board-adviser), unless
//   the sentence says what the firm does to us ("… the outside firm that performs our annual penetration test").
// - C17, triage: a responder's finite verb classifying or rating each incident or event ("the CSIRT classifies each incident
//   into four levels"), not a severity named as a notification's condition (element-processes);
// - C23, a manager tracking findings: "finding*" among what a manager reviews or tracks ("tracks each of the assessor's
//   findings until it is remediated", element-management-informed).
// Fictional sentences, none of them in a paraphrase batch. At base ef5d7c91 every case of NOT_ANY_MORE and NOW_FOUND fails;
// the guards pass at base and must not change.
import { checkClasses, type ClassCase } from "./precision-classes.js";

/** [class, paragraph, element it must not find] — found at base. */
const NOT_ANY_MORE: ClassCase[] = [
  [
    "KIND: a patient incident escalated as 'serious events'",
    "Nurses log every patient incident, such as a fall or a wrong dose, in the incident-reporting system, and the Director of Nursing escalates serious events to our Regional Vice President.",
    "incident-escalation",
  ],
  [
    "KIND: the same sentence informs a manager of no cyber matter",
    "Nurses log every patient incident, such as a fall or a wrong dose, in the incident-reporting system, and the Director of Nursing escalates serious events to our Regional Vice President.",
    "management-informed",
  ],
  [
    "KIND: a management committee reviewing on-air incidents",
    "Our Program Standards Council, a management committee of our news directors and our General Counsel, reviews each on-air incident and decides whether a correction is required.",
    "management-informed",
  ],
  [
    "KIND: an incident involving safety reported up to the Board",
    "Store managers report every incident involving the safety of customers to our Vice President of Store Operations, who presents an annual report on them to the Board of Directors.",
    "board-informed",
  ],
  [
    "BRD: the board trained by an outside firm after 'Once a year'",
    "Once a year the full Board also receives training on cybersecurity matters from an outside firm.",
    "third-party-engaged",
  ],
  [
    "BRD: a committee hearing outside advisers after 'Twice a year'",
    "Twice a year, the Audit Committee hears from outside advisors on cybersecurity developments in our industry.",
    "third-party-engaged",
  ],
];

/** [class, paragraph, element it must now find] — missed at base. */
const NOW_FOUND: ClassCase[] = [
  ["C17: a responder classifying each incident", "Our security operations center classifies each incident into one of three levels.", "processes"],
  ["C17: analysts rating each event", "Analysts at our monitoring center rate each event by its likely effect on our stores.", "processes"],
  ["C23: a manager tracking each of an assessor's findings", "Our Director of IT tracks each of the auditor's findings until it is closed.", "management-informed"],
  [
    "BRD: a committee hearing from the firm that performs our penetration test",
    "The Risk Committee receives reports from our independent auditor and from the outside firm that performs our annual penetration test.",
    "third-party-engaged",
  ],
];

/** [class, paragraph, element it must still find] — guards. */
const STILL: ClassCase[] = [
  [
    "KIND's twin: a security incident beside a patient's kind",
    "Any security incident that exposes patient records is escalated to our Chief Information Officer within two hours.",
    "incident-escalation",
  ],
  [
    "KIND's twin: bare events from a security tool",
    "Events flagged by our intrusion detection tools are triaged by analysts, and confirmed incidents are escalated to our Chief Information Security Officer.",
    "incident-escalation",
  ],
  [
    "KIND's twin: a clinical word beside data",
    "Incidents affecting clinical data are escalated to our Chief Information Officer, who informs our Chief Executive Officer.",
    "management-informed",
  ],
  [
    "BRD's twin: the firm performs work for us after 'Once a year'",
    "Once a year the Board of Directors receives training from the outside firm that performs our annual penetration test.",
    "third-party-engaged",
  ],
  ["BRD's twin: an outside firm engaged by management", "Once a year an outside firm engaged by our CISO tests our incident response plan.", "third-party-engaged"],
];

checkClasses("round 42: round40.sealed's classes", { notAnyMore: NOT_ANY_MORE, nowFound: NOW_FOUND, still: STILL });
