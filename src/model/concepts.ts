import catalog from "./cyd-concepts.json" with { type: "json" };
import type { FactKind } from "./types.js";

export interface ConceptInfo {
  number?: number;
  name: string;
  kind: FactKind;
  label: string;
  requirement: string;
  report: "annual" | "incident";
}

export const CONCEPTS: readonly ConceptInfo[] = catalog.concepts as ConceptInfo[];
const byName = new Map(CONCEPTS.map((c) => [c.name, c]));
const byLabel = new Map(CONCEPTS.map((c) => [c.label.toLowerCase(), c]));
const cydNamespace = new RegExp(catalog.namespacePattern);

export function conceptInfo(name: string): ConceptInfo | undefined {
  return byName.get(name);
}

/** True for http://xbrl.sec.gov/cyd/YYYY (any year). */
export function isCydNamespace(uri: string): boolean {
  return cydNamespace.test(uri);
}

/** Kind of a concept by catalog, else by its name's suffix. */
export function kindOf(name: string): FactKind {
  const known = byName.get(name);
  if (known) return known.kind;
  if (name.endsWith("Flag")) return "flag";
  if (name.endsWith("TextBlock")) return "text";
  return "other";
}

/** Header rows of an R page carry no value: "[Line Items]", "[Abstract]", … */
export function isHeaderLabel(label: string): boolean {
  const m = /\[([^\]]+)\]\s*$/.exec(label);
  return m !== null && catalog.headerSuffixes.includes(m[1]);
}

/**
 * Label → local name: the catalog first; otherwise the taxonomy's fallback (drop the bracketed
 * suffix, capitalise words, join, append Flag/TextBlock/LineItems). `known` says which applied.
 */
export function conceptFromLabel(label: string): { name: string; known: boolean } {
  const hit = byLabel.get(label.trim().toLowerCase());
  if (hit) return { name: hit.name, known: true };
  const m = /^(.*?)\s*\[([^\]]+)\]\s*$/.exec(label.trim());
  const base = m ? m[1] : label;
  const suffix = m ? m[2].replace(/\s+/g, "") : "";
  const words = base.split(/[^A-Za-z0-9]+/).filter(Boolean);
  return { name: words.map((w) => w[0].toUpperCase() + w.slice(1)).join("") + suffix, known: false };
}

const byNumber = new Map(CONCEPTS.filter((c) => c.number !== undefined).map((c) => [c.number!, c]));

/**
 * Rule descriptions cite the annual concepts by their catalog number ("Neither #9 nor #8 …");
 * readers of `disclint rules` and SARIF need their labels: "#9" → "Board Committee or
 * Subcommittee Responsible for Oversight [Text Block]".
 */
export function withConceptLabels(text: string): string {
  return text.replace(/#(\d{1,2})\b/g, (ref, n: string) => byNumber.get(Number(n))?.label.replace(/^Cybersecurity Risk /, "") ?? ref);
}
