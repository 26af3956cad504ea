// How often two labellers agree (issue 10): the paragraphs of test/accuracy/labels-second/*.json,
// labelled blind by a second labeller, paired with the first labeller's paragraphs of the same
// file by quote. Per element: positive agreement (the F1 of one labeller against the other) and
// Cohen's kappa; and the detector's precision and recall on the judgements both labellers agree
// on (consensus), next to its figures against each labeller alone. Run by
// `npm run eval -- --agreement` (eval-main.ts); tested by test/accuracy/agreement.test.ts.

import { ELEMENTS, type Counts, count, labelName, normalise, precision, recall, type LabelFile, type LabelledParagraph } from "./eval.js";

/** One paragraph both labellers labelled, with what the detector found in it. */
export interface PairedParagraph {
  file: string;
  quote: string;
  first: LabelledParagraph;
  second: LabelledParagraph;
  /** The detector's elements for the paragraph (empty when it found no paragraph for the quote). */
  detected: ReadonlySet<string>;
}

/** The 2×2 table of two labellers' yes/no judgements of one element over the paired paragraphs. */
export interface AgreementTable {
  both: number;
  firstOnly: number;
  secondOnly: number;
  neither: number;
}

export interface ElementAgreement {
  labellers: AgreementTable;
  /** The detector against the first labeller, the second, and the judgements they agree on. */
  first: Counts;
  second: Counts;
  consensus: Counts;
}

export interface AgreementResult {
  /** Label files with a second labelling, paired with a first. */
  files: number;
  firstLabeller: string[];
  secondLabeller: string[];
  paragraphs: number;
  /** Paragraphs whose two element lists are the same. */
  identical: number;
  /** Second-labeller paragraphs with no first-labeller paragraph of the same quote (or file). */
  unpaired: { file: string; quote: string }[];
  byElement: Map<string, ElementAgreement>;
  /** Explicit negative answers ("we do not …"), every element pooled. */
  negative: AgreementTable;
}

/** Which detected elements belong to which labelled paragraph: "file\u0000normalised quote" → elements. */
export type Detections = Map<string, ReadonlySet<string>>;

export function detectionKey(file: string, quote: string): string {
  return `${file}\u0000${normalise(quote)}`;
}

/**
 * Pairs every second-labeller paragraph with the first labeller's paragraph of the same file and
 * quote (compared as letters and digits; a quote that begins the other's also pairs, in case one
 * was shortened). Works with any subset of files labelled twice.
 */
export function pairLabels(first: LabelFile[], second: LabelFile[], detections: Detections): { pairs: PairedParagraph[]; unpaired: AgreementResult["unpaired"]; files: LabelFile[][] } {
  const byFile = new Map(first.map((l) => [labelName(l), l]));
  const pairs: PairedParagraph[] = [];
  const unpaired: AgreementResult["unpaired"] = [];
  const files: LabelFile[][] = [];
  for (const s of second) {
    const file = labelName(s);
    const f = byFile.get(file);
    if (f) files.push([f, s]);
    const keyed = (f?.paragraphs ?? []).map((p) => ({ key: normalise(p.quote), p }));
    for (const sp of s.paragraphs) {
      const q = normalise(sp.quote);
      const fp = (keyed.find((k) => k.key === q) ?? keyed.find((k) => k.key.startsWith(q) || q.startsWith(k.key)))?.p;
      if (!fp) {
        unpaired.push({ file, quote: sp.quote });
        continue;
      }
      pairs.push({ file, quote: fp.quote, first: fp, second: sp, detected: detections.get(detectionKey(file, fp.quote)) ?? new Set() });
    }
  }
  return { pairs, unpaired, files };
}

function emptyTable(): AgreementTable {
  return { both: 0, firstOnly: 0, secondOnly: 0, neither: 0 };
}

function tally(t: AgreementTable, a: boolean, b: boolean): void {
  if (a && b) t.both++;
  else if (a) t.firstOnly++;
  else if (b) t.secondOnly++;
  else t.neither++;
}

/** The agreement of two labellers, and the detector against each and against their consensus. */
export function agreement(pairs: PairedParagraph[], unpaired: AgreementResult["unpaired"] = [], files: LabelFile[][] = []): AgreementResult {
  const byElement = new Map<string, ElementAgreement>(ELEMENTS.map((e) => [e, { labellers: emptyTable(), first: { tp: 0, fp: 0, fn: 0 }, second: { tp: 0, fp: 0, fn: 0 }, consensus: { tp: 0, fp: 0, fn: 0 } }]));
  const negative = emptyTable();
  let identical = 0;
  for (const p of pairs) {
    let same = true;
    for (const e of ELEMENTS) {
      const a = p.first.elements.includes(e);
      const b = p.second.elements.includes(e);
      const got = p.detected.has(e);
      const row = byElement.get(e)!;
      tally(row.labellers, a, b);
      count(row.first, a, got);
      count(row.second, b, got);
      // A judgement the labellers dispute is no evidence either way: left out of the consensus.
      if (a === b) count(row.consensus, a, got);
      else same = false;
      tally(negative, (p.first.negative ?? []).includes(e), (p.second.negative ?? []).includes(e));
    }
    if (same) identical++;
  }
  const names = (i: number) => [...new Set(files.map((f) => f[i]!.labeler ?? "?"))].sort();
  return { files: files.length, firstLabeller: names(0), secondLabeller: names(1), paragraphs: pairs.length, identical, unpaired, byElement, negative };
}

