// What the review reports (html, markdown) show of a disclosure besides its findings: the section's
// paragraphs (the cyd text blocks, or the Item 1C / 16K paragraphs of an untagged filing or a draft),
// which Item 106 / 16K element each paragraph addresses, and the flags' values. Built once per file
// by the CLI (reviewOf) and handed to the formatters in their context, which stay pure.
import { conceptInfo, CONCEPTS } from "../model/concepts.js";
import { paragraphCitation } from "../model/citation.js";
import { LineIndex, sourceOffset, sourceRange } from "../model/position.js";
import type { Disclosure, FileResult, FileReview, Finding, ReportContext, ReviewFlag, ReviewParagraph, Severity } from "../model/types.js";

export type { FileReview, ReviewFlag, ReviewParagraph } from "../model/types.js";
import { DocumentContext } from "../engine/document.js";
import type { RuleSet } from "../engine/rule-loader.js";
import { elementsOfReport } from "../model/report-kind.js";
import { loadCatalog } from "../text/requirement-map.js";

/** One element of Item 106 / 16K: what the coverage matrix has a row for. */
export interface ReviewElement {
  id: string;
  title: string;
  citation: string;
  /** Its paragraph of Reg S-K Item 106, e.g. "106(c)(2)(i)". */
  item106: string;
  severity: Severity;
  /** The cyd text block that answers it, and the flag that states it (if the taxonomy has one). */
  concept: string;
  flag?: string;
}

/** The formatters' context with the review data (absent when a caller has none: findings only). */
export interface ReviewContext extends ReportContext {
  reviews?: FileReview[];
}

/** The rows of the coverage matrix for a form: the requirement catalog, with each element's flag. */
export function reviewElements(form: string | undefined): ReviewElement[] {
  const sixteenK = form === "20-F";
  return elementsOfReport(loadCatalog(), form).map((r) => {
    const paragraph = sixteenK ? r.item16k : r.item106;
    const flag = CONCEPTS.find((c) => c.kind === "flag" && c.requirement === `Reg S-K ${r.item106}`);
    return {
      id: r.id,
      title: r.title,
      citation: paragraphCitation(paragraph, sixteenK ? "Form 20-F Item" : "Reg S-K"),
      item106: r.item106,
      severity: r.severity,
      concept: r.concept,
      ...(flag ? { flag: flag.name } : {}),
    };
  });
}

// ---------------------------------------------------------------------------------------------
// Paragraphs

/**
 * THE ADAPTER: element → paragraph, the one place the coverage matrix learns which paragraph
 * addresses which Item 106 / 16K element. It is the linter's own judgement (the section's
 * paragraphs, tagged and untagged, as `disclint facts` shows them), with the rule set that applies
 * to the file, so the report and the findings never disagree.
 */
export function elementParagraphs(d: Disclosure, ruleSet: RuleSet, context?: DocumentContext): ReviewParagraph[] {
  // The lint's own context when the caller has it (the run's job): its paragraphs are judged already.
  const ctx = context ?? new DocumentContext(d, ruleSet.lexicons, ruleSet.cues, ruleSet.elements, ruleSet.elementVeto);
  const described = ctx.describeParagraphs();
  return ctx.units().map((u, i) => ({
    file: u.fact.position.file,
    line: u.fact.position.line,
    column: u.fact.position.column,
    text: u.fact.text,
    blocks: u.block && u.block.kind === "text" ? [u.block.concept] : [],
    elements: described[i].elements,
    start: u.fact.offset,
    end: u.fact.endOffset,
    map: u.fact.textMap,
  }));
}

