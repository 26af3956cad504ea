// The near walk's scratch (src/text/lexicon.ts, NearMatcher.matches: each pattern's occurrences kept
// between calls and emptied as they are read, only the patterns with occurrences read, in pattern
// order): a table's raw near spans per member, in the order it gives them, are the same whatever
// texts it read before (paragraphs read forwards, then backwards, by two tables), and the same from
// the reference walk (every entry of every key in turn: another order of occurrences).
import { afterEach, describe, expect, it } from "vitest";
import { loadRuleSet } from "../../src/engine/rule-loader.js";
import { harvestAliases } from "../../src/text/aliases.js";
import { LexiconTable, setNearReferenceWalk, type Span } from "../../src/text/lexicon.js";
import { tokenize } from "../../src/text/tokens.js";
import { proseParagraphs } from "./prose-paragraphs.js";

const RULES = loadRuleSet();

const paragraphs = proseParagraphs(4);

afterEach(() => setNearReferenceWalk(false));

describe("near walk scratch", () => {
  const lexicons = [...RULES.lexicons.values()].filter((lex) => lex.encodedNear !== "");

  /** Each paragraph's raw near spans per member, read by one table in the given order of paragraphs. */
  function read(order: number[], reference: boolean): Span[][][] {
    setNearReferenceWalk(reference);
    const table = new LexiconTable(lexicons);
    const out: Span[][][] = new Array(paragraphs.length);
    for (const k of order) {
      const words = tokenize(paragraphs[k], k % 2 ? harvestAliases(paragraphs[k]) : undefined);
      out[k] = lexicons.map((lex) => [...(table.nearSpans(lex, words) ?? [])]);
    }
    return out;
  }

  it("gives each text the same spans in the same order, whatever was read before and by either walk", () => {
    expect(lexicons.length).toBeGreaterThan(40);
    expect(paragraphs.length).toBeGreaterThan(700);
    const forwards = paragraphs.map((_, k) => k);
    const ahead = read(forwards, false);
    const back = read([...forwards].reverse(), false);
    const reference = read(forwards, true);
    let spans = 0;
    let several = 0;
    for (let k = 0; k < paragraphs.length; k++) {
      for (let l = 0; l < lexicons.length; l++) {
        const at = `${lexicons[l].name} on ${JSON.stringify(paragraphs[k].slice(0, 80))}`;
        expect(back[k][l], at).toEqual(ahead[k][l]);
        expect(reference[k][l], `${at} (reference walk)`).toEqual(ahead[k][l]);
        spans += ahead[k][l].length;
        if (ahead[k][l].length > 1) several++;
      }
    }
    // Spans, and members with several in one text (whose order is compared).
    expect(spans).toBeGreaterThan(1000);
    expect(several).toBeGreaterThan(100);
  });
});
