// The near walk's shortcuts (src/text/lexicon.ts: a word read once per item, only a matching item's
// entries visited; patterns ruled out from the groups the text's keys reach) against the reference
// walk (every entry of every key in turn, no pattern ruled out): the same spans from every built-in
// lexicon, read on its own and through the judge's table, and the same findings from the linter,
// over the examples and the fixtures.
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { createLinter, lintFiles } from "../../src/api.js";
import { loadRuleSet } from "../../src/engine/rule-loader.js";
import { harvestAliases } from "../../src/text/aliases.js";
import { LexiconTable, setNearReferenceWalk, type Lexicon, type Span } from "../../src/text/lexicon.js";
import { tokenize } from "../../src/text/tokens.js";
import { FIXTURES, ROOT } from "../helpers.js";
import { filesUnder, proseParagraphs } from "./prose-paragraphs.js";

const RULES = loadRuleSet();
const EXAMPLES = join(ROOT, "examples");

/** The prose of the examples and fixtures, cut into paragraphs: every other distinct one of 40 to 4,000 characters (~1,900). */
const paragraphs = proseParagraphs(2);

afterEach(() => setNearReferenceWalk(false));

/** Each lexicon's spans in each paragraph, read on its own and through a table of them all (fresh words for each read: a table keeps the last words' spans). */
function readAll(lexicons: Lexicon[], reference: boolean): Span[][][] {
  setNearReferenceWalk(reference);
  const table = new LexiconTable(lexicons);
  return paragraphs.map((text, k) => {
    // Every other paragraph with its defined terms, so words with aliases are read too.
    const aliases = k % 2 ? harvestAliases(text) : undefined;
    const own = tokenize(text, aliases);
    const shared = tokenize(text, aliases);
    return lexicons.flatMap((lex) => [lex.matchAll(text, own), lex.matchAll(text, shared, table)]);
  });
}

describe("near walk: shortcuts against the reference walk", () => {
  it("reads enough of the examples and fixtures to mean something", () => {
    expect(paragraphs.length).toBeGreaterThan(1500);
  });

  it("finds the same spans with every built-in lexicon, on its own and through one table", () => {
    const lexicons = [...RULES.lexicons.values()].filter((lex) => lex.encodedNear !== "");
    expect(lexicons.length).toBeGreaterThan(40);
    const reference = readAll(lexicons, true);
    const fast = readAll(lexicons, false);
    let spans = 0;
    for (let p = 0; p < paragraphs.length; p++) {
      for (let l = 0; l < lexicons.length; l++) {
        const at = `${lexicons[l].name} on ${JSON.stringify(paragraphs[p].slice(0, 80))}`;
        expect(fast[p][2 * l], at).toEqual(reference[p][2 * l]);
        expect(fast[p][2 * l + 1], `${at} (table)`).toEqual(reference[p][2 * l]);
        spans += reference[p][2 * l].length;
      }
    }
    // Near patterns that match, many of them: a walk that found nothing would pass the comparison too.
    expect(spans).toBeGreaterThan(2000);
  });

  it("gives the same findings over the examples and the R-page and realistic fixtures", async () => {
    const files = [
      ...filesUnder(EXAMPLES, /\.(txt|md|htm|html)$/),
      ...readdirSync(FIXTURES)
        .filter((d) => /^(realistic|r-page|drafts|incident)/.test(d) && statSync(join(FIXTURES, d)).isDirectory())
        .flatMap((d) => filesUnder(join(FIXTURES, d), /\.(txt|md|htm|html)$/)),
    ];
    expect(files.length).toBeGreaterThan(100);
    const lint = async (reference: boolean) => {
      setNearReferenceWalk(reference);
      const results = await lintFiles(
        files.map((f) => [f]),
        createLinter(),
      );
      return results.map((r) => ({ file: r.file, findings: r.findings, fatal: r.fatal }));
    };
    const reference = await lint(true);
    const fast = await lint(false);
    expect(fast).toEqual(reference);
    expect(reference.flatMap((r) => r.findings).length).toBeGreaterThan(300);
  });
});
