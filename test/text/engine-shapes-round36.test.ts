// Round 36 (acc36-engine): the clause reader on the errors round34.sealed.json made as untuned text (written blind in
// round 34, read untuned after rounds 34 and 35, released as tuning data in round 36). For each class of misreading
// fixed, the failing sentence(s) and variants of other wording or grammar of the same shape; cases not marked "still"
// fail at the round's base (d1734e8, checked in an extract of it).
// Fictional sentences.
import { describe, expect, it } from "vitest";
import { both, told } from "./clause-roles.js";

describe("a manager's 'Director of …' title defined by its acronym is that manager, not the board", () => {
  it("round34.sealed: 'Our Director of Information Security (the \"DIS\"), who reports to the Chief Financial Officer, is responsible …'", () =>
    both(
      'Our Director of Information Security (the "DIS"), who reports to the Chief Financial Officer, is responsible for the day-to-day operation of the cybersecurity program, and the DIS and the Chief Financial Officer jointly assess which risks from cybersecurity threats are material to Brightwhistle.',
      ["management-role", "management-positions"],
      ["board-oversight", "board-committee", "board-informed", "reports-to-board"],
    ));
  it("the acronym reused as a later sentence's subject: 'The DIS reviews the alerts … and meets weekly with the Chief Financial Officer'", () =>
    both(
      'Our cybersecurity program is managed by our Director of Information Security (the "DIS"). The DIS reviews the alerts raised by our endpoint detection tools each morning and meets weekly with the Chief Financial Officer to discuss open vulnerabilities.',
      ["management-role", "management-positions", "management-informed"],
      ["board-informed", "reports-to-board", "board-oversight"],
    ));
  it("still: a manager's acronym reporting to a committee is management reporting to the board", () =>
    both('Our Director of Information Security (the "DIS") manages our program. The DIS reports to the Audit Committee each quarter.', ["management-positions", "reports-to-board"], []));
  it("still: directors of the board defined by a plural acronym ('two Technology Directors (the \"TDs\")') are the board's", () =>
    both('Our Board has two Technology Directors (the "TDs"), who oversee cybersecurity risk.', ["board-oversight"], []));
});

describe("'He' / 'She' after a manager's title: what the person reviews or stays informed of (C8, C21)", () => {
  it("round34.sealed: 'Our CISO, Daniel Ferreira, has led … He stays informed of threats …, and he reviews the … weekly incident report'", () =>
    both(
      "Our CISO, Daniel Ferreira, has led information security programs in higher education for fifteen years, including as chief information security officer of a public university system, and holds the CISSP and CISM certifications. He stays informed of threats through the Higher Education Information Security Council and a commercial threat intelligence feed, and he reviews the security operations team's weekly incident report with the Chief Technology Officer.",
      ["management-expertise", "management-informed"],
      ["processes"],
    ));
  it("a spelled-out title: 'Our Chief Information Security Officer joined … She reviews the weekly incident report.'", () =>
    both("Our Chief Information Security Officer joined the Company in 2021. She reviews the weekly incident report.", ["management-informed"], ["management-role", "management-positions"]));
  it("'He stays informed of emerging threats through …' after a Vice President's biography", () =>
    both(
      "Kenji Arora has served as our Vice President of Information Security since 2020 and holds the CISSP certification. He stays informed of emerging threats through our sector's information sharing and analysis center.",
      ["management-expertise", "management-informed"],
      [],
    ));
  it("still: 'She' after the committee's chair is the board's person, not management informed", () =>
    both("The chair of our Audit Committee is a former chief technology officer. She reviews the weekly incident report.", [], ["management-informed"]));
  it("still: a review that is no report ('He reviews our security policies each year')", () =>
    both("Our CISO has twenty years of experience. He reviews our security policies each year.", ["management-expertise"], ["management-informed"]));
});

