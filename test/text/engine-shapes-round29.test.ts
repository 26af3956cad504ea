// Round 29 (acc29-engine): the clause reader and the topic gate. Fictional paragraphs; the cases not
// marked "still" (guards against over-reach) fail at the round's base (5448b47).
import { describe, expect, it } from "vitest";
import { paragraphElements as elements, paragraphElementsUnder as under } from "../helpers.js";

describe("a paragraph that names no cybersecurity topic anywhere addresses no element through a management, board or process word alone", () => {
  const steering =
    "In 2026 we began replacing the order management system used by our bakeries with a single platform that also handles route planning. The program is overseen by a steering committee of senior executives chaired by our Chief Operating Officer, which meets every two weeks to review milestones, budget and open issues. An outside consulting firm configures the platform and converts customer data, and the Chief Operating Officer reports on progress to our Chief Executive Officer every month. The Audit Committee of the Board receives an update at each quarterly meeting.";
  it("a system replacement's steering committee: no management role or position, no board informed", () => {
    const found = elements(steering);
    for (const id of ["management-role", "management-positions", "management-informed", "board-informed", "reports-to-board", "third-party-engaged"]) expect(found).not.toContain(id);
  });
  const board =
    "Our Board of Directors oversees the Company's enterprise risks directly and through its committees. The Audit Committee oversees our financial reporting and internal controls and meets privately with our independent auditor at each meeting, and the Compensation Committee reviews the risks of our pay practices. Our Chief Financial Officer presents the results of the annual enterprise risk assessment to the full Board each December, and each committee chair reports to the Board after every meeting.";
  it("the board's general risk oversight: no board-informed or reports-to-board (C15 needs the cyber word)", () => {
    const found = elements(board);
    for (const id of ["board-oversight", "board-committee", "board-informed", "reports-to-board"]) expect(found).not.toContain(id);
  });
  it("a weather crisis team's escalation and tests: no process, no escalation", () => {
    const text =
      "Our plants in the Gulf region are exposed to hurricanes and flooding, and we keep a continuity plan for each of them. When a storm warning is issued, a crisis management team led by our Senior Vice President of Operations assesses the expected effect on each plant and escalates any decision to close a plant to our Chief Executive Officer. We test each plan every spring through a tabletop exercise, and an outside engineering firm inspects our backup generators each year.";
    const found = elements(text);
    for (const id of ["processes", "incident-escalation", "management-informed", "third-party-engaged"]) expect(found).not.toContain(id);
  });
  it("still: a long paragraph whose one topic word is 'cybersecurity' keeps its elements", () => {
    const text =
      "The Audit Committee of our Board oversees risks from cybersecurity threats on the Board's behalf. At each quarterly meeting the committee receives a report from our Vice President of Operations on the status of our program, the results of recent assessments and any significant events since the last meeting. The committee chair summarizes these discussions for the full Board after each meeting, and the full Board hears directly from the Vice President at least once a year.";
    expect(elements(text)).toEqual(expect.arrayContaining(["board-oversight", "board-committee", "board-informed", "reports-to-board"]));
  });
  const back =
    "The Audit Committee oversees these risks as part of its charter and receives a report from our Vice President of Operations at each quarterly meeting on our risk profile, the results of our assessments and the status of remediation. The committee chair reports on these discussions to the full Board, which also receives a presentation from the Vice President each year.";
  it("still: a back-reference in the first sentence ('these risks') to the paragraph before keeps it on the topic", () => {
    expect(elements(back)).toEqual(expect.arrayContaining(["board-oversight", "board-committee", "board-informed", "reports-to-board"]));
  });
  it("still: a demonstrative later in the paragraph points back within it, not to the topic", () => {
    const text =
      "The Compensation and Human Capital Committee of the Board oversees our recruiting, retention and succession planning. Our Chief People Officer is responsible for these programs and has more than twenty years of experience leading human resources organizations, and she reports to the committee at each of its meetings on turnover, open positions and training hours.";
    const found = elements(text);
    for (const id of ["management-role", "management-positions", "management-expertise", "reports-to-board", "board-informed"]) expect(found).not.toContain(id);
  });
  it("a plain sub-heading does not speak for a paragraph with no topic; one that names the topic does", () => {
    const text =
      "The Audit Committee oversees this area and receives a report from our Vice President of Operations at each quarterly meeting on the status of the program, the results of recent assessments and any significant events. The committee chair reports on these discussions to the full Board after each meeting, and the full Board hears from the Vice President once a year.";
    expect(under("Cybersecurity Governance", text)).toEqual(expect.arrayContaining(["board-informed", "reports-to-board"]));
    expect(under("Governance", text)).not.toContain("reports-to-board");
  });
  it("still: a short paragraph leans on what is around it (under forty words the gate does not read)", () => {
    expect(elements("The Audit Committee receives a report from our Vice President of Operations at each quarterly meeting on the status of the program.")).toContain("board-informed");
  });
});

