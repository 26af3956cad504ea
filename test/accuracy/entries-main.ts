// The command line of `npm run entries` (scripts/entries.mjs; test/accuracy/eval-entries.ts): each element lexicon entry's
// true and false detections over the rows of `npm run eval -- --split paraphrase --rows`, on half A or B of the batch files.
import { attribute, half, itemsOf, readRows, score } from "./eval-entries.js";

const args = process.argv.slice(2);
const value = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i === -1 ? undefined : args[i + 1];
};
const path = args.find((a) => !a.startsWith("--") && !["A", "B"].includes(a) && a !== value("--element") && a !== value("--min") && a !== value("--items"));
if (!path) throw new Error("npm run entries -- <rows.jsonl> [--half A|B] [--element id] [--min n] [--fn] [--items lexicon#near[i]]");
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
