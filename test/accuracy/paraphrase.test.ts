// The paraphrase set (test/accuracy/paraphrases, labels/README.md): rewordings of tune paragraphs,
// each judged alone as the one paragraph of an Item 1C draft (`npm run eval -- --split paraphrase`).
// No floor on the score: this checks that the set is well-formed, loads, and is counted right.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PACKAGE_ROOT } from "../../src/paths.js";
import { ELEMENTS, evaluate, loadLabels, type LabelFile } from "./eval.js";
import { relabel } from "./training-data.js";

// Every batch (the sealed ones' form is checked too), less the second labellings (*.relabel.json): they repeat a
// batch's texts to measure the labels, and are never scored.
const sets = loadLabels(join(PACKAGE_ROOT, "test", "accuracy", "paraphrases"), (name) => !relabel(name));
const tuneFiles = new Set(
  loadLabels(join(PACKAGE_ROOT, "test", "accuracy", "labels"))
    .filter((l) => l.split === "tune")
    .map((l) => l.path.split(/[\\/]/).pop()),
);
const paragraphs = sets.flatMap((s) => s.paragraphs);

describe("the paraphrase set", () => {
  it("paraphrases tune paragraphs only, each with its text and known element ids", () => {
    expect(sets.length).toBeGreaterThan(0);
    for (const s of sets as (LabelFile & { source?: string })[]) {
      expect(s.split, s.path).toBe("paraphrase");
      expect(s.file, s.path).toBeUndefined();
      expect(tuneFiles.has(s.source), `${s.path}: source ${s.source} is not a tune label file`).toBe(true);
      for (const p of s.paragraphs) {
        expect(p.text?.length, `${s.path}: “${p.quote}”`).toBeGreaterThan(20);
        for (const e of [...p.elements, ...(p.negative ?? []), ...(p.refs ?? [])]) expect(ELEMENTS, `${s.path}: ${e}`).toContain(e);
        for (const e of p.negative ?? []) expect(p.elements).toContain(e);
        // Round 50: an item's context is the earlier paragraphs of its section, unlabelled, one paragraph each.
        if (p.context !== undefined) {
          expect(Array.isArray(p.context), `${s.path}: “${p.quote}” context`).toBe(true);
          for (const c of p.context) expect(typeof c === "string" && c.length > 20 && !/\n\s*\n/.test(c), `${s.path}: “${p.quote}” context`).toBe(true);
        }
      }
    }
  });

  it("has at least 8 paraphrases addressing each element, and some addressing none", () => {
    for (const e of ELEMENTS) expect(paragraphs.filter((p) => p.elements.includes(e)).length, e).toBeGreaterThanOrEqual(8);
    expect(paragraphs.filter((p) => p.elements.length === 0).length).toBeGreaterThanOrEqual(8);
  });

  // The counting is checked on every fifth batch (by file name, so the same ones each run): the whole split
  // is ~12 CPU-minutes, which took a busy 2-core machine past any sane bound; `npm run eval -- --split
  // paraphrase` scores all of it. The timeout is a bound against hangs, not a speed check.
  const sample = [...sets].sort((a, b) => a.path.localeCompare(b.path)).filter((_, i) => i % 5 === 0);
  const sampled = sample.flatMap((s) => s.paragraphs);
  it("scores each paraphrase of a fixed fifth of the batches alone: each label counted once, as a hit, a miss or a false detection", { timeout: 1_800_000 }, async () => {
    expect(sample.length).toBeGreaterThanOrEqual(Math.floor(sets.length / 5));
    const results = await evaluate(sample, { corpusDir: "/nonexistent" });
    const r = results.get("paraphrase")!;
    expect(r.files).toBe(sample.length);
    expect(r.paragraphs).toBe(sampled.length);
    expect(r.failed).toEqual([]);
    expect(r.unmatched).toEqual([]);
    for (const e of ELEMENTS) {
      const c = r.byElement.get(e)!;
      const truth = r.rows.filter((row) => row.label.elements.includes(e)).length;
      const detected = r.rows.filter((row) => row.elements.includes(e)).length;
      expect(c.tp + c.fn, e).toBe(truth);
      expect(c.tp + c.fp, e).toBe(detected);
      expect(r.misses.filter((m) => m.element === e).length, e).toBe(c.fp + c.fn);
    }
    // Judged as a draft's paragraph: its own text, and something detected in most of them.
    expect(r.rows.every((row) => row.text === row.label.text)).toBe(true);
    expect(r.rows.filter((row) => row.elements.length > 0).length).toBeGreaterThan(sampled.length / 2);
  });
});
