// A match inside a denial (round 39, acc39-precision): "we have not adopted a process to oversee their
// cybersecurity risks", "We do not assess the security of our vendors", "do not currently have a process to
// assess or monitor …". A requirement that is not a "whether" one counts a negated match all the same;
// with `deniedReach` it does not count a match that the last negation cue of its sentence before it still
// reaches: nothing of the reach lexicon (a comma that is no list's, a semicolon, "until", "but", "where" …)
// between the cue and the match's end; a cue inside the match ("no formal process") denies it. "Where a supplier cannot provide an attestation, we perform our own assessment" and
// "No new application is placed into production until it has passed a security review" state the activity.
import type { Lexicon, LexiconMatch } from "./lexicon.js";
import type { Word } from "./tokens.js";

/** Whether the last `negation` cue of `m`'s sentence that starts before `m` ends reaches `m` (`reach` names what ends a denial). */
export function denied(text: string, words: Word[], m: LexiconMatch, negation: Lexicon, reach: Lexicon): boolean {
  let last = -1;
  let lastEnd = -1;
  for (const cue of negation.matchRange(text, words, m.sentence.start, m.end)) {
    if (cue.start > last) {
      last = cue.start;
      lastEnd = cue.end;
    }
  }
  if (last < 0) return false;
  return last >= m.start || !reach.testRange(text, words, lastEnd, m.end);
}
