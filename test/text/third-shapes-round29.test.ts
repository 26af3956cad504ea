// Round 29 (acc29-third): third parties, escalation, disclosure and the board's false detections in long paragraphs, on
// the shapes of round29.third.json and round28.sealed.json. Fictional sentences throughout; each shape has sentences it
// must read and near misses it must leave; the near misses (and the manufacturers positive) fail at base 9f6f9c6.
import { testShapes, type Shape } from "./shape-table.js";

const SHAPES: Shape[] = [
  {
    element: "third-party-engaged",
    shape: "a supplier's audit report asked for late in a long sentence",
    yes: ["We engage an independent audit firm to test our information security controls each year."],
    no: [
      "Suppliers in the highest class must accept our information security schedule, which requires multi-factor authentication for remote access, encryption of our data and notice to us within 72 hours of any incident affecting it; they also complete a detailed questionnaire and provide an independent audit report or a bridge letter covering any gap since their last report.",
    ],
  },
  {
    element: "third-party-engaged",
    shape: "outside counsel advising a disclosure decision, late in a long sentence",
    yes: ["We retain outside counsel and a digital forensics firm to assist us in responding to cybersecurity incidents."],
    no: [
      "The committee, which also includes the heads of Investor Relations and Group Reporting, evaluates whether the incident is material to the Group and whether public disclosure is required under the rules of the SEC and of Euronext Amsterdam, drawing on the CISO's assessment of the systems and data affected and on the advice of outside counsel.",
    ],
  },
  {
    element: "third-party-engaged",
    shape: "reviewed by our General Counsel",
    yes: ["Our incident response plan is reviewed by outside counsel and tested by an independent security firm every year."],
    no: [
      "Our Legal team decides which breach notification laws apply to an incident, and each notice to consumers is reviewed by our General Counsel before it is sent.",
    ],
  },
  {
    element: "incident-escalation",
    shape: "the plan requires us to notify outside parties (disclosure, not escalation)",
    yes: ["Our incident response plan requires the security team to notify the CISO and the General Counsel of any confirmed incident."],
    no: [
      "If an incident compromises cardholder data, our incident response plan requires us to notify the card brands and our sponsor banks within the periods our agreements with them set.",
    ],
  },
  {
    element: "incident-escalation",
    shape: "attacks that escalated in volume (a trend)",
    yes: ["Confirmed incidents are escalated to the Chief Information Security Officer within one hour."],
    no: ["Attacks on companies like ours have escalated in both volume and sophistication over the past three years."],
  },
  {
    element: "board-oversight",
    shape: "directors' certificates in cybersecurity oversight",
    yes: ["Our Audit Committee oversees risks from cybersecurity threats and reviews our information security program each quarter."],
    no: [
      "Three of our directors have completed a director certificate program in cybersecurity oversight, and the Board receives training from outside experts on emerging topics such as artificial intelligence.",
    ],
  },
  {
    element: "third-party-oversight",
    shape: "manufacturers held to security terms",
    yes: ["Purchase agreements require device manufacturers to notify us of vulnerabilities affecting their devices and to provide validated patches."],
    no: ["Our purchase agreements require manufacturers to deliver parts within ten business days of an order."],
  },
  {
    element: "incident-disclosure",
    shape: "the unauthorized access to, or use or disclosure of, data (a leak, not a disclosure)",
    yes: ["We notify affected patients and the Department of Health and Human Services of breaches of unsecured protected health information, as HIPAA requires."],
    no: [
      "Our systems and those of our vendors remain vulnerable to attack. The unauthorized access to, or the use or disclosure of, patient information could expose us to investigations by the Office for Civil Rights and state attorneys general, to penalties under HIPAA and state privacy laws, and to class action litigation, and it could harm our reputation with patients and physicians.",
    ],
  },
  {
    element: "incident-disclosure",
    shape: "other companies' disclosures and new requirements (a trend)",
    yes: ["If the Disclosure Committee determines that an incident is material, we will disclose it on Form 8-K within four business days."],
    no: [
      "Several payment companies and their vendors disclosed significant incidents on Form 8-K during 2025.",
      "We expect the costs of protecting our platform, of insurance and of complying with new notification and resilience requirements to keep rising.",
    ],
  },
  {
    element: "third-party-oversight",
    shape: "a vendor topic in what the CISO briefs a committee on",
    yes: ["Before we onboard a vendor that will hold customer data, our security team reviews its SOC 2 report and its answers to our questionnaire."],
    no: [
      "The Chief Information Security Officer briefs the Audit and Risk Committee at each of its regular quarterly meetings on the threat environment, the status of security projects, the results of the annual penetration test and maturity assessment, the performance of key vendors, and any incidents that met the reporting thresholds of our incident response plan.",
    ],
  },
  {
    element: "board-informed",
    shape: "a two-tier structure's Management Board is management",
    yes: ["Our Supervisory Board receives a report from the Chief Digital Officer and the Group CISO twice a year on cybersecurity risks."],
    no: [
      "The Management Board receives a report from the Group CISO each month on the security program and significant incidents.",
      "Our Executive Board approves the Group's information security policy and receives a report from the Group CISO each quarter on cyber risks.",
    ],
  },
  {
    element: "third-party-oversight",
    shape: "contractors' access removed when their work ends",
    yes: ["Contractors who need remote access to our plant systems connect only through a monitored gateway, and their access is removed when their work ends."],
    no: ["Vendors may remove our access to their platforms if we breach their terms of service."],
  },
  {
    element: "processes",
    shape: "what the CISO briefs a committee on is a topic; the team's own monitoring in the sentence is a process",
    yes: ["Our security operations team monitors our networks around the clock and escalates significant alerts to our CISO, who briefs the Risk Committee of our Board on any incident that may be material."],
    no: ["Our CISO briefs the Audit Committee at each quarterly meeting on the results of vulnerability scans and phishing simulations."],
  },
];

testShapes(SHAPES);
