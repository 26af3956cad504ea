import { describe, expect, it } from "vitest";
import { attribute, half, score, type Row } from "./eval-entries.js";

const nist = "Our program is aligned with the NIST Cybersecurity Framework.";
const row = (elements: string[], labelled: string[], reasons: Row["reasons"], text = nist): Row => ({ file: "x.json", label: { elements: labelled, quote: text }, text, elements, reasons });

describe("lexicon entries by their detections (npm run entries)", () => {
  it("credits the entry whose match is the quoted evidence, true or false by the label, alone when nothing else answered", () => {
    const rows = [
      row(["processes"], ["processes"], { processes: [{ by: "element-processes", terms: ["NIST"] }] }),
      row(["processes"], [], { processes: [{ by: "element-processes", terms: ["NIST"] }] }),
      // A clause condition answered the element too: the entry did not make it alone.
      row(["processes"], [], { processes: [{ by: "element-processes", terms: ["NIST"] }, { by: "processes clauses", terms: ["is aligned with"] }] }),
    ];
    const counts = attribute(rows);
    const framework = counts.find((c) => c.entry.lexicon === "element-processes" && c.entry.key === "patterns[0]");
    expect(framework).toMatchObject({ tp: 1, fp: 2, tpAlone: 1, fpAlone: 1 });
    expect(framework!.falses).toHaveLength(2);
    // No other entry of the element's lists matches within "NIST".
    expect(counts.filter((c) => c.entry.lexicon.startsWith("element-processes")).map((c) => c.entry.key)).toEqual(["patterns[0]"]);
  });

  it("credits nothing to a heading or a learned admission, and scores the rows", () => {
    const rows = [row(["processes"], [], { processes: [{ by: "heading", terms: ["Risk Management"] }] }), row([], ["processes"], {})];
    expect(attribute(rows)).toEqual([]);
    expect(score(rows)).toMatchObject({ tp: 0, fp: 1, fn: 1 });
  });

  it("splits batch files by the parity of their name's hash, the same way each time", () => {
    expect(half("aapl-10-k-2024-11-01.json")).toBe(half("aapl-10-k-2024-11-01.json"));
    const halves = ["a.json", "b.json", "c.json", "d.json", "e.json", "f.json", "g.json", "h.json"].map(half);
    expect(new Set(halves)).toEqual(new Set(["A", "B"]));
  });
});
