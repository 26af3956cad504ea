// Round 49 (acc49-released, issue 10): classes read from round47.sealed's errors once released, each counted in the split and
// read by structure, not by one item's words (docs/accuracy.md "Round 49 - round47.sealed's errors, by class, measured on a
// batch not tuned on"):
// - DETECT-TRIGGER, a notice to a manager set off by a detection ("alerts our CFO whenever its monitoring detects …", "of any
//   malware it detects"): an escalation rule (labels/README.md C30: a trigger; C19: a sender beyond the first receiver);
// - AFTER-INCIDENT, a report to a manager or the board "after any incident …": what the report follows is what it is about
//   (src/text/clauses.ts, "after" opens a topic as "upon" and "whenever" do): escalation where it names an incident (C9);
// - VENDOR-ATTESTATION, a team reviewing a provider's SOC or attestation report is vendor oversight
//   (C28's boundary: the vendor commissioned it), not management being informed (C8);
// (PROVIDER-WATCHES, "watches our networks" read as "monitors" is, was built and taken out: it moved neither batch B nor
//   round47.sealed, only the split, +3 true processes; its variants "A regional IT firm we retain watches our clinic servers
//   overnight …" and "… the security vendor that watches our store networks" are missed again.)
// - VENDOR-NOTIFY-US, a provider's contractual duty to protect customers' data and "notify us" is vendor oversight, not the
//   disclosure of an incident (C10);
// - PHISHING-METRIC, phishing as a metric ("phishing results", "click rates", "phishing-test results") is what a report names,
//   not the activity (C8, C22): no processes from it alone.
// Fictional sentences written before the readings, none of them in a paraphrase batch. NOW_FOUND and NOT_ANY_MORE cases fail at
// base ddf9a5d2 (run with the base's build); the guards pass at base and must not change. A fourth DETECT-TRIGGER variant written
// first, "The hosting provider notifies our Chief Operating Officer whenever it detects repeated failed log-ins to the ticketing
// system.", is still missed: a hosting provider is read as a vendor telling of its own incident (element-incident-escalation-not-giver);
// so is a third PROVIDER-WATCHES variant, "Our outsourced security provider watches our point-of-sale network around the clock and
// calls the Controller about any intrusion it confirms.".
import { checkClasses, type ClassCase } from "./precision-classes.js";

/** [class, paragraph, element it must now find] — missed at base. */
const NOW_FOUND: ClassCase[] = [
  [
    "DETECT-TRIGGER: a monitoring vendor informs a vice president if it discovers an unknown device",
    "Our network monitoring vendor informs the Vice President of Finance if it discovers a device on our network that it cannot account for.",
    "incident-escalation",
  ],
  [
    "DETECT-TRIGGER: an outsourced IT firm alerts the Controller once its tools detect unfamiliar software",
    "Our outsourced IT firm alerts the Controller once its tools detect unfamiliar software running on a store computer.",
    "incident-escalation",
  ],
  [
    "DETECT-TRIGGER: an outside provider tells the CEO of any ransomware it detects",
    "Our outside monitoring provider informs the Chief Executive Officer of any ransomware it detects on a clinic workstation.",
    "incident-escalation",
  ],
  [
    "AFTER-INCIDENT: an officer briefs the Audit Committee each spring and after any breach",
    "Our Chief Operating Officer briefs the Audit Committee each spring and immediately after any breach of customer data.",
    "incident-escalation",
  ],
  [
    "AFTER-INCIDENT: the Treasurer reports to the Board after every significant intrusion",
    "The Treasurer reports to the Board on our payment systems twice a year and after every significant intrusion into them.",
    "incident-escalation",
  ],
  [
    "AFTER-INCIDENT: the Head of Technology updates the CEO after any incident that closes a store",
    "Our Head of Technology updates the Chief Executive Officer on cybersecurity every month and after any incident that closes a store.",
    "incident-escalation",
  ],
];

