// The agreement arithmetic of `npm run eval -- --agreement` (eval-agreement.ts) on a tiny
// fixture of a fictional filer, with every figure worked out by hand in the comments.
import { describe, expect, it } from "vitest";
import { agreement, detectionKey, formatAgreement, kappa, pairLabels, pooled, pooledCounts, positiveAgreement, type Detections } from "./eval-agreement.js";
import type { LabelFile, LabelledParagraph } from "./eval.js";

const FILE = "fictional/ACME_2025.txt";
const quote = (i: number) => `Paragraph ${i} of the Acme Widgets cybersecurity section says something`;
const para = (i: number, elements: string[], negative: string[] = []): LabelledParagraph => ({ quote: quote(i), elements, negative });

// Ten paragraphs. processes: both say yes on 1-3, only the first on 4, only the second on 5.
// integration: both on 1 and 6. board-oversight: only the first, on 7. material-effect: both on 8,
// as an explicit negative. Every other element: nobody, anywhere.
const firstParagraphs = [
  para(1, ["processes", "integration"]),
  para(2, ["processes"]),
  para(3, ["processes"]),
  para(4, ["processes"]),
  para(5, []),
  para(6, ["integration"]),
  para(7, ["board-oversight"]),
  para(8, ["material-effect"], ["material-effect"]),
  para(9, []),
  para(10, []),
];
const secondParagraphs = firstParagraphs.map((p, i) => {
  const n = i + 1;
  if (n === 4) return para(4, []);
  if (n === 5) return para(5, ["processes"]);
  if (n === 7) return para(7, []);
  return { ...p, quote: n === 2 ? "Paragraph 2 of the Acme Widgets" : p.quote.replace(/ /g, "  ") }; // a shortened quote, odd spacing: still paired
});

const first: LabelFile[] = [{ file: FILE, split: "heldout", labeler: "L-one", paragraphs: firstParagraphs, path: "first/acme_2025.json" }];
const second: LabelFile[] = [
  { file: FILE, split: "heldout", labeler: "L-two", paragraphs: [...secondParagraphs, para(11, ["processes"])], path: "second/acme_2025.json" },
  { file: "fictional/NOBODY_2025.txt", split: "heldout", labeler: "L-two", paragraphs: [para(1, [])], path: "second/nobody_2025.json" },
];

// The detector says processes on 1, 2, 4, 5, 6 and nothing else.
const detections: Detections = new Map([1, 2, 4, 5, 6].map((i) => [detectionKey(FILE, quote(i)), new Set(["processes"])]));

describe("agreement between two labellers", () => {
  const { pairs, unpaired, files } = pairLabels(first, second, detections);
  const r = agreement(pairs, unpaired, files);

  it("pairs paragraphs by quote, and reports what it cannot pair", () => {
    expect(r.files).toBe(1);
    expect(r.paragraphs).toBe(10);
    expect(r.firstLabeller).toEqual(["L-one"]);
    expect(r.secondLabeller).toEqual(["L-two"]);
    expect(r.unpaired).toEqual([
      { file: FILE, quote: quote(11) },
      { file: "fictional/NOBODY_2025.txt", quote: quote(1) },
    ]);
    // Paragraphs 4, 5 and 7 differ.
    expect(r.identical).toBe(7);
  });

  it("computes positive agreement and Cohen's kappa per element", () => {
    const processes = r.byElement.get("processes")!.labellers;
    expect(processes).toEqual({ both: 3, firstOnly: 1, secondOnly: 1, neither: 5 });
    // 2·3 / (2·3 + 1 + 1)
    expect(positiveAgreement(processes)).toBeCloseTo(0.75, 10);
    // observed 8/10; chance 0.4·0.4 + 0.6·0.6 = 0.52; (0.8 − 0.52) / (1 − 0.52)
    expect(kappa(processes)).toBeCloseTo(0.28 / 0.48, 10);

    const integration = r.byElement.get("integration")!.labellers;
    expect(positiveAgreement(integration)).toBe(1);
    expect(kappa(integration)).toBe(1);

    // Only the first said yes, once: no positive agreement; observed 0.9 = chance 0.9, so kappa 0.
    const board = r.byElement.get("board-oversight")!.labellers;
    expect(positiveAgreement(board)).toBe(0);
    expect(kappa(board)).toBeCloseTo(0, 10);

    // Nobody said yes: both undefined.
    const expertise = r.byElement.get("management-expertise")!.labellers;
    expect(expertise).toEqual({ both: 0, firstOnly: 0, secondOnly: 0, neither: 10 });
    expect(positiveAgreement(expertise)).toBeNaN();
    expect(kappa(expertise)).toBeNaN();
  });

  it("pools every element's table for the micro figures", () => {
    const all = pooled(r);
    // 15 elements × 10 paragraphs = 150 judgements: yes/yes 3 + 2 + 1, first only 1 + 1, second only 1.
    expect(all).toEqual({ both: 6, firstOnly: 2, secondOnly: 1, neither: 141 });
    expect(positiveAgreement(all)).toBeCloseTo(12 / 15, 10);
    // observed 147/150; chance (8·7 + 142·143) / 150²
    expect(kappa(all)).toBeCloseTo((22050 - 20362) / (22500 - 20362), 10);
    expect(r.negative).toEqual({ both: 1, firstOnly: 0, secondOnly: 0, neither: 149 });
    expect(kappa(r.negative)).toBe(1);
  });

  it("scores the detector against each labeller and against their consensus only", () => {
    const p = r.byElement.get("processes")!;
    // truth 1-4, detected 1, 2, 4, 5, 6
    expect(p.first).toEqual({ tp: 3, fp: 2, fn: 1 });
    // truth 1, 2, 3, 5
    expect(p.second).toEqual({ tp: 3, fp: 2, fn: 1 });
    // 4 and 5 are disputed and left out: truth 1-3, no on 6-10
    expect(p.consensus).toEqual({ tp: 2, fp: 1, fn: 1 });
    // integration on 1 and 6 is never detected; board-oversight on 7 is disputed
    expect(pooledCounts(r, "consensus")).toEqual({ tp: 2, fp: 1, fn: 1 + 2 + 1 });
    expect(pooledCounts(r, "first")).toEqual({ tp: 3, fp: 2, fn: 1 + 2 + 1 + 1 });
  });

  it("prints one row per element and the micro row", () => {
    const text = formatAgreement(r);
    expect(text).toContain("1 files labelled twice (L-one / L-two), 10 paragraphs paired, 7 with identical elements, 2 second-labeller paragraphs not paired");
    expect(text).toMatch(/processes\s+3\s+1\s+1\s+75\.0%\s+0\.58 \|\s+60\.0%\s+75\.0% \|\s+60\.0%\s+75\.0% \|\s+66\.7%\s+66\.7%/);
    expect(text).toMatch(/management-expertise\s+0\s+0\s+0\s+n\/a\s+n\/a/);
    expect(text).toMatch(/all elements \(micro\)\s+6\s+2\s+1\s+80\.0%\s+0\.79/);
    expect(text).toContain("not paired: fictional/NOBODY_2025.txt");
  });

  it("works with no file labelled twice", () => {
    const none = agreement([], [], []);
    expect(none.paragraphs).toBe(0);
    expect(formatAgreement(none)).toContain("0 files labelled twice");
  });
});
