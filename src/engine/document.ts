import { conceptInfo } from "../model/concepts.js";
import { paragraphCitation } from "../model/citation.js";
import { LineIndex, MappedTextBuilder, sourceRange, textOffset } from "../model/position.js";
import { inputClassOf, type Disclosure, type Fact, type InputClass, type Position } from "../model/types.js";
import { findMatches, type Cues, type Lexicon, type LexiconMatch, type Span, type Word } from "../text/lexicon.js";
import { maskMarkup } from "../text/markup-mask.js";
import { decodeEntities } from "../sources/xml-scan.js";
import { blankComments } from "../sources/comment-mask.js";
import { answers, type Element, type ParagraphElement, type Reason } from "../text/requirement-map.js";
import { appendMapped } from "../text/sections.js";
import { topicSpan, withProgramAntecedent } from "../text/clauses.js";
import { harvestAliases } from "../text/aliases.js";
import { splitSentences, type Sentence } from "../text/sentences.js";
import { TextReadings } from "../text/readings.js";
import type { Aliases } from "../text/tokens.js";
import { elementsOfReport } from "../model/report-kind.js";
import { buildUnits, DRAFTING_NOTES, draftingNotes, ElementJudge, flagFragments, flagFragmentsIn, fragmentsOf, outermost, textBefore, untaggedLabel, type ElementVeto, type Unit, type Veto } from "./elements.js";
import { excerpt, type Hit } from "./hit.js";
import { clipToBlock, placesSentence } from "./block-text.js";
import { composedWords } from "./block-words.js";

/** Which text blocks a text or mentions fact reads. */
export interface TextScope {
  /** Concept local names; absent = every cyd text block ("the disclosure"). */
  concepts?: string[];
  /** Read only the first of `concepts` that is present ("#13, else #11"). */
  firstPresent?: boolean;
}

export type Polarity = "affirmed" | "any" | "not-negated" | "negated" | "hypothetical" | "negated-or-hypothetical";

/**
 * An element's `impliedBy` (schemas/requirement.schema.json): another element whose yes, in a
 * sentence the `sentence` lexicon matches, addresses it for the section. Read here and checked by the
 * rule loader; requirement-map.ts, which judges paragraphs, does not read it.
 */
export interface Implication {
  element: string;
  sentence?: string;
  /** A lexicon that must not match in that sentence (read with the document's defined terms: a body it names as management's). */
  without?: string;
  /** Round 42: only where this element is unaddressed too (one gap told once: its absence is this element's). */
  whenUnaddressed?: string;
}

export type WithImplications = Element & { impliedBy?: Implication[] };

export interface MentionQuery {
  lexicon: string;
  scope: TextScope;
  polarity: Polarity;
  /** Another lexicon that must match in the same sentence (affirmed or not). */
  with?: string;
  /** Another lexicon that must not match in the same sentence. */
  without?: string;
  /** Another lexicon whose match holding the whole match makes it not count ("security team" of management-positions inside management-team's "security team": a team, not a position). */
  notWithin?: string;
  /** Lexicons in order of preference: hits whose clause one of them matches come first, by the first that does (a locate quotes the first hit). */
  prefer?: string[];
}

interface FactMatch extends LexiconMatch {
  fact: Fact;
}

/** One paragraph of the section as `disclint facts` shows it (a stable shape: the eval harness reads it). */
export interface DescribedParagraph {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  text: string;
  /** The cyd concept of the block that holds it, or "untagged". */
  block: string;
  headings: string[];
  /** Element ids it addresses (negative answers included). */
  elements: string[];
  /** Element ids it answers with an explicit no. */
  negative: string[];
  /** Element ids it only refers elsewhere for ("see Item 1A, Risk Factors"). */
  refs: string[];
  /** Element id → why: a heading above it, or a lexicon and the words that matched. */
  evidence: Record<string, Reason[]>;
  /** Elements the lexicons found and the learned veto took away (rules/models/element-veto.json); absent when none. */
  vetoed?: Veto[];
}

/** Which answers an `element` query wants: any, an affirmed yes (not negated, not hypothetical), an explicit no, or a cross-reference only. */
export type Answer = "any" | "affirmed" | "negative" | "reference";

export interface ElementQuery {
  id: string;
  answer: Answer;
  /** Matches of one of the element's parts (in paragraphs that address it), filtered by `answer`: affirmed, negative (negated) or any. */
  part?: string;
  /** Only its own block (and, in a draft, its own paragraphs), not the whole section. */
  ownBlock?: boolean;
  /** Only these cyd blocks (by concept local name): where a finding should point at a particular block's text. */
  concepts?: string[];
  /** Lexicons each of which must match in the clause of a hit (whose effect: "materially affected us"; about a cyber risk). */
  clauseHas?: string[];
  /** Lexicons none of which may match in the clause of a hit (another party's effect, a question, a class of incidents). */
  clauseLacks?: string[];
  /** Lexicons each of which must match in the sentence of a hit or the one before it in its paragraph (the topic a clause continues: about a cyber risk). */
  topicHas?: string[];
  /**
   * Lexicons none of which may match in the sentence of a hit (round 41): what qualifies a clause from elsewhere in its
   * sentence — an exception fronted before the clause's comma ("Other than the scans an approved scanning vendor performs
   * for us, we do not engage …"), an effect the sentence states beside a denial ("… reduced net sales by $45 million; we do
   * not believe the incident is reasonably likely to …").
   */
  sentenceLacks?: string[];
}

// A rule's params objects are the same for every document (conditions are compiled once per
// Linter): each is written as a memo key once, not once per document.
const paramsJson = new WeakMap<Record<string, unknown>, string>();

/**
 * One disclosure as the engine sees it, with everything derived from it computed once and cached:
 * facts by concept, sentences, lexicon matches, line indexes.
 */
export class DocumentContext {
  readonly byConcept = new Map<string, Fact[]>();
  private readonly sentenceCache = new Map<Fact, Sentence[]>();
  private readonly wordCache = new Map<Fact, Word[]>();
  /**
   * The same by text, shared with the element judge and the learned veto (round 37): facts of one text (a one-paragraph
   * block and its paragraph's unit) and the paragraphs the judge reads are split and tokenized once.
   */
  private readonly reading = new TextReadings(() => this.aliases());
  /** Generic facts' values by fact name, then by their params' JSON (both strings made once, so looked up without a key built per call). */
  private readonly factCache = new Map<string, Map<string, unknown>>();
  /** Text blocks whose text is not already part of an enclosing block (nested iXBRL facts). */
  private readonly outerTextFacts: Fact[];
  /** Text blocks inside another text block (made when a whole-disclosure hit first asks). */
  private innerTextFacts?: Fact[];
  private readonly matchCache = new Map<Fact, Map<string, FactMatch[]>>();
  private readonly notesCache = new Map<Fact, Span[]>();
  private readonly lineIndexes = new Map<string, LineIndex>();
  readonly disclosure: Disclosure;
  private readonly judge: ElementJudge;
  /** Every element id of the catalog, of either kind of report. */
  private readonly catalogIds: Set<string>;
  private unitList: Unit[] | undefined;
  /** The mismatched text blocks, each loose or not (made when the rule first asks). */
  private mismatchList?: { hit: Hit; loose: boolean; concept: string }[];
  private readonly mentionCache = new Map<string, Hit | undefined>();
  private aliasCache: Aliases | undefined;
  /**
   * Read as a draft: no cyd facts, so its elements' paragraphs are made into the text blocks rules
   * read. A prose draft, and a filing whose Item 1C / 16K is not tagged (inputClass "untagged").
   */
  readonly isDraft: boolean;
  /** The class the document is read as (a rule's `appliesTo.inputs` may name it). */
  readonly inputClass: InputClass | undefined;
  /** The cyd facts the readers found: none in a draft, whose text blocks are made from its paragraphs. */
  readonly cydFacts: Fact[];
  /** What its untagged text is called in messages ("the untagged Item 16K section", "the draft's Item 1C"). */
  private readonly untaggedName: string;

