// The accuracy evaluation (issue 10): which Item 106 elements each labelled corpus paragraph
// addresses, as lawyers labelled them (test/accuracy/labels/*.json, format in
// docs/accuracy.md), against what disclint detects. Precision, recall and F1 per element, for
// the "tune" and the "heldout" split apart. Run through `npm run eval` (scripts/eval.mjs bundles
// this file) or imported by test/corpus/accuracy-corpus.test.ts.

import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { DocumentContext } from "../../src/engine/document.js";
import { loadRuleSet, type RuleSet } from "../../src/engine/rule-loader.js";
import { loadDisclosure } from "../../src/sources/load.js";
import { harvestAliases } from "../../src/text/aliases.js";
import { answerProbability, combine, elementModelValidator, lexiconTerms, readFeatures, vetoThreshold, type Combination, type ElementModel, type Thresholds } from "./element-model.js";
import type { Lexicon } from "../../src/text/lexicon.js";
import type { Word } from "../../src/text/tokens.js";

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
  /** A paraphrase's whole text (test/accuracy/paraphrases): judged on its own, not looked up in a corpus file. */
  text?: string;
  /**
   * Round 50 (acc50-context): the paragraphs of the item's fictional section that come before it, in order, unlabelled. The
   * item is judged after them in one draft, so whatever the reader carries across a section (defined names, named parties,
   * bodies) reaches it; only the item's own paragraph is scored.
   */
  context?: string[];
  elements: string[];
  negative?: string[];
  refs?: string[];
  prongs?: string[];
  note?: string;
  /** A contrast item (test/accuracy/contrast, contrast.ts): the tune label file's corpus file its quote is in. */
  file?: string;
  /** A contrast item's minimal edits of that paragraph, applied in order (each `from` exactly once). */
  edits?: { from: string; to: string }[];
  /** A contrast item's kind of edit (contrast.schema.json). */
  kind?: string;
}

export interface LabelFile {
  /** The corpus file (absent in a paraphrase set, whose paragraphs carry their `text`). */
  file?: string;
  company?: string;
  split: "tune" | "heldout" | "paraphrase" | "contrast";
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
  /** Element → the terms its lexicon reasons quote (lexiconTerms: the role features' input, as the engine reads it). */
  terms?: Map<string, string[]>;
  /** Element → each reason's source (a lexicon's name, "<id> clauses", "heading", "learned") and the words it quotes (engine detector). */
  reasons?: Map<string, { by: string; terms: string[] }[]>;
  /** The headings above it (engine detector). */
  headings?: string[];
  /** The learned model's features (with EvalOptions.features or .model). */
  features?: Set<string>;
  /** Each sentence's features (with EvalOptions.sentenceFeatures, or a model scoring by sentence). */
  sentences?: Set<string>[];
  /** The lexicon judge's elements, before the learned model changed them (with EvalOptions.model). */
  lexicon?: Set<string>;
}

export type Lemmatizer = (lower: string) => string;

export interface EvalOptions {
  corpusDir: string;
  /**
   * "engine" (default): the section's paragraphs as the linter judges them (describeDisclosure:
   * the same judge the rules use, headings and negative lexicons included); "lexicon": the same
   * paragraphs, each matched against the element-<id> lexicons alone (to compare lemmatizers).
   */
  detector?: "engine" | "lexicon";
  /** With detector "lexicon": replace the hand-written base forms of the words (a library's lemmas). */
  lemmatize?: Lemmatizer;
  /** Record each paragraph's learned-model features of these families (npm run train). */
  features?: ElementModel["features"];
  /** With `features`: record each sentence's features too (npm run train scores a paragraph by its best sentence). */
  sentenceFeatures?: boolean;
  /** The built-in learned veto (rules/models/element-veto.json): false reads the lexicon judge alone (--no-element-model). */
  elementModel?: boolean;
  /** Combine the lexicon judge with the learned model (npm run eval -- --model <combination>). */
  model?: { model: ElementModel; combination: Combination; thresholds: Thresholds; bySentence?: boolean };
}

