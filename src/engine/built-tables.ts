// The built-in judge's tables as scripts/build.mjs writes them into dist/judge-tables.bin (round 49;
// src/text/lexicon.ts useBuiltTables): the built-in rule set loaded as a run loads it, and the
// judge's table of each kind of report made as a run's first paragraph makes it.
import { elementsOfReport } from "../model/report-kind.js";
import { builtTablesBytes, type LexiconTable } from "../text/lexicon.js";
import { judgeTable } from "../text/requirement-map.js";
import { loadRuleSet } from "./rule-loader.js";

/** The file of the judge's tables of the built-in rule set (an annual report's, an incident report's), with the keys they were numbered by. */
export function builtinTablesBytes(): Uint8Array {
  const set = loadRuleSet([]);
  const lexicon = (name: string) => set.lexicons.get(name)!;
  const tables: LexiconTable[] = [];
  for (const form of [undefined, "8-K"]) {
    const table = judgeTable(elementsOfReport(set.elements, form), lexicon);
    if (table && !tables.includes(table)) tables.push(table);
  }
  return builtTablesBytes(tables);
}
