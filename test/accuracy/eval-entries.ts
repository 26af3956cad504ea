// Lexicon entries by their detections (issue 10, round 34): which ENTRY of an element's word lists (a term, a pattern, a
// near group) made each paragraph's detection of the element, and how often each entry's detections are true, over the
// rows of `npm run eval -- --split paraphrase --rows` (each row carries its elements' reasons and the words they quote).
//
// Attribution: an element's lexicon reasons quote the matched words (ParagraphElement reasons, as `disclint facts` shows
// them). Each entry of the element's lexicons (its own, its `also` lists, its negative list) is compiled alone and run on
// the paragraph; the entry is credited with the detection when one of its matches lies within a quoted word span (a quoted span is the lexicon's match, several entries' matches merged when they overlap). A detection
// several entries made counts for each of them (tp / fp); it counts as ALONE for an entry when no other entry, no clause
// condition and no heading answered the element in that paragraph (removing the entry would lose it).
// Run: `npm run entries -- <rows.jsonl> [--half A|B] [--element id] [--fn]`.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { harvestAliases } from "../../src/text/aliases.js";
import { compileLexicon, type LexiconDefinition, type NearPattern } from "../../src/text/lexicon.js";
import { tokenize } from "../../src/text/tokens.js";
import { PACKAGE_ROOT } from "../../src/paths.js";

export interface Row {
  file: string;
  label: { elements: string[]; quote: string };
  text?: string;
  elements: string[];
  reasons?: Record<string, { by: string; terms: string[] }[]>;
}

export interface Entry {
  lexicon: string;
  /** "terms[3]", "patterns[0]", "near[2]", "caseSensitivePatterns[1]". */
  key: string;
  /** The entry as written (a near group's comment or its first items). */
  shown: string;
  definition: LexiconDefinition;
}

export interface EntryCount {
  entry: Entry;
  tp: number;
  fp: number;
  /** Detections no other entry, clause condition or heading made. */
  tpAlone: number;
  fpAlone: number;
  /** Up to a few false detections' files and text. */
  falses: { file: string; text: string }[];
  /** Every credited detection (attribute(…, true)): the paragraph, the quoted spans, the label's answer, alone or not. */
  detections?: { text: string; spans: [number, number][]; truth: boolean; alone: boolean }[];
}

/** The half of the paraphrase batches a file falls in: A when the first byte of sha1(file name) is even (fixed before any look). */
export function half(file: string): "A" | "B" {
  return parseInt(createHash("sha1").update(file).digest("hex").slice(0, 2), 16) % 2 === 0 ? "A" : "B";
}

/** Each entry of a lexicon file, as a lexicon of its own. */
export function entriesOf(name: string, def: LexiconDefinition): Entry[] {
  const base = { description: def.description, caseSensitive: def.caseSensitive };
  const out: Entry[] = [];
  (def.terms ?? []).forEach((t, i) => out.push({ lexicon: name, key: `terms[${i}]`, shown: t, definition: { ...base, terms: [t] } }));
  (def.patterns ?? []).forEach((p, i) => out.push({ lexicon: name, key: `patterns[${i}]`, shown: p, definition: { ...base, patterns: [p] } }));
  (def.caseSensitivePatterns ?? []).forEach((p, i) => out.push({ lexicon: name, key: `caseSensitivePatterns[${i}]`, shown: p, definition: { ...base, caseSensitivePatterns: [p] } }));
  (def.near ?? []).forEach((n: NearPattern, i) => {
    const c = (n as { comment?: string }).comment;
    out.push({ lexicon: name, key: `near[${i}]`, shown: c ?? JSON.stringify(n).slice(0, 100), definition: { ...base, near: [n] } });
  });
  return out;
}

/** The lexicons whose words answer each element (its own, `also`, its negative list), from the requirements file. */
export function elementLexicons(root = PACKAGE_ROOT): Map<string, string[]> {
  const req = JSON.parse(readFileSync(join(root, "rules", "requirements", "requirements.json"), "utf8")) as { elements: { id: string; lexicon: string; also?: string[]; negative?: string }[] };
  return new Map(req.elements.map((e) => [e.id, [e.lexicon, ...(e.also ?? []), ...(e.negative ? [e.negative] : [])]]));
}

const collapse = (s: string) => s.replace(/\s+/g, " ").trim();

/** The [start, end) spans of the collapsed text a reason's quoted words cover (a term cut at 80 characters ends in "…"). */
function quotedSpans(text: string, terms: string[]): [number, number][] {
  const out: [number, number][] = [];
  for (const t of terms) {
    const q = t.endsWith("…") ? t.slice(0, -1) : t;
    if (!q) continue;
    for (let at = text.indexOf(q); at >= 0; at = text.indexOf(q, at + 1)) out.push([at, at + q.length]);
  }
  return out;
}