/** A label file's name in rows and messages: its corpus file, or a paraphrase set's file name. */
export function labelName(label: LabelFile): string {
  return label.file ?? basename(label.path);
}

/** The label files of a folder; `keep` (a file name) decides which are opened at all. */
export function loadLabels(dir: string, keep: (name: string) => boolean = () => true): LabelFile[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith(".json") && keep(f))
    .sort()
    .map((f) => ({ ...(JSON.parse(readFileSync(join(dir, f), "utf8")) as Omit<LabelFile, "path">), path: join(dir, f) }));
}

/** The learned model file (npm run train), checked against schemas/element-model.schema.json. */
export function loadElementModel(path: string): ElementModel {
  const model: unknown = JSON.parse(readFileSync(path, "utf8"));
  const validate = elementModelValidator();
  if (!validate(model)) throw new Error(`${path}: ${validate.errors?.map((e) => `${e.instancePath} ${e.message}`).join("; ")}`);
  return model as ElementModel;
}

// ---------------------------------------------------------------------------------------------
// The adapter: the one place that knows how disclint reports paragraphs and their elements.

/**
 * Every paragraph of the file's Item 1C / 16K section with the elements detected in it, as the
 * linter judges them (`disclint facts` shows the same): tagged and untagged paragraphs of a
 * filing, the paragraphs of a draft.
 */
export async function detectParagraphs(path: string, opts: EvalOptions): Promise<DetectedParagraph[]> {
  // Training reads the lexicon judge's own answer, and an experiment's model replaces the built-in veto: both without it.
  const paragraphs = await describeOnce(path, opts.model || opts.features ? false : opts.elementModel);
  if (opts.detector === "lexicon") {
    const { tokenize } = await import("../../src/text/tokens.js");
    const { harvestAliases } = await import("../../src/text/aliases.js");
    const aliases = harvestAliases(paragraphs.map((p) => p.text).join("\n"));
    return paragraphs.map((p) => {
      const words = tokenize(p.text, aliases);
      if (opts.lemmatize) for (const w of words) w.base = opts.lemmatize(w.lower);
      return { text: p.text, line: p.line, ...elementsOf(p.text, words) };
    });
  }
  const detected: DetectedParagraph[] = paragraphs.map((p) => ({
    text: p.text,
    line: p.line,
    headings: p.headings,
    elements: new Set(p.elements),
    negative: new Set(p.negative),
    evidence: new Map(Object.entries(p.evidence).map(([id, reasons]) => [id, reasons.flatMap((r) => ("terms" in r ? r.terms : r.by === "heading" ? [r.heading] : []))])),
    terms: new Map(Object.entries(p.evidence).map(([id, reasons]) => [id, lexiconTerms(reasons)])),
    reasons: new Map(
      Object.entries(p.evidence).map(([id, reasons]) => [
        id,
        reasons.map((r) => ("terms" in r ? { by: r.lexicon, terms: r.terms } : r.by === "heading" ? { by: "heading", terms: [r.heading] } : { by: r.by, terms: [] })),
      ]),
    ),
  }));
  const families = opts.model?.model.features ?? opts.features;
  if (families) {
    // Defined terms and bodies come from the whole document, as the judge reads them.
    const aliases = harvestAliases(detected.map((p) => p.text).join("\n"));
    for (const p of detected) {
      // --model-sentences: each sentence is scored too and the paragraph keeps its best score, so an element told in one
      // clause of a long paragraph is not diluted by the paragraph's other words (round 30's experiment).
      // An evidence reading (round 38) reads each sentence's marks: where each answer's evidence stands, which sentences point back.
      const marks = !!opts.sentenceFeatures || (opts.model?.model.reading ?? "all") !== "all";
      const read = readFeatures(p.text, p.headings ?? [], aliases, p.elements, families, p.terms, marks);
      p.features = read.paragraph;
      const sentences = opts.model?.bySentence || opts.sentenceFeatures ? read.sentences : [];
      if (opts.sentenceFeatures) p.sentences = sentences;
      if (opts.model) applyModel(p, opts.model, sentences, read.lone);
    }
  }
  return detected;
}

