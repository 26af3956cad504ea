// The accuracy evaluation on the held-out split (issue 10, part 7; docs/accuracy.md): element
// detection on labelled paragraphs of real filings nobody tuned the lexicons on. The floors are
// what the detector achieved when they were set, a few points lower so that a label file merged
// later does not break the build; raise them as the matching improves. The target is 95%.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PACKAGE_ROOT } from "../../src/paths.js";
import { ELEMENTS, evaluate, loadLabels, precision, recall, total } from "../accuracy/eval.js";

const labels = loadLabels(join(PACKAGE_ROOT, "test", "accuracy", "labels")).filter((l) => l.split === "heldout");
const corpusDir = join(PACKAGE_ROOT, "..", "shared", "corpus", "real");

/** Precision and recall floors (percent) per element on held-out paragraphs. */
const FLOORS: Record<(typeof ELEMENTS)[number], [number, number]> = {
  processes: [80, 92],
  integration: [85, 85],
  "third-party-engaged": [74, 85],
  "third-party-oversight": [71, 74], // round 10: 72.2 → 71.4 P (one held-out paragraph fewer detected; read once at the end, not tuned on)
  "material-effect": [97, 90],
  "board-oversight": [85, 93],
  "board-committee": [87, 93],
  "board-informed": [90, 89], // round 17: 95.5 / 87.5 → 91.7 / 91.7 (acc17-board: board-informed also reads reports-to-board and a board body told by a manager; +2 held-out hits, +2 false; read once at the end, not tuned on)
  "management-role": [76, 81],
  "management-positions": [84, 78], // round 44: 80.0 recall once label44-heldout re-read the held-out labels by C14-C30 (C25 added four positions labels the detector misses; 36 / 2 / 9); the measure moved, not the detector
  "management-expertise": [78, 93],
  "management-informed": [80, 80],
  "reports-to-board": [83, 90],
  "incident-escalation": [75, 78],
  "incident-disclosure": [69, 97],
};

describe.skipIf(labels.length === 0)("element detection on held-out labelled paragraphs", async () => {
  const results = labels.length ? await evaluate(labels, { corpusDir }) : undefined;
  const heldout = results?.get("heldout");

  it("reads every labelled file and finds nearly every labelled paragraph", () => {
    expect(heldout!.failed).toEqual([]);
    expect(heldout!.unmatched.length).toBeLessThanOrEqual(Math.ceil(heldout!.paragraphs * 0.02));
  });

  it.each(ELEMENTS)("%s stays above its floors", (element) => {
    const c = heldout!.byElement.get(element)!;
    const [p, r] = FLOORS[element];
    expect(precision(c) * 100, `precision of ${element}`).toBeGreaterThanOrEqual(p);
    expect(recall(c) * 100, `recall of ${element}`).toBeGreaterThanOrEqual(r);
  });

  it("all elements together, and explicit negative answers", () => {
    const all = total(heldout!);
    expect(precision(all)).toBeGreaterThanOrEqual(0.81);
    expect(recall(all)).toBeGreaterThanOrEqual(0.86);
    expect(precision(heldout!.negative)).toBeGreaterThanOrEqual(0.9);
    expect(recall(heldout!.negative)).toBeGreaterThanOrEqual(0.75);
  });
});
