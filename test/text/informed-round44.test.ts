// Round 44 (acc44-informed, issue 10): management-informed in the words filers use (docs/accuracy.md "Round 44 -
// management-informed in the words filers use"). Readings of the clause (src/text/clauses.ts), not phrases: a channel
// verb's object is the one told (page, telephone, call, contact, e-mail, text, walk … through; active and passive); an
// interrogative "who must be informed" tells whom the sentence lists after it; receivers go on past "and then to"; "go
// straight to"; "is alerted to any incident" (the "to" names the topic, not a receiver); the topic reads incident nouns
// (cyberattack, ransomware, malware, phishing) and what affects our systems or networks. Fictional sentences, none of them
// in a paraphrase batch. At base 70f42ae2 every case of NOW_FOUND fails; the traps and guards pass at base and must not
// change.
import { describe, expect, it } from "vitest";
import { findInforming } from "../../src/text/clauses.js";
import { tokenize } from "../../src/text/tokens.js";
import { growthOver4x } from "../helpers.js";
import { checkClasses, type ClassCase } from "./precision-classes.js";

/** [class, paragraph, element it must now find] — missed at base. */
const NOW_FOUND: ClassCase[] = [
  ["A: a page, active, about an alert", "Our on-call analysts page the Director of Technology for any alert our firewall rates as severe.", "management-informed"],
  ["A: a page, passive, about ransomware", "The Vice President of Operations is paged by our monitoring service whenever ransomware activity is seen on a file server.", "management-informed"],
  ["A: a telephone call with a leading condition", "If our payroll system shows signs of an intrusion, the payroll supervisor telephones the Chief Accounting Officer within the hour.", "management-informed"],
  ["A: a contact", "Our plant IT lead contacts the Chief Operating Officer as soon as a cyberattack disrupts a production line.", "management-informed"],
  ["A: an e-mail with the information after the receiver", "The Bank's network administrator e-mails the Chief Operations Officer a note on each phishing message that reached a teller.", "management-informed"],
  ["A: a walk through", "Every month our security engineer walks the Chief Executive Officer through the open vulnerabilities and the incidents of the month.", "management-informed"],
  ["W: who must be notified, the managers listed", "Our cyber incident playbook defines who must be notified of a suspected breach, including the Chief Compliance Officer and the Chief Financial Officer.", "management-informed"],
  ["W: who is to be informed, from … up to", "Our escalation grid specifies who is to be informed at each tier, from the IT Supervisor up to the Managing Director.", "management-informed"],
  ["T: an incident noun as the topic (malware)", "Our systems administrator notifies the Chief Financial Officer of any malware detected on our laptops.", "management-informed"],
  ["T: what affects our networks", "Our network engineers keep the Chief Executive Officer informed of any problems affecting our store networks.", "management-informed"],
  ["R: a receiver after 'and then to'", "Alerts that the help desk cannot close are passed to the systems engineer and then to the Chief Technology Officer.", "management-informed"],
  ["R: 'go straight to'", "Reports of lost laptops go straight to the Chief Information Officer.", "management-informed"],
  ["R: 'is alerted to any incident'", "Our Head of Technology is alerted to any incident that our managed detection provider confirms.", "management-informed"],
];

/** [class, paragraph, element it must not find] — pass at base and must still pass. */
const TRAPS: ClassCase[] = [
  ["A: a page off the topic", "Our pharmacists page the store manager whenever a customer disputes a refund.", "management-informed"],
  ["A: a contact with outsiders after a breach", "After a confirmed breach, our General Counsel contacts the state insurance regulator and our cyber insurer.", "management-informed"],
  ["A: an employee's report to the help desk (C14)", "Employees who receive a suspicious text message contact the service desk, which logs it.", "management-informed"],
  ["A: the board telephoned is the board's (board-informed)", "The chair of our Audit Committee is telephoned the same day about any incident that could be material.", "management-informed"],
  ["W: the ones notified are outsiders (C10)", "Our breach response plan determines who must be notified of a breach of personal data, such as affected patients and state regulators.", "management-informed"],
  ["A: 'called' names, it does not tell", "Our senior managers meet as a group called the Resilience Council.", "management-informed"],
];

/** [class, paragraph, element it must still find] — guards. */
const STILL: ClassCase[] = [
  ["a responsibility is a role", "Our Chief Financial Officer is responsible for our cybersecurity program and for the budget of our IT department.", "management-positions"],
];

checkClasses("round 44: management-informed in the words filers use", { notAnyMore: TRAPS, nowFound: NOW_FOUND, still: STILL });

describe("round 44: the clause reader's new readings", () => {
  const read = (text: string) =>
    findInforming(text, tokenize(text)).map((f) => ({ verb: text.slice(f.verb.start, f.verb.end), receiver: f.receiver && text.slice(f.receiver.start, f.receiver.end) }));
  it("takes a channel verb's object as the one told, in either voice", () => {
    expect(read("Our analysts page the CISO for critical alerts.")).toContainEqual({ verb: "page", receiver: "the CISO" });
    expect(read("The CISO is paged by the SOC for critical alerts.")).toContainEqual({ verb: "paged", receiver: "The CISO" });
  });
  it("reads an interrogative 'who' as the receivers listed after it, and a relative 'who' not", () => {
    expect(read("The plan sets out who must be informed, starting with the CIO.")).toContainEqual({ verb: "informed", receiver: "the CIO" });
    expect(read("The CIO, who must be informed of incidents, starting with the largest, reports to the CEO.").map((f) => f.receiver)).not.toContain("the largest");
  });
  it("goes on past 'and then to' at most four times, and stays linear on a stranger's run of them", async () => {
    expect(read("Alerts are escalated to the analyst and then to the CISO.")).toContainEqual({ verb: "escalated", receiver: "the analyst and then to the CISO" });
    const text = (n: number) => `Alerts are escalated to the analyst${" and then to the manager".repeat(n)}.`;
    const growth = await growthOver4x((n) => read(text(n)), 16_000);
    expect(growth).toBeLessThan(10);
  });
});