let ruleSet: RuleSet | undefined;
/**
 * describeDisclosure (the built-in rule set, no config) with the rule set loaded once per run, not once per file: a
 * paraphrase is one file, and reading, checking and compiling the rule files for each of the split's 8,900 paragraphs was
 * most of its time (round 34). The judgement is the same: the lexicons keep no state between documents.
 */
async function describeOnce(path: string, elementModel: boolean | undefined) {
  ruleSet ??= loadRuleSet();
  const d = await loadDisclosure([path], {});
  return new DocumentContext(d, ruleSet.lexicons, ruleSet.cues, ruleSet.elements, elementModel === false ? undefined : ruleSet.elementVeto).describeParagraphs();
}

/** The paragraph's elements as the lexicon judge and the learned model decide them together. */
function applyModel(p: DetectedParagraph, m: NonNullable<EvalOptions["model"]>, sentences: readonly Set<string>[], lone: ReadonlySet<string>): void {
  p.lexicon = new Set(p.elements);
  for (const [id, weights] of Object.entries(m.model.elements)) {
    // Round 36: the element's own veto threshold, and none where a lone-only veto does not act (vetoThreshold, as the engine).
    const thresholds = { ...m.thresholds, veto: vetoThreshold(m.model, m.thresholds.veto, id, lone.has(id)) };
    if (combine(m.combination, p.lexicon.has(id), answerProbability(weights, id, p.features!, sentences, m.model.reading), thresholds)) p.elements.add(id);
    else {
      p.elements.delete(id);
      p.negative.delete(id);
    }
  }
}

let builtins: Map<string, Lexicon> | undefined;
/** A built-in lexicon by name (undefined when there is none). */
export function builtinLexicon(name: string): Lexicon | undefined {
  builtins ??= loadRuleSet().lexicons;
  return builtins.get(name);
}

/** The elements (and explicit negative answers) the element lexicons find in one paragraph. */
export function elementsOf(text: string, words: Word[]): Required<Pick<DetectedParagraph, "elements" | "negative" | "evidence">> {
  const elements = new Set<string>();
  const negative = new Set<string>();
  const evidence = new Map<string, string[]>();
  for (const id of ELEMENTS) {
    const yes = builtinLexicon(`element-${id}`)?.matchAll(text, words) ?? [];
    const no = builtinLexicon(`element-${id}-no`)?.matchAll(text, words) ?? [];
    if (yes.length || no.length) {
      elements.add(id);
      evidence.set(id, [...yes, ...no].map((m) => text.slice(m.start, m.end)));
    }
    if (no.length) negative.add(id);
  }
  return { elements, negative, evidence };
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
  /** How many context paragraphs the item was judged after (round 50), when it had any. */
  context?: number;
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
  rows: { file: string; label: LabelledParagraph; text?: string; elements: string[]; features?: string[]; sentences?: string[][]; reasons?: Record<string, { by: string; terms: string[] }[]> }[];
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
  // A quote that starts with the headings on the paragraph's line ("Item 1C. Cybersecurity.
  // Cybersecurity Risk Management and Strategy Etsy recognizes …"): the reader splits the headings
  // off, so the paragraph is the quote's tail.
  const q = normalise(quote);
  const tail = detected.find((d) => {
    const at = d.key.length >= 20 ? q.indexOf(d.key.slice(0, 20)) : -1;
    return at > 0 && d.key.startsWith(q.slice(at));
  });
  return tail?.p;
}

/** Adds one judgement to a detector's counts: `truth` what the label says, `predicted` what the detector says. */
export function count(c: Counts, truth: boolean, predicted: boolean): void {
  if (truth && predicted) c.tp++;
  else if (predicted) c.fp++;
  else if (truth) c.fn++;
}

