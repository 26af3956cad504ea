// Round 47 (acc47-processes, issue 10): processes told with no processes word - a condition before the act, a possessive
// object, an object before its quantifier, a passive without an agent (docs/accuracy.md, "Round 47 - processes: conditions,
// possessives and passives").
// One pattern in rules/lexicons/element-processes.json, no list of verbs: access, a password, a login, a badge or a
// credential (a link, firmware) acted on - "a / that / each X's" object whatever the verb, or the object in the passive with
// or without an agent - and then a condition or an occasion (each, every, any, all, before, whenever, until, once, only,
// automatically, as soon as, the moment, the day, the same ...), not in a past or hypothetical (was, were, could, would in
// the next sixty characters); a network or a system "... only after / only once ..."; "before they / it ... (network)
// access, credentials or an account". The object is the security anchor: a device, a laptop, a card or an account alone is
// not (sterilised, cleaned, scanned at a visit, a bank account opened the same day).
// A statement of intent (rules/lexicons/sentence-aims-only.json, a second pattern): a sentence or a clause that is only
// "we intend / plan / expect to ..." (one clause, not "to continue") is a future, not yet an activity (C3; "we plan to" was
// read so already); a clause of the same sentence that states what we do now still counts.
// Fictional sentences in words of their own, none in a paraphrase batch. At base 98c4c0b5 every NOW_FOUND case fails
// (checked with element-processes.json at base) and every "intent:" case of NOT_ANY_MORE is found (checked with
// sentence-aims-only.json at base); the guards (marked) pass at base and after.
import { checkClasses, type ClassCase } from "./precision-classes.js";

/** [class, paragraph, element it must NOT find]: statements of intent found at base, then the reading's bounds (guards). */
const NOT_ANY_MORE: ClassCase[] = [
  ["intent: we intend to, with every X", "We intend to replace the passwords on every ticket kiosk once the new box-office system is live.", "processes"],
  ["intent: we intend to, with a processes word", "We intend to commission a penetration test of our student information system next year.", "processes"],
  ["intent: we expect to, with every X", "We expect to encrypt every laptop issued to our drivers by the end of next year.", "processes"],
  ["intent: we expect to, after a clause of what is not yet done", "Our bus contractors' systems are not yet reviewed, and we expect to adopt a vendor security questionnaire next spring.", "processes"],
  ["guard, bounds: a hypothetical theft of a person's badge", "If a thief obtained a tenant's door badge, the thief could enter the building before anyone noticed.", "processes"],
  ["guard, bounds: an incident's history (C16)", "In May 2025 an employee's e-mail account was taken over before we detected it.", "processes"],
  ["guard, bounds: customers' own act on our product", "Our customers can reset a user's password at any time from their own console.", "processes"],
  ["guard, bounds: a device sterilised, not secured", "Each surgical device is sterilized before each use.", "processes"],
  ["guard, bounds: an insurance card scanned", "A patient's insurance card is scanned at each visit.", "processes"],
  ["guard, bounds: loaner laptops cleaned", "Loaner laptops are cleaned and repaired before they are lent again.", "processes"],
  ["guard, bounds: a Disclosure Committee's review before filing", "Our Disclosure Committee reviews each quarterly report before it is filed.", "processes"],
  ["guard, bounds: a parking permit", "A tenant's parking permit is renewed each year before it expires.", "processes"],
  ["guard, bounds: a bank account opened", "Customers' online banking accounts are opened the same day the application is approved.", "processes"],
  ["guard, bounds: gift cards", "Gift cards are activated only after they are paid for.", "processes"],
  ["guard, bounds: a board's review of the policy", "Our Board reviews the information security policy each year before it is reissued to staff.", "processes"],
];

/** [class, paragraph, element it must now find] - each missed at base. */
const NOW_FOUND: ClassCase[] = [
  ["a condition before the act, active", "A visiting researcher's laptop joins the laboratory network only after our IT desk has scanned it.", "processes"],
  ["a condition before the act, passive without an agent", "Remote access to the planetarium's projection system is switched on only once the duty technician has confirmed the booking.", "processes"],
  ["a gate, then the object", "New volunteers sign our acceptable-use rules before they receive network access.", "processes"],
  ["a person's login, our office acting", "Our concierge office revokes a guest lecturer's wireless login the same evening the course ends.", "processes"],
  ["a person's badge, passive, no agent", "A seasonal worker's badge is collected and switched off the day the contract ends.", "processes"],
  ["the object before its quantifier", "Passwords on all of the ticket kiosks are changed each spring by our box-office staff.", "processes"],
  ["a passive, then 'as soon as'", "Library staff passwords are reset as soon as a staff member reports a suspicious e-mail.", "processes"],
];

/** [class, paragraph, element it must still find] - guards that pass at base and after. */
const STILL: ClassCase[] = [
  ["intent: 'expect to continue' is what we do", "We expect to continue testing our backups every month.", "processes"],
  ["intent: 'intend to continue' is what we do", "We intend to continue our annual penetration test of the student information system.", "processes"],
  ["intent: a clause of what we do now keeps it", "We test our backups every month, and we plan to add a yearly recovery exercise in 2027.", "processes"],
  ["a board's review of the policy stays a board's", "Our Board reviews the information security policy each year before it is reissued to staff.", "board-oversight"],
];

checkClasses("processes, round 47: a security object acted on under a condition or an occasion; an intent is no activity", { notAnyMore: NOT_ANY_MORE, nowFound: NOW_FOUND, still: STILL });
