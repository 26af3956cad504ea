// Round 39 (acc39-precision, issue 10): false detections on untuned text, by class, read from round37.sealed once
// released (docs/accuracy.md "Round 39 - round37.sealed's errors, by class"). Each class is read by data (rules/lexicons,
// rules/requirements) or by a small reader (src/text/denial.ts), never by one sentence's words. Fictional sentences, none
// of them in a paraphrase batch. At base 41c9844a every case of NOT_ANY_MORE and NOW_FOUND fails (6 and 1); the guards pass at base and must not
// change.
import { checkClasses, type ClassCase } from "./precision-classes.js";

/** [class, paragraph, element it must NOT find] — each detected at base. */
const NOT_ANY_MORE: ClassCase[] = [
  // A process denied: the last negation cue before the match still reaches it (processes' deniedReach, denial-reach).
  ["a process not established", "Halden Mills has not established a process to evaluate the security practices of its freight carriers.", "processes"],
  ["activities a small staff does not perform", "Our two-person IT staff does not run vulnerability scans or phishing simulations.", "processes"],
  ["an outside party not retained to test", "We have not hired any outside firm to test or audit our information security controls.", "processes"],
  // The board of directors of a named company is the board, not a "Director of" position.
  ["the board of directors of a named parent", "The Board of Directors of Calloway Marine Holdings oversees risks from cybersecurity threats through its Audit Committee.", "management-positions"],
  ["the board of directors of a general partner, then a participle", "The board of directors of our managing general partner oversees our principal risks, including cybersecurity risk.", "management-positions"],
  // Another subject's paragraph of 35-39 words with no topic word (paragraph-topic, read from 35 words; was 40).
  [
    "an escalation path about weather, 36 words",
    "Our marine operations desk watches the forecasts through each sailing day and, when a gale warning is issued, escalates the decision to cancel crossings to our Chief Operating Officer, who informs the Board of long cancellations.",
    "board-informed",
  ],
];

/** [class, paragraph, element it must still find] — guards: the same vocabulary where it does address the element. */
const STILL: ClassCase[] = [
  ["a denial in a condition, then the activity", "Where a carrier cannot show an independent security audit, our procurement staff review its controls before we sign.", "processes"],
  ["a denial that ends at a colon", "We do not take our providers' word for it: we test their controls ourselves every year.", "processes"],
  ["a denial in a concessive clause", "Although we have not had a significant incident, our IT team restores a sample of backups each month to test them.", "processes"],
  ["'No … until' states a control", "No new application goes into production until our security team has completed a code review and a vulnerability scan.", "processes"],
  ["a Director of a function beside the board", "The Board of Directors oversees cybersecurity risk, and our Director of Information Security is responsible for our security program.", "management-positions"],
];

/** [class, paragraph, element it must now find] — missed at base: the paragraph's only topic words were not topic words. */
const NOW_FOUND: ClassCase[] = [
  [
    "computers and e-mail are topic words",
    "Employees who notice unusual behaviour on their computers or a suspicious e-mail must report it to the service desk, which opens a ticket for each report and routes it to the analyst on duty for review the same day.",
    "processes",
  ],
];

checkClasses("round 39: false detections by class", { notAnyMore: NOT_ANY_MORE, nowFound: NOW_FOUND, still: STILL });
