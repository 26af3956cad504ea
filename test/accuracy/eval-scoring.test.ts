// How the accuracy eval scores labels against the reader's paragraphs (test/accuracy/eval.ts):
// a paragraph a page break cut, which the labeller took for two and the reader joins, is scored once.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { byLength, evaluate, formatSplit, type LabelFile } from "./eval.js";

const DRAFT = [
  "# Item 1C. Cybersecurity",
  "",
  "Our Chief Information Security Officer leads the security team and has more than 20 years of experience in roles involving managing security functions and developing",
  "",
  "19",
  "",
  "key capabilities such as product security engineering and cybersecurity governance.",
  "",
  "The Audit Committee receives quarterly reports from the Chief Information Security Officer on cybersecurity risks.",
  "",
].join("\n");

function run(paragraphs: LabelFile["paragraphs"]) {
  const dir = mkdtempSync(join(tmpdir(), "disclint-eval-scoring-"));
  writeFileSync(join(dir, "draft.md"), DRAFT);
  return evaluate([{ path: "draft.json", file: "draft.md", split: "heldout", paragraphs } as LabelFile], { corpusDir: dir });
}

describe("the eval's scoring", () => {
  it("scores a reader-joined paragraph once, against the union of its halves' labels", async () => {
    const split = (
      await run([
        { quote: "Our Chief Information Security Officer leads the security team", elements: ["management-positions", "management-role"] },
        { quote: "key capabilities such as product security engineering", elements: ["management-expertise"] },
        { quote: "The Audit Committee receives quarterly reports", elements: ["board-informed", "board-committee", "board-oversight", "reports-to-board", "management-positions"] },
      ])
    ).get("heldout")!;
    expect(split.unmatched).toEqual([]);
    expect(split.paragraphs).toBe(2);
    // The joined paragraph's expertise is true for it as a whole, not a false detection for its first half.
    expect(split.misses.filter((m) => m.element === "management-expertise")).toEqual([]);
    expect(split.byElement.get("management-expertise")).toMatchObject({ tp: 1, fp: 0, fn: 0 });
  });

  it("still scores each label alone when each has its own paragraph", async () => {
    const split = (await run([{ quote: "The Audit Committee receives quarterly reports", elements: [] }])).get("heldout")!;
    expect(split.paragraphs).toBe(1);
    expect(split.byElement.get("board-informed")).toMatchObject({ tp: 0, fp: 1 });
  });

  it("reports element decisions by paragraph length: each paragraph's false and missed decisions land in its band", async () => {
    const split = (
      await run([
        { quote: "Our Chief Information Security Officer leads the security team", elements: ["management-positions", "management-role"] },
        { quote: "key capabilities such as product security engineering", elements: ["management-expertise"] },
        // labelled with board-informed (found), incident-disclosure (not found: missed), without reports-to-board (found: false)
        { quote: "The Audit Committee receives quarterly reports", elements: ["board-informed", "incident-disclosure"] },
      ])
    ).get("heldout")!;
    const bands = byLength(split);
    expect(bands.map((b) => b.name)).toEqual(["under 60 words", "60-120 words", "over 120 words"]);
    // the 16-word committee sentence is short; the joined CISO paragraph is 37 words: both under 60
    expect(bands[0].paragraphs).toBe(2);
    expect(bands[0].counts.tp).toBe(4);
    expect(bands[0].counts.fn).toBe(1);
    expect(bands[0].counts.fp).toBe(1); // reports-to-board, which the label leaves out
    expect(bands[0].errors).toBe(bands[0].counts.fp + bands[0].counts.fn);
    expect(bands[1].paragraphs + bands[2].paragraphs).toBe(0);
    const table = formatSplit("heldout", split);
    expect(table).toMatch(/under 60 words .* 2 paragraphs, \d\.\d\d errors each/);
    expect(table).not.toMatch(/over 120 words/);
  });
});
