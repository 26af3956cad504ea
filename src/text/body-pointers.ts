// A body named in one sentence and pointed back to in the next (round 42, acc42-misses). Item 1C
// drafts name a committee with its members and then go on about it: "Our Technology Risk Council,
// made up of our COO, CFO and CIO, meets every month. It reviews the status of open security
// incidents …"; "Our Cyber Steering Group, a management committee …, meets each fortnight. The
// group receives a report …". resolveBackReferences (aliases.ts) already reads a sentence-opening
// "It" as the body named before when it is told something ("It receives …") or tracks remediation;
// these are the two readings it lacked: "It" doing what a body does when it reviews or decides, in
// the sentence right after the one whose subject is the body, and "the group" / "the forum" after a
// body named a Group or a Forum. "It" elsewhere (a plan, a program, a system: "It includes …") and
// "the Group" (a European filer's name for itself) are left as they are.

import type { Word } from "./tokens.js";

// What a body does itself, as the first verb after a sentence-opening "It" ("It reviews …", "It
// also approves …", "It meets monthly to review …"): reviewing, monitoring and deciding; not
// "includes", "covers" or "is designed", which a plan or a program does.
const BODY_ACT = /^(?:reviews|reviewed|monitors|monitored|tracks|tracked|oversees|oversaw|discusses|discussed|considers|considered|evaluates|evaluated|assesses|assessed|approves|approved|decides|decided|sets|meets|met|convenes|convened)$/;
// An adverb or "also" before the verb ("It also reviews", "It regularly monitors").
const BEFORE_VERB = /^(?:also|then|further|regularly|periodically|separately|in|addition|turn)$|ly$/;
/** The most words an adverbial before the verb may take ("It, in addition, reviews"). */
const BEFORE_VERB_WORDS = 3;
/** The most words the body's name may stand from the start of the sentence before ("Milbrook's Information Security Committee"). */
const SUBJECT_WORDS = 8;

/** Whether the words from `k` open with a body's own act (an adverb or "also" allowed first). */
export function bodyActNext(words: readonly Word[], k: number): boolean {
  for (let j = k; j < words.length && j < k + BEFORE_VERB_WORDS + 1; j++) {
    if (BODY_ACT.test(words[j].lower)) return true;
    if (!BEFORE_VERB.test(words[j].lower) || words[j].stop) return false;
  }
  return false;
}

/**
 * The sentence (its number in the paragraph) whose subject a body word at `at` is, when it stands
 * among the first SUBJECT_WORDS words of its sentence (which opens at `sentenceStart`), else -1: a
 * sentence-opening "It" in the next sentence may stand for it. Constant time: the caller counts
 * sentences as it walks the words (a stranger's many "It"s each read no farther back).
 */
export function subjectSentence(at: number, sentenceStart: number, sentence: number): number {
  return at - sentenceStart < SUBJECT_WORDS ? sentence : -1;
}

// The heads a lowercase back-reference may name besides committee and council ("The group receives …", "the forum sets …").
const POINTED_HEADS = new Set(["group", "forum"]);

/** Whether the word at `i` is a lowercase "group" or "forum" after a definite determiner, pointing back to a body named a Group or a Forum. */
export function pointsToNamedGroup(words: readonly Word[], i: number, lastHead: string | undefined, determiners: ReadonlySet<string>): boolean {
  const w = words[i];
  return POINTED_HEADS.has(w.word) && lastHead === w.word && i > 0 && determiners.has(words[i - 1].lower) && !words[i - 1].stop;
}

/** The lowercase head of a body named a Group or a Forum ("Cyber Steering Group" → "group"), or undefined. */
export function namedGroupHead(w: Word): string | undefined {
  return w.word === "Group" || w.word === "Forum" ? w.word.toLowerCase() : undefined;
}
