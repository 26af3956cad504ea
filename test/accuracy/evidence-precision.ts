// Evidence precision (issue 10, point 5): how often the sentence a contradiction check QUOTES really says what the
// check takes it to say. A flag/text contradiction may be an error only when the finding quotes a sentence of a shape
// whose precision is measured at 100% here; below that a quoted sentence is evidence, not proof (a warning).
// For every check of rules/*.json that quotes an element's answer ("{evidence}" in its message, an `element` fact
// with answer affirmed or negative that must be non-empty), the check's own element query, and its other element conditions
// (flags and other facts aside), are run on every labelled
// paragraph of the tune split (the paragraph the eval matches each label to) and of the paraphrase batches
// (test/accuracy/paraphrases, the still-sealed batches left out unopened), each paragraph judged alone as a draft's; a
// paragraph the query finds is true when its label says the element is addressed with that answer (affirmed: addressed
// and not answered no; negative: answered no).
// Held-out labels are never read. Run: `npm run evidence` (scripts/evidence.mjs), `-- --misses` for the false ones.
// A check that quotes only its element's OWN block (`ownBlock`: flag-text-positions-responsible's "the positions text gives
// a position") is measured in block context instead (round 37): each paragraph labelled with an element of the same
// paragraph of Item 106 (106(c)(2) for the positions block: text a filer may tag as that block) is made the block's text
// in a one-block JSON draft, the check's flags set as its conditions ask, and the check's rule run alone; the paragraph is
// found when that check's finding comes out.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createLinter } from "../../src/api.js";
import { DocumentContext, type Answer, type ElementQuery } from "../../src/engine/document.js";
import { loadRuleSet } from "../../src/engine/rule-loader.js";
import type { RuleCheck } from "../../src/engine/rule-types.js";
import { PACKAGE_ROOT } from "../../src/paths.js";
import { loadDisclosure } from "../../src/sources/load.js";
import { templatePattern } from "../rules/severity-calibration.js";
import { evaluate, loadLabels, PARAPHRASE_HEADING, type LabelledParagraph } from "./eval.js";
import { trainingParaphrases } from "./training-data.js";

export interface EvidenceCheck {
  ruleId: string;
  /** The check's index in its rule file and its severity. */
  index: number;
  severity: string;
  /** The element query whose hit the check quotes. */
  query: ElementQuery;
  /** The check's other element conditions, which must hold in the same paragraph (a yes that must stand alone: no no beside it). */
  conditions: { query: ElementQuery; empty: boolean }[];
  /** The check's message, to know its finding by. */
  message: string;
  /** The flag values its conditions ask for (concept → value): the block-context draft sets them. */
  flags: Record<string, boolean>;
}

/** Whether a check quotes only its element's own block: it is then measured in block context (blockContextParagraphs). */
export function inBlockContext(check: EvidenceCheck): boolean {
  return check.query.ownBlock === true;
}

export interface EvidenceCount {
  check: EvidenceCheck;
  found: number;
  good: number;
  /** The paragraphs found whose label disagrees. */
  misses: { source: string; text: string }[];
}

interface Condition {
  fact?: string;
  operator?: string;
  params?: Record<string, unknown>;
  all?: Condition[];
  any?: Condition[];
}

/** The checks that quote an element's answer as their evidence, with the element query whose hit they quote. */
export function quotingChecks(): EvidenceCheck[] {
  const out: EvidenceCheck[] = [];
  for (const rule of loadRuleSet().rules) {
    rule.checks.forEach((check: RuleCheck, index) => {
      if (!check.message.includes("{evidence}")) return;
      const locate = check.locate as Condition | undefined;
      // The rule's `when` is part of every check's condition.
      const conditions = [rule.when, check.conditions].flatMap((c) => ((c as Condition | undefined)?.all ?? []) as Condition[]);
      const wanted = (c: Condition | undefined) =>
        c?.fact === "element" && (c.params?.answer === "affirmed" || c.params?.answer === "negative") ? c.params : undefined;
      const params = wanted(locate) ?? conditions.map((c) => (c.operator === "notEmpty" ? wanted(c) : undefined)).find(Boolean);
      if (!params) return;
      const asQuery = (p: Record<string, unknown>) => ({ ...(p as unknown as ElementQuery), answer: ((p.answer as Answer | undefined) ?? "any") as Answer });
      const flags: Record<string, boolean> = {};
      for (const c of conditions)
        if (c.fact === "flag" && c.operator === "equal" && typeof (c as { value?: unknown }).value === "boolean") flags[c.params?.concept as string] = (c as { value: boolean }).value;
      out.push({
        ruleId: rule.id,
        index,
        severity: check.severity ?? rule.severity,
        query: asQuery(params),
        conditions: conditions
          .filter((c) => c.fact === "element" && c.params && (c.operator === "isEmpty" || c.operator === "notEmpty"))
          .map((c) => ({ query: asQuery(c.params ?? {}), empty: c.operator === "isEmpty" })),
        message: check.message,
        flags,
      });
    });
  }
  return out;
}

