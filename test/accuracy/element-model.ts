// A learned second opinion on which Item 106 element a paragraph addresses: one logistic model per
// element over the paragraph's words (base forms, bigrams), its headings and the lexicon judge's own
// answer. The weights are data (test/accuracy/model/elements.json, test/accuracy/model/element-model.schema.json),
// written by `npm run train` from the tune split and the paraphrase batches (docs/accuracy.md, "A
// learned second opinion?"). This module only scores a paragraph and combines the two opinions.

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Ajv } from "ajv";
import { PACKAGE_ROOT } from "../../src/paths.js";
import type { Word } from "../../src/text/tokens.js";

/** A validator of the model file: the experiment is not part of the linter, so its schema is not built in. */
export function elementModelValidator() {
  const schema = JSON.parse(readFileSync(join(PACKAGE_ROOT, "test", "accuracy", "model", "element-model.schema.json"), "utf8")) as object;
  return new Ajv({ allErrors: true, strict: false }).compile(schema);
}

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

/** The model file (test/accuracy/model/element-model.schema.json). */
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

/** The model's probability that a paragraph with these features addresses the element. */
export function probability(weights: ElementWeights, features: Iterable<string>): number {
  let z = weights.bias;
  for (const f of features) z += weights.weights[f] ?? 0;
  return 1 / (1 + Math.exp(-z));
}

/**
 * The model's best probability for a paragraph read whole and sentence by sentence (`--model-sentences`, round 30):
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
