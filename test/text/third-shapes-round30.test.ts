// Round 30 (acc30-third): third parties, escalation and disclosure sentence by sentence, on the shapes of
// round30.third.json (single sentences of real filers' length, each judged alone). Fictional sentences throughout,
// none copied from the batch; each shape has sentences it must read and near misses it must leave. The topic cases
// are over 40 words, where the paragraph topic gate reads them.
import { testShapes, type Shape } from "./shape-table.js";

const SHAPES: Shape[] = [
  {
    element: "incident-escalation",
    shape: "a risk factor's conditional of failure ('if … fail to escalate …, we could …')",
    yes: ["If the on-call analyst fails to contain an incident within four hours, it is escalated to the Chief Information Officer and the General Counsel."],
    no: [
      "If our monitoring tools fail to flag an intrusion in time, or if an alert is missed, we could be slow to escalate it to senior management and to meet our disclosure obligations.",
    ],
  },
  {
    element: "incident-disclosure",
    shape: "a risk factor's conditional of a duty ('if we are required to disclose …, … could …')",
    yes: ["If an incident is determined to be material, we will disclose it on Form 8-K within four business days of that determination."],
    no: [
      "If we are required to disclose a cyber incident before our investigation is complete, investors could draw the wrong conclusions about its scope and our share price might fall.",
      "If our monitoring tools fail to flag an intrusion in time, or if an alert is missed, we could be slow to escalate it to senior management and to meet our disclosure obligations.",
    ],
  },
  {
    element: "incident-disclosure",
    shape: "coordinated disclosure of a product vulnerability",
    yes: ["Our Disclosure Committee decides whether a cybersecurity incident must be disclosed publicly, including on Form 8-K."],
    no: [
      "When a researcher reports a flaw in one of our routers, our product security incident response team coordinates disclosure with the researcher and the affected customers and publishes an advisory once a fix is ready.",
    ],
  },
  {
    element: "incident-disclosure",
    shape: "a vendor's own breach notice, received by us and sent by the vendor",
    yes: ["We notify affected individuals and state regulators of a breach of personal information when the law requires."],
    no: [
      "Last year we received notice from a former benefits provider that an attack on its systems had exposed data on some of our retirees, and the provider notified the affected individuals.",
    ],
  },
  {
    element: "third-party-engaged",
    shape: "a managed IT services firm doing security work (detection and suspicious activity are security words)",
    yes: [
      "Administration of our laptops is outsourced to a managed IT services firm that also runs our endpoint detection software and flags suspicious activity to our controller.",
    ],
    no: ["Administration of our payroll is outsourced to a managed services firm that also prepares our quarterly tax filings."],
  },
  {
    element: "third-party-engaged",
    shape: "a vendor's independent attestations used in its review",
    yes: ["Our controls are assessed every year by an independent audit firm, which issues a SOC 2 Type II report on them."],
    no: [
      "Our vendor risk team rates the security of each new cloud provider using its questionnaire answers, independent attestations and the contract terms it accepts.",
    ],
  },
  {
    element: "third-party-oversight",
    shape: "system integrators, each reviewed in the singular",
    yes: [
      "Systems integrators that configure our control networks may connect only through a monitored gateway, and each is reviewed against our security standards before its contract is renewed.",
    ],
    no: ["Our systems integrators install and configure the equipment in our new plants and train our operators to use it."],
  },
  {
    element: "third-party-oversight",
    shape: "PCI is a security word for the paragraph topic (over 40 words)",
    yes: [
      "Taking a risk-based approach, we set how closely we review each booking and point-of-sale vendor by what it can reach: vendors connected to the environment in which we process guests' payment cards must give us a current PCI attestation of compliance, and the others complete a shorter self-assessment.",
    ],
    no: [
      "Taking a risk-based approach, we set how closely we review each food and beverage vendor by what it supplies: vendors of fresh produce and seafood must give us a current food-safety certificate and allow inspections of their facilities, and the others complete a shorter self-assessment each year.",
    ],
  },
  {
    element: "third-party-engaged",
    shape: "identity and access management is a security word for the paragraph topic (over 40 words)",
    yes: [
      "In the second half of the year our underwriting, billing and agency management platforms were reviewed by consultants from an advisory firm who, working with our internal auditors, tested our identity and access management controls and reported their findings to management.",
    ],
    no: [
      "In the second half of the year our underwriting, billing and agency management processes were reviewed by consultants from an advisory firm who, working with our internal auditors, tested our expense approval and vendor payment controls and reported their findings to management.",
    ],
  },
  {
    element: "incident-escalation",
    shape: "a filing told after the company's own materiality determination names no decider",
    yes: [
      "Whether a cybersecurity incident is material is determined by our Disclosure Committee, which meets within 48 hours of any incident rated critical.",
      "The General Counsel decides, after consulting the Chief Financial Officer, whether an incident is material and must be reported on Form 8-K.",
    ],
    no: [
      "If the Company determines that a cybersecurity incident is material, it will file a Current Report on Form 8-K within four business days.",
      "Upon a determination that a cybersecurity incident is material, we will report it on Form 8-K as the SEC's rules require.",
      "As a foreign private issuer, we would furnish a report on Form 6-K promptly after determining that a cybersecurity incident is material.",
      "Material cybersecurity incidents will be reported on Form 8-K within four business days after the materiality determination.",
    ],
  },
  {
    element: "third-party-oversight",
    shape: "their cybersecurity reviewed (the outside parties named before)",
    yes: ["Our fund administrator and custodian hold investor records, and the Adviser reviews their cybersecurity policies and incident reports every year."],
    no: [
      "Department managers review their cybersecurity training records each quarter to confirm that every employee has completed the course.",
      "The Audit Committee reviews their cybersecurity reports at each meeting.",
    ],
  },
];

testShapes(SHAPES);
