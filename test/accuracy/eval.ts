// The accuracy evaluation (issue 10): which Item 106 elements each labelled corpus paragraph
// addresses, as lawyers labelled them (test/accuracy/labels/*.json, format in
// docs/accuracy.md), against what disclint detects. Precision, recall and F1 per element, for
// the "tune" and the "heldout" split apart. Run through `npm run eval` (scripts/eval.mjs bundles
// this file) or imported by test/corpus/accuracy-corpus.test.ts.

import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { loadDisclosure } from "../../src/sources/load.js";
import { draftMappingOf, proseBlocks } from "../../src/sources/prose.js";
import { normaliseBlocks } from "../../src/text/sections.js";
import { harvestAliases } from "../../src/text/aliases.js";
import { requirementLexicon } from "../../src/text/requirement-map.js";
import { tokenize, type Word } from "../../src/text/tokens.js";
import type { InputFormat } from "../../src/model/types.js";

export const ELEMENTS = [
  "processes",
  "integration",
  "third-party-engaged",
  "third-party-oversight",
  "material-effect",
  "board-oversight",
  "board-committee",
  "board-informed",
  "management-role",
  "management-positions",
  "management-expertise",
  "management-informed",
  "reports-to-board",
  "incident-escalation",
  "incident-disclosure",
] as const;

export interface LabelledParagraph {
  quote: string;
  elements: string[];
  negative?: string[];
  refs?: string[];
  prongs?: string[];
  note?: string;
}

export interface LabelFile {
  file: string;
  company?: string;
  split: "tune" | "heldout";
  labeler?: string;
  paragraphs: LabelledParagraph[];
  /** Where the label file is (for messages). */
  path: string;
}

/** A paragraph as a detector sees it: its text and the elements it says the paragraph addresses. */
export interface DetectedParagraph {
  text: string;
  line?: number;
  elements: Set<string>;
  negative: Set<string>;
  /** Element id → the matched words that made the detector say so. */
  evidence?: Map<string, string[]>;
}

export type Lemmatizer = (lower: string) => string;

export interface EvalOptions {
  corpusDir: string;
  /** "lexicon": the element-<id> lexicons on each paragraph; "draft": today's draft mapping (headings too). */
  detector?: "lexicon" | "draft";
  /** Replace the hand-written base forms of the text's words (a library's lemmas, for comparison). */
  lemmatize?: Lemmatizer;
}

export function loadLabels(dir: string): LabelFile[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => ({ ...(JSON.parse(readFileSync(join(dir, f), "utf8")) as Omit<LabelFile, "path">), path: join(dir, f) }));
}

function inputFormatOf(file: string): InputFormat | undefined {
  if (/\.md$/i.test(file)) return "markdown";
  if (/\.txt$/i.test(file)) return "text";
  if (/\.xml$/i.test(file)) return undefined; // an XBRL instance: its text blocks
  return "html";
}

