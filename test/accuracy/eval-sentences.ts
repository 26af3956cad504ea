// npm run eval -- --by-sentence: do a split's errors come from reading a paragraph whole, or from one sentence?
// Each labelled paragraph's sentences are judged alone (each as the one paragraph of a draft, as paraphrases are);
// an element the paragraph's judgement has and none of its sentences has is a "whole-only" detection (a back-reference,
// a window across sentences, a heading), one a sentence has and the paragraph's judgement drops a "sentence-only" one.
// Round 29 (docs/accuracy.md): on the held-out split both are near zero: the errors sit in single sentences.
import { splitSentences } from "../../src/text/sentences.js";
import { ELEMENTS, evaluate, type EvalOptions, type LabelFile, type SplitResult } from "./eval.js";

export interface SentenceCounts {
  /** The paragraph's judgement has the element, no sentence alone has it: the label says yes / no. */
  wholeOnlyTrue: number;
  wholeOnlyFalse: number;
  /** A sentence alone has it, the paragraph's judgement does not: the label says yes / no. */
  sentenceOnlyTrue: number;
  sentenceOnlyFalse: number;
  /** A false detection a sentence alone makes too; a miss no sentence alone catches either. */
  falseInSentence: number;
  missedInSentences: number;
}

/** One paragraph: what the labels say, what the whole paragraph's judgement says, each sentence's judgement. */
export interface SentenceRow {
  truth: Set<string>;
  whole: Set<string>;
  sentences: { text: string; elements: Set<string> }[];
}

/** Counts per element (and "all") over the rows. */
export function countBySentence(rows: SentenceRow[]): Map<string, SentenceCounts> {
  const zero = (): SentenceCounts => ({ wholeOnlyTrue: 0, wholeOnlyFalse: 0, sentenceOnlyTrue: 0, sentenceOnlyFalse: 0, falseInSentence: 0, missedInSentences: 0 });
  const out = new Map<string, SentenceCounts>([...ELEMENTS.map((e): [string, SentenceCounts] => [e, zero()]), ["all", zero()]]);
  for (const row of rows) {
    const any = new Set(row.sentences.flatMap((s) => [...s.elements]));
    for (const e of ELEMENTS) {
      const inWhole = row.whole.has(e);
      const inSentence = any.has(e);
      const truth = row.truth.has(e);
      const key: keyof SentenceCounts | undefined =
        inWhole && !inSentence ? (truth ? "wholeOnlyTrue" : "wholeOnlyFalse")
        : !inWhole && inSentence ? (truth ? "sentenceOnlyTrue" : "sentenceOnlyFalse")
        : inWhole && !truth ? "falseInSentence"
        : !inWhole && truth ? "missedInSentences"
        : undefined;
      if (!key) continue;
      out.get(e)![key]++;
      out.get("all")![key]++;
    }
  }
  return out;
}

/** Judges every sentence of a split's labelled paragraphs alone. */
export async function sentenceRows(split: SplitResult, opts: EvalOptions): Promise<SentenceRow[]> {
  const rows = split.rows.filter((r) => r.text);
  const owner: number[] = [];
  const paragraphs = rows.flatMap((r, i) =>
    splitSentences(r.text!)
      .map((s) => r.text!.slice(s.start, s.end).trim())
      .filter((t) => /\w{3}/.test(t))
      .map((t) => {
        owner.push(i);
        return { quote: t.slice(0, 80), text: t, elements: [], negative: [], refs: [], prongs: [] };
      }),
  );
  const file: LabelFile = { path: "sentences.json", split: "paraphrase", paragraphs };
  const judged = (await evaluate([file], opts)).get("paraphrase")!.rows;
  const out: SentenceRow[] = rows.map((r) => ({ truth: new Set(r.label.elements), whole: new Set(r.elements), sentences: [] }));
  judged.forEach((j, k) => out[owner[k]].sentences.push({ text: j.label.text!, elements: new Set(j.elements) }));
  return out;
}

/** The table, and with `misses` the first false detections with the sentence that makes each. */
export function formatBySentence(name: string, rows: SentenceRow[], misses = 0): string {
  const counts = countBySentence(rows);
  const n = (v: number, w: number) => String(v).padStart(w);
  const lines = [
    `${name}: ${rows.length} paragraphs, ${rows.reduce((s, r) => s + r.sentences.length, 0)} sentences, each sentence judged alone`,
    "  element                  whole only: true false | sentence only: true false | false, a sentence too | missed by every sentence",
  ];
  for (const [e, c] of counts)
    lines.push(`  ${e.padEnd(24)} ${n(c.wholeOnlyTrue, 16)} ${n(c.wholeOnlyFalse, 5)} | ${n(c.sentenceOnlyTrue, 19)} ${n(c.sentenceOnlyFalse, 5)} | ${n(c.falseInSentence, 21)} | ${n(c.missedInSentences, 24)}`);
  let shown = 0;
  for (const row of rows)
    for (const e of ELEMENTS) {
      if (shown >= misses || !row.whole.has(e) || row.truth.has(e)) continue;
      const s = row.sentences.find((x) => x.elements.has(e));
      if (!s) continue;
      lines.push(`  false ${e.padEnd(22)} “${s.text.slice(0, 160)}”`);
      shown++;
    }
  return lines.join("\n");
}
