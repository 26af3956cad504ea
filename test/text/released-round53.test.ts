// Round 53 (acc53-released, issue 10): classes read from round51.sealed's errors (released at the round's start), batch A and
// the paraphrase split's misses in this helper's elements (docs/accuracy.md "Round 53 - round51.sealed's errors, by class,
// measured on a batch not tuned on (acc53-released)"):
// - STEWARDS: a named position that stewards the program or its security, or has its stewardship (C1: responsibility for
//   cybersecurity or a principal part of it, given by a verb of ownership, as "owns the" and "runs our" already are).
//   Not "steer*" (it matched every "Steering Committee" in the split: 5 false detections), not "looks after" (a CFO who looks
//   after the treasury was read as responsible).
// - CHECK-BY-POSITION: a control check whose agent is a named position ("a quarterly review of every user account by our IT
//   Manager", round51.sealed #9; C25: a named position that does a cybersecurity activity itself); not a review of reports,
//   results or findings (C8: being informed), nor a materiality assessment (C32).
// - EXCEPTION-DECIDED: a body or position that decides, approves, grants, refuses or rules on exceptions to or waivers of the
//   security policies (C27: a policy-exception process is a control, processes; round51.sealed #2 "rules on every request for
//   an exception"); not "with the exception of", not credit exceptions (no cyber topic).
// Fictional sentences written before the reading, none of them in a paraphrase batch. The guards pass at base f625ac4c and
// must not change (a later round that tries these readings again keeps them).
import { checkClasses, type ClassCase } from "./precision-classes.js";

// The three readings were taken out (docs/accuracy.md, this round's acc53-released section): they moved batch A (49 / 1 / 16
// -> 51 / 1 / 14) and round51.sealed in the words they were read from (115 / 3 / 24 -> 118 / 3 / 21), but not B (37 / 3 / 15
// both times) nor held-out (557 / 38 / 52 both times). Their variants, which failed at base f625ac4c and passed with them, are
// kept here for a later round:
//   ["STEWARDS: a director stewards the security of line controllers", "Our Director of Kiln Automation stewards the security of the controllers on our firing lines.", "management-positions"],
//   ["STEWARDS: a vice president stewards our program (role follows)", "The Vice President of Engineering stewards our cybersecurity program and approves its annual plan.", "management-role"],
//   ["STEWARDS: a head stewards its security program", "Within management, our Head of Infrastructure stewards its information security program day to day.", "management-positions"],
//   ["STEWARDS: stewardship of the program given to a director", "The Director of Technology has stewardship of our information security program.", "management-positions"],
//   ["CHECK-BY-POSITION: a monthly review of administrator accounts by a director", "Our controls include multi-factor sign-in, encrypted laptops and a monthly review of administrator accounts by our Director of Information Technology.", "management-positions"],
//   ["CHECK-BY-POSITION: a yearly test of the backups by the IT manager (role follows)", "We keep copies of our files offline, and a yearly test of those copies by the IT Manager shows that they can be restored.", "management-role"],
//   ["CHECK-BY-POSITION: an inspection of firewall rules by a controller", "Firewall rules are changed only with approval and are subject to a quarterly inspection of every rule by our Controller.", "management-positions"],
//   ["EXCEPTION-DECIDED: a forum rules on exception requests", "Our Security Forum rules on each request for an exception to our security policies.", "processes"],
//   ["EXCEPTION-DECIDED: waivers of the security standards approved", "Our Security Council, a management body, approves each waiver of our security standards.", "processes"],
//   ["EXCEPTION-DECIDED: the verb after its object", "Exceptions to our security standards are granted only by the Chief Information Officer, for at most ninety days.", "processes"],

/** [class, paragraph, element it must not find] — guards: not found at base either, and must stay so. */
const GUARDS_NOT: ClassCase[] = [
  ["guard, STEWARDS: a marketing officer stewards the brand", "Our Chief Marketing Officer stewards the brand.", "management-positions"],
  ["guard, STEWARDS: a trusted steward of customers' data (no position)", "We aim to be a trusted steward of the data our customers share with us.", "management-positions"],
  ["guard, steer* left out: a steering committee that only receives reports", "Our Technology Steering Committee, chaired by our Chief Financial Officer, receives the monthly security report.", "management-positions"],
  ["guard, CHECK-BY-POSITION: a review of the results by the CIO (C8)", "The results of each penetration test are the subject of a review of the findings by our Chief Information Officer.", "management-positions"],
  ["guard, CHECK-BY-POSITION: a review of the financial statements by the CFO (not cyber)", "Our quarterly results undergo a review of the financial statements by our Chief Financial Officer.", "management-positions"],
  ["guard, EXCEPTION-DECIDED: credit exceptions (no cyber topic)", "Our loan officers escalate credit exceptions to the Credit Committee, which approves or declines them.", "processes"],
  ["guard, EXCEPTION-DECIDED: with the exception of (a bare hosting statement)", "With the exception of our payroll system, all of our applications are hosted by a cloud provider.", "processes"],
  ["guard, CHECK-BY-POSITION: an audit by an outside firm (no position)", "Our controls are subject to an annual audit of every system by an outside firm.", "management-positions"],
];

checkClasses("round 53: guards of STEWARDS, CHECK-BY-POSITION (106(c)(2)(i), C1, C25; C8's boundary) and EXCEPTION-DECIDED (106(b)(1), C27), readings taken out", { notAnyMore: GUARDS_NOT, nowFound: [], still: [] });
