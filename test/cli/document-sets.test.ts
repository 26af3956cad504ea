// A filing's Inline XBRL documents (a 10-K and the exhibit its Item 1C is incorporated from) are one
// document set: found by their shared schema, or named with --set; findings stay with their file.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { main } from "../../src/cli/main.js";
import { groupDocumentSets } from "../../src/sources/document-sets.js";
import { FIXTURES, ROOT } from "../helpers.js";

const FILING = join(FIXTURES, "sets", "northwind-filing");
const MAIN = join(FILING, "nwlc-20251231.htm");
const EX13 = join(FILING, "nwlc-ex13.htm");

async function json(args: string[]) {
  let out = "";
  const code = await main([...args, "-f", "json", "--no-config"], { stdout: (s) => (out += s), stderr: () => {}, cwd: ROOT, env: {}, isTTY: false });
  return { code, results: JSON.parse(out) as { filePath: string; messages: { ruleId: string; line: number; column: number }[] }[] };
}

describe("document sets", () => {
  it("groups Inline XBRL documents of one folder that share a schema; other files stand alone", async () => {
    const other = join(ROOT, "examples", "northwind-10k-fy2025.htm");
    const rpage = join(ROOT, "examples", "northwind-10k-fy2025.r-page.txt");
    expect(await groupDocumentSets([EX13, MAIN, other, rpage])).toEqual([[EX13, MAIN], [other], [rpage]]);
  });

  it("an 8-K and its 8-K/A that name the same schema (EDGAR names it by the event's date) are two submissions, not one set", async () => {
    // realistic set 31: the folder read them as one set, and the amendment's updated incident blocks as the original's
    // facts reported again with other values (three false conflicting-facts errors at 70f42ae2)
    const dir = join(FIXTURES, "realistic-set31");
    const k8 = join(dir, "halberwick-outdoor-8k.htm");
    const k8a = join(dir, "halberwick-outdoor-8ka.htm");
    expect(await groupDocumentSets([k8, k8a])).toEqual([[k8], [k8a]]);
    const { code, results } = await json([k8, k8a]);
    expect(code).toBe(0);
    expect(results.map((r) => r.messages.length)).toEqual([0, 0]);
  });

  it("the main document alone: no cyd facts, Item 1C incorporated by reference (a warning)", async () => {
    const { code, results } = await json([MAIN]);
    expect(code).toBe(0);
    expect(results[0].messages.map((m) => `${m.ruleId} ${m.line}:${m.column}`)).toEqual(["cyber-facts-present 17:37"]);
  });

  it("the filing's folder is one set: the exhibit's tags count for the 10-K, nothing to report", async () => {
    const { code, results } = await json([FILING]);
    expect(code).toBe(0);
    expect(results.map((r) => [r.filePath.split("/").pop(), r.messages.length])).toEqual([
      ["nwlc-20251231.htm", 0],
      ["nwlc-ex13.htm", 0],
    ]);
  });

  it("--set reports each finding under the document it points into", async () => {
    const a = join(FIXTURES, "ixbrl", "northwind-set-main.htm");
    const b = join(FIXTURES, "ixbrl", "northwind-set-exhibit.htm");
    const { results } = await json(["--set", a, b]);
    const byFile = Object.fromEntries(results.map((r) => [r.filePath.split("/").pop(), r.messages.map((m) => `${m.ruleId} ${m.line}:${m.column}`)]));
    // The board's block opens in the main document (7:13) and continues in the exhibit, whose own
    // block is at 7:4: each finding is reported under the document its position is in.
    expect(byFile["northwind-set-main.htm"].length).toBeGreaterThan(0);
    expect(byFile["northwind-set-main.htm"].every((m: string) => m.endsWith(" 7:13"))).toBe(true);
    expect(byFile["northwind-set-exhibit.htm"].length).toBeGreaterThan(0);
    expect(byFile["northwind-set-exhibit.htm"].every((m: string) => m.endsWith(" 7:4"))).toBe(true);
  });
  it("a committee's meeting schedule is no informing process: the judge and the cadence rule agree", async () => {
    const a = join(FIXTURES, "ixbrl", "northwind-set-main.htm");
    const b = join(FIXTURES, "ixbrl", "northwind-set-exhibit.htm");
    const { results } = await json(["--set", a, b]);
    const main = results.find((r) => r.filePath.endsWith("northwind-set-main.htm"))!.messages.map((m) => m.ruleId);
    // "The Risk Committee meets quarterly." says how often it meets, not that it is informed about
    // cybersecurity risks (106(c)(1)): no informing text, so no cadence of informing either.
    // The absence is reported once, as what it is; a cadence is asked for only of informing text.
    expect(main).toContain("board-informing-process");
    expect(main).not.toContain("board-reporting-cadence");
    const exhibit = results.find((r) => r.filePath.endsWith("northwind-set-exhibit.htm"))!.messages.map((m) => m.ruleId);
    expect(exhibit).not.toContain("text-block-content-mismatch");
  });
});
