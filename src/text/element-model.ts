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

/**
 * The model with its features numbered, written by the build (dist/builtins.dat, EMBEDDED_BUILTINS.model) so start-up
 * neither parses the weights' 13,000 object keys nor builds Maps of them (round 32). `tokens`: each base form a feature
 * names; the features, numbered in this order: `w:` each of `words` (token numbers), `h:` each of `headings`, `b:` each
 * pair of `bigrams` (token numbers, flattened), `lex:` each of `lexicon`; each element its features' numbers and weights
 * (the model file's numbers: JSON writes a double so that it reads back the same). The same form for any model of the
 * file's format (prepareModel).
 */
export interface PreparedModelData extends Omit<ElementModel, "elements"> {
  tokens: string[];
  words: number[];
  headings: number[];
  bigrams: number[];
  lexicon: string[];
  elements: Record<string, { bias: number; features: number[]; weights: number[] }>;
}

/** The model file's weights numbered (PreparedModelData). A `b:` key whose second word has a space is never a pair of base forms (words split at white space): left out. */
export function prepareModelData(model: ElementModel): PreparedModelData {
  const tokens: string[] = [];
  const tokenIds = new Map<string, number>();
  const token = (t: string) => {
    let id = tokenIds.get(t);
    if (id === undefined) tokenIds.set(t, (id = tokens.push(t) - 1));
    return id;
  };
  // Each kind's features in their first element's order; numbered once all are known.
  const kinds = { w: new Map<string, number>(), h: new Map<string, number>(), b: new Map<string, [number, number]>(), lex: new Map<string, string>() };
  for (const { weights } of Object.values(model.elements)) {
    for (const f of Object.keys(weights)) {
      if (f.startsWith("w:")) kinds.w.set(f, token(f.slice(2)));
      else if (f.startsWith("h:")) kinds.h.set(f, token(f.slice(2)));
      else if (f.startsWith("lex:")) kinds.lex.set(f, f.slice(4));
      else if (f.startsWith("b:")) {
        const space = f.indexOf(" ", 2);
        if (space > 0 && !f.includes(" ", space + 1)) kinds.b.set(f, [token(f.slice(2, space)), token(f.slice(space + 1))]);
      }
    }
  }
  const number = new Map<string, number>();
  for (const keys of [kinds.w.keys(), kinds.h.keys(), kinds.b.keys(), kinds.lex.keys()]) for (const f of keys) number.set(f, number.size);
  const { elements, ...rest } = model;
  return {
    ...rest,
    tokens,
    words: [...kinds.w.values()],
    headings: [...kinds.h.values()],
    bigrams: [...kinds.b.values()].flat(),
    lexicon: [...kinds.lex.values()],
    elements: Object.fromEntries(
      Object.entries(elements).map(([id, { bias, weights }]) => {
        const known = Object.entries(weights).filter(([f]) => number.has(f));
        return [id, { bias, features: known.map(([f]) => number.get(f)!), weights: known.map(([, w]) => w) }];
      }),
    ),
  };
}

/** A paragraph's features as numbers (PreparedModel.read): the paragraph's, then each sentence's, back to back. */
export interface ReadNumbers {
  features: Int32Array;
  /** Where the paragraph's features end and each sentence's ([0, ends[0]) the paragraph's, [ends[k-1], ends[k]) sentence k's). */
  ends: number[];
}

const NONE = -1;

/**
 * The `b:` features by their two tokens: open addressing over typed arrays (a Map of numbers hashes and probes through a
 * builtin call; this is a multiply, a shift and a compare or two).
 */
class PairTable {
  private readonly keys: Int32Array;
  private readonly values: Int32Array;
  private readonly shift: number;
  private readonly mask: number;

  /** `pairs`: first token, second token, flattened; each pair's value its feature number, from `first` on. */
  constructor(
    pairs: readonly number[],
    first: number,
    private readonly tokenCount: number,
  ) {
    let bits = 4;
    while (1 << bits < pairs.length) bits++; // at least twice the pairs' count
    this.keys = new Int32Array(1 << bits).fill(NONE);
    this.values = new Int32Array(1 << bits);
    this.shift = 32 - bits;
    this.mask = (1 << bits) - 1;
    for (let i = 0; i < pairs.length; i += 2) {
      const key = pairs[i] * tokenCount + pairs[i + 1];
      let at = Math.imul(key, 0x9e3779b1) >>> this.shift;
      while (this.keys[at] !== NONE && this.keys[at] !== key) at = (at + 1) & this.mask;
      this.keys[at] = key;
      this.values[at] = first + i / 2;
    }
  }

