// Round 42 (acc42-long): a long paragraph read as runs of sentences that share a subject.
//
// The paragraph topic gate (requirement-map.ts `paragraphTopic`) reads a paragraph of 35 or more words as a whole: one
// cybersecurity word anywhere lets every sentence speak. A long paragraph often holds a stretch about something else — a
// crisis team for storms, a platform migration's steering committee, an investment committee, a data governance body —
// beside the sentences on cybersecurity, and its management, board or process words then answered for the paragraph.
// Here a paragraph is cut into runs: a sentence joins the run of the sentence its opening words point back to (a pronoun
// or demonstrative, "the committee", "The Council", a name said before); a sentence whose opening points back to nothing
// starts a run of its own. A run of 35 or more words that names no topic word is off the topic, as a paragraph of that
// length would be: the same gate, read per run. A run that points back into a run on the topic is on it ("The committee
// chair reports to the full Board"), and a short run (a sentence of a few words) is not judged, as a short paragraph is not.

import type { Sentence } from "./sentences.js";
import { firstWordFrom, type Word } from "./tokens.js";

// Words that, in a sentence's opening, point back to what a sentence before said.
const POINTS_BACK = new Set(["it", "its", "they", "their", "them", "he", "his", "him", "she", "her", "this", "these", "those", "that", "such", "both", "together", "there", "which", "whom", "whose", "same", "also", "then", "thereafter", "former", "latter"]);
// Words before a noun that make it one the reader already knows ("the committee", "our Council", "each risk").
const KNOWN = new Set(["the", "our", "each", "every", "any", "all"]);
// Words that open a sentence without naming what it is about ("Because our plants …", "Under that plan …"): never a noun said before.
const OPENERS = new Set(["because", "before", "after", "if", "when", "where", "while", "since", "under", "as", "in", "at", "on", "for", "with", "within", "during", "once", "although", "though", "separately", "additionally", "further", "finally", "however", "moreover", "through", "to", "by", "from", "of", "among", "between", "without", "until", "upon", "following", "we", "us", "i", "a", "an", "no", "not", "in", "unless", "whether", "so", "and", "but", "or", "nor", "yet", "other", "some", "many", "most", "several", "certain"]);
/** How many opening words of a sentence are read for a pointer back. */
const OPENING_WORDS = 8;

/** Whether a word is capitalised (a name's word, an acronym). */
function capitalised(w: Word): boolean {
  const c = w.word.charCodeAt(0);
  return c >= 65 && c <= 90;
}

/** Whether a word is all capitals (an acronym: "CISO", "ERC"). */
function acronym(w: Word): boolean {
  return w.word.length > 1 && w.word === w.word.toUpperCase() && /^[A-Z]/.test(w.word);
}

/** Where the capitalised name that opens at word `i` ends (its last word's index), within the sentence's words before `end`. */
function nameEnd(words: readonly Word[], i: number, end: number): number {
  let j = i;
  while (j + 1 < end && capitalised(words[j + 1]) && !words[j].stop) j++;
  return j;
}

/** A name's key: its words in lower case, joined. */
function nameKey(words: readonly Word[], from: number, to: number): string {
  let key = words[from].lower;
  for (let k = from + 1; k <= to; k++) key += ` ${words[k].lower}`;
  return key;
}

/**
 * The run each sentence belongs to (its index in `sentences` → the index of the run's first sentence).
 * Linear in the paragraph's words: each sentence's opening is read once, against the names and words of the sentences before it.
 */
export function topicRuns(sentences: readonly Sentence[], words: readonly Word[]): number[] {
  const run: number[] = [];
  // The last sentence that said each capitalised name (lower case, joined), and each word's base form.
  const names = new Map<string, number>();
  const bases = new Map<string, number>();
  const find = (i: number): number => (run[i] === i ? i : (run[i] = find(run[i])));
  for (let s = 0; s < sentences.length; s++) {
    const at = sentences[s];
    run.push(s);
    const first = firstWordFrom(words as Word[], at.start);
    let end = first;
    while (end < words.length && words[end].start < at.end) end++;
    let target = -1;
    if (s > 0) {
      for (let i = first; i < Math.min(end, first + OPENING_WORDS) && target < 0; i++) {
        const w = words[i];
        const known = i > first && KNOWN.has(words[i - 1].lower);
        // (a definite subject opening the sentence points back too, where its noun is new: "The costs of the incident were …"
        // after the sentences that told the incident without the word)
        if (POINTS_BACK.has(w.lower) || (i === first && w.lower === "the")) target = s - 1;
        else if (capitalised(w) && !KNOWN.has(w.lower)) {
          const j = nameEnd(words, i, end);
          // "The Council", "the Committee": the body said before under its full name; a sentence's opening word alone ("Because") names nothing
          // (and a sentence's opening noun that repeats one said before: "Providers rated high must …" after "Each provider is …")
          if (j === i && (known || (i === first && !acronym(w) && !OPENERS.has(w.lower)))) target = bases.get(w.base) ?? -1;
          else if (j > i || i > first || acronym(w)) target = names.get(nameKey(words, i, j)) ?? -1;
          i = j;
        } else if (known) target = bases.get(w.base) ?? -1;
      }
      if (target >= 0) run[s] = find(target);
    }
    // What this sentence says, for the sentences after it.
    for (let i = first; i < end; i++) {
      const w = words[i];
      bases.set(w.base, s);
      if (capitalised(w) && !KNOWN.has(w.lower) && (i === first || !capitalised(words[i - 1]) || KNOWN.has(words[i - 1].lower) || words[i - 1].stop)) {
        const j = nameEnd(words, i, end);
        if (j > i || i > first || acronym(w)) names.set(nameKey(words, i, j), s);
      }
    }
  }
  return run.map((_, i) => find(i));
}

/**
 * Each sentence's answer to "is it in a run off the topic?": a run of at least `minWords` words none of whose sentences is on the
 * topic (`onTopic`). Null where the paragraph is one run (the paragraph gate reads it whole).
 */
export function offTopicRuns(sentences: readonly Sentence[], words: readonly Word[], onTopic: (s: Sentence) => boolean, minWords: number): boolean[] | null {
  const runs = topicRuns(sentences, words);
  if (runs.every((r) => r === 0)) return null;
  const size = new Map<number, number>();
  let k = 0;
  for (let s = 0; s < sentences.length; s++) {
    let n = 0;
    for (k = Math.max(k, firstWordFrom(words as Word[], sentences[s].start)); k < words.length && words[k].start < sentences[s].end; k++) n++;
    size.set(runs[s], (size.get(runs[s]) ?? 0) + n);
  }
  // Only a run long enough to be judged has its sentences read for a topic word (most paragraphs' runs are short, or one).
  const on = new Map<number, boolean>();
  for (let s = 0; s < sentences.length; s++) if ((size.get(runs[s]) ?? 0) >= minWords && !on.get(runs[s]) && onTopic(sentences[s])) on.set(runs[s], true);
  return runs.map((r) => !on.get(r) && (size.get(r) ?? 0) >= minWords);
}
