// The learned veto's numbered model (src/text/element-model.ts PreparedModel, round 32): the engine scores paragraphs
// with feature numbers and typed arrays, and every probability must be the double `bestProbability` gives over
// `readFeatures`' string sets — to the last bit (a vetoed element's probability is printed whole by `disclint facts`),
// for the shipped model and for any model of the file's format (model files are retrained: npm run train).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { answerProbability, bestProbability, PreparedModel, prepareModel, prepareModelData, readFeatures, type ElementModel } from "../../src/text/element-model.js";
import { harvestAliases } from "../../src/text/aliases.js";
import { loadRuleSet } from "../../src/engine/rule-loader.js";
import { answers, judgeParagraph } from "../../src/text/requirement-map.js";
import { lexiconTerms } from "../../src/text/element-model.js";
import { paraphraseAndExampleParagraphs, ROOT } from "../helpers.js";

const shipped = JSON.parse(readFileSync(join(ROOT, "rules", "models", "element-veto.json"), "utf8")) as ElementModel;

const TEXTS = paraphraseAndExampleParagraphs();
const HEADINGS: string[][] = [[], ["Item 1C. Cybersecurity"], ["Item 1C. Cybersecurity", "Governance"], ["Risk Management and Strategy"], ["Board Oversight of Cybersecurity Risks"]];

