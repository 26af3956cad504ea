// Round 50 (acc50-context): a paraphrase item may carry the paragraphs of its fictional section that come before it
// (`context`, unlabelled). The eval judges the item after them in one draft, through the same section-level reading the CLI
// uses (defined names, named parties), and scores the item's own paragraph only. These cases fail at 655fc10c, where the
// eval ignored `context` and judged every item alone (the third case's item scored a miss there).
import { describe, expect, it } from "vitest";
import { evaluate, formatExplain, formatSplit, type LabelFile, type LabelledParagraph } from "./eval.js";

// A fictional provider defined once with its security trade, and acting later by its name alone.
const DEFINED = "Our program is supported by Ironbark Security Partners LLC (“Ironbark”), an independent cybersecurity consulting firm we retained in 2023.";
const BY_NAME = "Ironbark tests our perimeter twice a year and sends its findings to our Director of Technology.";
// A board paragraph before an item that says nothing of the board.
const BOARD = "The Audit Committee of our Board of Directors oversees cybersecurity risk and receives quarterly reports from our Chief Information Security Officer.";
const CAFETERIA = "Our employees may use the cafeteria at any of our offices during working hours and on weekends.";

async function judge(paragraphs: LabelledParagraph[]) {
  const label = { path: "context.json", split: "paraphrase", paragraphs } as LabelFile;
  return (await evaluate([label], { corpusDir: "/nonexistent" })).get("paraphrase")!;
}

describe("an item with context paragraphs", () => {
  it("reads a provider known by a name its context defines: a hit with the context, a miss without it", async () => {
    const elements = ["third-party-engaged"];
    const split = await judge([
      { quote: "with context", text: BY_NAME, elements, context: [DEFINED] },
      { quote: "alone", text: BY_NAME, elements },
    ]);
    const [withContext, alone] = split.rows;
    expect(withContext.elements).toContain("third-party-engaged");
    expect(alone.elements).not.toContain("third-party-engaged");
    const missed = split.misses.filter((m) => m.element === "third-party-engaged");
    expect(missed.map((m) => m.quote)).toEqual(["alone"]);
    expect(missed[0].context).toBeUndefined();
  });

  it("is scored on its own paragraph only: the context's elements are not the item's, and its row holds its own text", async () => {
    const split = await judge([
      { quote: "cafeteria after the board", text: CAFETERIA, elements: [], context: [BOARD] },
      { quote: "by name after the board", text: BY_NAME, elements: ["third-party-engaged"], context: [BOARD, DEFINED] },
    ]);
    expect(split.paragraphs).toBe(2);
    expect(split.rows[0].elements).toEqual([]);
    expect(split.rows[0].text).toBe(CAFETERIA);
    expect(split.rows[1].text).toBe(BY_NAME);
    expect(split.rows[1].elements).toContain("third-party-engaged");
    for (const board of ["board-oversight", "board-committee", "board-informed", "reports-to-board"]) expect(split.byElement.get(board)).toEqual({ tp: 0, fp: 0, fn: 0 });
  });

  it("shows in --misses and --explain that the item was judged after its context", async () => {
    // Labelled for what it does not say, so that it is listed: the list names the context.
    const split = await judge([{ quote: "listed", text: CAFETERIA, elements: ["incident-disclosure"], context: [BOARD, DEFINED] }]);
    expect(formatSplit("paraphrase", split, 5)).toContain("missed incident-disclosure    context.json [context 2]: “listed”");
    expect(formatExplain(split, "incident-disclosure")).toContain("MISSED context.json (after 2 context paragraphs)");
  });

  it("judges an item with an empty context exactly as one without, and refuses a context paragraph that is not one paragraph", async () => {
    const split = await judge([
      { quote: "no context", text: BY_NAME, elements: [] },
      { quote: "empty context", text: BY_NAME, elements: [], context: [] },
    ]);
    expect(split.rows[1].elements.sort()).toEqual(split.rows[0].elements.sort());
    await expect(judge([{ quote: "two in one", text: BY_NAME, elements: [], context: [`${DEFINED}\n\n${BOARD}`] }])).rejects.toThrow(/one paragraph/);
  });
});
