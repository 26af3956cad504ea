// `npm run eval -- --speed`: what matching costs per document, hand-written against the NLP
// libraries compared in docs/accuracy.md, and hostile inputs that must stay linear.
import { readdirSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { describeDisclosure } from "../../src/api.js";
import { loadDisclosure } from "../../src/sources/load.js";
import { proseBlocks } from "../../src/sources/prose.js";
import { PACKAGE_ROOT, BUILTIN_RULES_DIR } from "../../src/paths.js";
import { harvestAliases } from "../../src/text/aliases.js";
import { normaliseBlocks } from "../../src/text/sections.js";
import { tokenize } from "../../src/text/tokens.js";
import { builtinLexicon, elementsOf } from "./eval.js";

function median(f: () => unknown, runs = 5): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    f();
    times.push(performance.now() - t);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)];
}

const fmt = (ms: number) => `${ms.toFixed(2).padStart(9)} ms`;

export async function speed(corpusDir: string): Promise<void> {
  const file = join(corpusDir, "edgartools", "ko-10-k-2025-02-20.html");
  const disclosure = await loadDisclosure([file]);
  const doc = disclosure.documents[0];
  const section = (await describeDisclosure(file)).map((p) => p.text);
  const sectionText = section.join("\n");
  const whole = normaliseBlocks(proseBlocks({ ...doc, format: "html" })).map((b) => b.text).join("\n");
  console.log(`ko 10-K: ${(doc.text.length / 1e6).toFixed(1)} MB of HTML, ${(whole.length / 1e6).toFixed(2)} MB of text, Item 1C ${section.length} paragraphs, ${sectionText.length} characters`);

  console.log("\nhand-written (this repository)");
  console.log(`  tokenize + base forms, Item 1C        ${fmt(median(() => tokenize(sectionText)))}`);
  console.log(`  aliases and bodies, Item 1C           ${fmt(median(() => harvestAliases(sectionText)))}`);
  const aliases = harvestAliases(sectionText);
  console.log(`  15 element lexicons, Item 1C          ${fmt(median(() => section.forEach((t) => elementsOf(t, tokenize(t, aliases)))))}`);
  console.log(`  tokenize + base forms, whole 10-K     ${fmt(median(() => tokenize(whole)))}`);
  console.log(`  15 element lexicons, whole 10-K       ${fmt(median(() => elementsOf(whole, tokenize(whole)), 3))}`);

  const load = createRequire(join(PACKAGE_ROOT, "package.json"));
  try {
    const winkNLP = load("wink-nlp");
    const nlp = winkNLP(load("wink-eng-lite-web-model"));
    const its = nlp.its;
    console.log("\nwink-nlp + wink-eng-lite-web-model (tokens, POS, lemmas)");
    console.log(`  readDoc + lemmas, Item 1C             ${fmt(median(() => nlp.readDoc(sectionText).tokens().out(its.lemma)))}`);
    console.log(`  readDoc + lemmas, whole 10-K          ${fmt(median(() => nlp.readDoc(whole).tokens().out(its.lemma), 1))}`);
  } catch (e) {
    console.log(`\nwink-nlp not installed (${(e as Error).message.split("\n")[0]})`);
  }
  try {
    const nlp = load("compromise");
    console.log("\ncompromise (tokens, tags, roots)");
    console.log(`  nlp + compute("root"), Item 1C        ${fmt(median(() => nlp(sectionText).compute("root").json()))}`);
    console.log(`  nlp + compute("root"), whole 10-K     ${fmt(median(() => nlp(whole).compute("root").json(), 1))}`);
  } catch (e) {
    console.log(`\ncompromise not installed (${(e as Error).message.split("\n")[0]})`);
  }

  console.log("\nhostile drafts through every built-in lexicon (must grow linearly)");
  const names = readdirSync(join(BUILTIN_RULES_DIR, "lexicons")).filter((f) => f.endsWith(".json")).map((f) => f.slice(0, -5));
  for (const [label, make] of [
    ["one word of n letters", (n: number) => "a".repeat(n)],
    ["n/5 words", (n: number) => "word ".repeat(n / 5)],
    ["n/10 'Committee '", (n: number) => "Committee ".repeat(n / 10)],
  ] as const) {
    const row: string[] = [];
    for (const n of [250_000, 1_000_000]) {
      const text = make(n);
      const ms = median(() => {
        const words = tokenize(text, harvestAliases(text));
        for (const name of names) builtinLexicon(name)?.matchAll(text, words);
      }, 1);
      row.push(`${(n / 1e6).toFixed(2)} MB ${fmt(ms)}`);
    }
    console.log(`  ${label.padEnd(24)} ${row.join("   ")}`);
  }
}
