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
