// Round 24 (acc24-third): third parties and the incident path, read by shape where real Item 1C sections use the same
// words for something else. "Escalate" as "increase" (threats, costs, tensions) moves no incident up to anyone;
// customers' or vendors' own duties to notify are no disclosure path of ours; a notice told as a legal possibility is
// still our path where the sentence says who manages those notifications; counsel consulted on disclosure stays the
// disclosure path, not an engaged assessor, even past "Item 1.05"; providers referred back to ("such providers") and
// then tiered or vetted are overseen. Fictional sentences throughout (variants of the round's paraphrase batch, not
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

describe("a possible notice duty with the office that manages those notifications", () => {
  it("reads the office managing the notices as our path", () => {
    expect(elements("After a breach we may be required to notify state attorneys general and affected patients, and our compliance office handles those notifications.")).toContain("incident-disclosure");
  });
  it("leaves a notice told only as a risk-factor possibility out", () => {
    expect(elements("After a breach we may be required to notify state attorneys general and affected patients, which could be costly.")).not.toContain("incident-disclosure");
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

describe("an oversight or a report that is someone else's, or not of an incident", () => {
  it("reads regulators' focus on institutions' vendor oversight as a trend", () => {
    expect(elements("Supervisors have sharpened their focus on how insurers manage cyber risk, including their oversight of third-party service providers.")).not.toContain("third-party-oversight");
    expect(elements("In line with our regulators' expectations, our vendor management team assesses the security controls of our third-party service providers before onboarding.")).toContain("third-party-oversight");
  });
  it("reads a board that escalated its own oversight as no incident moving up", () => {
    expect(elements("After the 2022 breach, the Board escalated its attention to cybersecurity and added a director with security experience.")).not.toContain("incident-escalation");
  });
  it("reads periodic reports on Form 10-K and 10-Q as no incident's disclosure", () => {
    expect(elements("As a public company we file annual reports on Form 10-K and quarterly reports on Form 10-Q with the Securities and Exchange Commission.")).not.toContain("incident-disclosure");
    expect(elements("A material incident would be disclosed on Form 8-K and updated in our quarterly reports on Form 10-Q.")).toContain("incident-disclosure");
  });
});

describe("outsourced operations and an engagement someone else may require are no engagement in the processes", () => {
  it("reads services 'such as' operations as outsourcing", () => {
    expect(elements("We engage third parties to provide various services, including payroll, logistics and customer support, and some of them process our employees' data.")).not.toContain("third-party-engaged");
    expect(elements("We engage third parties to provide various services, including penetration testing and the monitoring of our network.")).toContain("third-party-engaged");
  });
  it("reads vendors engaged to provide security work as agents, not overseen", () => {
    expect(elements("We engage vendors to provide various services, including penetration testing and the monitoring of our network.")).not.toContain("third-party-oversight");
    expect(elements("We engage vendors to provide various services, and we assess each vendor's security controls before onboarding.")).toContain("third-party-oversight");
  });
  it("reads an insurer's possible requirement as a possibility", () => {
    expect(elements("Our cyber insurers could require us to retain their panel forensic firms after a covered event.")).not.toContain("third-party-engaged");
    expect(elements("Our cyber insurers require that we retain a panel forensic firm, and we have retained one on standby.")).toContain("third-party-engaged");
  });
});

describe("insurance that pays for firms or notices, and product vulnerability disclosure, are neither engagement nor the path", () => {
  it("reads covered costs as a caveat about losses", () => {
    const found = elements("Our cyber insurance policy covers certain expenses after an attack, such as forensic work by outside firms and notification of affected customers.");
    expect(found).not.toContain("third-party-engaged");
    expect(found).not.toContain("incident-disclosure");
    expect(elements("We maintain cyber insurance, and we engage an outside firm every year to test our controls.")).toContain("third-party-engaged");
  });
  it("reads disclosure of product vulnerabilities as product security", () => {
    expect(elements("Public disclosure of vulnerabilities found in our devices is coordinated by our product security incident response team, which publishes advisories for customers.")).not.toContain("incident-disclosure");
    expect(elements("If an incident exploits a vulnerability in our devices, we disclose it to affected customers and regulators.")).toContain("incident-disclosure");
  });
});
