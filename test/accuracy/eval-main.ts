// The command line of `npm run eval` (see scripts/eval.mjs).
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { PACKAGE_ROOT } from "../../src/paths.js";
import { speed } from "./speed.js";
import { agreement, detectionKey, formatAgreement, pairLabels, type Detections } from "./eval-agreement.js";
import { calibration, formatCalibration, KNOWN_ABSENCES } from "./eval-calibration.js";
import { formatBySentence, sentenceRows } from "./eval-sentences.js";
import { loadRuleSet } from "../../src/engine/rule-loader.js";
import { evaluate, formatExplain, formatSplit, loadElementModel, loadLabels, type EvalOptions, type Lemmatizer, type SplitResult } from "./eval.js";
import { evalParaphrases, heldBackNames, relabel } from "./training-data.js";
import { CONTRAST_DIR, loadContrast } from "./contrast.js";
import type { Combination } from "./element-model.js";
import { UsageError } from "../../src/model/errors.js";
import { checkArgs } from "../script-args.js";

const args = process.argv.slice(2);
// Every flag below, with its line of --help (test/accuracy/script-errors.test.ts checks this list against the file).
checkArgs(args, {
  usage: "npm run eval -- [flags]: precision, recall and F1 per Item 106 element detector on the labelled paragraphs (scripts/eval.mjs says more)",
  flags: {
    "--agreement": "also the two labellers' agreement on the files labelled twice, and the detector on the judgements both agree on",
    "--by-sentence": "also each split's errors by whether a sentence alone makes them (with --misses N: the sentence that makes each)",
    "--calibration": "absence-severity calibration per warning-level element on tune + paraphrase (hint catches, demoted true absences)",
    "--contrast": "<dir> with --split contrast: score the contrast sets of this folder instead of test/accuracy/contrast",
    "--corpus": "<dir> the real filings the tune and held-out labels point into (default ../shared/corpus/real)",
    "--detector": "<engine|lexicon> lexicon: the element lexicons alone on each paragraph (default engine: the linter's judgement)",
    "--explain": "<element> each miss of one element, with its text and matches (held-out: figures only, by the project's rule)",
    "--json": "the figures as JSON (with --calibration: the calibration's)",
    "--labels": "<dir> the label files (default test/accuracy/labels)",
    "--lemmas": "<wink|compromise> the lexicon detector with a library's base forms",
    "--load-rows": "<file> with --calibration: reuse detections saved by --save-rows",
    "--misses": "<N> list up to N misses and false detections per split (held-out: figures only, by the project's rule)",
    "--model": "[veto|admit|both|model|lexicon] the lexicon judge with the learned second opinion (its chosen combination, or the one named)",
    "--model-file": "<file> the learned model to use with --model (default test/accuracy/model/elements.json)",
    "--model-sentences": "with --model: score each sentence too, the paragraph keeps its best",
    "--no-element-model": "the lexicon judge without the learned veto",
    "--paraphrases": "<dir> with --split paraphrase or --calibration: score this folder's batch files (read whole)",
    "--rows": "print every judged paragraph as one JSON line (the input of npm run entries)",
    "--save-rows": "<file> with --calibration: save the detections for --load-rows",
    "--sealed": "with --split paraphrase: also the still-sealed batches (the lead's measure only)",
    "--second": "<dir> with --agreement: the second labeller's files (default test/accuracy/labels-second)",
    "--speed": "matching cost per document, against NLP libraries when installed",
    "--split": "<tune|heldout|paraphrase|contrast> one split (default tune and heldout)",
  },
});
if (args.includes("--paraphrases") && !args.includes("--calibration") && !(args.includes("--split") && args[args.indexOf("--split") + 1] === "paraphrase"))
  throw new UsageError("--paraphrases is read only with --split paraphrase or --calibration");
if (args.includes("--contrast") && !(args.includes("--split") && args[args.indexOf("--split") + 1] === "contrast"))
  throw new UsageError("--contrast is read only with --split contrast");
const value = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i === -1 ? undefined : args[i + 1];
};

/** A library's lemma for a single lower-case word, cached (docs/accuracy.md compares them). */
async function libraryLemmatizer(name: string): Promise<Lemmatizer> {
  const cache = new Map<string, string>();
  // The bundle runs from a temporary folder: resolve the libraries from the package.
  const load = createRequire(join(PACKAGE_ROOT, "package.json"));
  let lemma: (w: string) => string;
  if (name === "wink") {
    const winkNLP = load("wink-nlp");
    const model = load("wink-eng-lite-web-model");
    const nlp = winkNLP(model);
    const its = nlp.its;
    lemma = (w) => nlp.readDoc(w).tokens().out(its.lemma).join("");
  } else if (name === "compromise") {
    const nlp = load("compromise");
    lemma = (w) => {
      const doc = nlp(w);
      doc.compute("root");
      return (doc.json()[0]?.terms?.[0]?.root as string | undefined) ?? w;
    };
  } else throw new Error(`unknown lemmatizer ${name}: wink or compromise`);
  return (w) => {
    let l = cache.get(w);
    if (l === undefined) cache.set(w, (l = lemma(w).toLowerCase() || w));
    return l;
  };
}

const opts: EvalOptions = {
  corpusDir: value("--corpus") ?? join(PACKAGE_ROOT, "..", "shared", "corpus", "real"),
  detector: value("--detector") === "lexicon" || value("--lemmas") ? "lexicon" : "engine",
  // The built-in learned veto applies as in linting; --no-element-model measures the lexicon judge alone.
  elementModel: !args.includes("--no-element-model"),
};
if (args.includes("--speed")) await speed(opts.corpusDir);
else await main();

