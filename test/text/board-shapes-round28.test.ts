// Round 28 (acc28-board): the board's side of long paragraphs (round28.board.json). Fictional sentences throughout
// (variants of the batch, not its sentences); each shape has sentences it must read and near misses it must leave;
// at base 43467d2 sixteen of the eighteen near misses fail (the guards: the CISO's "… including the results of our latest
// penetration test", the committees listed between dashes), and so does the positive "Harborline is part of …" (a
// program's defined name); the other positives are guards that held already.
import { testShapes, type Shape } from "./shape-table.js";

const SHAPES: Shape[] = [
  {
    element: "integration",
    shape: "the board's oversight 'as part of its oversight of enterprise risk' is the board's remit, not the processes' place in ERM",
    yes: [
      "Our Board oversees cybersecurity risk as part of our enterprise risk management program.",
      "The Audit Committee oversees our enterprise risk management program, of which cybersecurity is an integral part.",
      "Harborline is part of our enterprise risk management process, through which our risk group ranks the Company's principal risks each year.",
    ],
    no: [
      "As part of its oversight of enterprise risk, the Board of Directors of Hallam Freight has delegated to its Risk Committee oversight of information security risk.",
      "The Audit Committee oversees our information security program as part of its broader responsibility for risk oversight under its charter.",
      "Oversight of cybersecurity rests principally with the Audit Committee, and cybersecurity is also discussed by the full Board as part of its oversight of enterprise risk.",
    ],
  },
  {
    element: "processes",
    shape: "a report's topic list ending 'and the status of …' is what the board hears, not a process",
    yes: ["We conduct annual penetration tests, and the results of these tests are reported to the CISO."],
    no: [
      "Management provides the Risk Committee with a security report that covers threat trends, vendor risk, and the status of employee awareness training.",
      "The CIO provides the Audit Committee with a quarterly report covering the results of penetration tests, supplier risk, and the status of our patching.",
    ],
  },
  {
    element: "processes",
    shape: "'on our cybersecurity program, including the results of …' is a report's topic",
    yes: ["Our program includes penetration testing, vulnerability scanning and employee training."],
    no: [
      "Management updates the Board on our cybersecurity program, including the results of tabletop exercises and phishing simulations.",
      "The CISO updates the Technology Committee on our information security program including the results of our latest penetration test.",
    ],
  },
  {
    element: "processes",
    shape: "an incident reported to the board 'after it is identified' is escalation, not detection work",
    yes: ["Our security operations center monitors alerts around the clock and escalates confirmed incidents to the CISO."],
    no: [
      "Significant security incidents are reported to the Audit Committee chair promptly after they are identified.",
      "Incidents are escalated to the Chief Information Officer as soon as they are detected.",
    ],
  },
  {
    element: "board-informed",
    shape: "each of the board's committees reporting to the board, with no cyber word",
    yes: ["Each committee chair reports to the full Board on cybersecurity matters within the committee's remit."],
    no: [
      "Each committee reports on its activities to the full Board at the Board's next regular meeting.",
      "Each of the Board's three standing committees — Audit, Compensation, and Nominating and Governance — reports to the full Board after its meetings.",
    ],
  },
  {
    element: "board-informed",
    shape: "the board meeting without management, physical attacks",
    yes: ["The Risk Committee receives an annual report from our Chief Operating Officer on the resilience of our systems to cyberattacks."],
    no: [
      "The independent Chair sets the agenda for each Board meeting in consultation with the Chief Executive Officer, and the Board meets in executive session without management at every regular meeting.",
      "The Safety Committee receives an annual report from our Chief Operating Officer on the resilience of our plants to severe weather and physical attacks.",
    ],
  },
  {
    element: "board-oversight",
    shape: "the board's composition, financial-statement risk, a director's former post",
    yes: [
      "The Technology Committee, whose chair formerly served as chief information officer of a regional bank, oversees the Company's information security risk.",
      "The Audit Committee oversees risks related to financial reporting and cybersecurity.",
      "The Audit Committee evaluates our cybersecurity program each year.",
    ],
    no: [
      "Each year the Governance Committee leads an evaluation of the Board, which considers whether the Board's composition provides the skills needed to oversee our strategy and risks, including cybersecurity.",
      "The Audit Committee's charter charges it with overseeing the risk of material misstatement in our financial statements, including risks arising from the information systems that support financial reporting.",
      "Ms. Aldana, a member of the Technology Committee, was previously chief information officer of a national retailer and oversaw its security function.",
      "Mr. Ruiz, who chairs our Audit Committee, was a partner at an accounting firm; Ms. Aldana, a member of the Technology Committee, was formerly chief information officer of a national retailer and oversaw its security function.",
    ],
  },
  {
    element: "board-oversight",
    shape: "a Disclosure Committee that evaluates is not the Audit Committee overseeing",
    yes: ["The Audit Committee evaluates the adequacy of our cybersecurity controls each year."],
    no: [
      "The incident team informs the Chief Executive Officer and the chair of the Audit Committee of any incident it considers material, and our disclosure committee evaluates any disclosure obligations.",
    ],
  },
];

testShapes(SHAPES);
