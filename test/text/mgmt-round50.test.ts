// Round 50 (acc50-mgmt, issue 10): management-informed misses by structure, read on the paraphrase split after C33's second
// paragraph was applied and on round50.acc50-mgmt.json (batch A); measured on batch B (round50.acc50-mgmt.b.json), never
// read for errors. docs/accuracy.md "Round 50 - C33's second paragraph applied; management errors measured on a batch not
// tuned on (acc50-mgmt)". Fictional sentences, none of them in a paraphrase batch. At base 655fc10c every case of NOW_FOUND
// fails; the guards pass at base and after.
import { checkClasses, type ClassCase } from "./precision-classes.js";

/** [class, paragraph, element it must now find] - missed at base. */
const NOW_FOUND: ClassCase[] = [
  // Class UNTIL-CLOSED (C23: a manager who follows remediation to its end is informed): a management subject that tracks,
  // follows or monitors findings, tickets or vulnerabilities "until" each is closed, resolved or patched (one near group in
  // rules/lexicons/element-management-informed.json).
  ["UNTIL-CLOSED: 'follows' each ticket until it is closed", "Using our service desk software, the Director of Technology follows every open security ticket until it is closed.", "management-informed"],
  ["UNTIL-CLOSED: a controller who tracks audit findings until closed", "Our Controller tracks each exception from the yearly IT general controls audit until it is closed.", "management-informed"],
  ["UNTIL-CLOSED: a VP who monitors issues until resolved", "The VP of Plant Systems monitors the status of each open security issue until it is resolved.", "management-informed"],
  ["UNTIL-CLOSED: a pronoun carried from the sentence before", "Our Chief Operating Officer approves the annual security plan. She follows each finding of the external penetration test until it has been fixed.", "management-informed"],
  // Class RESULTS (C8: "the results of such assessments are reported to management"): a manager who receives or reviews
  // "the results of" an assessment, test or scan (group 0 of element-management-informed.json takes "results of" as what
  // is received or reviewed).
  ["RESULTS: a manager receives the results of a test", "Our Chief Financial Officer receives the results of each phishing simulation we run.", "management-informed"],
];

/** [class, paragraph, element it must still not find] - guards (not found at base either). */
const STILL_NOT: ClassCase[] = [
  ["a board committee that tracks findings until closed is the board's", "The Audit Committee of our Board tracks each audit finding until it is closed.", "management-informed"],
  ["a board committee receiving results is board-informed", "The Audit Committee receives the results of the penetration tests from our CISO.", "management-informed"],
  ["a manager reporting results to the board is not informed", "Our CISO reports the results of our risk assessments to the Audit Committee.", "management-informed"],
  ["the results of operations are no cybersecurity results", "Our Chief Executive Officer reviews the results of operations with the Board each quarter.", "management-informed"],
];

/** [class, paragraph, element it must still find] - guards. */
const STILL: ClassCase[] = [
  ["tracking until remediated (already read)", "Our Chief Information Security Officer tracks each finding until it is remediated.", "management-informed"],
  ["management reviewing the results of an exercise (already read)", "Senior management reviews the results of our annual tabletop exercise.", "management-informed"],
  ["the results reviewed in the passive (already read)", "The results of each penetration test are reviewed by our Chief Information Officer.", "management-informed"],
];

checkClasses("round 50: management informed by following remediation to its end and by receiving results (acc50-mgmt)", { notAnyMore: STILL_NOT, nowFound: NOW_FOUND, still: STILL });