  constructor(
    disclosure: Disclosure,
    private readonly lexicons: Map<string, Lexicon>,
    private readonly cues: Cues,
    elements: Element[],
    /** The learned veto (RuleSet.elementVeto), applied after the lexicon judge; none: the lexicons' answer stands. */
    veto?: ElementVeto,
  ) {
    // An incident report (8-K, 6-K) is judged on its own elements, an annual disclosure on Item 106's.
    this.catalogIds = new Set(elements.map((e) => e.id));
    this.judge = new ElementJudge(elementsOfReport(elements, disclosure.form), (name) => this.lexicon(name), cues, () => this.aliases(), veto, this.reading);
    // A filing that tags none of its Item 1C (before cyd tagging, or a filer that did not tag) is
    // read as a draft is: its prose is all there is to check against Item 106 / 16K. The rules
    // that read tags (inputs "tagged") do not run on it; cyber-facts-present reports the tags.
    this.inputClass = inputClassOf(disclosure);
    this.isDraft = disclosure.section !== undefined && disclosure.facts.length === 0;
    this.disclosure = disclosure;
    this.cydFacts = disclosure.facts;
    this.untaggedName = untaggedLabel(disclosure);
    if (this.isDraft) {
      this.unitList = buildUnits(disclosure, [], (f) => this.lineIndex(f));
      this.disclosure = { ...disclosure, facts: this.draftFacts(this.unitList) };
    }
    this.outerTextFacts = this.isDraft ? [] : outermost(disclosure.facts.filter((f) => f.kind === "text"));
    for (const f of this.disclosure.facts) {
      const list = this.byConcept.get(f.concept);
      if (list) list.push(f);
      else this.byConcept.set(f.concept, [f]);
    }
  }

  /** A generic fact's value for these params, computed once per document. */
  memo(fact: string, params: Record<string, unknown>, compute: (ctx: DocumentContext, params: Record<string, unknown>) => unknown): unknown {
    let json = paramsJson.get(params);
    if (json === undefined) paramsJson.set(params, (json = JSON.stringify(params)));
    let byParams = this.factCache.get(fact);
    if (!byParams) this.factCache.set(fact, (byParams = new Map()));
    const known = byParams.get(json);
    if (known !== undefined || byParams.has(json)) return known;
    const value = compute(this, params);
    byParams.set(json, value);
    return value;
  }

  get inputFormat(): string | undefined {
    return this.disclosure.documents[0]?.format;
  }

  lexicon(name: string): Lexicon {
    const lex = this.lexicons.get(name);
    if (!lex) throw new Error(`unknown lexicon "${name}"`);
    return lex;
  }

  /** Text blocks in scope, in document order. */
  textFacts(scope: TextScope): Fact[] {
    const isText = (f: Fact) => f.kind === "text";
    // "The disclosure": every text once; a nested block's text is already in its parent's.
    if (!scope.concepts) return this.allText();
    if (scope.firstPresent) {
      for (const c of scope.concepts) {
        const facts = (this.byConcept.get(c) ?? []).filter((f) => isText(f) && f.text.trim() !== "");
        if (facts.length) return facts;
      }
      return [];
    }
    const wanted = new Set(scope.concepts);
    return this.disclosure.facts.filter((f) => isText(f) && wanted.has(f.concept));
  }

  text(scope: TextScope): string {
    return this.textFacts(scope).map((f) => f.text).join("\n\n");
  }

  sentences(fact: Fact): Sentence[] {
    let s = this.sentenceCache.get(fact);
    if (!s) {
      // By text as well: a block of one paragraph and that paragraph's unit, a clipped part equal to its paragraph, are facts of the same text (round 32).
      s = this.reading.sentences(fact.text);
      this.sentenceCache.set(fact, s);
    }
    return s;
  }

  private matchesIn(fact: Fact, lexiconName: string): FactMatch[] {
    let byLexicon = this.matchCache.get(fact);
    if (!byLexicon) this.matchCache.set(fact, (byLexicon = new Map()));
    let hits = byLexicon.get(lexiconName);
    if (!hits) {
      const found = findMatches(fact.text, this.sentences(fact), this.lexicon(lexiconName), this.cues, this.words(fact));
      // Pushed, not mapped: one kind of array for the readers of every fact's hits (see findMatches).
      hits = [];
      for (const m of found) hits.push({ ...m, fact });
      byLexicon.set(lexiconName, hits);
    }
    return hits;
  }

  private words(fact: Fact): Word[] {
    let words = this.wordCache.get(fact);
    if (!words) {
      // A cyd block of several paragraphs: its paragraphs' words, which the judge reads too (block-words.ts; round 39).
      const parts = this.isDraft ? undefined : this.paragraphTexts().get(fact);
      if (parts !== undefined && parts.length > 1) words = composedWords(fact.text, parts, (part) => this.reading.words(part), this.aliases());
      // By text as well (the document's aliases are the same for every fact), shared with the judge and the veto: see `reading`.
      words ??= this.reading.words(fact.text);
      this.wordCache.set(fact, words);
    }
    return words;
  }

  /** Each cyd block's paragraphs' texts (the section's units it holds), in document order (made when a block's words are first read). */
  private paragraphTexts(): Map<Fact, string[]> {
    if (this.paragraphsByBlock) return this.paragraphsByBlock;
    const byBlock = new Map<Fact, string[]>();
    for (const u of this.units()) {
      if (u.block === undefined) continue;
      const list = byBlock.get(u.block);
      if (list) list.push(u.fact.text);
      else byBlock.set(u.block, [u.fact.text]);
    }
    return (this.paragraphsByBlock = byBlock);
  }

  private paragraphsByBlock: Map<Fact, string[]> | undefined;

  mentions(q: MentionQuery): Hit[] {
    const out: Hit[] = [];
    // With `prefer`, each hit's rank: the index of the first preferred lexicon its clause matches.
    const ranks: number[] = [];
    for (const fact of this.textFacts(q.scope)) {
      for (const m of this.matchesIn(fact, q.lexicon)) {
        if (!polarityHolds(q.polarity, m)) continue;
        const inSentence = (other: string) =>
          this.matchesIn(fact, other).some((o) => o.start >= m.sentence.start && o.end <= m.sentence.end);
        if (q.with && !inSentence(q.with)) continue;
        if (q.without && inSentence(q.without)) continue;
        if (q.notWithin && this.matchesIn(fact, q.notWithin).some((o) => o.start <= m.start && m.end <= o.end)) continue;
        const hit = this.sentenceHit(m);
        // The whole disclosure reads each text once, in its outermost block; a term inside a nested
        // block is named by that block, the one a reader would fix.
        const inner = q.scope.concepts ? undefined : this.innermostHolding(fact, m.start, m.end);
        out.push(inner ? { ...hit, concept: inner.concept, label: labelOf(inner) } : hit);
        if (q.prefer) {
          const clause = this.clauseOf(fact.text, m);
          const rank = q.prefer.findIndex((name) => this.lexicon(name).test(clause));
          ranks.push(rank < 0 ? q.prefer.length : rank);
        }
      }
    }
    // "… IT regularly informs executives …; and the Audit Committee receives periodic reports from
    // management": the vague word to quote is the one in the clause that informs the board.
    if (!q.prefer) return out;
    // Pushed, not mapped (a holey list from `map` deoptimised this while V8 warmed up; round 31); the sort is stable, as before.
    const ranked: { hit: Hit; rank: number }[] = [];
    for (let i = 0; i < out.length; i++) ranked.push({ hit: out[i], rank: ranks[i] });
    ranked.sort((x, y) => x.rank - y.rank);
    const sorted: Hit[] = [];
    for (const x of ranked) sorted.push(x.hit);
    return sorted;
  }

