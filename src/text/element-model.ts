// The learned veto (docs/accuracy.md, "Round 31 - a sentence-level learned veto"): one logistic model per Item 106
// element over a paragraph's words (base forms), the pairs of adjacent words in a sentence and its headings' words.
// The weights are data — rules/models/element-veto.json, checked against schemas/element-model.schema.json, written by
// `npm run train` — and a paragraph's probability is its best over the whole and each sentence, so an element told in one
// clause of a long paragraph is not diluted by the paragraph's other words. The engine applies it in one place
// (src/engine/elements.ts, ElementJudge): after the lexicon judge, an element whose best probability is below the
// veto threshold is dropped. test/accuracy (eval, train) imports this module: the features are computed once, here.

import { clauseRanges, findInforming, type Informing } from "./clauses.js";
import type { Span } from "./lexicon.js";
import type { TextReadings } from "./readings.js";
import { splitSentences, type Sentence } from "./sentences.js";
import { tokenize, type Aliases, type Word } from "./tokens.js";

/** One element's weights: feature → weight, and a bias. */
export interface ElementWeights {
  bias: number;
  weights: Record<string, number>;
}

/** How the model's probability and the lexicon judge's answer are combined. */
export type Combination = "lexicon" | "veto" | "admit" | "both" | "model";

export interface Thresholds {
  /** A lexicon hit is dropped when the model's probability is below this ("veto", "both"). */
  veto: number;
  /** A paragraph the lexicons miss is admitted when the model's probability reaches this ("admit", "both"; "model": the one threshold). */
  admit: number;
}

/** The model file (schemas/element-model.schema.json). */
export interface ElementModel {
  description?: string;
  /** Which feature families the weights were trained on (`roles`: the `r:` clause-role features, round 33; `agreement`: the `g:` agreement features, round 35; absent: none). */
  features: { bigrams: boolean; headings: boolean; lexicon: boolean; roles?: boolean; agreement?: boolean };
  /** The combination chosen by cross-validation (leaving filers out). */
  combination: Exclude<Combination, "lexicon">;
  /** Each combination's thresholds, chosen by the same cross-validation. */
  thresholds: Record<Exclude<Combination, "lexicon">, Thresholds>;
  elements: Record<string, ElementWeights>;
  /** Round 36: the veto acts only on an answer whose element's evidence stands in one place alone in the paragraph (loneElements, `g:<id>:n=1`). */
  loneOnly?: boolean;
  /** Round 36: an element's own veto threshold, in place of the combination's (0: the element is never vetoed). */
  elementVeto?: Record<string, number>;
  /**
   * Round 38: how an answer is read (answerProbability). Absent: its paragraph's best over the whole and every sentence.
   * "evidence": over the sentences its own evidence stands in, each read with the sentence before it where it opens by
   * pointing back (opensBack); "evidence+whole": those and the whole paragraph. An answer whose evidence is found in no
   * sentence, or a one-sentence paragraph, is read as when absent.
   */
  reading?: Reading;
}

/** How an answer's probability is read (ElementModel.reading; "all": the paragraph's best over the whole and every sentence). */
export type Reading = "all" | "evidence" | "evidence+whole";

/**
 * The veto threshold an answer of element `id` must reach under the model's `veto` threshold (the combination's): the
 * element's own (`elementVeto`), and 0 — never vetoed — under `loneOnly` when its evidence is not one lone place. The
 * trainer, the eval and the engine all decide by this.
 */
export function vetoThreshold(model: Pick<ElementModel, "loneOnly" | "elementVeto">, veto: number, id: string, lone: boolean): number {
  if (model.loneOnly && !lone) return 0;
  return model.elementVeto?.[id] ?? veto;
}

/**
 * The features of one paragraph: `w:` each word's base form (and what a defined term stands for,
 * and a body's @board / @management tag), `b:` each pair of adjacent base forms in a sentence,
 * `h:` the base forms of its headings' words, `lex:` each element the lexicon judge found.
 */
export function paragraphFeatures(words: readonly Word[], headings: readonly Word[][], lexicon: Iterable<string>, families: ElementModel["features"]): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    out.add(`w:${w.base}`);
    if (w.also) for (const a of w.also) out.add(`w:${a}`);
    if (families.bigrams && i + 1 < words.length && !w.stop) out.add(`b:${w.base} ${words[i + 1].base}`);
  }
  if (families.headings) for (const h of headings) for (const w of h) out.add(`h:${w.base}`);
  if (families.lexicon) for (const id of lexicon) out.add(`lex:${id}`);
  return out;
}

/**
 * What an element's evidence quotes, for the role features: the terms of its `lexicon` reasons (requirement-map.ts
 * `terms`: the matched words as written, spaces collapsed, a long one cut with "…"). The engine (ElementJudge.applyVeto)
 * and the eval (`disclint facts`' evidence) both read it from the same reasons, so training and the linter see one input.
 */
export function lexiconTerms(reasons: readonly ({ by: string } | { by: "lexicon"; terms: string[] })[]): string[] {
  const out: string[] = [];
  for (const r of reasons) if (r.by === "lexicon" && "terms" in r) for (const t of r.terms) if (!out.includes(t)) out.push(t);
  return out;
}

/**
 * A paragraph's features read whole and sentence by sentence (the defined terms are the document's). `evidence`: element →
 * lexiconTerms, for the `roles` family. `marks` (round 38): each sentence's set also holds the marks an evidence reading
 * reads (never weighed): `e:<id>` where an answered element's evidence stands in it, `o:back` where it opens by pointing
 * back (opensBack).
 */
