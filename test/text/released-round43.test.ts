// Round 43 (acc43-released, issue 10): classes read from round41.sealed's errors once released (docs/accuracy.md "Round 43 -
// round41.sealed's errors, by class"). Data readings, none one sentence's words:
// - ERM, cybersecurity as one member of the company's own set of risks ("one of eighteen enterprise risks", "principal risks,
//   of which cybersecurity is one", "alongside food safety, commodity and currency risks" in a risk register, map or
//   inventory): integration (C15, C29; element-integration), not the risks a company faces or the board oversees;
// - TPO, a security requirement imposed on a third party of any trade ("customs brokers … are required by contract to protect
//   our shipment data", "contractors must complete our security awareness training"): third-party-oversight
//   (element-third-party-oversight), not a requirement on us, nor a negated one; recovery as a security word of the
//   not-security sentence veto ("we have required the provider to maintain a recovery site");
// - ENG-OFF, an outside firm engaged, retained or hired, or auditing or surveying us, in a sentence with no security, data,
//   risk, control, program or our-systems word: engaged for another matter (sentence-third-party-engaged-not-security);
// - MSP, an outside IT or security provider named as the one that monitors us or reports, alerts or tells management (round
//   24's convention, C19): third-party-engaged (element-third-party-engaged).
// Fictional sentences, none of them in a paraphrase batch. At base 84f77255 every case of NOT_ANY_MORE and NOW_FOUND fails
// (6; run with the base's rules/lexicons); the guards pass at base and must not change.
import { describe, expect, it } from "vitest";
import { paragraphElements as elements } from "../helpers.js";
import { checkClasses, type ClassCase } from "./precision-classes.js";

/** [class, paragraph, element it must not find] — found at base. */
const NOT_ANY_MORE: ClassCase[] = [
  [
    "ENG-OFF: an advisory firm retained for an order-to-cash process",
    "We retained an advisory firm in 2025 to streamline our order-to-cash process.",
    "third-party-engaged",
  ],
  [
    "ENG-OFF: a quality system audited by an outside registrar",
    "Our quality management system is certified each year by an independent registrar under ISO 13485.",
    "third-party-engaged",
  ],
];

/** [class, paragraph, element it must now find] — missed at base. */
const NOW_FOUND: ClassCase[] = [
  [
    "ERM: principal risks, of which cyber is one",
    "Each year our executive team reviews the company's principal risks, of which cybersecurity is one.",
    "integration",
  ],
  [
    "TPO: a provider required to keep a recovery site",
    "After the outage, we required our payroll provider to maintain a recovery site that it tests twice a year.",
    "third-party-oversight",
  ],
  [
    "MSP: an outsourced IT provider that reports to a manager",
    "Our Treasurer receives a monthly report on blocked intrusions from our outsourced IT provider.",
    "third-party-engaged",
  ],
  [
    "MSP: a security partner that alerts a manager",
    "Our security partner watches our store networks and alerts our Chief Operating Officer to any confirmed intrusion.",
    "third-party-engaged",
  ],
];

/** [class, paragraph, element it must still find] — guards. */
const STILL: ClassCase[] = [
  [
    "ERM (found at base): cyber one of the enterprise risks in the register",
    "Cybersecurity is one of the twelve enterprise risks recorded in our corporate risk register.",
    "integration",
  ],
  [
    "TPO (found at base): subcontracted carriers required by contract to protect our data",
    "Subcontractors that carry our containers are required by contract to protect our shipment data and to report any breach to us.",
    "third-party-oversight",
  ],
  [
    "ENG-OFF's twin: a firm engaged to test our controls",
    "We engage an outside firm to test our security controls each year.",
    "third-party-engaged",
  ],
  [
    "ENG-OFF's twin: a certification body auditing the ISMS",
    "Our information security management system is certified each year by an independent registrar under ISO/IEC 27001.",
    "third-party-engaged",
  ],
  [
    "TPO's twin: a vendor questionnaire",
    "Our security team sends each new vendor a security questionnaire and reviews its answers before the contract is signed.",
    "third-party-oversight",
  ],
];

/** [class, paragraph, element it must still not find] — guards on traps. */
const STILL_NOT: ClassCase[] = [
  [
    "ENG-OFF (not found at base): a consulting firm hired for a warehouse redesign",
    "In 2024 we hired a consulting firm to redesign the layout of our three largest warehouses.",
    "third-party-engaged",
  ],
  [
    "ERM trap: a risk the industry faces",
    "Cybersecurity is one of the principal risks facing water utilities, and attacks on control systems have grown.",
    "integration",
  ],
  [
    "TPO trap: customers' requirements on us",
    "Several of our customers require us to complete their security questionnaires each year.",
    "third-party-oversight",
  ],
];

checkClasses("round 43: round41.sealed's classes", { notAnyMore: NOT_ANY_MORE, nowFound: NOW_FOUND, still: STILL });
describe("round 43: round41.sealed's traps", () => {
  it.each(STILL_NOT)("guard: %s", (_what, paragraph, element) => {
    expect(elements(paragraph)).not.toContain(element);
  });
});
