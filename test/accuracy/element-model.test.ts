// The learned second opinion (test/accuracy/element-model.ts, test/accuracy/model/elements.json): the file
// passes its schema, features and probabilities are what the model file says they are, and each
// combination decides as documented.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PACKAGE_ROOT } from "../../src/paths.js";
import { bestProbability, combine, elementModelValidator, paragraphFeatures, probability, type ElementModel } from "./element-model.js";
import { harvestAliases } from "../../src/text/aliases.js";
import { tokenize } from "../../src/text/tokens.js";

const model = JSON.parse(readFileSync(join(PACKAGE_ROOT, "test", "accuracy", "model", "elements.json"), "utf8")) as ElementModel;

describe("element model", () => {
  it("test/accuracy/model/elements.json passes schemas/element-model.schema.json", () => {
    const validate = elementModelValidator();
    expect(validate(model), JSON.stringify(validate.errors)).toBe(true);
    expect(validate({ ...model, combination: "sometimes" })).toBe(false);
    expect(validate({ ...model, thresholds: { ...model.thresholds, veto: { veto: 2, admit: 1 } } })).toBe(false);
  });

  it("reads base forms, pairs within a sentence, headings, bodies and the lexicon's answer", () => {
    const text = 'The Risk Committee of the Board (the "RC") oversees risks. The RC meets quarterly.';
    const words = tokenize(text, harvestAliases(text));
    const f = paragraphFeatures(words, [tokenize("Governance")], ["board-oversight"], { bigrams: true, headings: true, lexicon: true });
    expect(f).toContain("w:risk");
    expect(f).toContain("w:oversee");
    expect(f).toContain("b:oversee risk");
    expect(f).not.toContain("b:risk the"); // "risks." ends the sentence
    expect(f).toContain("w:@board");
    expect(f).toContain("h:governance");
    expect(f).toContain("lex:board-oversight");
    const plain = paragraphFeatures(words, [tokenize("Governance")], ["board-oversight"], { bigrams: false, headings: false, lexicon: false });
    expect([...plain].every((x) => x.startsWith("w:"))).toBe(true);
  });

  it("scores a paragraph as the logistic of bias plus its features' weights", () => {
    const w = { bias: -1, weights: { "w:board": 2, "w:brief": 1 } };
    expect(probability(w, ["w:board", "w:brief", "w:unknown"])).toBeCloseTo(1 / (1 + Math.exp(-2)));
    expect(probability(w, [])).toBeCloseTo(1 / (1 + Math.exp(1)));
  });

  it("--model-sentences: a paragraph keeps its best sentence's probability, so other sentences' words do not dilute it", () => {
    const w = { bias: -1, weights: { "w:escalate": 4, "w:insurance": -4, "w:premium": -4 } };
    const paragraph = ["w:escalate", "w:insurance", "w:premium"];
    const sentences = [["w:insurance", "w:premium"], ["w:escalate"]];
    expect(probability(w, paragraph)).toBeLessThan(0.02); // the whole paragraph alone: a veto at round 5's threshold
    expect(bestProbability(w, paragraph, sentences)).toBeCloseTo(1 / (1 + Math.exp(-3)));
    expect(bestProbability(w, paragraph, [])).toBeCloseTo(probability(w, paragraph));
  });

  it("combines the lexicon judge and the model as each combination says", () => {
    const t = { veto: 0.1, admit: 0.9 };
    expect(combine("lexicon", true, 0, t)).toBe(true);
    expect(combine("veto", true, 0.05, t)).toBe(false);
    expect(combine("veto", true, 0.5, t)).toBe(true);
    expect(combine("veto", false, 0.99, t)).toBe(false);
    expect(combine("admit", false, 0.95, t)).toBe(true);
    expect(combine("admit", true, 0.01, t)).toBe(true);
    expect(combine("both", true, 0.05, t)).toBe(false);
    expect(combine("both", false, 0.95, t)).toBe(true);
    expect(combine("model", true, 0.5, t)).toBe(false);
    expect(combine("model", false, 0.95, t)).toBe(true);
  });
});

describe("readFeatures reads each sentence from the paragraph's words", () => {
  it("gives each sentence the features its text tokenized alone gives (defined terms, abbreviations, a list)", async () => {
    const { readFeatures } = await import("../../src/text/element-model.js");
    const { splitSentences } = await import("../../src/text/sentences.js");
    const text =
      "Our Risk and Compliance Committee (the \u201cRCC\u201d), chaired by our Chief Information Security Officer, meets monthly. " +
      "The RCC reviews incidents, e.g. phishing and ransomware, with the U.S. security team; it escalates material ones to the Audit Committee. " +
      "Quarterly, the CISO reports to the Board of Directors.";
    const aliases = harvestAliases(text);
    const families = { bigrams: true, headings: true, lexicon: true };
    const read = readFeatures(text, ["Item 1C. Cybersecurity"], aliases, ["processes"], families);
    const heads = [tokenize("Item 1C. Cybersecurity")];
    const alone = splitSentences(text).map((s) => paragraphFeatures(tokenize(text.slice(s.start, s.end), aliases), heads, ["processes"], families));
    expect(read.sentences.length).toBe(alone.length);
    expect(alone.length).toBeGreaterThan(2);
    read.sentences.forEach((s, i) => expect([...s].sort()).toEqual([...alone[i]].sort()));
    expect(read.paragraph.has("w:rcc")).toBe(true);
    expect(read.sentences[0].has("b:risk and")).toBe(true);
  });
});