export function readFeatures(
  text: string,
  headings: readonly string[],
  aliases: Aliases,
  lexicon: Iterable<string>,
  families: ElementModel["features"],
  evidence?: ReadonlyMap<string, readonly string[]>,
  marks = false,
): { paragraph: Set<string>; sentences: Set<string>[]; lone: Set<string> } {
  const heads = headings.map((h) => tokenize(h));
  const ids = [...lexicon];
  const words = tokenize(text, aliases);
  const splits = splitSentences(text);
  const roles = evidenceFeatures(text, words, splits, families, evidence, ids);
  // Each sentence's words are the paragraph's words that start inside it: the same words a sentence tokenized alone gives
  // (words never cross a sentence's end; checked on the 10,762 sentences of the paraphrase split, round 31), without
  // tokenizing the text a second time.
  const sentences: Set<string>[] = [];
  let from = 0;
  splits.forEach((s, k) => {
    while (from < words.length && words[from].start < s.start) from++;
    let to = from;
    while (to < words.length && words[to].start < s.end) to++;
    const set = paragraphFeatures(words.slice(from, to), heads, ids, families);
    if (roles) for (const f of roles.sentences[k]) set.add(f);
    if (marks && k > 0 && opensBack(words, from, to)) set.add(BACK_MARK);
    sentences.push(set);
    from = to;
  });
  if (marks && evidence) for (const [id, ks] of evidenceSentences(text, words, splits, evidence)) for (const k of ks) sentences[k].add(`e:${id}`);
  const paragraph = paragraphFeatures(words, heads, ids, families);
  if (roles) for (const f of roles.paragraph) paragraph.add(f);
  return { paragraph, sentences, lone: evidence ? loneElements(text, words, splits, evidence, ids) : new Set() };
}

// ---- The answer's own evidence (round 38): the sentences it stands in, and a sentence that points back. ----

/** The mark of a sentence that opens by pointing back (readFeatures' `marks`). */
const BACK_MARK = "o:back";
/** Words that point back to what the sentence before said, among a sentence's first OPENING words. */
const POINTING = new Set(["it", "its", "they", "their", "them", "this", "these", "those", "such", "he", "she", "his", "her", "both"]);
/** "the program", "that committee", "this team": a body or thing named before, called by its kind. */
const BY_ARTICLE = new Set(["the", "that", "this", "these", "those", "such"]);
const KIND = /^(?:program|programme|committee|subcommittee|council|team|group|function|body|forum|officer|executive|manager|individual|person|role|position|framework|process|policy|plan)$/;
const OPENING = 6;

/**
 * Whether the sentence of words [from, to) opens by pointing back (round 38): among its first OPENING words a pronoun or
 * demonstrative ("It", "In this role, she …", "These reports …") or a body or thing called by its kind ("The
 * committee …", "That team …"). The evidence reading reads such a sentence with the one before it.
 */
export function opensBack(words: readonly Word[], from: number, to: number): boolean {
  const end = Math.min(to, from + OPENING);
  for (let i = from; i < end; i++) {
    const l = words[i].lower;
    if (POINTING.has(l)) return true;
    if (BY_ARTICLE.has(l) && i + 1 < to && KIND.test(words[i + 1].base)) return true;
  }
  return false;
}

/** The sentences (by index) each answered element's evidence stands in: evidencePlaces' sentences. */
export function evidenceSentences(text: string, words: readonly Word[], sentences: readonly Sentence[], evidence: ReadonlyMap<string, readonly string[]>): Map<string, Set<number>> {
  const out = new Map<string, Set<number>>();
  if (words.length === 0) return out;
  for (const p of evidencePlaces(text, words, sentences, evidence)) {
    let ks = out.get(p.id);
    if (!ks) out.set(p.id, (ks = new Set()));
    ks.add(p.k);
  }
  return out;
}

// ---- Clause roles (round 33): where an element's evidence stands in its clause, and who the clause's subject is. ----

const MODALS = new Set(["may", "might", "can", "could", "must", "shall", "should", "would", "will"]);
const BE_FORMS = new Set(["is", "are", "was", "were", "be", "been", "being"]);
const HAVE_FORMS = new Set(["has", "have", "had", "do", "does", "did"]);
const DETERMINERS = new Set(["the", "a", "an", "our", "its", "their", "this", "these", "those", "such", "each", "any", "all", "of", "to", "for", "in", "on", "by", "with", "and", "or", "from", "as", "at"]);
const OBJECT_START = new Set(["the", "our", "its", "their", "a", "an", "all", "any", "each", "this", "these", "such", "that", "and", "with", "on", "regularly", "periodically", "annually", "quarterly", "also"]);
const PRONOUN_SUBJECTS = new Set(["we", "they", "it", "he", "she"]);
const SUBORDINATE = new Set(["which", "who", "whom", "whose", "that", "if", "when", "where", "whether", "although", "though", "because", "while", "unless", "once", "after", "before", "whereby", "whenever", "since"]);
const NEGATION = new Set(["not", "no", "never", "none", "neither", "nor", "without", "cannot"]);
const HYPOTHETICAL = new Set(["may", "might", "could", "would", "should", "if", "whether"]);
const FUTURE = new Set(["will", "plan", "plans", "intend", "intends", "expect", "expects", "anticipate", "anticipates"]);
const RISK_MODAL = new Set(["could", "may", "might", "would"]);
const RISK_HARM = new Set(["adverse", "adversely", "harm", "harmed", "disrupt", "disruption", "damage", "affect", "affected", "impact", "impacted", "liability", "losses", "penalties", "reputational"]);
const BOARD_BODY = new Set(["board", "directors", "director"]);
const MANAGEMENT_BODY = /^(management|officers?|executives?|chief|ceo|cfo|cio|ciso|cto|coo|cso|cro|heads?|managers?|leaders?|leadership|vp|president|team|staff|personnel|employees|department)$/;
const THIRD_PARTY = /^(vendors?|providers?|third|suppliers?|contractors?|consultants?|auditors?|assessors?|firms?|partners?|advisors?|advisers?|experts?|counsel|outsourc\w*|service)$/;
const COMPANY = new Set(["we", "us", "company", "registrant", "corporation", "group", "it"]);
const LIST_ITEM = /^\s*(?:[•●▪◦·*\-–—]|\(?[a-z0-9]{1,4}[.)])\s/i;
/** The most places one term is looked for in a paragraph. */
const MAX_PLACES = 8;

