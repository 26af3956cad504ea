// npm run train: fits the learned second opinion (test/accuracy/element-model.ts) — one logistic model
// per Item 106 element — on the TUNE split and every paraphrase batch (never the held-out split),
// chooses how to combine it with the lexicon judge, and its thresholds, by cross-validation that
// leaves filers out (a paraphrase batch belongs to the tune filer it rewords, its `source`), and
// writes the weights as data to rules/models/element-veto.json (--out FILE elsewhere). Deterministic: a fixed seed, sorted
// keys, rounded weights. See docs/accuracy.md, "A learned second opinion?".
//
//   npm run train                    cross-validate, print the figures, write the model
//   npm run train -- --dry-run       cross-validate and print only
//   npm run train -- --rows <file>   cache the judged paragraphs in <file> (the judging takes minutes)

import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { PACKAGE_ROOT } from "../../src/paths.js";
import { bestProbability, combine, type Combination, type ElementModel, type ElementWeights, type Thresholds } from "./element-model.js";
import { ELEMENTS, evaluate, type Counts, count, f1, precision, recall } from "./eval.js";
import { heldBackNames, trainingParaphrases, trainingTune } from "./training-data.js";
import { loadRuleSet } from "../../src/engine/rule-loader.js";

const args = process.argv.slice(2);
const value = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i === -1 ? undefined : args[i + 1];
};

/** One judged paragraph: which filer it belongs to, what the labels say, what the lexicons say, its features. */
interface Example {
  group: string;
  truth: Set<string>;
  lexicon: Set<string>;
  features: string[];
  /** Each sentence's features (a one-sentence paragraph: its one sentence). */
  sentences: string[][];
}

type StoredExample = { group: string; truth: string[]; lexicon: string[]; features: string[]; sentences: string[][] };

const FAMILIES = { bigrams: true, headings: true, lexicon: true };

async function examples(): Promise<Example[]> {
  const cache = value("--rows");
  if (cache && existsSync(cache)) return (JSON.parse(readFileSync(cache, "utf8")) as StoredExample[]).map(revive);
  const tune = trainingTune(join(PACKAGE_ROOT, "test", "accuracy", "labels"));
  const paraphraseDir = join(PACKAGE_ROOT, "test", "accuracy", "paraphrases");
  // The sealed batches (training-data.ts, HELD_BACK) are left out unopened: they are the untuned measures.
  console.log(`npm run train: held back, unread: ${heldBackNames(paraphraseDir).join(", ") || "none"}`);
  const paraphrases = trainingParaphrases(paraphraseDir);
  // The filer each label file belongs to: a corpus file's own label file, a paraphrase batch's source.
  const group = new Map<string, string>();
  for (const l of tune) group.set(l.file!, basename(l.path));
  for (const l of paraphrases) group.set(basename(l.path), (l as { source?: string }).source ?? basename(l.path));
  const results = await evaluate([...tune, ...paraphrases], { corpusDir: join(PACKAGE_ROOT, "..", "shared", "corpus", "real"), features: FAMILIES, sentenceFeatures: true });
  // A tune file that cannot be read (no ../shared beside the tree) would silently leave the real filers out of training.
  const failed = [...results.values()].flatMap((r) => r.failed);
  if (failed.length) throw new Error(`npm run train: ${failed.length} labelled files unreadable (is ../shared beside the tree?): ${failed.map((f) => f.file).join(", ")}`);
  const out: Example[] = [];
  for (const r of results.values())
    for (const row of r.rows) {
      if (!row.features) continue; // a label no judged paragraph begins with (the eval lists them)
      out.push({ group: group.get(row.file)!, truth: new Set(row.label.elements), lexicon: new Set(row.elements), features: row.features, sentences: row.sentences ?? [] });
    }
  if (cache) writeFileSync(cache, JSON.stringify(out.map((e) => ({ ...e, truth: [...e.truth], lexicon: [...e.lexicon] }))));
  return out;
}

function revive(e: StoredExample): Example {
  return { group: e.group, truth: new Set(e.truth), lexicon: new Set(e.lexicon), features: e.features, sentences: e.sentences };
}