  get(a: number, b: number): number {
    const key = a * this.tokenCount + b;
    let at = Math.imul(key, 0x9e3779b1) >>> this.shift;
    for (;;) {
      const k = this.keys[at];
      if (k === key) return this.values[at];
      if (k === NONE) return NONE;
      at = (at + 1) & this.mask;
    }
  }
}

/**
 * The model a paragraph is scored with in the engine: the same probabilities as `bestProbability` over `readFeatures`,
 * to the last bit (test/text/element-model-prepared.test.ts), with each feature a number: a word's base form is looked up
 * once (not once per feature string built from it, in the paragraph and again in its sentence), a pair of words by two
 * numbers, a heading's features once per heading, and each element's weights an array indexed by feature. The sums
 * add the same weights in the same order as `probability` over the feature Set (its insertion order; a feature no element
 * weighs adds 0 there and is left out here, the same sum), so each probability is the same double.
 */
export class PreparedModel {
  readonly description?: string;
  readonly features: ElementModel["features"];
  readonly combination: ElementModel["combination"];
  readonly thresholds: ElementModel["thresholds"];
  private readonly data: PreparedModelData;
  private readonly tokenIds = new Map<string, number>();
  /** Each token's `w:` / `h:` feature, NONE when the model has none. */
  private readonly wordFeature: Int32Array;
  private readonly headingFeature: Int32Array;
  private readonly pairs: PairTable;
  private readonly lexFeature = new Map<string, number>();
  private readonly featureCount: number;
  private readonly elementIds: Set<string>;
  /** Each element's weights by feature number, made when the element is first scored. */
  private readonly dense = new Map<string, Float64Array>();
  /** A heading's `h:` features (tokenize(heading), no defined terms: the same for every document). */
  private readonly headingFeatures = new Map<string, Int32Array>();
  /** The features already in the list being read: `seen[f] === epoch`. */
  private readonly seen: Uint32Array;
  private epoch = 0;
  /** The read's scratch (grown as needed): each word's `w:` feature and the pair it starts; the lists written so far. */
  private wordF = new Int32Array(256);
  private pairF = new Int32Array(256);
  private out = new Int32Array(1024);
  private at = 0;

  constructor(data: PreparedModelData) {
    this.data = data;
    this.description = data.description;
    this.features = data.features;
    this.combination = data.combination;
    this.thresholds = data.thresholds;
    const { tokens, words, headings, bigrams, lexicon } = data;
    for (let i = 0; i < tokens.length; i++) this.tokenIds.set(tokens[i], i);
    this.wordFeature = new Int32Array(tokens.length).fill(NONE);
    this.headingFeature = new Int32Array(tokens.length).fill(NONE);
    let f = 0;
    for (const t of words) this.wordFeature[t] = f++;
    for (const t of headings) this.headingFeature[t] = f++;
    this.pairs = new PairTable(bigrams, f, tokens.length);
    f += bigrams.length / 2;
    for (const id of lexicon) this.lexFeature.set(id, f++);
    this.featureCount = f;
    this.seen = new Uint32Array(f);
    this.elementIds = new Set(Object.keys(data.elements));
  }

  /** Whether the model has weights for the element. */
  has(id: string): boolean {
    return this.elementIds.has(id);
  }

  /** The numbered form (PreparedModelData), as the build writes it. */
  toData(): PreparedModelData {
    return this.data;
  }

  /** A paragraph's features read whole and sentence by sentence, as numbers (readFeatures' sets, in their order, less the features no element weighs). */
  read(text: string, headings: readonly string[], aliases: Aliases, lexicon: Iterable<string>): ReadNumbers {
    const families = this.features;
    const words = tokenize(text, aliases);
    const n = words.length;
    if (this.wordF.length < n) {
      this.wordF = new Int32Array(2 * n);
      this.pairF = new Int32Array(2 * n);
    }
    // Each word's `w:` feature and the pair it starts (NONE: the model weighs none); its `also` features are looked up as listed.
    const { wordF, pairF, wordFeature } = this;
    let also = 0;
    let t = n > 0 ? this.token(words[0].base) : NONE;
    for (let i = 0; i < n; i++) {
      const w = words[i];
      const next = i + 1 < n ? this.token(words[i + 1].base) : NONE;
      wordF[i] = t === NONE ? NONE : wordFeature[t];
      pairF[i] = families.bigrams && t !== NONE && next !== NONE && !w.stop ? this.pairs.get(t, next) : NONE;
      if (w.also) also += w.also.length;
      t = next;
    }
    const heads: Int32Array[] = [];
    if (families.headings) for (const h of headings) heads.push(this.headingsOf(h));
    const lex: number[] = [];
    if (families.lexicon) for (const id of lexicon) lex.push(this.lexFeature.get(id) ?? NONE);
    let fixed = lex.length;
    for (const h of heads) fixed += h.length;
    // At most: twice the words' features (the paragraph's, then its sentences'), the headings' and lexicon's once a list.
    const sentences = splitSentences(text);
    const most = 2 * (2 * n + also) + fixed * (1 + sentences.length);
    if (this.out.length < most) this.out = new Int32Array(2 * most);
    this.at = 0;
    const ends: number[] = [];
    this.list(words, 0, n, heads, lex);
    ends.push(this.at);
    let from = 0;
    for (const s of sentences) {
      while (from < n && words[from].start < s.start) from++;
      let to = from;
      while (to < n && words[to].start < s.end) to++;
      this.list(words, from, to, heads, lex);
      ends.push(this.at);
      from = to;
    }
    return { features: this.out.slice(0, this.at), ends };
  }

