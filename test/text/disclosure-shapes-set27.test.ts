// Realistic set 27 (docs/realistic-set27.md): a modal inside a relative clause that picks out which incidents are meant
// ("incidents that may involve cardholder data are escalated to …, who notify the card brands …") is a condition on the
// escalation path, not a risk factor's hypothetical. sentence-incident-disclosure-hypothetical took "may involve … notify"
// (a breach "could involve … and require us to notify" customers) for one and dropped the disclosure path the sentence states,
// so a payments company's tagged Item 1C drew a false "no text says how a material incident would be disclosed" info. A
// sentence in which an incident is escalated ("are escalated", "escalates") or in which someone notifies ("who notifies",
// "which notify") states the registrant's path, as one naming its plan, process, policy or committee already did. Fictional
// sentences; the near misses are risk-factor sentences the veto must still leave.
import { testShapes, type Shape } from "./shape-table.js";

const SHAPES: Shape[] = [
  {
    element: "incident-disclosure",
    shape: "a modal in a relative clause picking out incidents, in a sentence that escalates them or notifies someone, is no hypothetical",
    yes: [
      "Events that could involve customer data are escalated to the General Counsel, who notifies our banking regulators and decides whether the event must be disclosed.",
      "Security events that might involve protected health information are escalated to the Privacy Officer, who notifies affected patients and the Department of Health and Human Services as the law requires.",
      "Incidents that may involve payment card data are escalated to our Deputy General Counsel, who notifies the card brands.",
      "Breaches that could involve cardholder data go to our Chief Compliance Officer, who notifies the card brands and our sponsor bank.",
    ],
    no: [
      "A breach of our systems could involve the personal information of our customers and require us to notify them, which could be costly.",
      "Any cybersecurity incident may result in regulatory investigations and obligations to notify affected individuals.",
      "Cybersecurity incidents, which could involve the theft of customer data, may require us to notify regulators and customers.",
      "Attacks that could lead to the loss of patient data would require notification to regulators and affected patients.",
      "Increasingly sophisticated and escalating attacks could result in the theft of data and require us to notify customers.",
      "Threats to our systems have escalated, and an attack could result in costs of notifying affected individuals.",
    ],
  },
];

testShapes(SHAPES);
