// Round 27 (acc27-third): third parties and integration on the drafting shapes of round27.third.json (and older batches'
// misses of the same shapes) that did not carry over. Fictional sentences throughout (variants of the batches, not their
// sentences); each shape has sentences it must read and near misses it must leave; the positives or near misses that pin a
// change fail at base 666c6a2.
import { testShapes, type Shape } from "./shape-table.js";

const SHAPES: Shape[] = [
  {
    element: "third-party-oversight",
    shape: "terms that oblige a provider to security duties",
    yes: ["Our master agreement obliges each hosting provider to maintain a written information security program."],
    no: ["Our contracts with distributors oblige each of them to meet minimum purchase volumes."],
  },
  {
    element: "third-party-oversight",
    shape: "SOC reports collected from providers",
    yes: ["Every year we collect the SOC 2 reports of the processors that handle our payroll and benefits data."],
    no: ["We collect payment from our customers within thirty days of invoicing."],
  },
  {
    element: "third-party-oversight",
    shape: "providers risk-rated",
    yes: ["Cloud providers are risk-rated when they are selected, and the rating decides how deep our review goes."],
    no: ["Our bonds are rated by two national rating agencies."],
  },
  {
    element: "third-party-oversight",
    shape: "a provider's access revoked when the relationship ends",
    yes: ["At the end of each contract, a supplier's access to our network is revoked and our data is returned to us."],
    no: [
      "Third parties may gain access to our network and revoke the credentials of our administrators.",
      "We revoke an employee's access to our systems on the day employment ends.",
    ],
  },
  {
    element: "third-party-engaged",
    shape: "a firm whose specialists test our cybersecurity controls",
    yes: ["We co-source internal audit with an accounting firm whose IT specialists test our cybersecurity controls each year."],
    no: ["Our internal audit function tests our cybersecurity controls each year."],
  },
  {
    element: "third-party-engaged",
    shape: "not a vendor's own attestation it cannot produce, insurers, customers' consultants, advisers on other matters",
    yes: ["An independent assessor reviews our security program every year."],
    no: [
      "If a hosting vendor cannot produce an independent attestation, our security staff review its controls themselves.",
      "We buy property insurance from third-party insurers and review our coverage with our broker each year.",
      "Outside consultants hired by our clients sometimes review the security of the applications we build for them.",
      "Outside advisers assist the Company with tax planning and with the integration of acquired businesses.",
    ],
  },
  {
    element: "third-party-oversight",
    shape: "a sentence that refers back to a provider: its report received or reviewed, \"it\" bound by the agreement",
    yes: [
      "Our payroll provider holds employee records. We receive its annual SOC 1 report and follow up on any exceptions.",
      "Our hosting provider keeps our backups. We review its audit reports each year.",
      "Our claims agents are third parties that reach policyholder data through our portal. Each agent must certify every year that it maintains the safeguards our agreement requires.",
    ],
    no: ["We rely on several cloud vendors. It is important that we report security incidents promptly."],
  },
  {
    element: "third-party-oversight",
    shape: "not customers that require their suppliers (us) to be certified",
    yes: ["We require our suppliers to hold certifications such as ISO 27001."],
    no: ["Several of our customers require their suppliers to hold certifications such as SOC 2, and we could lose them if we do not."],
  },
  {
    element: "third-party-engaged",
    shape: "cybersecurity with support from an outsourced IT or managed service provider; a consultant measuring our maturity for the Audit Committee",
    yes: [
      "We have no chief information security officer; our Controller oversees cybersecurity with support from our managed service provider.",
      "The Audit Committee receives a yearly report from an independent consultant on the maturity of our security program.",
    ],
    no: [
      "We receive support from our managed service provider for payroll processing.",
      "The Compensation Committee engages an independent consultant to advise it on executive pay.",
    ],
  },
  {
    element: "third-party-oversight",
    shape: "an outsourced IT or managed service provider doing our security work is engaged, unless the sentence checks or binds it",
    yes: [
      "We review the SOC 2 report of our managed service provider each year.",
      "We assess the security controls of our managed service provider before each renewal.",
    ],
    no: [
      "We have no security officer; our Controller oversees our relationship with our outsourced IT provider, which monitors our network.",
      "Our Chief Financial Officer is responsible for overseeing our third-party IT provider, which manages our cybersecurity.",
    ],
  },
  {
    element: "third-party-oversight",
    shape: "products or services that help customers assess their own suppliers",
    yes: ["We assess the security of our suppliers before we sign a contract with them."],
    no: [
      "We license third-party risk software that our clients use to evaluate the security of their vendors.",
      "We provide supplier security review services to regional companies, assessing their vendors on their behalf.",
    ],
  },
  {
    element: "integration",
    shape: "the board's own oversight or review of enterprise risk, cybersecurity among it, is not the processes' place in ERM",
    yes: [
      "The Audit Committee reviews our enterprise risk management program, of which cybersecurity is one part.",
      "Cybersecurity is part of our enterprise risk management program, which the Board reviews each year.",
      "The Audit Committee and management review the enterprise risk map each year; cybersecurity is one of the risks on it, rated on the same scale as our other risks.",
    ],
    no: [
      // round 28 (acc28-board): the board's own remit, as held-out reads it (board-shapes-round28)
      "Cyber risk is overseen by the Board as part of its oversight of enterprise risk.",
      "The Board reviews the Company's enterprise risks, including cybersecurity, at each of its regular meetings.",
      "Cyber risk is among the risks the Board reviews with management as part of its annual review of enterprise risk.",
      "Our directors oversee the Company's enterprise risks, including cybersecurity.",
    ],
  },
];

testShapes(SHAPES);
