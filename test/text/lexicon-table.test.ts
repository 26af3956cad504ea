// The element judge reads the lexicons every paragraph needs through one table of their near
// patterns (LexiconTable): each member's matches must be exactly those its own read finds.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadRuleSet } from "../../src/engine/rule-loader.js";
import { lexiconTable, LexiconTable, type Lexicon } from "../../src/text/lexicon.js";
import { tokenize } from "../../src/text/tokens.js";
import { ROOT, SAMPLE } from "../helpers.js";

const RULES = loadRuleSet();
const EXAMPLES = join(ROOT, "examples");
const paragraphs = [
  readFileSync(SAMPLE, "utf8"),
  ...readdirSync(EXAMPLES)
    .filter((f) => /\.(txt|md)$/.test(f))
    .map((f) => readFileSync(join(EXAMPLES, f), "utf8")),
  "The Audit Committee of the Board of Directors oversees our cybersecurity risk and receives quarterly reports from the CISO.",
  "We have not identified any risks from cybersecurity threats, including as a result of any previous cybersecurity incidents, that have materially affected us.",
].flatMap((t) => [t, ...t.split(/\n\s*\n/)]);

/** Every member's matches through the table against its own read, on each paragraph. */
function expectSameMatches(table: LexiconTable, lexicons: Lexicon[]): number {
  let spans = 0;
  for (const text of paragraphs) {
    const words = tokenize(text);
    for (const lex of lexicons) {
      const own = lex.matchAll(text, words);
      expect(lex.matchAll(text, words, table), `${lex.name} on ${JSON.stringify(text.slice(0, 60))}`).toEqual(own);
      spans += own.length;
    }
  }
  return spans;
}

describe("LexiconTable", () => {
  it("finds what each lexicon the judge reads in every paragraph finds on its own", () => {
    const names = [...new Set(RULES.elements.flatMap((e) => [e.lexicon, ...(e.also ?? []), ...(e.negative ? [e.negative] : [])]))];
    const lexicons = names.map((n) => RULES.lexicons.get(n)!);
    expect(expectSameMatches(lexiconTable(lexicons)!, lexicons)).toBeGreaterThan(50);
  });

  it("finds what every built-in lexicon finds, all in one table (items shared across lexicons, `not` phrases, prefixes)", () => {
    const lexicons = [...RULES.lexicons.values()];
    expect(expectSameMatches(new LexiconTable(lexicons), lexicons)).toBeGreaterThan(50);
  });

  it("is compiled once for the same lexicons, and leaves a lexicon it does not hold to its own read", () => {
    const lexicons = [...RULES.lexicons.values()].slice(0, 5);
    expect(lexiconTable(lexicons)).toBe(lexiconTable([...lexicons]));
    expect(lexiconTable(lexicons.slice(1))).not.toBe(lexiconTable(lexicons));
    const outside = [...RULES.lexicons.values()][6];
    expect(lexiconTable(lexicons)!.nearSpans(outside, tokenize("the board"))).toBeUndefined();
  });
});
