// The section as the engine reads it: paragraphs ("units"), each with the cyd block that holds it
// (or none: untagged), and what each says about each Item 106 element. Built from what the readers
// found (the section's paragraphs, the facts); judged with the rule set's element catalog.

import { conceptInfo } from "../model/concepts.js";
import { LineIndex } from "../model/position.js";
import { inputClassOf, type Disclosure, type Fact, type SectionParagraph, type SourceRange } from "../model/types.js";
import type { Cues, Lexicon, LexiconMatch, Span } from "../text/lexicon.js";
import type { TextReadings } from "../text/readings.js";
import { tokenize, type Aliases, type Word } from "../text/tokens.js";
import { carriedBody, carriedPerson, carriedProvider, hasBodyReference, hasPersonPronoun, hasProviderReference, type Carried } from "../text/carried.js";
import { answers, judgeParagraph, type Element, type ParagraphElement } from "../text/requirement-map.js";
import { lexiconTerms, vetoThreshold, type PreparedModel } from "../text/element-model.js";
import { callsProgramByArticle } from "../text/clauses.js";
import { mappedLines } from "../text/sections.js";
import { collapseSpaces } from "../text/spaces.js";
import { emptyStrings, stringList } from "../text/string-lists.js";

/** One paragraph of the section. `fact` is a text-fact view of it, so it can be searched and located like a block. */
export interface Unit {
  fact: Fact;
  /** The cyd fact that holds it, if any. */
  block?: Fact;
  headings: string[];
  /** The paragraph that introduces it when it is an item of a list ("Our CISO's responsibilities include:"): it lends the item its subject. */
  leadIn?: string;
  /** The unit read before it (none for the first): where a clause's "the program" may have been named (textBefore). */
  previous?: Unit;
}

/** The cache key of what a paragraph carries from the paragraphs before it (round 52). */
function carriedKey(c: Carried): string {
  return `${c.person ? `${c.person.key}:${c.person.gender ?? ""}` : ""}|${c.body ? `${c.body.kind}:${c.body.head ?? ""}:${c.body.subject ? 1 : 0}` : ""}|${c.provider ? `${c.provider.nouns.join(",")}:${c.provider.pronoun}` : ""}`;
}

/** The most characters textBefore reads back: a program is named near where it is called "the program", and a long document's every paragraph is not read again for each. */
const BEFORE_CHARS = 20_000;

/**
 * The text read before a unit, one paragraph a line, with each nearest heading as a line where it changes (its own too):
 * where a clause's "the program" was named (src/text/clauses.ts withProgramAntecedent), by a paragraph ("Our information
 * security program …") or a heading ("Customer Rewards Program"). At most BEFORE_CHARS characters, the nearest kept.
 */
export function textBefore(u: Unit): string {
  const lines: string[] = [];
  const heading = (x: Unit | undefined) => (x ? x.headings[x.headings.length - 1] : undefined);
  let chars = 0;
  for (let x: Unit | undefined = u; x && chars < BEFORE_CHARS; x = x.previous) {
    if (x !== u) lines.push(x.fact.text);
    const h = heading(x);
    if (h !== undefined && h !== heading(x.previous)) lines.push(h);
    chars += x === u ? 0 : x.fact.text.length;
  }
  return lines.reverse().join("\n");
}

/** Text facts that are not wholly inside another text fact (every fragment counted, not only the first). */
export function outermost(facts: Fact[]): Fact[] {
  type Frag = { r: SourceRange; i: number };
  const frags: Frag[] = [];
  facts.forEach((f, i) => {
    for (const r of fragmentsOf(f)) frags.push({ r, i });
  });
  frags.sort((a, b) => (a.r.file < b.r.file ? -1 : a.r.file > b.r.file ? 1 : 0) || a.r.start - b.r.start || b.r.end - a.r.end);
  // A fact is inner when each of its fragments lies inside a fragment of another fact.
  const outside = new Set<number>();
  let file: string | undefined;
  let reach = -1;
  let reachStart = -1;
  let owner = -1;
  for (const { r, i } of frags) {
    if (r.file !== file) {
      file = r.file;
      reach = -1;
      owner = -1;
    }
    const inside = r.end <= reach && owner !== i && !(r.start === reachStart && r.end === reach);
    if (!inside) outside.add(i);
    if (r.end > reach) {
      reach = r.end;
      reachStart = r.start;
      owner = i;
    }
  }
  return facts.filter((_, i) => outside.has(i));
}

