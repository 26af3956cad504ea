// Round 29 (acc29-mgmt): the management elements of 106(c)(2) in long paragraphs. A management risk committee
// whose remit sentence names only top or enterprise risks and mitigation plans (off the topic alone, round 28)
// and which the next sentence ties to cybersecurity ("The committee also includes our CISO and receives periodic
// updates on cybersecurity"); a report on non-cyber matters referred back to ("reviews these reports"); the
// directors' expertise counted ("three of our eleven directors"). Fictional sentences (round29.mgmt.json). Each
// case with `changed` pins a change that fails at base 5448b47; the others are guards that pass at base too.
import { testShapes } from "./shape-table.js";

// Each case: the elements the texts must have, or must lack.
const CASES: { what: string; has?: string[]; lacks?: string[]; changed?: true; texts: string[] }[] = [
  {
    what: "a management risk committee tied to cybersecurity in the next sentence is the responsible body",
    has: ["management-role", "management-positions"],
    changed: true,
    texts: [
      "Our Management Risk Committee, composed of our Chief Executive Officer, Chief Financial Officer, Chief Operating Officer and General Counsel, oversees the Company's enterprise risks and the mitigation plans for its top risks. The committee also includes our Chief Information Security Officer and receives periodic updates on cybersecurity from him.",
    ],
  },
  {
    // Round 47 (acc47-mgmt): C31, adopted this round - a wider-remit management body that only reviews, tracks or receives
    // cybersecurity reports is management-informed and by that alone not role or positions (these two were read as the
    // responsible body before C31; sentence-management-body-told's round-47 pattern reads them as told).
    what: "a wider-remit risk body that only reviews or tracks and receives cyber reports is told (C31)",
    has: ["management-informed"],
    texts: [
      "Our Executive Risk Council reviews the Company's top risks and the related mitigation plans each quarter. The council is attended by our CISO, who updates it on cybersecurity incidents.",
      "Senior management oversees our enterprise risks through an Enterprise Risk Committee that tracks the top risks and their mitigation plans. This committee receives a cybersecurity report from our Chief Information Officer at each meeting.",
    ],
  },
  {
    what: "not a board committee, nor a committee never tied to cybersecurity",
    lacks: ["management-role", "management-positions"],
    texts: [
      "The Audit Committee oversees our financial reporting risks and the mitigation plans for them. The committee also receives updates on cybersecurity from the CISO.",
      "Our ERM Committee, a management committee, reviews all top enterprise risks quarterly. Cybersecurity is among them.",
      "Our Executive Risk Committee reviews the top risks and their mitigation plans each quarter. The committee reports its conclusions to the full Board.",
      "Our Executive Committee approves the annual budget. The committee also receives a report on our sales pipeline.",
    ],
  },
  {
    what: "a report on safety and quality referred back to ('these reports') does not inform management of cyber incidents",
    lacks: ["management-informed"],
    changed: true,
    texts: [
      "Our plant managers submit a weekly operations report to our Chief Operating Officer that lists every recordable safety incident and product quality deviation at their sites. The Chief Operating Officer reviews these reports with the plant managers on a call each Monday.",
    ],
  },
  {
    what: "still informed where the sentence that points back names cyber incidents",
    has: ["management-informed"],
    texts: [
      "Our CFO reviews our budgets each month. She also receives these reports from the CISO on cybersecurity incidents.",
      "Our controller reviews our financial results each month. These reports are also shared with the CISO, who is informed of any security incident.",
    ],
  },
  {
    what: "directors counted with a number are not management's expertise",
    lacks: ["management-expertise"],
    changed: true,
    texts: ["Three of our eleven directors have such experience: one was the chief technology officer of a software company and holds the CISSP certification."],
  },
  {
    what: "still expertise of managers called directors",
    has: ["management-expertise"],
    texts: ["Our IT directors hold the CISSP certification and are responsible for our security program."],
  },
  {
    what: "a position named once, then 'the incumbent' or 'the role holder' given responsibility",
    has: ["management-role", "management-positions"],
    changed: true,
    texts: [
      "We have appointed a Head of Cyber Resilience, a position that sits within our Technology Risk group and reports to our Chief Technology Officer. The incumbent, who joined us in 2023, spent eleven years at a national telecommunications carrier. The role holder is accountable for our cybersecurity risk assessment and manages a staff of nine engineers.",
      "We have appointed a Head of Cyber Resilience, a position that sits within our Technology Risk group. The incumbent is responsible for our cybersecurity program.",
    ],
  },
  {
    what: "a suspected compromise reported to a manager informs management",
    has: ["management-informed"],
    changed: true,
    texts: ["The IT provider notifies the Controller by telephone of any suspected compromise."],
  },
  {
    what: "anti-corruption, sanctions and a technology modernization are other remits",
    lacks: ["management-role", "management-positions"],
    changed: true,
    texts: [
      "Our Chief Compliance Officer administers our anti-corruption and trade sanctions programs, conducts risk assessments of our distributors and agents, and reports on the programs' results to the Audit Committee twice a year.",
      "Our Chief Information Officer leads a multi-year modernization of our technology estate: the retirement of our legacy applications and the consolidation of our three data centers into one.",
    ],
  },
  {
    what: "still positions where the transformation or modernization is of security",
    has: ["management-role", "management-positions"],
    texts: [
      "Our Chief Information Officer leads the transformation of our security operations.",
      "Our CISO leads a multi-year modernization of our security architecture.",
    ],
  },
  {
    what: "a team 'of twelve has' experience: the team's, not a responsible person's",
    lacks: ["management-expertise"],
    changed: true,
    texts: ["Our security team of twelve has a combined experience of more than 140 years, and its members hold certifications including the CISSP, CISM, OSCP and CCSP."],
  },
  {
    what: "still expertise of the officer who leads a team of so many",
    has: ["management-expertise"],
    texts: [
      "Our CISO leads a team of 15 analysts and has 20 years of experience and the CISSP certification.",
      "Our CISO, who heads a team of ten, has twenty years of experience in information security.",
    ],
  },
  {
    what: "data governance, analytics and data quality are another remit",
    lacks: ["management-role", "management-positions"],
    changed: true,
    texts: [
      "Our Chief Data Officer, appointed in 2024, leads our data governance and analytics organization. The Chief Data Officer is responsible for the quality, lineage and cataloging of the data our merchandising, pricing and supply chain teams rely on.",
    ],
  },
  {
    what: "still positions where the remit names security",
    has: ["management-role", "management-positions"],
    texts: ["Our Chief Data Officer is responsible for data governance and the security of our data.", "Our CISO is responsible for the quality of our security controls."],
  },
];

// One shape per element and case: a case's texts are all positives (has) or all near misses (lacks).
testShapes(
  CASES.flatMap((c) => [
    ...(c.has ?? []).map((element) => ({ element, shape: c.what, yes: c.texts, no: [] })),
    ...(c.lacks ?? []).map((element) => ({ element, shape: c.what, yes: [], no: c.texts })),
  ]),
);
