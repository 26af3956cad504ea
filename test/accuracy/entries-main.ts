// The command line of `npm run entries` (scripts/entries.mjs; test/accuracy/eval-entries.ts): each element lexicon entry's
// true and false detections over the rows of `npm run eval -- --split paraphrase --rows`, on half A or B of the batch files.
import { UsageError } from "../../src/model/errors.js";
import { checkArgs } from "../script-args.js";
import { attribute, half, itemsOf, readRows, score } from "./eval-entries.js";

const args = process.argv.slice(2);
const [path] = checkArgs(args, {
  usage: "npm run entries -- <rows.jsonl> [flags]: each element lexicon entry's true and false detections over the rows of `npm run eval -- --split paraphrase --rows`",
  flags: {
    "--half": "<A|B> only the batch files of that half (split by file-name hash): tune on A, measure on B",
    "--element": "<id> only that element's lexicon entries (with --fn: only its misses)",
    "--min": "<n> only the entries with at least n false detections (default 1)",
    "--falses": "also each entry's false detections, with their text",
    "--fn": "the misses instead: each labelled element the judge did not find",
    "--items": "<lexicon#near[i]> one near entry's items instead: the detections each item is needed for",
  },
  valued: ["--half", "--element", "--min", "--items"],
  positionals: 1,
});
const value = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i === -1 ? undefined : args[i + 1];
};
if (!path) throw new UsageError("a rows file is required (npm run eval -- --split paraphrase --rows > rows.jsonl; --help lists the flags)");
const wanted = value("--half");
const rows = readRows(path).filter((r) => !wanted || half(r.file) === wanted);
const s = score(rows);
console.log(`${rows.length} paragraphs${wanted ? ` (half ${wanted})` : ""}: tp ${s.tp} fp ${s.fp} fn ${s.fn}; P ${(100 * s.p).toFixed(2)} R ${(100 * s.r).toFixed(2)} F1 ${(100 * s.f1).toFixed(2)}`);
const element = value("--element");
const items = value("--items");
if (items) {
  // One near entry's items ("element-board-oversight#near[2]"): the detections each item is needed for.
  const [lexicon, key] = items.split("#");
  console.log("item\ttp\tfp\ttpAlone\tfpAlone");
  for (const n of itemsOf(rows, lexicon, key)) console.log(`${n.item}\t${n.tp}\t${n.fp}\t${n.tpAlone}\t${n.fpAlone}`);
} else if (args.includes("--fn")) {
  // The misses by element: the labelled elements the judge did not find.
  for (const row of rows) for (const e of row.label.elements) if (!row.elements.includes(e) && (!element || e === element)) console.log(`FN ${e}\t${row.file}\t${(row.text ?? row.label.quote).replace(/\s+/g, " ")}`);
} else {
  const min = Number(value("--min") ?? 1);
  const counts = attribute(rows)
    .filter((c) => !element || c.entry.lexicon.startsWith(`element-${element}`))
    .filter((c) => c.fp >= min)
    .sort((a, b) => b.fpAlone - b.tpAlone - (a.fpAlone - a.tpAlone) || b.fp - a.fp);
  console.log("lexicon\tentry\ttp\tfp\ttpAlone\tfpAlone\tshown");
  for (const c of counts) {
    console.log(`${c.entry.lexicon}\t${c.entry.key}\t${c.tp}\t${c.fp}\t${c.tpAlone}\t${c.fpAlone}\t${c.entry.shown.slice(0, 140)}`);
    if (args.includes("--falses")) for (const f of c.falses) console.log(`    ${f.file}: ${f.text}`);
  }
}