export function fragmentsOf(f: Fact): SourceRange[] {
  return f.fragments ?? [{ file: f.position.file, start: f.offset, end: f.endOffset }];
}

/** A flag's fragment, with its flag. */
export interface FlagFragment extends SourceRange {
  flag: Fact;
}

/**
 * The fragments of the visible flags, sorted by start once, so that each paragraph looks only at the
 * flags near it: a stranger's file with many flags and many paragraphs stays linear, not flags × paragraphs.
 */
export function flagFragments(facts: Fact[]): FlagFragment[] {
  return facts
    .filter((f) => f.kind !== "text" && !f.hidden)
    .flatMap((flag) => fragmentsOf(flag).map((r) => ({ ...r, flag })))
    .sort((a, b) => a.start - b.start);
}

/**
 * The flag fragments of `range`'s file that start inside it; with `overlapping`, also the one that
 * starts just before it and reaches into it (a flag's tag opens before the value's first character).
 */
export function flagFragmentsIn(sorted: FlagFragment[], range: SourceRange, overlapping = false): FlagFragment[] {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid].start < range.start) lo = mid + 1;
    else hi = mid;
  }
  const out: FlagFragment[] = [];
  if (overlapping && lo > 0 && sorted[lo - 1].end > range.start) out.push(sorted[lo - 1]);
  for (let i = lo; i < sorted.length && sorted[i].start < range.end; i++) out.push(sorted[i]);
  return out.filter((r) => r.file === range.file);
}

/**
 * The label an untagged paragraph carries in messages and `disclint facts`: text beside the tags
 * of a tagged filing, the section of a filing that tags none of it, or a draft's section.
 */
export function untaggedLabel(d: Disclosure): string {
  const item = d.section?.item;
  if (d.facts.length > 0) return item ? `untagged Item ${item} text` : "untagged text of the cybersecurity section";
  if (inputClassOf(d) === "untagged") return item ? `the untagged Item ${item} section` : "the untagged cybersecurity section";
  return item ? `the draft's Item ${item}` : "the draft's cybersecurity section";
}

/**
 * The units of a disclosure: the section's paragraphs when a reader found the section (each given the
 * innermost cyd fact that holds most of it), then the paragraphs of cyd text blocks that lie outside
 * the section; without a section, the paragraphs of the outermost cyd text blocks.
 */
export function buildUnits(d: Disclosure, outer: Fact[], lineIndex: (file: string) => LineIndex): Unit[] {
  // Every unit is made with the same fields in the same order (`block` and `leadIn` undefined where
  // there is none): one hidden class, so the code that reads units is not deoptimised by a unit of
  // another shape (round 27).
  const units: Unit[] = [];
  const label = untaggedLabel(d);
  const section = d.section;
  // A flag that wraps a sentence holds it too: its text is read, as the filer tagged it.
  const holders = d.facts.filter((f) => !f.hidden);
  // A block wholly inside the section is read through the section's paragraphs; one with a
  // fragment elsewhere (a continuation in another document of the set) adds the paragraphs the
  // section does not already hold.
  const first = section?.paragraphs[0]?.start ?? 0;
  const last = section?.paragraphs[section.paragraphs.length - 1]?.end ?? -1;
  const covered = (f: Fact) => section !== undefined && fragmentsOf(f).every((r) => r.file === section.file && r.start < last && r.end > first);
  const seen = new Set(section?.paragraphs.map((p) => collapseSpaces(p.text)) ?? []);
  if (section) {
    const flags = flagFragments(holders);
    for (const p of section.paragraphs) {
      // A paragraph of flag values and their captions only (a flags table) is markup, not prose.
      if (flagsAndCaptionsOnly(p, flags)) continue;
      const block = holderOf(p, holders);
      units.push({ fact: unitFact(p, block, label, lineIndex), block, headings: stringList(p.headings), leadIn: undefined, previous: undefined });
    }
  }
  for (const f of outer) {
    if (f.hidden || covered(f)) continue;
    for (const part of paragraphsOf(f, lineIndex)) {
      if (seen.has(collapseSpaces(part.text))) continue;
      units.push({ fact: part, block: f, headings: emptyStrings(), leadIn: undefined, previous: undefined });
    }
  }
  for (let i = 1; i < units.length; i++) units[i].previous = units[i - 1];
  lendLeadIns(units);
  return units;
}

