// The repository's contrast sets (test/accuracy/contrast/README.md) against the real filings in ../shared: every item's
// paragraph is found and every edit applies exactly once (a broken item fails evaluate), each edited text is what is
// scored, and the counting is the other splits'. No floor on the score: the set measures, it is not tuned to pass.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PACKAGE_ROOT } from "../../src/paths.js";
import { ELEMENTS, evaluate, loadLabels } from "../accuracy/eval.js";
import { CONTRAST_DIR, loadContrast } from "../accuracy/contrast.js";

const labels = loadLabels(join(PACKAGE_ROOT, "test", "accuracy", "labels"));
const sets = loadContrast(CONTRAST_DIR, labels);
const corpusDir = join(PACKAGE_ROOT, "..", "shared", "corpus", "real");

describe("the contrast sets on the real tune paragraphs", () => {
  it("applies every edit of every item and scores each edited text once", async () => {
    const r = (await evaluate(sets, { corpusDir })).get("contrast")!;
    const items = sets.flatMap((s) => s.paragraphs);
    expect(r.failed).toEqual([]);
    expect(r.paragraphs).toBe(items.length);
    for (const [i, row] of r.rows.entries()) {
      for (const e of items[i].edits ?? []) if (e.to && !e.to.includes(e.from)) expect(row.text, items[i].quote).toContain(e.to);
    }
    for (const e of ELEMENTS) {
      const c = r.byElement.get(e)!;
      expect(c.tp + c.fn, e).toBe(items.filter((p) => p.elements.includes(e)).length);
    }
  });
});
