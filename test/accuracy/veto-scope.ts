// Round 36 (docs/accuracy.md, "Round 36 - a veto only where it is known to help"): where the learned veto may act.
// Two modes of a model file (schemas/element-model.schema.json): `elementVeto`, each element its own threshold (0: not
// vetoed), and `loneOnly`, the veto acts only on an answer whose element's evidence is one lone place in the paragraph
// (`g:<id>:n=1`). Both decided by vetoThreshold (src/text/element-model.ts), as the engine and the eval decide. The
// thresholds are chosen by nested cross-validation: for each scored fold, on the other folds' inner out-of-fold
// probabilities only, never on the fold being scored.

import { vetoThreshold } from "./element-model.js";
import { ELEMENTS, type Counts, count, f1, precision, recall } from "./eval.js";

/** What the scope reads of one judged paragraph. */
export interface ScopeExample {
  truth: Set<string>;
  lexicon: Set<string>;
  features: string[];
}

/** Where the veto acts and how sure it must be: the combination's threshold, lone only, each element's own. */
export interface Scope {
  veto: number;
  loneOnly: boolean;
  elementVeto?: Record<string, number>;
}

/** Round 31's grid; per element also 0 (the element is not vetoed). */
export const GRID = [0.005, 0.01, 0.02, 0.05, 0.1, 0.15, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95, 0.98, 0.99, 0.995];
const ELEMENT_GRID = [0, ...GRID];
/** F1 within this much of the best (round 31's TOLERANCE), recall at most this much below the lexicons' (WARN_RECALL_LOSS). */
const TOLERANCE = 0.0025;
const RECALL_LOSS = 0.01;

/** The answered elements whose evidence is one lone place, read from the rows' agreement features (`g:<id>:n=1`). */
export function loneOf(e: ScopeExample): Set<string> {
  const out = new Set<string>();
  for (const f of e.features) if (f.startsWith("g:") && f.endsWith(":n=1")) out.add(f.slice(2, -4));
  return out;
}

/** Whether the answer of element `id` stands: the lexicons said yes and p reaches the scope's threshold for it. */
function keeps(e: ScopeExample, lone: Set<string>, id: string, p: number, s: Scope): boolean {
  return e.lexicon.has(id) && p >= vetoThreshold(s, s.veto, id, lone.has(id));
}

/** Counts per element of the rows `rows` (indices) under the scope, `p[i][j]` row i's probability for ELEMENTS[j]. */
export function scopeCounts(data: readonly ScopeExample[], lone: readonly Set<string>[], p: readonly (readonly number[])[], rows: readonly number[], s: Scope): Map<string, Counts> {
  const by = new Map<string, Counts>(ELEMENTS.map((id) => [id, { tp: 0, fp: 0, fn: 0 }]));
  for (const i of rows) ELEMENTS.forEach((id, j) => count(by.get(id)!, data[i].truth.has(id), keeps(data[i], lone[i], id, p[i]?.[j] ?? 0, s)));
  return by;
}

/** The sum of counts over the elements (`only`: those). */
export function sum(by: ReadonlyMap<string, Counts>, only?: readonly string[]): Counts {
  const t = { tp: 0, fp: 0, fn: 0 };
  for (const [id, c] of by) {
    if (only && !only.includes(id)) continue;
    t.tp += c.tp;
    t.fp += c.fp;
    t.fn += c.fn;
  }
  return t;
}

/** Of counts that keep recall at most RECALL_LOSS below `floor`: F1 within TOLERANCE of the best, the most precise (the first on a tie). */
function pick<T>(options: readonly T[], counts: (o: T) => Counts, floor: number): T {
  const allowed = options.filter((o) => recall(counts(o)) >= floor - RECALL_LOSS);
  const pool = allowed.length ? allowed : options;
  const top = Math.max(...pool.map((o) => f1(counts(o))));
  return pool.filter((o) => f1(counts(o)) >= top - TOLERANCE).reduce((a, b) => (precision(counts(b)) > precision(counts(a)) + 1e-12 ? b : a));
}

/**
 * The scope chosen on `rows` alone: one threshold by round 31's rule (the warning elements' recall guard), or each
 * element its own (its recall guard against the lexicons' on the same rows; 0 allowed: not vetoed).
 */
export function chooseScope(
  data: readonly ScopeExample[],
  lone: readonly Set<string>[],
  p: readonly (readonly number[])[],
  rows: readonly number[],
  mode: { loneOnly: boolean; perElement: boolean },
  warning: readonly string[],
): Scope {
  const lexicon = scopeCounts(data, lone, [], rows, { veto: 0, loneOnly: false });
  if (!mode.perElement) {
    const counts = new Map(GRID.map((veto) => [veto, scopeCounts(data, lone, p, rows, { veto, loneOnly: mode.loneOnly })]));
    const veto = pick(GRID, (t) => sum(counts.get(t)!, warning), recall(sum(lexicon, warning)));
    // Among equally precise thresholds pick prefers the first; on F1 the rule's tolerance already decided.
    return { veto, loneOnly: mode.loneOnly };
  }
  const elementVeto: Record<string, number> = {};
  const counts = new Map(ELEMENT_GRID.map((veto) => [veto, scopeCounts(data, lone, p, rows, { veto, loneOnly: mode.loneOnly })]));
  for (const id of ELEMENTS) elementVeto[id] = pick(ELEMENT_GRID, (t) => counts.get(t)!.get(id)!, recall(lexicon.get(id)!));
  return { veto: 0, loneOnly: mode.loneOnly, elementVeto };
}

/**
 * Nested cross-validation of a mode: for each fold f, the scope chosen on the rows of the other folds with `inner[f]`
 * (probabilities from models that never saw fold f: an inner cross-validation over the other folds), applied to fold f's
 * rows with `outer` (the model fitted on the other folds). The counts are the sum over the folds; `scopes` each fold's choice.
 */
export function nestedScope(
  data: readonly ScopeExample[],
  fold: readonly number[],
  k: number,
  outer: readonly (readonly number[])[],
  inner: readonly (readonly (readonly number[])[])[],
  mode: { loneOnly: boolean; perElement: boolean },
  warning: readonly string[],
): { by: Map<string, Counts>; scopes: Scope[] } {
  const lone = data.map(loneOf);
  const by = new Map<string, Counts>(ELEMENTS.map((id) => [id, { tp: 0, fp: 0, fn: 0 }]));
  const scopes: Scope[] = [];
  for (let f = 0; f < k; f++) {
    const train = fold.flatMap((g, i) => (g === f ? [] : [i]));
    const test = fold.flatMap((g, i) => (g === f ? [i] : []));
    const scope = chooseScope(data, lone, inner[f], train, mode, warning);
    scopes.push(scope);
    for (const [id, c] of scopeCounts(data, lone, outer, test, scope)) {
      const t = by.get(id)!;
      t.tp += c.tp;
      t.fp += c.fp;
      t.fn += c.fn;
    }
  }
  return { by, scopes };
}
