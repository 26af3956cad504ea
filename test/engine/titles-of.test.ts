// Round 31 (speed31-filing): the mismatched-blocks finding's "not …" list joined by a loop (a
// holey list from `map`, then `join`, deoptimised findMismatchedBlocks while V8 warmed up).
import { describe, expect, it } from "vitest";
import { titlesOf } from "../../src/engine/document.js";
import { loadRuleSet } from "../../src/engine/rule-loader.js";

describe("titlesOf", () => {
  it("is map-then-join for 0 to 4 titles, on the catalog's own titles", () => {
    const { elements } = loadRuleSet();
    expect(elements.length).toBeGreaterThan(4);
    for (let n = 0; n <= 4; n++) {
      const own = elements.slice(0, n);
      expect(titlesOf(own)).toBe(own.map((e) => e.title).join(", nor "));
    }
    expect(titlesOf([{ title: "Board oversight" }, { title: "Management's role" }])).toBe("Board oversight, nor Management's role");
  });
});