  /** The innermost text block, other than `fact`, whose fragment holds this range of `fact`'s text. */
  private innermostHolding(fact: Fact, start: number, end: number): Fact | undefined {
    // Only a nested block can hold part of an outermost one: most filings have a handful, so a hit costs little.
    if (!this.innerTextFacts) {
      const outer = new Set(this.outerTextFacts);
      this.innerTextFacts = this.disclosure.facts.filter((f) => f.kind === "text" && !outer.has(f));
    }
    const inner = this.innerTextFacts;
    if (inner.length === 0 || fact.textMap.length === 0) return undefined;
    const [s, e] = sourceRange(fact.textMap, start, end);
    let best: Fact | undefined;
    let bestSize = Infinity;
    for (const f of inner) {
      if (f === fact) continue;
      for (const r of fragmentsOf(f)) {
        if (r.file === fact.position.file && r.start <= s && e <= r.end && r.end - r.start < bestSize) {
          best = f;
          bestSize = r.end - r.start;
        }
      }
    }
    return best;
  }

  sentenceHit(m: FactMatch): Hit {
    const { fact, sentence } = m;
    const sentenceText = fact.text.slice(sentence.start, sentence.end);
    return {
      position: this.mapped(fact, sentence.start, sentence.end),
      concept: fact.concept,
      label: labelOf(fact),
      evidence: excerpt(sentenceText, m.start - sentence.start, m.end - sentence.start),
      term: m.term,
      termPosition: this.mapped(fact, m.start, m.end),
    };
  }

  /** Source position of a range of a fact's plain text. */
  mapped(fact: Fact, start: number, end: number): Position {
    if (fact.textMap.length === 0) return fact.position;
    const [s, e] = sourceRange(fact.textMap, start, end);
    return this.lineIndex(fact.position.file).position(s, e);
  }

  positionIn(file: string, start: number, end: number): Position {
    return this.lineIndex(file).position(start, end);
  }

  private lineIndex(file: string): LineIndex {
    let idx = this.lineIndexes.get(file);
    if (!idx) {
      const doc = this.disclosure.documents.find((d) => d.file === file);
      idx = doc ? LineIndex.of(doc) : new LineIndex(file, "");
      this.lineIndexes.set(file, idx);
    }
    return idx;
  }

  /** Lexicon matches in the whole text of every document (markup masked), not only in cyd facts. */
  documentMentions(lexiconName: string): Hit[] {
    const lex = this.lexicon(lexiconName);
    const hits: Hit[] = [];
    for (const doc of this.disclosure.documents) {
      const markup = doc.format === "ixbrl" || doc.format === "html" || doc.format === "r-page-html" || doc.format === "xbrl-instance";
      // A Markdown draft's HTML comments are its reviewers' notes, never rendered or filed: not text, as its reader reads it.
      const source = doc.format === "markdown" ? blankComments(doc.text) : doc.text;
      const index = this.lineIndex(doc.file);
      // Windows of 1M characters overlapping by 8K keep memory bounded on a 150 MB filing; a match
      // is counted in the window where it starts before the overlap.
      for (let from = 0; from < doc.text.length; from += WINDOW) {
        const to = Math.min(doc.text.length, from + WINDOW + OVERLAP);
        const text = markup ? this.masked(doc.file, doc.text, from, to) : source.slice(from, to);
        for (const m of lex.matchAll(text)) {
          if (m.start >= WINDOW && to < doc.text.length) continue;
          // What the reader sees: "[&#9679;]" is shown as "[●]" (the mask pads a reference with spaces).
          const term = markup ? decodeEntities(doc.text.slice(from + m.start, from + m.end).replace(/<[^>]*>/g, " ")).replace(/\s+/g, " ").trim() : text.slice(m.start, m.end);
          hits.push({ position: index.position(from + m.start, from + m.end), evidence: excerpt(term), term: term.replace(/\s+/g, " ") });
        }
      }
    }
    return hits;
  }

  /** Masked windows of the documents, kept (up to MASK_CACHE_CHARS) for the next lexicon that searches the whole text. */
  private readonly masks = new Map<string, string>();
  private maskedChars = 0;

  private masked(file: string, text: string, from: number, to: number): string {
    const key = `${from}\u0000${file}`;
    let masked = this.masks.get(key);
    if (masked === undefined) {
      masked = maskMarkup(text, from, to);
      if (this.maskedChars + masked.length <= MASK_CACHE_CHARS) {
        this.masks.set(key, masked);
        this.maskedChars += masked.length;
      }
    }
    return masked;
  }

  factHit(fact: Fact, detail?: string): Hit {
    const shown = fact.kind === "text" ? fact.text : fact.raw;
    return { position: fact.position, concept: fact.concept, label: labelOf(fact), evidence: excerpt(shown), detail };
  }

  /**
   * The defined terms of the section ("the Risk and Compliance Committee (the “RCC”)") and the
   * bodies it names as the board's or management's, so "quarterly updates to the RCC" reads as an
   * update to that committee wherever the acronym is used.
   */
  private aliases(): Aliases {
    return (this.aliasCache ??= harvestAliases(this.units().map((u) => u.fact.text).join("\n")));
  }

  /** The section's paragraphs, each with the cyd block that holds it (built once). */
  units(): Unit[] {
    this.unitList ??= buildUnits(this.disclosure, this.outerTextFacts, (f) => this.lineIndex(f));
    return this.unitList;
  }

  /** What a unit says about each element. */
  judged(u: Unit): ParagraphElement[] {
    return this.judge.of(u);
  }

  get elements(): Element[] {
    return this.judge.elements;
  }

  /** Paragraphs in no cyd text block (untagged, or wrapped by a flag; a draft's are all), as text facts. */
  private untagged(): Fact[] {
    return this.units()
      .filter((u) => u.block?.kind !== "text")
      .map((u) => u.fact);
  }

  /** "The disclosure": every cyd text block once, and the section's untagged paragraphs. */
  private allText(): Fact[] {
    return this.disclosure.section ? [...this.outerTextFacts, ...this.untagged()] : this.outerTextFacts;
  }

