// Round 42 (acc42-long): "They" for the managers the sentence before named. A long paragraph names two officers once
// ("Two executives share responsibility …: our Chief Information Officer … and our Vice President of Product Security …")
// and goes on with "Together they assess …", "They report on cybersecurity matters to the Audit Committee": the pronoun is
// the managers, as "He" / "She" is the manager in personPronouns (aliases.ts), and is tagged "@management" where it opens
// its sentence, the sentence before named two or more managers' titles (or was itself theirs: "Together they assess … They
// report …") and no board person after them, and what follows
// is a manager's act (reports, briefs, meets, receives, reviews, assesses, leads …), not a passive or a list ("They are
// reviewed …", "They include …"). Linear in the words.

import { BOARD_PERSON, namesManager, pastAdverb } from "./aliases.js";
import type { Word } from "./tokens.js";

const PLURAL = new Set(["they", "both"]);
// "Together they …", "Jointly, they …"
const TOGETHER = new Set(["together", "jointly"]);
// A manager's act after the pronoun.
const ACT = /^(?:report|brief|present|meet|met|updat|inform|receiv|review|assess|oversee|oversaw|manag|lead|led|set|direct|approv|decid|stay|keep|kept|share|discuss|escalat|notif|monitor|track|supervis|evaluat)/;

/** Tags "they" / "both" opening a sentence as "@management" where the sentence before named two or more managers. */
export function pluralPersonPronouns(words: Word[]): void {
  // Most paragraphs open no sentence with "They" or "Both": they are not read further.
  let any = false;
  for (let i = 0; i < words.length && !any; i++) any = PLURAL.has(words[i].lower) && (i === 0 || !!words[i - 1].stop || TOGETHER.has(words[i - 1].lower));
  if (!any) return;
  // managers' titles named in the sentence before and in this one (a board person named after them ends the count)
  let before = 0;
  let now = 0;
  let opening = true;
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (opening && TOGETHER.has(w.lower)) continue;
    if (opening && PLURAL.has(w.lower) && before >= 2) {
      const k = pastAdverb(words, i + 1);
      if (k < words.length && ACT.test(words[k].lower)) {
        w.also = [...(w.also ?? []), "@management"];
        // the same managers for the sentence after ("Together they assess … They report …")
        now = before;
      }
    }
    opening = false;
    if (namesManager(w)) now++;
    else if (BOARD_PERSON.test(w.word)) now = 0;
    if (w.stop) {
      before = now;
      now = 0;
      opening = true;
    }
  }
}
