// Round 25 (acc25-third): third parties and the disclosure path on real filers' shapes that did not carry over.
// Engaged told as collaboration with advisers in a list; oversight as an incident response that also covers vendors'
// incidents; one shared lexicon for what an insurer or a regulator
// says (sentence-insurer-regulator), read by engaged, oversight and the disclosure path; outsourced operations (goods
// made or sold for us, work handled by others) as no engagement. Fictional sentences throughout (variants of the round's
// paraphrase batch, not its sentences); each positive that pins a change fails at base c44c30c, and each has a near
// miss kept out.
import { describe, expect, it } from "vitest";
import { paragraphElements as elements } from "../helpers.js";

describe("collaboration with advisers named in a list is engagement", () => {
  it.each([
    "We collaborate with government bodies, information sharing groups, peer institutions and cybersecurity consultants to detect and counter emerging threats.",
    "Collaborating with public agencies, sector groups and third-party service providers, our team identifies and responds to cybersecurity risks.",
  ])("%s", (text) => expect(elements(text)).toContain("third-party-engaged"));
  it.each([
    "We collaborate with our suppliers and customers to improve the quality and cost of our products.",
    "We collaborate with law enforcement agencies and industry groups when investigating cybersecurity incidents.",
  ])("%s", (text) => expect(elements(text)).not.toContain("third-party-engaged"));
});

describe("an incident response that also covers vendors' incidents is oversight", () => {
  it("reads a response coordinated for incidents at vendors", () => {
    expect(elements("Our response team also coordinates the Company's response to cybersecurity incidents involving our suppliers that could affect our data.")).toContain("third-party-oversight");
  });
  it("leaves an incident at a vendor as a bare risk", () => {
    expect(elements("A cybersecurity incident involving one of our suppliers could disrupt our operations and expose our data.")).not.toContain("third-party-oversight");
  });
});

describe("an insurer's panel is no firm we engage (sentence-insurer-regulator)", () => {
  it("reads the carrier's requirement as the insurer's terms", () => {
    expect(elements("Under our cyber policy, the carrier may require us to use forensic firms from its approved panel.")).not.toContain("third-party-engaged");
  });
  it("keeps a firm we retain ourselves", () => {
    expect(elements("We maintain cyber insurance, and we have retained a forensic firm on a standby basis to support our response.")).toContain("third-party-engaged");
  });
});

describe("a regulator's or a law's own rule is no disclosure path and no oversight of ours (sentence-insurer-regulator)", () => {
  it("reads regulators' notice rules as theirs", () => {
    expect(elements("Federal banking regulators require notification of significant computer-security incidents within 36 hours.")).not.toContain("incident-disclosure");
    expect(elements("The SEC adopted rules in 2023 that require the disclosure of material cybersecurity incidents on Form 8-K.")).not.toContain("incident-disclosure");
  });
  it("keeps a rule that binds us, in the same words", () => {
    expect(elements("Federal banking regulators require us to notify them of significant computer-security incidents within 36 hours, and our incident response plan provides for that notice.")).toContain("incident-disclosure");
  });
  it("reads regulators' guidance on vendor risk as theirs", () => {
    expect(elements("Federal regulators have issued guidance on third-party risk management for banks.")).not.toContain("third-party-oversight");
    expect(elements("We maintain a third-party risk management program that follows federal regulators' guidance for banks.")).toContain("third-party-oversight");
  });
});

describe("outsourced operations are no engagement in the processes", () => {
  it.each([
    "We engage third parties to manufacture the components we sell to retailers.",
    "Payroll and benefits administration are handled by outside firms.",
  ])("%s", (text) => expect(elements(text)).not.toContain("third-party-engaged"));
  it.each([
    "We engage third parties to test our products for security vulnerabilities.",
    "Our security monitoring is handled by an outside firm.",
  ])("%s", (text) => expect(elements(text)).toContain("third-party-engaged"));
});

describe("disclosures on cybersecurity that name no incident are no disclosure path", () => {
  it.each([
    "The Board's oversight includes a review of our public disclosures on cybersecurity matters.",
    "The Audit Committee reviews our disclosures regarding cybersecurity in our periodic reports.",
  ])("%s", (text) => expect(elements(text)).not.toContain("incident-disclosure"));
  it("keeps the public disclosure of cybersecurity events", () => {
    expect(elements("The Board's oversight includes a review of our public disclosure of material cybersecurity events.")).toContain("incident-disclosure");
  });
});