/** The labelled paragraphs to measure on: the tune split's (as the eval matches them) and the paraphrase batches'. */
export async function measuredParagraphs(corpusDir = join(PACKAGE_ROOT, "..", "shared", "corpus", "real")): Promise<{ source: string; text: string; label: LabelledParagraph }[]> {
  const tune = loadLabels(join(PACKAGE_ROOT, "test", "accuracy", "labels")).filter((l) => l.split === "tune");
  const rows = (await evaluate(tune, { corpusDir })).get("tune")?.rows ?? [];
  // Two labels the reader's one paragraph holds (a paragraph continued over a page break) are one paragraph: it
  // addresses what either label says.
  const byText = new Map<string, { source: string; text: string; label: LabelledParagraph }>();
  for (const r of rows.filter((row) => row.text)) {
    const seen = byText.get(r.text as string);
    if (!seen) byText.set(r.text as string, { source: r.file, text: r.text as string, label: r.label });
    else
      seen.label = {
        ...seen.label,
        elements: [...new Set([...seen.label.elements, ...r.label.elements])],
        negative: [...new Set([...(seen.label.negative ?? []), ...(r.label.negative ?? [])])],
      };
  }
  return [...byText.values(), ...paraphraseParagraphs()];
}

/**
 * The paraphrase batches' paragraphs, the still-sealed batches (training-data.ts, HELD_BACK) left out unopened: `npm run
 * evidence -- --misses` prints the sentences it counts, and a sealed batch is the lead's untuned measure.
 */
export function paraphraseParagraphs(dir = join(PACKAGE_ROOT, "test", "accuracy", "paraphrases")): { source: string; text: string; label: LabelledParagraph }[] {
  const out: { source: string; text: string; label: LabelledParagraph }[] = [];
  for (const set of trainingParaphrases(dir))
    for (const p of set.paragraphs) if (p.text) out.push({ source: set.path.split(/[\\/]/).pop() ?? set.path, text: p.text, label: p });
  return out;
}

interface CatalogElement {
  id: string;
  item106: string;
  concept: string;
}

/** The requirement catalog's elements (rules/requirements/requirements.json). */
function catalog(): CatalogElement[] {
  return (JSON.parse(readFileSync(join(PACKAGE_ROOT, "rules", "requirements", "requirements.json"), "utf8")) as { elements: CatalogElement[] }).elements;
}

/**
 * The paragraphs a filer may tag as an element's own block: those labelled (yes or no) with an element of the same
 * paragraph of Item 106 ("106(c)(2)(i)" → every element under "106(c)(2)"). The tag already says what the text is about.
 */
export function blockContextParagraphs<P extends { label: LabelledParagraph }>(paragraphs: P[], elementId: string, elements = catalog()): P[] {
  const own = elements.find((e) => e.id === elementId);
  if (!own) return [];
  const parent = own.item106.replace(/\([ivx]+\)$/, "");
  const group = new Set(elements.filter((e) => e.item106.startsWith(parent)).map((e) => e.id));
  return paragraphs.filter((p) => [...p.label.elements, ...(p.label.negative ?? [])].some((id) => group.has(id)));
}

