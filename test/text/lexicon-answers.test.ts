// Reads that only ask whether a lexicon matches (testRange, matchesAny) skip the patterns once a
// term or near pattern has matched, and a pattern set keeps its members for the last text it read:
// every answer must be the one the full read gives, for every built-in lexicon.
import { describe, expect, it } from "vitest";
import { loadRuleSet } from "../../src/engine/rule-loader.js";
import { compileLexicon } from "../../src/text/lexicon.js";
import { splitSentences } from "../../src/text/sentences.js";
import { tokenize } from "../../src/text/tokens.js";
import { exampleTexts } from "../helpers.js";

const RULES = loadRuleSet();
const paragraphs = [
  ...exampleTexts(),
  "We have not identified any risks from cybersecurity threats, including as a result of any previous cybersecurity incidents, that have materially affected us.",
].flatMap((t) => t.split(/\n\s*\n|\n/).filter((p) => p.trim() !== ""));

describe("lexicon answers without a full read", () => {
  it("testRange is matchRange(…).length > 0 and matchesAny is matchAll(…).length > 0, for every built-in lexicon on every sentence", () => {
    let yes = 0;
    let no = 0;
    for (const text of paragraphs) {
      const words = tokenize(text);
      const sentences = splitSentences(text);
      for (const lex of RULES.lexicons.values()) {
        for (const s of sentences.length ? sentences : [{ start: 0, end: text.length }]) {
          const full = lex.matchRange(text, words, s.start, s.end).length > 0;
          expect(lex.testRange(text, words, s.start, s.end), `${lex.name} on ${JSON.stringify(text.slice(s.start, s.start + 60))}`).toBe(full);
          const cut = text.slice(s.start, s.end);
          const cutWords = tokenize(cut);
          expect(lex.matchesAny(cut, cutWords), lex.name).toBe(lex.matchAll(cut, cutWords).length > 0);
          expect(lex.matchesAny(cut), lex.name).toBe(full || lex.matchAll(cut).length > 0);
          if (full) yes++;
          else no++;
        }
      }
    }
    expect(yes).toBeGreaterThan(100);
    expect(no).toBeGreaterThan(100);
  });

  it("a pattern set's members for the last text serve its parts, and a new text is read anew", () => {
    // Patterns only (no terms): each range is read by the patterns, with the paragraph as the text they may match in.
    const definition = { description: "governance names", patterns: ["board of directors", "audit committee", "chief information security officer"] };
    const lex = compileLexicon("test", definition);
    const text = "The Audit Committee oversees risk. The Board of Directors meets. Our Chief Information Security Officer reports.";
    const words = tokenize(text);
    const ranges = splitSentences(text);
    const fresh = () => compileLexicon("test", definition);
    for (const s of ranges) expect(lex.matchRange(text, words, s.start, s.end)).toEqual(fresh().matchRange(text, words, s.start, s.end));
    expect(ranges.map((s) => lex.testRange(text, words, s.start, s.end))).toEqual([true, true, true]);
    // Another text after it: its own members (none of the patterns can match here).
    const other = "Nothing about governance here.";
    expect(lex.matchRange(other, tokenize(other), 0, other.length)).toEqual([]);
    expect(lex.matchAll(text).map((m) => text.slice(m.start, m.end))).toEqual(["Audit Committee", "Board of Directors", "Chief Information Security Officer"]);
  });
});
