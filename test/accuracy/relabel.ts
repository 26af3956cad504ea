// How far two blind readings of one paraphrase batch agree (issue 10, round 37): `<batch>.json` (the writer's labels)
// against `<batch>.relabel.json` (a second reader who saw only the texts), paired item by item by quote. Per element
// the share of item decisions both readers make alike, the positive agreement (the figure the held-out second
// reading reported as 93.9%) and Cohen's kappa, from the same tables as `npm run eval -- --agreement`
// (eval-agreement.ts); no detector runs. Listing the disagreements is refused for a batch still held back
// (training-data.ts HELD_BACK): its labels and sentences stay with the one helper who adjudicates it.
// Run by `npm run relabel -- <batch.json> <batch.relabel.json> [--list]`; tested by relabel.test.ts.

import { basename } from "node:path";
import { agreement, kappa, pairLabels, pooled, positiveAgreement, type AgreementResult, type AgreementTable } from "./eval-agreement.js";
import { ELEMENTS, type LabelFile, type LabelledParagraph } from "./eval.js";
import { heldBack } from "./training-data.js";

/** One element decision the two readings make differently. */
export interface Disagreement {
  item: number;
  element: string;
  /** Which reading gives the element. */
  givenBy: "first" | "second";
  quote: string;
  first: LabelledParagraph;
  second: LabelledParagraph;
}

export interface RelabelAgreement {
  result: AgreementResult;
  /** Items whose `prongs` / `refs` lists differ (material-effect's prongs, cross-references). */
  prongs: number;
  refs: number;
  disagreements: Disagreement[];
}

/** Both readings of one batch, paired by quote (eval-agreement.ts pairLabels: the two files under one name). */
export function relabelAgreement(first: LabelFile, second: LabelFile): RelabelAgreement {
  const name = basename(first.path);
  const { pairs, unpaired, files } = pairLabels([{ ...first, file: name }], [{ ...second, file: name }], new Map());
  const same = (a: readonly string[] = [], b: readonly string[] = []) => [...a].sort().join() === [...b].sort().join();
  const index = new Map(first.paragraphs.map((p, i) => [p, i]));
  const disagreements: Disagreement[] = [];
  for (const p of pairs)
    for (const e of ELEMENTS) {
      const a = p.first.elements.includes(e);
      if (a !== p.second.elements.includes(e)) disagreements.push({ item: index.get(p.first)!, element: e, givenBy: a ? "first" : "second", quote: p.quote, first: p.first, second: p.second });
    }
  return {
    result: agreement(pairs, unpaired, files),
    prongs: pairs.filter((p) => !same(p.first.prongs, p.second.prongs)).length,
    refs: pairs.filter((p) => !same(p.first.refs, p.second.refs)).length,
    disagreements,
  };
}

/** The share of decisions (items × one element, or every element pooled) both readings make alike. */
export function observed(t: AgreementTable): number {
  const n = t.both + t.firstOnly + t.secondOnly + t.neither;
  return n === 0 ? NaN : (t.both + t.neither) / n;
}

const pct = (x: number) => (Number.isNaN(x) ? "n/a" : `${(x * 100).toFixed(1)}%`).padStart(6);
const dec = (x: number) => (Number.isNaN(x) ? "n/a" : x.toFixed(2)).padStart(5);

/** The agreement as a plain-text table; with `list`, every disagreement (refused for a held-back batch). */
export function formatRelabel(first: LabelFile, second: LabelFile, r: RelabelAgreement, list: boolean): string {
  const { result } = r;
  const lines = [
    `${basename(first.path)} (${first.labeler ?? "?"}) against ${basename(second.path)} (${second.labeler ?? "?"}): ${result.paragraphs} items paired, ${result.identical} with identical elements${result.unpaired.length ? `, ${result.unpaired.length} not paired` : ""}`,
    `  ${"element".padEnd(24)} yes1 yes2 both  1st  2nd  agree  pos.ag kappa`,
  ];
  const row = (label: string, t: AgreementTable) =>
    `  ${label.padEnd(24)} ${String(t.both + t.firstOnly).padStart(4)} ${String(t.both + t.secondOnly).padStart(4)} ${String(t.both).padStart(4)} ${String(t.firstOnly).padStart(4)} ${String(t.secondOnly).padStart(4)} ${pct(observed(t))} ${pct(positiveAgreement(t))} ${dec(kappa(t))}`;
  for (const [e, a] of result.byElement) lines.push(row(e, a.labellers));
  lines.push(row("all elements (micro)", pooled(result)));
  lines.push(row("explicit negatives", result.negative));
  lines.push(`  items whose prongs differ: ${r.prongs}; whose refs differ: ${r.refs}`);
  for (const u of result.unpaired.slice(0, 10)) lines.push(`  not paired: “${u.quote.slice(0, 70)}”`);
  if (!list) return lines.join("\n");
  if (heldBack(basename(first.path)) || heldBack(basename(second.path))) {
    lines.push(`  (--list refused: ${basename(first.path)} is still held back (training-data.ts HELD_BACK); counts only)`);
    return lines.join("\n");
  }
  lines.push(`  disagreements (${r.disagreements.length}):`);
  for (const d of r.disagreements)
    lines.push(`  #${d.item} ${d.element}: given by the ${d.givenBy} reading only — “${d.quote.slice(0, 80)}”`, `      1st: ${d.first.note ?? "-"}`, `      2nd: ${d.second.note ?? "-"}`);
  return lines.join("\n");
}
