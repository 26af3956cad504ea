// Round 46 (acc46-mgmt, issue 10): management role and positions on registers nobody wrote for (docs/accuracy.md "Round 46 -
// management role and positions on registers nobody wrote for"). Two readings of structure: (1) a management position or
// committee that approves or decides (not "decides whether": the materiality decision, incident escalation) is given the
// responsibility, as one that sets the priorities is (labels README C12, C23, C27; rules/lexicons/element-management-positions.json,
// the opening position's verbs and the first near reading, which also reads "general manager" as a title); (2) a responsibility's security is in its object, not in the
// title: technology, systems, data, network, digital, information and the IT / CTO / CDO / CIO titles no longer keep a
// sentence on the topic by themselves, while the security controls a remit can name (backups, patching, access, firewalls,
// monitoring, passwords, recovery, continuity; not "controls") now do (rules/lexicons/sentence-management-not-cyber.json). Fictional sentences,
// none of them in a paraphrase batch (round46.acc46-mgmt.json holds other wordings). At base 333f6b7c every case of NOW_FOUND
// and NOT_ANY_MORE fails; the guards (STILL, NEVER) pass at base and after.
import { describe, expect, it } from "vitest";
import { paragraphElements as elements } from "../helpers.js";
import { checkClasses, type ClassCase } from "./precision-classes.js";

/** [class, paragraph, element it must now find] — not found at base. */
const NOW_FOUND: ClassCase[] = [
  ["a position that approves requests for access", "Our Head of Infrastructure approves every request for remote access to the plant networks.", "management-positions"],
  ["a position that decides which weaknesses are patched first", "Our Vice President of Operations decides which vulnerabilities are patched first.", "management-positions"],
  ["told first, then approves the restoration plan", "Our IT Director is told of each security incident the provider detects and approves the plan for restoring the affected servers.", "management-positions"],
  ["a remit named by its controls (backups, passwords)", "Our Controller is responsible for our backups and for the passwords of our shared accounts.", "management-positions"],
  ["a General Manager, a cooperative's chief executive", "At the cooperative, our General Manager is accountable for managing cybersecurity risk.", "management-positions"],
  ["the role of one who approves", "Our Head of Infrastructure approves every request for remote access to the plant networks.", "management-role"],
];

/** [class, paragraph, element it must not find any more] — found at base. */
const NOT_ANY_MORE: ClassCase[] = [
  ["a CIO's remit in procurement and facilities", "Our Chief Information Officer also manages our procurement, fleet and facilities departments.", "management-positions"],
  ["a Chief Digital Officer's remit in an app launch", "Our Chief Digital Officer leads the launch of our mobile ordering app and our loyalty rewards.", "management-positions"],
  ["a grid operations officer's remit in reliability", "Our Vice President of Grid Operations is responsible for the reliability of our distribution system.", "management-positions"],
  ["the same remit, for management-role", "Our Vice President of Grid Operations is responsible for the reliability of our distribution system.", "management-role"],
];

/** [class, paragraph, element it must still find] — guards. */
const STILL: ClassCase[] = [
  ["a CIO responsible for the program, as before", "Our Chief Information Officer is responsible for our cybersecurity program.", "management-positions"],
  ["an IT Manager's security controls, as before", "Our IT Manager is responsible for patching our servers and maintaining our firewall.", "management-positions"],
  ["a CISO that sets the priorities, as before", "Our CISO sets the priorities for remediating the findings of each assessment.", "management-positions"],
];

checkClasses("round 46: a position that approves or decides, and a remit's security in its object", { notAnyMore: NOT_ANY_MORE, nowFound: NOW_FOUND, still: STILL });

/** [class, paragraph, element it must not find] — guards on the false side, at base and after. */
const NEVER: ClassCase[] = [
  ["a materiality decision (decides whether: incident escalation)", "Our General Counsel decides whether an incident is material.", "management-positions"],
  ["the board that approves the budget", "Our Board of Directors approves the annual information security budget.", "management-positions"],
  ["a vendor's officer that approves its own changes", "Our hosting provider's Chief Information Security Officer approves every change to its data centres.", "management-positions"],
];

describe("round 46: guards on the false side (materiality, the board, a vendor)", () => {
  it.each(NEVER)("guard: %s", (_what, paragraph, element) => {
    expect(elements(paragraph)).not.toContain(element);
  });
});
