import { conceptInfo } from "../model/concepts.js";
import { LineIndex, sourceRange } from "../model/position.js";
import type { Disclosure, Fact, Position } from "../model/types.js";
import { findMatches, tokenize, type Cues, type Lexicon, type LexiconMatch, type Word } from "../text/lexicon.js";
import { maskMarkup } from "../text/markup-mask.js";
import { splitSentences, type Sentence } from "../text/sentences.js";
import { excerpt, type Hit } from "./hit.js";

/** Which text blocks a text or mentions fact reads. */
export interface TextScope {
  /** Concept local names; absent = every cyd text block ("the disclosure"). */
  concepts?: string[];
  /** Read only the first of `concepts` that is present ("#13, else #11"). */
  firstPresent?: boolean;
}

export type Polarity = "affirmed" | "any" | "not-negated" | "negated" | "hypothetical" | "negated-or-hypothetical";

export interface MentionQuery {
  lexicon: string;
  scope: TextScope;
  polarity: Polarity;
  /** Another lexicon that must match in the same sentence (affirmed or not). */
  with?: string;
  /** Another lexicon that must not match in the same sentence. */
  without?: string;
}

interface FactMatch extends LexiconMatch {
  fact: Fact;
}

/**
 * One disclosure as the engine sees it, with everything derived from it computed once and cached:
 * facts by concept, sentences, lexicon matches, line indexes.
 */
export class DocumentContext {
  readonly byConcept = new Map<string, Fact[]>();
  private readonly sentenceCache = new Map<Fact, Sentence[]>();
  private readonly wordCache = new Map<Fact, Word[]>();
  private readonly factCache = new Map<string, unknown>();
  private readonly factIndex = new Map<Fact, number>();
  /** Text blocks whose text is not already part of an enclosing block (nested iXBRL facts). */
  private readonly outerTextFacts: Fact[];
  private readonly matchCache = new Map<string, FactMatch[]>();
  private readonly lineIndexes = new Map<string, LineIndex>();

  constructor(
    readonly disclosure: Disclosure,
    private readonly lexicons: Map<string, Lexicon>,
    private readonly cues: Cues,
  ) {
    disclosure.facts.forEach((f, i) => this.factIndex.set(f, i));
    this.outerTextFacts = outermost(disclosure.facts.filter((f) => f.kind === "text"));
    for (const f of disclosure.facts) {
      const list = this.byConcept.get(f.concept);
      if (list) list.push(f);
      else this.byConcept.set(f.concept, [f]);
    }
  }

  /** A generic fact's value for these params, computed once per document. */
  memo(fact: string, params: Record<string, unknown>, compute: (ctx: DocumentContext, params: Record<string, unknown>) => unknown): unknown {
    const key = `${fact}\u0000${JSON.stringify(params)}`;
    if (this.factCache.has(key)) return this.factCache.get(key);
    const value = compute(this, params);
    this.factCache.set(key, value);
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
    if (!scope.concepts) return this.outerTextFacts;
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
    if (!s) this.sentenceCache.set(fact, (s = splitSentences(fact.text)));
    return s;
  }

  private matchesIn(fact: Fact, lexiconName: string): FactMatch[] {
    const key = `${lexiconName}\u0000${this.factIndex.get(fact)}`;
    let hits = this.matchCache.get(key);
    if (!hits) {
      let words = this.wordCache.get(fact);
      if (!words) this.wordCache.set(fact, (words = tokenize(fact.text)));
      const found = findMatches(fact.text, this.sentences(fact), this.lexicon(lexiconName), this.cues, words);
      hits = found.map((m) => ({ ...m, fact }));
      this.matchCache.set(key, hits);
    }
    return hits;
  }

  mentions(q: MentionQuery): Hit[] {
    const out: Hit[] = [];
    for (const fact of this.textFacts(q.scope)) {
      for (const m of this.matchesIn(fact, q.lexicon)) {
        if (!polarityHolds(q.polarity, m)) continue;
        const inSentence = (other: string) =>
          this.matchesIn(fact, other).some((o) => o.start >= m.sentence.start && o.end <= m.sentence.end);
        if (q.with && !inSentence(q.with)) continue;
        if (q.without && inSentence(q.without)) continue;
        out.push(this.sentenceHit(m));
      }
    }
    return out;
  }

  private sentenceHit(m: FactMatch): Hit {
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

  private lineIndex(file: string): LineIndex {
    let idx = this.lineIndexes.get(file);
    if (!idx) {
      const doc = this.disclosure.documents.find((d) => d.file === file);
      idx = new LineIndex(file, doc?.text ?? "");
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
      const index = this.lineIndex(doc.file);
      // Windows of 1M characters overlapping by 8K keep memory bounded on a 150 MB filing; a match
      // is counted in the window where it starts before the overlap.
      for (let from = 0; from < doc.text.length; from += WINDOW) {
        const to = Math.min(doc.text.length, from + WINDOW + OVERLAP);
        const text = markup ? maskMarkup(doc.text, from, to) : doc.text.slice(from, to);
        for (const m of lex.matchAll(text)) {
          if (m.start >= WINDOW && to < doc.text.length) continue;
          const term = text.slice(m.start, m.end);
          hits.push({ position: index.position(from + m.start, from + m.end), evidence: excerpt(term), term: term.replace(/\s+/g, " ") });
        }
      }
    }
    return hits;
  }

  factHit(fact: Fact, detail?: string): Hit {
    const shown = fact.kind === "text" ? fact.text : fact.raw;
    return { position: fact.position, concept: fact.concept, label: labelOf(fact), evidence: excerpt(shown), detail };
  }

  /** Where a finding about something absent points: the section's first fact, else the file start. */
  anchorHit(concept?: string): Hit {
    const first = this.disclosure.facts[0];
    const file = this.disclosure.documents[0]?.file ?? "";
    // Point at where the section starts, not across the whole first fact.
    const at = first?.position ?? { file, line: 1, column: 1, endLine: 1, endColumn: 1 };
    const position = { ...at, endLine: at.line, endColumn: at.column };
    return { position, concept, label: concept ? conceptInfo(concept)?.label ?? concept : undefined };
  }
}

/** Facts not inside another fact of the list (same file, source range contained): one sort and a sweep. */
function outermost(facts: Fact[]): Fact[] {
  const order = facts
    .map((f, i) => ({ f, i }))
    .sort((a, b) => (a.f.position.file < b.f.position.file ? -1 : a.f.position.file > b.f.position.file ? 1 : 0) || a.f.offset - b.f.offset || b.f.endOffset - a.f.endOffset);
  const keep = new Set<number>();
  let file: string | undefined;
  let reach = -1;
  let reachStart = -1;
  for (const { f, i } of order) {
    if (f.position.file !== file) {
      file = f.position.file;
      reach = -1;
    }
    const inside = f.endOffset <= reach && !(f.offset === reachStart && f.endOffset === reach);
    if (!inside) keep.add(i);
    if (f.endOffset > reach) {
      reach = f.endOffset;
      reachStart = f.offset;
    }
  }
  return facts.filter((_, i) => keep.has(i));
}

const WINDOW = 1 << 20;
const OVERLAP = 8 << 10;

function labelOf(fact: Fact): string {
  return fact.label ?? conceptInfo(fact.concept)?.label ?? fact.concept;
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
