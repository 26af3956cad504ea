// npm run train: fits the learned second opinion (test/accuracy/element-model.ts) — one logistic model
// per Item 106 element — on the TUNE split and every paraphrase batch (never the held-out split),
// chooses how to combine it with the lexicon judge, and its thresholds, by cross-validation that
// leaves filers out (a paraphrase batch belongs to the tune filer it rewords, its `source`), and
// writes the weights as data to test/accuracy/model/elements.json. Deterministic: a fixed seed, sorted
// keys, rounded weights. See docs/accuracy.md, "A learned second opinion?".
//
//   npm run train                    cross-validate, print the figures, write the model
//   npm run train -- --dry-run       cross-validate and print only
//   npm run train -- --rows <file>   cache the judged paragraphs in <file> (the judging takes minutes)

import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import { PACKAGE_ROOT } from "../../src/paths.js";
import { combine, type Combination, type ElementModel, type ElementWeights } from "./element-model.js";
import { ELEMENTS, evaluate, loadLabels, type Counts, count, f1, precision, recall } from "./eval.js";

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
}

const FAMILIES = { bigrams: true, headings: true, lexicon: true };

async function examples(): Promise<Example[]> {
  const cache = value("--rows");
  if (cache && existsSync(cache)) return (JSON.parse(readFileSync(cache, "utf8")) as { group: string; truth: string[]; lexicon: string[]; features: string[] }[]).map(revive);
  const labelsDir = join(PACKAGE_ROOT, "test", "accuracy", "labels");
  const tune = loadLabels(labelsDir).filter((l) => l.split === "tune");
  const paraphrases = loadLabels(join(PACKAGE_ROOT, "test", "accuracy", "paraphrases"));
  // The filer each label file belongs to: a corpus file's own label file, a paraphrase batch's source.
  const group = new Map<string, string>();
  for (const l of tune) group.set(l.file!, basename(l.path));
  for (const l of paraphrases) group.set(basename(l.path), (l as { source?: string }).source ?? basename(l.path));
  const results = await evaluate([...tune, ...paraphrases], { corpusDir: join(PACKAGE_ROOT, "..", "shared", "corpus", "real"), features: FAMILIES });
  // A tune file that cannot be read (no ../shared beside the tree) would silently leave the real filers out of training.
  const failed = [...results.values()].flatMap((r) => r.failed);
  if (failed.length) throw new Error(`npm run train: ${failed.length} labelled files unreadable (is ../shared beside the tree?): ${failed.map((f) => f.file).join(", ")}`);
  const out: Example[] = [];
  for (const r of results.values())
    for (const row of r.rows) {
      if (!row.features) continue; // a label no judged paragraph begins with (the eval lists them)
      out.push({ group: group.get(row.file)!, truth: new Set(row.label.elements), lexicon: new Set(row.elements), features: row.features });
    }
  if (cache) writeFileSync(cache, JSON.stringify(out.map((e) => ({ ...e, truth: [...e.truth], lexicon: [...e.lexicon] }))));
  return out;
}