  /**
   * The severity an element's absence is reported at: the catalog's calibrated `severity`, except
   * that a warning becomes info where the section uses the element's own words (lexicon
   * `hint-<id>`, when there is one) without the judge reading an answer in them. Absence of
   * evidence is then weak: the text may answer in words the detector does not know. null for an
   * unknown id.
   */
  absenceSeverity(id: string): string | null {
    const el = this.elements.find((e) => e.id === id);
    if (!el) return null;
    if (el.severity !== "warning") return el.severity;
    // Absence of evidence only after the whole section was searched: a section the reader doubts is no such search.
    if (this.disclosure.diagnostics.some((x) => x.code === "section-cut-short")) return "info";
    return this.hinted(el, this.allText()) ? "info" : el.severity;
  }

  /**
   * Where the section uses the element's own words when that made its absence info, as a sentence
   * for a fix ("Line 12 uses its words; check whether it answers: “…”. "); "" otherwise. A filer
   * then checks one sentence instead of the whole section.
   */
  absenceHint(id: string): string {
    const hit = this.absenceMention(id);
    if (!hit) return "";
    const stop = /[.!?…]$/.test(hit.evidence ?? "") ? "" : ".";
    return `Line ${hit.position.line} uses its words; check whether it answers: “${hit.evidence}”${stop} `;
  }

  /**
   * The same place for the absence's message, so the finding itself says why it is only info
   * ("; 12:5 uses its words (check whether they answer it)"); "" otherwise.
   */
  absenceNote(id: string): string {
    const hit = this.absenceMention(id);
    return hit ? `; ${hit.position.line}:${hit.position.column} uses its words (check whether they answer it)` : "";
  }

  /** The first sentence that uses the element's own words, when that made its absence info (once per element: the fix and the message both ask). */
  private absenceMention(id: string): Hit | undefined {
    if (this.mentionCache.has(id)) return this.mentionCache.get(id);
    const hit = this.findAbsenceMention(id);
    this.mentionCache.set(id, hit);
    return hit;
  }

  private findAbsenceMention(id: string): Hit | undefined {
    const el = this.elements.find((e) => e.id === id);
    if (!el || el.severity !== "warning" || this.absenceSeverity(id) !== "info") return undefined;
    const hint = `hint-${el.id}`;
    for (const fact of this.allText()) {
      const m = this.statedMatches(fact, hint)[0];
      if (m) return this.sentenceHit(m);
    }
    return undefined;
  }

  /** A lexicon's matches in the filer's own words: not inside a drafting note ("[NTD: … years of experience …]"). */
  private statedMatches(fact: Fact, lexiconName: string): FactMatch[] {
    const found = this.matchesIn(fact, lexiconName);
    const notes = this.notes(fact);
    return notes.length === 0 ? found : found.filter((m) => !notes.some((n) => m.start >= n.start && m.end <= n.end));
  }

  private notes(fact: Fact): Span[] {
    let notes = this.notesCache.get(fact);
    if (!notes) this.notesCache.set(fact, (notes = draftingNotes(this.lexicons.get(DRAFTING_NOTES), fact.text)));
    return notes;
  }

  /** Whether the element's own words (lexicon `hint-<id>`, when there is one) appear in these texts. */
  private hinted(el: Element, facts: Fact[]): boolean {
    const hint = `hint-${el.id}`;
    const lex = this.lexicons.get(hint);
    // Whether it matches, not where: the matches without their clause cues (findMatches gives one per span).
    return lex !== undefined && facts.some((f) => {
      if (this.notes(f).length) return this.statedMatches(f, hint).length > 0;
      const known = this.matchCache.get(f)?.get(hint);
      return known ? known.length > 0 : lex.test(f.text, this.words(f));
    });
  }

  /** What an absence finding says was searched. */
  searched(): string {
    const d = this.disclosure;
    if (this.isDraft) return this.untaggedName;
    if (d.section?.heading) return `the whole Item ${d.section.item ?? "1C"} section (tagged and untagged text)`;
    return "any cyd text block";
  }

  /**
   * Where the section addresses an element, as sentence hits: its own block first, then the other
   * cyd blocks, then the untagged text, each in document order. `detail` says where.
   */
  elementHits(q: ElementQuery): Hit[] {
    const el = this.judge.element(q.id);
    // An element of the other kind of report (an incident element on an annual disclosure) is not there to find.
    if (!el && this.catalogIds.has(q.id)) return [];
    if (!el) throw new Error(`unknown element "${q.id}"`);
    const own: Hit[] = [];
    const other: Hit[] = [];
    const untagged: Hit[] = [];
    const units = this.units();
    for (const u of units) {
      const isOwn = u.block ? u.block.concept === el.concept || u.block.concept === el.flag : this.isDraft && this.judged(u).some((pe) => pe.id === el.id && answers(pe));
      if (q.ownBlock && !isOwn) continue;
      if (q.concepts && !(u.block && q.concepts.includes(u.block.concept))) continue;
      const pe = this.judged(u).find((x) => x.id === el.id);
      if (!pe) continue;
      let found: LexiconMatch[];
      if (q.part) found = answers(pe) ? (pe.parts[q.part] ?? []).filter((m) => partHolds(q.answer, m)) : [];
      // A no in a paragraph that also says yes is no clear no ("performed internally and by outside consultants").
      else if (q.answer === "negative") found = pe.matches.some((m) => !m.negated && !m.hypothetical) ? [] : pe.negative;
      else if (q.answer === "reference") found = answers(pe) ? [] : pe.references;
      // A yes in a paragraph that also answers no is no clear yes.
      else if (q.answer === "affirmed") found = pe.negative.length ? [] : pe.matches.filter((m) => !m.negated && !m.hypothetical);
      else found = answers(pe) ? (pe.matches.length ? pe.matches : pe.negative.length ? pe.negative : []) : [];
      if (q.clauseHas || q.clauseLacks) found = found.filter((m) => this.clauseHolds(u.fact.text, m, q, () => textBefore(u)));
      if (q.topicHas) found = found.filter((m) => this.topicHolds(u.fact, m, q.topicHas ?? [], () => textBefore(u)));
      if (q.sentenceLacks) found = found.filter((m) => !this.sentenceMatches(u.fact.text, m, q.sentenceLacks ?? []));
      // A paragraph that addresses it by its heading alone is evidence too: point at its start.
      // At most one hit a paragraph; where it is is worked out only for a paragraph that has one.
      const hit = found.length
        ? this.sentenceHit({ ...found[0], fact: u.fact })
        : q.answer === "any" && !q.part && answers(pe)
          ? { ...this.factHit(u.fact), position: this.mapped(u.fact, 0, Math.min(u.fact.text.length, 1)) }
          : undefined;
      if (!hit) continue;
      const where = u.block ? (isOwn ? `its own block (${u.fact.label})` : u.fact.label) : u.fact.label;
      // An element the learned model admitted (no word list matched) says so: no words to quote.
      const learned = pe.reasons.length === 1 && pe.reasons[0].by === "learned" ? `, by the learned model (p = ${pe.reasons[0].probability.toFixed(2)})` : "";
      (isOwn ? own : u.block ? other : untagged).push({ ...hit, detail: `in ${where}${learned}` });
    }
    return [...own, ...other, ...untagged];
  }

