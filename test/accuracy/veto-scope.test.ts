// Round 36's veto scope (test/accuracy/veto-scope.ts): per-element thresholds, lone only, and the nested choice that
// never reads the fold it scores.
import { describe, expect, it } from "vitest";
import { ELEMENTS } from "./eval.js";
import { chooseScope, loneOf, nestedScope, scopeCounts, type ScopeExample } from "./veto-scope.js";

const A = "processes";
const B = "board-oversight";
const a = ELEMENTS.indexOf(A);
const b = ELEMENTS.indexOf(B);

/** A row the lexicons answer A (and B) on; `lone`: A's evidence one place alone; p: A's and B's probabilities. */
function row(truthA: boolean, pA: number, lone: boolean, truthB = true, pB = 0.001): { e: ScopeExample; p: number[] } {
  const p = ELEMENTS.map(() => 0.5);
  p[a] = pA;
  p[b] = pB;
  const e = { truth: new Set([...(truthA ? [A] : []), ...(truthB ? [B] : [])]), lexicon: new Set([A, B]), features: [`g:${A}:n=${lone ? 1 : 2}`, `g:${B}:n=2`, "w:program"] };
  return { e, p };
}

describe("round 36's veto scope", () => {
  it("reads lone places from the rows' agreement features", () => {
    expect([...loneOf(row(true, 0.5, true).e)]).toEqual([A]);
    expect([...loneOf(row(true, 0.5, false).e)]).toEqual([]);
  });

  it("per element: an element whose low-probability answers are true is not vetoed (0), one whose are false gets a threshold", () => {
    // A: false answers at p 0.01, true at 0.9; B: every answer true at p 0.001 (a veto would only lose it).
    const rows = [...Array.from({ length: 20 }, () => row(false, 0.01, true)), ...Array.from({ length: 80 }, () => row(true, 0.9, true))];
    const data = rows.map((r) => r.e);
    const p = rows.map((r) => r.p);
    const all = data.map((_, i) => i);
    const s = chooseScope(data, data.map(loneOf), p, all, { loneOnly: false, perElement: true }, [A, B]);
    expect(s.elementVeto![B]).toBe(0);
    expect(s.elementVeto![A]).toBeGreaterThan(0.01);
    expect(s.elementVeto![A]).toBeLessThanOrEqual(0.9);
    const by = scopeCounts(data, data.map(loneOf), p, all, s);
    expect(by.get(A)).toEqual({ tp: 80, fp: 0, fn: 0 });
    expect(by.get(B)).toEqual({ tp: 100, fp: 0, fn: 0 });
    // One threshold for both cannot do it: it keeps A's false answers or loses B's true ones.
    const one = scopeCounts(data, data.map(loneOf), p, all, chooseScope(data, data.map(loneOf), p, all, { loneOnly: false, perElement: false }, [A, B]));
    expect(one.get(A)!.fp + one.get(B)!.fn).toBeGreaterThan(0);
  });

  it("lone only: an answer whose evidence stands in two places is never vetoed, whatever its probability", () => {
    const rows = [row(false, 0.001, false), row(false, 0.001, true)];
    const data = rows.map((r) => r.e);
    const by = scopeCounts(data, data.map(loneOf), rows.map((r) => r.p), [0, 1], { veto: 0.5, loneOnly: true });
    expect(by.get(A)).toEqual({ tp: 0, fp: 1, fn: 0 });
    expect(scopeCounts(data, data.map(loneOf), rows.map((r) => r.p), [0, 1], { veto: 0.5, loneOnly: false }).get(A)).toEqual({ tp: 0, fp: 0, fn: 0 });
  });

  it("nested: a fold's thresholds never read that fold (its labels and probabilities changed, its choice is the same)", () => {
    const k = 3;
    const rows = Array.from({ length: 90 }, (_, i) => row(i % 4 !== 0, i % 4 === 0 ? 0.02 : 0.6 + (i % 7) / 20, i % 5 !== 0));
    const data = rows.map((r) => r.e);
    const fold = data.map((_, i) => i % k);
    const outer = rows.map((r) => r.p);
    const inner = Array.from({ length: k }, (_, f) => rows.map((r, i) => (fold[i] === f ? [] : r.p.map((x) => x * 0.9))));
    const mode = { loneOnly: true, perElement: true };
    const before = nestedScope(data, fold, k, outer, inner, mode, [A, B]).scopes;
    // Fold 0 rewritten: every label flipped, its probabilities (outer and inner) nonsense.
    const data2 = data.map((e, i) => (fold[i] === 0 ? { ...e, truth: new Set(ELEMENTS.filter((id) => !e.truth.has(id))) } : e));
    const outer2 = outer.map((p, i) => (fold[i] === 0 ? p.map(() => 0.999) : p));
    const inner2 = inner.map((ps, f) => (f === 0 ? ps.map((p, i) => (fold[i] === 0 ? p.map(() => 0.001) : p)) : ps));
    const after = nestedScope(data2, fold, k, outer2, inner2, mode, [A, B]).scopes;
    expect(after[0]).toEqual(before[0]);
    // …while the other folds' choices read fold 0 (so the test can see a change where one is allowed).
    expect(after.slice(1)).not.toEqual(before.slice(1));
  });
});
