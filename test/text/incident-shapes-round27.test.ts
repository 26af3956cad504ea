// Round 27 (acc27-incident): the incident path and the board's topic on the drafting shapes of round27.incident.json
// that did not carry over. Fictional sentences throughout (variants of the batch, not its sentences); each shape has
// sentences it must read and near misses it must leave; the positives and the negatives that pin a change fail at base
// 666c6a2, the rest are guards that held already.
import { testShapes, type Shape } from "./shape-table.js";

const SHAPES: Shape[] = [
  {
    element: "incident-escalation",
    shape: "nominal notice to an officer, the incident after it",
    yes: [
      "Prompt notification to the Chief Operating Officer and the Chief Legal Officer is required for every breach classified as severe under our response standard.",
      "Same-day notice to the Chief Financial Officer and the Treasurer is required for any incident rated high under our incident procedures.",
      "Immediate notification to the Chief Information Officer is required whenever a breach of customer data is confirmed.",
    ],
    no: ["Notice to our executive officers of changes in the travel policy is given by email."],
  },
  {
    element: "incident-escalation",
    shape: "an incident reported or brought, after an adverb, to an officer",
    yes: [
      "Our security policy requires that any confirmed breach be reported without delay to the Chief Operating Officer.",
      "The incident policy requires that breaches of customer data be brought promptly to the attention of the Chief Operating Officer.",
      "Under our standard, significant cyber events must be brought immediately to the attention of the Chief Information Officer.",
    ],
    no: ["Monthly sales figures are reported promptly to the Chief Executive Officer."],
  },
  {
    element: "incident-escalation",
    shape: "an officer kept informed of security events",
    yes: [
      "The Head of IT keeps the Chief Financial Officer informed of significant security events and of the progress of their remediation.",
      "Our Head of Security keeps the Chief Operating Officer informed of significant security events until they are resolved.",
    ],
    no: ["We keep our Chief Executive Officer informed of trends in customer demand."],
  },
  {
    element: "incident-escalation",
    shape: "the engagement of executives set by an incident's severity (not employee engagement)",
    yes: ["Engagement of the executive team is set by the severity level that the incident commander assigns to each incident."],
    no: ["Employee engagement scores and turnover are reported to senior management each quarter."],
  },
  {
    element: "management-informed",
    shape: "the engagement of executives set by an incident's severity (not employee engagement)",
    yes: ["Engagement of the executive team is set by the severity level that the incident commander assigns to each incident."],
    no: ["Results of our annual employee engagement survey are reported to the Chief Human Resources Officer."],
  },
  {
    element: "incident-escalation",
    shape: "a periodic report that mentions incidents, its cadence anywhere in the sentence, is no escalation",
    yes: [
      "Between meetings, the CISO informs the chair of the Audit Committee of any significant incident.",
      "Incidents rated critical are escalated to the Audit Committee, which otherwise receives a cybersecurity report each quarter.",
    ],
    no: [
      "The Head of Technology gives the Risk Committee an update on security incidents and open audit findings at every scheduled meeting.",
      "Information about security incidents and threats is provided to the Technology Committee by our CISO on a regular basis.",
      "The Vice President of Security briefs the Audit Committee at each regular meeting on incidents, metrics and key risks.",
      "A summary of phishing results, incidents and vendor reviews is sent to the Audit Committee on a quarterly basis.",
      "Our CIO presents the program's metrics, including any significant security events, to the Board twice a year.",
    ],
  },
  {
    element: "incident-escalation",
    shape: "an officer paged or called in on an incident",
    yes: [
      "For high-severity incidents, the duty manager pages the Chief Information Officer and the General Counsel.",
      "Breaches of customer data prompt a same-day call with our Chief Executive Officer and Chief Legal Officer.",
    ],
    no: ["The facilities team pages the plant manager when a boiler fails."],
  },
  {
    element: "management-informed",
    shape: "the same shapes tell management (C8)",
    yes: [
      "Same-day notice to the Chief Financial Officer and the Treasurer is required for any incident rated high under our incident procedures.",
      "Notice to the Chief Financial Officer is given within two hours of any incident affecting our payment systems.",
    ],
    no: ["Monthly sales figures are reported promptly to the Chief Executive Officer."],
  },
  {
    element: "incident-escalation",
    shape: "a Disclosure Committee that decides whether to disclose, with no incident word",
    yes: ["The Disclosure Committee then decides whether disclosure is required and approves the text of any announcement."],
    no: ["The Disclosure Committee reviews each quarterly report before it is filed."],
  },
  {
    element: "incident-disclosure",
    shape: "a Disclosure Committee that decides whether to disclose, with no incident word",
    yes: ["The Disclosure Committee then decides whether disclosure is required and approves the text of any announcement."],
    no: ["The Disclosure Committee reviews each quarterly report before it is filed."],
  },
  {
    element: "board-oversight",
    shape: "safety incidents are no cyber topic for the board",
    yes: ["Significant security incidents are reviewed by the Audit Committee of the Board at each meeting."],
    no: ["Food safety incidents at our plants are reviewed by the Quality and Safety Committee of the Board at each meeting."],
  },
  {
    element: "board-informed",
    shape: "safety incidents are no cyber topic for the board",
    yes: ["The Board receives a report on cybersecurity incidents from the CISO every quarter."],
    no: ["The Board receives a report on workplace safety incidents from the Chief Operating Officer every quarter."],
  },
];

testShapes(SHAPES);