  /**
   * Whether the clause a match sits in (from the clause break before it to the one after it, within
   * its sentence; rules/lexicons/clause-break.json) matches every lexicon of `clauseHas` and none of `clauseLacks`.
   */
  private clauseHolds(text: string, m: LexiconMatch, q: ElementQuery, before: () => string): boolean {
    const span = this.clauseSpan(text, m);
    const clause = text.slice(span.start, span.end);
    const has = (name: string) => this.lexicon(name).test(clause);
    if (!(q.clauseHas ?? []).every(has)) return false;
    // A clause that calls its program "the program" is read with the program its text named (src/text/clauses.ts
    // withProgramAntecedent): a lexicon it lacks must match that reading too ("We engage independent firms to assess and
    // test the program." after "Our information security program …" names the security topic). Only a lexicon that matched
    // the clause as written is read again, so the reading can only lift a clauseLacks, never add one.
    let read: string | undefined | null = null;
    const lacks = (name: string) => {
      if (!has(name)) return false;
      if (read === null) read = withProgramAntecedent(text, span, before());
      return read === undefined || this.lexicon(name).test(read);
    };
    return !(q.clauseLacks ?? []).some(lacks);
  }

  /** The clause a match sits in: from the clause break before it to the one after it, within its sentence (rules/lexicons/clause-break.json). */
  private clauseOf(text: string, m: LexiconMatch): string {
    const span = this.clauseSpan(text, m);
    return text.slice(span.start, span.end);
  }

  /** Where the clause of clauseOf lies in the text. */
  private clauseSpan(text: string, m: LexiconMatch): Span {
    const sentence = text.slice(m.sentence.start, m.sentence.end);
    const from = m.start - m.sentence.start;
    const to = m.end - m.sentence.start;
    let start = 0;
    let end = sentence.length;
    for (const b of this.lexicon("clause-break").matchAll(sentence)) {
      if (b.end <= from) start = Math.max(start, b.end);
      else if (b.start >= to) end = Math.min(end, b.start);
    }
    return { start: m.sentence.start + start, end: m.sentence.start + end };
  }

  /** Whether any lexicon of `names` matches in the sentence of a match. */
  private sentenceMatches(text: string, m: LexiconMatch, names: string[]): boolean {
    const sentence = text.slice(m.sentence.start, m.sentence.end);
    return names.some((name) => this.lexicon(name).test(sentence));
  }

  /** Whether every lexicon of `names` matches in the topic span of a match (src/text/clauses.ts topicSpan). */
  private topicHolds(fact: Fact, m: LexiconMatch, names: string[], before: () => string): boolean {
    const span = topicSpan(fact.text, this.sentences(fact), m.sentence.start);
    const text = fact.text.slice(span.start, span.end);
    // A clause that calls its program "the program" takes its topic from the program the text named before it, or where it
    // named none, from the text before it (round 41: "We engage independent firms to assess and test the program." opening a
    // paragraph after the processes were described), as clauseHolds reads a lexicon it lacks (withProgramAntecedent); "the
    // program" after "Our loyalty program …" reads the loyalty program and names no security topic.
    let read: string | undefined | null = null;
    const reads = (name: string) => {
      if (read === null) read = withProgramAntecedent(fact.text, this.clauseSpan(fact.text, m), before());
      return read !== undefined && this.lexicon(name).test(read);
    };
    return names.every((name) => this.lexicon(name).test(text) || reads(name));
  }

  /**
   * Elements no paragraph answers, as hits at the section heading (else the section's start): for a
   * draft's checklist. `referenced`: only those a paragraph refers elsewhere for (true), or only
   * those nothing refers to (false). With `parts`, the parts an answered element leaves out; with `element`, only that element.
   */
  unaddressed(opts: { severity?: string; referenced?: boolean; parts?: boolean; flagLabel?: boolean; element?: string; together?: string[][] }): Hit[] {
    const d = this.disclosure;
    const units = this.units();
    const item = d.section?.item;
    // "106(b)(1)" is a paragraph of Reg S-K Item 106; "Form 8-K Item 1.05" names itself.
    const cite = (el: Element) => (item === "16K" ? paragraphCitation(el.item16k, "Item") : paragraphCitation(el.item106, "Reg S-K"));
    const out: Hit[] = [];
    for (const el of this.elements) {
      if (opts.element !== undefined && el.id !== opts.element) continue;
      const judged = units.map((u) => this.judged(u).find((pe) => pe.id === el.id)).filter((x): x is ParagraphElement => x !== undefined);
      const answered = judged.filter(answers);
      // The severity last: it reads the element's hint lexicon over the whole text.
      const severityHolds = () => !opts.severity || this.absenceSeverity(el.id) === opts.severity;
      if (opts.parts) {
        // Parts are read in matched words: an element only the learned model admitted has none, so it is not said to
        // leave its parts out (it answers the element's absence, nothing more).
        const worded = answered.filter((pe) => pe.reasons.some((r) => r.by !== "learned"));
        if (worded.length === 0 || !severityHolds()) continue;
        // A "whether" element's parts are the arms of one "whether … or …": a yes to one ("the
        // incident materially affected our results") answers it; a part is missing only beside
        // denials. Another element's parts are each asked for ("how an incident is escalated and
        // who decides whether it is material").
        if (el.whether && answered.some((pe) => (el.parts ?? []).some((part) => (pe.parts[part.id] ?? []).some((m) => partHolds("affirmed", m))))) continue;
        // The flag's visible label answers the parts its words name, with the value beside it
        // ("… are reasonably likely to materially affect us: false"; the taxonomy's wording beside a ☐).
        const captions = opts.flagLabel ? this.flagCaptions(el) : [];
        const parts = el.parts ?? [];
        const missing: { title: string; referred: boolean }[] = [];
        for (const part of parts) {
          if (answered.some((pe) => (pe.parts[part.id] ?? []).length)) continue;
          if (captions.some((c) => this.lexicon(part.lexicon).test(c))) continue;
          // A cross-reference that names the part ("For a discussion of whether … are reasonably
          // likely to materially affect us, see Item 1A") is all that answers it.
          const referred = units.some((u) => this.judged(u).some((pe) => pe.id === el.id && pe.references.some((r) => this.lexicon(part.lexicon).test(u.fact.text.slice(r.sentence.start, r.sentence.end)))));
          missing.push({ title: part.title, referred });
        }
        if (!missing.length) continue;
        // One finding per element, however many parts are missing: each part missing as a finding of
        // its own says of each that the others are answered ("covers only part …: the past prong" beside
        // "covers only part …: the likely prong"), which contradicts itself when none is.
        const says = (list: typeof missing) =>
          list.every((m) => m.referred)
            ? `only a cross-reference says ${list.map((m) => m.title).join(" or ")}`
            : list.length > 1 && list.every((m) => !m.referred)
              ? `the text says neither ${list.map((m) => m.title).join(" nor ")}`
              : list.map((m) => (m.referred ? `only a cross-reference says ${m.title}` : `the text does not say ${m.title}`)).join("; ");
        out.push({ ...this.sectionHit(), detail: `${el.title}: ${says(missing)} (${cite(el)})`, elements: [el.id] });
        continue;
      }
      if (answered.length || this.impliedAnswer(el, units)) continue;
      const referenced = judged.some((pe) => pe.references.length);
      if (opts.referenced !== undefined && opts.referenced !== referenced) continue;
      // One gap, one finding: elements the rule reads `together` (one sentence would answer them all) that are all
      // unaddressed alike are one hit at the first, naming each, at the most severe of their absence severities.
      const group = opts.together?.find((g) => g.includes(el.id));
      const joined = group && group.every((id) => this.unaddressedAs(id, referenced, units)) ? group : undefined;
      if (joined && joined[0] !== el.id) continue;
      const severity = joined ? joined.map((id) => this.absenceSeverity(id)).sort((a, b) => (b === "warning" ? 1 : 0) - (a === "warning" ? 1 : 0))[0] : undefined;
      if (joined ? opts.severity !== undefined && severity !== opts.severity : !severityHolds()) continue;
      const members = joined ? joined.map((id) => this.judge.element(id)).filter((x): x is Element => x !== undefined) : [el];
      const detail = members.map((m) => `${m.title} (${cite(m)})`).join(", nor ");
      out.push({ ...this.sectionHit(), concept: el.concept, detail, hint: this.absenceHint(el.id), mention: this.absenceNote(el.id), elements: members.map((m) => m.id) });
    }
    return out;
  }