/** The kind of party the words [a, b) name: board, management, a third party, the company, other; none for no words. */
function partyKind(words: readonly Word[], a: number, b: number): string {
  if (a >= b) return "none";
  for (let k = a; k < b; k++) {
    const w = words[k];
    if (w.also?.includes("@board")) return "board";
    if (w.also?.includes("@management")) return "mgmt";
    if (BOARD_BODY.has(w.lower) || ((w.lower === "committee" || w.lower === "subcommittee") && /^[A-Z]/.test(w.word))) return "board";
    if (MANAGEMENT_BODY.test(w.lower)) return "mgmt";
    if (THIRD_PARTY.test(w.lower)) return "third";
    if (COMPANY.has(w.lower)) return "company";
  }
  return "other";
}

/** The first word of the clause [a, b) read as its verb (a modal, "be", "have", a present or past verb before its object), or b. */
function clauseVerb(words: readonly Word[], a: number, b: number): number {
  for (let k = a; k < b; k++) {
    const w = words[k];
    if (MODALS.has(w.lower) || BE_FORMS.has(w.lower) || HAVE_FORMS.has(w.lower)) return k;
    if (k === a || !/^[a-z]/.test(w.word) || DETERMINERS.has(words[k - 1].lower)) continue;
    const prev = words[k - 1];
    // After "we" / "they" the first lowercase word; after a party's word (a capitalised name, "management", "providers")
    // a word in -s or -ed; else a word in -s or -ed before its object.
    if (PRONOUN_SUBJECTS.has(prev.lower)) return k;
    if (!/^[a-z]{3,}(?:[^su]s|ed)$/.test(w.word)) continue;
    if (/^[A-Z]/.test(prev.word) || prev.also || MANAGEMENT_BODY.test(prev.lower) || THIRD_PARTY.test(prev.lower) || BOARD_BODY.has(prev.lower)) return k;
    if (k + 1 < b && OBJECT_START.has(words[k + 1].lower)) return k;
  }
  return b;
}

/** Whether the clause [a, b) is passive: a form of "be" before a participle (an adverb or two between). */
function passive(words: readonly Word[], a: number, b: number): boolean {
  for (let k = a; k + 1 < b; k++) {
    if (!BE_FORMS.has(words[k].lower)) continue;
    let p = k + 1;
    while (p < b && p <= k + 2 && /ly$/.test(words[p].lower)) p++;
    if (p < b && /^[a-z]+(?:ed|en|wn)$/.test(words[p].word)) return true;
  }
  return false;
}

const inside = (span: Span | undefined, s: number, e: number) => span !== undefined && span.start < e && s < span.end;

/** The word indices [i, j) of the words that overlap [s, e) (words sorted by start). */
function wordRange(words: readonly Word[], s: number, e: number): [number, number] {
  let lo = 0;
  let hi = words.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (words[mid].end <= s) lo = mid + 1;
    else hi = mid;
  }
  let j = lo;
  while (j < words.length && words[j].start < e) j++;
  return [lo, j];
}

const escapeRegExp = (t: string) => t.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** One place an element's evidence stands: the quoted term found again in the text, [s, e), its words [i, j), its sentence k. */
export interface EvidencePlace {
  id: string;
  s: number;
  e: number;
  i: number;
  j: number;
  k: number;
  /** The quoted term (the `…` of a cut one left off, trimmed). */
  term: string;
}

/**
 * Where each element's evidence stands in the paragraph: each quoted term (lexiconTerms) found again as written (white
 * space as any), at most MAX_PLACES times a term, in the evidence's order. Read by the role and the agreement features.
 */
export function* evidencePlaces(text: string, words: readonly Word[], sentences: readonly Sentence[], evidence: ReadonlyMap<string, readonly string[]>): Generator<EvidencePlace> {
  for (const [id, terms] of evidence) {
    for (const term of terms) {
      const core = (term.endsWith("…") ? term.slice(0, -1) : term).trim();
      if (!core) continue;
      const pattern = new RegExp(escapeRegExp(core).replace(/ /g, "\\s+"), "g");
      let found = 0;
      for (let m = pattern.exec(text); m && found < MAX_PLACES; m = pattern.exec(text)) {
        if (m[0].length === 0) break;
        found++;
        const s = m.index;
        const e = s + m[0].length;
        const [i, j] = wordRange(words, s, e);
        if (i >= j) continue;
        let k = 0;
        while (k + 1 < sentences.length && sentences[k + 1].start <= s) k++;
        yield { id, s, e, i, j, k, term: core };
      }
    }
  }
}

/** How many places the runs [first word, end word) make, overlapping runs merged (sorts `runs`). */
function mergeRuns(runs: [number, number][]): number {
  runs.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  let n = 0;
  let end = -1;
  for (const [i, j] of runs) {
    if (i >= end) n++;
    end = Math.max(end, j);
  }
  return n;
}

/**
 * The answered elements (`ids` with evidence) whose evidence stands in ONE place alone in the paragraph, overlapping places
 * merged: the agreement feature `g:<id>:n=1` of the paragraph, without the rest of the family. A model's `loneOnly` veto
 * acts only on these (round 36); the trainer reads the same from its rows' `g:` features.
 */
export function loneElements(text: string, words: readonly Word[], sentences: readonly Sentence[], evidence: ReadonlyMap<string, readonly string[]>, ids: readonly string[]): Set<string> {
  const out = new Set<string>();
  if (words.length === 0) return out;
  const runs = new Map<string, [number, number][]>();
  for (const id of ids) if (evidence.has(id)) runs.set(id, []);
  if (runs.size === 0) return out;
  for (const p of evidencePlaces(text, words, sentences, evidence)) runs.get(p.id)?.push([p.i, p.j]);
  for (const [id, r] of runs) if (mergeRuns(r) === 1) out.add(id);
  return out;
}

/** A count as a feature's value: 0, 1, 2, then `top`+ (e.g. "3+"). */
const bucket = (n: number, top: number) => (n >= top ? `${top}+` : String(n));
/** A place's length in words: 1, 2, 3, 4-6, 7+ (a term is mostly one to three words; a near group's match spans its window). */
const lengthBucket = (n: number) => (n <= 3 ? String(n) : n <= 6 ? "4-6" : "7+");

