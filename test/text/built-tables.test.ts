// Round 49 (speed49-cold): the element judge's table of near patterns is worked out by the build
// (src/engine/built-tables.ts, dist/judge-tables.bin) and read by a CLI run (src/text/lexicon.ts
// useBuiltTables); any other table (--rules-dir, a config's lexicon, a process that numbered other
// keys first) is worked out at run time. Both ways must give the same table, and the same findings.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it, vi } from "vitest";
import { FIXTURES, ROOT, SAMPLE } from "../helpers.js";

type LexiconModule = typeof import("../../src/text/lexicon.js");

/** A plan as plain JSON values (typed arrays as arrays, the items by index), to compare two plans. */
function plain(value: unknown): unknown {
  if (ArrayBuffer.isView(value)) return Array.from(value as Int32Array);
  if (value === undefined || value === null || typeof value !== "object") return value;
  if (Array.isArray(value)) return Array.from({ length: value.length }, (_, k) => plain(value[k]));
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plain(v)]));
}

/** The built-in lexicons' prepared near patterns by name, from the files (as a run's build-free load prepares them). */
function nearOf(lexicon: LexiconModule): (name: string) => string | undefined {
  const dir = join(ROOT, "rules", "lexicons");
  const nears = new Map(readdirSync(dir).map((f) => [f.replace(/\.json$/, ""), lexicon.prepareLexicon(JSON.parse(readFileSync(join(dir, f), "utf8"))).near]));
  return (name) => nears.get(name);
}

/** Inputs linted both ways: the bench's R page and every 6th fixture file. */
function inputs(): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      if (e.isDirectory()) walk(join(dir, e.name));
      else files.push(join(dir, e.name));
    }
  };
  walk(FIXTURES);
  return [...(existsSync(SAMPLE) ? [SAMPLE] : []), ...files.filter((_, k) => k % 6 === 0)];
}

async function lintAll(files: string[]): Promise<string[]> {
  const { createLinter, lintFiles } = await import("../../src/api.js");
  const linter = createLinter();
  const out: string[] = [];
  for (const f of files) out.push(JSON.stringify(await lintFiles([[f]], linter)));
  return out;
}

describe("the judge's table worked out by the build", () => {
  it("is the table a run works out, and a lint with it finds what a lint without it finds", async () => {
    // A run without the build's table (as the tests and the API run).
    vi.resetModules();
    const runtime = (await import("../../src/engine/built-tables.js")).builtinTablesBytes;
    const bytes = runtime();
    const { loadRuleSet } = await import("../../src/engine/rule-loader.js");
    const { judgeTable } = await import("../../src/text/requirement-map.js");
    const { elementsOfReport } = await import("../../src/model/report-kind.js");
    const set = loadRuleSet([]);
    const worked = judgeTable(elementsOfReport(set.elements, undefined), (n) => set.lexicons.get(n)!)!;
    expect(worked.builtByBuild).toBe(false);
    expect(worked.plan.items.length).toBeGreaterThan(2000);
    const files = inputs();
    expect(files.length).toBeGreaterThan(20);
    const without = await lintAll(files);

    // A fresh run that reads the build's table first, as the CLI does (rule-loader.ts, before any lexicon is compiled).
    vi.resetModules();
    const lexicon = (await import("../../src/text/lexicon.js")) as LexiconModule;
    expect(lexicon.useBuiltTables(bytes, nearOf(lexicon))).toBe(true);
    const set2 = (await import("../../src/engine/rule-loader.js")).loadRuleSet([]);
    const { judgeTable: judgeTable2 } = await import("../../src/text/requirement-map.js");
    const { elementsOfReport: ofReport2 } = await import("../../src/model/report-kind.js");
    const built = judgeTable2(ofReport2(set2.elements, undefined), (n) => set2.lexicons.get(n)!)!;
    expect(built.builtByBuild).toBe(true);
    expect(built.names).toEqual(worked.names);
    expect(plain(built.plan)).toEqual(plain(worked.plan));
    // A table of other lexicons (one member fewer: another rules folder's elements) is worked out.
    const fewer = lexicon.lexiconTable(built.members.slice(1));
    expect(fewer?.builtByBuild).toBe(false);
    expect(await lintAll(files)).toEqual(without);
  });

  it("is not used by a process that numbered other keys first", async () => {
    vi.resetModules();
    const bytes = (await import("../../src/engine/built-tables.js")).builtinTablesBytes();
    vi.resetModules();
    const lexicon = (await import("../../src/text/lexicon.js")) as LexiconModule;
    lexicon.compileLexicon("mine", { description: "a user's", terms: ["zebra crossing"], near: [{ all: [["quokka"], ["wallaby*"]] }] }).matchAll("a quokka and a wallaby");
    expect(lexicon.useBuiltTables(bytes, nearOf(lexicon))).toBe(false);
    const { loadRuleSet } = await import("../../src/engine/rule-loader.js");
    const { judgeTable } = await import("../../src/text/requirement-map.js");
    const set = loadRuleSet([]);
    expect(judgeTable(set.elements, (n) => set.lexicons.get(n)!)?.builtByBuild).toBe(false);
  });

  it("dist/judge-tables.bin is the build's of today's rules (rebuild: npm run build)", async () => {
    const file = join(ROOT, "dist", "judge-tables.bin");
    if (!existsSync(file)) return;
    vi.resetModules();
    const bytes = (await import("../../src/engine/built-tables.js")).builtinTablesBytes();
    expect(Buffer.compare(readFileSync(file), Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength))).toBe(0);
  });
});
