// Round 41 (acc41-misses, issue 10): misses read by structure (docs/accuracy.md "Round 41 - misses by reading").
// M2: a two-tier company's "Management Board" / "Executive Board" is management (src/text/two-tier.ts tags the name's head
// "Board" @management, as a management committee's head is tagged), and a "Supervisory Board" opening a sentence is the board
// (sentence-board-subject). Fictional sentences, none of them in a paraphrase batch. At base 59b3503f every case of NOW_FOUND and
// NOT_ANY_MORE fails; the guards pass at base and must not change.
// C25's object relative: a named position as the subject of a relative clause on a security activity ("the plan, which our
// Head of IT maintains and tests"; element-management-positions, read for management-role too) - same base, same rule.
import { checkClasses, type ClassCase } from "./precision-classes.js";

/** [class, paragraph, element it must now find] — missed at base. */
const NOW_FOUND: ClassCase[] = [
  [
    "a Management Board that approves the security policy",
    "Each year the Management Board approves the Group's information security policy and decides which residual cyber risks are accepted.",
    "management-role",
  ],
  [
    "an Executive Board that sets the security budget",
    "The Executive Board of Brinkhoven N.V. sets the annual cybersecurity budget and approves the security roadmap proposed by the Group CISO.",
    "management-role",
  ],
  [
    "a Group Executive Board (the name's last two words) that assesses the risk",
    "Our Group Executive Board assesses cyber risk every six months as part of its review of the Group's principal risks.",
    "management-role",
  ],
];

/** [class, paragraph, element it must not find] — found at base. */
const NOT_ANY_MORE: ClassCase[] = [
  [
    "a Supervisory Board's supervision of the Management Board's handling is no management role (C12)",
    "Our Supervisory Board supervises the Management Board's handling of information security risks, assisted by its Audit Committee.",
    "management-role",
  ],
  [
    "'Supervisory' in the body's name is not the verb 'supervise'",
    "Twice a year the Executive Board reports to the Supervisory Board on the Group's cybersecurity position and on any significant incident.",
    "management-role",
  ],
];

/** [class, paragraph, element it must still find] — guards. */
const STILL: ClassCase[] = [
  ["the Supervisory Board still oversees", "The Supervisory Board oversees the Group's cybersecurity risk through its Audit Committee.", "board-oversight"],
  ["a report to the Supervisory Board still informs the board", "Twice a year the Executive Board reports to the Supervisory Board on the Group's cybersecurity position and on any significant incident.", "reports-to-board"],
  ["a management committee still a role", "Our Executive Committee approves the Group's information security policy each year.", "management-role"],
];

checkClasses("round 41: two-tier management bodies", { notAnyMore: NOT_ANY_MORE, nowFound: NOW_FOUND, still: STILL });

/** [class, paragraph, element it must not find] — traps that pass at base and must still pass. */
const TRAPS: ClassCase[] = [
  ["a Management Board's general duties, no cyber word", "The Management Board is responsible for the day-to-day running of the Company and its subsidiaries.", "management-role"],
  ["a Supervisory Board that only adopts the accounts", "The Supervisory Board adopts the annual accounts prepared by the Management Board.", "management-role"],
];

/** C25's object relative: [class, paragraph, element it must now find] — missed at base. */
const OBJECT_RELATIVE: ClassCase[] = [
  [
    "the training that a named position designs",
    "The security awareness training that our Information Security Manager designs is taken by every employee each year.",
    "management-role",
  ],
  [
    "the scans that a named position runs",
    "The vulnerability scans that our Network Manager runs each week cover every server in our two data centers.",
    "management-role",
  ],
];

/** [class, paragraph, element it must not find] — the same shape on an activity that is not cybersecurity. */
const OBJECT_RELATIVE_TRAPS: ClassCase[] = [
  [
    "a named position's training on another subject",
    "Our harassment-prevention training, which our Human Resources Manager runs each spring, is mandatory for every supervisor.",
    "management-positions",
  ],
  ["a team, not a position", "The vendor reviews that our purchasing team performs each year cover pricing and delivery times only.", "management-positions"],
];

checkClasses("round 41: a position in an object relative clause (C25)", { notAnyMore: OBJECT_RELATIVE_TRAPS, nowFound: OBJECT_RELATIVE, still: [] });

checkClasses("round 41: two-tier traps", { notAnyMore: TRAPS, nowFound: [], still: [] });