export async function evaluate(labels: LabelFile[], opts: EvalOptions): Promise<Map<string, SplitResult>> {
  const results = new Map<string, SplitResult>([
    ["tune", newSplit()],
    ["heldout", newSplit()],
    ["paraphrase", newSplit()],
    ["contrast", newSplit()],
  ]);
  for (const label of labels) {
    const split = results.get(label.split);
    if (!split) throw new Error(`${label.path}: split must be "tune", "heldout", "paraphrase" or "contrast", not ${JSON.stringify(label.split)}`);
    split.files++;
    const name = labelName(label);
    if (label.split === "paraphrase") {
      for (const lp of label.paragraphs) score(split, name, lp, await judgeAlone(lp, label.path, opts));
      continue;
    }
    if (label.split === "contrast") {
      await scoreContrast(split, label, opts);
      continue;
    }
    if (!label.file) throw new Error(`${label.path}: a ${label.split} label file needs "file"`);
    let detected: DetectedParagraph[] = [];
    try {
      detected = await detectParagraphs(join(opts.corpusDir, label.file), opts);
    } catch (e) {
      split.failed.push({ file: name, error: (e as Error).message });
    }
    const keyed = detected.map((p) => ({ key: normalise(p.text), p }));
    const byParagraph = new Map<DetectedParagraph, LabelledParagraph[]>();
    for (const lp of label.paragraphs) {
      const p = paragraphFor(lp.quote, keyed);
      if (!p) {
        split.unmatched.push({ file: name, quote: lp.quote });
        score(split, name, lp, p);
      } else byParagraph.set(p, [...(byParagraph.get(p) ?? []), lp]);
    }
    for (const [p, lps] of byParagraph) score(split, name, lps.length === 1 ? lps[0] : unionOf(lps), p);
  }
  return results;
}

/**
 * The labels of one detected paragraph, as one: a labeller who took the two halves of a paragraph
 * that a page break cut ("… and developing" / page number / "key capabilities such as …") for two
 * paragraphs labels each half alone, while the reader rightly joins them. The joined paragraph is
 * scored once, against what its halves' labels say together.
 */
function unionOf(lps: LabelledParagraph[]): LabelledParagraph {
  const all = (pick: (lp: LabelledParagraph) => string[] | undefined) => [...new Set(lps.flatMap((lp) => pick(lp) ?? []))];
  return { quote: lps[0].quote, elements: all((lp) => lp.elements), negative: all((lp) => lp.negative), refs: all((lp) => lp.refs), prongs: all((lp) => lp.prongs) };
}

/** Adds one labelled paragraph, and the detected paragraph it belongs to (if any), to a split's counts. */
function score(split: SplitResult, file: string, lp: LabelledParagraph, p: DetectedParagraph | undefined): void {
  split.paragraphs++;
  const predicted = p?.elements ?? new Set<string>();
  split.rows.push({ file, label: lp, text: p?.text, elements: [...predicted], ...(p?.features ? { features: [...p.features].sort() } : {}), ...(p?.sentences ? { sentences: p.sentences.map((s) => [...s].sort()) } : {}), ...(p?.reasons ? { reasons: Object.fromEntries([...p.reasons].filter(([id]) => predicted.has(id))) } : {}) });
  for (const e of ELEMENTS) {
    const truth = lp.elements.includes(e);
    const got = predicted.has(e);
    count(split.byElement.get(e)!, truth, got);
    if (truth !== got) split.misses.push({ file, quote: lp.quote, element: e, kind: truth ? "missed" : "false", text: p?.text, evidence: p?.evidence?.get(e), ...(lp.context?.length ? { context: lp.context.length } : {}) });
    count(split.negative, (lp.negative ?? []).includes(e), p?.negative.has(e) ?? false);
  }
}

/**
 * A contrast file (test/accuracy/contrast, contrast.ts): each item's tune paragraph is read from its corpus file exactly as
 * the label files' paragraphs are (detectParagraphs, paragraphFor), its edits applied, and the edited text judged as the
 * one paragraph of an Item 1C draft under the paragraph's own headings (on the 232 tune paragraphs that judges every one
 * as the filing does). An item whose quote is in no paragraph, or one of whose edits does not apply exactly once, is
 * broken: the whole file fails, listing each, and none of its items is scored.
 */
