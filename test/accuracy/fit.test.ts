// The trainer's logistic fit (fit.ts): the L1 penalty (round 32) leaves the weights of features that do not help at
// exactly zero, so the file `npm run train` writes is smaller without pruning; the fit is deterministic.
import { describe, expect, it } from "vitest";
import { sentenceRows, train, type FitExample, type TrainOptions } from "./fit.js";

// 400 paragraphs: "w:oversee" tells the element; 40 noise words, each in about a third of the paragraphs at random.
function data(): FitExample[] {
  let seed = 7;
  const next = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  const out: FitExample[] = [];
  for (let i = 0; i < 400; i++) {
    const yes = i % 2 === 0;
    const features = yes ? ["w:oversee"] : ["w:policy"];
    for (let n = 0; n < 40; n++) if (next() < 0.33) features.push(`w:noise${n}`);
    out.push({ truth: new Set(yes ? ["board-oversight"] : []), features, sentences: [] });
  }
  return out;
}

const base: TrainOptions = { prefixes: ["w:"], lambda: 1e-4, epochs: 10, minCount: 2, negativeSentences: false };
const nonZero = (w: Record<string, number>) => Object.values(w).filter((x) => x !== 0).length;

describe("the trainer's fit", () => {
  it("L2 alone keeps a weight for every noise word; L1 sets most of them to exactly zero and keeps the word that tells", () => {
    const l2 = train(data(), ["board-oversight"], base)["board-oversight"];
    const l1 = train(data(), ["board-oversight"], { ...base, l1: 1e-3 })["board-oversight"];
    expect(nonZero(l2.weights)).toBe(42);
    expect(nonZero(l1.weights)).toBeLessThan(10);
    expect(l1.weights["w:oversee"]).toBeGreaterThan(1);
    expect(l1.weights["w:policy"]).toBeLessThan(-1);
    // Zeros are left out of the weights, not written as 0.
    expect(Object.values(l1.weights)).not.toContain(0);
  });
  it("is deterministic: the same data give the same weights", () => {
    expect(train(data(), ["board-oversight"], { ...base, l1: 1e-4 })).toEqual(train(data(), ["board-oversight"], { ...base, l1: 1e-4 }));
  });
  it("round 38's sentence rows: a negative for an element the item lacks, a positive where its evidence stands, unknown elsewhere; a sentence that points back read with the one before", () => {
    const one: FitExample = { truth: new Set(["processes"]), features: ["w:we"], sentences: [["w:we"]] };
    expect(sentenceRows(one)).toEqual([one]);
    const long: FitExample = {
      truth: new Set(["board-oversight", "processes"]),
      features: ["w:board", "w:oversee", "w:it", "w:review", "w:vendor"],
      sentences: [["w:board", "w:oversee", "e:board-oversight"], ["w:it", "w:review", "o:back", "e:processes"], ["w:vendor"]],
    };
    const rows = sentenceRows(long);
    expect(rows.map((r) => r.features)).toEqual([
      ["w:board", "w:oversee", "e:board-oversight"],
      ["w:board", "w:oversee", "e:board-oversight", "w:it", "w:review", "o:back", "e:processes"],
      ["w:vendor"],
    ]);
    expect(rows.map((r) => [...r.unknown!].sort())).toEqual([["processes"], ["board-oversight"], ["board-oversight", "processes"]]);
    expect(rows.every((r) => r.sentences.length === 0 && r.truth === long.truth)).toBe(true);
  });
  it("a row is no example of an element it marks unknown: the fit never sees it for that element", () => {
    // The same 400 paragraphs, plus 200 rows where "w:policy" stands in a paragraph that has the element, unknown for it.
    const extra: FitExample[] = Array.from({ length: 200 }, () => ({ truth: new Set(["board-oversight"]), features: ["w:policy"], sentences: [], unknown: new Set(["board-oversight"]) }));
    const without = train(data(), ["board-oversight"], base)["board-oversight"];
    const withUnknown = train([...data(), ...extra], ["board-oversight"], base)["board-oversight"];
    const counted = train([...data(), ...extra.map((e) => ({ ...e, unknown: undefined }))], ["board-oversight"], base)["board-oversight"];
    expect(withUnknown.weights["w:policy"]).toBeLessThan(-1);
    expect(counted.weights["w:policy"]).toBeGreaterThan(without.weights["w:policy"] + 1);
  });
});