/**
 * The agreement features (the `agreement` family, `g:`, round 35): for each element the lexicon judge answered, how much
 * of its evidence agrees in the paragraph and in each sentence (each read the same way, so a sentence scores as a
 * one-sentence paragraph would): `g:<id>:n=` the places its quoted words stand (overlapping places merged: two entries
 * quoting the same words are one place) 0, 1, 2, 3+; `t=` the distinct quoted terms there 1, 2, 3+; `sents=` the
 * sentences holding them 1, 2, 3+; `with=` how many OTHER answered elements have a place there 0, 1, 2, 3+, and `n/with=`
 * the two together; a lone place (n = 1) its length in words, `lone=w1` … `lone=w7+` (a term's few words against a
 * near group's window). acc34-lex found most false detections made by one entry alone and most true ones agreed by
 * several: this is that agreement, read from the same quoted evidence the engine and the trainer both see.
 */
export function agreementFeatures(
  words: readonly Word[],
  sentences: readonly Sentence[],
  places: readonly EvidencePlace[],
  ids: readonly string[],
): { paragraph: string[]; sentences: string[][] } {
  const unit = (inUnit: (p: EvidencePlace) => boolean): string[] => {
    const out: string[] = [];
    // Each element's merged places in the unit: [first word, end word) runs, and its distinct terms and sentences.
    const merged = new Map<string, { runs: [number, number][]; terms: Set<string>; sentences: Set<number> }>();
    for (const id of ids) merged.set(id, { runs: [], terms: new Set(), sentences: new Set() });
    for (const p of places) {
      const m = merged.get(p.id);
      if (!m || !inUnit(p)) continue;
      m.runs.push([p.i, p.j]);
      m.terms.add(p.term.toLowerCase());
      m.sentences.add(p.k);
    }
    const count = new Map<string, number>();
    for (const [id, m] of merged) count.set(id, mergeRuns(m.runs));
    for (const id of ids) {
      const m = merged.get(id)!;
      const n = count.get(id)!;
      let others = 0;
      for (const other of ids) if (other !== id && count.get(other)! > 0) others++;
      const add = (f: string) => out.push(`g:${id}:${f}`);
      add(`n=${bucket(n, 3)}`);
      add(`with=${bucket(others, 3)}`);
      add(`n/with=${bucket(n, 3)}/${bucket(others, 3)}`);
      if (n === 0) continue;
      add(`t=${bucket(m.terms.size, 3)}`);
      add(`sents=${bucket(m.sentences.size, 3)}`);
      if (n === 1) {
        const [i] = m.runs[0];
        const j = Math.max(...m.runs.map((r) => r[1]));
        add(`lone=w${lengthBucket(j - i)}`);
      }
    }
    return out;
  };
  if (ids.length === 0 || words.length === 0) return { paragraph: [], sentences: sentences.map(() => []) };
  return { paragraph: unit(() => true), sentences: sentences.map((_, k) => unit((p) => p.k === k)) };
}

/**
 * The evidence families of a paragraph, `r:` (roles) then `g:` (agreement), the paragraph's list and each sentence's; none
 * when the model reads neither or there is no evidence. `ids`: the elements the lexicon judge answered (the agreement's
 * elements; the roles read every element of `evidence`).
 */
export function evidenceFeatures(
  text: string,
  words: readonly Word[],
  sentences: readonly Sentence[],
  families: ElementModel["features"],
  evidence: ReadonlyMap<string, readonly string[]> | undefined,
  ids: readonly string[],
): { paragraph: string[]; sentences: string[][] } | undefined {
  if (!evidence || !(families.roles || families.agreement)) return undefined;
  const roles = families.roles ? roleFeatures(text, words, sentences, evidence) : undefined;
  if (!families.agreement) return roles;
  const answered = ids.filter((id) => evidence.has(id));
  const agreement = agreementFeatures(words, sentences, [...evidencePlaces(text, words, sentences, evidence)], answered);
  if (!roles) return agreement;
  return { paragraph: [...roles.paragraph, ...agreement.paragraph], sentences: roles.sentences.map((r, k) => [...r, ...agreement.sentences[k]]) };
}

/**
 * The clause-role features of a paragraph (the `roles` family, `r:`): for each element and each place its evidence's terms
 * stand in the text, read in their sentence's clause (clauseRanges) and the clause reader's informing verbs (findInforming):
 * `r:<id>:pos=` subj / verb / obj against the clause's first verb; `r:<id>:subj=` the clause subject's kind (board, mgmt,
 * third, company, other, none); `pos/subj=` the two together; `voice=passive`; `neg`, `hypo`, `fut` scope in the clause;
 * `sub` a subordinate clause; `item` a list item; `risk` a "could / may … adversely" sentence; and where an informing verb's
 * giver, receiver, verb or topic holds the words, `inf=` that role, `inf/giver=` and `inf/recv=` the kinds of its parties.
 * `m:<base>` each word inside the evidence (never weighed: the trainer's variant (c) reads which words the lexicons quote).
 * The paragraph's list and each sentence's (the places inside it), in the order found.
 */