/** A paragraph that introduces a list: it ends in a colon ("Our program includes:"). */
const LEAD_IN = /:["\u201d]?$/;
/** An item of a list: a bullet, a letter or number in brackets, or a lower-case word ("reporting to the Audit Committee …"). */
const ITEM_OPENS = /^(?:[•●▪◦‣·*\-–]|\(?(?:[a-z]|[ivx]{1,4}|\d{1,2})\)\s|[a-z])/;
/** An item the list goes on after ("…;", "…; and", "…, or"). */
// ((?<!\s): a run of spaces is tried from its first one only, not from each, which was quadratic on a run of spaces.)
export const ITEM_GOES_ON = /(?:[;,]|(?<!\s)[;,]?\s+(?:and|or))$/;
const LEAD_IN_CHARS = 600;
const BULLET = /^[•●▪◦‣·*\-–]/;

/**
 * The lexicon of drafting placeholders and notes ("[NTD: HR to provide the CISO's background - years of experience …]"):
 * a note is the drafter's question, not the filer's statement, so its words answer no element. Blanked (same length,
 * so offsets hold) before a paragraph is judged; the draft-placeholder rule reports the note itself.
 */
export const DRAFTING_NOTES = "placeholders";

/** Where a text's drafting notes stand (none without the lexicon: a user's rule set may not have it). */
export function draftingNotes(notes: Lexicon | undefined, text: string): Span[] {
  return notes ? notes.matchAll(text) : [];
}

/** The text with its drafting notes blanked, same length. */
export function filerStatement(text: string, notes: Span[]): string {
  if (notes.length === 0) return text;
  let out = "";
  let at = 0;
  for (const n of notes) {
    if (n.start < at) continue;
    out += text.slice(at, n.start) + " ".repeat(n.end - n.start);
    at = n.end;
  }
  return out + text.slice(at);
}

/**
 * Gives each item of a list its lead-in: the paragraphs after one that ends in a colon, under the
 * same headings, as long as each opens as an item or the one before it goes on ("…; and"). The
 * readers make a paragraph of each item (Markdown and HTML lists, "•" paragraphs, Word lists), so
 * an item alone has lost its subject ("• reporting to the Audit Committee each quarter" under "Our
 * CISO's responsibilities include:").
 */
function lendLeadIns(units: Unit[]): void {
  let leadIn: string | undefined;
  let prev: Unit | undefined;
  for (const u of units) {
    const text = u.fact.text.trim();
    const before = prev?.fact.text.trim() ?? "";
    const item =
      leadIn !== undefined && prev !== undefined && prev.block === u.block && prev.headings.join("\n") === u.headings.join("\n") && (ITEM_OPENS.test(text) || ITEM_GOES_ON.test(before) || LEAD_IN.test(before));
    if (item) u.leadIn = leadIn;
    else leadIn = undefined;
    if (LEAD_IN.test(text) && text.length <= LEAD_IN_CHARS) leadIn = text;
    prev = u;
  }
}

/** A flag's bare value; a flag that wraps a sentence (ixt:fixed-true) has that sentence as its raw text. */
const BARE_FLAG_VALUE = /^(?:true|false|yes|no|[\u2610\u2611\u2612\u2713\u2714\u2717\u2718])$/i;

/** The longest caption a flag's label cell or line carries ("Materially affected or reasonably likely to materially affect"). */
const CAPTION_WORDS = 16;
/**
 * The longest caption that ends in a colon before its value, or stands before a ballot box: the form's question in Item 106's own
 * words ("Management positions or committees responsible report information about cybersecurity
 * risks to the Board of Directors or a committee thereof: ☐", 19 words; realistic set 16's harrowby).
 */
const COLON_CAPTION_WORDS = 40;
/** A word that ends a sentence, so the words around the flag values are prose, not captions. */
const SENTENCE_END = /[.!]["\u201d)]?$/;
/** Words split at spaces and around ballot boxes, which captions often touch ("engaged:\u2612"). */
const WORD_BREAK = /\s+|(?=[\u2610-\u2612\u2713-\u2718])|(?<=[\u2610-\u2612\u2713-\u2718])/;
/** A ballot box or check mark: the value of a form's question. */
const BALLOT_BOX = /^[\u2610\u2611\u2612\u2713\u2714\u2717\u2718]$/;
const ABBREVIATION = /^(?:[A-Z]\.)+$|^(?:No|Inc|Co|Corp|Ltd)\.$/;

/**
 * Whether the paragraph holds bare flag values and, besides them, at most their captions: a table row
 * or a line of "Label: ☒" pairs, or flag values only ("truetruefalse" in a display:none paragraph).
 * That is markup, not prose: a caption that repeats the taxonomy's wording ("reasonably likely to
 * materially affect") states nothing, and read as prose it would answer the flag it labels.
 */
function flagsAndCaptionsOnly(p: SectionParagraph, flags: FlagFragment[]): boolean {
  if (p.text.length > 2048) return false;
  const values: string[] = [];
  for (const { flag } of flagFragmentsIn(flags, p, true)) {
    const value = flag.raw.trim();
    if (!BARE_FLAG_VALUE.test(value)) return false;
    values.push(value.toLowerCase());
  }
  if (values.length === 0) return false;
  if (p.text.replace(/\s+/g, "").toLowerCase() === values.join("")) return true;
  // Cut the words at the flag values, in order: what lies between two values is one caption.
  const captions: string[][] = [[]];
  let next = 0;
  for (const word of p.text.split(WORD_BREAK)) {
    if (word === "") continue;
    const bare = word.replace(/[.;,]$/, "").toLowerCase();
    if (next < values.length && bare === values[next]) {
      next++;
      captions.push([]);
    } else captions[captions.length - 1].push(word);
  }
  if (next < values.length) return false;
  // Each caption is the words before its value (the last one: after the last value, if any). A colon or a question mark
  // before it, or a ballot box as the value, marks the words before it as a form's question, which may be written out in
  // full (set 19's northcote: a 19-word row caption beside its box; set 23's redbluff: Item 106's 23-word question
  // "Does the registrant have processes to oversee …?" beside "Yes").
  const asked = (c: string[], i: number) => i < values.length && c.length > 0 && (/[:?]$/.test(c[c.length - 1]) || BALLOT_BOX.test(values[i]));
  const longest = (c: string[], i: number) => (asked(c, i) ? COLON_CAPTION_WORDS : CAPTION_WORDS);
  return captions.every((c, i) => c.length <= longest(c, i) && !c.some((w) => SENTENCE_END.test(w) && !ABBREVIATION.test(w)));
}

/**
 * The innermost text block with a fragment over more than half of the paragraph (or over its
 * start); else a flag that wraps most of it.
 */
function holderOf(p: SectionParagraph, facts: Fact[]): Fact | undefined {
  return innermostOver(p, facts.filter((f) => f.kind === "text")) ?? innermostOver(p, facts.filter((f) => f.kind !== "text"));
}

function innermostOver(p: SectionParagraph, facts: Fact[]): Fact | undefined {
  let best: { f: Fact; size: number } | undefined;
  const len = Math.max(1, p.end - p.start);
  for (const f of facts) {
    for (const r of fragmentsOf(f)) {
      if (r.file !== p.file) continue;
      const overlap = Math.min(r.end, p.end) - Math.max(r.start, p.start);
      if (overlap * 2 <= len && !(r.start <= p.start && r.end > p.start && f.kind === "text")) continue;
      if (overlap <= 0) continue;
      const size = r.end - r.start;
      if (!best || size < best.size) best = { f, size };
    }
  }
  return best?.f;
}

function unitFact(p: SectionParagraph, block: Fact | undefined, untagged: string, lineIndex: (file: string) => LineIndex): Fact {
  return {
    concept: block?.concept ?? "",
    kind: "text",
    value: p.text,
    raw: p.text,
    text: p.text,
    textMap: p.textMap,
    label: block ? (block.label ?? conceptInfo(block.concept)?.label ?? block.concept) : untagged,
    position: lineIndex(p.file).position(p.start, p.end),
    offset: p.start,
    endOffset: p.end,
  };
}

/** A text fact's paragraphs (its text split at line breaks), each a fact of the same concept, where it lies. */
function paragraphsOf(f: Fact, lineIndex: (file: string) => LineIndex): Fact[] {
  return mappedLines(f.text, f.textMap).map((part) => {
    const at = part.map.length ? { start: part.map[0][1], end: part.map[part.map.length - 1][1] + Math.max(1, part.text.length - part.map[part.map.length - 1][0]) } : undefined;
    const where = at ? { position: lineIndex(f.position.file).position(at.start, at.end), offset: at.start, endOffset: at.end } : {};
    // A part keeps its block's name, for messages that say where text was found.
    return { ...f, label: f.label ?? conceptInfo(f.concept)?.label ?? f.concept, value: part.text, raw: part.text, text: part.text, textMap: part.map, ...where };
  });
}

/** An element the learned veto took from a paragraph: the model's best probability over the whole and each sentence. */
export interface Veto {
  id: string;
  probability: number;
  threshold: number;
}

/** The learned veto a rule set carries (rules/models/element-veto.json): its weights, read and numbered when a paragraph first needs them. */
export interface ElementVeto {
  /** Where the model came from (a message's name for it). */
  file: string;
  model(): PreparedModel;
}

/** Units with what each says about each element, judged once per document. */
export class ElementJudge {
  private readonly judged = new Map<Unit, ParagraphElement[]>();
  /** What the learned veto took from each unit (only units it took something from). */
  private readonly vetoes = new Map<Unit, Veto[]>();
  private readonly vetoesByText = new Map<string | undefined, Map<string, Veto[]>>();
  /** Judgements by what they depend on (the text and the nearest heading): a paragraph repeated in the document is judged once. */
  private readonly byText = new Map<string | undefined, Map<string, ParagraphElement[]>>();

  constructor(
    readonly elements: Element[],
    private readonly lexicon: (name: string) => Lexicon,
    private readonly cues: Cues,
    /** The defined terms of the section ("the Risk and Compliance Committee (the “RCC”)"). */
    private readonly aliases: () => Aliases,
    /** The learned veto, applied after the lexicon judge (none: the lexicons' answer stands). */
    private readonly veto?: ElementVeto,
    /** The document's texts read once, with `aliases` (round 37): the judge and the veto read each paragraph's words and sentences from it. */
    private readonly reading?: TextReadings,
  ) {}

  of(u: Unit): ParagraphElement[] {
    let j = this.judged.get(u);
    if (j) return j;
    const heading = u.headings[u.headings.length - 1];
    let byText = this.byText.get(heading);
    if (!byText) this.byText.set(heading, (byText = new Map()));
    // A paragraph that calls its program "the program" is read with the text before it too (judge), and keyed by it.
    const own = u.leadIn === undefined ? u.fact.text : `${u.leadIn}\n${u.fact.text}`;
    // Round 52: a paragraph whose pronouns carry a manager named in an earlier paragraph is keyed by that manager too.
    const carried = this.carried(u);
    const plain = callsProgramByArticle(u.fact.text) ? `${own}\n\u0000${textBefore(u)}` : own;
    const key = carried ? `${plain}\n\u0001${carriedKey(carried)}` : plain;
    j = byText.get(key);
    if (!j) {
      // The paragraph as the filer states it, its drafting notes blanked: what the judge and the veto both read.
      const said = this.statement(u.fact.text);
      j = this.judge(u, said, carried);
      if (this.veto) j = this.applyVeto(u, said, j, heading, key);
      byText.set(key, j);
    }
    const vetoed = this.vetoesByText.get(heading)?.get(key);
    if (vetoed) this.vetoes.set(u, vetoed);
    this.judged.set(u, j);
    return j;
  }

  /**
   * Round 52 (src/text/carried.ts): the manager a paragraph's "He" / "She" stands for when the paragraph names no one before
   * its pronoun and an earlier paragraph of the section named the manager; read only for a paragraph with such a pronoun
   * (not a list item: its lead-in lends it its subject).
   */
  private carried(u: Unit): Carried | undefined {
    if (u.leadIn !== undefined || !u.previous) return undefined;
    const pronoun = hasPersonPronoun(u.fact.text);
    const reference = hasBodyReference(u.fact.text);
    // Round 53: "It", "They", "the firm" for a provider named in an earlier paragraph
    const firm = hasProviderReference(u.fact.text);
    if (!pronoun && !reference && !firm) return undefined;
    const reading = this.reading;
    const aliases = this.aliases();
    // The person, body and provider walks read the same earlier paragraphs: each is tokenized once.
    const seen = new Map<Unit, Word[]>();
    const words = (x: Unit): Word[] => {
      let w = seen.get(x);
      if (!w) seen.set(x, (w = reading ? reading.words(x.fact.text) : tokenize(x.fact.text, aliases)));
      return w;
    };
    function* before(): Generator<{ words: Word[]; text: string }> {
      for (let x = u.previous; x; x = x.previous) yield { words: words(x), text: x.fact.text };
    }
    function* beforeWords(): Generator<Word[]> {
      for (const p of before()) yield p.words;
    }
    const person = pronoun ? carriedPerson(before()) : undefined;
    const body = reference ? carriedBody(beforeWords()) : undefined;
    const provider = firm ? carriedProvider(beforeWords()) : undefined;
    return person || body || provider ? { person, body, provider } : undefined;
  }

  /** The paragraph as the filer states it: its drafting notes blanked. */
  private statement(text: string): string {
    return filerStatement(text, draftingNotes(this.lexicon(DRAFTING_NOTES), text));
  }

  /** The elements the learned veto took from the unit (judge it first: `of`). */
  vetoed(u: Unit): Veto[] {
    this.of(u);
    return this.vetoes.get(u) ?? [];
  }

  /**
   * The learned model, the one place it is applied (round 31's veto; round 32's admit side). Veto: each element the
   * lexicon judge answered is dropped when the model's best probability over the paragraph and each of its sentences is
   * below the veto threshold; a paragraph's cross-references for it stay; an answer its heading gives is not judged.
   * Admit (combination "both"): an element of the catalog no word list answered is added when that probability reaches
   * the admit threshold, with a reason of its own ({ by: "learned" }) and no matched words, so the checks that read words
   * (parts, affirmed and negative answers, clause and topic tests) find nothing in it: it can answer "no text describes
   * X", never state a yes or a no. The features are read only for a paragraph the model has something to judge.
   */
  private applyVeto(u: Unit, said: string, judged: ParagraphElement[], heading: string | undefined, key: string): ParagraphElement[] {
    const model = this.veto!.model();
    if (model.combination !== "veto" && model.combination !== "both") return judged;
    const { veto: threshold, admit } = model.thresholds[model.combination];
    // An answer a heading gives (the filer's own "Board Oversight" over the paragraph) is not the words' to overrule.
    // An element whose own threshold is 0 (round 36's per-element thresholds) is never vetoed: not judged.
    // Round 44: nor an answer with a match in a sentence of its element's `vetoKeeps` shape (a position in an object relative).
    const judgeable = judged.filter((pe) => answers(pe) && model.has(pe.id) && !pe.reasons.some((r) => r.by === "heading") && vetoThreshold(model, threshold, pe.id, true) > 0 && !this.vetoKeeps(pe, said));
    const admissible = model.combination === "both" && admit < 1 ? this.elements.filter((el) => model.has(el.id) && !judged.some((pe) => pe.id === el.id && answers(pe))) : [];
    if (judgeable.length === 0 && admissible.length === 0) return judged;
    // The unit's own text, as the model was trained and measured on (npm run eval reads each paragraph so).
    const answered = judged.filter(answers);
    // The clause-role (round 33) and agreement (round 35) features read where each answered element's quoted words stand: the terms `disclint facts` shows.
    // A lone-only veto (round 36) and an evidence reading (round 38) read the same quoted words for where each answer's evidence stands.
    const evidence = model.features.roles || model.features.agreement || model.loneOnly || (model.reading !== undefined && model.reading !== "all") ? new Map(answered.map((pe) => [pe.id, lexiconTerms(pe.reasons)])) : undefined;
    const read = model.read(said, u.headings, this.aliases(), answered.map((pe) => pe.id), evidence, this.reading);
    const vetoed: Veto[] = [];
    for (const pe of judgeable) {
      // The element's own threshold (round 36); 0: this answer is not the veto's to judge.
      const own = vetoThreshold(model, threshold, pe.id, read.lone.has(pe.id));
      if (own <= 0) continue;
      const probability = model.bestProbability(pe.id, read);
      if (probability < own) vetoed.push({ id: pe.id, probability, threshold: own });
    }
    const admitted: ParagraphElement[] = [];
    for (const el of admissible) {
      const probability = model.bestProbability(el.id, read);
      if (probability < admit) continue;
      const references = judged.find((pe) => pe.id === el.id)?.references ?? [];
      admitted.push({ id: el.id, reasons: [{ by: "learned", probability, threshold: admit }], matches: [], negative: [], references, parts: {} });
    }
    if (vetoed.length === 0 && admitted.length === 0) return judged;
    if (vetoed.length) {
      let byText = this.vetoesByText.get(heading);
      if (!byText) this.vetoesByText.set(heading, (byText = new Map()));
      byText.set(key, vetoed);
    }
    const out: ParagraphElement[] = [];
    for (const pe of judged) {
      if (admitted.some((a) => a.id === pe.id)) continue;
      if (!vetoed.some((v) => v.id === pe.id)) out.push(pe);
      else if (pe.references.length) out.push({ ...pe, reasons: [], matches: [], negative: [], parts: {} });
    }
    // In the catalog's order, as the lexicon judge answers.
    if (admitted.length === 0) return out;
    const order = new Map(this.elements.map((el, i) => [el.id, i]));
    return [...out, ...admitted].sort((a, b) => (order.get(a.id) ?? order.size) - (order.get(b.id) ?? order.size));
  }

  /** Whether the answer has a match in a sentence its element's `vetoKeeps` lexicon matches (round 44): not the veto's to judge. */
  private vetoKeeps(pe: ParagraphElement, said: string): boolean {
    const name = this.elements.find((el) => el.id === pe.id)?.vetoKeeps;
    if (name === undefined || pe.matches.length === 0) return false;
    const keeps = this.lexicon(name);
    const words = this.reading ? this.reading.words(said) : tokenize(said, this.aliases());
    return pe.matches.some((m) => m.sentence.end <= said.length && keeps.testRange(said, words, m.sentence.start, m.sentence.end));
  }

  /**
   * A list item is judged alone and then with its lead-in before it, as one sentence ("Our CISO's
   * responsibilities include: reporting to the Audit Committee each quarter …"): an element the
   * second reading finds is added where some of its words are the item's own, so an item does not
   * take what its lead-in alone says (the lead-in answers that itself).
   */
  private judge(u: Unit, text: string, carried?: Carried): ParagraphElement[] {
    // The section's text before the paragraph: where the program it calls "the program" was named.
    const before = () => textBefore(u);
    const alone = judgeParagraph({ text, headings: u.headings, before, carried }, this.elements, this.lexicon, this.cues, this.aliases(), this.reading);
    if (u.leadIn === undefined) return alone;
    const from = u.leadIn.length + 1;
    // The item's bullet is blanked (same length, so offsets hold): the two read as one sentence.
    const item = text.replace(BULLET, (b) => " ".repeat(b.length));
    const lent = judgeParagraph({ text: `${u.leadIn} ${item}`, headings: u.headings, before }, this.elements, this.lexicon, this.cues, this.aliases(), this.reading);
    // Words that reach into the item ("The Audit Committee: oversees our cybersecurity program"). Not
    // words of the lead-in alone, even where they run to its colon ("Our CISO's responsibilities
    // include:"): the lead-in answers that itself (lent to every item, they took the corpus test's
    // management-role precision below its floor, round 24).
    const own = (m: LexiconMatch) => m.end > from;
    const shift = (m: LexiconMatch): LexiconMatch => ({
      ...m,
      start: Math.max(0, m.start - from),
      end: m.end - from,
      sentence: { start: Math.max(0, m.sentence.start - from), end: Math.max(0, m.sentence.end - from) },
    });
    const out = alone.slice();
    let lentAny = false;
    for (const pe of lent) {
      if (alone.some((a) => a.id === pe.id && answers(a)) || !pe.reasons.some((r) => r.by === "lexicon") || !pe.matches.some(own)) continue;
      const parts: Record<string, LexiconMatch[]> = {};
      for (const [id, ms] of Object.entries(pe.parts)) parts[id] = ms.filter(own).map(shift);
      const lentElement: ParagraphElement = {
        ...pe,
        reasons: pe.reasons.filter((r) => r.by === "lexicon"),
        matches: pe.matches.filter(own).map(shift),
        negative: pe.negative.filter(own).map(shift),
        references: [],
        parts,
      };
      const at = out.findIndex((a) => a.id === pe.id);
      if (at >= 0) out[at] = lentElement;
      else out.push(lentElement);
      lentAny = true;
    }
    // As in judgeParagraph: a heading speaks only for an item whose words say nothing.
    return lentAny ? out.map((pe) => ({ ...pe, reasons: pe.reasons.filter((r) => r.by === "lexicon") })).filter((pe) => pe.reasons.length || pe.references.length) : out;
  }

  element(id: string): Element | undefined {
    return this.elements.find((e) => e.id === id);
  }

  /** Whether any unit answers the element. */
  answered(units: Unit[], id: string): boolean {
    return units.some((u) => this.of(u).some((pe) => pe.id === id && answers(pe)));
  }
}
