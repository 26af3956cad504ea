// Round 32 (acc32-engine): the clause reader on the errors round30.sealed.json made as untuned text (written blind in
// round 30, released as tuning data in round 32). For each class of misreading, the failing sentence and two variants of
// other wording or grammar of the same shape; cases not marked "still" (guards against over-reach) fail at the round's
// base (dd36cde). Fictional sentences.
import { describe, expect, it } from "vitest";
import { both } from "./clause-roles.js";

describe("a position named with its reporting line, then only as one who reports (C1): the reporting line gives no responsibility", () => {
  it("round30.sealed: '<VP>, who reports to our COO, updates the Audit Committee … and reports to the full Board'", () =>
    both(
      "Our Vice President of Information Security, who reports to our Chief Operating Officer, updates the Audit Committee each quarter on the program, significant threats and any incidents, and reports to the full Board at least once a year.",
      ["board-informed", "reports-to-board"],
      ["management-positions", "management-role"],
    ));
  it("'<Senior Manager>, who reports to the CIO, provides the Audit Committee with a written report …': another title, another informing verb", () =>
    both(
      "Our Senior Manager of Information Security, who reports to the Chief Information Officer, provides the Audit Committee with a written report each quarter on threats, incidents and the progress of our security roadmap.",
      ["board-informed", "reports-to-board"],
      ["management-positions", "management-role"],
    ));
  it("'<Lead>, who reports directly to our CEO, meets with the Audit Committee … to discuss …': meeting, not reporting", () =>
    both(
      "Our IT Security Lead, who reports directly to our Chief Executive Officer, meets with the Audit Committee each quarter to discuss our security program, recent incidents and the results of our testing.",
      [],
      ["management-positions", "management-role"],
    ));
  it("still: the same aside, then a responsibility verb, is a position given responsibility", () =>
    both(
      "Our Head of Information Security, who reports to the Chief Information Officer, is responsible for our cybersecurity program and presents the findings of the annual risk assessment to the Audit Committee each year.",
      ["management-positions", "management-role", "reports-to-board"],
      [],
    ));
  it("still: a lead over each plant, reporting to the CISO, is the structure responsible (C1)", () =>
    both(
      "A security lead at each of our plants, reporting to our Chief Information Security Officer, manages the plant's access controls and patching.",
      ["management-positions"],
      [],
    ));
});

describe("a participial aside between a subject and its verb: a match that runs from inside it to the verb is not the subject's", () => {
  it("round30.sealed: '… its findings, ranked by severity, are reported to our CISO' is no incident escalation", () =>
    both(
      "We engage an independent cybersecurity firm each year to perform penetration testing of our crew-facing mobile applications and our maintenance records system, and its findings, ranked by severity, are reported to our Chief Information Security Officer.",
      ["processes", "third-party-engaged", "management-informed"],
      ["incident-escalation"],
    ));
  it("'the weaknesses it finds, rated by severity, are reported to our CIO'", () =>
    both(
      "Each year an outside firm tests our payment systems, and the weaknesses it finds, rated by severity, are reported to our Chief Information Officer.",
      ["third-party-engaged"],
      ["incident-escalation"],
    ));
  it("'the issues they identify, classified by severity, are reported to our CISO'", () =>
    both(
      "Our internal auditors review the access rights of our trading applications twice a year, and the issues they identify, classified by severity, are reported to our Chief Information Security Officer.",
      [],
      ["incident-escalation"],
    ));
  it("still: incidents, classified by severity, escalated to the CISO are an escalation path", () =>
    both(
      "Suspected incidents, once classified by severity, are escalated by the on-call analyst to our Chief Information Security Officer and, where rated critical, to our Chief Executive Officer within two hours.",
      ["incident-escalation", "management-informed"],
      [],
    ));
});

describe("a management body or officer whose remit is a technology project with no security word: no responsibility for cybersecurity risk", () => {
  it("round30.sealed: 'a Steering Committee, chaired by our COO …, to oversee the replacement of our … systems and our migration to a cloud-based ERP platform'", () =>
    both(
      "In 2024 we established a Digital Operations Steering Committee, chaired by our Chief Operating Officer and including our Chief Financial Officer, our Vice President of Maintenance and our Vice President of Information Technology, to oversee the replacement of our crew scheduling and maintenance planning systems and our migration to a cloud-based enterprise resource planning platform.",
      [],
      ["management-positions", "management-role"],
    ));
  it("'Our CTO is responsible for the migration of our billing platform to a hosted data center'", () =>
    both(
      "Our Chief Technology Officer is responsible for the migration of our billing platform and customer portal to a hosted data center, which we expect to complete in the second half of next year.",
      [],
      ["management-positions", "management-role"],
    ));
  it("'A council, chaired by our CIO, … to manage the rollout of our new point-of-sale terminals'", () =>
    both(
      "Last year we formed a Store Systems Council, chaired by our Chief Information Officer and including our Vice President of Store Operations, to manage the rollout of our new point-of-sale terminals and the upgrade of the inventory software used in every store.",
      [],
      ["management-positions", "management-role"],
    ));
  it("still: a project whose content is security (segmentation, access monitoring) is a security remit", () =>
    both(
      "A steering group of senior managers, led by our Vice President of Engineering, directs the upgrade of the control systems at our pumping stations, including the segmentation of those networks from our corporate network and the monitoring of access to them.",
      ["management-positions", "management-role"],
      [],
    ));
  it("still: 'responsible for the implementation of our security monitoring platform'", () =>
    both(
      "Our Chief Information Officer is responsible for the implementation of our security information and event management platform and for the controls that limit remote access to our plant networks.",
      ["management-positions", "management-role"],
      [],
    ));
});