export function roleFeatures(
  text: string,
  words: readonly Word[],
  sentences: readonly Sentence[],
  evidence: ReadonlyMap<string, readonly string[]>,
): { paragraph: string[]; sentences: string[][] } {
  const bySentence: Set<string>[] = sentences.map(() => new Set<string>());
  const paragraph = new Set<string>();
  if (evidence.size === 0 || words.length === 0) return { paragraph: [], sentences: bySentence.map(() => []) };
  const item = LIST_ITEM.test(text);
  let informing: Informing[] | undefined;
  const clauses = new Map<number, [number, number][]>();
  const sentenceWords = (k: number): [number, number] => {
    const s = sentences[k];
    return [wordRange(words, s.start, s.start + 1)[0], wordRange(words, s.end - 1, s.end)[1]];
  };
  for (const { id, s, e, i, j, k } of evidencePlaces(text, words, sentences, evidence)) {
    const out: string[] = [];
    const add = (f: string) => out.push(`r:${id}:${f}`);
    for (let w = i; w < j; w++) out.push(`m:${words[w].base}`);
    const [from, to] = sentenceWords(k);
    let ranges = clauses.get(k);
    if (!ranges) clauses.set(k, (ranges = from < to ? clauseRanges(text, words as Word[], from, to) : []));
    const clause = ranges.find(([a, b]) => a <= i && i < b);
    if (clause) {
      const [a, b] = clause;
      const first = words[a].lower;
      const sub = SUBORDINATE.has(first);
      const verb = clauseVerb(words, sub ? a + 1 : a, b);
      const pos = verb >= b ? "none" : j <= verb ? "subj" : i <= verb && verb < j ? "verb" : "obj";
      const subj = partyKind(words, sub ? a + 1 : a, Math.min(verb, b));
      add(`pos=${pos}`);
      add(`subj=${subj}`);
      add(`pos/subj=${pos}/${subj}`);
      if (passive(words, a, b)) add("voice=passive");
      let neg = false;
      let hypo = false;
      let fut = false;
      for (let w = a; w < b; w++) {
        const l = words[w].lower;
        if (NEGATION.has(l) || l.endsWith("n't")) neg = true;
        if (HYPOTHETICAL.has(l)) hypo = true;
        if (FUTURE.has(l)) fut = true;
      }
      if (neg) add("neg");
      if (hypo) add("hypo");
      if (fut) add("fut");
      if (sub) add("sub");
    }
    if (item) add("item");
    let modal = false;
    let harm = false;
    for (let w = from; w < to; w++) {
      if (RISK_MODAL.has(words[w].lower)) modal = true;
      if (RISK_HARM.has(words[w].lower)) harm = true;
    }
    if (modal && harm) add("risk");
    informing ??= findInforming(text, words as Word[]);
    for (const inf of informing) {
      const role = inside(inf.giver, s, e) ? "giver" : inside(inf.receiver, s, e) ? "recv" : inside(inf.verb, s, e) ? "verb" : inf.topics.some((t) => inside(t, s, e)) ? "topic" : undefined;
      if (!role || inf.refersBack) continue;
      add(`inf=${role}`);
      const kind = (span: Span | undefined) => (span ? partyKind(words, ...wordRange(words, span.start, span.end)) : "none");
      add(`inf/giver=${role}/${kind(inf.giver)}`);
      add(`inf/recv=${role}/${kind(inf.receiver)}`);
      if (inf.voice === "passive") add("inf-voice=passive");
    }
    for (const f of out) {
      paragraph.add(f);
      bySentence[k].add(f);
    }
  }
  return { paragraph: [...paragraph], sentences: bySentence.map((x) => [...x]) };
}

/** The model's probability that a paragraph with these features addresses the element. */
export function probability(weights: ElementWeights, features: Iterable<string>): number {
  let z = weights.bias;
  for (const f of features) z += weights.weights[f] ?? 0;
  return 1 / (1 + Math.exp(-z));
}

/**
 * The model's best probability for a paragraph read whole and sentence by sentence (round 30's `--model-sentences`):
 * an element told in one clause of a long paragraph is not diluted by the paragraph's other words.
 */
export function bestProbability(weights: ElementWeights, paragraph: Iterable<string>, sentences: readonly Iterable<string>[]): number {
  let best = probability(weights, paragraph);
  for (const s of sentences) best = Math.max(best, probability(weights, s));
  return best;
}

type FeatureList = ReadonlySet<string> | readonly string[];
const holds = (list: FeatureList, f: string) => ("has" in list ? list.has(f) : list.includes(f));

/**
 * An answer's probability as the model's `reading` reads it (round 38), over readFeatures' sets with `marks`: "evidence"
 * the best over the sentences marked `e:<id>`, one marked `o:back` read with the sentence before it (the union, the
 * earlier sentence's features first); "evidence+whole" also the whole paragraph; with no marked sentence, one sentence,
 * or the reading "all", bestProbability. PreparedModel.bestProbability gives the same doubles.
 */
export function answerProbability(weights: ElementWeights, id: string, paragraph: FeatureList, sentences: readonly FeatureList[], reading: Reading = "all"): number {
  if (reading === "all" || sentences.length < 2) return bestProbability(weights, paragraph, sentences);
  const mark = `e:${id}`;
  let best = -1;
  sentences.forEach((s, k) => {
    if (!holds(s, mark)) return;
    const p = k > 0 && holds(s, BACK_MARK) ? probability(weights, new Set([...sentences[k - 1], ...s])) : probability(weights, s);
    best = Math.max(best, p);
  });
  if (best < 0) return bestProbability(weights, paragraph, sentences);
  return reading === "evidence+whole" ? Math.max(probability(weights, paragraph), best) : best;
}

/** Whether the element is addressed, from the lexicon judge's answer and the model's probability. */
export function combine(how: Combination, lexicon: boolean, p: number, { veto, admit }: Thresholds): boolean {
  switch (how) {
    case "lexicon":
      return lexicon;
    case "veto":
      return lexicon && p >= veto;
    case "admit":
      return lexicon || p >= admit;
    case "both":
      return (lexicon && p >= veto) || p >= admit;
    case "model":
      return p >= admit;
  }
}

/**
 * The model with its features numbered, written by the build (dist/builtins.dat, EMBEDDED_BUILTINS.model) so start-up
 * neither parses the weights' 13,000 object keys nor builds Maps of them (round 32). `tokens`: each base form a feature
 * names; the features, numbered in this order: `w:` each of `words` (token numbers), `h:` each of `headings`, `b:` each
 * pair of `bigrams` (token numbers, flattened), `lex:` each of `lexicon`; each element its features' numbers and weights
 * (the model file's numbers: JSON writes a double so that it reads back the same). The same form for any model of the
 * file's format (prepareModel).
 */