describe("who a clause tells: two receivers, and 'it' after a verb of telling", () => {
  it("two receivers before 'with': the CEO and the CFO are informed", () => {
    const text =
      "Our Chief Information Security Officer is responsible for our information security program and provides the Chief Executive Officer and the Chief Financial Officer with a written report on security risks, open vulnerabilities and incidents each month.";
    expect(elements(text)).toContain("management-informed");
  });
  it("still: two board receivers before 'with' are the board's, not management informed", () => {
    const text = "Our Chief Information Security Officer provides the Audit Committee and the full Board with a written report on cybersecurity risks and incidents each quarter.";
    expect(elements(text)).toContain("reports-to-board");
    expect(elements(text)).not.toContain("management-informed");
  });
  it("'briefs it' after a management committee: management is informed", () => {
    const text =
      "Our Cyber Risk Steering Committee, a management committee chaired by the Chief Information Officer, oversees our information security program and approves its annual plan. The Chief Information Security Officer briefs it every month on threats, incidents and the status of remediation.";
    expect(elements(text)).toContain("management-informed");
    expect(elements(text)).not.toContain("reports-to-board");
  });
  it("'briefs it' after the Audit Committee: a manager reports to the board", () => {
    const text =
      "The Audit Committee of the Board oversees our cybersecurity risk. Our Chief Information Security Officer briefs it every quarter on threats, incidents and the status of our security program.";
    expect(elements(text)).toEqual(expect.arrayContaining(["board-informed", "reports-to-board"]));
    expect(elements(text)).not.toContain("management-informed");
  });
  it("still: 'reports it' is what is reported, not who hears it", () => {
    const text =
      "The Audit Committee of the Board oversees our cybersecurity risk. When our security team detects an incident, it reports it to the Chief Information Security Officer.";
    expect(elements(text)).not.toContain("reports-to-board");
  });
});

describe("a relative aside's topic is its own verb's, not the main clause's", () => {
  it("the committee, to which the CISO reports on cybersecurity, reviews tax strategy: no board oversight or committee", () => {
    const text =
      "The Audit Committee, to which our Chief Information Security Officer reports on cybersecurity twice a year, reviews our tax strategy, the internal audit plan and the qualifications of our independent auditor.";
    const found = elements(text);
    expect(found).not.toContain("board-oversight");
    expect(found).not.toContain("board-committee");
    expect(found).toContain("reports-to-board");
  });
  it("still: the committee, which receives the CISO's reports, oversees the cybersecurity program", () => {
    const text = "The Audit Committee, which receives a report from our Chief Information Security Officer each quarter, oversees our cybersecurity risk management program.";
    expect(elements(text)).toEqual(expect.arrayContaining(["board-oversight", "board-committee"]));
  });
});

describe("an incident plan that only says whom it notifies (C7)", () => {
  it("'requires that the Chair be notified of any incident that is assessed as high severity' is no process", () => {
    const text =
      "Our incident response plan requires that the Chair of the Audit Committee be notified promptly of any cybersecurity incident that is assessed as high severity, and that the General Counsel be consulted on whether the incident must be disclosed.";
    expect(elements(text)).not.toContain("processes");
    expect(elements(text)).toContain("incident-escalation");
    // the lead, after the merges: "be notified" under any modal or the subjunctive tells the committee's chair (C7)
    expect(elements(text)).toContain("board-informed");
    expect(elements("The Board must be notified of every material incident.")).toContain("board-informed");
  });
  it("still: a plan whose team assesses incidents is a process", () => {
    const text = "Under our incident response plan, the security team assesses each incident's severity and notifies the Chief Information Security Officer of incidents rated high.";
    expect(elements(text)).toContain("processes");
  });
});
