// Round 45 (acc45-mgmt, issue 10): the management elements on registers the split has few of (docs/accuracy.md "Round 45 -
// the management elements on registers the split has few of"). Two readings of structure: (1) a title's head noun written in
// Portuguese, Spanish or French (Diretor/Diretora, Director, Directeur/Directrice, Gerente) with its field after
// de/da/do/des/du, and "Director General", read as "Director of ..." is (rules/lexicons/element-management-positions.json,
// the opening position group and "responsibility rests with <position>"); (2) a management body's own review of a report,
// dashboard, scorecard or metrics is management-informed (labels README C8, C23, C26), no longer dropped together with a
// board committee's review (rules/lexicons/element-management-informed.json, the first near reading). Fictional sentences,
// none of them in a paraphrase batch (round45.mgmt45.json holds other wordings). At base 205627c4 every case of NOW_FOUND
// fails; the guards (a board body's review, a director's biography, a vendor's officer, the help desk) pass at base and after.
import { describe, expect, it } from "vitest";
import { paragraphElements as elements } from "../helpers.js";
import { checkClasses, type ClassCase } from "./precision-classes.js";

/** [class, paragraph, element it must now find] — not found at base. */
const NOW_FOUND: ClassCase[] = [
  ["a French title's head and field, leading the program", "Our Directrice de la Sécurité des Systèmes d'Information leads the group's cybersecurity program.", "management-positions"],
  ["a Portuguese title that manages security work", "Our Gerente de TI manages our firewalls, backups and the security of our network.", "management-positions"],
  ["a Spanish title after a short lead-in", "In Mexico, our Director de Sistemas oversees the security of the plant networks.", "management-positions"],
  ["a chief executive's title, Director General", "The Director General has overall responsibility for managing cybersecurity risk.", "management-positions"],
  ["responsibility that rests with a Portuguese title", "Responsibility for cybersecurity rests with our Diretor de Tecnologia.", "management-positions"],
  ["a management council that examines results", "Our Digital Risk Council examines the phishing results and the open vulnerabilities each month.", "management-informed"],
  ["a leadership team that goes through a scorecard", "The Executive Leadership Team goes through the security scorecard at every monthly meeting.", "management-informed"],
  ["a steering committee that reviews a dashboard", "Our Technology Steering Committee reviews the incident dashboard each week.", "management-informed"],
  ["an operating committee that looks over a report", "Our Operating Committee looks over the monthly report on blocked attacks and open findings.", "management-informed"],
  ["a two-tier filer's Management Board that reviews a report", "Our Management Board reviews the monthly security report.", "management-informed"],
];

/** [class, paragraph, element it must still find] — guards. */
const STILL: ClassCase[] = [
  ["an English title, as before", "Our Director of Information Security leads the information security program.", "management-positions"],
  ["a position's own review, as before", "Our Chief Information Officer reviews the monthly report on incidents and open vulnerabilities.", "management-informed"],
];

checkClasses("round 45: titles in other languages and a management body's own review", { notAnyMore: [], nowFound: NOW_FOUND, still: STILL });

/** [class, paragraph, element it must not find] — guards on the false side, at base and after. */
const NEVER: ClassCase[] = [
  ["a board committee that reviews the CISO's report (board-informed, C22)", "The Audit Committee reviews the CISO's quarterly report on threats and incidents.", "management-informed"],
  ["a board committee that monitors indicators", "The Risk Committee of our Board monitors key cyber risk indicators each quarter.", "management-informed"],
  ["the board itself that reviews the CISO's report", "Our Board reviews the CISO's quarterly report on threats and incidents.", "management-informed"],
  ["a two-tier filer's Supervisory Board that reviews the Management Board's report", "The Supervisory Board reviews the Management Board's report on cybersecurity incidents each quarter.", "management-informed"],
  ["a board committee that examines test results", "The Audit Committee examines the results of the annual penetration test.", "management-informed"],
  ["a director's biography with a French title (C1)", "Before joining our Board, Ms. Duval was Directrice des Systèmes d'Information at a French insurer.", "management-positions"],
  ["a vendor's own officer, not ours", "Our hosting provider's Directeur de la Sécurité is responsible for the security of its data centres.", "management-positions"],
  ["an employee's report to the help desk (C14)", "Employees report suspicious e-mails to the IT help desk, which reviews each report.", "management-informed"],
];

describe("round 45: guards on the false side (board bodies, biographies, vendors, the help desk)", () => {
  it.each(NEVER)("guard: %s", (_what, paragraph, element) => {
    expect(elements(paragraph)).not.toContain(element);
  });
});
