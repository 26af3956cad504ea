// What a report names as its content (round 41, acc41-released): "presents our metrics, the results of
// penetration tests and any incidents to the Committee", "meets with the Committee to present the findings
// of our assessments". The work after "the results of" is what is told, not a process the sentence states
// (labels/README.md C7 / C8; round39.sealed's "results of penetration tests" as a report's topic). Only in the object,
// after the informing verb: a subject ("Results of our vulnerability scans are reported to the CTO", "Findings from each
// phishing simulation come to our IT leadership") is labelled as the work told (C8's "the results of such assessments are
// reported to management" gives processes where the work is named), and taking it cost 9 true detections of the
// paraphrase split for 9 false ones.

import { firstWordFrom, type Word } from "./tokens.js";

// Nouns that name what came out of the work, not the work: "the results of …", "the findings from …".
const REPORT_NOUNS = new Set(["results", "result", "findings", "outcome", "outcomes", "status", "summary", "summaries", "conclusions"]);
const OF = new Set(["of", "from"]);

/** The part of an informing clause's topic from its first report noun followed by "of" / "from" to the topic's end; undefined when it has none. */
export function reportedPart(words: Word[], topic: { start: number; end: number }): { start: number; end: number } | undefined {
  for (let k = firstWordFrom(words, topic.start); k + 1 < words.length && words[k + 1].end <= topic.end; k++) {
    if (REPORT_NOUNS.has(words[k].lower) && OF.has(words[k + 1].lower)) return { start: words[k].start, end: topic.end };
    if (words[k].stop) break;
  }
  return undefined;
}
