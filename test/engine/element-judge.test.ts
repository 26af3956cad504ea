import { describe, expect, it } from "vitest";
import { ElementJudge, type Unit } from "../../src/engine/elements.js";
import { loadRuleSet } from "../../src/engine/rule-loader.js";
import type { Fact } from "../../src/model/types.js";
import type { Lexicon } from "../../src/text/lexicon.js";

const RULES = loadRuleSet();

/** A judge over `elements` that counts how often each lexicon is asked for (each ask is one read of a paragraph). */
function countingJudge(elements = RULES.elements) {
  const asked = new Map<string, number>();
  const lexicon = (name: string): Lexicon => {
    asked.set(name, (asked.get(name) ?? 0) + 1);
    const lex = RULES.lexicons.get(name);
    if (!lex) throw new Error(`unknown lexicon ${name}`);
    return lex;
  };
  return { judge: new ElementJudge(elements, lexicon, RULES.cues, () => new Map()), asked };
}

function unit(text: string, headings: string[] = []): Unit {
  const fact: Fact = { concept: "", kind: "text", value: text, raw: text, text, textMap: [], label: "draft", position: { file: "d.md", line: 1, column: 1, endLine: 1, endColumn: text.length + 1 }, offset: 0, endOffset: text.length };
  return { fact, headings };
}

const BOARD = "The Audit Committee of the Board of Directors oversees our cybersecurity risk and receives quarterly reports from the CISO.";

describe("ElementJudge", () => {
  it("judges a paragraph repeated in the document once, by its text and nearest heading", () => {
    const { judge, asked } = countingJudge();
    const first = judge.of(unit(BOARD));
    const reads = [...asked.values()].reduce((a, b) => a + b, 0);
    expect(first.map((pe) => pe.id)).toContain("board-oversight");
    expect(judge.of(unit(BOARD))).toBe(first);
    expect([...asked.values()].reduce((a, b) => a + b, 0)).toBe(reads);
    // Another nearest heading is another judgement (a heading can speak for the paragraph).
    expect(judge.of(unit(BOARD, ["Governance"]))).not.toBe(first);
    expect(judge.of(unit(BOARD, ["Other", "Governance"]))).toBe(judge.of(unit(BOARD, ["Governance"])));
  });

  it("reads a lexicon that several elements list once per paragraph, with the same judgement as alone", () => {
    const board = RULES.elements.find((e) => e.id === "board-oversight")!;
    const twin = { ...board, id: "board-oversight-twin" };
    const { judge, asked } = countingJudge([board, twin]);
    const judged = judge.of(unit(BOARD));
    expect(asked.get(board.lexicon)).toBe(1);
    expect(judged.map((pe) => pe.id)).toEqual(["board-oversight", "board-oversight-twin"]);
    expect({ ...judged[1], id: board.id }).toEqual(judged[0]);
    expect(judged[0]).toEqual(countingJudge([board]).judge.of(unit(BOARD))[0]);
  });

  it("reads an element's except and offTopic shapes only in the sentences where its words matched", () => {
    // Sentence lexicons only (an element's `-no` lexicon can be another's except shape, and is read for its own element;
    // a lexicon that is also an informing clause's role, e.g. the receiver since round 17, is read clause by clause).
    const clauseRoles = (e: (typeof RULES.elements)[number]) =>
      (e.clauses ?? []).flatMap((c) => Object.entries(c).filter(([role, name]) => role !== "comment" && typeof name === "string").map(([, name]) => name as string));
    const ownLexicons = new Set(RULES.elements.flatMap((e) => [e.lexicon, e.negative, ...(e.also ?? []), ...(e.parts ?? []).map((p) => p.lexicon), ...clauseRoles(e)]));
    const shapes = new Set(RULES.elements.flatMap((e) => [...(e.except ?? []), ...(e.offTopic ?? [])]).filter((name) => !ownLexicons.has(name)));
    const { judge, asked } = countingJudge();
    // No element's words: no shape is read at all.
    expect(judge.of(unit("The weather was pleasant on Tuesday. Lunch was served at noon in the garden."))).toEqual([]);
    expect([...asked.keys()].filter((name) => shapes.has(name))).toEqual([]);
    // The board's words in one sentence of three: each shape the board elements list reads that one sentence, once.
    asked.clear();
    const judged = judge.of(unit(`The weather was pleasant on Tuesday. ${BOARD} Lunch was served at noon in the garden.`));
    expect(judged.map((pe) => pe.id)).toContain("board-oversight");
    const read = [...asked].filter(([name]) => shapes.has(name));
    expect(read.length).toBeGreaterThan(0);
    expect(read.filter(([, n]) => n !== 1)).toEqual([]);
    // An `offTopicReadsBack` shape is read twice in a sentence that points back: alone, then with the sentence before
    // it (round 24: "It discharges this responsibility …" after a sentence about risk in general; round 25: only
    // there, not in a sentence with no "this", "these", "such", "it", "they" or "the program").
    const readsBack = new Set(RULES.elements.flatMap((e) => e.offTopicReadsBack ?? []));
    expect(readsBack.size).toBeGreaterThan(0);
    asked.clear();
    expect(judge.of(unit("The weather was pleasant on Tuesday. The Audit Committee oversees these risks and receives quarterly reports from the CISO.")).map((pe) => pe.id)).toContain("board-oversight");
    const readAgain = [...asked].filter(([name]) => shapes.has(name));
    expect(readAgain.filter(([name]) => readsBack.has(name)).length).toBeGreaterThan(0);
    expect(readAgain.filter(([name, n]) => n !== (readsBack.has(name) ? 2 : 1))).toEqual([]);
  });
});