export interface PreparedModelData extends Omit<ElementModel, "elements"> {
  tokens: string[];
  /** (Arrays as the build's JSON reads; typed-array views as the CLI's bundles read dist/element-model.bin: src/engine/model-file.ts.) */
  words: readonly number[] | Int32Array;
  headings: readonly number[] | Int32Array;
  bigrams: readonly number[] | Int32Array;
  lexicon: string[];
  /** The `r:` (round 33) and `g:` (round 35) features, numbered after `lexicon`'s; absent in a file without them. */
  roles?: string[];
  elements: Record<string, { bias: number; features: readonly number[] | Int32Array; weights: readonly number[] | Float64Array }>;
}

/** The model file's weights numbered (PreparedModelData). A `b:` key whose second word has a space is never a pair of base forms (words split at white space): left out. */
export function prepareModelData(model: ElementModel): PreparedModelData {
  const tokens: string[] = [];
  const tokenIds = new Map<string, number>();
  const token = (t: string) => {
    let id = tokenIds.get(t);
    if (id === undefined) tokenIds.set(t, (id = tokens.push(t) - 1));
    return id;
  };
  // Each kind's features in their first element's order; numbered once all are known.
  const kinds = { w: new Map<string, number>(), h: new Map<string, number>(), b: new Map<string, [number, number]>(), lex: new Map<string, string>(), r: new Map<string, string>() };
  for (const { weights } of Object.values(model.elements)) {
    for (const f of Object.keys(weights)) {
      if (f.startsWith("w:")) kinds.w.set(f, token(f.slice(2)));
      else if (f.startsWith("h:")) kinds.h.set(f, token(f.slice(2)));
      else if (f.startsWith("lex:")) kinds.lex.set(f, f.slice(4));
      else if (f.startsWith("r:") || f.startsWith("g:")) kinds.r.set(f, f);
      else if (f.startsWith("b:")) {
        const space = f.indexOf(" ", 2);
        if (space > 0 && !f.includes(" ", space + 1)) kinds.b.set(f, [token(f.slice(2, space)), token(f.slice(space + 1))]);
      }
    }
  }
  const number = new Map<string, number>();
  for (const keys of [kinds.w.keys(), kinds.h.keys(), kinds.b.keys(), kinds.lex.keys(), kinds.r.keys()]) for (const f of keys) number.set(f, number.size);
  const { elements, ...rest } = model;
  return {
    ...rest,
    tokens,
    words: [...kinds.w.values()],
    headings: [...kinds.h.values()],
    bigrams: [...kinds.b.values()].flat(),
    lexicon: [...kinds.lex.values()],
    ...(kinds.r.size ? { roles: [...kinds.r.values()] } : {}),
    elements: Object.fromEntries(
      Object.entries(elements).map(([id, { bias, weights }]) => {
        const known = Object.entries(weights).filter(([f]) => number.has(f));
        return [id, { bias, features: known.map(([f]) => number.get(f)!), weights: known.map(([, w]) => w) }];
      }),
    ),
  };
}

/** A paragraph's features as numbers (PreparedModel.read): the paragraph's, then each sentence's, back to back. */
export interface ReadNumbers {
  features: Int32Array;
  /** A `loneOnly` model's read: the answered elements whose evidence is one lone place (loneElements); else empty. */
  lone: ReadonlySet<string>;
  /** Where the paragraph's features end and each sentence's ([0, ends[0]) the paragraph's, [ends[k-1], ends[k]) sentence k's). */
  ends: number[];
  /** An evidence reading's (round 38): the sentences each answered element's evidence stands in (evidenceSentences). */
  within?: ReadonlyMap<string, ReadonlySet<number>>;
  /** … and the sentences that open by pointing back (opensBack; never the first). */
  back?: ReadonlySet<number>;
}

const NONE = -1;
const NO_ROLES: readonly number[] = [];
const NO_LONE: ReadonlySet<string> = new Set();

/**
 * The `b:` features by their two tokens: open addressing over typed arrays (a Map of numbers hashes and probes through a
 * builtin call; this is a multiply, a shift and a compare or two).
 */
class PairTable {
  private readonly keys: Int32Array;
  private readonly values: Int32Array;
  private readonly shift: number;
  private readonly mask: number;

  /** `pairs`: first token, second token, flattened; each pair's value its feature number, from `first` on. */
  constructor(
    pairs: ArrayLike<number>,
    first: number,
    private readonly tokenCount: number,
  ) {
    let bits = 4;
    while (1 << bits < pairs.length) bits++; // at least twice the pairs' count
    this.keys = new Int32Array(1 << bits).fill(NONE);
    this.values = new Int32Array(1 << bits);
    this.shift = 32 - bits;
    this.mask = (1 << bits) - 1;
    // (The length read once: a typed array's is a getter call on each read in the interpreter, where start-up runs this.)
    for (let i = 0, n = pairs.length; i < n; i += 2) {
      const key = pairs[i] * tokenCount + pairs[i + 1];
      let at = Math.imul(key, 0x9e3779b1) >>> this.shift;
      while (this.keys[at] !== NONE && this.keys[at] !== key) at = (at + 1) & this.mask;
      this.keys[at] = key;
      this.values[at] = first + i / 2;
    }
  }

  get(a: number, b: number): number {
    const key = a * this.tokenCount + b;
    let at = Math.imul(key, 0x9e3779b1) >>> this.shift;
    for (;;) {
      const k = this.keys[at];
      if (k === key) return this.values[at];
      if (k === NONE) return NONE;
      at = (at + 1) & this.mask;
    }
  }
}

/**
 * The model a paragraph is scored with in the engine: the same probabilities as `bestProbability` over `readFeatures`,
 * to the last bit (test/text/element-model-prepared.test.ts), with each feature a number: a word's base form is looked up
 * once (not once per feature string built from it, in the paragraph and again in its sentence), a pair of words by two
 * numbers, a heading's features once per heading, and each element's weights an array indexed by feature. The sums
 * add the same weights in the same order as `probability` over the feature Set (its insertion order; a feature no element
 * weighs adds 0 there and is left out here, the same sum), so each probability is the same double.
 */
