// DocumentContext's words and sentences of a fact, kept by the fact's text as well as by the fact
// (round 32): a block of one paragraph and that paragraph's unit, or a paragraph clipped to a block
// that holds all of it, are facts of one text and are tokenized and split once. What is kept must
// be what a fresh tokenize / splitSentences gives, facts of one text must share it, and facts of
// different texts must not (two paragraphs with the same words in different blocks are one text;
// one paragraph in two blocks is read once).
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DocumentContext } from "../../src/engine/document.js";
import { applies, factValue, REGISTRY } from "../../src/engine/linter.js";
import { fastEvaluator } from "../../src/engine/evaluate.js";
import { loadRuleSet } from "../../src/engine/rule-loader.js";
import type { Fact } from "../../src/model/types.js";
import { loadDisclosure } from "../../src/sources/load.js";
import { splitSentences } from "../../src/text/sentences.js";
import { tokenize, type Word } from "../../src/text/tokens.js";
import { FIXTURES, ROOT } from "../helpers.js";

const ruleSet = loadRuleSet();
const evaluator = fastEvaluator(ruleSet.rules, applies, REGISTRY);

function inputs(): string[] {
  const files: string[] = [];
  for (const dir of [join(FIXTURES, "ixbrl"), join(FIXTURES, "realistic"), join(ROOT, "examples")])
    for (const f of readdirSync(dir).sort()) {
      const path = join(dir, f);
      if (statSync(path).isFile() && /\.(htm|html|txt|md)$/.test(f) && f !== "README.md") files.push(path);
    }
  return files;
}

/** Every fact the rules' words and sentences were asked for in one lint of the file, with what each got. */
async function asked(file: string) {
  const d = await loadDisclosure([file]).catch((e: { notADisclosure?: boolean }) => {
    if (e.notADisclosure) return undefined;
    throw e;
  });
  if (!d) return { got: [], aliases: undefined };
  const ctx = new DocumentContext(d, ruleSet.lexicons, ruleSet.cues, ruleSet.elements);
  const c = ctx as unknown as { words(f: Fact): Word[]; aliases(): unknown };
  const words = c.words.bind(ctx);
  const sentences = ctx.sentences.bind(ctx);
  const got: { fact: Fact; words?: Word[]; sentences?: ReturnType<typeof splitSentences> }[] = [];
  c.words = (f) => {
    const w = words(f);
    got.push({ fact: f, words: w });
    return w;
  };
  ctx.sentences = (f) => {
    const s = sentences(f);
    got.push({ fact: f, sentences: s });
    return s;
  };
  await evaluator.events(ctx, (f, p) => factValue(ctx, f, p));
  return { got, aliases: c.aliases() as Parameters<typeof tokenize>[1] };
}

describe("DocumentContext: words and sentences by text", () => {
  it("gives what a fresh read gives, the same list for facts of one text and another for another text", async () => {
    let shared = 0;
    let distinct = 0;
    for (const file of inputs()) {
      const { got, aliases } = await asked(file);
      const factsOf = new Map<string, Set<Fact>>();
      const firstWords = new Map<string, Word[]>();
      const firstSentences = new Map<string, unknown>();
      for (const g of got) {
        const text = g.fact.text;
        if (g.words) {
          expect(g.words, `${file}: words of ${JSON.stringify(text.slice(0, 60))}`).toEqual(tokenize(text, aliases));
          const first = firstWords.get(text);
          if (first === undefined) firstWords.set(text, g.words);
          else expect(g.words === first, `${file}: one list for one text`).toBe(true);
          const facts = factsOf.get(text) ?? new Set<Fact>();
          factsOf.set(text, facts.add(g.fact));
        }
        if (g.sentences) {
          expect(g.sentences).toEqual(splitSentences(text));
          const first = firstSentences.get(text);
          if (first === undefined) firstSentences.set(text, g.sentences);
          else expect(g.sentences === first).toBe(true);
        }
      }
      for (const facts of factsOf.values()) shared += facts.size - 1;
      // Lists of different texts are different lists.
      const lists = [...firstWords.values()];
      expect(new Set(lists).size).toBe(lists.length);
      distinct += lists.length;
    }
    // Facts of one text do meet (else the test reads nothing by text), among many texts.
    expect(shared).toBeGreaterThan(10);
    expect(distinct).toBeGreaterThan(100);
  });
});
