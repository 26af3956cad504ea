// Round 53 (acc53-informed, issue 10): how management is told - two classes read from batch A
// (round53.acc53-informed.json), round51.sealed (released) and the split's management-informed / incident-escalation
// errors, each counted in the split and read by structure (docs/accuracy.md "Round 53 - how management is told, and the
// learned veto on forms it never saw (acc53-informed)"):
// - ESCALATED-INFORMS, an incident that reaches a manager as incident-escalation's own clause reads it (its topic lexicon:
//   alarms, tampering, events rated by severity) informs that manager (labels/README.md C8: escalation of incidents to
//   them; C30): a clause condition of management-informed in rules/requirements/requirements.json;
// - UNRESOLVED-TRIGGER, a notice set off by activity, an alert, an event or anything the sender cannot contain, resolve,
//   explain or rule out ("phones the Controller whenever she sees behavior she cannot explain"): an escalation rule (C30, C19),
//   in element-incident-escalation-topic and element-management-informed-topic.
// Fictional sentences written for this file, none of them in a paraphrase batch. The guards pass at base and must not change.
import { checkClasses, type ClassCase } from "./precision-classes.js";

// TAKEN OUT (docs/accuracy.md, this round's section): the two readings moved the split (management-informed +4 tp / +0 fp
// for ESCALATED-INFORMS alone) but not batch B (never tuned on: informed 4 / 1 / 9, escalation 4 / 1 / 5 at base and with
// the readings), held-out (557 / 38 / 52) or round51.sealed (115 / 3 / 24), and on batch A the learned veto removed the one
// detection UNRESOLVED-TRIGGER added (A informed 10 / 0 / 9 with the veto, 11 / 0 / 8 without), so by the round's rule they
// were removed (rules/ is the base's again). Their variants, which failed at base f625ac4c and passed with the readings
// (commit a8c4a449; the test helper reads without the veto), are kept below as a comment for a later round; the guards stay live.
// /** [class, paragraph, element it must now find] - missed at base. */
// const NOW_FOUND: ClassCase[] = [
//   [
//     "ESCALATED-INFORMS: kiln alarms that look like tampering passed to the Director of Engineering",
//     "Alarms from the kiln controllers that look like tampering are passed to the Director of Engineering within the hour.",
//     "management-informed",
//   ],
//   [
//     "ESCALATED-INFORMS: the night operator texts the Plant Manager about an alarm",
//     "The night operator texts the Plant Manager about any alarm he is unable to account for.",
//     "management-informed",
//   ],
//   [
//     "UNRESOLVED-TRIGGER: a technician phones the Controller about behaviour she cannot explain",
//     "Our technician phones the Controller whenever she sees behavior on a register she cannot explain.",
//     "management-informed",
//   ],
//   [
//     "UNRESOLVED-TRIGGER: the shift lead pages the CTO about anything he cannot contain",
//     "The shift lead pages the Chief Technology Officer about anything he cannot contain on the booking servers.",
//     "management-informed",
//   ],
//   [
//     "UNRESOLVED-TRIGGER: the same, an escalation rule",
//     "The shift lead pages the Chief Technology Officer about anything he cannot contain on the booking servers.",
//     "incident-escalation",
//   ],
// ];

/** [class, paragraph, element it must not find] - guards, unmatched at base and after. */
const STILL_NOT: ClassCase[] = [
  ["guard: a help desk's password resets it cannot resolve (not an incident)", "Our help desk escalates password reset requests that it cannot resolve to the network team.", "incident-escalation"],
  ["guard: a risk that cannot be remediated, accepted by the CIO (no one told)", "The Chief Information Officer decides whether to accept any security vulnerability that cannot be remediated within ninety days.", "management-informed"],
  ["guard: a caveat that cannot rule out attacks", "Although we cannot rule out future cyberattacks, no incident has materially affected us.", "incident-escalation"],
  ["guard: invoices that cannot be matched, raised with the Controller", "Supplier invoices that cannot be matched in our accounting system are raised with the Controller each week.", "management-informed"],
  ["guard: the board told of an event the CIO cannot contain (the board's, not management's)", "The Audit Committee is told of any cybersecurity event the Chief Information Officer cannot contain.", "management-informed"],
];

checkClasses("round 53: how management is told (acc53-informed)", { notAnyMore: STILL_NOT, nowFound: [], still: [] });
