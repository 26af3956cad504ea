// The management-role (Reg S-K 106(c)(2)) and management-expertise (106(c)(2)(i)) elements as the
// labels read them (test/accuracy/labels README, C1, C12): management doing something about the
// cybersecurity risk, not a responsibility for something else; the responsible managers'
// credentials, not the staff's, the directors' or the consultants'. Fictional sentences throughout.
import { describe, expect, it } from "vitest";
import { harvestAliases } from "../../src/text/aliases.js";
import { loadRuleSet } from "../../src/engine/rule-loader.js";
import { tokenize } from "../../src/text/tokens.js";

const lexicons = loadRuleSet().lexicons;
const matches = (name: string) => {
  const lexicon = lexicons.get(name)!;
  return (text: string) => lexicon.matchAll(text, tokenize(text, harvestAliases(text))).length > 0;
};

describe("management-role: management as the subject of a decision on the risk", () => {
  const role = matches("element-management-role");
  it.each([
    "Management prioritizes remediation of identified vulnerabilities based on their severity.",
    "Members of senior management decide whether to accept, mitigate or transfer identified cybersecurity risks.",
    "Our executives set our cybersecurity risk appetite each budget cycle.",
    "The first line of defense, our technology, operations and business leaders, identifies and manages cybersecurity risks in their areas.",
    "Our Cybersecurity Steering Committee, a management committee composed of our Chief Operating Officer, Chief Information Officer and General Counsel, sets cybersecurity priorities.",
    "Compliance with the NERC CIP standards is the responsibility of our CIP Senior Manager.",
    "Cybersecurity governance at the management level rests with our Technology Risk Committee.",
  ])("%s", (text) => {
    expect(role(text)).toBe(true);
  });
  it.each([
    // an object, a past employer, an aim, a materiality decision, another kind of management
    "Management reports to the Audit Committee, which reviews cybersecurity risks.",
    "Our CISO joined the Company in 2020 from an accounting firm, where she led the cyber risk advisory practice.",
    "Our management team is experienced and committed to maintaining strong cybersecurity.",
    "Our Cyber Incident Committee, consisting of the CFO, the General Counsel and the CISO, determines whether an incident is material.",
    "Our vendor management team assesses the security of new vendors before any contract is signed.",
  ])("not: %s", (text) => {
    expect(role(text)).toBe(false);
  });
});

describe("sentence-management-not-cyber: a responsibility for something other than cybersecurity", () => {
  const offTopic = matches("sentence-management-not-cyber");
  it.each([
    "Our Chief People Officer leads our employee engagement and wellness programs.",
    "Responsibility for compliance with anti-money laundering rules rests with our BSA Officer.",
  ])("%s", (text) => {
    expect(offTopic(text)).toBe(true);
  });
  it.each([
    "Our Controller is responsible for our IT systems.",
    "Our CIO leads the program.",
    "Risk acceptance decisions are taken by the Chief Risk Officer.",
    "She leads a team of twelve.",
    "It is led by our Chief Operating Officer and covers our data centers.",
    // round 46: a pronoun subject that is managed points back to the program (round16.mgmt; acc46-mgmt left it missed)
    "It is managed by our Chief Information Officer.",
    "They are overseen by our Chief Operating Officer.",
  ])("not: %s", (text) => {
    expect(offTopic(text)).toBe(false);
  });
});

describe("management-expertise: a career told as a biography", () => {
  const expertise = matches("element-management-expertise");
  const others = matches("sentence-management-expertise-others");
  it.each([
    "Our CISO joined the Company in 2020 from a Big Four accounting firm.",
    "Before joining us, our Chief Information Officer spent twelve years at a national bank.",
    "Our Director of IT began his career in the U.S. Air Force as a cyber operations officer.",
    "Our Chief Information Security Officer's experience includes building security programs at three software companies.",
    "The Chief Technology Officer studied computer science at Stanford University and previously founded a network security company.",
    "Our CFO has completed a certificate program in cybersecurity oversight.",
  ])("%s", (text) => {
    expect(expertise(text)).toBe(true);
  });
  it.each([
    // the section's words for the company or its team, not a manager's career
    "Our security team's experience includes incident response for large retailers.",
    "We previously identified vulnerabilities in legacy systems.",
  ])("not: %s", (text) => {
    expect(expertise(text)).toBe(false);
  });
  it.each([
    "The Audit Committee chair is a former chief information security officer.",
    "Our external cybersecurity consultants have decades of experience advising public companies.",
  ])("others: %s", (text) => {
    expect(others(text)).toBe(true);
  });
});

