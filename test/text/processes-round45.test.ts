// Round 45 (acc45-processes, issue 10): the processes element's errors, by structure (docs/accuracy.md, "Round 45 - the
// processes element's errors, by structure").
// (a) a check and what it is for: a verb of checking whose purpose phrase names security ("we audit each packer for information
//     security", "check the terminals for tampering", "monitor those links for suspicious activity", "against our security
//     standards") - one pattern in rules/lexicons/element-processes.json;
// (b) who does it: "the company doing it" (we / our team, staff, engineers + a verb + a security object) given the checking verbs
//     check, inspect, examine, reassess, vet and the objects perimeter, connections, devices, terminals, "each of them";
// (c) the false side: a passive or "we" in what sets a notice off or ends it ("If we identify a potential incident, the CFO is
//     notified", "… briefed whenever an incident is rated critical", "… receives updates until it is contained") is the notice's
//     condition, not a process (C17) - src/text/requirement-map.ts, `told`, conditionOf / agentless;
// (d) the passive reading of element-processes given "each of them" as its subject ("Each of them is reviewed by our security
//     team before its contract is renewed");
// (e) what a party named by its function does (rules/lexicons/clause-process-doing.json): analyzes, collects, hunts, handles,
//     handled by, staffed - "our security operations center analyzes every alert" states the work, not only who.
// Fictional sentences in words of their own, none in a paraphrase batch. At base 205627c4 every NOT_ANY_MORE and NOW_FOUND case
// fails (run with the rule and source changes taken out); the guards (STILL) pass at base and after.
import { describe, expect, it } from "vitest";
import { checkClasses, type ClassCase } from "./precision-classes.js";
import { paragraphElements as elements } from "../helpers.js";

/** [class, paragraph, element it must NOT find] - each found at base. */
const NOT_ANY_MORE: ClassCase[] = [
  ["(c) a passive trigger opening a notice", "When a security incident is detected at a store, the regional IT lead must telephone the Chief Operating Officer.", "processes"],
  ["(c) 'we' in an opening trigger", "If we identify a possible incident affecting customer accounts, our Treasurer and our General Counsel are notified.", "processes"],
  ["(c) a trailing 'whenever' with a passive", "The chair of our Risk Committee is briefed by the Chief Information Officer whenever an incident is classified as serious.", "processes"],
  ["(c) a notice that runs 'until' it is contained", "Our Chief Executive Officer is told by our hosting provider of any confirmed breach and receives updates until it is contained.", "processes"],
];

/** [class, paragraph, element it must now find] - each missed at base. */
const NOW_FOUND: ClassCase[] = [
  ["(a) our audit of providers, for information security", "Every payroll bureau we use is audited by our compliance staff for information security before signing.", "processes"],
  ["(a) a check for tampering", "Before a kiosk goes into service, our field staff check its card readers for tampering.", "processes"],
  ["(a) remote links monitored for suspicious activity", "Our dealers connect to our parts catalogue over dedicated links, and we monitor those links for suspicious activity.", "processes"],
  ["(a) a board of engineers reviews designs against our security standards", "Our Design Authority, a panel of senior engineers, reviews every new integration against our security standards before release.", "processes"],
  ["(a) an outside firm that checks for weaknesses", "Each year we hire an outside security company to examine our online banking platform for weaknesses.", "processes"],
  ["(b) our engineers scan the perimeter", "Our two network engineers scan the perimeter of our store network every night and report what they find to the Controller.", "processes"],
  ["(b) our team inspects each of them", "We buy firmware from three chip makers, and our product security team inspects each of them before every contract renewal.", "processes"],
  ["(d) a passive with 'each of them' as its subject", "We depend on four payment processors. Each of them is audited by our risk staff every year.", "processes"],
  ["(e) a party's name with what it does: hunts", "Our security operations centre hunts for intruders in our store network around the clock.", "processes"],
  ["(e) a party's name with what it does: collects", "Our security operations team collects threat reports from our industry group and uses them to tune our alert rules.", "processes"],
  ["(e) a party's name with what it does: handled by", "Suspicious e-mails forwarded by staff are handled by our security operations team.", "processes"],
];

/** [class, paragraph, element it must still find] - guards that pass at base and after. */
const STILL: ClassCase[] = [
  ["(c) a tool that detects, in the trigger: detection work (C19)", "When our intrusion detection system flags suspicious traffic, the duty analyst is paged and the Chief Information Officer is told.", "processes"],
  ["(c) a monitoring tool that detects, in the trigger", "When our monitoring platform detects anomalous logins, the on-call engineer investigates and alerts the Chief Technology Officer.", "processes"],
  ["(c) the work itself after an opening trigger", "When an incident is detected, our response team contains the affected systems, investigates the cause and reports to the Chief Information Officer.", "processes"],
  ["(c) the notice itself is still escalation", "The chair of our Risk Committee is briefed by the Chief Information Officer whenever a breach is classified as serious.", "incident-escalation"],
  ["(a) ours, with an owner's word", "Our security team reviews the access rights of every administrator each quarter.", "processes"],
];

checkClasses("processes, round 45: a check and what it is for, who does it, a notice's condition", { notAnyMore: NOT_ANY_MORE, nowFound: NOW_FOUND, still: STILL });

/** Not every "for" after a verb of checking is a security purpose. */
describe("processes, round 45: the purpose reading's bounds", () => {
  it.each([
    ["the Audit Committee's responsibility", "The Audit Committee has primary responsibility for cybersecurity oversight."],
    ["a credit review", "Our loan officers review each borrower's collateral for adequacy before approval."],
    ["another party's audit of us", "Our largest customer audits our plants for product quality each year."],
    ["(e) a party's name that only reports", "Our security operations center reports to the Chief Information Officer."],
  ])("%s", (_what, paragraph) => {
    expect(elements(paragraph)).not.toContain("processes");
  });
});
