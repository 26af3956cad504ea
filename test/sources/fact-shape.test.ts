// Round 31 (speed31-filing): the facts the tag readers make (Inline XBRL, XBRL instance) have one
// hidden class, whatever optional fields each has, and a text block's fragments the elements kind of
// fragmentsOf's own list. Built with conditional spreads, each filing brought the engine's fact
// readers (innermostOver, innermostHolding, clipToBlock) maps they had not seen, and V8 deoptimised
// and recompiled them while a batch of filings was being linted.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { setFlagsFromString } from "node:v8";
import { describe, expect, it } from "vitest";
import { fragmentsOf } from "../../src/engine/elements.js";
import type { Fact } from "../../src/model/types.js";
import { tagFact } from "../../src/sources/fact-shape.js";
import { loadDisclosure } from "../../src/sources/load.js";

setFlagsFromString("--allow-natives-syntax");
const sameMap = new Function("a", "b", "return %HaveSameMap(a, b)") as (a: unknown, b: unknown) => boolean;

const ORDER = [
  "concept", "namespace", "kind", "contextRef", "period", "format", "id", "hidden", "position", "offset", "endOffset",
  "fragments", "value", "raw", "text", "textMap", "html", "problems",
];

const root = join(__dirname, "..", "..");
const tagged = [
  ...readdirSync(join(root, "test", "fixtures", "ixbrl")).map((f) => join(root, "test", "fixtures", "ixbrl", f)),
  join(root, "examples", "northwind-10k-fy2025_htm.xml"),
  join(root, "test", "fixtures", "realistic-set17", "grainline-milling-10k.xml"),
].filter((f) => !f.includes("northwind-set-"));

describe("tag readers' facts of one shape", () => {
  it("every fact of every Inline XBRL and XBRL instance fixture has one map and the fields in one order", async () => {
    const facts: Fact[] = [];
    const formats = new Set<string>();
    for (const file of tagged) {
      const d = await loadDisclosure([file], {}).catch(() => undefined);
      if (!d) continue; // a fixture that is no disclosure
      formats.add(d.documents[0].format);
      facts.push(...d.facts);
    }
    expect([...formats].sort()).toEqual(["ixbrl", "xbrl-instance"]);
    const kinds = new Set(facts.map((f) => f.kind));
    expect(kinds.has("flag") && kinds.has("text")).toBe(true);
    // Facts with and without each optional field are among them (else the test would show nothing).
    for (const k of ["period", "format", "fragments", "html", "problems"] as const) {
      expect(facts.some((f) => f[k] !== undefined), k).toBe(true);
      expect(facts.some((f) => f[k] === undefined), k).toBe(true);
    }
    for (const f of facts) {
      expect(Object.keys(f)).toEqual(ORDER);
      expect(sameMap(f, facts[0])).toBe(true);
    }
    // A text block's fragments and fragmentsOf's list for a fact without them: one elements kind.
    const withFragments = facts.find((f) => f.fragments !== undefined)!;
    const without = facts.find((f) => f.fragments === undefined)!;
    expect(sameMap(fragmentsOf(withFragments), fragmentsOf(without))).toBe(true);
  });

  it("a field that is undefined is left out of JSON, as an absent one was", () => {
    const head = {
      concept: "CybersecurityRiskManagementProcessesIntegratedFlag", namespace: "http://xbrl.sec.gov/cyd/2024", kind: "flag" as const,
      contextRef: "c-1", period: undefined, format: "ixt:fixed-true", id: undefined, hidden: false,
      position: { file: "f.htm", line: 1, column: 1, endLine: 1, endColumn: 9 }, offset: 0, endOffset: 8,
    };
    const f = tagFact(head, undefined, true, "", "", [], undefined, undefined);
    expect(JSON.parse(JSON.stringify(f))).toEqual({
      concept: head.concept, namespace: head.namespace, kind: "flag", contextRef: "c-1", format: "ixt:fixed-true", hidden: false,
      position: head.position, offset: 0, endOffset: 8, value: true, raw: "", text: "", textMap: [],
    });
    expect(Object.keys(JSON.parse(JSON.stringify(f)))).toEqual(["concept", "namespace", "kind", "contextRef", "format", "hidden", "position", "offset", "endOffset", "value", "raw", "text", "textMap"]);
    // What a literal with conditional spreads gave: another map for each set of fields.
    expect(sameMap({ a: 1, ...(f.period ? { period: f.period } : {}) }, { a: 1, period: {} })).toBe(false);
    expect(sameMap(f, tagFact({ ...head, period: { endDate: "2025-12-31" } as never, id: "x" }, [], "t", "t", "t", [], "<p>t</p>", ["p"]))).toBe(true);
  });
});

// Round 39 (speed39-filing): the documents the loader makes have one hidden class, however many files
// were read before. Built by spreads (`{ file, ...decoded }`, then `{ ...decoded, format }`), the
// documents after the first dozen or so had another map (two fields out of the object: the spreads'
// inline cache gave up its fast path), and the markup reader (scanDocument, readIxbrlSet) was
// deoptimised at `doc.text` ("wrong map") and compiled again while a batch of filings was linted.
describe("the loader's documents of one shape", () => {
  it("the 40th file's document has the map of the first, read from a file or from stdin", async () => {
    const file = join(root, "test", "fixtures", "ixbrl", "northwind-10k.htm");
    const first = (await loadDisclosure([file], {})).documents[0];
    let last = first;
    for (let i = 0; i < 40; i++) last = (await loadDisclosure([file], {})).documents[0];
    expect(Object.keys(last)).toEqual(["file", "text", "encoding", "format"]);
    expect(sameMap(first, last)).toBe(true);
    const piped = (await loadDisclosure([file], { stdin: readFileSync(file) })).documents[0];
    expect(sameMap(first, piped)).toBe(true);
  });
});
