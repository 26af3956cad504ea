// Round 47 (acc47-mgmt, issue 10): C31 (labels README, adopted this round) - a management body with a wider remit than
// cybersecurity (an enterprise risk, executive, operating or resilience committee), a leadership or management team, or
// management, that only reviews, monitors, tracks or receives cybersecurity risks or reports is management-informed and by
// that alone not management-role or management-positions; it is both where it also approves, sets, assesses, assigns,
// decides or is responsible (C12, C23). Read as told by rules/lexicons/sentence-management-body-told.json's round-47
// pattern (an `except` of both elements). docs/accuracy.md "Round 47 - C31 and C32 applied; management false detections by
// structure (acc47-mgmt)". Fictional sentences, none of them in a paraphrase batch. At base 98c4c0b5 every case of
// NOT_ANY_MORE fails (the engine found the element); the guards pass at base and after.
import { checkClasses, type ClassCase } from "./precision-classes.js";

/** [class, paragraph, element it must no longer find] - found at base. */
const NOT_ANY_MORE: ClassCase[] = [
  [
    "an enterprise risk body named by its members that only reviews a dashboard",
    "Our Enterprise Risk Council, made up of the Chief Executive Officer and his direct reports, reviews the cybersecurity risk dashboard every quarter.",
    "management-positions",
  ],
  [
    "an operating committee named by its members that only reviews the risk profile",
    "Our Group Operating Committee, which consists of our senior officers, reviews the cyber risk profile every month.",
    "management-positions",
  ],
  [
    "cyber among the risks a committee named by its chair monitors (a relative clause)",
    "Cybersecurity is one of the risks that our Enterprise Risk Committee, a management committee chaired by our Chief Financial Officer, monitors each quarter.",
    "management-positions",
  ],
  [
    "an officer chairing a wider-remit committee that only reviews",
    "Our Chief Operating Officer chairs the Business Resilience Committee, which reviews cyber threats with the heads of our plants every month.",
    "management-positions",
  ],
  [
    "members of a leadership team that meet to review risks and incidents",
    "Members of our senior leadership team, including our Chief Executive Officer and General Counsel, meet each month to review cybersecurity risks and incidents.",
    "management-role",
  ],
];

/** [class, paragraph, element it must still find] - guards. */
const STILL: ClassCase[] = [
  [
    "a wider-remit committee that reviews and approves the remediation plan",
    "Our Enterprise Risk Committee, a management committee chaired by our Chief Financial Officer, reviews the cybersecurity risk assessment and approves the remediation plan.",
    "management-positions",
  ],
  [
    "a committee responsible for managing the risk that also reviews threats",
    "Our Cyber Risk Committee, chaired by our Chief Information Security Officer, is responsible for managing cybersecurity risk and reviews the threat landscape each month.",
    "management-positions",
  ],
  [
    "a committee that reviews test results and sets remediation priorities (C23 directing)",
    "The Technology Risk Committee, made up of our Chief Operating Officer and Chief Information Officer, reviews the results of each penetration test and sets the priorities for remediation.",
    "management-role",
  ],
  [
    "a wider-remit committee that assesses the risk and reviews indicators (C31: assesses)",
    "Our Risk Committee, a management committee chaired by the Chief Risk Officer, assesses cybersecurity risk each quarter and reviews the key risk indicators.",
    "management-positions",
  ],
  [
    "the told body is still informed",
    "Our Enterprise Risk Council, made up of the Chief Executive Officer and his direct reports, reviews the cybersecurity risk dashboard every quarter.",
    "management-informed",
  ],
  [
    "a position that leads the program and reports to a committee that reviews it",
    "Our Chief Information Security Officer leads our security program and presents a quarterly report to the Executive Committee, which reviews it.",
    "management-positions",
  ],
];

checkClasses("round 47: a wider-remit management body that only reviews is told (C31)", { notAnyMore: NOT_ANY_MORE, nowFound: [], still: STILL });
