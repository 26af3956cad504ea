// Round 52 (acc52-escalation, issue 10): how management learns and escalates - classes read from batch A
// (round52.acc52-escalation.json), round50.sealed (released) and the split's management-informed / incident-escalation
// errors, each counted in the split and read by structure (docs/accuracy.md "Round 52 - how management learns and
// escalates: informed and escalation measured on a batch not tuned on (acc52-escalation)"):
// - TRIGGER-MODAL, a notice set off by a condition that holds a modal ("whenever an incident could affect …", "when they
//   could affect operations", "events that the commander believes could affect …"): the modal is the trigger's, not a
//   risk-factor caveat (sentence-caveat's could / may consequence); labels/README.md C30 (a trigger);
// - TIER-PASSIVE, a severity, tier or incident first and then the officers who "must be notified", "are brought into the
//   response", "are engaged" (element-incident-escalation-engaged): who is told at each level, C17 (a);
// - PROVIDER-SEES, a provider's notice set off by what it sees, spots, notices or confirms ("calls the Controller when it
//   sees activity it cannot explain"): a detection trigger as round 49's DETECT-TRIGGER (C30, C19);
// - ALERT-TO-POSITION, a provider or team that "alerts <a management position> to <incidents>" (active): the "to" phrase
//   is what the alert is about, as in the passive (src/text/clauses.ts); not where the one alerted is the first receiver,
//   a team, staff, centre or desk (C19: "alerts our security team to suspicious activity" stays processes only);
// - INCIDENT-NOUNS, malware, ransomware and a cyberattack named as what a manager is told of (element-incident-escalation-topic,
//   as element-management-informed-topic has read them since round 44): an incident (C30's notice with a trigger).
// Fictional sentences written before the readings, none of them in a paraphrase batch. The guards pass at base and must not change.
import { checkClasses, type ClassCase } from "./precision-classes.js";

// TAKEN OUT (docs/accuracy.md, this round's section): the five readings moved batch A and the split (incident-escalation
// 1,268 / 114 / 160 -> 1,286 / 118 / 142) but not batch B (never tuned on: informed 3 / 0 / 11, escalation 4 / 0 / 6 at base
// and head), held-out (557 / 38 / 52) or round50.sealed (100 / 14 / 23), so by the round's rule they were removed (the lexicons
// and src/text/clauses.ts are the base's again). Their variants, which failed at base 13611b7f and passed with the readings
// (commit 317611ba), are kept below as a comment for a later round; the guards stay live.
// /** [class, paragraph, element it must now find] - missed at base. */
// const NOW_FOUND: ClassCase[] = [
//   [
//     "TRIGGER-MODAL: the duty analyst loops in the COO whenever an incident could affect shipping",
//     "The duty analyst loops in the Chief Operating Officer whenever a security incident could affect shipping from our warehouses.",
//     "incident-escalation",
//   ],
//   [
//     "TRIGGER-MODAL: the IT lead informs the CFO when a breach may affect payroll",
//     "Our IT lead informs the Chief Financial Officer when a breach may affect payroll or vendor payments.",
//     "incident-escalation",
//   ],
//   [
//     "TRIGGER-MODAL: events the analyst believes could affect guests go to the General Counsel",
//     "Events that the on-call analyst believes could affect guest records are elevated to the General Counsel.",
//     "incident-escalation",
//   ],
//   [
//     "TIER-PASSIVE: severity tiers and when the CEO and General Counsel must be informed",
//     "Our response runbook sets three severity tiers and the notice each tier requires, including when the Chief Executive Officer and the General Counsel must be informed.",
//     "incident-escalation",
//   ],
//   [
//     "TIER-PASSIVE: depending on severity the CIO and counsel are brought into the response",
//     "Depending on an intrusion's severity, our Chief Information Officer and outside counsel are brought into the response.",
//     "incident-escalation",
//   ],
//   [
//     "PROVIDER-SEES: a monitoring firm phones the Controller when it spots traffic it cannot account for",
//     "Our network monitoring firm phones the Controller whenever it spots traffic it cannot account for.",
//     "incident-escalation",
//   ],
//   [
//     "PROVIDER-SEES: an MSSP notifies the VP of Operations when it confirms unusual log-ins",
//     "Our managed security services provider notifies the Vice President of Operations when it confirms unusual log-ins at the terminals.",
//     "incident-escalation",
//   ],
//   [
//     "ALERT-TO-POSITION: an MSSP alerts the Director of Technology to attempted intrusions",
//     "A managed security services provider watches our clinics' systems and alerts our Director of Technology to attempted intrusions into the patient portal.",
//     "incident-escalation",
//   ],
//   [
//     "ALERT-TO-POSITION: the SOC alerts the Chief Risk Officer, by text, to any confirmed compromise",
//     "The security operations center alerts the Chief Risk Officer, by text message, to any confirmed compromise of a teller system.",
//     "incident-escalation",
//   ],
//   [
//     "ALERT-TO-POSITION: the monitoring service alerts him to malware on a kiosk",
//     "Our Operations Manager runs our cybersecurity program, and the monitoring service alerts him to any malware found on a kiosk.",
//     "incident-escalation",
//   ],
// ];

/** [class, paragraph, element it must not find] - not found at base, and must stay so. */
const STILL_NOT: ClassCase[] = [
  [
    "guard: a risk-factor caveat with a modal stays a caveat (no escalation)",
    "A breach at one of our carriers could disrupt deliveries and harm our reputation.",
    "incident-escalation",
  ],
  [
    "guard: a provider that alerts our security team (the first receiver, C19)",
    "A managed security services provider watches our clinics' systems and alerts our internal security team to suspicious log-ins.",
    "incident-escalation",
  ],
  [
    "guard: a provider that alerts the help desk staff (the first receiver, C19)",
    "Our monitoring firm alerts our help desk staff to any malware found on a kiosk.",
    "incident-escalation",
  ],
  [
    "guard: a store manager alerted to a holiday schedule is no incident",
    "Our scheduling system alerts each store manager to changes in the holiday rota.",
    "incident-escalation",
  ],
  [
    "guard: officers notified of a dividend date after a severity word elsewhere",
    "Severe weather closed two stores in March, and our officers are notified of each store's reopening date by the regional managers.",
    "incident-escalation",
  ],
  [
    "guard: a vendor that tells us of vulnerabilities it finds in its own product",
    "Our point-of-sale vendor tells us of each vulnerability it finds in its own software.",
    "incident-escalation",
  ],
];

/** [class, paragraph, element it must still find] - found at base too. */
const STILL: ClassCase[] = [
  [
    "guard: a passive notice with a trigger, no modal",
    "Our Controller is told at once of any attack on our banking systems.",
    "incident-escalation",
  ],
  [
    "guard: the provider alerts our IT team, still processes",
    "A managed security services provider monitors our clinics' systems and alerts our internal security team to suspicious log-ins.",
    "processes",
  ],
];

checkClasses("round 52: how management learns and escalates (acc52-escalation)", { notAnyMore: STILL_NOT, nowFound: [], still: STILL });