  /** The model's best probability that the paragraph addresses the element, over the whole and each sentence (bestProbability). */
  bestProbability(id: string, read: ReadNumbers): number {
    const { bias } = this.data.elements[id];
    const w = this.weightsOf(id);
    const { features, ends } = read;
    let best = 0;
    let from = 0;
    for (let k = 0; k < ends.length; k++) {
      let z = bias;
      for (let i = from; i < ends[k]; i++) z += w[features[i]];
      const p = 1 / (1 + Math.exp(-z));
      best = k === 0 ? p : Math.max(best, p);
      from = ends[k];
    }
    return best;
  }

  /** One list (paragraphFeatures over words[from, to)), each feature once, appended to `out`. */
  private list(words: readonly Word[], from: number, to: number, heads: readonly Int32Array[], lex: readonly number[]): void {
    const { seen, wordF, pairF, out } = this;
    if (this.epoch === 0xffffffff) {
      seen.fill(0);
      this.epoch = 0;
    }
    const epoch = ++this.epoch;
    let at = this.at;
    for (let i = from; i < to; i++) {
      let f = wordF[i];
      if (f !== NONE && seen[f] !== epoch) {
        seen[f] = epoch;
        out[at++] = f;
      }
      const also = words[i].also;
      if (also) {
        for (let k = 0; k < also.length; k++) {
          const u = this.token(also[k]);
          f = u === NONE ? NONE : this.wordFeature[u];
          if (f !== NONE && seen[f] !== epoch) {
            seen[f] = epoch;
            out[at++] = f;
          }
        }
      }
      // A pair that crosses a sentence's end is the paragraph's, not the sentence's (paragraphFeatures over its words).
      f = i + 1 < to ? pairF[i] : NONE;
      if (f !== NONE && seen[f] !== epoch) {
        seen[f] = epoch;
        out[at++] = f;
      }
    }
    for (const h of heads) {
      for (let k = 0; k < h.length; k++) {
        const f = h[k];
        if (f !== NONE && seen[f] !== epoch) {
          seen[f] = epoch;
          out[at++] = f;
        }
      }
    }
    for (const f of lex) {
      if (f !== NONE && seen[f] !== epoch) {
        seen[f] = epoch;
        out[at++] = f;
      }
    }
    this.at = at;
  }

  private token(base: string): number {
    return this.tokenIds.get(base) ?? NONE;
  }

  private headingsOf(heading: string): Int32Array {
    let h = this.headingFeatures.get(heading);
    if (!h) {
      const words = tokenize(heading);
      h = new Int32Array(words.length);
      for (let i = 0; i < words.length; i++) {
        const t = this.token(words[i].base);
        h[i] = t === NONE ? NONE : this.headingFeature[t];
      }
      // Headings repeat across a batch's documents; a run over many distinct ones keeps the last thousand or so.
      if (this.headingFeatures.size >= 1024) this.headingFeatures.clear();
      this.headingFeatures.set(heading, h);
    }
    return h;
  }

  private weightsOf(id: string): Float64Array {
    let w = this.dense.get(id);
    if (!w) {
      const { features, weights } = this.data.elements[id];
      w = new Float64Array(this.featureCount);
      for (let i = 0; i < features.length; i++) w[features[i]] = weights[i];
      this.dense.set(id, w);
    }
    return w;
  }
}

/** A model file's weights prepared for the engine (PreparedModel). */
export function prepareModel(model: ElementModel): PreparedModel {
  return new PreparedModel(prepareModelData(model));
}