/** Every row's lexicon detections credited to entries. */
export function attribute(rows: Row[], root = PACKAGE_ROOT, keep = false): EntryCount[] {
  const byElement = elementLexicons(root);
  const entries = new Map<string, Entry[]>();
  const compiled = new Map<Entry, ReturnType<typeof compileLexicon>>();
  const entriesFor = (lex: string) => {
    let es = entries.get(lex);
    if (!es) {
      const def = JSON.parse(readFileSync(join(root, "rules", "lexicons", `${lex}.json`), "utf8")) as LexiconDefinition;
      entries.set(lex, (es = entriesOf(lex, def)));
      for (const e of es) compiled.set(e, compileLexicon(`${lex}#${e.key}`, e.definition));
    }
    return es;
  };
  const counts = new Map<Entry, EntryCount>();
  for (const row of rows) {
    if (!row.text || !row.reasons) continue;
    const text = collapse(row.text);
    let words: ReturnType<typeof tokenize> | undefined;
    for (const [id, reasons] of Object.entries(row.reasons)) {
      const lexiconReasons = reasons.filter((r) => r.by.startsWith("element-"));
      if (!lexiconReasons.length) continue;
      const spans = quotedSpans(text, lexiconReasons.flatMap((r) => r.terms));
      words ??= tokenize(text, harvestAliases(text));
      const credited = new Set<Entry>();
      for (const lex of byElement.get(id) ?? []) {
        for (const e of entriesFor(lex)) {
          const found = compiled.get(e)!.matchAll(text, words);
          if (found.some((m) => spans.some(([s, t]) => s <= m.start && m.end <= t))) credited.add(e);
        }
      }
      const other = reasons.some((r) => !r.by.startsWith("element-") && r.terms.length) || reasons.some((r) => r.by.endsWith(" clauses"));
      const truth = row.label.elements.includes(id);
      for (const e of credited) {
        let c = counts.get(e);
        if (!c) counts.set(e, (c = { entry: e, tp: 0, fp: 0, tpAlone: 0, fpAlone: 0, falses: [], ...(keep ? { detections: [] } : {}) }));
        const alone = credited.size === 1 && !other;
        c.detections?.push({ text, spans, truth, alone });
        if (truth) {
          c.tp++;
          if (alone) c.tpAlone++;
        } else {
          c.fp++;
          if (alone) c.fpAlone++;
          if (c.falses.length < 6) c.falses.push({ file: row.file, text: text.length > 300 ? `${text.slice(0, 297)}…` : text });
        }
      }
    }
  }
  return [...counts.values()];
}

export interface ItemCount {
  /** "group 2: reviewed" (a near item) */
  item: string;
  /** The entry's credited detections, true and false, that the entry no longer makes without the item. */
  tp: number;
  fp: number;
  tpAlone: number;
  fpAlone: number;
}

/**
 * One near entry's items by the detections each is needed for: for each item of each group, the entry without it is run on
 * every paragraph whose detection the entry was credited with, and a detection it no longer finds within the quoted words
 * counts for the item (the words a narrowing would take away).
 */
export function itemsOf(rows: Row[], lexicon: string, key: string, root = PACKAGE_ROOT): ItemCount[] {
  const counts = attribute(rows, root, true);
  const c = counts.find((x) => x.entry.lexicon === lexicon && x.entry.key === key);
  const near = c?.entry.definition.near?.[0];
  if (!c || !near) return [];
  const out: ItemCount[] = [];
  near.all.forEach((group, g) =>
    group.forEach((item) => {
      const without = compileLexicon(`${lexicon}#${key}-${item}`, { ...c.entry.definition, near: [{ ...near, all: near.all.map((gr, i) => (i === g ? gr.filter((x) => x !== item) : gr)) }] });
      const n: ItemCount = { item: `group ${g + 1}: ${item}`, tp: 0, fp: 0, tpAlone: 0, fpAlone: 0 };
      for (const d of c.detections ?? []) {
        const found = without.matchAll(d.text, tokenize(d.text, harvestAliases(d.text)));
        if (found.some((m) => d.spans.some(([s, t]) => s <= m.start && m.end <= t))) continue;
        if (d.truth) n.tp++;
        else n.fp++;
        if (d.alone && d.truth) n.tpAlone++;
        if (d.alone && !d.truth) n.fpAlone++;
      }
      if (n.tp || n.fp) out.push(n);
    }),
  );
  return out.sort((a, b) => b.fpAlone - b.tpAlone - (a.fpAlone - a.tpAlone));
}

/** The rows of a `--rows` run (one JSON object a line; other lines skipped). */
export function readRows(path: string): Row[] {
  return readFileSync(path, "utf8")
    .split("\n")
    .filter((l) => l.startsWith("{"))
    .map((l) => JSON.parse(l) as Row);
}

/** Precision, recall and F1 over all elements of rows (micro), and each element's tp / fp / fn. */
export function score(rows: Row[]): { tp: number; fp: number; fn: number; p: number; r: number; f1: number } {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const row of rows) {
    const got = new Set(row.elements);
    const want = new Set(row.label.elements);
    for (const e of got) if (want.has(e)) tp++;
    else fp++;
    for (const e of want) if (!got.has(e)) fn++;
  }
  const p = tp / (tp + fp || 1);
  const r = tp / (tp + fn || 1);
  return { tp, fp, fn, p, r, f1: (2 * p * r) / (p + r || 1) };
}
