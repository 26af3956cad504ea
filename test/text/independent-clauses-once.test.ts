// judgeParagraph cuts a paragraph's independent clauses once for both of their readers, the
// oversight objects and the except shapes (src/text/requirement-map.ts, round 32). That holds only
// if a cut is a function of the paragraph alone and its first reader leaves it as it was: checked
// on the examples' and fixtures' paragraphs, read as the judge reads them (defined terms, back
// references resolved), against a second cut made after the first was read.
import { describe, expect, it } from "vitest";
import { harvestAliases, resolveBackReferences } from "../../src/text/aliases.js";
import { independentClauses, oversightObjects } from "../../src/text/clauses.js";
import { splitSentences } from "../../src/text/sentences.js";
import { tokenize } from "../../src/text/tokens.js";
import { proseParagraphs } from "./prose-paragraphs.js";

const paragraphs = proseParagraphs(3);
const MANAGEMENT = /^(?:Executive|Steering|Management|Operating)$/;

describe("independent clauses: one cut serves both readers", () => {
  it("is the same cut after the oversight objects have read it", () => {
    let cutMore = 0;
    let objects = 0;
    for (const text of paragraphs) {
      const words = tokenize(text, harvestAliases(text));
      resolveBackReferences(words);
      const sentences = splitSentences(text);
      const units = sentences.length ? sentences : [{ start: 0, end: text.length }];
      const first = independentClauses(text, words, units);
      const before = JSON.stringify(first);
      objects += oversightObjects(text, words, first, MANAGEMENT).length;
      expect(JSON.stringify(first), text.slice(0, 80)).toBe(before);
      expect(independentClauses(text, words, units)).toEqual(first);
      if (first.length > units.length) cutMore++;
    }
    // Paragraphs whose sentences are cut into clauses, and oversight objects found: the readers read something.
    expect(cutMore).toBeGreaterThan(20);
    expect(objects).toBeGreaterThan(5);
  });
});