  /** Whether no paragraph answers an element (nor implies it), and whether one only refers elsewhere for it as `referenced` says. */
  private unaddressedAs(id: string, referenced: boolean, units: Unit[]): boolean {
    const el = this.judge.element(id);
    if (!el) return false;
    const judged = units.map((u) => this.judged(u).find((pe) => pe.id === id)).filter((x): x is ParagraphElement => x !== undefined);
    return !judged.some(answers) && !this.impliedAnswer(el, units) && judged.some((pe) => pe.references.length) === referenced;
  }

  /**
   * The elements no paragraph answers that the section addresses by implication (the catalog's
   * `impliedBy`, impliedAnswer): what `disclint facts` reports as addressed, as linting does.
   */
  impliedElements(): string[] {
    const units = this.units();
    return this.elements
      .filter((el) => !units.some((u) => this.judged(u).some((pe) => pe.id === el.id && answers(pe))) && this.impliedAnswer(el, units))
      .map((el) => el.id);
  }

  /**
   * Whether the section addresses an element by implication (the catalog's `impliedBy`): a
   * paragraph answers another element with a yes in a sentence a lexicon matches ("Our CIO leads
   * the program with semi-annual updates …, provided to the Audit Committee of our Board": management
   * reports to that committee, so it is the committee that oversees). For the section's absence
   * only: the paragraph's own elements follow the labelling conventions.
   */
  private impliedAnswer(el: Element, units: Unit[], depth = 0): boolean {
    const implied = (el as WithImplications).impliedBy?.filter((x) => x.whenUnaddressed === undefined || (depth === 0 && this.unanswered(x.whenUnaddressed, units)));
    if (!implied?.length) return false;
    const reads = (name: string, cut: string): boolean => {
      const lex = this.lexicon(name);
      return lex.test(cut, lex.readsWords ? this.reading.words(cut) : undefined);
    };
    return units.some((u) =>
      implied.some(({ element, sentence, without }) =>
        this.judged(u).some(
          (pe) =>
            pe.id === element &&
            answers(pe) &&
            pe.matches.some((m) => {
              if (m.negated || m.hypothetical) return false;
              const cut = u.fact.text.slice(m.sentence.start, m.sentence.end);
              return (sentence === undefined || reads(sentence, cut)) && (without === undefined || !reads(without, cut));
            }),
        ),
      ),
    );
  }

  /** Whether no paragraph answers an element nor implies it (an implication that itself waits on another's absence not read). */
  private unanswered(id: string, units: Unit[]): boolean {
    const el = this.judge.element(id);
    return el !== undefined && !units.some((u) => this.judged(u).some((pe) => pe.id === id && answers(pe))) && !this.impliedAnswer(el, units, 1);
  }

  /**
   * The visible labels of an element's flag: for each visible value of the flag (one word, a ballot
   * box: not a sentence the flag wraps), the sentence of its section paragraph that ends at the value
   * ("Risks from cybersecurity threats … are reasonably likely to materially affect us:", a table
   * row's caption cell). A hidden flag, or one with no visible value (ixt:fixed-false), has none.
   */
  private flagCaptions(el: Element): string[] {
    const section = this.disclosure.section;
    if (!section || !el.flag) return [];
    const flags = flagFragments(this.disclosure.facts.filter((f) => f.concept === el.flag && ONE_WORD.test(f.raw.trim())));
    const out: string[] = [];
    for (const p of section.paragraphs)
      for (const r of flagFragmentsIn(flags, p, true)) {
        const before = p.text.slice(0, textOffset(p.textMap, r.start));
        const last = splitSentences(before).pop();
        if (last) out.push(before.slice(last.start, last.end));
      }
    return out;
  }

  /**
   * Untagged paragraphs of a tagged filing's section that address some element. `gap` true: only
   * those that address an element Item 106 requires and that no cyd text block addresses or uses
   * the words of (`hint-<id>`), so the tagged data lacks it (detail: those ids); false: the others.
   */
  untaggedAddressing(gap?: boolean): Hit[] {
    if (this.isDraft || this.disclosure.facts.length === 0) return [];
    const addressed = (u: Unit) =>
      this.judged(u)
        .filter((pe) => answers(pe) && pe.reasons.some((r) => r.by === "lexicon"))
        .map((pe) => pe.id);
    // A paragraph that carries flags and only restates what the text blocks say ("… and report to
    // the Board, as described above." tagged #12 and #16) is tagged data already: its yes/no is in
    // the flags, its description in the blocks. One that is the only text on an element (a 106(b)(2)
    // answer carrying #6 with no #7 block) is still reported.
    const flags = flagFragments(this.disclosure.facts);
    const carriesFlag = (u: Unit) => fragmentsOf(u.fact).some((p) => flagFragmentsIn(flags, p).some((r) => r.end <= p.end));
    let inBlocks: Set<string> | undefined;
    const blockUnits = () => this.units().filter((u) => u.block?.kind === "text");
    const tagged = () => (inBlocks ??= new Set(blockUnits().flatMap(addressed)));
    // An element Item 106 requires that no block addresses, nor uses the words of, is missing from the
    // tagged data. Its absence severity does not decide (management-informed's is info, for the
    // detector's recall over a whole section): here the detector has found the answer, untagged.
    // Measured: round 14, docs/accuracy.md (sets 4-14: 5 / 5 raised true, 3 of them planted as warnings).
    // A flag tagged false answers its element with a no, which needs no description (#6 false and
    // no #7 block is how most filers tag 106(b)(2)): the untagged text then only restates the flag.
    const answeredNo = (flag: string | undefined) => flag !== undefined && this.disclosure.facts.some((f) => f.concept === flag && f.value === false);
    const missingFromBlocks = (id: string) => {
      const el = this.elements.find((e) => e.id === id);
      return el !== undefined && REQUIRED_BY_106.test(el.item106) && !tagged().has(id) && !answeredNo(el.flag) && !this.hinted(el, blockUnits().map((b) => b.fact));
    };
    const out: Hit[] = [];
    for (const u of this.units()) {
      // A sub-heading the reader took for a paragraph ("Management's role in assessing …") is no text to tag.
      if (u.block || looksLikeHeadingLine(u.fact.text)) continue;
      const ids = addressed(u);
      if (ids.length === 0) continue;
      if (carriesFlag(u) && ids.every((id) => tagged().has(id))) continue;
      const gaps = gap === undefined ? [] : ids.filter(missingFromBlocks);
      if (gap === true && gaps.length === 0) continue;
      if (gap === false && gaps.length > 0) continue;
      out.push({ ...this.factHit(u.fact), position: this.mapped(u.fact, 0, u.fact.text.length), detail: (gap ? gaps : ids).join(", ") });
    }
    return out;
  }