describe("the title of the party that manages an externally managed registrant (its defined term in the possessive): the position responsible", () => {
  it("round30.sealed: 'The Advisor's Chief Information Officer, who has twenty-two years …, is responsible for assessing and managing cybersecurity risks'", () =>
    both(
      "The Advisor's Chief Information Officer, who has twenty-two years of experience in information technology and security at real estate and asset management firms and holds a CISSP certification, is responsible for assessing and managing cybersecurity risks to our business on the Advisor's behalf.",
      ["management-role", "management-positions", "management-expertise"],
      [],
    ));
  it("'The Manager's Chief Information Security Officer, who has eighteen years …, is responsible for …'", () =>
    both(
      "The Manager's Chief Information Security Officer, who has eighteen years of experience in security engineering at utilities and holds the CISSP and CISM certifications, is responsible for assessing and managing our cybersecurity risks under the management agreement.",
      ["management-positions", "management-expertise"],
      [],
    ));
  it("'The Sponsor's Vice President of Technology Risk, who spent fifteen years as a bank examiner …, is responsible for …'", () =>
    both(
      "The Sponsor's Vice President of Technology Risk, who spent fifteen years as a bank examiner specializing in information technology, is responsible for identifying, assessing and managing cybersecurity risks to the Fund.",
      ["management-positions", "management-expertise"],
      [],
    ));
  it("still: a consulting firm's officer's experience is another party's, not management's expertise", () =>
    both(
      "Our consulting firm's Chief Information Security Officer has twenty years of experience in security engineering and incident response.",
      [],
      ["management-expertise"],
    ));
});

describe("a board body told of a security activity's results, with no reporter named (round 31's leftover): the board is informed", () => {
  it("'Each quarter the Board receives a summary of the penetration testing performed on our operational networks by our outside firm'", () =>
    both(
      "Each quarter the Board receives a summary of the penetration testing performed on our operational networks by our outside firm.",
      ["board-informed", "third-party-engaged"],
      ["reports-to-board"],
    ));
  it("'The Audit Committee receives a written report of the vulnerability assessments … our consultants completed'", () =>
    both(
      "Each year the Audit Committee receives a written report of the vulnerability assessments and phishing simulations our consultants completed during the year.",
      ["board-informed"],
      ["reports-to-board"],
    ));
  it("'The Risk Committee of the Board receives an annual summary of the audit of our access controls and of the tabletop exercise'", () =>
    both(
      "The Risk Committee of the Board receives an annual summary of the audit of our access controls and of the tabletop exercise held with our crisis management team.",
      ["board-informed"],
      ["reports-to-board"],
    ));
  it("still: a board body told of a non-security activity is not informed about cybersecurity", () =>
    both(
      "Each quarter the Board receives a summary of the energy audits performed at our distribution centers by an outside engineering firm and of the savings achieved.",
      [],
      ["board-informed", "reports-to-board"],
    ));
});

describe("committees reporting to the board on their own charters (the quantifier binds the committees): the board is not informed about cybersecurity", () => {
  it("'…, and every standing committee reports to the Board after each meeting on the matters in its charter' (a clause opening after ', and')", () =>
    both(
      "The Board oversees the principal risks of the Company, among them rate regulation, drought and labour relations, and every standing committee reports to the Board after each meeting on the matters in its charter.",
      [],
      ["board-informed", "reports-to-board"],
    ));
  it("'Each year the Audit Committee receives …' binds a time, not the committees: the committee is told of security work", () =>
    both(
      "Each year the Audit Committee receives a written report of the vulnerability assessments and phishing simulations our consultants completed during the year.",
      ["board-informed"],
      [],
    ));
  it("still: 'Each of the Board's committees reports to the full Board on the matters in its charter'", () =>
    both("Each of the Board's committees reports to the full Board at its next meeting on the matters in its charter.", [], ["board-informed", "reports-to-board"]));
  it("still: each committee reporting on cybersecurity informs the board", () =>
    both(
      "Each committee reports to the full Board on the risks within its remit, and the Audit Committee's reports include the cybersecurity updates it receives from our Chief Information Security Officer.",
      ["board-informed"],
      [],
    ));
});

describe("the acronym's case survives where it matters (round 31's leftover): 'brief IT' is the department, 'brief it' the body named before", () => {
  it("'The Audit Committee approves …, and plant managers brief IT on every unexplained change …'", () =>
    both(
      "The Audit Committee approves our security policies, and plant managers brief IT on every unexplained change to a controller.",
      ["board-committee"],
      ["board-informed", "reports-to-board"],
    ));
  it("'The Technology Committee of our Board sets …, and the warehouse managers update IT on scanners that go missing'", () =>
    both(
      "The Technology Committee of our Board sets our security priorities, and the warehouse managers update IT on scanners that go missing.",
      [],
      ["board-informed", "reports-to-board"],
    ));
  it("'Our Board oversees …, and store managers update IT whenever a register shows an unknown device'", () =>
    both(
      "Our Board oversees the security program with the help of management, and our store managers update IT whenever a register shows an unknown device.",
      ["board-oversight"],
      ["board-informed", "reports-to-board"],
    ));
  it("still: the pronoun 'it' after a verb of telling is the body named before", () =>
    both(
      "The Audit Committee oversees our cybersecurity program, and our Chief Information Security Officer briefs it each quarter on threats and incidents.",
      ["board-informed", "reports-to-board"],
      [],
    ));
});