/** Whether a paragraph's label bears out a hit of the query (affirmed: addressed and not answered no; negative: answered no). */
function bornOut(query: ElementQuery, label: LabelledParagraph): boolean {
  const no = (label.negative ?? []).includes(query.id);
  return query.answer === "negative" ? no : label.elements.includes(query.id) && !no;
}

/** Each quoting check's hits on the paragraphs, each paragraph the one paragraph of an Item 1C draft, and how many its label bears out. */
export async function measureEvidence(paragraphs: { source: string; text: string; label: LabelledParagraph }[], checks = quotingChecks()): Promise<EvidenceCount[]> {
  const ruleSet = loadRuleSet();
  const counts = checks.map((check) => ({ check, found: 0, good: 0, misses: [] as { source: string; text: string }[] }));
  const dir = mkdtempSync(join(tmpdir(), "disclint-evidence-"));
  try {
    const elements = catalog();
    for (const c of counts.filter((k) => inBlockContext(k.check))) await measureInBlock(c, blockContextParagraphs(paragraphs, c.check.query.id, elements), elements, dir);
    for (const p of paragraphs) {
      const draft = join(dir, "draft.md");
      writeFileSync(draft, `${PARAPHRASE_HEADING}\n\n${p.text}\n`);
      const doc = new DocumentContext(await loadDisclosure([draft]), ruleSet.lexicons, ruleSet.cues, ruleSet.elements);
      for (const c of counts) {
        if (inBlockContext(c.check)) continue;
        if (!doc.elementHits(c.check.query).length) continue;
        // The check's other element conditions (flags and other facts aside) decide whether it would quote this paragraph.
        if (!c.check.conditions.every((k) => (doc.elementHits(k.query).length === 0) === k.empty)) continue;
        c.found++;
        if (bornOut(c.check.query, p.label)) c.good++;
        else c.misses.push({ source: p.source, text: p.text });
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return counts;
}

/** One check in block context: each paragraph the text of the element's own block in a one-block JSON draft, the check's rule run alone. */
async function measureInBlock(c: EvidenceCount, paragraphs: { source: string; text: string; label: LabelledParagraph }[], elements: CatalogElement[], dir: string): Promise<void> {
  const concept = elements.find((e) => e.id === c.check.query.id)?.concept;
  if (!concept) return;
  const off = new Map(createLinter().rules.filter((r) => r.id !== c.check.ruleId).map((r) => [r.id, "off" as const]));
  const linter = createLinter({ ruleSettings: off });
  const pattern = templatePattern(c.check.message);
  const draft = join(dir, "block.json");
  for (const p of paragraphs) {
    writeFileSync(draft, JSON.stringify({ form: "10-K", facts: { ...c.check.flags, [concept]: p.text } }));
    const findings = await linter.lint(await loadDisclosure([draft]));
    if (!findings.some((f) => f.ruleId === c.check.ruleId && pattern.test(f.message))) continue;
    c.found++;
    if (bornOut(c.check.query, p.label)) c.good++;
    else c.misses.push({ source: p.source, text: p.text });
  }
}

/** The table: rule, check, severity, element and answer, true / found, precision. */
export function formatEvidence(counts: EvidenceCount[], misses = false): string {
  const rows = ["| rule | check | severity | element, answer | true / found | precision |", "|---|---:|---|---|---:|---:|"];
  for (const c of counts) {
    const q = c.check.query;
    const gate = [q.part ? `part ${q.part}` : "", q.clauseHas ? `clause has ${q.clauseHas.join(", ")}` : "", q.topicHas ? `topic has ${q.topicHas.join(", ")}` : ""].filter(Boolean).join("; ");
    const pct = c.found ? `${((100 * c.good) / c.found).toFixed(1)}%` : "—";
    const gates = [gate, inBlockContext(c.check) ? "own block, in block context" : ""].filter(Boolean).join("; ");
    rows.push(`| ${c.check.ruleId} | ${c.check.index} | ${c.check.severity} | ${q.id}, ${q.answer}${gates ? ` (${gates})` : ""} | ${c.good} / ${c.found} | ${pct} |`);
  }
  if (misses) for (const c of counts) for (const m of c.misses) rows.push(`\n${c.check.ruleId}#${c.check.index} ${m.source}: ${m.text.slice(0, 220)}`);
  return rows.join("\n");
}
