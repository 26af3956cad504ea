// Round 22 (acc22-third): third parties engaged (106(b)(1)(ii)) and overseen (106(b)(1)(iii)), read by shape. A risk
// whose threats hit systems that third parties run is identified, not overseen; systems "supported by" software
// providers engage no one; a provider's contractual duty to tell us of a breach is oversight; an incident at a provider
// that we follow up is oversight; a vendor's own team is not our management. Fictional sentences throughout (variants
// of the round's paraphrase batch, not its sentences); hard negatives of the same words keep their answer.
import { describe, expect, it } from "vitest";
import { paragraphElements as elements } from "../helpers.js";

describe("a third-party risk identified with no process over the providers is not oversight", () => {
  it.each([
    "Our enterprise risk program addresses risks from cybersecurity threats affecting applications supported by third-party software vendors.",
    "The security program is intended to manage risks from threats to our own systems and to systems run by third-party providers for us.",
  ])("%s", (text) => expect(elements(text)).not.toContain("third-party-oversight"));
  it.each([
    // a process over the risks from the providers keeps it
    "We identify and assess risks from cybersecurity threats associated with our use of third-party service providers.",
    "Our program manages risks arising from third-party vendors through diligence and contract terms.",
  ])("%s", (text) => expect(elements(text)).toContain("third-party-oversight"));
});

describe("systems supported by software providers, or incidents at outside firms, engage no one", () => {
  it.each([
    "Our warehouse and billing systems are supported by third-party software providers.",
    "Breaches at outside firms that process our data could harm our reputation.",
  ])("%s", (text) => expect(elements(text)).not.toContain("third-party-engaged"));
  it.each([
    "Our security program is supported by an outside cybersecurity firm.",
    "Outside firms are engaged each year to test our perimeter defenses.",
  ])("%s", (text) => expect(elements(text)).toContain("third-party-engaged"));
});

describe("oversight told by a provider's duty to us, a passive check or an incident at a provider we follow up", () => {
  it.each([
    "Our contracts with payroll processors oblige them to tell us promptly of any breach of our employees' data.",
    "Suppliers with access to our plants are periodically asked to confirm their compliance with our security requirements.",
    "Critical providers undergo an on-site security assessment by our staff every two years.",
    "When a vendor reports a security incident involving our data, our security team investigates the effect on our systems.",
    "Before sharing customer records with a fulfillment partner, we evaluate the partner's safeguards.",
    "Before sharing patient records with a billing associate, we sign a data agreement and evaluate the associate's safeguards.",
    "We obtain and review independent assurance reports, such as SOC 1 reports, from the providers that service our loans.",
    "Our purchasing standard requires a cybersecurity review before any new software is bought.",
    "Suppliers are tiered by the data they hold, and the tier sets how often their security is reviewed.",
  ])("%s", (text) => expect(elements(text)).toContain("third-party-oversight"));
  it("reads outsourced security work as engaged, not overseen", () => {
    const found = elements("We outsource security monitoring of our stores to a managed service provider.");
    expect(found).toContain("third-party-engaged");
    expect(found).not.toContain("third-party-oversight");
  });
});

describe("third parties engaged, active or passive", () => {
  it.each([
    "We use external vendors to run phishing simulations for our staff.",
    "A consulting firm reviewed our incident response plan this year.",
  ])("%s", (text) => expect(elements(text)).toContain("third-party-engaged"));
});

describe("a vendor's own team is not our management", () => {
  it("reads a vendor's own team and officer as no management role or position", () => {
    const found = elements("The cloud vendor's security operations team, led by its own Chief Information Security Officer, is responsible for the security of the platform we use.");
    expect(found).not.toContain("management-role");
    expect(found).not.toContain("management-positions");
    // our own officer keeps it
    expect(elements("Our Chief Information Security Officer is responsible for the security of our hosted platform.")).toContain("management-positions");
  });
});

// The lead's seen fixes (held-out sets H and I, round 22): an IT managed service provider told with the security work
// it does (data security, security policies), and providers used "to alert us" of events. Fictional variants; each
// engaged case fails at 88a0d15. A provider's duty to alert us of its own breach stays oversight, not engagement.
describe("a managed service provider's security work, or providers used to alert us, is third parties engaged", () => {
  it.each([
    "Our outside managed service provider helps with the oversight of company-wide data security for us.",
    "A managed service provider assists our controller in drafting and enforcing our security policies.",
    "We leverage selected providers together with our own security operations staff to alert us when a security event occurs.",
  ])("%s", (text) => expect(elements(text)).toContain("third-party-engaged"));
  it.each([
    "Our managed service provider hosts the payroll application and the warehouse system.",
    "Our contracts require payment processors to alert us of any breach of cardholder data within 48 hours.",
  ])("%s", (text) => expect(elements(text)).not.toContain("third-party-engaged"));
});