  /**
   * Text blocks that are some element's own block but whose text addresses none of those elements
   * while it addresses others: tagged as X, about Y. Not a block that uses the words of one of its
   * elements (`hint-<id>`): it may address it in words the judge does not read. `loose` true: only
   * those whose text says more of the elements of its Item 106 paragraph (106(c)(2) for a
   * positions block: the role of management, how management is informed) than of other
   * paragraphs', a loose tag; false: the others, text about another paragraph (the board's oversight
   * in a management block).
   */
  mismatchedBlocks(loose?: boolean, concepts?: string[], exceptConcepts?: string[]): Hit[] {
    const all = (this.mismatchList ??= this.findMismatchedBlocks());
    return all
      .filter((m) => (loose === undefined || m.loose === loose) && (!concepts || concepts.includes(m.concept)) && !exceptConcepts?.includes(m.concept))
      .map((m) => m.hit);
  }

  private findMismatchedBlocks(): { hit: Hit; loose: boolean; concept: string }[] {
    if (this.isDraft) return [];
    const out: { hit: Hit; loose: boolean; concept: string }[] = [];
    const inside = this.unitsInside();
    const addressed = (u: Unit) => this.judged(u).filter((pe) => answers(pe) && pe.reasons.some((r) => r.by === "lexicon")).map((pe) => pe.id);
    // Every text block, nested ones too: a block inside another is tagged as its own element.
    for (const fact of this.disclosure.facts) {
      if (fact.kind !== "text" || fact.hidden) continue;
      const own = this.elements.filter((e) => e.concept === fact.concept);
      if (own.length === 0) continue;
      const held = inside(fact);
      // Its own text: of a paragraph it opens or closes in the middle of, only its part.
      // Pushed, not mapped: a holey list from `map` deoptimised this while V8 warmed up (round 31).
      const units: Unit[] = [];
      for (const u of held) units.push(clipToBlock(u, fact));
      // A block that uses its element's own words may answer it in words the judge does not know:
      // asked first when the block clips a paragraph, before the clipped parts are judged (round 34: 76
      // of the 14 real filings' 101 blocks, 33 of their 42 clipped parts, need no judgement of their
      // own); a block that clips none asks it last, after the cheaper answers (an R page's blocks).
      const clips = units.some((u, i) => u !== held[i]);
      const hinted = (e: Element) => this.hinted(e, units.map((u) => u.fact));
      if (clips && own.some(hinted)) continue;
      const whollyInside = new Set(held.filter((u, i) => units[i] === u));
      const said = new Set(units.flatMap(addressed));
      // One that answers a part of its element's paragraph of Item 106 answers it too: the role of
      // management (106(c)(2)) told through who is responsible ((c)(2)(i)) and how they are informed
      // ((c)(2)(ii)); the board's oversight (the first element of 106(c)(1)) told through the
      // committee and how it is informed, which that paragraph asks as parts of the description.
      const answered = (e: Element) => said.has(e.id) || this.elements.some((x) => said.has(x.id) && (partOf(x.item106, e.item106) || this.opens(e, x)));
      // A block the learned model finds to answer its own element is not "about something else" (it quotes no words, so it
      // names nothing instead: it only keeps the finding from contradicting `disclint facts`).
      const learned = (e: Element) => units.some((u) => this.judged(u).some((pe) => pe.id === e.id && pe.reasons.some((r) => r.by === "learned")));
      if (said.size === 0 || own.some((e) => answered(e) || learned(e) || (!clips && hinted(e)))) continue;
      // How much of its text says each: the matched phrases, over its paragraphs.
      const weight = new Map<string, number>();
      for (const u of units)
        for (const pe of this.judged(u))
          if (said.has(pe.id)) weight.set(pe.id, (weight.get(pe.id) ?? 0) + pe.reasons.reduce((n, r) => n + (r.by === "lexicon" ? r.terms.length : 0), 0));
      // What it addresses instead, at most three: what most of its text says first, then in catalog order.
      const ranked = this.elements.filter((e) => said.has(e.id)).sort((a, b) => (weight.get(b.id) ?? 0) - (weight.get(a.id) ?? 0));
      // Pushed, not mapped: joining a holey list from `map` deoptimised this (round 31).
      const named: string[] = [];
      for (let i = 0; i < ranked.length && i < 3; i++) named.push(ranked[i].title);
      // Where the section says what it should hold, so the filer can move the tag.
      const own106 = own.filter((e) => REQUIRED_BY_106.test(e.item106));
      const places = (e: Element) =>
        this.units()
          .filter((u) => !whollyInside.has(u) && !looksLikeHeadingLine(u.fact.text) && addressed(u).includes(e.id))
          // A paragraph the block holds a part of says it in its other part, which is this block's neighbour, not this block.
          .map((u) => ({ position: u.fact.position, label: held.includes(u) ? "the part of its paragraph outside this block" : (u.fact.label ?? this.untaggedName) }));
      const where = placesSentence((own106.length ? own106 : own).map((e) => ({ title: e.title, places: places(e) })), fact.position.file);
      // How wrong the tag is: what most of its words say is in its own Item 106 paragraph (a loose
      // tag), or as much in another paragraph (text about something else). Its paragraph is that of
      // the element the block is first for (the board-informing block's is 106(c)(1), though it also
      // holds 106(c)(2)(iii)'s reporting). What Item 106 does not ask (incident escalation,
      // disclosure) counts for neither.
      // The first of its elements' Item 106 paragraphs (a loop: `map` then `find` deoptimised this on a holey list; round 31).
      let ownParagraph: string | undefined;
      for (const e of own) if ((ownParagraph = item106Paragraph(e.item106)) !== undefined) break;
      let near = 0;
      let far = 0;
      for (const e of this.elements) {
        const p = item106Paragraph(e.item106);
        if (!said.has(e.id) || p === undefined) continue;
        if (p === ownParagraph) near += weight.get(e.id) ?? 0;
        else far += weight.get(e.id) ?? 0;
      }
      const hit = { ...this.factHit(fact), detail: `${named.join("; ")}, not ${titlesOf(own)}`, hint: where };
      out.push({ hit, loose: near > far, concept: fact.concept });
    }
    return out;
  }

  /** Whether `e` opens the Item 106 paragraph `x` is a sibling in (the first element of the catalog with that paragraph). */
  private opens(e: Element, x: Element): boolean {
    return x !== e && x.item106 === e.item106 && this.elements.find((y) => y.item106 === e.item106) === e;
  }

  /**
   * The section's paragraphs as `disclint facts` and the API show them: where each is, which block
   * holds it ("untagged" when none), which elements it addresses, which it answers with a no, which
   * it only refers elsewhere for, and why (the heading, or the lexicon and the matched words).
   */
  describeParagraphs(): DescribedParagraph[] {
    return this.units().map((u) => {
      const judged = this.judged(u);
      const vetoed = this.judge.vetoed(u);
      const p = u.fact.position;
      return {
        file: p.file,
        line: p.line,
        column: p.column,
        endLine: p.endLine,
        endColumn: p.endColumn,
        text: u.fact.text,
        block: u.block?.concept ?? "untagged",
        headings: u.headings,
        elements: judged.filter(answers).map((pe) => pe.id),
        negative: judged.filter((pe) => answers(pe) && pe.negative.length).map((pe) => pe.id),
        refs: judged.filter((pe) => !answers(pe)).map((pe) => pe.id),
        evidence: Object.fromEntries(judged.filter(answers).map((pe) => [pe.id, pe.reasons])),
        ...(vetoed.length ? { vetoed } : {}),
      };
    });
  }

