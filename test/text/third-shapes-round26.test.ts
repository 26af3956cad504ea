// Round 26 (acc26-third): third parties and the incident path on the drafting shapes of round26.third.json that did not
// carry over. Fictional sentences throughout (variants of the batch, not its sentences); each positive that pins a change
// fails at base 98c5ace, and each has a near miss kept out.
import { describe, expect, it } from "vitest";
import { paragraphElements as elements } from "../helpers.js";

describe("third-party risk as the passive subject of a managing verb is oversight", () => {
  it.each([
    "Third-party cyber risk is managed through a tiered review of every provider that handles our data.",
    "Vendor security risks are assessed by our procurement and information security teams before a contract is signed.",
  ])("%s", (text) => expect(elements(text)).toContain("third-party-oversight"));
  it.each([
    "Third-party risk is heightened by our reliance on a small number of cloud providers.",
    "Supply chain risk is a growing concern for manufacturers like us.",
  ])("%s", (text) => expect(elements(text)).not.toContain("third-party-oversight"));
});

describe("a vendor's notices about its own products are no duty we put on it", () => {
  it("leaves vulnerability notices from software vendors out", () => {
    expect(elements("Our software vendors notify us of vulnerabilities in their products, and we install the fixes they publish.")).not.toContain("third-party-oversight");
  });
  it("keeps vendors that tell us of incidents affecting our data", () => {
    expect(elements("Our vendors notify us of security incidents affecting our data within 48 hours, as our contracts require.")).toContain("third-party-oversight");
  });
});

describe("security work done by a provider named by its security trade is engagement", () => {
  it.each([
    "Firewall management and log monitoring are delivered as a managed service by a regional security services provider.",
    "Vulnerability scanning of our networks is handled by an outside cybersecurity firm each quarter.",
  ])("%s", (text) => expect(elements(text)).toContain("third-party-engaged"));
  it.each([
    "We purchase firewalls and antivirus software provided by leading security vendors.",
    "Our regional warehouses are operated by a third-party logistics firm under multi-year contracts.",
  ])("%s", (text) => expect(elements(text)).not.toContain("third-party-engaged"));
});

describe("certifications and attestations a program undergoes are engagement", () => {
  it("reads a program that undergoes regular certifications and attestations", () => {
    expect(elements("Our security programs follow recognized standards and undergo periodic certifications and attestations.")).toContain("third-party-engaged");
  });
  it("leaves employees' own policy acknowledgements out", () => {
    expect(elements("All employees complete an annual acknowledgement of our acceptable use policy.")).not.toContain("third-party-engaged");
  });
});

describe("a response team that convenes, and a plan that sets out who is told, are escalation", () => {
  it.each([
    "For any high-severity event, a cross-functional response team of security, legal and communications staff convenes within the hour.",
    "Our cybersecurity response team meets as soon as an intrusion is confirmed.",
    "The incident handbook specifies who should be informed of a confirmed breach and how quickly.",
    "For each type of incident, the runbook sets out who within the Company must be notified.",
  ])("%s", (text) => expect(elements(text)).toContain("incident-escalation"));
  it.each([
    "Our emergency response team convenes whenever a hurricane threatens one of our distribution centers.",
    "Employees who must be notified of policy changes receive an email from human resources.",
  ])("%s", (text) => expect(elements(text)).not.toContain("incident-escalation"));
});

describe("a duty on us to report incidents to a regulator is a disclosure path", () => {
  it.each([
    "Our state insurance regulators require us to report certain cybersecurity incidents to them within 72 hours.",
    "We are required to notify our primary federal regulator of significant computer-security incidents within 36 hours.",
  ])("%s", (text) => expect(elements(text)).toContain("incident-disclosure"));
  it.each([
    "Employees are required to report suspected security incidents to the service desk immediately.",
    "New state rules requiring companies to report data breaches within 72 hours have added to our compliance costs.",
  ])("%s", (text) => expect(elements(text)).not.toContain("incident-disclosure"));
});

describe("our customers' own disclosure duties are no disclosure path of ours", () => {
  it("reads customers that are public companies as theirs", () => {
    expect(elements("Most of our clients are publicly traded issuers that must disclose material cybersecurity incidents on Form 8-K.")).not.toContain("incident-disclosure");
  });
  it("keeps a filing of our own in the same words", () => {
    expect(elements("If an incident is determined to be material, we will disclose it on Form 8-K.")).toContain("incident-disclosure");
  });
});

describe("an alert to a director or VP, and a cyber committee convened, are escalation", () => {
  it.each([
    "Our plant security team alerts the VP of Manufacturing to intrusions detected in our control networks.",
    "Our monitoring provider alerts our IT Director to suspected intrusions at any hour.",
    "When an incident may be significant, the CISO convenes the Cyber Risk Committee to assess its impact.",
  ])("%s", (text) => expect(elements(text)).toContain("incident-escalation"));
  it.each([
    "We alert the director of each store to holiday staffing changes.",
    "The Board convenes its cybersecurity committee four times a year.",
  ])("%s", (text) => expect(elements(text)).not.toContain("incident-escalation"));
});

describe("third-party relationships tiered or assessed are oversight", () => {
  it("reads relationships tiered by risk", () => {
    expect(elements("The Company tiers its third-party relationships by inherent risk, and high-risk relationships receive annual control testing.")).toContain("third-party-oversight");
  });
  it("leaves relationships as a business asset", () => {
    expect(elements("Our third-party relationships are an important part of our distribution strategy.")).not.toContain("third-party-oversight");
  });
});
