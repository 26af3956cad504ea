// Round 24 (acc24-third): third parties and the incident path, read by shape where real Item 1C sections use the same
// words for something else. "Escalate" as "increase" (threats, costs, tensions) moves no incident up to anyone;
// customers' or vendors' own duties to notify are no disclosure path of ours; counsel consulted on disclosure stays the
// disclosure path, not an engaged assessor, even past "Item 1.05"; providers referred back to ("such providers") and
// then tiered or vetted are overseen; the financial auditor's ITGC work and outsourced operations are no engagement;
// vendors engaged to provide our security work are agents, not overseen. Fictional sentences throughout (variants of the round's paraphrase batch, not
// its sentences); each positive that pins a change fails at base 3e93cb2, and each has a near miss kept out.
import { describe, expect, it } from "vitest";
import { paragraphElements as elements } from "../helpers.js";

describe("'escalate' as 'increase' is no escalation path", () => {
  it.each([
    "Ransomware attacks against manufacturers have escalated sharply since 2022, and we expect the trend to continue.",
    "Our cybersecurity costs may continue to escalate as we hire more security staff.",
    "Escalating geopolitical tensions have increased the risk of attacks on our networks by state-sponsored actors.",
  ])("%s", (text) => expect(elements(text)).not.toContain("incident-escalation"));
  it.each([
    // the same words, with an incident moved up to someone
    "As ransomware attacks have escalated, confirmed incidents are escalated to our Chief Information Security Officer within one hour.",
    "Our escalation protocol, updated as threats have escalated, requires that significant incidents be reported to the General Counsel.",
    // "the escalation of" information or incidents is the path itself, however far its receiver
    "Our response procedures provide for the escalation of information about certain security incidents, depending on their severity and the systems affected, to our Chief Information Officer and the Audit Committee.",
  ])("%s", (text) => expect(elements(text)).toContain("incident-escalation"));
});

describe("someone else's duty to notify is no disclosure path of ours", () => {
  it("reads customers' own notice duties as theirs", () => {
    expect(elements("Our banking clients have their own regulatory obligations to notify their supervisors of security breaches affecting their customers.")).not.toContain("incident-disclosure");
  });
  it("keeps our notice where we give it", () => {
    expect(elements("We notify affected clients of security breaches promptly, and they then meet their own obligations to notify their supervisors.")).toContain("incident-disclosure");
  });
});


describe("counsel consulted on disclosure past a numbered item is no engaged assessor", () => {
  it("reads counsel on Item 1.05 as the disclosure path only", () => {
    const found = elements("Our plan requires an evaluation of any reporting duty under Item 1.05 of Form 8-K in consultation with outside counsel.");
    expect(found).toContain("incident-disclosure");
    expect(found).not.toContain("third-party-engaged");
  });
  it("still reads an outside firm named beside counsel as engaged", () => {
    expect(elements("Our plan requires an evaluation of any reporting duty under Item 1.05 of Form 8-K in consultation with outside counsel and an outside forensic firm.")).toContain("third-party-engaged");
  });
});

describe("providers referred back to, then tiered or vetted, are overseen", () => {
  it("reads 'such providers are tiered'", () => {
    expect(elements("Our billing and hosting are performed by third parties, and such providers are tiered by risk and monitored throughout the relationship.")).toContain("third-party-oversight");
  });
  it("leaves 'such providers' that are merely paid out", () => {
    expect(elements("Our billing and hosting are performed by third parties, and such providers are paid monthly throughout the relationship.")).not.toContain("third-party-oversight");
  });
});

describe("the financial-statement auditor's ITGC work is no engagement in the cybersecurity processes", () => {
  it("reads the ICFR audit's ITGC testing as the financial audit", () => {
    expect(elements("As part of its audit of our internal control over financial reporting, our independent auditor tests certain IT general controls.")).not.toContain("third-party-engaged");
  });
  it("keeps an outside firm engaged to test IT general controls and security", () => {
    expect(elements("An outside accounting firm that we engage each year tests our IT general controls and our cybersecurity controls.")).toContain("third-party-engaged");
  });
});


describe("outsourced operations are no engagement in the processes", () => {
  it("reads services 'such as' operations as outsourcing", () => {
    expect(elements("We engage third parties to provide various services, including payroll, logistics and customer support, and some of them process our employees' data.")).not.toContain("third-party-engaged");
    expect(elements("We engage third parties to provide various services, including penetration testing and the monitoring of our network.")).toContain("third-party-engaged");
  });
  it("reads vendors engaged to provide security work as agents, not overseen", () => {
    expect(elements("We engage vendors to provide various services, including penetration testing and the monitoring of our network.")).not.toContain("third-party-oversight");
    expect(elements("We engage vendors to provide various services, and we assess each vendor's security controls before onboarding.")).toContain("third-party-oversight");
  });
});

