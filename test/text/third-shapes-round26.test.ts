// Round 26 (acc26-third): third parties and the incident path on the drafting shapes of round26.third.json that did not
// carry over. Fictional sentences throughout (variants of the batch, not its sentences); each shape has sentences it
// must read and near misses it must leave; the positives that pin a change fail at base 98c5ace.
import { testShapes, type Shape } from "./shape-table.js";

const SHAPES: Shape[] = [
  {
    element: "third-party-oversight",
    shape: "third-party risk as the passive subject of a managing verb",
    yes: [
      "Third-party cyber risk is managed through a tiered review of every provider that handles our data.",
      "Vendor security risks are assessed by our procurement and information security teams before a contract is signed.",
    ],
    no: [
      "Third-party risk is heightened by our reliance on a small number of cloud providers.",
      "Supply chain risk is a growing concern for manufacturers like us.",
    ],
  },
  {
    element: "third-party-oversight",
    shape: "vendors' notices: of incidents affecting our data, not of their own products' flaws",
    yes: ["Our vendors notify us of security incidents affecting our data within 48 hours, as our contracts require."],
    no: ["Our software vendors notify us of vulnerabilities in their products, and we install the fixes they publish."],
  },
  {
    element: "third-party-oversight",
    shape: "third-party relationships tiered or assessed",
    yes: ["The Company tiers its third-party relationships by inherent risk, and high-risk relationships receive annual control testing."],
    no: ["Our third-party relationships are an important part of our distribution strategy."],
  },
  {
    element: "third-party-engaged",
    shape: "security work done by a provider named by its security trade, in the passive",
    yes: [
      "Firewall management and log monitoring are delivered as a managed service by a regional security services provider.",
      "Vulnerability scanning of our networks is handled by an outside cybersecurity firm each quarter.",
    ],
    no: [
      "We purchase firewalls and antivirus software provided by leading security vendors.",
      "Our regional warehouses are operated by a third-party logistics firm under multi-year contracts.",
    ],
  },
  {
    element: "third-party-engaged",
    shape: "certifications and attestations a program undergoes",
    yes: ["Our security programs follow recognized standards and undergo periodic certifications and attestations."],
    no: ["All employees complete an annual acknowledgement of our acceptable use policy."],
  },
  {
    element: "incident-escalation",
    shape: "a response team that convenes; a plan that sets out who is told",
    yes: [
      "For any high-severity event, a cross-functional response team of security, legal and communications staff convenes within the hour.",
      "Our cybersecurity response team meets as soon as an intrusion is confirmed.",
      "The incident handbook specifies who should be informed of a confirmed breach and how quickly.",
      "For each type of incident, the runbook sets out who within the Company must be notified.",
    ],
    no: [
      "Our emergency response team convenes whenever a hurricane threatens one of our distribution centers.",
      "Employees who must be notified of policy changes receive an email from human resources.",
      "The plan specifies who must be notified at our insurer when an incident may give rise to a claim.",
    ],
  },
  {
    element: "incident-escalation",
    shape: "an alert to a director or VP of an intrusion; a cyber committee convened",
    yes: [
      "Our plant security team alerts the VP of Manufacturing to intrusions detected in our control networks.",
      "Our monitoring provider alerts our IT Director to suspected intrusions at any hour.",
      "When an incident may be significant, the CISO convenes the Cyber Risk Committee to assess its impact.",
    ],
    no: [
      "We alert the director of each store to holiday staffing changes.",
      "The Board convenes its cybersecurity committee four times a year.",
    ],
  },
  {
    element: "incident-disclosure",
    shape: "a duty on us to report incidents to a regulator",
    yes: [
      "Our state insurance regulators require us to report certain cybersecurity incidents to them within 72 hours.",
      "We are required to notify our primary federal regulator of significant computer-security incidents within 36 hours.",
    ],
    no: [
      "Employees are required to report suspected security incidents to the service desk immediately.",
      "New state rules requiring companies to report data breaches within 72 hours have added to our compliance costs.",
    ],
  },
  {
    element: "incident-disclosure",
    shape: "our customers' own filing duties are theirs, our own filing is ours",
    yes: ["If an incident is determined to be material, we will disclose it on Form 8-K."],
    no: ["Most of our clients are publicly traded issuers that must disclose material cybersecurity incidents on Form 8-K."],
  },
];

testShapes(SHAPES);