/** In paragraphs in reading order: the index of the last that starts at or before `at` in `file`, or -1. */
function lastAtOrBefore(paragraphs: ReviewParagraph[], file: string, at: number): number {
  let lo = 0;
  let hi = paragraphs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const p = paragraphs[mid];
    if (p.file < file || (p.file === file && p.start <= at)) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/** The index of the paragraph of `file` whose source range holds `at`, or -1. */
function containing(paragraphs: ReviewParagraph[], file: string, at: number): number {
  const i = lastAtOrBefore(paragraphs, file, at);
  const p = paragraphs[i];
  return p && p.file === file && at < Math.max(p.end, p.start + 1) ? i : -1;
}

/**
 * The review of one read disclosure, for the file `file` of it, judged with `ruleSet`. With `own`,
 * only what sits in that document (a document set is reviewed file by file, as it is reported).
 */
export function reviewOf(d: Disclosure, file: string, ruleSet: RuleSet, own = false, context?: DocumentContext): FileReview {
  const mine = (at: string) => !own || at === file;
  // Reading order (file, start): placeFinding searches them by position.
  const paragraphs = elementParagraphs(d, ruleSet, context)
    .filter((p) => mine(p.file))
    .sort((a, b) => (a.file === b.file ? a.start - b.start : a.file < b.file ? -1 : 1));
  const lineStarts: Record<string, number[]> = {};
  for (const doc of d.documents) {
    if (!mine(doc.file)) continue;
    const starts = [0];
    for (let i = doc.text.indexOf("\n"); i !== -1; i = doc.text.indexOf("\n", i + 1)) starts.push(i + 1);
    lineStarts[doc.file] = starts;
  }
  const flags = d.facts
    .filter((f) => f.kind === "flag" && mine(f.position.file))
    .map((f) => ({ concept: f.concept, value: typeof f.value === "boolean" ? f.value : null, raw: f.raw, line: f.position.line, column: f.position.column }));
  const tagged = flags.length > 0 || paragraphs.some((p) => p.blocks.length > 0);
  return { file, form: d.form, tagged, paragraphs, flags, lineStarts };
}

/**
 * Adds its review to each readable result of a job, from the disclosure the job has just linted
 * (so the review formats read nothing again, and the job's time budget covers the review too).
 * A review that fails leaves the result without one: the report lists its findings without the text.
 */
export function addReviews(results: FileResult[], d: Disclosure, ruleSet: RuleSet, context?: DocumentContext): void {
  for (const r of results) {
    if (r.fatal) continue;
    try {
      r.review = reviewOf(d, r.file, ruleSet, results.length > 1, context);
    } catch {
      // The findings are what matters; the text is a convenience.
    }
  }
}

/** The reviews a run's results carry (DisclintOptions.review), for the formatters' context. */
export function reviewsOf(results: FileResult[]): FileReview[] {
  return results.flatMap((r) => (r.review ? [r.review] : []));
}

// ---------------------------------------------------------------------------------------------
// Placing findings in the text

/** Where a finding's evidence sits: paragraph index and a range of that paragraph's text. */
export interface Placement {
  paragraph: number;
  /** The evidence's range in the paragraph's text; absent when the evidence was not found in it. */
  start?: number;
  end?: number;
}

const collapsedTexts = new WeakMap<ReviewParagraph, { text: string; at: number[] }>();

/** A paragraph's text with whitespace collapsed (once per paragraph: many findings may search it). */
function collapsed(p: ReviewParagraph): { text: string; at: number[] } {
  let c = collapsedTexts.get(p);
  if (!c) collapsedTexts.set(p, (c = collapse(p.text)));
  return c;
}

/** Whitespace collapsed to one space, with each character's offset in the original. */
function collapse(text: string): { text: string; at: number[] } {
  let out = "";
  const at: number[] = [];
  let space = false;
  for (let i = 0; i < text.length; i++) {
    if (/\s/.test(text[i])) {
      if (!space && out.length) {
        out += " ";
        at.push(i);
      }
      space = true;
      continue;
    }
    space = false;
    out += text[i];
    at.push(i);
  }
  return { text: out, at };
}

/** The evidence as it appears in the text: excerpts mark cuts with "…" and collapse whitespace. */
export function evidenceText(evidence: string | undefined): string {
  return (evidence ?? "").replace(/^…|…$/g, "").replace(/\s+/g, " ").trim();
}

/** The paragraph a finding points into (by its position), and its evidence's range there. */
export function placeFinding(review: FileReview, f: Finding): Placement | undefined {
  const starts = review.lineStarts[f.file];
  if (!starts || f.line < 1 || f.line > starts.length) return undefined;
  const at = starts[f.line - 1] + Math.max(0, f.column - 1);
  const endAt = f.endLine >= 1 && f.endLine <= starts.length ? starts[f.endLine - 1] + Math.max(0, f.endColumn - 1) : at;
  let index = containing(review.paragraphs, f.file, at);
  // A finding whose range opens before the text (a whole text block's tag) belongs to its first paragraph.
  if (index === -1) {
    const next = review.paragraphs[lastAtOrBefore(review.paragraphs, f.file, at) + 1];
    if (!next || next.file !== f.file || next.start >= endAt) return undefined;
    index = review.paragraphs.indexOf(next);
  }
  // Without evidence (an element that is absent) there is nothing in the text to point at.
  const wanted = evidenceText(f.evidence);
  if (!wanted) return undefined;
  const p = review.paragraphs[index];
  const flat = collapsed(p);
  // The text offset the position points at: of repeats of the evidence, the nearest one.
  const near = textOffset(p, at);
  const best = nearestOccurrence(flat, wanted, near);
  if (best === -1) return { paragraph: index };
  let start = flat.at[best];
  let end = flat.at[best + wanted.length - 1] + 1;
  // An excerpt cut short ("…") is only the middle of what the finding is about: the mark runs on to
  // the finding's own range (its sentence), within the paragraph.
  const evidence = f.evidence ?? "";
  if (evidence.startsWith("…")) start = Math.min(start, near);
  if (evidence.endsWith("…")) end = Math.max(end, textOffset(p, endAt));
  return { paragraph: index, start, end };
}

/**
 * The occurrence of `wanted` in the collapsed text nearest to original offset `near`: looked for
 * around it first (a finding's position is on its evidence), so many findings in one long
 * paragraph do not each scan all of it.
 */
function nearestOccurrence(flat: { text: string; at: number[] }, wanted: string, near: number): number {
  let lo = 0;
  let hi = flat.at.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (flat.at[mid] < near) lo = mid + 1;
    else hi = mid;
  }
  const from = Math.max(0, lo - wanted.length);
  const after = flat.text.indexOf(wanted, from);
  // Backwards only as far as a few sentences, unless nothing follows.
  const reach = after === -1 ? 0 : Math.max(0, from - 4 * (wanted.length + 200));
  const window = from > 0 ? flat.text.slice(reach, from - 1 + wanted.length).lastIndexOf(wanted) : -1;
  const before = window === -1 ? -1 : reach + window;
  if (after === -1) return before;
  if (before === -1) return after;
  return Math.abs(flat.at[before] - near) <= Math.abs(flat.at[after] - near) ? before : after;
}

