// Round 27 (speed27): the words tokenize makes and the units buildUnits makes each have one set of
// fields in one order, whatever the word or unit (a word that ends a sentence, one a defined term
// expands; a unit with or without a block or a lead-in), so V8 gives them one hidden class and the
// code that reads them is not deoptimised by a word or unit of a shape it had not seen.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readDisclosure } from "../../src/api.js";
import { buildUnits, outermost } from "../../src/engine/elements.js";
import { LineIndex } from "../../src/model/position.js";
import { harvestAliases } from "../../src/text/aliases.js";
import { tokenize } from "../../src/text/tokens.js";
import { ROOT } from "../helpers.js";
import { proseParagraphs } from "./prose-paragraphs.js";

const WORD_KEYS = ["word", "lower", "base", "start", "end", "stop", "also", "described"];
const UNIT_KEYS = ["fact", "block", "headings", "leadIn", "previous"];

describe("one shape per kind of object", () => {
  it("every word has the same fields in the same order: stops, defined terms and bodies' names too", () => {
    // Fictional filer: Northwind Ledger Corp.
    const text =
      "Our Risk and Compliance Committee (the \u201cRCC\u201d) oversees the information security program (the \u201cProgram\u201d). " +
      "The RCC reviews the Program; our CISO reports to the Audit Committee: quarterly.";
    const words = tokenize(text, harvestAliases(text));
    expect(words.some((w) => w.stop)).toBe(true);
    expect(words.some((w) => w.also)).toBe(true);
    expect(words.some((w) => w.described)).toBe(true);
    for (const w of words) expect(Object.keys(w)).toEqual(WORD_KEYS);
    // A word without them has them undefined (not false, not []): what readers test is unchanged.
    const plain = words.find((w) => w.lower === "oversees")!;
    expect([plain.stop, plain.also, plain.described]).toEqual([undefined, undefined, undefined]);
  });

  it("every word of the examples' and fixtures' paragraphs has them, with and without aliases", () => {
    const paragraphs = proseParagraphs(7);
    expect(paragraphs.length).toBeGreaterThan(300);
    for (const [k, text] of paragraphs.entries()) {
      for (const w of tokenize(text, k % 2 ? harvestAliases(text) : undefined)) expect(Object.keys(w)).toEqual(WORD_KEYS);
    }
  });

  it("every unit has the same fields in the same order, with or without a block or a lead-in", async () => {
    for (const file of ["northwind-10k-fy2025.htm", "northwind-item1c-draft.md"]) {
      const d = await readDisclosure([join(ROOT, "examples", file)]);
      const units = buildUnits(d, outermost(d.facts.filter((f) => f.kind === "text")), (f) => new LineIndex(f, d.documents.find((doc) => doc.file === f)?.text ?? ""));
      expect(units.length).toBeGreaterThan(3);
      for (const u of units) expect(Object.keys(u)).toEqual(UNIT_KEYS);
      if (file.endsWith(".htm")) expect(units.some((u) => u.block)).toBe(true);
      else expect(units.every((u) => u.block === undefined)).toBe(true);
    }
  });
});
