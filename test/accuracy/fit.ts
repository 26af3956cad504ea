// The logistic fit behind `npm run train` (test/accuracy/train.ts): one model per Item 106 element, stochastic gradient
// descent with L2 (Bottou's scaled weights, so a step touches only the example's features) and, for a smaller file, an L1
// penalty (Tsuruoka, Tsujii & Ananiadou 2009, "cumulative penalty": each touched weight is clipped toward zero by the
// penalty it has not yet received, and never across it, so unhelpful weights end exactly at zero). A fixed seed for the
// order of examples: the same data give the same weights.

import type { ElementWeights } from "./element-model.js";

/** What the fit reads of one judged paragraph. */
export interface FitExample {
  truth: Set<string>;
  features: string[];
  /** Each sentence's features (a one-sentence paragraph: its one sentence). */
  sentences: string[][];
  /** Round 38's sentence rows: the elements this example is no example of either way (its label for them is not known). */
  unknown?: ReadonlySet<string>;
}

export interface TrainOptions {
  /** Feature prefixes used ("w:", "b:", "h:", "lex:"). */
  prefixes: string[];
  /** The L2 strength (also sets the step schedule: eta = eta0 / (1 + eta0 · lambda · t)). */
  lambda: number;
  /** The L1 strength (0: none): a step adds eta · l1 to the penalty every weight may receive. */
  l1?: number;
  epochs: number;
  /** A feature seen in fewer training paragraphs is not used. */
  minCount: number;
  /**
   * Each sentence of a paragraph of two or more sentences is an extra example, a NEGATIVE one for every element the
   * paragraph's label lacks (no sentence of it can address an element the whole does not); for an element the label
   * has, the sentence is left out (which sentence tells it is not labelled). Round 31: did not survive its criterion.
   */
  negativeSentences: boolean;
  /** Features of a used prefix left out all the same (round 33's variant (c): the words the lexicons quote). */
  exclude?: (feature: string) => boolean;
}

/** A small deterministic pseudo-random generator (mulberry32). */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** One training row: its feature indices, the paragraph's labelled elements, and whether it is a sentence of a longer paragraph. */
interface Row {
  x: Int32Array;
  truth: Set<string>;
  sentence: boolean;
  unknown?: ReadonlySet<string>;
}

/** One logistic model per element of `elements`, fitted on `data`. */
export function train(data: FitExample[], elements: readonly string[], opts: TrainOptions): Record<string, ElementWeights> {
  const seen = new Map<string, number>();
  const used = (f: string) => opts.prefixes.some((p) => f.startsWith(p)) && !opts.exclude?.(f);
  for (const e of data) for (const f of e.features) if (used(f)) seen.set(f, (seen.get(f) ?? 0) + 1);
  const vocab = [...seen].filter(([, n]) => n >= opts.minCount).map(([f]) => f).sort();
  const index = new Map(vocab.map((f, i) => [f, i]));
  const indices = (features: string[]) => Int32Array.from(features.map((f) => index.get(f) ?? -1).filter((i) => i >= 0));
  const rows: Row[] = [];
  for (const e of data) {
    rows.push({ x: indices(e.features), truth: e.truth, sentence: false, unknown: e.unknown });
    if (opts.negativeSentences && e.sentences.length > 1) for (const s of e.sentences) rows.push({ x: indices(s), truth: e.truth, sentence: true });
  }
  const l1 = opts.l1 ?? 0;
  const model: Record<string, ElementWeights> = {};
  for (const id of elements) {
    // A sentence of a paragraph that has the element: not an example of it either way.
    const mine = rows.filter((r) => !(r.sentence && r.truth.has(id)) && !r.unknown?.has(id));
    const y = mine.map((r) => (!r.sentence && r.truth.has(id) ? 1 : 0));
    const v = new Float64Array(vocab.length);
    // L1: the penalty each weight may have received so far (u), and what it has received (q, in weight units).
    const q = l1 > 0 ? new Float64Array(vocab.length) : undefined;
    let u = 0;
    let scale = 1;
    let bias = 0;
    const next = random(20261201);
    const order = mine.map((_, i) => i);
    let t = 0;
    const eta0 = 0.5;
    for (let epoch = 0; epoch < opts.epochs; epoch++) {
      for (let i = order.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        [order[i], order[j]] = [order[j], order[i]];
      }
      for (const k of order) {
        const eta = eta0 / (1 + eta0 * opts.lambda * t++);
        const x = mine[k].x;
        let z = bias;
        for (const f of x) z += v[f] * scale;
        const g = 1 / (1 + Math.exp(-z)) - y[k];
        scale *= 1 - eta * opts.lambda;
        if (scale < 1e-9) {
          for (let f = 0; f < v.length; f++) v[f] *= scale;
          scale = 1;
        }
        for (const f of x) v[f] -= (eta * g) / scale;
        bias -= eta * g;
        if (q) {
          u += eta * l1;
          for (const f of x) {
            const w = v[f] * scale;
            const clipped = w > 0 ? Math.max(0, w - (u + q[f])) : w < 0 ? Math.min(0, w + (u - q[f])) : 0;
            q[f] += clipped - w;
            v[f] = clipped / scale;
          }
        }
      }
    }
    const weights: Record<string, number> = {};
    vocab.forEach((f, i) => {
      if (v[i] * scale !== 0) weights[f] = v[i] * scale;
    });
    model[id] = { bias, weights };
  }
  return model;
}

/**
 * Round 38's sentence-sized training rows (docs/accuracy.md, "Round 38 - the veto trained on sentence-level evidence"):
 * a paragraph of one sentence is its own row, labelled by its item; a longer paragraph gives one row per sentence — read
 * with the sentence before it where it opens by pointing back (the `o:back` mark of readFeatures' `marks`), as the
 * evidence reading reads it — a negative for every element its item lacks, a positive for an element the item has where
 * that element's evidence stands in the sentence (`e:<id>`), and no example either way (`unknown`) of an element the item
 * has elsewhere. A row keeps its paragraph's other fields (the trainer's filer: the folds stay by filer).
 */
export function sentenceRows<T extends FitExample>(e: T): T[] {
  if (e.sentences.length < 2) return [e];
  return e.sentences.map((s, k) => {
    const features = k > 0 && s.includes("o:back") ? [...new Set([...e.sentences[k - 1], ...s])] : s;
    const unknown = new Set([...e.truth].filter((id) => !s.includes(`e:${id}`)));
    return { ...e, features, sentences: [], unknown };
  });
}
