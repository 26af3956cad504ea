// Round 28 (speed28): the lists the element judge reads (a unit's headings, an element's `except`,
// `offTopic` and `offTopicReadsBack` names) have one elements kind, empty or not, and a unit clipped
// to its block has the hidden class buildUnits' units have; V8's optimised judge was deoptimised
// (and recompiled) by a list or unit of the other kind. Checked with V8's own tests of maps.
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { setFlagsFromString } from "node:v8";
import { describe, expect, it } from "vitest";
import { readDisclosure } from "../../src/api.js";
import { clipToBlock } from "../../src/engine/block-text.js";
import { buildUnits, outermost } from "../../src/engine/elements.js";
import { LineIndex } from "../../src/model/position.js";
import { emptyStrings, NO_STRINGS, stringList } from "../../src/text/string-lists.js";
import { ROOT } from "../helpers.js";

setFlagsFromString("--allow-natives-syntax");
// Functions made after the flag is set may use V8's natives.
const sameMap = new Function("a", "b", "return %HaveSameMap(a, b)") as (a: unknown, b: unknown) => boolean;
const STRINGS = ["Board Oversight", "Risk Management"];

describe("lists of strings of one elements kind", () => {
  it("an empty list made here has the map of a list of strings; a literal [] has not", () => {
    expect(sameMap([], STRINGS)).toBe(false); // what the helpers are for: V8 would tell these apart
    expect(sameMap(emptyStrings(), STRINGS)).toBe(true);
    expect(sameMap(NO_STRINGS, STRINGS)).toBe(true);
    expect(sameMap(stringList([]), STRINGS)).toBe(true);
    expect(stringList(STRINGS)).toEqual(STRINGS);
    expect(stringList(STRINGS)).not.toBe(STRINGS);
    // A holey list (what `map` makes of a holey array) comes back packed.
    const holey = new Array<string>(2);
    holey[0] = "Board Oversight";
    holey[1] = "Risk Management";
    expect(sameMap(holey, STRINGS)).toBe(false);
    expect(sameMap(stringList(holey), STRINGS)).toBe(true);
    expect(emptyStrings()).toEqual([]);
    expect(emptyStrings()).not.toBe(emptyStrings());
    const pushed = emptyStrings();
    pushed.push("Governance");
    expect(sameMap(pushed, STRINGS)).toBe(true);
  });

  it("every unit of the fixtures' filings and drafts has one map, its headings one map, clipped units too", async () => {
    // Units with no heading (a block's paragraphs outside the section) and units clipped to a block
    // that opens mid-paragraph are the ones whose lists and maps differed.
    const files = (readdirSync(join(ROOT, "test", "fixtures"), { recursive: true }) as string[]).filter((f) => /\.(htm|html|md)$/.test(f)).sort();
    let units = 0;
    let empty = 0;
    let clipped = 0;
    let first: object | undefined;
    for (const file of files) {
      let d;
      try {
        d = await readDisclosure([join(ROOT, "test", "fixtures", file)]);
      } catch {
        continue; // fixtures of inputs that are no disclosure
      }
      const all = buildUnits(d, outermost(d.facts.filter((f) => f.kind === "text")), (f) => new LineIndex(f, d.documents.find((doc) => doc.file === f)?.text ?? ""));
      for (const u of all) {
        first ??= u;
        units++;
        if (u.headings.length === 0) empty++;
        expect(sameMap(u.headings, STRINGS)).toBe(true);
        expect(sameMap(u, first)).toBe(true);
        for (const block of d.facts.filter((f) => f.kind === "text")) {
          const c = clipToBlock(u, block);
          if (c === u) continue;
          clipped++;
          expect(Object.keys(c)).toEqual(Object.keys(u));
          expect(sameMap(c, first)).toBe(true);
          expect(c.headings).toBe(u.headings);
        }
      }
    }
    expect(units).toBeGreaterThan(1000);
    expect(empty).toBeGreaterThan(10);
    expect(clipped).toBeGreaterThan(10);
  });
});