export class PreparedModel {
  readonly description?: string;
  readonly features: ElementModel["features"];
  readonly combination: ElementModel["combination"];
  readonly thresholds: ElementModel["thresholds"];
  readonly loneOnly?: boolean;
  readonly elementVeto?: Record<string, number>;
  readonly reading?: Reading;
  private readonly data: PreparedModelData;
  private readonly tokenIds = new Map<string, number>();
  /** Each token's `w:` / `h:` feature, NONE when the model has none. */
  private readonly wordFeature: Int32Array;
  private readonly headingFeature: Int32Array;
  private readonly pairs: PairTable;
  private readonly lexFeature = new Map<string, number>();
  private readonly roleFeature = new Map<string, number>();
  private readonly featureCount: number;
  private readonly elementIds: Set<string>;
  /** Each element's weights by feature number, made when the element is first scored. */
  private readonly dense = new Map<string, Float64Array>();
  /** A heading's `h:` features (tokenize(heading), no defined terms: the same for every document). */
  private readonly headingFeatures = new Map<string, Int32Array>();
  /** The features already in the list being read: `seen[f] === epoch`. */
  private readonly seen: Uint32Array;
  private epoch = 0;
  /** The read's scratch (grown as needed): each word's `w:` feature and the pair it starts; the lists written so far. */
  private wordF = new Int32Array(256);
  private pairF = new Int32Array(256);
  private out = new Int32Array(1024);
  private at = 0;

  constructor(data: PreparedModelData) {
    this.data = data;
    this.description = data.description;
    this.features = data.features;
    this.combination = data.combination;
    this.thresholds = data.thresholds;
    this.loneOnly = data.loneOnly;
    this.elementVeto = data.elementVeto;
    this.reading = data.reading;
    const { tokens, words, headings, bigrams, lexicon } = data;
    for (let i = 0; i < tokens.length; i++) this.tokenIds.set(tokens[i], i);
    this.wordFeature = new Int32Array(tokens.length).fill(NONE);
    this.headingFeature = new Int32Array(tokens.length).fill(NONE);
    let f = 0;
    for (const t of words) this.wordFeature[t] = f++;
    for (const t of headings) this.headingFeature[t] = f++;
    this.pairs = new PairTable(bigrams, f, tokens.length);
    f += bigrams.length / 2;
    for (const id of lexicon) this.lexFeature.set(id, f++);
    for (const r of data.roles ?? []) this.roleFeature.set(r, f++);
    this.featureCount = f;
    this.seen = new Uint32Array(f);
    this.elementIds = new Set(Object.keys(data.elements));
  }

  /** Whether the model has weights for the element. */
  has(id: string): boolean {
    return this.elementIds.has(id);
  }

  /** The numbered form (PreparedModelData), as the build writes it. */
  toData(): PreparedModelData {
    return this.data;
  }

  /** A paragraph's features read whole and sentence by sentence, as numbers (readFeatures' sets, in their order, less the features no element weighs). */
  read(text: string, headings: readonly string[], aliases: Aliases, lexicon: Iterable<string>, evidence?: ReadonlyMap<string, readonly string[]>, reading?: TextReadings): ReadNumbers {
    const families = this.features;
    // The document's reading (made with `aliases`), where given: the judge's words and sentences, not read again.
    const words = reading ? reading.words(text) : tokenize(text, aliases);
    const sentences = reading ? reading.sentences(text) : splitSentences(text);
    // The `r:` and `g:` features as numbers: the paragraph's, then each sentence's (evidenceFeatures' lists, less those no element weighs).
    const ids = [...lexicon];
    const roles = this.roleFeature.size ? evidenceFeatures(text, words, sentences, families, evidence, ids) : undefined;
    const roleNumbers = (list: readonly string[]) => {
      const out: number[] = [];
      for (const r of list) {
        const f = this.roleFeature.get(r);
        if (f !== undefined) out.push(f);
      }
      return out;
    };
    const paragraphRoles = roles ? roleNumbers(roles.paragraph) : [];
    const n = words.length;
    if (this.wordF.length < n) {
      this.wordF = new Int32Array(2 * n);
      this.pairF = new Int32Array(2 * n);
    }
    // Each word's `w:` feature and the pair it starts (NONE: the model weighs none); its `also` features are looked up as listed.
    const { wordF, pairF, wordFeature } = this;
    let also = 0;
    let t = n > 0 ? this.token(words[0].base) : NONE;
    for (let i = 0; i < n; i++) {
      const w = words[i];
      const next = i + 1 < n ? this.token(words[i + 1].base) : NONE;
      wordF[i] = t === NONE ? NONE : wordFeature[t];
      pairF[i] = families.bigrams && t !== NONE && next !== NONE && !w.stop ? this.pairs.get(t, next) : NONE;
      if (w.also) also += w.also.length;
      t = next;
    }
    const heads: Int32Array[] = [];
    if (families.headings) for (const h of headings) heads.push(this.headingsOf(h));
    const lex: number[] = [];
    if (families.lexicon) for (const id of ids) lex.push(this.lexFeature.get(id) ?? NONE);
    let fixed = lex.length;
    for (const h of heads) fixed += h.length;
    // At most: twice the words' features (the paragraph's, then its sentences'), the headings' and lexicon's once a list, the roles twice.
    const most = 2 * (2 * n + also) + fixed * (1 + sentences.length) + (roles ? roles.paragraph.length + roles.sentences.reduce((t, r) => t + r.length, 0) : 0);
    if (this.out.length < most) this.out = new Int32Array(2 * most);
    this.at = 0;
    const ends: number[] = [];
    this.list(words, 0, n, heads, lex, paragraphRoles);
    ends.push(this.at);
    // An evidence reading (round 38) of two or more sentences: which open by pointing back, where each answer's evidence stands.
    const evidenceReading = this.reading !== undefined && this.reading !== "all" && sentences.length > 1;
    const back = evidenceReading ? new Set<number>() : undefined;
    let from = 0;
    for (let k = 0; k < sentences.length; k++) {
      const s = sentences[k];
      while (from < n && words[from].start < s.start) from++;
      let to = from;
      while (to < n && words[to].start < s.end) to++;
      this.list(words, from, to, heads, lex, roles ? roleNumbers(roles.sentences[k]) : NO_ROLES);
      ends.push(this.at);
      if (back && k > 0 && opensBack(words, from, to)) back.add(k);
      from = to;
    }
    const lone = this.loneOnly && evidence ? loneElements(text, words, sentences, evidence, ids) : NO_LONE;
    const within = evidenceReading && evidence ? evidenceSentences(text, words, sentences, evidence) : undefined;
    return { features: this.out.slice(0, this.at), ends, lone, ...(within ? { within, back } : {}) };
  }

