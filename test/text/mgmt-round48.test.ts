// Round 48 (acc48-mgmt, issue 10): management-role and -positions false detections by structure, read on the paraphrase
// split after C31 / C32 were applied to round 47's leftovers, and on round46.sealed (released). docs/accuracy.md "Round 48 -
// C31's remaining items; management errors that carry over (acc48-mgmt)". Fictional sentences, none of them in a
// paraphrase batch. At base 298c104a every case of NOT_ANY_MORE and NOW_FOUND fails; the guards pass at base and after.
import { checkClasses, type ClassCase } from "./precision-classes.js";

/** [class, paragraph, element it must no longer find] - found at base. */
const NOT_ANY_MORE: ClassCase[] = [
  // Class B (C1): an enterprise risk program, process or register whose position's remit is enterprise risk, told as the
  // antecedent of a relative clause or the subject of a passive (rules/lexicons/sentence-management-other-remit.json).
  [
    "B: the ERM program as the antecedent of an object relative (which our CRO administers)",
    "Risks from cybersecurity threats are among the hazards covered by our enterprise risk management program, which our Chief Risk Officer administers for the whole group.",
    "management-positions",
  ],
  [
    "B: the same, for management-role",
    "Risks from cybersecurity threats are among the hazards covered by our enterprise risk management program, which our Chief Risk Officer administers for the whole group.",
    "management-role",
  ],
  [
    "B: a register that a position maintains",
    "Ransomware appears as a line of the corporate risk register that our Chief Risk Officer maintains for the Executive Committee.",
    "management-positions",
  ],
  [
    "B: a passive participle with a position as agent",
    "Data breaches are scored in the company-wide risk assessment overseen by the Chief Financial Officer, using the same five-point scale as product recalls.",
    "management-role",
  ],
  [
    "B: an ERM process set off by commas, led by a position",
    "Our ERM process, led by the Vice President of Finance, places cyberattacks among the eight principal risks we report each year.",
    "management-positions",
  ],
  // Class A' (C31): round 47's reading of a wider-remit body that only reviews, read past an "IT" committee (the shapes
  // spell "IT" out as "information technology", and "information" marked a cyber-specific body) and a five-word name
  // (rules/lexicons/sentence-management-body-told.json).
  [
    "A': an IT steering committee named by its members that only reviews",
    "Our IT Steering Committee, which includes the Chief Operating Officer and the Controller, reviews cyber threats to our stores every other month.",
    "management-positions",
  ],
  [
    "A': a wider-remit committee named in five words that only reviews",
    "The Group's Enterprise Risk Management Committee, which includes our Chief Executive Officer and General Counsel, reviews cyber risk twice a year.",
    "management-role",
  ],
];

/** [class, paragraph, element it must now find] - missed at base. */
const NOW_FOUND: ClassCase[] = [
  // Class M (C1): a pronoun subject in a later clause of the same sentence - after a semicolon or ", and" - stands for the
  // title named before it, as it already did after a full stop (rules/lexicons/element-management-positions.json).
  [
    "M: a pronoun after a semicolon",
    "Our Vice President of Information Technology came to us from a regional hospital group in 2020; she is accountable for the security of our clinics' systems.",
    "management-positions",
  ],
  [
    "M: a pronoun after ', and'",
    "In 2024 we appointed a Director of Information Security for our foundries, and she leads the security program there.",
    "management-positions",
  ],
];

/** [class, paragraph, element it must still find] - guards. */
const STILL: ClassCase[] = [
  [
    "a CRO who leads the ERM program and is responsible for cyber risk",
    "Our Chief Risk Officer, who also runs the enterprise risk program, is responsible for assessing and managing risks from cybersecurity threats.",
    "management-positions",
  ],
  [
    "an ERM program and a CISO who leads the cyber assessment in the same sentence",
    "Cybersecurity is one of the risks in our enterprise risk program, and our Chief Information Security Officer leads the assessment of those risks every year.",
    "management-positions",
  ],
  [
    "an ERM program a CRO administers, then a CISO given the program in the next sentence",
    "Cyber risk is part of the enterprise risk program, which our Chief Risk Officer administers. Our Chief Information Security Officer leads the information security program.",
    "management-role",
  ],
  [
    "an ERM program a position administers, under which a committee of officers evaluates cyber risk (C31: the committee assesses; realistic set 4's shape)",
    "Our cybersecurity risks are assessed within our enterprise risk program, which is administered by our Vice President of Risk, and under which cybersecurity is evaluated each year by a committee of our senior officers.",
    "management-positions",
  ],
  [
    "an IT steering committee that approves the security roadmap (C31: approves)",
    "Our IT Steering Committee approves the security roadmap and reviews cybersecurity risks every month.",
    "management-positions",
  ],
  [
    "an information security steering committee that reviews (cyber-remit body, the round-47 ruling)",
    "Our Information Security Steering Committee reviews the security metrics every month.",
    "management-positions",
  ],
];

checkClasses("round 48: management errors that carry over (acc48-mgmt)", { notAnyMore: NOT_ANY_MORE, nowFound: NOW_FOUND, still: STILL });
