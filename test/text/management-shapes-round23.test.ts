// Round 23 (acc23-mgmt): the management elements of 106(c)(2) by shapes that carry over to filers
// nobody tuned on. A remit is off the cybersecurity topic when its sentence names another domain
// (sales, a brand, natural disasters) and no cyber word, even with "team" or "risk" in it; a career
// measured in years at other employers is a biography, not management's role; a decision whether an
// incident is material, or on notification obligations, is who decides disclosure, not who manages
// the risk. Fictional sentences; each list pins a change that fails at base 9fdbcff.
import { describe, expect, it } from "vitest";
import { paragraphElements as elements } from "../helpers.js";

describe("a remit in another domain is not management's cybersecurity role", () => {
  it.each([
    "Our Chief Marketing Officer leads a team responsible for managing customer relationships and brand risk.",
    "Our Crisis Management Team, made up of senior leaders, coordinates the company's response to natural disasters, pandemics and supply chain disruptions.",
    "Our Vice President of Sales leads a team of account managers responsible for our top 200 customers.",
  ])("%s", (text) => {
    const found = elements(text);
    expect(found).not.toContain("management-role");
    expect(found).not.toContain("management-positions");
  });
  it.each([
    "Our Crisis Management Team, made up of senior leaders, coordinates the company's response to incidents, including natural disasters and cyberattacks.",
    "Our Chief Marketing Officer leads a team responsible for the security of customer data in our marketing systems.",
  ])("keeps a sentence that also names the cyber topic: %s", (text) => expect(elements(text)).toContain("management-role"));
});

describe("a career measured in years elsewhere is a biography, not the role", () => {
  it.each([
    "Ms. Patel, our Chief Information Officer, has led technology and security organizations for more than two decades, most recently at a national health insurer.",
    "Our Chief Technology Officer has led engineering organizations for more than 20 years, including as head of platform security at a cloud services provider.",
    "Our parent's Chief Information Security Officer has led cybersecurity programs at Fortune 500 companies for 18 years and holds CISSP and CISA certifications.",
  ])("%s", (text) => {
    const found = elements(text);
    expect(found).not.toContain("management-role");
    expect(found).toContain("management-expertise");
  });
  it.each([
    "Our CISO has led our security program for more than five years.",
    "Ms. Patel, our Chief Information Officer, has led our security program since 2019.",
  ])("keeps our own program led: %s", (text) => expect(elements(text)).toContain("management-role"));
});

describe("deciding materiality or notification alone is not managing the risk", () => {
  it.each([
    "The CISO, together with the General Counsel and the Chief Financial Officer, evaluates each significant incident to determine whether it is material.",
    "Our Chief Legal Officer and Chief Financial Officer are responsible for determining whether an incident is material, taking into account the CISO's assessment of its operational and financial impact.",
    "Responsibility for deciding whether a cybersecurity event is material rests with a committee of senior executives chaired by the Chief Financial Officer.",
    "The General Counsel is responsible for determining our notification obligations after a confirmed incident and for making any required notifications.",
    "Our General Counsel assesses the Company's obligations to notify regulators and to disclose the incident publicly.",
  ])("%s", (text) => {
    const found = elements(text);
    expect(found).not.toContain("management-role");
    expect(found).not.toContain("management-positions");
  });
  it("keeps a sentence that also gives the risk", () => {
    const found = elements("Our CISO is responsible for managing cybersecurity risk and for determining whether incidents are material.");
    expect(found).toContain("management-role");
    expect(found).toContain("management-positions");
  });
  it("keeps a body that also directs the response", () => {
    expect(
      elements("Our Cyber Incident Response Board, composed of the CISO, the General Counsel and the Chief Communications Officer, convenes whenever a significant incident is declared to direct the response and assess whether the incident may be material."),
    ).toContain("management-role");
  });
  it("a Chief Risk Officer's title is not the risk: leading the materiality review alone is no role", () => {
    const found = elements("Cyber events meeting our internal reporting threshold are communicated by the Security Operations Center to the Chief Risk Officer, who leads the materiality review.");
    expect(found).not.toContain("management-role");
    expect(found).not.toContain("management-positions");
  });
});

describe("positions told as ownership or involvement", () => {
  it.each([
    "In management, the executive with primary ownership of cyber risk is our Chief Operating Officer, to whom the IT function reports.",
    "Members of senior management, including our Chief Technology Officer and our General Counsel, are involved in assessing and managing the Company's material risks from cybersecurity threats.",
  ])("%s", (text) => expect(elements(text)).toContain("management-positions"));
  it.each([
    "Our Chief Financial Officer is involved in the annual budget process for our stores.",
    "In management, the executive with primary ownership of our pension plan is our Chief Financial Officer.",
  ])("not another remit: %s", (text) => expect(elements(text)).not.toContain("management-positions"));
});

describe("how management is informed: monitoring controls, a body's meetings after its member list", () => {
  it.each([
    "Management monitors the effectiveness of our security controls through key risk indicators presented in a monthly cybersecurity dashboard.",
    "The Cybersecurity Working Group, which includes representatives of IT, legal, privacy, internal audit and each of our operating segments, meets every two weeks to review threat intelligence and the progress of remediation work.",
  ])("%s", (text) => expect(elements(text)).toContain("management-informed"));
  it.each([
    "Management monitors the effectiveness of our internal control over financial reporting.",
    "Our intrusion detection systems monitor the effectiveness of our perimeter around the clock.",
  ])("not: %s", (text) => expect(elements(text)).not.toContain("management-informed"));
});

describe("expertise: leadership positions held outside the company", () => {
  it("counts roles held in the field", () => {
    expect(elements("They also hold leadership positions outside of the Company in the field of cybersecurity, serving on advisory boards of public institutions.")).toContain("management-expertise");
  });
  it("not a role held in our own response", () => {
    expect(elements("Members of management hold key roles in our incident response plan.")).not.toContain("management-expertise");
  });
});
