// Round 27 (acc27-third): third parties and integration on the drafting shapes of round27.third.json (and older batches'
// misses of the same shapes) that did not carry over. Fictional sentences throughout (variants of the batches, not their
// sentences); each shape has sentences it must read and near misses it must leave; the positives or near misses that pin a
// change fail at base 666c6a2.
import { describe, expect, it } from "vitest";
import { paragraphElements as elements } from "../helpers.js";

interface Shape {
  element: string;
  shape: string;
  yes: string[];
  no: string[];
}

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
];

for (const { element, shape, yes, no } of SHAPES) {
  describe(`${element}: ${shape}`, () => {
    it.each(yes)("reads %s", (text) => expect(elements(text)).toContain(element));
    it.each(no)("leaves %s", (text) => expect(elements(text)).not.toContain(element));
  });
}
