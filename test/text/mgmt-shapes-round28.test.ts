// Round 28 (acc28-mgmt): the management elements of 106(c)(2) in long paragraphs, where the element is one
// clause among several. Officers whose remit in the sentence is not cybersecurity (an acquisition's systems
// integration, a review of the top enterprise risks, physical security, litigation); positions named once and
// referred to later ("this individual", "those individuals", "the function's head"); members of management
// responsible, then a colon and their titles; the expertise of a whole team, of the board's own adviser or
// the skills a board needs "to oversee". Fictional sentences (round28.mgmt.json). Each case with `changed`
// pins a change that fails at base 43467d2; the others are guards that pass at base too.
import { describe, expect, it } from "vitest";
import { paragraphElements as elements } from "../helpers.js";

interface Case {
  readonly what: string;
  readonly has?: readonly string[];
  readonly lacks?: readonly string[];
  readonly changed?: true;
  readonly texts: readonly string[];
}

const CASES: readonly Case[] = [
  {
    what: "a review of the top enterprise risks with no cyber word is neither management informed nor its role",
    lacks: ["management-informed", "management-role"],
    changed: true,
    texts: [
      "Senior management reviews the Company's top enterprise risks and the related mitigation plans each quarter.",
      "Our executive committee meets quarterly to review the progress of the mitigation plans and key risk indicators.",
      "Each year the council identifies the Company's top enterprise risks, assigns an executive owner to each of them and reviews the mitigation plans the owners prepare.",
    ],
  },
  {
    what: "still informed where a cyber word is in the sentence",
    has: ["management-informed"],
    texts: [
      "Senior management reviews the mitigation plans for identified vulnerabilities each quarter.",
      "Our CISO reviews the mitigation plans for the top cybersecurity risks each quarter.",
    ],
  },
  {
    what: "an officer overseeing the integration of an acquired company's systems has another remit",
    lacks: ["management-role", "management-positions"],
    changed: true,
    texts: [
      "Our Chief Information Officer oversees the integration of Fenwick's enterprise resource planning, payroll, email and warehouse management systems into our own, a program we expect to complete by the end of fiscal 2026.",
    ],
  },
  {
    what: "still a position where the sentence names security",
    has: ["management-positions"],
    texts: ["Our Chief Information Officer oversees the integration of Fenwick's enterprise resource planning systems and the security of our network."],
  },
  {
    what: "a position named once and referred to later is the one informed",
    has: ["management-informed"],
    changed: true,
    texts: [
      "Our Head of IT is responsible for assessing and managing cybersecurity risk. Those individuals receive alerts from our monitoring tools.",
      "Our cybersecurity program is managed by our Vice President, Information Security. This individual receives weekly summaries of detected events and vulnerability scan results.",
      "Our Cyber Defense function is headed by our Senior Director of Cyber Defense. The function's head receives alerts for any event the platform rates critical.",
    ],
  },
  {
    what: "not individuals who are the company's customers",
    lacks: ["management-informed"],
    texts: ["We notify affected individuals of incidents as required by law."],
  },
  {
    what: "the expertise of a whole team, of the board's own adviser or of an officer with another remit is not management's",
    lacks: ["management-expertise"],
    changed: true,
    texts: [
      "The Director leads a team of eighteen security professionals who collectively hold more than forty industry certifications, including CISSP, CISM, OSCP and GIAC credentials.",
      "The Audit Committee has engaged an independent cybersecurity advisor, a former chief information security officer of a Fortune 100 company with more than twenty-five years of experience.",
      "Our General Counsel, who previously served as a federal prosecutor focused on computer crimes, leads our litigation and regulatory matters.",
      "Our Chief Technology Officer, a former software engineer, leads our product engineering organization.",
    ],
  },
  {
    what: "still the responsible manager's own expertise",
    has: ["management-expertise"],
    texts: [
      "Our CISO, who has more than twenty years of experience in information security and holds the CISSP certification, leads our program.",
      "Our CISO leads a team of security professionals and holds the CISSP and CISM certifications.",
      "Our CISO, who previously served as a federal prosecutor focused on computer crimes, leads our information security program.",
    ],
  },
  {
    what: "a physical-security report to executives is not management informed about cybersecurity incidents",
    lacks: ["management-informed"],
    changed: true,
    texts: [
      "The Vice President of Corporate Security provides a quarterly report on security incidents at our sites, such as thefts and trespassing, to our executive leadership team.",
    ],
  },
  {
    what: "still informed where the incidents are data thefts or phishing",
    has: ["management-informed"],
    texts: ["The CISO provides a quarterly report on security incidents, such as phishing attacks and data theft, to our executive leadership team."],
  },
  {
    what: "members of management responsible for cybersecurity, then a colon and their titles, are positions",
    has: ["management-positions"],
    changed: true,
    texts: [
      "Two members of our management team are responsible for cybersecurity: our Chief Information Officer, who has served in that role since 2017, and our Director of Information Security.",
    ],
  },
  {
    what: "not a colon followed by no title",
    lacks: ["management-positions"],
    texts: ["Our executives are responsible for many risks: financial, operational and reputational."],
  },
  {
    what: "the skills a board needs to oversee risks give no management position",
    lacks: ["management-positions"],
    changed: true,
    texts: [
      "The Board believes that its members should collectively have the experience needed to oversee the Company's risks, including risks from cybersecurity threats.",
      "Our Corporate Governance Guidelines require the Board to evaluate annually whether the directors have the collective expertise required to oversee the risks the Company faces.",
    ],
  },
  {
    what: "still positions where managers have the expertise to manage the program",
    has: ["management-positions"],
    texts: ["Our CISO and CIO have the expertise and experience needed to manage our cybersecurity program."],
  },
];

for (const c of CASES) {
  describe(c.what, () => {
    it.each(c.texts)("%s", (text) => {
      const found = elements(text);
      for (const id of c.has ?? []) expect(found).toContain(id);
      for (const id of c.lacks ?? []) expect(found).not.toContain(id);
    });
  });
}