describe("management-expertise: not a team's, an adviser's or the company's experience", () => {
  const expertise = matches("element-management-expertise");
  const others = matches("sentence-management-expertise-others");
  it.each([
    "Our CISO leads a team of over 50 professionals with an average of 12 years of experience.",
    "Management is supported by external advisors with expertise in cybersecurity.",
  ])("not: %s", (text) => {
    expect(expertise(text)).toBe(false);
  });
  it.each([
    "We have a team of security professionals, many of whom hold certifications such as CISSP.",
    "Through years of experience responding to attempted attacks, we have refined our incident response procedures.",
    "With over 25 years in the payments industry, we have developed deep expertise in protecting cardholder data.",
  ])("others: %s", (text) => {
    expect(others(text)).toBe(true);
  });
  it.each([
    "With more than 20 years of experience in information security, our CISO leads our program.",
    "Our CISO has over 20 years of experience and leads a team of certified professionals.",
  ])("still the manager's: %s", (text) => {
    expect(expertise(text)).toBe(true);
    expect(others(text)).toBe(false);
  });
});

describe("management-role and -positions: a position performing the responsible position's duties", () => {
  const role = matches("element-management-role");
  const positions = matches("element-management-positions");
  it.each([
    "The CISO position is vacant; our Chief Information Officer is performing these duties on an interim basis.",
    "Our Chief Financial Officer serves as our interim CISO.",
  ])("%s", (text) => {
    expect(role(text)).toBe(true);
    expect(positions(text)).toBe(true);
  });
});

describe("management-expertise after batch b: prior employers, service, leadership positions held", () => {
  const expertise = matches("element-management-expertise");
  it.each([
    "Our Director of Cybersecurity came to us from a forensics firm, where he conducted incident response engagements.",
    "Our CISO is a retired U.S. Navy officer who commanded a fleet cyber unit.",
    "The Group CISO has held information security leadership positions in the telecommunications and banking sectors for over 20 years.",
  ])("%s", (text) => {
    expect(expertise(text)).toBe(true);
  });
  it("not tenure in the present role", () => {
    expect(expertise("Our Chief Information Security Officer reports to our Chief Technology Officer and has held the role since 2021.")).toBe(false);
  });
});

describe("after batch c: a board committee's members and chair, a remit other than cyber, an explicit no with neither … nor", () => {
  it.each([
    "Two members of the Audit Committee have served as chief information officers of public companies.",
    "Its chair is a former chief technology officer of a large software company.",
  ])("others: %s", (text) => {
    expect(matches("sentence-management-expertise-others")(text)).toBe(true);
  });
  it("an insurance program is another remit, unless the sentence names security too", () => {
    const remit = matches("sentence-management-other-remit");
    expect(remit("Our Chief Financial Officer is responsible for our insurance program, including the renewal of our cyber policy each year.")).toBe(true);
    expect(remit("Our Chief Financial Officer is responsible for our insurance program and for information security.")).toBe(false);
  });
  it("neither … nor … has cybersecurity training is an explicit no", () => {
    expect(matches("element-management-expertise-no")("Neither our CEO nor any other officer has formal cybersecurity training.")).toBe(true);
  });
});

describe("an explicit no: has no … background in information technology", () => {
  const no = matches("element-management-expertise-no");
  it("reads it", () => {
    expect(no("Our Chief Executive Officer, who has no formal background in information technology, relies on our outsourced IT provider.")).toBe(true);
  });
  it("not a company without an incident", () => {
    expect(no("We have no experience of a material cybersecurity incident to date.")).toBe(false);
  });
});
