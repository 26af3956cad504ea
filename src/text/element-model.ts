// The learned veto (docs/accuracy.md, "Round 31 - a sentence-level learned veto"): one logistic model per Item 106
// element over a paragraph's words (base forms), the pairs of adjacent words in a sentence and its headings' words.
// The weights are data — rules/models/element-veto.json, checked against schemas/element-model.schema.json, written by
// `npm run train` — and a paragraph's probability is its best over the whole and each sentence, so an element told in one
// clause of a long paragraph is not diluted by the paragraph's other words. The engine applies it in one place
// (src/engine/elements.ts, ElementJudge): after the lexicon judge, an element whose best probability is below the
// veto threshold is dropped. test/accuracy (eval, train) imports this module: the features are computed once, here.

import { splitSentences } from "./sentences.js";
import { tokenize, type Aliases, type Word } from "./tokens.js";

/** One element's weights: feature → weight, and a bias. */
export interface ElementWeights {
  bias: number;
  weights: Record<string, number>;
}

/** How the model's probability and the lexicon judge's answer are combined. */
export type Combination = "lexicon" | "veto" | "admit" | "both" | "model";

export interface Thresholds {
  /** A lexicon hit is dropped when the model's probability is below this ("veto", "both"). */
  veto: number;
  /** A paragraph the lexicons miss is admitted when the model's probability reaches this ("admit", "both"; "model": the one threshold). */
  admit: number;
}

/** The model file (schemas/element-model.schema.json). */
export interface ElementModel {
  description?: string;
  /** Which feature families the weights were trained on. */
  features: { bigrams: boolean; headings: boolean; lexicon: boolean };
  /** The combination chosen by cross-validation (leaving filers out). */
  combination: Exclude<Combination, "lexicon">;
  /** Each combination's thresholds, chosen by the same cross-validation. */
  thresholds: Record<Exclude<Combination, "lexicon">, Thresholds>;
  elements: Record<string, ElementWeights>;
}

/**
 * The features of one paragraph: `w:` each word's base form (and what a defined term stands for,
 * and a body's @board / @management tag), `b:` each pair of adjacent base forms in a sentence,
 * `h:` the base forms of its headings' words, `lex:` each element the lexicon judge found.
 */
export function paragraphFeatures(words: readonly Word[], headings: readonly Word[][], lexicon: Iterable<string>, families: ElementModel["features"]): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    out.add(`w:${w.base}`);
    if (w.also) for (const a of w.also) out.add(`w:${a}`);
    if (families.bigrams && i + 1 < words.length && !w.stop) out.add(`b:${w.base} ${words[i + 1].base}`);
  }
  if (families.headings) for (const h of headings) for (const w of h) out.add(`h:${w.base}`);
  if (families.lexicon) for (const id of lexicon) out.add(`lex:${id}`);
  return out;
}

/** A paragraph's features read whole and sentence by sentence (the defined terms are the document's). */
export function readFeatures(
  text: string,
  headings: readonly string[],
  aliases: Aliases,
  lexicon: Iterable<string>,
  families: ElementModel["features"],
): { paragraph: Set<string>; sentences: Set<string>[] } {
  const heads = headings.map((h) => tokenize(h));
  const ids = [...lexicon];
  const words = tokenize(text, aliases);
  // Each sentence's words are the paragraph's words that start inside it: the same words a sentence tokenized alone gives
  // (words never cross a sentence's end; checked on the 10,762 sentences of the paraphrase split, round 31), without
  // tokenizing the text a second time.
  const sentences: Set<string>[] = [];
  let from = 0;
  for (const s of splitSentences(text)) {
    while (from < words.length && words[from].start < s.start) from++;
    let to = from;
    while (to < words.length && words[to].start < s.end) to++;
    sentences.push(paragraphFeatures(words.slice(from, to), heads, ids, families));
    from = to;
  }
  return { paragraph: paragraphFeatures(words, heads, ids, families), sentences };
}

/** The model's probability that a paragraph with these features addresses the element. */
export function probability(weights: ElementWeights, features: Iterable<string>): number {
  let z = weights.bias;
  for (const f of features) z += weights.weights[f] ?? 0;
  return 1 / (1 + Math.exp(-z));
}

/**
 * The model's best probability for a paragraph read whole and sentence by sentence (round 30's `--model-sentences`):
 * an element told in one clause of a long paragraph is not diluted by the paragraph's other words.
 */
export function bestProbability(weights: ElementWeights, paragraph: Iterable<string>, sentences: readonly Iterable<string>[]): number {
  let best = probability(weights, paragraph);
  for (const s of sentences) best = Math.max(best, probability(weights, s));
  return best;
}

/** Whether the element is addressed, from the lexicon judge's answer and the model's probability. */
export function combine(how: Combination, lexicon: boolean, p: number, { veto, admit }: Thresholds): boolean {
  switch (how) {
    case "lexicon":
      return lexicon;
    case "veto":
      return lexicon && p >= veto;
    case "admit":
      return lexicon || p >= admit;
    case "both":
      return (lexicon && p >= veto) || p >= admit;
    case "model":
      return p >= admit;
  }
}