/** Every element's table summed: the micro (pooled) agreement. */
export function pooled(r: AgreementResult): AgreementTable {
  const t = emptyTable();
  for (const { labellers: l } of r.byElement.values()) {
    t.both += l.both;
    t.firstOnly += l.firstOnly;
    t.secondOnly += l.secondOnly;
    t.neither += l.neither;
  }
  return t;
}

/** Detector counts of every element summed (micro). */
export function pooledCounts(r: AgreementResult, which: "first" | "second" | "consensus"): Counts {
  const c = { tp: 0, fp: 0, fn: 0 };
  for (const row of r.byElement.values()) {
    c.tp += row[which].tp;
    c.fp += row[which].fp;
    c.fn += row[which].fn;
  }
  return c;
}

/** Positive agreement 2a/(2a+b+c): the F1 of either labeller scored against the other. NaN when neither said yes. */
export function positiveAgreement(t: AgreementTable): number {
  const d = 2 * t.both + t.firstOnly + t.secondOnly;
  return d === 0 ? NaN : (2 * t.both) / d;
}

/** Cohen's kappa: observed agreement corrected for the agreement the two labellers' yes-rates give by chance. NaN when chance agreement is 1. */
export function kappa(t: AgreementTable): number {
  const n = t.both + t.firstOnly + t.secondOnly + t.neither;
  if (n === 0) return NaN;
  const observed = (t.both + t.neither) / n;
  const yes1 = (t.both + t.firstOnly) / n;
  const yes2 = (t.both + t.secondOnly) / n;
  const chance = yes1 * yes2 + (1 - yes1) * (1 - yes2);
  return chance === 1 ? NaN : (observed - chance) / (1 - chance);
}

const num = (x: number, pct = true) => (Number.isNaN(x) ? "n/a" : pct ? `${(x * 100).toFixed(1)}%` : x.toFixed(2)).padStart(pct ? 6 : 5);
const pr = (c: Counts) => `${num(precision(c))} ${num(recall(c))}`;

/** The agreement as a plain-text table. */
export function formatAgreement(r: AgreementResult): string {
  const lines = [
    `agreement: ${r.files} files labelled twice (${r.firstLabeller.join(", ") || "-"} / ${r.secondLabeller.join(", ") || "-"}), ${r.paragraphs} paragraphs paired, ${r.identical} with identical elements${r.unpaired.length ? `, ${r.unpaired.length} second-labeller paragraphs not paired` : ""}`,
    `  labellers: both / 1st only / 2nd only; positive agreement (F1 between labellers); Cohen's kappa`,
    `  detector: precision and recall against the 1st labeller, the 2nd, and the consensus (judgements both agree on; disputed ones left out)`,
    `  ${"element".padEnd(24)} both  1st  2nd  pos.ag kappa |   vs 1st: P     R |   vs 2nd: P     R | consensus: P     R`,
  ];
  const row = (label: string, t: AgreementTable, first: Counts, second: Counts, consensus: Counts) =>
    `  ${label.padEnd(24)} ${String(t.both).padStart(4)} ${String(t.firstOnly).padStart(4)} ${String(t.secondOnly).padStart(4)} ${num(positiveAgreement(t))} ${num(kappa(t), false)} |   ${pr(first)} |   ${pr(second)} |    ${pr(consensus)}`;
  for (const [e, a] of r.byElement) lines.push(row(e, a.labellers, a.first, a.second, a.consensus));
  lines.push(row("all elements (micro)", pooled(r), pooledCounts(r, "first"), pooledCounts(r, "second"), pooledCounts(r, "consensus")));
  const n = r.negative;
  lines.push(`  ${"explicit negatives".padEnd(24)} ${String(n.both).padStart(4)} ${String(n.firstOnly).padStart(4)} ${String(n.secondOnly).padStart(4)} ${num(positiveAgreement(n))} ${num(kappa(n), false)}`);
  for (const u of r.unpaired.slice(0, 10)) lines.push(`  not paired: ${u.file}: “${u.quote.slice(0, 70)}”`);
  return lines.join("\n");
}