/** [class, paragraph, element it must no longer find] — found at base, wrongly. */
const NOT_ANY_MORE: ClassCase[] = [
  [
    "VENDOR-ATTESTATION: an IT team reviews a hosting provider's SOC 2 report before renewal",
    "Our IT team reviews each hosting provider's SOC 2 Type II report before we renew the contract.",
    "management-informed",
  ],
  [
    "VENDOR-ATTESTATION: the security team reviews a payroll processor's SOC 1 reports",
    "Every year the security team reviews the SOC 1 and SOC 2 reports of our payroll processor and follows up on any exceptions.",
    "management-informed",
  ],
  [
    "VENDOR-ATTESTATION: the infrastructure team goes over a software vendor's attestation report",
    "Before a new software vendor is approved, our IT team goes over its independent attestation report and its answers to our security questionnaire.",
    "management-informed",
  ],
  [
    "VENDOR-NOTIFY-US: cloud vendors must encrypt clients' files and notify us of incidents",
    "Each cloud vendor must encrypt our clients' files and notify us promptly of any security incident.",
    "incident-disclosure",
  ],
  [
    "VENDOR-NOTIFY-US: hosting contracts require providers to protect users' data and notify us",
    "Our hosting contracts require providers to protect users' personal data and to notify us of any unauthorized access.",
    "incident-disclosure",
  ],
  [
    "VENDOR-NOTIFY-US: a payroll provider obliged to safeguard customer records and notify us",
    "Our agreement with the payroll provider obliges it to safeguard customer records and to notify us within 48 hours of a breach.",
    "incident-disclosure",
  ],
  [
    "PHISHING-METRIC: an officer reviews each branch's phishing click rates",
    "Each month our Chief Operating Officer reviews the phishing click rates of every branch.",
    "processes",
  ],
  [
    "PHISHING-METRIC: the CEO is sent phishing simulation results",
    "Our Chief Executive Officer is sent the phishing simulation results for each store.",
    "processes",
  ],
];

/** [class, paragraph, element it must still find] — found at base too. */
const STILL: ClassCase[] = [
  ["guard: simulated phishing sent to employees is the activity", "We send simulated phishing e-mails to all employees every month and retrain those who click.", "processes"],
  ["guard: we notify affected customers", "We notify affected customers and state regulators of a breach as the law requires.", "incident-disclosure"],
  ["guard: a CISO receives reports on detected incidents", "Our CISO receives reports from the security operations center on detected incidents.", "management-informed"],
  [
    "guard: an MDR provider notifies the CIO of confirmed incidents within an hour",
    "Our managed detection and response provider notifies the Chief Information Officer of confirmed incidents within one hour.",
    "incident-escalation",
  ],
];

/** [class, paragraph, element] — never found, at base nor now. */
const STILL_NOT: ClassCase[] = [
  [
    "guard: a committee's scorecard of phishing-test results (written as a PHISHING-METRIC case; not processes at base either)",
    "The Audit Committee receives a scorecard each quarter that shows our phishing-test results by department.",
    "processes",
  ],
    [
    "guard: a report after a scheduled test names no incident",
    "Our Chief Financial Officer reports to the Board after the annual penetration test and after each meeting of the IT steering group.",
    "incident-escalation",
  ],
  [
    "guard: a sensor that detects a gas leak is no cybersecurity escalation",
    "The control room notifies the plant manager whenever a sensor detects a gas leak in the compressor building.",
    "incident-escalation",
  ],
  [
    "guard: a routine monthly report on detected threats is no escalation (C21)",
    "The Chief Information Officer receives a monthly report from our provider on the threats it detected and blocked.",
    "incident-escalation",
  ],
];

checkClasses("round 49: round47.sealed's classes (acc49-released)", { notAnyMore: [...NOT_ANY_MORE, ...STILL_NOT], nowFound: NOW_FOUND, still: STILL });
