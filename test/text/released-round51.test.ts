// Round 51 (acc51-released, issue 10): four classes read from round49.sealed's processes misses (released at the round's
// start) and the paraphrase split's processes misses (docs/accuracy.md "Round 51 - round49.sealed's errors, by class,
// measured on a batch not tuned on (acc51-released)"):
// - LEVELS: each incident, event or alert placed, put, assigned or sorted into one of the levels, tiers or categories: the
//   "severity assessment" and "triage" of C7 and C17 (processes); a severity named only as a notification's condition is not.
// - DRILL: a rehearsal, a drill run or held, or a practice of the response to ransomware, an intrusion, downtime or an outage:
//   C7's "testing the plan" (processes); practising law or medicine, and a drilling rig, are not.
// - PRIORITY-FIX: findings prioritized for remediation or patching: managing the risk (processes).
// - RISK-ACCEPT: deciding or approving whether to accept a security risk or a vulnerability: a risk-acceptance control (C27);
//   the board's appetite ("how much risk ... to accept") and a risk that is not cybersecurity are not.
// - CONCLUDE: a named body or officer that concludes that an incident is (not) material: who decides materiality (C32,
//   incident-escalation), as "determines" is; "we" or the company concluding names no one (C18).
// Fictional sentences written before the reading, none of them in a paraphrase batch. NOW_FOUND cases fail at base 9bf6e7e6
// (run with the base's rules/lexicons/element-processes.json put back); the guards pass at base and must not change.
import { checkClasses, type ClassCase } from "./precision-classes.js";

// Taken out (ACCURACY-COMMON.md's rule): the five readings moved batch A, round49.sealed (tuned on) and the split only -
// batch B 38/2/5 and held-out 557/38/52 (veto off 558/45/51) did not move - so the lexicons are the base's again. The
// variants that failed at base and passed with the readings are kept here for a later round; the guards stay live.
// /** [class, paragraph, element it must now find] — missed at base. */
// const NOW_FOUND: ClassCase[] = [
//   ["LEVELS: analysts sort every alert into one of three tiers", "Our security analysts sort every alert into one of three tiers, and the tier sets how fast the on-call engineer must respond.", "processes"],
//   ["LEVELS: a duty officer assigns each incident to a priority level", "The duty officer assigns each confirmed incident to one of five priority levels.", "processes"],
//   ["DRILL: a drill run with the system offline after a simulated attack", "Twice a year the hotel managers run a drill in which the front desk checks guests in on paper while the reservation system is offline after a simulated ransomware attack.", "processes"],
//   ["DRILL: supervisors practise downtime procedures for an intrusion", "The nursing supervisors practise the downtime procedures they would use if the charting system were taken offline by an intrusion.", "processes"],
//   ["PRIORITY-FIX: flaws prioritized for remediation, passive", "Flaws found in our scans are prioritized for remediation according to the data each server holds.", "processes"],
//   ["RISK-ACCEPT: a council approves each request to accept a cybersecurity risk", "Our Technology Council approves each request to accept a cybersecurity risk that cannot be fixed within sixty days.", "processes"],
//   ["RISK-ACCEPT: a decision to accept a cyber risk, made by an officer", "Any decision to accept a cyber risk beyond ninety days is made by our Chief Operating Officer.", "processes"],
//   ["CONCLUDE: a board of managers concluded that an attack was not material", "Our Incident Review Board concluded that the ransomware attack on the Dayton plant was not material.", "incident-escalation"],
//   ["CONCLUDE: officers conclude whether a confirmed breach is material", "After each confirmed breach, our Chief Financial Officer and General Counsel conclude whether it is material.", "incident-escalation"],
// ];

/** [class, paragraph, element it must not find] — guards: not found at base either, and must stay so. */
const GUARDS_NOT: ClassCase[] = [
  ["guard, fire drills (not cybersecurity)", "We run fire drills at each warehouse twice a year.", "processes"],
  ["guard, drilling crews", "Our drilling crews follow the safety procedures set by the state regulator.", "processes"],
  ["guard, offshore drills that a cyberattack could disrupt", "Our offshore drills could be disrupted by a cyberattack on their control systems.", "processes"],
  ["guard, practising law in a biography", "Our General Counsel practised law for twelve years before joining us and advises on cybersecurity matters.", "processes"],
  ["guard, practiced in a firm's cyber group (a biography)", "Our Chief Information Officer previously practiced in a consulting firm's cybersecurity group.", "processes"],
  ["guard, prioritizing customer service", "We prioritize customer service in every store.", "processes"],
  ["guard, the board's risk appetite", "The Board decides how much risk the Company is willing to accept in pursuing its strategy.", "processes"],
  ["guard, accepting cards", "We accept credit and debit cards at all of our stores.", "processes"],
  ["guard, accepting a risk that is not cybersecurity", "The Chief Operating Officer decides whether to accept the risk of a late delivery from a new supplier.", "processes"],
  ["guard, CONCLUDE: we concluded (no one named, C18)", "We concluded that the incident was not material.", "incident-escalation"],
  ["guard, CONCLUDE: an investigation's finding", "The forensic investigation concluded that no material data had been taken.", "incident-escalation"],
  ["guard, support tickets sorted by severity", "Our customers' service tickets are sorted by severity and answered within one business day.", "processes"],
];

checkClasses("round 51: LEVELS, DRILL, PRIORITY-FIX, RISK-ACCEPT and CONCLUDE (C7, C17, C27, C32)", { notAnyMore: GUARDS_NOT, nowFound: [], still: [] });
