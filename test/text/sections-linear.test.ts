// A stranger's draft of thousands of "Item 1C" (or "Cybersecurity") headings made findSection scan from every
// candidate to the end of the document: 400 KB of "Item 1C. Cybersecurity" lines took 13 s, 800 KB ran past
// the time budget. The section index answers the same questions in one pass.
import { describe, expect, it } from "vitest";
import { textBlocks } from "../../src/sources/prose.js";
import { closedItemSectionSizes, findSection, normaliseBlocks } from "../../src/text/sections.js";
import { growthOver4x, growthSizes } from "../helpers.js";

const blocksOf = (text: string) => normaliseBlocks(textBlocks(text));
const draft = (line: string, n: number) => `Item 1A. Risk Factors\n\nWe face risks.\n\n${(line + "\n\n").repeat(n)}Item 2. Properties\n\nWe lease offices.\n`;

describe("findSection on thousands of candidate headings", () => {
  it("still picks the candidate that holds the most text, and its end", () => {
    const text = "Item 1C. Cybersecurity\n\nSee below.\n\nItem 1C. Cybersecurity\n\nOur CISO leads the program.\n\nThe Board oversees it.\n\nItem 1C. Cybersecurity\n\nShort.\n\nItem 2. Properties\n\nWe lease offices.\n";
    const found = findSection(blocksOf(text));
    expect(found?.item).toBe("1C");
    // Each repeated "Item 1C" heading is the same item: the first one's section runs on past the others to Item 2.
    expect(found?.blocks.map((b) => b.text)).toEqual(["See below.", "Item 1C. Cybersecurity", "Our CISO leads the program.", "The Board oversees it.", "Item 1C. Cybersecurity", "Short."]);
    expect(closedItemSectionSizes(blocksOf(text))).toEqual([62, 51, 1]);
  });

  it("reads a bare \"Cybersecurity\" heading under Item 1A as a risk factor, however many there are", () => {
    const found = findSection(blocksOf(draft("Cybersecurity", 50)));
    expect(found).toBeUndefined();
  });

  it.each([
    ["Item 1C. Cybersecurity", "item headings"],
    ["CYBERSECURITY", "bare headings"],
    ["Cybersecurity Risk Management and Strategy", "sub-headings"],
  ])("grows linearly with %s repeated (%s)", async (line) => {
    const inputs = new Map<number, ReturnType<typeof blocksOf>>();
    const input = (n: number) => inputs.get(n) ?? inputs.set(n, blocksOf(draft(line, n))).get(n)!;
    input(growthSizes(20_000)[0]);
    input(20_000);
    const growth = await growthOver4x((n) => {
      const blocks = input(n);
      findSection(blocks);
      closedItemSectionSizes(blocks);
    }, 20_000);
    // Linear reads ~4 here (4.0-4.7 on a quiet machine); the old scan was quadratic (16). The clean-clone run with the whole
    // suite's two workers read 7.4 once (process CPU counts the collector's threads too): 10 keeps the margin from both.
    expect(growth).toBeLessThan(10);
  });
});
