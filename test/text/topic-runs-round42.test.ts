// Round 42 (acc42-long, issue 10): a long paragraph read as runs of sentences that share a subject (src/text/topic-runs.ts;
// docs/accuracy.md "Round 42 - the long paragraphs"). A run of 35 or more words that names no topic word is off the topic, as a
// paragraph of that length is (requirements.json `paragraphTopic`), however many cybersecurity words the paragraph's other runs
// hold. Fictional paragraphs, none of them in a paraphrase batch. At base ef5d7c91 every NOT_ANY_MORE case fails (the element
// is found, from the off-topic run); the guards pass at base and must not change.
import { describe, expect, it } from "vitest";
import { splitSentences } from "../../src/text/sentences.js";
import { tokenize } from "../../src/text/lexicon.js";
import { offTopicRuns, topicRuns } from "../../src/text/topic-runs.js";
import { checkClasses, type ClassCase } from "./precision-classes.js";
import { growthOver4x } from "../helpers.js";
import { loadRuleSet } from "../../src/engine/rule-loader.js";

const STORMS =
  "Our stores are exposed to hurricanes and flooding along the Gulf coast. Our Chief Operating Officer leads a crisis team, made up of our heads of logistics, real estate and human resources, that meets whenever a storm threatens a store, arranges for the safety of our employees and decides when each store closes and reopens. The crisis team reports after each storm to our executive leadership team on the costs incurred and the lessons learned. Our information security team reviews the firewall rules of every store each quarter.";
const MIGRATION =
  "In 2025 we began moving our billing, scheduling and payroll applications to a single cloud platform, a project we expect to finish in 2027. The project is governed by a steering committee of senior management, chaired by our Chief Financial Officer, which approves its budget and release plan, monitors the integrator's delivery and reports on progress to the Board each quarter. The new platform will let our clinics bill insurers the same day. Separately, our security team tests the access controls of each new application before it goes live.";

/** [class, paragraph, element it must NOT find] — each detected at base. */
const NOT_ANY_MORE: ClassCase[] = [
  ["a storm crisis team's leader beside a cyber clause", STORMS, "management-positions"],
  ["a platform migration's steering committee beside a cyber clause", MIGRATION, "reports-to-board"],
  ["a platform migration's report to the Board beside a cyber clause", MIGRATION, "board-informed"],
];

/** [class, paragraph, element it must still find] — guards. */
const STILL: ClassCase[] = [
  ["the cyber clause of the storm paragraph itself", STORMS, "processes"],
  ["the cyber clause of the migration paragraph itself", MIGRATION, "processes"],
  // A first sentence with no topic word, tied to the topic by the sentence after it that names its body ("The ERC").
  [
    "a body named before its topic, then by its name",
    "Our Enterprise Risk Council (the \u201cERC\u201d), made up of our Chief Executive Officer, Chief Financial Officer, General Counsel and Chief Operating Officer, meets each quarter to identify the Company's principal risks, rank them by likelihood and impact and assign each an executive owner. The ERC has ranked cybersecurity among our five highest risks in each of the last three years and receives a report on it from our Chief Information Security Officer at each meeting, together with the status of the plans that mitigate it.",
    "management-informed",
  ],
  // An incident told without the word, then "The incident …": the story's sentences are one run.
  [
    "an incident's story, then 'The incident'",
    "In March 2025 a fraudulent e-mail that appeared to come from one of our suppliers led an employee in our accounts payable department to change the supplier's bank details and send two payments, totalling $0.9 million, to an account controlled by the sender. We recovered most of the funds through our bank, reported the matter to the police and to our state's insurance regulator, and have since required call-back verification for every change in a supplier's bank details. The incident did not materially affect our results of operations.",
    "incident-disclosure",
  ],
  // Pronouns and "The committee" carry the subject across sentences with no topic word.
  [
    "a committee's sentences after its cyber remit",
    "The Audit Committee of our Board oversees our cybersecurity program. It meets with our Chief Information Security Officer at each quarterly meeting to review the threat environment and the status of remediation projects, and once a year it meets privately with the outside firm that tests our controls. The committee chair reports on these meetings to the full Board, which also discusses the matters with management each year.",
    "board-informed",
  ],
];

checkClasses("round 42: a long paragraph's runs, each read by the topic gate", { notAnyMore: NOT_ANY_MORE, nowFound: [], still: STILL });

// A board paragraph's report topics (rules/lexicons/sentence-processes-report-topics.json, round 42's two patterns): a manager
// who attends or meets a board body and reports on or presents something there, and a report or dashboard received or
// presented with its content after it. Each paragraph names no process outside the report's topics. At base ef5d7c91 the first
// and third fail (processes found); the second passes at base (its words were excepted already) and is kept as the shape's own case.
const REPORT_TOPICS: ClassCase[] = [
  [
    "a manager who attends the committee and reports on test results",
    "The Risk Committee of our Board oversees cybersecurity risk. Our Chief Information Officer attends each of its quarterly meetings and reports on the threat landscape, the results of our vulnerability scans and the status of open remediation items.",
    "processes",
  ],
  [
    "a committee that receives a report covering assessments",
    "The Audit Committee oversees our cybersecurity risk, and at each meeting it receives a report from our Head of Information Security covering the threat environment, the results of third-party assessments of our controls and any incidents.",
    "processes",
  ],
  [
    "a dashboard presented with its measures",
    "At each quarterly meeting of the Technology Committee of our Board, our CISO presents a dashboard of key risk indicators, including phishing simulation failure rates, overdue critical patches and the number of security events.",
    "processes",
  ],
];
const REPORT_TOPIC_GUARDS: ClassCase[] = [
  ["the work itself, stated beside the report", "Our CISO attends each meeting of the Audit Committee and reports on our program, and we conduct penetration tests of our network every year.", "processes"],
  [
    "a provider's report to us on its own controls",
    "Our hosting provider is required to provide us with a report on the status of its security controls each year, which our security team reviews before renewing the contract.",
    "third-party-oversight",
  ],
];