/** The offset in a paragraph's text of a source offset (by the last anchor at or before it; anchors run forward in the source). */
function textOffset(p: ReviewParagraph, source: number): number {
  let lo = 0;
  let hi = p.map.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (p.map[mid][1] <= source) lo = mid + 1;
    else hi = mid;
  }
  if (lo === 0) return 0;
  const [textAt, sourceAt] = p.map[lo - 1];
  return Math.min(textAt + (source - sourceAt), p.text.length);
}

// ---------------------------------------------------------------------------------------------
// The coverage matrix

export interface CoverageRow {
  element: ReviewElement;
  /** Indexes into the review's paragraphs of those that address the element. */
  paragraphs: number[];
  /** The flag's values as tagged (several when it is tagged more than once). */
  flags: ReviewFlag[];
  findings: Finding[];
}

/**
 * The elements a finding is about: those whose flag it names; else those of its block whose
 * paragraph of Item 106 its citation names, else whose title its message names; else the first
 * element of its block.
 */
export function findingElements(f: Finding, elements: ReviewElement[]): string[] {
  if (!f.concept) return [];
  const byFlag = elements.filter((e) => e.flag === f.concept);
  if (byFlag.length) return byFlag.map((e) => e.id);
  // Item 16K's paragraphs mirror Item 106's (a 20-F's findings cite only Item 16K).
  const cited = new Set(((f.citation ?? "").match(/(?:106|16K)\([a-z]\)(\(\d+\))?(\([ivx]+\))?(?![(\w])/g) ?? []).map((c) => c.replace(/^16K/, "106")));
  const byCitation = elements.filter((e) => cited.has(e.item106));
  const ofBlock = byCitation.filter((e) => e.concept === f.concept);
  if (ofBlock.length || byCitation.length) return (ofBlock.length ? ofBlock : byCitation).slice(0, 1).map((e) => e.id);
  const byTitle = elements.filter((e) => e.concept === f.concept && f.message.includes(e.title));
  if (byTitle.length) return byTitle.map((e) => e.id);
  const first = elements.find((e) => e.concept === f.concept);
  return first ? [first.id] : [];
}

/** One row per element of the form: where it is addressed, its flag, the findings on it. Incident reports (8-K, 6-K) have none. */
export function coverageOf(review: FileReview | undefined, findings: Finding[], form = review?.form): CoverageRow[] {
  if (form === "8-K" || form === "6-K") return [];
  const elements = reviewElements(form);
  const rows = elements.map((element) => ({
    element,
    paragraphs: (review?.paragraphs ?? []).flatMap((p, i) => (p.elements.includes(element.id) ? [i] : [])),
    flags: element.flag ? (review?.flags ?? []).filter((x) => x.concept === element.flag) : [],
    findings: [] as Finding[],
  }));
  for (const f of findings) for (const id of findingElements(f, elements)) rows.find((r) => r.element.id === id)!.findings.push(f);
  return rows;
}

/** "Board of Directors Oversight" for CybersecurityRiskBoardOfDirectorsOversightTextBlock: the viewer's label, shortened. */
export function blockLabel(concept: string): string {
  const label = conceptInfo(concept)?.label ?? concept;
  return label.replace(/^Cybersecurity Risk (Management )?/, "").replace(/\s*\[(Text Block|Flag)\]$/, "");
}
