// Round 21 (acc21-third): third parties engaged (106(b)(1)(ii)) against the oversight of third-party service
// providers (106(b)(1)(iii)), read by shape. Outside parties the registrant uses to do its security work are
// agents, not overseen; a committee named "audit" checks nothing; an internal team, or people's "experience and
// expertise", is not a third party. Fictional sentences throughout; hard negatives of the same words keep their
// answer.
import { describe, expect, it } from "vitest";
import { paragraphElements as elements } from "../helpers.js";

describe("third parties engaged to do our security work are not overseen", () => {
  it.each([
    "• We use outside cybersecurity service providers, where appropriate, to assess, test or otherwise assist with parts of our security program;",
    "In addition, Harrowgate Mills engages a third-party vendor to conduct around-the-clock monitoring of security alerts.",
    "We engage consultants, advisors and vendors who are known for their security expertise or tools to supplement and test parts of our program.",
    "We rely on specialized firms to perform penetration tests of our retail websites.",
  ])("%s", (text) => {
    const found = elements(text);
    expect(found).toContain("third-party-engaged");
    expect(found).not.toContain("third-party-oversight");
  });
});

describe("oversight of third parties keeps its answer when a firm is engaged for it", () => {
  it.each([
    "We engage an independent firm to assess the security controls of our highest-risk vendors each year.",
    "For suppliers with elevated cyber risk, we also use outside firms to monitor those suppliers for threats.",
    "We use a specialized provider to review the SOC 2 reports our hosting companies deliver.",
    "We use external cybersecurity service providers to assess our controls, and we review the security of each new vendor before onboarding.",
  ])("%s", (text) => expect(elements(text)).toContain("third-party-oversight"));
});

describe("words of third parties that name no oversight and no engagement", () => {
  it("reads a third party in a list of whose information is secured as no oversight", () => {
    expect(elements("See “Any compromise of the security of customer, employee, third-party or Company information could harm us” in Item 1A.")).not.toContain("third-party-oversight");
    // the security of outside organisations by trade is still oversight
    expect(elements("We assess the security of the parties that host our applications before we renew their contracts.")).toContain("third-party-oversight");
  });
  it("reads an audit committee's briefing after a sentence naming providers as no check of them", () => {
    const text =
      "The Audit Committee receives reports on significant incidents involving us or our third-party service providers. The Audit Committee, in turn, briefs the Board on its cybersecurity oversight activities.";
    expect(elements(text)).not.toContain("third-party-oversight");
    // a sentence that refers back and checks them keeps it
    expect(elements("Several of our logistics providers hold shipment data. We review their security controls every year.")).toContain("third-party-oversight");
  });
  it("reads an internal team, or people's experience and expertise, as no third party engaged", () => {
    expect(elements("Our incident response process is overseen by our Vice President of Security and supported by an internal team of cybersecurity specialists.")).not.toContain("third-party-engaged");
    expect(elements("The CISO's experience is supplemented by the collective experience and expertise across our security organization.")).not.toContain("third-party-engaged");
    // outside specialists keep it
    expect(elements("Our incident response process is supported by outside cybersecurity specialists.")).toContain("third-party-engaged");
    expect(elements("We supplement our internal expertise with outside consultants who test our controls.")).toContain("third-party-engaged");
  });
});

describe("third parties engaged, told in the passive or beside internal staff", () => {
  it.each([
    "Third-party service providers are also utilized by the Enterprise Security team to play a supporting role in incident response and threat intelligence.",
    "Our CISO supervises both our internal cybersecurity personnel and our external cybersecurity service providers.",
  ])("%s", (text) => expect(elements(text)).toContain("third-party-engaged"));
  it.each([
    "Third-party service providers are used to host our e-commerce platform.",
    "We monitor our internal and external threats around the clock.",
  ])("%s", (text) => expect(elements(text)).not.toContain("third-party-engaged"));
});
