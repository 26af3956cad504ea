// Round 24 (acc24-mgmt): the management elements of 106(c)(2) by shapes that carry over to filers
// nobody tuned on. A demonstrative that points back ("oversees these efforts") keeps a sentence on
// the cybersecurity topic; a degree told by its abbreviation is a biography; the subject's own
// title is not a cyber word of a career in another field; a person who serves as the position and
// is responsible names the position; a name alone leads; the customers' teams are not management;
// "she" who reviews results is the manager named. Fictional sentences; each list pins a change that fails at base 3e93cb2.
import { describe, expect, it } from "vitest";
import { paragraphElements as elements } from "../helpers.js";

describe("a demonstrative that points back keeps the responsibility on the topic", () => {
  it.each([
    "We maintain a cybersecurity program aligned with the NIST framework, with risk assessments and annual testing. Our Chief Information Officer, together with a team of internal staff and outside advisors, oversees these efforts, and she reviews the results of each assessment.",
    "Our security program includes vulnerability scanning and phishing simulations. Our Vice President of Operations is responsible for such measures.",
  ])("%s", (text) => {
    const found = elements(text);
    expect(found).toContain("management-role");
    expect(found).toContain("management-positions");
  });
  it.each([
    "Our Chief Operating Officer, together with our plant managers, oversees our manufacturing operations.",
    "Our Chief People Officer is responsible for our recruiting and retention efforts.",
  ])("a remit with no cyber word and no pointer back is still off the topic: %s", (text) => {
    const found = elements(text);
    expect(found).not.toContain("management-role");
    expect(found).not.toContain("management-positions");
  });
});

describe("a degree by its abbreviation is a biography, not the role", () => {
  it.each([
    "Our CISO holds an M.S. in Information Assurance and a B.S. in Computer Engineering and has led security teams at two Fortune 500 retailers.",
    "Our Chief Technology Officer holds a B.A. in Mathematics and has led engineering teams at several global software companies.",
  ])("%s", (text) => {
    const found = elements(text);
    expect(found).not.toContain("management-role");
    expect(found).toContain("management-expertise");
  });
  it("keeps a present responsibility in the same sentence", () => {
    expect(elements("Our CISO holds an M.S. in Information Assurance and leads our security operations team.")).toContain("management-role");
  });
});

describe("a career in another field is not cyber expertise, whatever the subject's title", () => {
  it.each([
    "Our Chief Information Security Officer previously served as a director of the Company's predecessor and was a partner at a law firm specializing in mergers and acquisitions.",
    "Our CISO has been with the Company since 2015 and previously held roles in our finance and procurement organizations.",
  ])("%s", (text) => expect(elements(text)).not.toContain("management-expertise"));
  it.each([
    "Our CISO has more than 20 years of experience, including at a large financial institution.",
    "Our Chief Information Security Officer previously served as head of security operations at a regional bank.",
  ])("keeps experience and a security career: %s", (text) => expect(elements(text)).toContain("management-expertise"));
});

describe("a person who serves as the position and is responsible names the position", () => {
  it.each([
    "She has served as our Chief Information Security Officer since 2019 and is responsible for assessing and managing the Company's material cybersecurity risks.",
    "Maria Chen, who serves as our Chief Information Officer and leads our information security program, reports to the Chief Executive Officer.",
  ])("%s", (text) => expect(elements(text)).toContain("management-positions"));
  it.each([
    "She has served as our Chief Information Security Officer since 2019.",
    "He has served as our Chief Financial Officer since 2018 and is responsible for our treasury and tax functions.",
  ])("not a tenure alone, nor another remit: %s", (text) => expect(elements(text)).not.toContain("management-positions"));
});

describe("a person's name alone who leads the cyber program has the role", () => {
  it("a name, then leads our cybersecurity program", () => {
    expect(elements("Daniel Okafor leads our cybersecurity program and the security operations team.")).toContain("management-role");
  });
  it.each([
    "Internal Audit oversees our security controls testing.",
    "Jane Doe oversees our finance function.",
  ])("not a function's name, nor another remit: %s", (text) => expect(elements(text)).not.toContain("management-role"));
});

describe("the customers' own teams informed through what we sell are not management informed", () => {
  it("customers' security teams receive alerts through our platform", () => {
    expect(
      elements("Our customers' security teams receive real-time alerts and dashboards through our platform when suspicious activity is detected in their environments."),
    ).not.toContain("management-informed");
  });
  it("our own security team alerting our CISO still counts", () => {
    expect(elements("Our security operations team sends real-time alerts of suspicious activity to our CISO.")).toContain("management-informed");
  });
});

describe("a pronoun for the manager the sentence named reviews results", () => {
  it("she reviews the results after the officer's clause", () => {
    expect(
      elements("Our Chief Information Officer oversees our security efforts, and she reviews the results of each risk assessment and the remediation of any findings."),
    ).toContain("management-informed");
  });
  it("not a review of something that is not a result, risk or threat", () => {
    expect(elements("Our Chief Information Officer oversees our security efforts, and she reviews our annual technology budget.")).not.toContain("management-informed");
  });
});
