// Round 52 (acc52-released, issue 10): classes read from round50.sealed's errors (released at the round's start), batch A and
// the paraphrase split's errors in this helper's elements (docs/accuracy.md "Round 52 - round50.sealed's errors, by class,
// measured on a batch not tuned on (acc52-released)"):
// - PROVIDER-REPORT-READ: a provider's own assurance report (SOC 1 or 2, an attestation, a certificate, a control or audit
//   report) that the provider gives us or that we obtain, and that we read, review, check or examine: overseeing the
//   provider (106(b)(1)(iii), third-party-oversight; the labels' processes convention: vendor due diligence is an activity;
//   C28's boundary: the vendor's auditor is the vendor's, so not third-party-engaged). Our own SOC report, read by customers
//   or issued to us, and a vendor's auditor examining the vendor, are not.
// - ATTENDS-ANSWERS (tried, taken out: the lexicon budget; see the docs section): a manager who attends, sits in on, holds a standing invitation to or is invited to a board body's
//   meetings and answers its questions or gives an overview there: management reporting to the board (106(c)(2)(iii),
//   reports-to-board, and board-informed by C6), as "attends ... to report" already was; a management committee's meetings
//   and directors who attend a session are not.
// Fictional sentences written before the reading, none of them in a paraphrase batch. NOW_FOUND cases fail at base 13611b7f
// (run with the base's rules/lexicons put back); the guards pass at base and must not change.
import { checkClasses, type ClassCase } from "./precision-classes.js";

/** [class, paragraph, element it must now find] — missed at base. */
const NOW_FOUND: ClassCase[] = [
  ["PROVIDER-REPORT-READ: a hosting company's certificate collected and checked", "We collect the hosting company's ISO 27001 certificate at each renewal and check that its scope still covers the servers we use.", "third-party-oversight"],
  ["PROVIDER-REPORT-READ: a custodian furnishes a SOC 2 report that staff study", "The custodian furnishes a SOC 2 report annually; our operations staff study it and raise any qualified opinion with the custodian.", "third-party-oversight"],
  ["PROVIDER-REPORT-READ: a processor's attestation requested and examined (passive)", "Our card processor's PCI attestation of compliance is requested each year and examined by the finance team.", "third-party-oversight"],
  ["PROVIDER-REPORT-READ: a bureau sends its SOC 1 report, the Controller reads it", "The payroll bureau sends us its SOC 1 Type II report each spring, and our Controller reads it and follows up on any exception.", "third-party-oversight"],
  ["PROVIDER-REPORT-READ: processes too (vendor due diligence is an activity)", "The payroll bureau sends us its SOC 1 Type II report each spring, and our Controller reads it and follows up on any exception.", "processes"],
];

// Variants not found by the reading as kept (cut to the lexicon budget: "hand* us" and the verb-first item went, and
// ATTENDS-ANSWERS was taken out), kept for a later round:
//   ["PROVIDER-REPORT-READ: an administrator hands us its attestation, an analyst goes through it", "Every year the claims administrator hands us the attestation its auditors issue on its controls, and our risk analyst goes through it line by line.", "third-party-oversight"],
//   ["PROVIDER-REPORT-READ: the verb first, the vendor's certificate checked", "Each autumn we check the cloud vendor's ISO 27001 certificate and the scope statement attached to it.", "third-party-oversight"],
//   ["ATTENDS-ANSWERS: a head sits in on every Risk Committee meeting and answers questions", "Our Head of Information Security sits in on every Risk Committee meeting and answers the members' questions on threats and incidents.", "reports-to-board"],
//   ["ATTENDS-ANSWERS: the CIO attends the Audit Committee's meetings and answers questions", "The CIO attends the Audit Committee's quarterly meetings and answers questions about our security program.", "reports-to-board"],
//   ["ATTENDS-ANSWERS: a standing invitation, an overview of threats", "Our CISO holds a standing invitation to the Technology Committee's meetings, at which she gives an overview of current threats.", "reports-to-board"],
//   ["ATTENDS-ANSWERS: invited to each meeting, answers directors' questions (board-informed by C6)", "The Chief Technology Officer is invited to each meeting of the Audit Committee and answers directors' questions on cybersecurity.", "board-informed"],

/** [class, paragraph, element it must not find] — guards: not found at base either, and must stay so. */
const GUARDS_NOT: ClassCase[] = [
  ["guard, our own SOC 2 report issued to customers", "Our SOC 2 report is issued each year by an independent auditor and shared with customers on request.", "third-party-oversight"],
  ["guard, customers read our SOC 2 report", "Customers read our SOC 2 report before they sign.", "third-party-oversight"],
  ["guard, a vendor's own SOC 1 examination by its auditors", "Our payroll provider maintains its own cybersecurity program and undergoes an annual SOC 1 examination by its auditors.", "third-party-oversight"],
  ["guard, a budget report read (no provider, no assurance report)", "The Controller reads the monthly budget report and follows up on any variance with the plant managers.", "third-party-oversight"],
  ["guard, a vendor's invoices reviewed", "The Controller reviews the vendor's invoices each month against the purchase orders.", "third-party-oversight"],
  ["guard, our auditors and a provider's financial statements", "Our auditors review the provider's financial statements each year.", "third-party-oversight"],
  ["guard, ATTENDS-ANSWERS: a management committee's meetings", "Our CISO attends the quarterly meetings of the Operations Committee, a management committee, and answers its questions on cybersecurity.", "reports-to-board"],
  ["guard, ATTENDS-ANSWERS: directors who attend a session and ask questions", "Directors attend an annual education session and ask questions about cybersecurity.", "reports-to-board"],
  ["guard, ATTENDS-ANSWERS: a secretary who answers questions on governance", "Our General Counsel attends board meetings as secretary and answers questions on governance matters.", "reports-to-board"],
];

checkClasses("round 52: PROVIDER-REPORT-READ (106(b)(1)(iii), C28's boundary); ATTENDS-ANSWERS' guards (106(c)(2)(iii), C6)", { notAnyMore: GUARDS_NOT, nowFound: NOW_FOUND, still: [] });