  /**
   * The units inside a block: those it holds, and every tagged unit within one of its fragments (a
   * nested block's too). Units are indexed by offset once; each fragment is a binary search.
   */
  private unitsInside(): (fact: Fact) => Unit[] {
    const held = new Map<Fact, Unit[]>();
    const byFile = new Map<string, Unit[]>();
    for (const u of this.units()) {
      if (!u.block) continue;
      const list = held.get(u.block);
      if (list) list.push(u);
      else held.set(u.block, [u]);
      const f = byFile.get(u.fact.position.file);
      if (f) f.push(u);
      else byFile.set(u.fact.position.file, [u]);
    }
    for (const list of byFile.values()) list.sort((a, b) => a.fact.offset - b.fact.offset);
    return (fact) => {
      const out = new Set(held.get(fact) ?? []);
      // A block read through its own paragraphs (no section) holds them all already.
      if (!this.disclosure.section) return [...out];
      for (const r of fragmentsOf(fact)) {
        const list = byFile.get(r.file) ?? [];
        let lo = 0;
        let hi = list.length;
        while (lo < hi) {
          const mid = (lo + hi) >> 1;
          if (list[mid].fact.offset < r.start) lo = mid + 1;
          else hi = mid;
        }
        // The paragraph the block opens in the middle of (its part is clipped by the caller).
        if (lo > 0 && list[lo - 1].fact.endOffset > r.start) out.add(list[lo - 1]);
        for (let i = lo; i < list.length && list[i].fact.offset < r.end; i++) out.add(list[i]);
      }
      return [...out];
    };
  }

  private sectionHit(): Hit {
    const h = this.disclosure.section?.heading;
    if (h && this.isDraft) {
      const p = this.lineIndex(this.disclosure.section!.file).position(h.start, h.end);
      return { position: p, evidence: excerpt(h.text) };
    }
    return this.anchorHit();
  }

  /** A draft's text blocks: each element's paragraphs become the text of its own block. */
  private draftFacts(units: Unit[]): Fact[] {
    const d = this.disclosure;
    const label = this.untaggedName;
    const byConcept = new Map<string, Unit[]>();
    for (const el of this.elements) {
      for (const u of units) {
        if (!this.judged(u).some((pe) => pe.id === el.id && answers(pe))) continue;
        const list = byConcept.get(el.concept) ?? [];
        if (!list.includes(u)) list.push(u);
        byConcept.set(el.concept, list);
      }
    }
    const facts: Fact[] = [];
    for (const [concept, list] of byConcept) {
      const paragraphs = list.sort((a, b) => a.fact.offset - b.fact.offset);
      const b = new MappedTextBuilder();
      paragraphs.forEach((p, k) => {
        if (k > 0) b.appendReplacement("\n", Math.max(paragraphs[k - 1].fact.endOffset - 1, 0));
        appendMapped(b, p.fact.text, p.fact.textMap);
      });
      const text = b.toString();
      const start = paragraphs[0].fact.offset;
      const end = paragraphs[paragraphs.length - 1].fact.endOffset;
      const file = d.section!.file;
      facts.push({ concept, kind: "text", value: text, raw: text, text, textMap: b.map, label, position: this.lineIndex(file).position(start, end), offset: start, endOffset: end });
    }
    // In section order, as a reader would have listed them.
    return facts.sort((a, b) => a.offset - b.offset);
  }

  /** Where a finding about something absent points: the section's first fact, else the file start. */
  anchorHit(concept?: string): Hit {
    // A draft's first block starts at its first paragraph that answers an element; a filing that
    // tags nothing has made-up blocks too, but its findings point at the text to tag.
    const first = this.inputClass === "untagged" ? undefined : this.disclosure.facts[0];
    const file = this.disclosure.documents[0]?.file ?? "";
    // Point at where the section starts, not across the whole first fact; in a filing that tags
    // nothing, at its section's heading ("ITEM 16K. CYBERSECURITY"), the text to tag.
    const h = this.disclosure.section?.heading;
    const heading = !first && h ? this.lineIndex(this.disclosure.section!.file).position(h.start, h.end) : undefined;
    const at = first?.position ?? heading ?? { file, line: 1, column: 1, endLine: 1, endColumn: 1 };
    const position = { ...at, endLine: at.line, endColumn: at.column };
    return { position, concept, label: concept ? conceptInfo(concept)?.label ?? concept : undefined };
  }
}

/** An element Item 106 requires: its paragraph is one of Item 106's (the incident paths cite Form 8-K or none). */
const REQUIRED_BY_106 = /^106\(/;
/** A flag's visible value when it is one word or a ballot box ("false", "☐"), not a sentence the flag wraps. */
const ONE_WORD = /^\S{1,8}$/u;

/** A short line without closing punctuation: a heading, not a paragraph. */
function looksLikeHeadingLine(text: string): boolean {
  const t = text.trim();
  return !/[.!?;:]["”’)]?$/.test(t) && t.split(/\s+/).length < 20;
}

const WINDOW = 1 << 20;
const OVERLAP = 8 << 10;
// Masking a window costs more than a lexicon's search of it, and several lexicons may search the
// whole text: a filing's windows are masked once, up to 2M characters (4 MB of UTF-16); the windows
// of a larger one are masked again for each lexicon, as memory matters more there.
const MASK_CACHE_CHARS = 2 << 20;

function labelOf(fact: Fact): string {
  return fact.label ?? conceptInfo(fact.concept)?.label ?? fact.concept;
}

/** A part's match for an answer: affirmed (not negated, not hypothetical), negative (negated), or any. */
function partHolds(a: Answer, m: LexiconMatch): boolean {
  if (a === "affirmed") return !m.negated && !m.hypothetical;
  if (a === "negative") return m.negated;
  return true;
}

function polarityHolds(p: Polarity, m: LexiconMatch): boolean {
  switch (p) {
    case "any":
      return true;
    case "affirmed":
      return !m.negated && !m.hypothetical;
    case "not-negated":
      return !m.negated;
    case "negated":
      return m.negated;
    case "hypothetical":
      return m.hypothetical && !m.negated;
    case "negated-or-hypothetical":
      return m.negated || m.hypothetical;
  }
}

const ITEM_106_PARAGRAPH = /^106\([a-z]\)\(\d\)/;

/** The paragraph of Item 106 an element belongs to ("106(c)(2)" for 106(c)(2)(i)); none for what Item 106 does not ask. */
/** own.map((e) => e.title).join(", nor "), without a holey list from `map` (it deoptimised findMismatchedBlocks; round 31). */
export function titlesOf(own: readonly { title: string }[]): string {
  let out = "";
  for (let i = 0; i < own.length; i++) out = i === 0 ? own[i].title : `${out}, nor ${own[i].title}`;
  return out;
}

function item106Paragraph(item: string): string | undefined {
  return ITEM_106_PARAGRAPH.exec(item)?.[0];
}

/** An Item 106 paragraph is a part of another ("106(c)(2)(i)" of "106(c)(2)"); siblings are not. */
function partOf(item: string, of: string): boolean {
  return item.startsWith(of) && item[of.length] === "(";
}
