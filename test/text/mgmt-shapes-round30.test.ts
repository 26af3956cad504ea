// Round 30 (acc30-mgmt): the management elements of 106(c)(2), sentence by sentence. Every held-out error of round 29
// is made by one sentence judged alone, so each case here is one sentence of real filers' length (round30.mgmt.json,
// fictional): a General Counsel's litigation remit told with a gerund; directors' careers ("has served on our Board
// since", "the expertise of two directors"); authority delegated to a position, which is a role and not how it is
// informed; the company acting as its clients' security officer; a breach of credit limits; a Security Lead; a team of professionals after an adjective; a service the company sells. Each case with `changed`
// pins a change that fails at base c0964cf; the others are guards that pass at base too.
import { testShapes } from "./shape-table.js";

// Each case: the elements the texts must have, or must lack.
const CASES: { what: string; has?: string[]; lacks?: string[]; changed?: true; texts: string[] }[] = [
  {
    what: "litigation managed (gerund) and legal and regulatory affairs are another remit, though a data incident is named",
    lacks: ["management-role", "management-positions"],
    changed: true,
    texts: [
      "Responsibility for managing the Company's litigation, including the putative class actions filed after the 2024 data incident at our former payroll vendor, rests with our General Counsel, who is assisted by outside counsel and reports on these matters to the Audit Committee.",
      "Our General Counsel leads the Company's legal and regulatory affairs, including our defense of the two putative class actions filed after the ransomware attack on our former benefits administrator in 2025.",
    ],
  },
  {
    what: "still the role where the gerund's object is security, and still expertise in a career managing infrastructure",
    has: ["management-role", "management-positions"],
    texts: [
      "Responsibility for managing the Company's information security program, including our response to incidents, rests with our General Counsel.",
      "Our Chief Information Officer is responsible for managing our information technology infrastructure and its security.",
    ],
  },
  {
    what: "a career managing infrastructure is expertise, not another remit",
    has: ["management-expertise"],
    texts: [
      "Our Vice President, Information Technology is the member of management principally responsible for our cybersecurity program. He has more than fifteen years of experience managing information technology infrastructure in life sciences companies and holds a master's degree in information systems.",
    ],
  },
  {
    what: "a director's career is not management's expertise",
    lacks: ["management-expertise"],
    changed: true,
    texts: [
      "Ms. Harwood, who has served on our Board since 2020 and chairs its Risk Committee, spent two decades in information security, most recently as global chief information security officer of a payments network, and holds the CISSP and CISM certifications.",
      "The Board's oversight is informed by the expertise of two directors: Dr. Varga, who was chief information security officer of a global logistics company for nine years and holds a doctorate in computer engineering, and Mr. Reyes, a former partner in a cyber risk practice.",
    ],
  },
  {
    what: "still expertise of an officer who served on another company's board",
    has: ["management-expertise"],
    texts: [
      "Our Chief Information Officer previously served on the board of directors of a cybersecurity software company and on the advisory board of a university's information security program.",
    ],
  },
  {
    what: "authority delegated to a position is its role, not how it is informed",
    lacks: ["management-informed"],
    changed: true,
    texts: [
      "Under the information security charter approved by our Chief Executive Officer, authority to assess and respond to cybersecurity risks across all of our subsidiaries is delegated to our Head of Information Security, who reports administratively to the Chief Financial Officer and functionally to the Chief Executive Officer.",
    ],
  },
  {
    what: "still role and positions where authority is delegated",
    has: ["management-role", "management-positions"],
    texts: [
      "Under the information security charter approved by our Chief Executive Officer, authority to assess and respond to cybersecurity risks across all of our subsidiaries is delegated to our Head of Information Security, who reports administratively to the Chief Financial Officer and functionally to the Chief Executive Officer.",
    ],
  },
  {
    what: "still informed where the holder of delegated authority receives reports",
    has: ["management-informed"],
    texts: [
      "Responsibility for cybersecurity has been delegated to our CISO, who receives a weekly report of security incidents from the security operations center.",
    ],
  },
  {
    what: "the company acting as its clients' security officer, or monitoring its clients' networks, is its business",
    lacks: ["management-role", "processes"],
    changed: true,
    texts: [
      "As a provider of managed IT services to more than 900 small businesses, we act as the outsourced security officer for many of our clients, monitoring their networks, administering their firewalls and advising their management on cybersecurity risks.",
      "Our Managed Security Services segment, whose analysts monitor clients' networks around the clock from three operations centers and notify each client within fifteen minutes of confirming a threat, contributed 18% of our revenue in fiscal 2026.",
    ],
  },
  {
    what: "still our own processes and role where we monitor our own networks",
    has: ["processes"],
    texts: [
      "Our security operations center monitors our networks and the systems that hold our customers' data around the clock and responds to alerts.",
    ],
  },
  {
    what: "a breach of credit, market and liquidity limits is not a data breach",
    lacks: ["management-informed"],
    changed: true,
    texts: [
      "Management's Risk and Capital Committee sets the Company's risk appetite, approves the limits for credit, market and liquidity risk and reviews each breach of those limits, escalating any that exceed tolerance to the Chief Executive Officer and, where required, to the Board.",
    ],
  },
  {
    what: "still informed of a data breach",
    has: ["management-informed"],
    texts: ["Our Chief Risk Officer reviews each breach of customer data reported by the security team and escalates any material breach to the Chief Executive Officer."],
  },
  {
    what: "a Security Lead given responsibility is a position",
    has: ["management-positions"],
    changed: true,
    texts: [
      "Each of our three regional security teams is headed by a Regional Security Lead who is responsible for the security of the systems, plants and offices in that region.",
    ],
  },
  {
    what: "not a lead that is a verb or a team's leadership",
    lacks: ["management-positions"],
    texts: ["Our security leads the industry in the protection of customer data, and we are responsible for its continued improvement."],
  },
  {
    what: "a program managed by a team of professionals after an adjective is management's role",
    has: ["management-role"],
    changed: true,
    texts: [
      "Our cybersecurity program is managed by an experienced team of information security professionals who work closely with our legal, compliance and internal audit functions and who meet with each business unit's leadership at least twice a year.",
      "Our cybersecurity program is managed by a dedicated team of information security professionals.",
    ],
  },
  {
    what: "a service the company sells, led by its officer or a team, is its business",
    lacks: ["management-role", "management-positions", "management-expertise"],
    changed: true,
    texts: [
      "The service is led by our Chief Customer Security Officer, who previously led incident response at a national telecommunications provider, and our analysts hold certifications including the GCIH, GCFA and OSCP.",
      "Our managed detection and response service is led by a team of former government analysts who hunt for threats in our customers' environments around the clock.",
    ],
  },
  {
    what: "still the role where our own security service or function is led by an officer",
    has: ["management-role", "management-positions"],
    texts: ["Our information security service is led by our Chief Information Security Officer, who is responsible for assessing and managing cybersecurity risks."],
  },
];

// One shape per element and case: a case's texts are all positives (has) or all near misses (lacks).
testShapes(
  CASES.flatMap((c) => [
    ...(c.has ?? []).map((element) => ({ element, shape: c.what, yes: c.texts, no: [] })),
    ...(c.lacks ?? []).map((element) => ({ element, shape: c.what, yes: [], no: c.texts })),
  ]),
);
