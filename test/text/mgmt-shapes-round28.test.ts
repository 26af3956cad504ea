// Round 28 (acc28-mgmt): the management elements of 106(c)(2) in long paragraphs, where the element is one
// clause among several. Officers whose remit in the sentence is not cybersecurity (an acquisition's systems
// integration, a review of the top enterprise risks); positions named once and referred to later ("this
// individual", "those individuals", "the function's head"); the expertise of a whole team or of the board's
// own adviser. Fictional sentences (round28.mgmt.json); each positive list pins a change that fails at base
// 43467d2, and each near miss is a guard that passes at base too.
import { describe, expect, it } from "vitest";
import { paragraphElements as elements } from "../helpers.js";

describe("a review of the top enterprise risks with no cyber word is neither management informed nor its role", () => {
  it.each([
    "Senior management reviews the Company's top enterprise risks and the related mitigation plans each quarter.",
    "Our executive committee meets quarterly to review the progress of the mitigation plans and key risk indicators.",
    "Each year the council identifies the Company's top enterprise risks, assigns an executive owner to each of them and reviews the mitigation plans the owners prepare.",
  ])("%s", (text) => {
    const found = elements(text);
    expect(found).not.toContain("management-informed");
    expect(found).not.toContain("management-role");
  });
  it.each([
    "Senior management reviews the mitigation plans for identified vulnerabilities each quarter.",
    "Our CISO reviews the mitigation plans for the top cybersecurity risks each quarter.",
  ])("still informed where a cyber word is in the sentence: %s", (text) => expect(elements(text)).toContain("management-informed"));
});

describe("an officer overseeing the integration of an acquired company's systems has another remit", () => {
  it("not management's role or a position", () => {
    const found = elements(
      "Our Chief Information Officer oversees the integration of Fenwick's enterprise resource planning, payroll, email and warehouse management systems into our own, a program we expect to complete by the end of fiscal 2026.",
    );
    expect(found).not.toContain("management-role");
    expect(found).not.toContain("management-positions");
  });
  it("still a position where the sentence names security", () => {
    expect(
      elements("Our Chief Information Officer oversees the integration of Fenwick's enterprise resource planning systems and the security of our network."),
    ).toContain("management-positions");
  });
});

describe("a position named once and referred to later is the one informed", () => {
  it.each([
    "Our Head of IT is responsible for assessing and managing cybersecurity risk. Those individuals receive alerts from our monitoring tools.",
    "Our cybersecurity program is managed by our Vice President, Information Security. This individual receives weekly summaries of detected events and vulnerability scan results.",
    "Our Cyber Defense function is headed by our Senior Director of Cyber Defense. The function's head receives alerts for any event the platform rates critical.",
  ])("%s", (text) => expect(elements(text)).toContain("management-informed"));
  it("not individuals who are the company's customers", () => {
    expect(elements("We notify affected individuals of incidents as required by law.")).not.toContain("management-informed");
  });
});

describe("the expertise of a whole team or of the board's own adviser is not management's", () => {
  it.each([
    "The Director leads a team of eighteen security professionals who collectively hold more than forty industry certifications, including CISSP, CISM, OSCP and GIAC credentials.",
    "The Audit Committee has engaged an independent cybersecurity advisor, a former chief information security officer of a Fortune 100 company with more than twenty-five years of experience.",
  ])("%s", (text) => expect(elements(text)).not.toContain("management-expertise"));
  it.each([
    "Our CISO, who has more than twenty years of experience in information security and holds the CISSP certification, leads our program.",
    "Our CISO leads a team of security professionals and holds the CISSP and CISM certifications.",
  ])("still the responsible manager's own: %s", (text) => expect(elements(text)).toContain("management-expertise"));
});

describe("the career of an officer whose remit in the sentence is another is not the relevant expertise", () => {
  it.each([
    "Our General Counsel, who previously served as a federal prosecutor focused on computer crimes, leads our litigation and regulatory matters.",
    "Our Chief Technology Officer, a former software engineer, leads our product engineering organization.",
  ])("%s", (text) => expect(elements(text)).not.toContain("management-expertise"));
  it("still expertise where the remit is the security program", () => {
    expect(
      elements("Our CISO, who previously served as a federal prosecutor focused on computer crimes, leads our information security program."),
    ).toContain("management-expertise");
  });
});

describe("a physical-security report to executives is not management informed about cybersecurity incidents", () => {
  it("thefts and trespassing at our sites", () => {
    expect(
      elements("The Vice President of Corporate Security provides a quarterly report on security incidents at our sites, such as thefts and trespassing, to our executive leadership team."),
    ).not.toContain("management-informed");
  });
  it("still informed where the incidents are data thefts or phishing", () => {
    expect(
      elements("The CISO provides a quarterly report on security incidents, such as phishing attacks and data theft, to our executive leadership team."),
    ).toContain("management-informed");
  });
});

describe("members of management responsible for cybersecurity, then a colon and their titles", () => {
  it("the titles after the colon are the positions", () => {
    expect(
      elements("Two members of our management team are responsible for cybersecurity: our Chief Information Officer, who has served in that role since 2017, and our Director of Information Security."),
    ).toContain("management-positions");
  });
  it("not a colon followed by no title", () => {
    expect(elements("Our executives are responsible for many risks: financial, operational and reputational.")).not.toContain("management-positions");
  });
});

describe("the skills a board needs to oversee risks give no management position", () => {
  it.each([
    "The Board believes that its members should collectively have the experience needed to oversee the Company's risks, including risks from cybersecurity threats.",
    "Our Corporate Governance Guidelines require the Board to evaluate annually whether the directors have the collective expertise required to oversee the risks the Company faces.",
  ])("%s", (text) => expect(elements(text)).not.toContain("management-positions"));
  it("still positions where managers have the expertise to manage the program", () => {
    expect(elements("Our CISO and CIO have the expertise and experience needed to manage our cybersecurity program.")).toContain("management-positions");
  });
});