describe("notice to the affected named by their kind, and who decides whether notification is required (C10, C18)", () => {
  it("round34.sealed: 'Where an incident compromises student records, we notify the affected universities …'", () =>
    both(
      "Where an incident compromises student records, we notify the affected universities within the time set by our contracts so that they can meet their own obligations to students under FERPA and state breach-notification laws, and the General Counsel determines whether any other notice, including a Form 8-K, is required.",
      ["incident-disclosure"],
      [],
    ));
  it("'Where a breach exposes patient records, we notify the affected clinics …'", () =>
    both("Where a breach exposes patient records, we notify the affected clinics within the periods our contracts set.", ["incident-disclosure"], []));
  it("'The General Counsel determines whether notification is required'", () =>
    both("The General Counsel determines whether notification is required.", ["incident-escalation", "incident-disclosure"], []));
  it("still: our own affected units told of an incident are no disclosure", () =>
    both("The security team notifies the affected business units of any incident.", [], ["incident-disclosure"]));
});

describe("an incident's severity rated by its responder is triage (processes, C17)", () => {
  it("round34.sealed: '… the security operations team opens an incident ticket, rates its severity and, …, notifies the CISO …'", () =>
    both(
      "Upon learning of a suspected incident involving student records, whether from our monitoring tools, an employee or a partner university, the security operations team opens an incident ticket, rates its severity and, for any incident rated moderate or higher, notifies the CISO and the General Counsel within four hours.",
      ["processes", "management-informed", "incident-escalation"],
      [],
    ));
  it("'The on-call analyst rates the severity of each confirmed incident and assigns it to a responder'", () =>
    both("The on-call analyst rates the severity of each confirmed incident and assigns it to a responder.", ["processes"], []));
  it("still: a severity that no one rates ('A cybersecurity incident could vary in its severity')", () =>
    both("A cybersecurity incident could vary in its severity.", [], ["processes"]));
});

describe("a career in the perfect ('has led … programs … for fifteen years') is expertise, not the company's processes", () => {
  it("round34.sealed's first sentence alone: 'Our CISO … has led information security programs in higher education for fifteen years …'", () =>
    both(
      "Our CISO, Daniel Ferreira, has led information security programs in higher education for fifteen years, including as chief information security officer of a public university system, and holds the CISSP and CISM certifications.",
      ["management-expertise"],
      ["processes"],
    ));
  it("'… has led information security programs at three logistics companies over twenty-two years'", () =>
    both("Our Chief Information Security Officer has led information security programs at three logistics companies over twenty-two years.", ["management-expertise"], ["processes"]));
  it("'… has managed security operations for banks and retailers for eighteen years'", () =>
    both("Our CISO has managed security operations for banks and retailers for eighteen years.", ["management-expertise"], ["processes"]));
  it("still: 'has led our information security program since 2019' is the role", () =>
    both("Our CISO has led our information security program since 2019.", ["processes", "management-role"], []));
});

describe("a 'to' phrase that names a severity level is no receiver; a relative clause holds nothing a later participle passes on", () => {
  it("round34.sealed: '… informs the Audit Committee Chair of any incident that is escalated to the incident response team's highest severity level …'", () =>
    both(
      "Between meetings, the CISO informs the Audit Committee Chair of any incident that is escalated to the incident response team's highest severity level, and the Chair decides whether to convene the full committee.",
      ["board-informed", "incident-escalation"],
      ["management-informed"],
    ));
  it("'The security team informs the Audit Committee chair of any incident that is escalated to … the highest severity level'", () =>
    both("The security team informs the Audit Committee chair of any incident that is escalated to the incident response team's highest severity level.", ["board-informed"], ["management-informed"]));
  it("still: a level named in the subject, then a receiver: '… severity level 3 are escalated to the Chief Information Officer'", () =>
    both("Incidents that reach severity level 3 are escalated to the Chief Information Officer.", ["management-informed", "incident-escalation"], []));
  it("round34.sealed: '…, which the Group Risk Officer updates yearly …, … the risk map presented to the … Committee': no giver", () => {
    const text =
      "Embedded in the Group's Enterprise Risk Management framework, which the Group Risk Officer updates yearly on the basis of interviews with the heads of our brands, plants and retail regions, cybersecurity risk is scored on the same scale as other operational risks and appears in the risk map presented to the Control, Risk and Sustainability Committee of our Board.";
    expect(told(text).find((t) => t.startsWith("presented:"))).toMatch(/^presented: - -> the Control, Risk and Sustainability Committee/);
  });
  it("still: a participle's holder in a main clause: 'The CISO prepares quarterly reports provided to the Audit Committee'", () =>
    expect(told("The CISO prepares quarterly reports provided to the Audit Committee.").find((t) => t.startsWith("provided:"))).toMatch(/^provided: The CISO/));
});
