import { describe, it, expect } from "vitest";
import fc from "fast-check";
import { LineIndex } from "../../src/model/position.js";

/** Line and column of an offset, counted the slow way. */
function naive(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = 0; i < text.length && i < offset; i++) {
    if (text[i] === "\n") {
      line++;
      start = i + 1;
    }
  }
  return { line, column: offset - start + 1 };
}

describe("LineIndex", () => {
  it("finds line starts on demand and gives every offset the same line and column, whatever the order of the lookups", () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom("a", " ", "\n", "\r\n", "é", "\n\n"), { maxLength: 60 }).map((parts) => parts.join("")),
        fc.array(fc.integer({ min: -2, max: 130 }), { maxLength: 30 }),
        (text, offsets) => {
          const index = new LineIndex("f", text);
          for (const o of offsets) expect(index.lineCol(o)).toEqual(o < 0 ? { line: 1, column: o + 1 } : naive(text, o));
          const end = naive(text, text.length);
          expect(index.position(0, text.length)).toEqual({ file: "f", line: 1, column: 1, endLine: end.line, endColumn: end.column });
        },
      ),
      { numRuns: 500 },
    );
  });
});