function revive(e: { group: string; truth: string[]; lexicon: string[]; features: string[] }): Example {
  return { group: e.group, truth: new Set(e.truth), lexicon: new Set(e.lexicon), features: e.features };
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

function train(data: Example[], opts: TrainOptions): Record<string, ElementWeights> {
  const seen = new Map<string, number>();
  for (const e of data) for (const f of e.features) if (opts.prefixes.some((p) => f.startsWith(p))) seen.set(f, (seen.get(f) ?? 0) + 1);
  const vocab = [...seen].filter(([, n]) => n >= opts.minCount).map(([f]) => f).sort();
  const index = new Map(vocab.map((f, i) => [f, i]));
  const rows = data.map((e) => Int32Array.from(e.features.map((f) => index.get(f) ?? -1).filter((i) => i >= 0)));
  const model: Record<string, ElementWeights> = {};
  for (const id of ELEMENTS) {
    const y = data.map((e) => (e.truth.has(id) ? 1 : 0));
    const v = new Float64Array(vocab.length);
    let scale = 1;
    let bias = 0;
    const next = random(20261201);
    const order = data.map((_, i) => i);
    let t = 0;
    const eta0 = 0.5;
    for (let epoch = 0; epoch < opts.epochs; epoch++) {
      for (let i = order.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        [order[i], order[j]] = [order[j], order[i]];
      }
      for (const k of order) {
        const eta = eta0 / (1 + eta0 * opts.lambda * t++);
        const x = rows[k];
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

function score(weights: ElementWeights, features: string[]): number {
  let z = weights.bias;
  for (const f of features) z += weights.weights[f] ?? 0;
  return 1 / (1 + Math.exp(-z));
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

/** Out-of-fold probabilities: p[example][element index], each from a model that never saw the example's filer. */
function crossValidate(data: Example[], fold: number[], k: number, opts: TrainOptions): number[][] {
  const p: number[][] = data.map(() => []);
  for (let f = 0; f < k; f++) {
    const model = prune(train(data.filter((_, i) => fold[i] !== f), opts), PRUNE);
    data.forEach((e, i) => {
      if (fold[i] === f) p[i] = ELEMENTS.map((id) => score(model[id], e.features));
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

function micro(by: Map<string, Counts>): Counts {
  const t = { tp: 0, fp: 0, fn: 0 };
  for (const c of by.values()) {
    t.tp += c.tp;
    t.fp += c.fp;
    t.fn += c.fn;
  }
  return t;
}

const pct = (x: number) => (x * 100).toFixed(1).padStart(5);
const pr = (c: Counts) => `${pct(precision(c))} /${pct(recall(c))}`;

async function main(): Promise<void> {
  const data = await examples();
  const k = 5;
  const fold = folds(data, k);
  const groups = new Set(data.map((e) => e.group)).size;
  console.log(`npm run train: ${data.length} paragraphs (tune + paraphrases), ${groups} filers, ${k} folds by filer`);
  const thresholds = [0.005, 0.01, 0.02, 0.05, 0.1, 0.15, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95, 0.98, 0.99, 0.995];
  const variants: Record<string, TrainOptions> = {};
  for (const lambda of [1e-4, 1e-3, 1e-2]) {
    variants[`words/${lambda}`] = { prefixes: ["w:", "h:"], lambda, epochs: 20, minCount: 2 };
    variants[`text/${lambda}`] = { prefixes: ["w:", "b:", "h:"], lambda, epochs: 20, minCount: 2 };
    variants[`stacked/${lambda}`] = { prefixes: ["w:", "b:", "h:", "lex:"], lambda, epochs: 20, minCount: 2 };
  }
  const lexiconOnly = micro(judge(data, [], { combination: "lexicon", veto: 0, admit: 1 }));
  console.log(`lexicons alone (cross-validation has nothing to fit): micro P/R ${pr(lexiconOnly)}  F1 ${pct(f1(lexiconOnly))}`);
  // Every variant × combination × thresholds, scored on the out-of-fold probabilities.
  const candidates: Candidate[] = [];
  const probabilities = new Map<string, number[][]>();
  for (const [name, opts] of Object.entries(variants)) {
    const p = crossValidate(data, fold, k, opts);
    probabilities.set(name, p);
    for (const combination of ["veto", "admit", "both", "model"] as Combination[]) {
      const vetoes = combination === "veto" || combination === "both" ? thresholds : [0];
      const admits = combination === "veto" ? [1] : thresholds;
      for (const veto of vetoes)
        for (const admit of admits) {
          if (combination === "both" && admit <= veto) continue;
          const d = { combination, veto, admit };
          candidates.push({ variant: name, d, c: micro(judge(data, p, d)) });
        }
    }
  }
  const table: string[] = [];
  for (const name of Object.keys(variants))
    for (const combination of ["veto", "admit", "both", "model"] as Combination[]) {
      const top = choose(candidates.filter((c) => c.variant === name && c.d.combination === combination));
      table.push(`${name.padEnd(15)} ${combination.padEnd(6)} veto ${String(top.d.veto).padEnd(4)} admit ${String(top.d.admit).padEnd(4)}  micro P/R ${pr(top.c)}  F1 ${pct(f1(top.c))}`);
    }
  console.log(`${table.join("\n")}\n(each row: thresholds whose F1 is within ${TOLERANCE * 100} points of the row's best, the most precise)`);
  const best = choose(candidates);
  console.log(`chosen: ${best.variant} ${best.d.combination} (veto ${best.d.veto}, admit ${best.d.admit})`);
  // Per element: lexicons alone against every combination of the chosen variant.
  const columns: [string, Map<string, Counts>][] = [["lexicons", judge(data, [], { combination: "lexicon", veto: 0, admit: 1 })]];
  const chosen = {} as ElementModel["thresholds"];
  for (const combination of ["veto", "admit", "both", "model"] as const) {
    const top = choose(candidates.filter((c) => c.variant === best.variant && c.d.combination === combination));
    chosen[combination] = { veto: top.d.veto, admit: top.d.admit };
    columns.push([`${combination} ${top.d.combination === "veto" ? top.d.veto : top.d.combination === "both" ? `${top.d.veto}/${top.d.admit}` : top.d.admit}`, judge(data, probabilities.get(best.variant)!, top.d)]);
  }
  const perElement = [`  ${"element".padEnd(22)} ${columns.map(([h]) => h.padEnd(15)).join(" ")}`];
  for (const id of ELEMENTS) perElement.push(`  ${id.padEnd(22)} ${columns.map(([, by]) => pr(by.get(id)!).padEnd(15)).join(" ")}`);
  perElement.push(`  ${"micro".padEnd(22)} ${columns.map(([, by]) => pr(micro(by)).padEnd(15)).join(" ")}`);
  console.log(`cross-validated P / R per element, ${best.variant}:\n${perElement.join("\n")}`);
  if (args.includes("--dry-run")) return;
  const opts = variants[best.variant];
  const weights = train(data, opts);
  const model: ElementModel = {
    description: `Logistic model per element (npm run train): ${data.length} tune and paraphrase paragraphs, never the held-out split; ${best.variant} features; combination and thresholds by 5-fold cross-validation leaving filers out.`,
    features: { bigrams: opts.prefixes.includes("b:"), headings: opts.prefixes.includes("h:"), lexicon: opts.prefixes.includes("lex:") },
    combination: best.d.combination as ElementModel["combination"],
    thresholds: chosen,
    elements: prune(weights, PRUNE),
  };
  const out = join(PACKAGE_ROOT, "test", "accuracy", "model", "elements.json");
  writeFileSync(out, `${JSON.stringify(sortKeys(model), null, 1)}\n`);
  console.log(`wrote ${out}: ${readFileSync(out).length} bytes`);
}

interface Candidate {
  variant: string;
  d: Decision;
  c: Counts;
}

/**
 * The rule that picks a combination, fixed before the held-out split was read: among the
 * candidates whose micro F1 is within TOLERANCE of the best, the most precise (precision is the
 * weak side on held-out text, docs/accuracy.md); then the higher F1.
 */
const TOLERANCE = 0.0025;

function choose(candidates: Candidate[]): Candidate {
  const top = Math.max(...candidates.map((c) => f1(c.c)));
  return candidates
    .filter((c) => f1(c.c) >= top - TOLERANCE)
    .reduce((a, b) => (precision(b.c) > precision(a.c) + 1e-12 || (Math.abs(precision(b.c) - precision(a.c)) <= 1e-12 && f1(b.c) > f1(a.c)) ? b : a));
}

/** Weights below this (in absolute value) are dropped, the rest rounded to 3 decimals. */
const PRUNE = 0.1;

function prune(model: Record<string, ElementWeights>, min: number): Record<string, ElementWeights> {
  const round = (x: number) => Math.round(x * 1000) / 1000;
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
