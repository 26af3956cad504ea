// Round 39: a near pattern's runs (src/text/lexicon.ts, unorderedRuns and orderedRuns over a call's
// flat occurrences) against the functions they replace, copied here as they were at 41c9844a (one
// object per occurrence, arrays of [first word, last word]): the same runs in the same order, on
// random occurrence lists of one to five groups (each list in word order, as the walk records them;
// several groups at one word, phrases of one to three words, occurrences of groups left out).
import { describe, expect, it } from "vitest";
import { orderedRuns, unorderedRuns } from "../../src/text/lexicon.js";

interface Occurrence {
  group: number;
  from: number;
  to: number;
}

function unorderedSpans(occ: Occurrence[], need: number): Array<[number, number]> {
  const count = new Int32Array(need);
  let covered = 0;
  let left = 0;
  const out: Array<[number, number]> = [];
  for (let right = 0; right < occ.length; right++) {
    if (count[occ[right].group]++ === 0) covered++;
    while (covered === need) {
      out.push([occ[left].from, Math.max(occ[right].to, occ[left].to)]);
      if (--count[occ[left].group] === 0) covered--;
      left++;
    }
  }
  return out;
}

function orderedSpans(occ: Occurrence[], need: number): Array<[number, number]> {
  const byGroup: Occurrence[][] = [];
  for (let g = 0; g < need; g++) byGroup.push([]);
  for (const o of occ) byGroup[o.group].push(o);
  const next = new Int32Array(need);
  const out: Array<[number, number]> = [];
  for (const first of byGroup[0]) {
    let end = first.to;
    for (let g = 1; g < need; g++) {
      const list = byGroup[g];
      while (next[g] < list.length && list[next[g]].from <= end) next[g]++;
      if (next[g] === list.length) return out;
      end = list[next[g]].to;
    }
    out.push([first.from, end]);
  }
  return out;
}

/** A deterministic generator (the test's lists are the same on every run). */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** Occurrences in word order: at each of `words` words, each group found there with probability `p` (at most once a word, as the walk records). */
function occurrences(next: () => number, need: number, words: number, p: number): Occurrence[] {
  const out: Occurrence[] = [];
  for (let i = 0; i < words; i++) {
    for (let g = 0; g < need; g++) if (next() < p) out.push({ group: g, from: i, to: i + Math.floor(next() * 3) });
    // Groups at one word in any order (the entries' order decides it).
    const here = out.filter((o) => o.from === i);
    if (here.length > 1 && next() < 0.5) out.splice(out.length - here.length, here.length, ...here.reverse());
  }
  return out;
}

/** The runs of the flat functions, as pairs; the occurrences stored in a space with others before them (picked by number, as a call picks a pattern's). */
function runs(list: Occurrence[], need: number, ordered: boolean): Array<[number, number]> {
  const occ = new Int32Array(8 * list.length + 4);
  const picked = new Int32Array(list.length);
  list.forEach((o, k) => {
    const at = 8 * k + 4; // every other place another pattern's
    occ[at] = o.group;
    occ[at + 1] = o.from;
    occ[at + 2] = o.to;
    occ[at - 4] = 61;
    occ[at - 3] = 99;
    picked[k] = at;
  });
  const out = new Int32Array(2 * list.length);
  const found = (ordered ? orderedRuns : unorderedRuns)(occ, picked, list.length, need, out);
  const pairs: Array<[number, number]> = [];
  for (let r = 0; r < found; r++) pairs.push([out[2 * r], out[2 * r + 1]]);
  return pairs;
}

describe("near runs over flat occurrences", () => {
  it("finds the runs the object-based functions found, in their order, ordered and not", () => {
    const next = random(39);
    let found = 0;
    let cases = 0;
    for (let n = 0; n < 4000; n++) {
      const need = 1 + Math.floor(next() * 5);
      const list = occurrences(next, need, 1 + Math.floor(next() * 30), 0.05 + next() * 0.4);
      for (const ordered of [false, true]) {
        const expected = ordered ? orderedSpans(list, need) : unorderedSpans(list, need);
        expect(runs(list, need, ordered), JSON.stringify({ need, ordered, list })).toEqual(expected);
        found += expected.length;
        cases++;
      }
    }
    // Lists where patterns match, many of them, and lists where they do not.
    expect(cases).toBe(8000);
    expect(found).toBeGreaterThan(20000);
  });

  it("reads each list again from the start (its scratch left as the last call left it)", () => {
    const list: Occurrence[] = [
      { group: 0, from: 0, to: 0 },
      { group: 1, from: 2, to: 3 },
      { group: 0, from: 5, to: 5 },
      { group: 1, from: 6, to: 6 },
    ];
    expect(runs(list, 2, true)).toEqual([
      [0, 3],
      [5, 6],
    ]);
    expect(runs(list, 2, true)).toEqual([
      [0, 3],
      [5, 6],
    ]);
    expect(runs(list, 2, false)).toEqual([
      [0, 3],
      [2, 5],
      [5, 6],
    ]);
    expect(runs(list.slice(0, 3), 2, false)).toEqual([
      [0, 3],
      [2, 5],
    ]);
  });
});