/** A small deterministic generator (mulberry32). */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A model of the file's format the build never saw: weights of full doubles (so a sum in another order is another double)
 * on features the paragraphs have, with every family on and keys no paragraph can have (a pair of three words, an empty
 * word, Object.prototype's names).
 */
function strangeModel(): ElementModel {
  const next = random(32);
  const seen = new Set<string>();
  const families = { bigrams: true, headings: true, lexicon: true };
  TEXTS.slice(0, 400).forEach((t, i) => {
    const read = readFeatures(t, HEADINGS[i % HEADINGS.length], harvestAliases(t), ["processes", "board-oversight"], families);
    for (const f of read.paragraph) seen.add(f);
  });
  const features = [...seen, "b:a b c", "w:", "b: x", "w:constructor", "w:__proto__", "h:toString", "lex:integration"];
  const elements: ElementModel["elements"] = {};
  for (const id of ["processes", "board-oversight", "integration", "management-role"]) {
    const weights: Record<string, number> = {};
    for (const f of features) if (next() < 0.4) weights[f] = (next() - 0.5) * 3.7;
    elements[id] = { bias: (next() - 0.5) * 6.1, weights };
  }
  return { ...shipped, features: families, elements };
}

/** Each element's probability on each paragraph, both ways; the count of paragraphs and the first difference. */
function compare(model: ElementModel, prepared: PreparedModel, lexicon: string[]) {
  let compared = 0;
  const differences: string[] = [];
  TEXTS.forEach((text, i) => {
    const headings = HEADINGS[i % HEADINGS.length];
    const aliases = harvestAliases(text);
    const strings = readFeatures(text, headings, aliases, lexicon, model.features);
    const numbers = prepared.read(text, headings, aliases, lexicon);
    for (const [id, weights] of Object.entries(model.elements)) {
      const want = bestProbability(weights, strings.paragraph, strings.sentences);
      const got = prepared.bestProbability(id, numbers);
      compared++;
      if (!Object.is(want, got)) differences.push(`${id} on paragraph ${i}: ${want} vs ${got}`);
    }
  });
  return { compared, differences };
}

describe("the numbered element model gives bestProbability's doubles", () => {
  it("the shipped model, on every real paragraph of the repository and each element, to the last bit", () => {
    expect(TEXTS.length).toBeGreaterThan(5000);
    const { compared, differences } = compare(shipped, prepareModel(shipped), []);
    expect(compared).toBe(TEXTS.length * Object.keys(shipped.elements).length);
    expect(differences.slice(0, 5)).toEqual([]);
  });

  it("a model of the same format with full-double weights, every family on and keys no paragraph has, to the last bit", () => {
    const model = strangeModel();
    const prepared = prepareModel(model);
    const { differences } = compare(model, prepared, ["processes", "board-oversight"]);
    expect(differences.slice(0, 5)).toEqual([]);
    // The same weights added in another order are another double on some paragraphs: the comparison can fail.
    const reversed = (id: string, features: Set<string>) => {
      let z = model.elements[id].bias;
      for (const f of [...features].reverse()) z += model.elements[id].weights[f] ?? 0;
      return z;
    };
    const forward = (id: string, features: Set<string>) => {
      let z = model.elements[id].bias;
      for (const f of features) z += model.elements[id].weights[f] ?? 0;
      return z;
    };
    const orderMatters = TEXTS.slice(0, 200).some((t) => {
      const f = readFeatures(t, [], harvestAliases(t), [], model.features).paragraph;
      return !Object.is(forward("processes", f), reversed("processes", f));
    });
    expect(orderMatters).toBe(true);
  });

  it("numbers each distinct feature once; a pair of three words is left out, the rest kept with their weights", () => {
    const model: ElementModel = {
      ...shipped,
      features: { bigrams: true, headings: true, lexicon: true },
      elements: {
        processes: { bias: -1, weights: { "w:board": 2, "b:oversee risk": 1.5, "b:a b c": 9, "h:governance": 0.25, "lex:processes": -0.5 } },
        integration: { bias: 0, weights: { "w:board": -2, "w:risk": 1 } },
      },
    };
    const data = prepareModelData(model);
    expect(data.tokens).toEqual(["board", "oversee", "risk", "governance"]);
    expect(data.words).toEqual([0, 2]);
    expect(data.headings).toEqual([3]);
    expect(data.bigrams).toEqual([1, 2]);
    expect(data.lexicon).toEqual(["processes"]);
    // Features: w:board 0, w:risk 1, h:governance 2, b:oversee risk 3, lex:processes 4.
    expect(data.elements.processes).toEqual({ bias: -1, features: [0, 3, 2, 4], weights: [2, 1.5, 0.25, -0.5] });
    expect(data.elements.integration).toEqual({ bias: 0, features: [0, 1], weights: [-2, 1] });
    const prepared = new PreparedModel(JSON.parse(JSON.stringify(data)));
    const text = "The Board oversees risks. The board reads them.";
    const read = prepared.read(text, ["Governance"], harvestAliases(text), ["processes"]);
    // Whole: w:board, b:oversee risk, w:risk, h:governance, lex:processes (w:board once); sentence 1 the same;
    // sentence 2: w:board, h:governance, lex:processes.
    expect([...read.features]).toEqual([0, 3, 1, 2, 4, 0, 3, 1, 2, 4, 0, 2, 4]);
    expect(read.ends).toEqual([5, 10, 13]);
    expect(prepared.bestProbability("processes", read)).toBe(1 / (1 + Math.exp(-(-1 + 2 + 1.5 + 0.25 - 0.5))));
    expect(prepared.has("processes")).toBe(true);
    expect(prepared.has("constructor")).toBe(false);
  });

  it.each([
    ["role features (round 33)", { roles: true }, "r:"],
    ["agreement features (round 35)", { agreement: true }, "g:"],
    ["role and agreement features", { roles: true, agreement: true }, "g:"],
  ] as const)("a model with %s: the numbered model gives the string read's doubles on real paragraphs and their evidence", (_, family, prefix) => {
    const rules = loadRuleSet();
    const families = { bigrams: true, headings: true, lexicon: true, ...family };
    const cases = TEXTS.filter((_, i) => i % 12 === 0).map((text, i) => {
      const aliases = harvestAliases(text);
      const judged = judgeParagraph({ text, headings: [] }, rules.elements, (name) => rules.lexicons.get(name)!, rules.cues, aliases).filter(answers);
      return { text, headings: HEADINGS[i % HEADINGS.length], aliases, ids: judged.map((pe) => pe.id), evidence: new Map(judged.map((pe) => [pe.id, lexiconTerms(pe.reasons)])) };
    });
    const next = random(333);
    const seen = new Set<string>();
    for (const c of cases) for (const f of readFeatures(c.text, c.headings, c.aliases, c.ids, families, c.evidence).paragraph) if (!f.startsWith("m:")) seen.add(f);
    const roles = [...seen].filter((f) => f.startsWith(prefix));
    expect(roles.length).toBeGreaterThan(prefix === "r:" ? 300 : 100);
    const elements: ElementModel["elements"] = {};
    for (const id of ["processes", "board-oversight", "board-informed", "management-informed"]) {
      const weights: Record<string, number> = { "r:nothing:pos=subj": 5 };
      for (const f of seen) if (next() < (f.startsWith("r:") || f.startsWith("g:") ? 0.6 : 0.2)) weights[f] = (next() - 0.5) * 3.1;
      elements[id] = { bias: (next() - 0.5) * 4.3, weights };
    }
    const model: ElementModel = { ...shipped, features: families, elements };
    const data = prepareModelData(model);
    expect(data.roles?.length).toBeGreaterThan(prefix === "r:" ? 300 : 100);
    const prepared = new PreparedModel(JSON.parse(JSON.stringify(data)));
    const differences: string[] = [];
    let moved = 0;
    for (const c of cases) {
      const strings = readFeatures(c.text, c.headings, c.aliases, c.ids, families, c.evidence);
      const numbers = prepared.read(c.text, c.headings, c.aliases, c.ids, c.evidence);
      const without = prepared.read(c.text, c.headings, c.aliases, c.ids);
      for (const [id, weights] of Object.entries(elements)) {
        const want = bestProbability(weights, strings.paragraph, strings.sentences);
        const got = prepared.bestProbability(id, numbers);
        if (!Object.is(want, got)) differences.push(`${id}: ${want} vs ${got}`);
        if (got !== prepared.bestProbability(id, without)) moved++;
      }
    }
    expect(differences.slice(0, 5)).toEqual([]);
    // The roles weigh: without the evidence the same paragraphs score otherwise.
    expect(moved).toBeGreaterThan(100);
  });

  it.each(["evidence", "evidence+whole"] as const)("an answer read by its own evidence (round 38, %s): the numbered model gives answerProbability's doubles", (reading) => {
    const rules = loadRuleSet();
    const cases = TEXTS.filter((_, i) => i % 7 === 0).map((text, i) => {
      const aliases = harvestAliases(text);
      const judged = judgeParagraph({ text, headings: [] }, rules.elements, (name) => rules.lexicons.get(name)!, rules.cues, aliases).filter(answers);
      return { text, headings: HEADINGS[i % HEADINGS.length], aliases, ids: judged.map((pe) => pe.id), evidence: new Map(judged.map((pe) => [pe.id, lexiconTerms(pe.reasons)])) };
    });
    const base = strangeModel();
    const model: ElementModel = { ...base, reading };
    const prepared = new PreparedModel(JSON.parse(JSON.stringify(prepareModelData(model))));
    const all = prepareModel(base);
    const differences: string[] = [];
    let moved = 0;
    let carried = 0;
    for (const c of cases) {
      const strings = readFeatures(c.text, c.headings, c.aliases, c.ids, model.features, c.evidence, true);
      const numbers = prepared.read(c.text, c.headings, c.aliases, c.ids, c.evidence);
      if (numbers.back?.size) carried++;
      for (const [id, weights] of Object.entries(model.elements)) {
        const want = answerProbability(weights, id, strings.paragraph, strings.sentences, reading);
        const got = prepared.bestProbability(id, numbers);
        if (!Object.is(want, got)) differences.push(`${id}: ${want} vs ${got}`);
        if (got !== all.bestProbability(id, all.read(c.text, c.headings, c.aliases, c.ids, c.evidence))) moved++;
      }
    }
    expect(differences.slice(0, 5)).toEqual([]);
    // The reading moves answers of paragraphs of several sentences, and some sentences are read with the one before.
    expect(moved).toBeGreaterThan(50);
    expect(carried).toBeGreaterThan(10);
  });

  it("the rule set's built-in veto is the numbered model, its combination and thresholds the file's", () => {
    const veto = loadRuleSet().elementVeto!.model();
    expect(veto).toBeInstanceOf(PreparedModel);
    expect(veto.combination).toBe(shipped.combination);
    expect(veto.thresholds).toEqual(shipped.thresholds);
    expect(veto.toData()).toEqual(prepareModelData(shipped));
  });
});
