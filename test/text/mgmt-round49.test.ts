// Round 49 (acc49-mgmt, issue 10): management-role and -positions errors by structure, read on the paraphrase split after
// C33 was applied and on round49.acc49-mgmt.json (batch A); measured on batch B (round49.acc49-mgmt.b.json), never read for
// errors. docs/accuracy.md "Round 49 - C33 applied; management errors measured on a batch not tuned on (acc49-mgmt)".
// Fictional sentences, none of them in a paraphrase batch. At base ddf9a5d2 every case of NOW_FOUND and NOT_ANY_MORE fails;
// the guards pass at base and after.
import { checkClasses, type ClassCase } from "./precision-classes.js";

/** [class, paragraph, element it must now find] - missed at base. */
const NOW_FOUND: ClassCase[] = [
  // Class V (C1): the position given the program by a verb or agent phrase the lists lacked - "has charge of",
  // "coordinated by", "falls within the portfolio of", "falls under" (rules/lexicons/element-management-positions.json,
  // element-management-role.json).
  ["V: 'has charge of' the cybersecurity of a principal part", "Our Vice President of Pipeline Controls has charge of the cybersecurity of our compressor stations and meter sites.", "management-positions"],
  ["V: the same, for management-role", "Our Vice President of Pipeline Controls has charge of the cybersecurity of our compressor stations and meter sites.", "management-role"],
  ["V: a passive 'coordinated by' a position", "Information security at Brackwater is coordinated by our Director of Technology.", "management-positions"],
  ["V: 'falls within the portfolio of' a position", "Cybersecurity falls within the portfolio of our Chief Operating Officer.", "management-positions"],
  ["V: 'falls under' a position", "Our information security program falls under our Chief Financial Officer.", "management-role"],
  // Class C32' (C32's own examples): a position that decides whether to act on the risk or the response ("decides whether
  // to accept the risk", "whether to convene the incident response team", "whether to proceed" with a vendor) is given a
  // part of the risk (role; positions for a named position), unlike one that decides whether to disclose, report or
  // notify (one pattern in element-management-role.json; the same pattern for management-positions added a false detection
  // and no true one on the split, so it was not kept).
  ["C32': deciding whether to accept a risk", "The Chief Operating Officer decides whether to accept each risk identified in the annual assessment.", "management-role"],
  ["C32': deciding whether to convene the response team", "The IT Director decides whether to convene the incident response team.", "management-role"],
  ["C32': deciding whether to proceed with a vendor after its review", "Before we engage a new hosting provider, our outside IT firm reviews its SOC 2 report for our Controller, and the Controller decides whether to proceed.", "management-role"],
  // Class H (C1 'heads'): a person who heads a security unit named by its name holds that head's position.
  ["H: 'who heads' a unit named by its name", "Mr. Sato, who heads Corporate IT Security, has worked for us since 2012.", "management-positions"],
  ["H: 'heads' a named unit, then a reporting line", "Ms. Lindqvist heads Group Information Security and reports to the Chief Operating Officer.", "management-positions"],
];

/** [class, paragraph, element it must no longer find] - found at base. */
const NOT_ANY_MORE: ClassCase[] = [
  // Class E (C32): a position whose only remit in the sentence is deciding which outsiders must be notified of an incident
  // - who decides disclosure, not who manages the risk (rules/lexicons/sentence-management-other-remit.json, whose
  // "whether ... must be reported" now also reads "which ... must be notified").
  ["E: deciding which outsiders must be notified", "Our Chief Legal Officer decides which customers and regulators must be notified under the breach notification laws of the provinces where we operate.", "management-positions"],
  ["E: the same, for management-role", "Our Chief Legal Officer decides which customers and regulators must be notified under the breach notification laws of the provinces where we operate.", "management-role"],
  // Class D (C1): the enterprise risk program of a filer named in the possessive ("the Trust's", "the Bank's"), not only
  // "the Company's" or "the Group's", led by a position with no cyber word after it.
  ["D: a filer's possessive before the ERM program", "Our Chief Risk Officer leads the Trust's enterprise risk management program, which covers credit, liquidity and market risk.", "management-positions"],
];

/** [class, paragraph, element it must still not find] - guards (not found at base either). */
const STILL_NOT: ClassCase[] = [
  ["a plural 'the heads of' is no position", "The heads of security and IT attend the meeting of the operations committee.", "management-positions"],
  ["an accounting charge is no responsibility", "Our Chief Financial Officer recorded a charge of $2 million for the incident.", "management-positions"],
  ["heading physical security is another remit", "Our Director of Facilities heads physical security at our plants.", "management-positions"],
  ["a response coordinated by a team is no position", "Our response is coordinated by the incident response team.", "management-positions"],
  ["deciding whether to disclose stays C32's escalation", "The Chief Financial Officer decides whether to disclose the incident.", "management-positions"],
  ["a board member who decides whether to convene the board is no management position", "The lead independent director decides whether to convene a special meeting of the Board.", "management-positions"],
];

/** [class, paragraph, element it must still find] - guards. */
const STILL: ClassCase[] = [
  ["'is in charge of' (already read)", "Our Vice President of Grid Security is in charge of our cybersecurity program.", "management-positions"],
  ["the remit of a position (already read)", "Cyber risk falls within the remit of the Executive Vice President for Operations.", "management-positions"],
  ["deciding which customers are notified while directing the response keeps the role (C32)", "Our General Counsel decides which customers must be notified and directs the response to the incident.", "management-role"],
  ["deciding which systems are taken offline is about the risk itself (C32)", "Our Chief Information Officer decides which systems must be taken offline during an incident.", "management-positions"],
  ["an ERM leader who is also responsible for the cyber program", "Our Chief Risk Officer leads the Company's enterprise risk management program and is responsible for our cybersecurity program.", "management-positions"],
];

checkClasses("round 49: management positions given by a verb the lists lacked (acc49-mgmt)", { notAnyMore: [...NOT_ANY_MORE, ...STILL_NOT], nowFound: NOW_FOUND, still: STILL });
