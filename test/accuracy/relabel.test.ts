// npm run relabel (relabel.ts): two blind readings of one paraphrase batch compared, on a fictional batch of four
// items whose every figure is worked out by hand below; and --list refused for a batch still held back by name.
import { describe, expect, it } from "vitest";
import type { LabelFile, LabelledParagraph } from "./eval.js";
import { ELEMENTS } from "./eval.js";
import { formatRelabel, observed, relabelAgreement } from "./relabel.js";

const item = (i: number, elements: string[], extra: Partial<LabelledParagraph> = {}): LabelledParagraph => ({
  quote: `Item ${i} of the Quillfeather Marine draft says something about its security`,
  elements,
  text: `Item ${i} of the Quillfeather Marine draft says something about its security program.`,
  ...extra,
});
// processes: both on 0 and 1, the writer only on 2, the reader only on 3. board-oversight: both on 1. material-effect:
// both on 2 (an explicit negative for both), prongs ["past"] for the writer, ["past", "likely"] for the reader.
const writer = [item(0, ["processes"]), item(1, ["processes", "board-oversight"]), item(2, ["processes", "material-effect"], { negative: ["material-effect"], prongs: ["past"], note: "writer's note" }), item(3, [])];
const reader = [item(0, ["processes"]), item(1, ["processes", "board-oversight"]), item(2, ["material-effect"], { negative: ["material-effect"], prongs: ["past", "likely"], note: "reader's note" }), item(3, ["processes"], { quote: "Item 3 of the Quillfeather Marine draft" })];
const batch = (name: string, labeler: string, paragraphs: LabelledParagraph[]): LabelFile => ({ split: "paraphrase", labeler, paragraphs, path: `/fictional/${name}` });

describe("npm run relabel", () => {
  const first = batch("round35.sealed.json", "P-writer", writer);
  const second = batch("round35.sealed.relabel.json", "P-reader", reader);
  const r = relabelAgreement(first, second);

  it("pairs the items by quote (a shortened quote too) and counts each element's decisions", () => {
    expect(r.result.paragraphs).toBe(4);
    expect(r.result.unpaired).toEqual([]);
    expect(r.result.identical).toBe(2); // items 0 and 1
    expect(r.result.byElement.get("processes")!.labellers).toEqual({ both: 2, firstOnly: 1, secondOnly: 1, neither: 0 });
    expect(r.result.byElement.get("material-effect")!.labellers).toEqual({ both: 1, firstOnly: 0, secondOnly: 0, neither: 3 });
    expect(r.result.negative.both).toBe(1);
    expect(r.prongs).toBe(1);
    expect(r.refs).toBe(0);
    expect(r.disagreements.map((d) => `#${d.item} ${d.element} ${d.givenBy}`)).toEqual(["#2 processes first", "#3 processes second"]);
  });

  it("gives the share of decisions alike, and kappa, per element and pooled", () => {
    // processes: 2 of 4 alike; yes-rates 3/4 and 3/4, chance 9/16 + 1/16 = 10/16, kappa (8/16 - 10/16) / (6/16) = -1/3.
    expect(observed(r.result.byElement.get("processes")!.labellers)).toBe(0.5);
    const text = formatRelabel(first, second, r, false);
    expect(text).toMatch(/processes\s+3\s+3\s+2\s+1\s+1\s+50\.0%\s+66\.7%\s+-0\.33/);
    // Pooled over 15 elements × 4 items = 60 decisions, 2 unlike: 96.7% alike; 4 both, positive agreement 8/10.
    expect(text).toMatch(/all elements \(micro\)\s+5\s+5\s+4\s+1\s+1\s+96\.7%\s+80\.0%/);
    expect(ELEMENTS.length).toBe(15);
    expect(text).toContain("4 items paired, 2 with identical elements");
    expect(text).not.toContain("reader's note");
  });

  it("lists the disagreements with both notes for a released batch, and refuses for a held-back one", () => {
    expect(formatRelabel(first, second, r, true)).toContain("#2 processes: given by the first reading only");
    expect(formatRelabel(first, second, r, true)).toContain("2nd: reader's note");
    const sealed = batch("round52.sealed.json", "P-writer", writer);
    const sealedSecond = batch("round52.sealed.relabel.json", "P-reader", reader);
    const text = formatRelabel(sealed, sealedSecond, relabelAgreement(sealed, sealedSecond), true);
    expect(text).toContain("--list refused");
    expect(text).not.toContain("Item 2 of the Quillfeather");
    expect(text).not.toContain("note");
    expect(text).toMatch(/processes\s+3\s+3\s+2\s+1\s+1/);
  });
});