checkClasses("round 42: a board paragraph's report topics", { notAnyMore: REPORT_TOPICS, nowFound: [], still: REPORT_TOPIC_GUARDS });

const runsOf = (text: string) => topicRuns(splitSentences(text), tokenize(text));

describe("round 42: topicRuns", () => {
  it("joins a sentence to the one its opening points back to, and starts a run where it points to nothing", () => {
    // storms: 0 coast, 1 "Our Chief Operating Officer leads a crisis team" (new), 2 "The crisis team" (back), 3 "Our information security team" (new name, its own run)
    expect(runsOf(STORMS)).toEqual([0, 1, 1, 3]);
    // migration: 1 and 2 open with a definite subject ("The project", "The new platform"), 3 opens "Separately, our security team"
    expect(runsOf(MIGRATION)).toEqual([0, 0, 0, 3]);
  });
  it("reads a run off the topic only where it is long enough and names no topic word", () => {
    const sentences = splitSentences(STORMS);
    const onTopic = (s: { start: number; end: number }) => /security|firewall/i.test(STORMS.slice(s.start, s.end));
    expect(offTopicRuns(sentences, tokenize(STORMS), onTopic, 35)).toEqual([false, true, true, false]);
    expect(offTopicRuns(sentences, tokenize(STORMS), onTopic, 1_000)).toEqual([false, false, false, false]);
    // one run: the paragraph gate reads it whole
    const one = "The Audit Committee oversees cybersecurity. It meets each quarter.";
    expect(offTopicRuns(splitSentences(one), tokenize(one), () => false, 1)).toBeNull();
  });
  it("runs in linear time on a paragraph of many sentences that each point back", async () => {
    const paragraph = (n: number) => "The committee meets. It reviews the reports and the committee chair reports them. ".repeat(n);
    expect(await growthOver4x((n) => runsOf(paragraph(n)), 8_000)).toBeLessThan(8);
  });
});

// Subjects carried to a report to the board (src/text/plural-persons.ts; sentence-reports-to-board-management-receiver.json):
// "They" for the two managers the sentence before named, and an "Audit and Risk Committee" beside a management receiver in
// one sentence. At base ef5d7c91 each NOW_FOUND case fails.
const CARRIED: ClassCase[] = [
  [
    "'Together they' / 'They' after two officers",
    "Our Chief Technology Officer and our Vice President of Information Security share responsibility for our cybersecurity program. Together they set our security standards and decide how identified risks are remediated. They report on cybersecurity matters to the Audit Committee twice a year.",
    "reports-to-board",
  ],
  [
    "an Audit and Risk Committee beside the executive team",
    "Our Director of Information Security is responsible for our program. She reports to the Audit and Risk Committee each quarter and to the executive leadership team each month.",
    "reports-to-board",
  ],
];
const CARRIED_GUARDS: ClassCase[] = [
  // "They" after one officer is not the managers; a report only to the executive team is not to the board.
  ["a report only to management", "Our CISO leads our security program. She reports to the executive leadership team each month on threats and incidents.", "management-role"],
];
const CARRIED_NOT: ClassCase[] = [
  ["'They' for vendors, after one officer", "Our CISO oversees our critical vendors. They report security incidents affecting our data to us within 24 hours.", "reports-to-board"],
  ["a report to the executive team only", "Our CISO leads our security program. She reports to the executive leadership team each month on threats and incidents.", "reports-to-board"],
];

checkClasses("round 42: subjects carried to a report to the board", { notAnyMore: CARRIED_NOT, nowFound: CARRIED, still: CARRIED_GUARDS });

// "without management present" (rules/lexicons/negation.json): an absolute construction says who is absent, not that the clause is
// denied. round42.long's mining paragraph ("meets, without management present, with the outside firm that performs our penetration
// tests") gave flag-text-third-party-engaged's error shape #2 (a negative answer) its first false case (79 / 80) at base ef5d7c91.
describe("round 42: 'without management present' negates nothing", () => {
  const negation = loadRuleSet().lexicons.get("negation")!;
  const negated = (text: string) => negation.testRange(text, tokenize(text), 0, text.length);
  it("reads an absolute 'without … present' as no denial, and other 'without' as one", () => {
    expect(negated("Once a year the committee also meets, without management present, with the outside firm that performs our penetration tests.")).toBe(false);
    expect(negated("The directors meet in executive session without other members of management present.")).toBe(false);
    expect(negated("We operate without any third-party assessor.")).toBe(true);
  });
});
