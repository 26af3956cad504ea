// npm run probe (scripts/length-probe.mjs): the length probe (test/accuracy/length-probe.ts) — the detector's errors on
// short paraphrase items joined into paragraphs of 3-6 sentences, against its errors on the same items judged alone.
//   npm run probe -- [--half A|B] [--misses N] [--no-element-model] [--paraphrases <dir>]
// --misses lists the errors the joining adds (with the items' text): study half A, measure on half B.
import { join } from "node:path";
import { PACKAGE_ROOT } from "../../src/paths.js";
import { checkArgs } from "../script-args.js";
import { ELEMENTS, evaluate, total, type EvalOptions, type LabelFile } from "./eval.js";
import { countBySentence, formatBySentence, type SentenceRow } from "./eval-sentences.js";
import { buildProbe } from "./length-probe.js";
import { trainingParaphrases } from "./training-data.js";

const args = process.argv.slice(2);
checkArgs(args, {
  usage: "npm run probe -- [flags]: the length probe: short paraphrase items of one file and filer joined into paragraphs of 3-6 sentences, their errors against the same items judged alone",
  flags: {
    "--half": "<A|B> only the batch files of that half (split by file-name hash): study A, measure on B",
    "--misses": "<N> list up to N errors the joining adds, with the items' text",
    "--no-element-model": "the lexicon judge without the learned veto",
    "--paraphrases": "<dir> the batch files of this folder (default test/accuracy/paraphrases)",
  },
  valued: ["--half", "--misses", "--paraphrases"],
  positionals: 0,
});
const value = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i === -1 ? undefined : args[i + 1];
};
const opts: EvalOptions = { corpusDir: join(PACKAGE_ROOT, "..", "shared", "corpus", "real"), elementModel: !args.includes("--no-element-model") };
const wanted = value("--half");
const groups = buildProbe(trainingParaphrases(value("--paraphrases") ?? join(PACKAGE_ROOT, "test", "accuracy", "paraphrases"))).filter((g) => !wanted || g.half === wanted);
const file = (paragraphs: LabelFile["paragraphs"]): LabelFile => ({ path: "probe.json", split: "paraphrase", paragraphs });
const t0 = performance.now();
const items = groups.flatMap((g) => g.items);
const alone = (await evaluate([file(items)], opts)).get("paraphrase")!;
const joined = (await evaluate([file(groups.map((g) => g.joined))], opts)).get("paraphrase")!;
let k = 0;
const rows: SentenceRow[] = groups.map((g, i) => ({
  truth: new Set(g.joined.elements),
  whole: new Set(joined.rows[i].elements),
  sentences: g.items.map((lp) => ({ text: lp.text!, elements: new Set(alone.rows[k++].elements) })),
}));
const fmt = (c: { tp: number; fp: number; fn: number }) => `${c.tp} tp / ${c.fp} fp / ${c.fn} fn`;
// The items alone, scored as their paragraph: an element is detected when any item detects it.
const union = { tp: 0, fp: 0, fn: 0 };
for (const r of rows) {
  const any = new Set(r.sentences.flatMap((s) => [...s.elements]));
  for (const e of ELEMENTS) {
    if (any.has(e) && r.truth.has(e)) union.tp++;
    else if (any.has(e)) union.fp++;
    else if (r.truth.has(e)) union.fn++;
  }
}
const c = countBySentence(rows).get("all")!;
console.log(`length probe${wanted ? `, half ${wanted}` : ""}: ${groups.length} joined paragraphs of ${items.length} items (${groups.map((g) => g.file).filter((f, i, a) => a.indexOf(f) === i).length} files); ${(performance.now() - t0).toFixed(0)} ms`);
console.log(`  items alone (each its own paragraph):  ${fmt(total(alone))}`);
console.log(`  items alone, as their joined paragraph: ${fmt(union)}`);
console.log(`  joined paragraphs:                     ${fmt(total(joined))}`);
console.log(`  added by joining: ${c.wholeOnlyFalse} false detections, ${c.sentenceOnlyTrue} misses; taken away: ${c.sentenceOnlyFalse} false detections, ${c.wholeOnlyTrue} misses`);
console.log("  (whole only = the joined paragraph alone; sentence only = an item alone; true / false by the union of the items' labels)");
console.log(formatBySentence("probe", rows, 0).split("\n").slice(1).join("\n"));
const misses = Number(value("--misses") ?? 0);
let shown = 0;
for (const [i, r] of rows.entries())
  for (const e of ELEMENTS) {
    const any = r.sentences.some((s) => s.elements.has(e));
    const kind = r.whole.has(e) && !any && !r.truth.has(e) ? "ADDED FALSE" : !r.whole.has(e) && any && r.truth.has(e) ? "ADDED MISS" : undefined;
    if (!kind || shown >= misses) continue;
    shown++;
    console.log(`\n${kind} ${e} (${groups[i].file})\n  ${groups[i].joined.text}\n  reasons: ${JSON.stringify(joined.rows[i].reasons?.[e] ?? [])}`);
  }
