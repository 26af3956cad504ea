// Round 51 (acc51-mgmt, issue 10): what a manager does. Management-role / -positions / -informed misses classified by the
// verb a named position (or a management body) governs, read on the paraphrase split and on round51.acc51-mgmt.json (batch
// A); measured on batch B (round51.acc51-mgmt.b.json), never read for errors. docs/accuracy.md "Round 51 - what a manager
// does: the management elements measured on a batch not tuned on (acc51-mgmt)". Fictional sentences, none of them in a
// paraphrase batch. At base 9bf6e7e6 every case of NOW_FOUND fails; the guards pass at base and after.
import { checkClasses, type ClassCase } from "./precision-classes.js";

/** [class, paragraph, element it must now find] - missed at base. */
const NOW_FOUND: ClassCase[] = [
  // Class DECIDE-WHETHER-TO (C23, C32: deciding whether to accept a risk or take systems offline directs the response; deciding
  // whether an incident is material, or whether to disclose it, is escalation only): in element-management-positions.json's
  // near group 0, "decide* whether" no longer blocks "decide"; "decide* whether a / an / the / it" and "whether to disclose /
  // publish" do, and so do "whether to convene / open / activate / invoke" (the split labels those escalation, not a role: 5
  // of 6).
  ["DECIDE-WHETHER-TO: accept the residual risk", "The Chief Technology Officer decides whether to accept the residual risk of each unpatched server.", "management-positions"],
  ["DECIDE-WHETHER-TO: shut down the affected systems", "Our Director of IT decides whether to shut down the affected systems when ransomware is detected.", "management-positions"],
  // Class RATE (C34: a position that rates the cybersecurity risks assesses them): "rate* the / each / every" in the same group;
  // not "to rate the" (working with the ERM team) nor "rate* each risk" (the enterprise exercise's machinery,
  // C29 and the round-51 ruling), nor the noun ("patching rates").
  ["RATE: a director rates each cyber risk", "Our Director of Plant Automation rates each cybersecurity risk to our kilns for likelihood and impact every spring.", "management-positions"],
  ["RATE: an officer rates every new service", "The Chief Digital Officer rates every new cloud service for security risk before it is adopted.", "management-positions"],
  // Class READ (C8: a manager's own reading of reports and alerts is how management is informed): "read" among the receiving
  // verbs of element-management-informed.json's near group 0 (its object group unchanged: reports, alerts, incidents ...).
  ["READ: an officer reads every incident report", "Our Chief Operating Officer reads every incident report the security operations center files.", "management-informed"],
  ["READ: a director reads the weekly vulnerability report", "The Director of Finance Systems reads the weekly vulnerability report from our scanning tool.", "management-informed"],
];

// Taken out (docs/accuracy.md, the round-51 acc51-mgmt section: they moved A and the split only, no batch not tuned on;
// "summar*" also added a false detection on round49.sealed). Kept here for a later round to try again - each passed with its
// reading and failed at base:
//   APPROVE ("approve" among the position's verbs):
//     "Our Head of Digital Operations approves, in writing, any exception to our password standard." (positions)
//     "The Vice President of Store Technology approves every new payment application before it is connected to our network." (positions)
//   PRIORITIZE ("prioritiz*", "prioritis*"):
//     "Our Head of Network Engineering prioritizes the remediation of each vulnerability our scanners find." (positions)
//     "The Vice President of Clinical Systems prioritises security patches for the devices in our operating rooms." (positions)
//   SUMMARY ("summar*" among what a manager receives):
//     "Our Director of Information Technology reads the weekly summary of blocked intrusions that our firewall vendor prepares." (informed)
//     "Our Chief Executive Officer reads a one-page summary of the week's blocked intrusions every Monday." (informed)
// Left, found at base and after (not this round's): a manager who reviews, receives or now reads a report that is not
// cybersecurity's ("Our Chief Executive Officer reviews the annual sustainability report before it is published") is read
// as informed, the paragraph being judged as one of an Item 1C draft.

/** [class, paragraph, element it must still not find] - guards (not found at base either). */
const STILL_NOT: ClassCase[] = [
  ["APPROVE guard: a budget that is not security's", "Our Chief Financial Officer approves the annual capital budget.", "management-positions"],
  ["APPROVE guard: press releases", "Our Chief Marketing Officer approves every press release before it is issued.", "management-positions"],
  ["DECIDE guard: whether to disclose (C32)", "Our General Counsel decides whether to disclose a cybersecurity incident on Form 8-K.", "management-positions"],
  ["DECIDE guard: whether to disclose, no role either (C32)", "Our General Counsel decides whether to disclose a cybersecurity incident on Form 8-K.", "management-role"],
  ["DECIDE guard: whether an incident is material (C32)", "Our Chief Financial Officer decides whether a cybersecurity incident is material.", "management-positions"],
  ["DECIDE guard: whether to convene the team", "Confirmed incidents are escalated to our Chief Information Officer, who decides whether to convene the incident response team.", "management-positions"],
  ["DECIDE guard: whether to publish", "Our Investor Relations Officer decides whether to publish a press release about a cybersecurity incident.", "management-positions"],
  ["RATE guard: incidents rated high", "Our Chief Information Security Officer reports incidents rated high or critical to the Audit Committee.", "management-positions"],
  ["RATE guard: the ERM committee rates each risk (C29)", "Our Enterprise Risk Committee, made up of our Chief Financial Officer and General Counsel, rates each risk in the enterprise register twice a year, cybersecurity among them.", "management-positions"],
  ["RATE guard: the noun", "Our Chief Information Security Officer sends the Operating Committee a scorecard of patching rates and phishing click rates.", "management-positions"],
  ["PRIORITIZE guard: not security", "Our Chief Operating Officer prioritizes capital projects at our mills.", "management-positions"],
  ["SUMMARY guard: a board committee's summary", "The Audit Committee receives a quarterly summary of cybersecurity incidents.", "management-informed"],
  ["SUMMARY guard: a summary of sales", "Our Chief Financial Officer reviews the monthly summary of sales by region.", "management-informed"],
  ["SUMMARY guard: the officer writes the summary for the board", "Our Chief Information Security Officer prepares a summary of incidents for the Audit Committee each quarter.", "management-informed"],
  ["READ guard: a board committee reads", "The Audit Committee reads the CISO's quarterly report on cybersecurity.", "management-informed"],
  ["READ guard: an officer reads a statement to the board", "Our CISO reads a statement on cybersecurity to the Board at each meeting.", "management-informed"],
];

/** [class, paragraph, element it must still find] - guards. */
const STILL: ClassCase[] = [
  ["APPROVE (already read): approves each remote-access request", "Our Director of Network Services approves each request for remote access to the plant network.", "management-positions"],
  ["SUMMARY (already read): receives a monthly summary", "The Vice President of Finance receives a monthly summary of the quarantined phishing e-mails.", "management-informed"],
];

checkClasses("round 51: what a manager does - decides whether to act, rates the risks, reads the reports (acc51-mgmt)", { notAnyMore: STILL_NOT, nowFound: NOW_FOUND, still: STILL });
