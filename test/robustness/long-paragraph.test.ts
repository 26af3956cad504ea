// One very long paragraph (round 35): a filer's Item 1C paragraph of thousands of sentences is read in
// time linear in its length (bench/long-paragraph.mjs measures the 2 MB case stage by stage).
import { describe, expect, it } from "vitest";
import { growthOver4x, paragraphElements } from "../helpers.js";

const DEFINES = 'Our Chief Information Security Officer (the "CISO") leads our information security program (the "Program"). ';
const SENTENCE = "The CISO reports to the Audit Committee on the Program and on cybersecurity risk each quarter. ";

describe("a paragraph of thousands of sentences", () => {
  it("is judged in time linear in its sentences when it defines terms (each sentence's shape reads its own words, not the paragraph's)", async () => {
    expect(paragraphElements(DEFINES + SENTENCE.repeat(3))).toContain("management-role");
    const growth = await growthOver4x((n) => paragraphElements(DEFINES + SENTENCE.repeat(n)), 3_000);
    // At the base (4064b85) 14.4: each sentence's shape, each informing clause's leading and trailing
    // words and its receiver's words were found by a walk over all the paragraph's words. Now ~6.5: what
    // is left above 4 is roleExcepted's filter of the paragraph's informing clauses for each match, a
    // cheap comparison each (docs/performance.md, round 35).
    expect(growth).toBeLessThan(10);
  });
});