async function scoreContrast(split: SplitResult, label: LabelFile, opts: EvalOptions): Promise<void> {
  const files = new Map<string, { key: string; p: DetectedParagraph }[]>();
  const broken: string[] = [];
  const judged: [LabelledParagraph, DetectedParagraph][] = [];
  for (const item of label.paragraphs) {
    if (!item.file) throw new Error(`${label.path}: a contrast item needs "file" (“${item.quote.slice(0, 40)}”)`);
    let keyed = files.get(item.file);
    if (!keyed) files.set(item.file, (keyed = (await detectParagraphs(join(opts.corpusDir, item.file), opts)).map((p) => ({ key: normalise(p.text), p }))));
    const p = paragraphFor(item.quote, keyed);
    try {
      if (!p) throw new Error("its quote begins no paragraph the reader found");
      judged.push([item, await judgeAlone({ ...item, text: applyEdits(p.text, item.edits ?? []) }, label.path, opts, p.headings)]);
    } catch (e) {
      broken.push(`${item.file} “${item.quote.slice(0, 50)}”: ${(e as Error).message}`);
    }
  }
  if (broken.length) throw new Error(`${label.path}: ${broken.length} broken contrast item(s), none scored:\n  ${broken.join("\n  ")}`);
  for (const [item, p] of judged) score(split, `${basename(label.path)} ${item.file}`, item, p);
}

/** A paragraph with minimal edits applied in order; an edit whose `from` is not in the text exactly once throws. */
export function applyEdits(text: string, edits: readonly { from: string; to: string }[]): string {
  edits.forEach(({ from, to }, i) => {
    let n = 0;
    for (let at = from ? text.indexOf(from) : -1; at !== -1; at = text.indexOf(from, at + 1)) n++;
    if (n !== 1) throw new Error(`edit ${i + 1}: “${from}” occurs ${n} times in the paragraph, not once`);
    const at = text.indexOf(from);
    text = text.slice(0, at) + to + text.slice(at + from.length);
  });
  return text;
}

/** An item's context paragraphs as the draft's text, each followed by a blank line; one that is not one paragraph throws. */
function contextParagraphs(lp: LabelledParagraph, path: string): string[] {
  return (lp.context ?? []).map((c) => {
    if (typeof c !== "string" || c.trim().length < 20 || /\n\s*\n/.test(c)) throw new Error(`${path}: a context paragraph is one paragraph of 20 characters or more (“${lp.quote.slice(0, 40)}”)`);
    return `${c.trim()}\n\n`;
  });
}

/** The heading a paraphrase is judged under: an Item 1C draft's, which names no element. */
export const PARAPHRASE_HEADING = "# Item 1C. Cybersecurity";

/**
 * A paraphrase judged as the one paragraph of an Item 1C draft (a Markdown file under a neutral
 * heading), through the same reader and judge as a corpus file. A paraphrase the reader splits
 * (a bullet list) is judged as the union of its parts.
 */