  /**
   * The model's probability that the paragraph addresses the element as its `reading` reads an answer (answerProbability,
   * to the last bit): absent or "all", the best over the whole and each sentence (bestProbability); an evidence reading,
   * over the sentences the answer's evidence stands in (`read.within`), one that points back (`read.back`) read with the
   * sentence before it.
   */
  bestProbability(id: string, read: ReadNumbers): number {
    const { bias } = this.data.elements[id];
    const w = this.weightsOf(id);
    const { features, ends } = read;
    const within = read.within?.get(id);
    if (within && within.size > 0) {
      let best = -1;
      // Sentence k's list is [ends[k], ends[k + 1]).
      for (const k of [...within].sort((a, b) => a - b)) {
        const p = k > 0 && read.back?.has(k) ? this.unionProbability(bias, w, features, ends[k - 1], ends[k], ends[k + 1]) : this.probabilityOf(bias, w, features, ends[k], ends[k + 1]);
        best = Math.max(best, p);
      }
      return this.reading === "evidence+whole" ? Math.max(this.probabilityOf(bias, w, features, 0, ends[0]), best) : best;
    }
    let best = 0;
    let from = 0;
    for (let k = 0; k < ends.length; k++) {
      let z = bias;
      for (let i = from; i < ends[k]; i++) z += w[features[i]];
      const p = 1 / (1 + Math.exp(-z));
      best = k === 0 ? p : Math.max(best, p);
      from = ends[k];
    }
    return best;
  }

  /** The probability over the features [a, b). */
  private probabilityOf(bias: number, w: Float64Array, features: Int32Array, a: number, b: number): number {
    let z = bias;
    for (let i = a; i < b; i++) z += w[features[i]];
    return 1 / (1 + Math.exp(-z));
  }

  /** The probability over the union of two adjacent lists: [a, b), then the features of [b, c) not in it (a Set of the two, in order). */
  private unionProbability(bias: number, w: Float64Array, features: Int32Array, a: number, b: number, c: number): number {
    const { seen } = this;
    if (this.epoch === 0xffffffff) {
      seen.fill(0);
      this.epoch = 0;
    }
    const epoch = ++this.epoch;
    let z = bias;
    for (let i = a; i < b; i++) {
      seen[features[i]] = epoch;
      z += w[features[i]];
    }
    for (let i = b; i < c; i++) if (seen[features[i]] !== epoch) z += w[features[i]];
    return 1 / (1 + Math.exp(-z));
  }

  /** One list (paragraphFeatures over words[from, to)), each feature once, appended to `out`. */
  private list(words: readonly Word[], from: number, to: number, heads: readonly Int32Array[], lex: readonly number[], roles: readonly number[]): void {
    const { seen, wordF, pairF, out } = this;
    if (this.epoch === 0xffffffff) {
      seen.fill(0);
      this.epoch = 0;
    }
    const epoch = ++this.epoch;
    let at = this.at;
    for (let i = from; i < to; i++) {
      let f = wordF[i];
      if (f !== NONE && seen[f] !== epoch) {
        seen[f] = epoch;
        out[at++] = f;
      }
      const also = words[i].also;
      if (also) {
        for (let k = 0; k < also.length; k++) {
          const u = this.token(also[k]);
          f = u === NONE ? NONE : this.wordFeature[u];
          if (f !== NONE && seen[f] !== epoch) {
            seen[f] = epoch;
            out[at++] = f;
          }
        }
      }
      // A pair that crosses a sentence's end is the paragraph's, not the sentence's (paragraphFeatures over its words).
      f = i + 1 < to ? pairF[i] : NONE;
      if (f !== NONE && seen[f] !== epoch) {
        seen[f] = epoch;
        out[at++] = f;
      }
    }
    for (const h of heads) {
      for (let k = 0; k < h.length; k++) {
        const f = h[k];
        if (f !== NONE && seen[f] !== epoch) {
          seen[f] = epoch;
          out[at++] = f;
        }
      }
    }
    for (const f of lex) {
      if (f !== NONE && seen[f] !== epoch) {
        seen[f] = epoch;
        out[at++] = f;
      }
    }
    for (const f of roles) {
      if (seen[f] !== epoch) {
        seen[f] = epoch;
        out[at++] = f;
      }
    }
    this.at = at;
  }

  private token(base: string): number {
    return this.tokenIds.get(base) ?? NONE;
  }

  private headingsOf(heading: string): Int32Array {
    let h = this.headingFeatures.get(heading);
    if (!h) {
      const words = tokenize(heading);
      h = new Int32Array(words.length);
      for (let i = 0; i < words.length; i++) {
        const t = this.token(words[i].base);
        h[i] = t === NONE ? NONE : this.headingFeature[t];
      }
      // Headings repeat across a batch's documents; a run over many distinct ones keeps the last thousand or so.
      if (this.headingFeatures.size >= 1024) this.headingFeatures.clear();
      this.headingFeatures.set(heading, h);
    }
    return h;
  }

  private weightsOf(id: string): Float64Array {
    let w = this.dense.get(id);
    if (!w) {
      const { features, weights } = this.data.elements[id];
      w = new Float64Array(this.featureCount);
      for (let i = 0, n = features.length; i < n; i++) w[features[i]] = weights[i];
      this.dense.set(id, w);
    }
    return w;
  }
}

/** A model file's weights prepared for the engine (PreparedModel). */
export function prepareModel(model: ElementModel): PreparedModel {
  return new PreparedModel(prepareModelData(model));
}