async function main(): Promise<void> {
  const lemmas = value("--lemmas");
  if (lemmas) opts.lemmatize = await libraryLemmatizer(lemmas);
  if (args.includes("--model")) {
    // The learned second opinion (npm run train): the file's chosen combination, or the one named.
    const model = loadElementModel(value("--model-file") ?? join(PACKAGE_ROOT, "test", "accuracy", "model", "elements.json"));
    const named = value("--model");
    const combination = (named && !named.startsWith("--") ? named : model.combination) as Combination;
    if (combination !== "lexicon" && !(combination in model.thresholds)) throw new Error(`--model ${combination}: lexicon, veto, admit, both or model`);
    opts.model = { model, combination, thresholds: combination === "lexicon" ? { veto: 0, admit: 1 } : model.thresholds[combination], bySentence: args.includes("--model-sentences") };
  }
  const labels = loadLabels(value("--labels") ?? join(PACKAGE_ROOT, "test", "accuracy", "labels"));
  if (labels.length === 0) {
    console.error("npm run eval: no label files in test/accuracy/labels");
    process.exitCode = 2;
    return;
  }
  // The calibration of absence severity is measured on the splits we tune on: tune and paraphrase.
  const calibrate = args.includes("--calibration");
  const wanted = calibrate ? undefined : value("--split");
  // The paraphrase set (labels/README.md) is scored only when asked for: the real splits are the figures.
  if (wanted === "paraphrase" || calibrate) {
    const named = value("--paraphrases");
    const dir = named ?? join(PACKAGE_ROOT, "test", "accuracy", "paraphrases");
    // The still-sealed batches are the lead's untuned measure: left out of the repository's split unless --sealed.
    const sealed = named !== undefined || args.includes("--sealed");
    const unscored = heldBackNames(dir).filter((name) => !relabel(name));
    if (!sealed && unscored.length) console.log(`(left out, still sealed: ${unscored.join(", ")}; --sealed scores them)`);
    labels.push(...evalParaphrases(dir, sealed));
  }
  // The contrast sets (minimal edits of tune paragraphs, test/accuracy/contrast): scored only when asked for.
  if (wanted === "contrast") {
    const named = value("--contrast");
    // A folder named on the command line must be there: loadLabels reads a missing folder as no files.
    if (named !== undefined) readdirSync(named);
    labels.push(...loadContrast(named ?? CONTRAST_DIR, labels));
  }
  const t0 = performance.now();
  // A hint changes severity, not detection: --calibration can reuse the detections of an earlier run.
  const cached = calibrate ? value("--load-rows") : undefined;
  const results = cached
    ? new Map(Object.entries(JSON.parse(readFileSync(cached, "utf8")) as Record<string, SplitResult>))
    : await evaluate(
        labels.filter((l) => (calibrate ? l.split === "tune" || l.split === "paraphrase" : wanted ? l.split === wanted : l.split === "tune" || l.split === "heldout")),
        opts,
      );
  const save = value("--save-rows");
  if (calibrate && save) writeFileSync(save, JSON.stringify(Object.fromEntries([...results].map(([k, r]) => [k, { rows: r.rows }]))));
  const ms = performance.now() - t0;
  if (calibrate) {
    const elements = loadRuleSet().elements.filter((e) => e.severity === "warning").map((e) => e.id);
    const figures = await calibration(results, labels, elements, { root: PACKAGE_ROOT, corpusDir: opts.corpusDir, absences: KNOWN_ABSENCES(PACKAGE_ROOT) });
    if (args.includes("--json")) console.log(JSON.stringify(figures, null, 2));
    else console.log(formatCalibration(figures, Number(value("--misses") ?? 0)));
  } else if (args.includes("--rows")) {
    for (const [split, r] of results) for (const row of r.rows) console.log(JSON.stringify({ split, ...row }));
  } else if (args.includes("--json")) {
    const plain = Object.fromEntries([...results].map(([k, r]) => [k, { ...r, byElement: Object.fromEntries(r.byElement) }]));
    console.log(JSON.stringify(plain, null, 2));
  } else {
    const model = opts.model ? `, learned model ${opts.model.combination} (veto ${opts.model.thresholds.veto}, admit ${opts.model.thresholds.admit})` : "";
    console.log(`disclint eval — detector ${opts.detector}${lemmas ? `, ${lemmas} lemmas` : ""}${model}; ${labels.length} label files; ${ms.toFixed(0)} ms`);
    const explain = value("--explain");
    for (const [name, r] of results) {
      if (!r.files) continue;
      console.log(`\n${formatSplit(name, r, Number(value("--misses") ?? 0))}`);
      if (explain) console.log(formatExplain(r, explain));
      if (args.includes("--by-sentence")) console.log(`\n${formatBySentence(name, await sentenceRows(r, opts), Number(value("--misses") ?? 0))}`);
    }
    if (args.includes("--agreement")) {
      // The second labeller's files (any subset of the labelled files), scored against the first.
      const second = loadLabels(value("--second") ?? join(PACKAGE_ROOT, "test", "accuracy", "labels-second")).filter((l) => !wanted || l.split === wanted);
      const detections: Detections = new Map();
      for (const r of results.values()) for (const row of r.rows) detections.set(detectionKey(row.file, row.label.quote), new Set(row.elements));
      const { pairs, unpaired, files } = pairLabels(labels, second, detections);
      console.log(`\n${formatAgreement(agreement(pairs, unpaired, files))}`);
    }
  }
}