async function judgeAlone(lp: LabelledParagraph, path: string, opts: EvalOptions, headings: readonly string[] = []): Promise<DetectedParagraph> {
  if (!lp.text) throw new Error(`${path}: a paraphrase needs "text" (“${lp.quote.slice(0, 40)}”)`);
  const dir = mkdtempSync(join(tmpdir(), "disclint-paraphrase-"));
  try {
    const draft = join(dir, "draft.md");
    // A contrast item keeps its paragraph's own headings below the draft's (the section's own title is the draft's).
    const own = headings.filter((h) => !/\bitem\s*1c\b/i.test(h)).map((h) => `## ${h}\n\n`);
    // Round 50: an item's context paragraphs come first, each its own paragraph; the item's parts are those from its line on.
    const before = `${PARAPHRASE_HEADING}\n\n${own.join("")}${contextParagraphs(lp, path).join("")}`;
    writeFileSync(draft, `${before}${lp.text}\n`);
    const from = before.split("\n").length;
    const parts = (await detectParagraphs(draft, opts)).filter((part) => !lp.context?.length || (part.line ?? 0) >= from);
    const evidence = new Map<string, string[]>();
    for (const part of parts) for (const [id, terms] of part.evidence ?? []) evidence.set(id, [...(evidence.get(id) ?? []), ...terms]);
    const reasons = new Map<string, { by: string; terms: string[] }[]>();
    for (const part of parts) for (const [id, rs] of part.reasons ?? []) reasons.set(id, [...(reasons.get(id) ?? []), ...rs]);
    return {
      text: lp.text,
      ...(opts.features || opts.model ? { features: new Set(parts.flatMap((part) => [...(part.features ?? [])])) } : {}),
      ...(opts.sentenceFeatures ? { sentences: parts.flatMap((part) => part.sentences ?? []) } : {}),
      elements: new Set(parts.flatMap((part) => [...part.elements])),
      negative: new Set(parts.flatMap((part) => [...part.negative])),
      evidence,
      reasons,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
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

/** The word-count bands the eval reports errors by: held-out errors sit in long, multi-topic paragraphs (round 27). */
export const LENGTH_BANDS = [
  { name: "under 60 words", below: 60 },
  { name: "60-120 words", below: 121 },
  { name: "over 120 words", below: Infinity },
] as const;

export interface LengthBand {
  name: string;
  paragraphs: number;
  /** Wrong element decisions (false plus missed) in the band's paragraphs. */
  errors: number;
  counts: Counts;
}

/** A split's element decisions by the length of the detected paragraph (labels no paragraph was found for count as empty). */
export function byLength(split: SplitResult): LengthBand[] {
  const bands: LengthBand[] = LENGTH_BANDS.map((b) => ({ name: b.name, paragraphs: 0, errors: 0, counts: emptyCounts() }));
  for (const row of split.rows) {
    const words = row.text ? row.text.split(/\s+/).filter(Boolean).length : 0;
    const band = bands[LENGTH_BANDS.findIndex((b) => words < b.below)];
    band.paragraphs++;
    const predicted = new Set(row.elements);
    for (const e of ELEMENTS) {
      const truth = row.label.elements.includes(e);
      const got = predicted.has(e);
      count(band.counts, truth, got);
      if (truth !== got) band.errors++;
    }
  }
  return bands;
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`.padStart(7);

/** Every miss of one element, with the paragraph and what matched (npm run eval -- --explain <element>). */
export function formatExplain(r: SplitResult, element: string): string {
  return r.misses
    .filter((m) => m.element === element)
    .map((m) => `${m.kind === "missed" ? "MISSED" : "FALSE"} ${m.file}${m.context ? ` (after ${m.context} context paragraph${m.context > 1 ? "s" : ""})` : ""}\n  ${(m.text ?? m.quote).slice(0, 700)}${m.evidence ? `\n  matched: ${m.evidence.map((e) => `“${e}”`).join(", ")}` : ""}`)
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
  for (const b of byLength(r))
    if (b.paragraphs)
      lines.push(
        `  ${b.name.padEnd(24)} ${pct(precision(b.counts))} ${pct(recall(b.counts))} ${pct(f1(b.counts))} ${String(b.counts.tp).padStart(4)} ${String(b.counts.fp).padStart(4)} ${String(b.counts.fn).padStart(4)}   ${b.paragraphs} paragraphs, ${(b.errors / b.paragraphs).toFixed(2)} errors each`,
      );
  for (const f of r.failed) lines.push(`  unreadable: ${f.file}: ${f.error}`);
  for (const u of r.unmatched.slice(0, showMisses || 5)) lines.push(`  not found: ${u.file}: “${u.quote.slice(0, 70)}”`);
  for (const m of r.misses.slice(0, showMisses)) lines.push(`  ${m.kind === "missed" ? "missed" : "false "} ${m.element.padEnd(22)} ${m.file}${m.context ? ` [context ${m.context}]` : ""}: “${m.quote.slice(0, 70)}”`);
  return lines.join("\n");
}
