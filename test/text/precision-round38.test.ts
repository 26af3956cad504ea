// Round 38 (acc38-precision, issue 10): false detections on untuned text, by class, read from round35.sealed and
// round36.sealed once released (docs/accuracy.md "Round 38 - false detections on untuned text, by class"). Each class
// is read by data (rules/lexicons) or by the clause reader (src/text/clauses.ts independentClauses), never by one
// sentence's words. Fictional sentences, none of them in a paraphrase batch. At base 45581a5f every case of NOT_ANY_MORE
// and NOW_FOUND fails (14 and 1); the guards pass at base and must not change.
import { checkClasses, type ClassCase } from "./precision-classes.js";

/** [class, paragraph, element it must NOT find] — each detected at base. */
const NOT_ANY_MORE: ClassCase[] = [
  // The registrant audited by its customers (sentence-third-party-oversight-registrant-vendor).
  ["an aside between the customers and their verb", "Several of our hospital customers, which operate their own security teams, audit our access controls every year.", "processes"],
  ["a passive 'audited by our clients'", "As a benefits administrator for self-insured employers, we are regularly audited by our clients, who review our security controls and our incident response plan.", "processes"],
  ["customers' teams that visit us", "Our clients' vendor risk teams periodically visit our operations centers and send us security questionnaires.", "processes"],
  ["a service provider to banks, which assess us", "We are a service provider to credit unions, which audit our security controls each year.", "processes"],
  ["customers' due diligence on our practices", "Our customers frequently conduct due diligence on our information security practices before signing contracts with us.", "processes"],
  // A remit that names its topic only to deny it (sentence-remit-denied).
  [
    "a board committee whose remit does not extend to security",
    "Our Pharmacy Standards Committee, which is composed of three independent directors and our Chief Pharmacy Officer, oversees dispensing accuracy and the results of our store inspections; its remit does not extend to information security.",
    "board-oversight",
  ],
  [
    "a management body with no role in cybersecurity",
    "Our Fleet Safety Council, a group of senior operations managers chaired by our Chief Operating Officer, oversees driver training and vehicle inspections; it has no role in cybersecurity.",
    "management-role",
  ],
  // Processes denied or not yet in place (sentence-processes-negated).
  ["a review still being designed", "We are developing a vendor security review that our procurement team would apply to each new supplier, and we expect to begin using it next year.", "processes"],
  ["'We may in the future'", "We may in the future implement additional security controls at our smaller sites.", "processes"],
  ["a denial after 'At this time,'", "At this time, we do not evaluate the cybersecurity practices of our suppliers.", "processes"],
  ["'We have not reviewed'", "We have not reviewed the security practices of the software providers on which we depend.", "processes"],
  // The board hearing of something else (sentence-board-informed-not-cyber).
  ["the enterprise's top risks", "Our Chief Risk Officer reports the Company's top risks to the Audit Committee twice a year.", "reports-to-board"],
  ["operational loss events", "The Treasurer reports operational loss events above $500,000 to the Board Risk Committee.", "board-informed"],
  ["an executive session with the auditors", "The Audit Committee meets in executive session with our independent auditors after each quarterly review.", "board-informed"],
];

/** [class, paragraph, element it must still find] — guards: the same vocabulary where it does address the element. */
const STILL: ClassCase[] = [
  [
    "our own vendor review after a semicolon and 'separately,'",
    "Several of our largest customers, which operate clinic networks, audit our security controls each year; separately, our security team reviews the SOC 2 reports of each of our hosting providers before we renew their contracts.",
    "third-party-oversight",
  ],
  ["a firm we engage, named as partners", "Each year we engage Northline Risk Partners, an independent security consultancy, to assess our program against the NIST Cybersecurity Framework.", "third-party-engaged"],
  [
    "a denial followed by who has the topic",
    "Although our Governance Committee reviews how risk oversight is allocated among the committees, it has no responsibility for cybersecurity risk, which the Board has assigned to the Audit Committee.",
    "board-oversight",
  ],
  ["a current control beside a plan", "We test our backups every quarter by restoring a sample of servers.", "processes"],
  ["the CISO reporting on cybersecurity", "Our Chief Information Security Officer reports the Company's top cybersecurity risks to the Audit Committee twice a year.", "reports-to-board"],
];

/** [class, paragraph, element it must now find] — missed at base: the customers' clause excepted the whole sentence. */
const NOW_FOUND: ClassCase[] = [
  ["our own scans after '; in addition,'", "Our clients audit our security controls each year; in addition, we conduct quarterly vulnerability scans of our public websites.", "processes"],
];

checkClasses("round 38: false detections by class", { notAnyMore: NOT_ANY_MORE, nowFound: NOW_FOUND, still: STILL });
