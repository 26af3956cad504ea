// A passive's agent past an adverb (round 42, acc42-misses): "our cybersecurity risks are overseen
// directly by our Chief Executive Officer", "the risk register is reviewed monthly by the CISO",
// "managed separately by our IT department" say who does it as "overseen by our Chief Executive
// Officer" does, but the lexicons' agent items ("overseen by", "managed by", "led by") are words
// side by side. The judge reads its own copy of a paragraph's words (copyWords) with such an adverb
// left out, so the participle and its "by" stand together; the text, its offsets and what a
// finding quotes are unchanged.

import type { Word } from "./tokens.js";

// A participle before an adverb and "by": a regular one (-ed) or one of the irregular ones the lexicons' agent items name.
const PARTICIPLE = /^(?:[a-z]{2,}ed|overseen|seen|undertaken|taken|given|driven|written|run|led|held|done|shown)$/;
// An adverb of one word in -ly ("directly", "separately", "monthly", "jointly"); not "only", which narrows the agent.
const ADVERB = /^[a-z]{2,}ly$/;

/** Whether the word at `i` is an adverb between a participle and its agent's "by" ("overseen directly by"). */
function agentAdverb(words: readonly Word[], i: number): boolean {
  const w = words[i];
  return (
    i > 0 &&
    i + 1 < words.length &&
    ADVERB.test(w.lower) &&
    w.lower !== "only" &&
    words[i + 1].lower === "by" &&
    !w.stop &&
    !words[i - 1].stop &&
    PARTICIPLE.test(words[i - 1].lower)
  );
}

/** Leaves out of `words` (in place, one pass) each adverb between a participle and its agent's "by". */
export function dropAgentAdverbs(words: Word[]): void {
  let to = 0;
  for (let i = 0; i < words.length; i++) {
    if (agentAdverb(words, i)) continue;
    words[to++] = words[i];
  }
  words.length = to;
}
