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
  const suffix = bracketSuffix(label);
  return suffix !== undefined && catalog.headerSuffixes.includes(suffix.inner);
}

/**
 * A label's bracketed suffix ("… [Text Block]"): where its "[" is and what the brackets hold, as /\[([^\]]+)\]\s*$/
 * finds them, in one pass: that regex ran from each "[" of a row label to its end, quadratic in a stranger's label of
 * many "[" (round 43).
 */
function bracketSuffix(label: string): { open: number; inner: string } | undefined {
  const text = label.trimEnd();
  const close = text.length - 1;
  if (close < 0 || text[close] !== "]") return undefined;
  const open = text.indexOf("[", text.lastIndexOf("]", close - 1) + 1);
  return open >= 0 && open < close - 1 ? { open, inner: text.slice(open + 1, close) } : undefined;
}

/**
 * Label → local name: the catalog first; otherwise the taxonomy's fallback (drop the bracketed
 * suffix, capitalise words, join, append Flag/TextBlock/LineItems). `known` says which applied.
 */
export function conceptFromLabel(label: string): { name: string; known: boolean } {
  const hit = byLabel.get(label.trim().toLowerCase());
  if (hit) return { name: hit.name, known: true };
  // As /^(.*?)\s*\[([^\]]+)\]\s*$/ on the trimmed label: the words before the suffix, on the label's first line.
  const trimmed = label.trim();
  const found = bracketSuffix(trimmed);
  const before = found && trimmed.slice(0, found.open).trimEnd();
  const m = found && !/[\n\r\u2028\u2029]/.test(before!) ? found : undefined;
  const base = m ? before! : label;
  const suffix = m ? m.inner.replace(/\s+/g, "") : "";
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
