// The long one-paragraph draft (round 44, safe44): 800 KB of one sentence repeated took ~10 s of CPU through the CLI
// (docs/performance.md, round 43). Two causes, each held here: the paragraphs were judged twice (the lint, then the draft's
// finding placement in a context of its own; a third time for the review formats), and roleExcepted filtered every
// informing clause of the paragraph for each match (quadratic in one paragraph; 16% of the 800 KB draft's profile).
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { DocumentContext } from "../../src/engine/document.js";
import { SpanIndex } from "../../src/text/span-index.js";
import { paragraphElements } from "../helpers.js";
import { cli } from "./helpers.js";

const SENTENCE =
  "Our Chief Information Security Officer reports to the Audit Committee of the Board on cybersecurity risks, incidents and the program each quarter, and the committee reviews the reports. ";

describe("a long one-paragraph draft", () => {
  afterEach(() => vi.restoreAllMocks());

  it("is judged once a lint: the finding placement and the review read the lint's own document context", async () => {
    const dir = mkdtempSync(join(tmpdir(), "disclint-long-draft-"));
    writeFileSync(join(dir, "d.md"), `# Item 1C. Cybersecurity\n\n${SENTENCE.repeat(3)}\n`);
    // A draft's paragraphs become facts (and are judged) once a context: count the contexts a run builds for a draft.
    const built = vi.spyOn(DocumentContext.prototype as unknown as { draftFacts: () => unknown }, "draftFacts");
    for (const [format, was] of [["json", 2], ["html", 3]] as const) {
      built.mockClear();
      const r = await cli(["d.md", "-f", format], dir);
      expect(r.code).toBe(0);
      // At 70f42ae2: `was` (the lint, the placement of the findings at the heading, and with html the review).
      expect(built.mock.calls.length, `${format}: ${was} at the base`).toBe(1);
    }
    // The placement still moves an absence to the paragraph that answers an element's neighbour.
    const json = JSON.parse((await cli(["d.md", "-f", "json"], dir)).stdout) as Array<{ messages: Array<{ ruleId: string; line: number }> }>;
    expect(json[0].messages.filter((m) => m.ruleId === "requirement-addressed").map((m) => m.line)).toContain(1);
  });

  it("SpanIndex (roleExcepted's informing clauses around a match) finds what a filter over every span finds, in its order", () => {
    // A guard of behaviour that must not change: the index replaced `informing.filter(inf => inf.clause.start <= m.start
    // && m.end <= inf.clause.end)` for each match; nested, overlapping, equal and empty spans, in any order.
    let seed = 44;
    const next = (k: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) % k);
    for (let round = 0; round < 300; round++) {
      const spans = Array.from({ length: next(40) }, () => {
        const start = next(200);
        return { start, end: start + next(60) };
      });
      const index = new SpanIndex(spans, (x) => x);
      for (let q = 0; q < 50; q++) {
        const start = next(220);
        const end = start + next(20);
        expect(index.around(start, end)).toEqual(spans.filter((x) => x.start <= start && end <= x.end));
      }
    }
    expect(paragraphElements(SENTENCE.repeat(3))).toContain("board-informed");
  });
});