// ---------------------------------------------------------------------------------------------
// Logistic regression: stochastic gradient descent with L2 (Bottou's scaled weights, so a step
// touches only the example's features), a fixed seed for the order of examples.

interface TrainOptions {
  /** Feature prefixes used ("w:", "b:", "h:", "lex:"). */
  prefixes: string[];
  lambda: number;
  epochs: number;
  /** A feature seen in fewer training paragraphs is not used. */
  minCount: number;
  /**
   * Each sentence of a paragraph of two or more sentences is an extra example, a NEGATIVE one for every element the
   * paragraph's label lacks (no sentence of it can address an element the whole does not); for an element the label
   * has, the sentence is left out (which sentence tells it is not labelled). The model is read sentence by sentence
   * (bestProbability), so it learns what a sentence that does NOT tell an element looks like, on the sentences of 8,800
   * paragraphs rather than the paraphrase writers' single sentences only.
   */
  negativeSentences: boolean;
}

/** A small deterministic pseudo-random generator (mulberry32). */
function random(seed: number): () => number {
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
}

function train(data: Example[], opts: TrainOptions): Record<string, ElementWeights> {
  const seen = new Map<string, number>();
  const used = (f: string) => opts.prefixes.some((p) => f.startsWith(p));
  for (const e of data) for (const f of e.features) if (used(f)) seen.set(f, (seen.get(f) ?? 0) + 1);
  const vocab = [...seen].filter(([, n]) => n >= opts.minCount).map(([f]) => f).sort();
  const index = new Map(vocab.map((f, i) => [f, i]));
  const indices = (features: string[]) => Int32Array.from(features.map((f) => index.get(f) ?? -1).filter((i) => i >= 0));
  const rows: Row[] = [];
  for (const e of data) {
    rows.push({ x: indices(e.features), truth: e.truth, sentence: false });
    if (opts.negativeSentences && e.sentences.length > 1) for (const s of e.sentences) rows.push({ x: indices(s), truth: e.truth, sentence: true });
  }
  const model: Record<string, ElementWeights> = {};
  for (const id of ELEMENTS) {
    // A sentence of a paragraph that has the element: not an example of it either way.
    const mine = rows.filter((r) => !(r.sentence && r.truth.has(id)));
    const y = mine.map((r) => (!r.sentence && r.truth.has(id) ? 1 : 0));
    const v = new Float64Array(vocab.length);
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

/** Groups into k folds of about equal size, largest group first into the smallest fold (deterministic). */
function folds(data: Example[], k: number): number[] {
  const sizes = new Map<string, number>();
  for (const e of data) sizes.set(e.group, (sizes.get(e.group) ?? 0) + 1);
  const groups = [...sizes].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const load = new Array<number>(k).fill(0);
  const foldOf = new Map<string, number>();
  for (const [g, n] of groups) {
    const f = load.indexOf(Math.min(...load));
    foldOf.set(g, f);
    load[f] += n;
  }
  return data.map((e) => foldOf.get(e.group)!);
}

/**
 * Out-of-fold probabilities: p[example][element index], each from a model that never saw the example's filer, each
 * the paragraph's best over the whole and its sentences (bestProbability, as the linter reads it). With several prune
 * levels, one array per level (the same folds' weights, pruned).
 */
function crossValidate(data: Example[], fold: number[], k: number, opts: TrainOptions, levels: Prune[]): number[][][] {
  const p: number[][][] = levels.map(() => data.map(() => []));
  for (let f = 0; f < k; f++) {
    const full = train(data.filter((_, i) => fold[i] !== f), opts);
    levels.forEach((level, l) => {
      const model = prune(full, level);
      data.forEach((e, i) => {
        if (fold[i] === f) p[l][i] = ELEMENTS.map((id) => bestProbability(model[id], e.features, e.sentences));
      });
    });
  }
  return p;
}

interface Decision {
  combination: Combination;
  veto: number;
  admit: number;
}

function judge(data: Example[], p: number[][], d: Decision): Map<string, Counts> {
  const by = new Map<string, Counts>(ELEMENTS.map((id) => [id, { tp: 0, fp: 0, fn: 0 }]));
  data.forEach((e, i) =>
    ELEMENTS.forEach((id, j) => count(by.get(id)!, e.truth.has(id), combine(d.combination, e.lexicon.has(id), p[i]?.[j] ?? 0, d))),
  );
  return by;
}

function micro(by: Map<string, Counts>, only?: readonly string[]): Counts {
  const t = { tp: 0, fp: 0, fn: 0 };
  for (const [id, c] of by) {
    if (only && !only.includes(id)) continue;
    t.tp += c.tp;
    t.fp += c.fp;
    t.fn += c.fn;
  }
  return t;
}

/** The elements whose absence is a warning (rules/requirements/requirements.json): a vetoed true detection can become a false warning. */
export const WARNING_ELEMENTS: readonly string[] = loadRuleSet()
  .elements.filter((e) => e.severity === "warning")
  .map((e) => e.id);

const pct = (x: number) => (x * 100).toFixed(1).padStart(5);
const pr = (c: Counts) => `${pct(precision(c))} /${pct(recall(c))}`;

/** The variants compared, fixed before the first run (docs/accuracy.md, "Round 31 - a sentence-level learned veto"). */
function variants(): Record<string, TrainOptions> {
  const out: Record<string, TrainOptions> = {};
  for (const negativeSentences of [false, true])
    for (const lambda of [1e-4, 1e-3])
      for (const minCount of [2, 5])
        out[`${negativeSentences ? "para+neg" : "para"}/${lambda}/min${minCount}`] = { prefixes: ["w:", "b:", "h:"], lambda, epochs: negativeSentences ? 10 : 20, minCount, negativeSentences };
  return out;
}

const THRESHOLDS = [0.005, 0.01, 0.02, 0.05, 0.1, 0.15, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95, 0.98, 0.99, 0.995];
const COMBINATIONS = ["veto", "both"] as const;

function candidatesOf(variant: string, data: Example[], p: number[][]): Candidate[] {
  const out: Candidate[] = [];
  for (const combination of COMBINATIONS) {
    const vetoes = THRESHOLDS;
    const admits = combination === "veto" ? [1] : THRESHOLDS;
    for (const veto of vetoes)
      for (const admit of admits) {
        if (combination === "both" && admit <= Math.max(veto, 0.5)) continue;
        const d = { combination, veto, admit };
        const by = judge(data, p, d);
        out.push({ variant, d, c: micro(by), warn: micro(by, WARNING_ELEMENTS) });
      }
  }
  return out;
}

async function main(): Promise<void> {
  const data = await examples();
  if (args.includes("--rows-only")) return;
  const k = 5;
  const fold = folds(data, k);
  const groups = new Set(data.map((e) => e.group)).size;
  const sentences = data.reduce((n, e) => n + e.sentences.length, 0);
  console.log(`npm run train: ${data.length} paragraphs (tune + paraphrases, ${sentences} sentences), ${groups} filers, ${k} folds by filer`);
  const lexBy = judge(data, [], { combination: "lexicon", veto: 0, admit: 1 });
  const lexicon = { c: micro(lexBy), warn: micro(lexBy, WARNING_ELEMENTS) };
  console.log(`lexicons alone: micro P/R ${pr(lexicon.c)}  F1 ${pct(f1(lexicon.c))}; warning elements ${pr(lexicon.warn)}`);
  const only = value("--variant");
  const all = Object.entries(variants()).filter(([name]) => !only || name === only);
  const candidates: Candidate[] = [];
  const probabilities = new Map<string, number[][]>();
  const table: string[] = [];
  for (const [name, opts] of all) {
    const t0 = performance.now();
    const [p] = crossValidate(data, fold, k, opts, [PRUNE]);
    probabilities.set(name, p);
    const mine = candidatesOf(name, data, p);
    candidates.push(...mine);
    for (const combination of COMBINATIONS) {
      const top = choose(mine.filter((c) => c.d.combination === combination), lexicon.warn);
      table.push(row(name, top));
    }
    console.log(`${table.slice(-COMBINATIONS.length).join("\n")}   (${((performance.now() - t0) / 1000).toFixed(0)} s)`);
  }
  console.log(`\n${table.join("\n")}\n(each row: the thresholds the criterion picks: warning-element recall at most ${WARN_RECALL_LOSS * 100} points below the lexicons', then F1 within ${TOLERANCE * 100} points of the best, the most precise)`);
  // --combination veto: the linter applies a veto only (an admitted element has no matched words for the part checks —
  // prongs, decider — to read), so the criterion chooses among the veto candidates.
  const shipped = value("--combination");
  const best = choose(candidates.filter((c) => !shipped || c.d.combination === shipped), lexicon.warn);
  console.log(`chosen${shipped ? ` among ${shipped}` : ""}: ${row(best.variant, best)}`);
  const chosenOpts = Object.fromEntries(all)[best.variant];
  const thresholds = Object.fromEntries(
    COMBINATIONS.map((combination) => {
      const top = choose(candidates.filter((c) => c.variant === best.variant && c.d.combination === combination), lexicon.warn);
      return [combination, { veto: top.d.veto, admit: top.d.admit }];
    }),
  ) as Record<(typeof COMBINATIONS)[number], Thresholds>;
  // Size: the chosen variant's cross-validation at each prune level, its thresholds chosen again on the pruned weights
  // (a pruned model's probabilities are lower, so the same threshold vetoes more), against the file the level writes.
  const full = train(data, chosenOpts);
  const sizes = args.includes("--sizes") ? PRUNE_LEVELS : [PRUNE];
  const pl = sizes.length > 1 ? crossValidate(data, fold, k, chosenOpts, sizes) : [probabilities.get(best.variant)!];
  const atLevel = (p: number[][]) => {
    const mine = candidatesOf(best.variant, data, p);
    const top = choose(mine.filter((c) => c.d.combination === best.d.combination), lexicon.warn);
    const t = Object.fromEntries(COMBINATIONS.map((combination) => {
      const c = choose(mine.filter((x) => x.d.combination === combination), lexicon.warn);
      return [combination, { veto: c.d.veto, admit: c.d.admit }];
    })) as Record<(typeof COMBINATIONS)[number], Thresholds>;
    return { top, thresholds: t };
  };
  let pick = { level: PRUNE, thresholds };
  const reference = f1(atLevel(pl[0]).top.c);
  sizes.forEach((level, l) => {
    const { top, thresholds: t } = atLevel(pl[l]);
    const bytes = serialise(modelFile(full, chosenOpts, best, t, level, data.length)).length;
    console.log(`prune |w| >= ${level.min}, ${level.digits} digits: ${bytes} bytes, ${top.d.combination} veto ${top.d.veto} admit ${top.d.admit}: micro P/R ${pr(top.c)} F1 ${pct(f1(top.c))}  warnings P/R ${pr(top.warn)}`);
    if (f1(top.c) > reference - PRUNE_LOSS) pick = { level, thresholds: t };
  });
  // Per element: lexicons alone against the chosen.
  const chosenBy = judge(data, probabilities.get(best.variant)!, best.d);
  const perElement = [`  ${"element".padEnd(22)} ${"lexicons".padEnd(15)} chosen`];
  for (const id of ELEMENTS) perElement.push(`  ${id.padEnd(22)} ${pr(lexBy.get(id)!).padEnd(15)} ${pr(chosenBy.get(id)!)}`);
  console.log(`cross-validated P / R per element, ${best.variant}:\n${perElement.join("\n")}`);
  if (args.includes("--dry-run")) return;
  const out = value("--out") ?? join(PACKAGE_ROOT, "rules", "models", "element-veto.json");
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, serialise(modelFile(full, chosenOpts, best, pick.thresholds, pick.level, data.length)));
  console.log(`wrote ${out}: ${readFileSync(out).length} bytes (prune |w| >= ${pick.level.min}, ${pick.level.digits} digits)`);
}

function row(name: string, top: Candidate): string {
  return `${name.padEnd(22)} ${top.d.combination.padEnd(5)} veto ${String(top.d.veto).padEnd(5)} admit ${String(top.d.admit).padEnd(5)}  micro P/R ${pr(top.c)}  F1 ${pct(f1(top.c))}  warnings P/R ${pr(top.warn)}`;
}

function modelFile(full: Record<string, ElementWeights>, opts: TrainOptions, best: Candidate, thresholds: Record<(typeof COMBINATIONS)[number], Thresholds>, level: Prune, n: number): ElementModel {
  return {
    description: `Logistic model per element (npm run train): ${n} tune and paraphrase paragraphs, never the held-out split or a sealed batch; ${best.variant}; read by sentence (a paragraph's best probability over the whole and each sentence); combination and thresholds by 5-fold cross-validation leaving filers out; weights |w| >= ${level.min}, ${level.digits} digits.`,
    features: { bigrams: opts.prefixes.includes("b:"), headings: opts.prefixes.includes("h:"), lexicon: opts.prefixes.includes("lex:") },
    combination: best.d.combination as ElementModel["combination"],
    // veto and both as the cross-validation chose them for this variant; admit and model were not compared (round 31):
    // their thresholds (admit 1) admit nothing.
    thresholds: { veto: thresholds.veto, both: thresholds.both, admit: { veto: 0, admit: 1 }, model: { veto: 0, admit: 1 } },
    elements: prune(full, level),
  };
}

function serialise(model: ElementModel): string {
  return `${JSON.stringify(sortKeys(model))}\n`;
}

interface Candidate {
  variant: string;
  d: Decision;
  c: Counts;
  /** The warning-severity elements' counts. */
  warn: Counts;
}

/**
 * The rule that picks, fixed before the first cross-validation of round 31: (1) the warning-severity elements' micro
 * recall may fall at most WARN_RECALL_LOSS below the lexicons' (a vetoed true detection can turn into a false absence
 * warning: issue 10's warnings ≥ 90% true); (2) among the rest, those whose micro F1 is within TOLERANCE of the best;
 * (3) of those, the most precise; then the higher F1.
 */
const TOLERANCE = 0.0025;
const WARN_RECALL_LOSS = 0.01;

function choose(candidates: Candidate[], lexiconWarn: Counts): Candidate {
  const allowed = candidates.filter((c) => recall(c.warn) >= recall(lexiconWarn) - WARN_RECALL_LOSS);
  const pool = allowed.length ? allowed : candidates;
  const top = Math.max(...pool.map((c) => f1(c.c)));
  return pool
    .filter((c) => f1(c.c) >= top - TOLERANCE)
    .reduce((a, b) => (precision(b.c) > precision(a.c) + 1e-12 || (Math.abs(precision(b.c) - precision(a.c)) <= 1e-12 && f1(b.c) > f1(a.c)) ? b : a));
}

/** A prune level: weights below `min` in absolute value are dropped, the rest rounded to `digits` decimals. */
interface Prune {
  min: number;
  digits: number;
}

/** The level the cross-validation of the variants uses (round 5's). */
const PRUNE: Prune = { min: 0.1, digits: 3 };
/** The levels measured for size (--sizes); the smallest file whose F1 is within PRUNE_LOSS of the first is written. */
const PRUNE_LEVELS: Prune[] = [PRUNE, { min: 0.2, digits: 2 }, { min: 0.3, digits: 2 }, { min: 0.4, digits: 2 }, { min: 0.5, digits: 2 }, { min: 0.5, digits: 1 }, { min: 0.75, digits: 2 }, { min: 1, digits: 2 }];
const PRUNE_LOSS = 0.001;

function prune(model: Record<string, ElementWeights>, { min, digits }: Prune): Record<string, ElementWeights> {
  const m = 10 ** digits;
  const round = (x: number) => Math.round(x * m) / m;
  return Object.fromEntries(
    Object.entries(model).map(([id, w]) => [id, { bias: round(w.bias), weights: Object.fromEntries(Object.entries(w.weights).filter(([, x]) => Math.abs(x) >= min).map(([f, x]) => [f, round(x)])) }]),
  );
}

function sortKeys(x: unknown): unknown {
  if (Array.isArray(x)) return x.map(sortKeys);
  if (x && typeof x === "object") return Object.fromEntries(Object.keys(x).sort().map((key) => [key, sortKeys((x as Record<string, unknown>)[key])]));
  return x;
}

await main();
