// Which requirement of Item 106(b)–(c) / Item 16K each paragraph of a prose draft addresses, and
// why. The requirements, their heading patterns and their lexicons are data
// (rules/requirements/requirements.json, rules/lexicons/*.json); this file only applies them.

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { BUILTIN_RULES_DIR } from "../paths.js";
import { compileLexicon, findMatches, type Cues, type Lexicon, type LexiconDefinition } from "./lexicon.js";
import { headingPaths, type CyberSection, type ProseBlock } from "./sections.js";
import { splitSentences } from "./sentences.js";

export interface RequirementDefinition {
  id: string;
  /** What the draft must address, as a phrase ("the board of directors' oversight of cybersecurity risk"). */
  title: string;
  /** The heading `disclint init` writes for it. */
  heading: string;
  /** Paragraph of Reg S-K Item 106 / of Form 20-F Item 16K. */
  item106: string;
  item16k: string;
  severity: "error" | "warning";
  /** The cyd text block whose rules read the paragraphs that address it. */
  concept: string;
  /** Regular expressions (case-insensitive) for headings that announce it. */
  headings: string[];
  /** Lexicons (rules/lexicons/<name>.json) whose matches in a paragraph address it. */
  lexicons: string[];
  /** A lexicon that disqualifies a match in the same sentence (a mere cross-reference). */
  unless?: string;
  /** What to write: the guidance `disclint init` puts under the heading. */
  guidance: string;
}

export interface Requirement extends RequirementDefinition {
  headingPatterns: RegExp[];
}

export type Reason =
  | { by: "heading"; heading: string; pattern: string }
  | { by: "lexicon"; lexicon: string; terms: string[] };

export interface ParagraphMapping {
  block: ProseBlock;
  /** Headings above the paragraph inside the section, outermost first. */
  headings: string[];
  /** Requirements the paragraph addresses, in catalog order, each with why. */
  requirements: { id: string; reasons: Reason[] }[];
}

export interface RequirementMapping {
  section: CyberSection;
  paragraphs: ParagraphMapping[];
  /** Requirement id → indexes into `paragraphs` of the paragraphs that address it. */
  addressedBy: Map<string, number[]>;
  /** Requirements no paragraph addresses, in catalog order. */
  missing: Requirement[];
}

interface Catalog {
  requirements: RequirementDefinition[];
}

let requirements: Requirement[] | undefined;
const lexicons = new Map<string, Lexicon>();

/** The requirement catalog (rules/requirements/requirements.json), loaded once. */
export function loadRequirements(): Requirement[] {
  if (!requirements) {
    const catalog = JSON.parse(readFileSync(join(BUILTIN_RULES_DIR, "requirements", "requirements.json"), "utf8")) as Catalog;
    requirements = catalog.requirements.map((r) => ({ ...r, headingPatterns: r.headings.map((p) => new RegExp(p, "iu")) }));
  }
  return requirements;
}

/** A built-in lexicon by name, compiled once. */
export function requirementLexicon(name: string): Lexicon {
  let lex = lexicons.get(name);
  if (!lex) {
    const def = JSON.parse(readFileSync(join(BUILTIN_RULES_DIR, "lexicons", `${name}.json`), "utf8")) as LexiconDefinition;
    lex = compileLexicon(name, def);
    lexicons.set(name, lex);
  }
  return lex;
}

const MAX_TERMS = 3;

let cues: Cues | undefined;

function cueLexicons(): Cues {
  cues ??= { negation: requirementLexicon("negation"), hypothetical: requirementLexicon("hypothetical"), clauseBreak: requirementLexicon("clause-break") };
  return cues;
}

function lexiconReason(req: Requirement, text: string): Reason[] {
  const sentences = splitSentences(text);
  const excluded = new Set<number>();
  if (req.unless) {
    const unless = requirementLexicon(req.unless);
    sentences.forEach((s, i) => {
      if (findMatches(text.slice(s.start, s.end), [], unless, cueLexicons()).length) excluded.add(i);
    });
  }
  const out: Reason[] = [];
  for (const name of req.lexicons) {
    const terms: string[] = [];
    for (const m of findMatches(text, sentences, requirementLexicon(name), cueLexicons())) {
      if (excluded.size && excluded.has(sentences.indexOf(m.sentence))) continue;
      const term = text.slice(m.start, m.end).replace(/\s+/g, " ").trim();
      const shown = term.length > 80 ? `${term.slice(0, 77)}…` : term;
      if (!terms.includes(shown)) terms.push(shown);
      if (terms.length >= MAX_TERMS) break;
    }
    if (terms.length) out.push({ by: "lexicon", lexicon: name, terms });
  }
  return out;
}

/**
 * Assigns each paragraph of the section to the requirements it addresses: a requirement's heading
 * pattern matches a heading above the paragraph (inside the section), or one of its lexicons
 * matches in the paragraph's own text (outside sentences its `unless` lexicon matches).
 */
export function mapRequirements(section: CyberSection, catalog: Requirement[] = loadRequirements()): RequirementMapping {
  const paths = headingPaths(section.blocks);
  const paragraphs: ParagraphMapping[] = [];
  const addressedBy = new Map<string, number[]>();
  section.blocks.forEach((block, i) => {
    if (block.kind !== "paragraph") return;
    const headings = paths[i].map((h) => h.text);
    const mapping: ParagraphMapping = { block, headings, requirements: [] };
    for (const req of catalog) {
      const reasons: Reason[] = [];
      // The nearest heading first: it says most about the paragraph.
      for (const h of [...paths[i]].reverse()) {
        const pattern = req.headingPatterns.find((p) => p.test(h.text));
        if (pattern) {
          reasons.push({ by: "heading", heading: h.text, pattern: pattern.source });
          break;
        }
      }
      reasons.push(...lexiconReason(req, block.text));
      if (reasons.length) mapping.requirements.push({ id: req.id, reasons });
    }
    const index = paragraphs.length;
    for (const r of mapping.requirements) addressedBy.set(r.id, [...(addressedBy.get(r.id) ?? []), index]);
    paragraphs.push(mapping);
  });
  const missing = catalog.filter((r) => !addressedBy.has(r.id));
  return { section, paragraphs, addressedBy, missing };
}

/** "heading “Board Oversight”; board-oversight: “The Audit Committee … oversees”" — one line for reports. */
export function describeReasons(reasons: Reason[]): string {
  return reasons
    .map((r) => (r.by === "heading" ? `heading “${r.heading}”` : `${r.lexicon}: ${r.terms.map((t) => `“${t}”`).join(", ")}`))
    .join("; ");
}