/** The paragraphs of a tagged filing read as such: each line of each cyd text block. */
function textBlockParagraphs(disclosure: Awaited<ReturnType<typeof loadDisclosure>>): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const f of disclosure.facts) {
    if (f.kind !== "text" || !/TextBlock$/.test(f.concept)) continue;
    for (const line of f.text.split(/\n+/)) {
      const text = line.replace(/\s+/g, " ").trim();
      if (text && !seen.has(text)) out.push(text), seen.add(text);
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// The adapter: the one place that knows how disclint reports paragraphs and their elements.
// When the requirement model's `disclint facts` output carries
// `paragraphs: [{ line, column, text, block, elements, negative, evidence }]`, replace the body of
// detectParagraphs with a read of that array (elements and negative are element ids).

/**
 * Every paragraph of the file's Item 1C / 16K section with the elements detected in it. Today: the
 * prose reader finds the section and its paragraphs (a tagged 10-K is read as HTML); each
 * paragraph is matched against the lexicons element-<id> and element-<id>-no, with the defined
 * terms of the whole section as aliases.
 */
export async function detectParagraphs(path: string, opts: EvalOptions, quotes: string[] = []): Promise<DetectedParagraph[]> {
  const inputFormat = inputFormatOf(path);
  const disclosure = await loadDisclosure([path], inputFormat ? { inputFormat } : {});
  const found = draftMappingOf(disclosure.documents[0]);
  if (opts.detector === "draft") {
    return (found?.mapping.paragraphs ?? []).map((p) => ({ text: p.block.text, elements: new Set(p.requirements.map((r) => r.id)), negative: new Set() }));
  }
  const texts = found ? found.mapping.paragraphs.map((p) => p.block.text) : textBlockParagraphs(disclosure);
  // Paragraphs the reader left outside the section it found (a notes page lists Item 1C's text
  // blocks before the heading it takes for the section): after the section's own, so a label
  // matches those first.
  const doc = disclosure.documents[0];
  const keys = texts.map(normalise);
  const missing = quotes.map(quoteKeys).filter((qs) => !qs.some((q) => keys.some((k) => k.includes(q))));
  if (found && missing.length && (doc.format === "markdown" || doc.format === "text" || doc.format === "html")) {
    const inside = new Set(texts);
    for (const b of normaliseBlocks(proseBlocks(doc))) {
      if (b.kind !== "paragraph" || inside.has(b.text)) continue;
      const key = normalise(b.text);
      if (missing.some((qs) => qs.some((q) => key.includes(q)))) texts.push(b.text);
    }
  }
  const aliases = harvestAliases(texts.join("\n"));
  return texts.map((text) => {
    const words = tokenize(text, aliases);
    if (opts.lemmatize) for (const w of words) w.base = opts.lemmatize(w.lower);
    return { text, ...elementsOf(text, words) };
  });
}

/** The elements (and explicit negative answers) the element lexicons find in one paragraph. */
export function elementsOf(text: string, words: Word[]): Required<Pick<DetectedParagraph, "elements" | "negative" | "evidence">> {
  const elements = new Set<string>();
  const negative = new Set<string>();
  const evidence = new Map<string, string[]>();
  for (const id of ELEMENTS) {
    const yes = requirementLexicon(`element-${id}`).matchAll(text, words);
    const no = optionalLexicon(`element-${id}-no`)?.matchAll(text, words) ?? [];
    if (yes.length || no.length) {
      elements.add(id);
      evidence.set(id, [...yes, ...no].map((m) => text.slice(m.start, m.end)));
    }
    if (no.length) negative.add(id);
  }
  return { elements, negative, evidence };
}

const absent = new Set<string>();
function optionalLexicon(name: string) {
  if (absent.has(name)) return undefined;
  try {
    return requirementLexicon(name);
  } catch {
    absent.add(name);
    return undefined;
  }
}

// ---------------------------------------------------------------------------------------------
// Scoring

/** Letters and digits only, lower case: quotes and paragraphs compare whatever the quotes, dashes and bullets. */
export function normalise(s: string): string {
  return s
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "");
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Miss {
  file: string;
  quote: string;
  element: string;
  kind: "missed" | "false";
  /** The detected paragraph's text and evidence, when one was found. */
  text?: string;
  evidence?: string[];
}

export interface SplitResult {
  files: number;
  paragraphs: number;
  /** Labelled paragraphs no detected paragraph begins with (or contains). */
  unmatched: { file: string; quote: string }[];
  /** Files the detector could not read. */
  failed: { file: string; error: string }[];
  byElement: Map<string, Counts>;
  negative: Counts;
  misses: Miss[];
  /** Every labelled paragraph with the detected paragraph's text and elements. */
  rows: { file: string; label: LabelledParagraph; text?: string; elements: string[] }[];
}

function emptyCounts(): Counts {
  return { tp: 0, fp: 0, fn: 0 };
}

function newSplit(): SplitResult {
  return { files: 0, paragraphs: 0, unmatched: [], failed: [], byElement: new Map(ELEMENTS.map((e) => [e, emptyCounts()])), negative: emptyCounts(), misses: [], rows: [] };
}

/** The detected paragraph a label belongs to: the one that begins with its quote, else one that contains it. */
/** A quote's comparison keys: as written, and without a notes page's text block label ("… [Text Block] Under the …"). */
function quoteKeys(quote: string): string[] {
  return [normalise(quote), normalise(quote.replace(/^.*?\[Text Block\]\s*/, ""))].filter(Boolean);
}

function paragraphFor(quote: string, detected: { key: string; p: DetectedParagraph }[]): DetectedParagraph | undefined {
  for (const q of quoteKeys(quote)) {
    const found = detected.find((d) => d.key.startsWith(q)) ?? detected.find((d) => d.key.includes(q));
    if (found) return found.p;
  }
  return undefined;
}

function count(c: Counts, truth: boolean, predicted: boolean): void {
  if (truth && predicted) c.tp++;
  else if (predicted) c.fp++;
  else if (truth) c.fn++;
}

export async function evaluate(labels: LabelFile[], opts: EvalOptions): Promise<Map<string, SplitResult>> {
  const results = new Map<string, SplitResult>([
    ["tune", newSplit()],
    ["heldout", newSplit()],
  ]);
  for (const label of labels) {
    const split = results.get(label.split);
    if (!split) throw new Error(`${label.path}: split must be "tune" or "heldout", not ${JSON.stringify(label.split)}`);
    split.files++;
    let detected: DetectedParagraph[] = [];
    try {
      detected = await detectParagraphs(
        join(opts.corpusDir, label.file),
        opts,
        label.paragraphs.map((p) => p.quote),
      );
    } catch (e) {
      split.failed.push({ file: label.file, error: (e as Error).message });
    }
    const keyed = detected.map((p) => ({ key: normalise(p.text), p }));
    for (const lp of label.paragraphs) {
      split.paragraphs++;
      const p = paragraphFor(lp.quote, keyed);
      if (!p) split.unmatched.push({ file: label.file, quote: lp.quote });
      const predicted = p?.elements ?? new Set<string>();
      split.rows.push({ file: label.file, label: lp, text: p?.text, elements: [...predicted] });
      for (const e of ELEMENTS) {
        const truth = lp.elements.includes(e);
        const got = predicted.has(e);
        count(split.byElement.get(e)!, truth, got);
        if (truth !== got) split.misses.push({ file: label.file, quote: lp.quote, element: e, kind: truth ? "missed" : "false", text: p?.text, evidence: p?.evidence?.get(e) });
        count(split.negative, (lp.negative ?? []).includes(e), p?.negative.has(e) ?? false);
      }
    }
  }
  return results;
}

export function precision(c: Counts): number {
  return c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
}

export function recall(c: Counts): number {
  return c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
}

export function f1(c: Counts): number {
  const p = precision(c);
  const r = recall(c);
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
}

export function total(split: SplitResult): Counts {
  const t = emptyCounts();
  for (const c of split.byElement.values()) {
    t.tp += c.tp;
    t.fp += c.fp;
    t.fn += c.fn;
  }
  return t;
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`.padStart(7);

/** Every miss of one element, with the paragraph and what matched (npm run eval -- --explain <element>). */
export function formatExplain(r: SplitResult, element: string): string {
  return r.misses
    .filter((m) => m.element === element)
    .map((m) => `${m.kind === "missed" ? "MISSED" : "FALSE"} ${m.file}\n  ${(m.text ?? m.quote).slice(0, 700)}${m.evidence ? `\n  matched: ${m.evidence.map((e) => `“${e}”`).join(", ")}` : ""}`)
    .join("\n");
}

/** The figures as a plain-text table, one split. */
export function formatSplit(name: string, r: SplitResult, showMisses = 0): string {
  const lines = [`${name}: ${r.files} files, ${r.paragraphs} labelled paragraphs${r.unmatched.length ? `, ${r.unmatched.length} not found in the detector's paragraphs` : ""}${r.failed.length ? `, ${r.failed.length} files unreadable` : ""}`];
  lines.push(`  ${"element".padEnd(24)} ${"prec".padStart(7)} ${"recall".padStart(7)} ${"F1".padStart(7)}   tp   fp   fn`);
  const row = (label: string, c: Counts) =>
    `  ${label.padEnd(24)} ${pct(precision(c))} ${pct(recall(c))} ${pct(f1(c))} ${String(c.tp).padStart(4)} ${String(c.fp).padStart(4)} ${String(c.fn).padStart(4)}`;
  for (const [e, c] of r.byElement) lines.push(row(e, c));
  lines.push(row("all elements (micro)", total(r)));
  lines.push(row("explicit negatives", r.negative));
  for (const f of r.failed) lines.push(`  unreadable: ${f.file}: ${f.error}`);
  for (const u of r.unmatched.slice(0, showMisses || 5)) lines.push(`  not found: ${u.file}: “${u.quote.slice(0, 70)}”`);
  for (const m of r.misses.slice(0, showMisses)) lines.push(`  ${m.kind === "missed" ? "missed" : "false "} ${m.element.padEnd(22)} ${m.file}: “${m.quote.slice(0, 70)}”`);
  return lines.join("\n");
}
