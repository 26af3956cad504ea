// Round 38 (acc38-veto): the learned veto asked about an answer's OWN evidence — the sentences its quoted words stand in,
// one that opens by pointing back read with the sentence before — rather than the paragraph's best sentence
// (docs/accuracy.md, "Round 38 - the veto trained on sentence-level evidence"). A model file opts in by `reading`.
import { describe, expect, it } from "vitest";
import { answerProbability, opensBack, prepareModel, readFeatures, type ElementModel } from "../../src/text/element-model.js";
import { harvestAliases } from "../../src/text/aliases.js";
import { splitSentences } from "../../src/text/sentences.js";
import { tokenize } from "../../src/text/tokens.js";

const FAMILIES = { bigrams: false, headings: false, lexicon: false };
/** third-party-oversight: unlikely unless "vendor" is among the words read. */
const model = (reading?: ElementModel["reading"]): ElementModel => ({
  features: FAMILIES,
  combination: "veto",
  thresholds: { veto: { veto: 0.5, admit: 1 }, both: { veto: 0.5, admit: 1 }, admit: { veto: 0, admit: 1 }, model: { veto: 0, admit: 1 } },
  elements: { "third-party-oversight": { bias: -4, weights: { "w:vendor": 8 } } },
  ...(reading ? { reading } : {}),
});
const ID = "third-party-oversight";

function probabilities(text: string, terms: string[], reading?: ElementModel["reading"]) {
  const m = model(reading);
  const evidence = new Map([[ID, terms]]);
  const aliases = harvestAliases(text);
  const prepared = prepareModel(m);
  const strings = readFeatures(text, [], aliases, [ID], FAMILIES, evidence, true);
  return { engine: prepared.bestProbability(ID, prepared.read(text, [], aliases, [ID], evidence)), strings: answerProbability(m.elements[ID], ID, strings.paragraph, strings.sentences, m.reading) };
}

describe("the veto reads an answer by its own evidence (round 38)", () => {
  const text = "Customers may audit the security of the services we provide to them. We review each vendor before we engage it.";

  it("main's reading: another sentence's words rescue the answer; the evidence reading asks the sentence the words stand in", () => {
    const all = probabilities(text, ["audit the security"]);
    const own = probabilities(text, ["audit the security"], "evidence");
    expect(all.engine).toBeGreaterThan(0.98);
    expect(own.engine).toBeLessThan(0.02);
    expect(own.strings).toBe(own.engine);
    // Its evidence in the vendor sentence: the answer stands.
    expect(probabilities(text, ["review each vendor"], "evidence").engine).toBeGreaterThan(0.98);
    // evidence+whole: the whole paragraph speaks too.
    expect(probabilities(text, ["audit the security"], "evidence+whole").engine).toBeGreaterThan(0.98);
  });

  it("a sentence that opens by pointing back is read with the sentence before it", () => {
    const back = "We rely on one vendor for hosting. Its controls are assessed each year.";
    expect(probabilities(back, ["controls are assessed"], "evidence").engine).toBeGreaterThan(0.98);
    const fresh = "We rely on one vendor for hosting. Our controls are assessed each year.";
    expect(probabilities(fresh, ["controls are assessed"], "evidence").engine).toBeLessThan(0.02);
  });

  it("opensBack: a pronoun or demonstrative among the first six words, or a body or thing called by its kind", () => {
    const opens = (s: string) => {
      const words = tokenize(s);
      return opensBack(words, 0, words.length);
    };
    expect(opens("It reports to the Audit Committee.")).toBe(true);
    expect(opens("In this role, she meets the Board.")).toBe(true);
    expect(opens("The committee meets quarterly.")).toBe(true);
    expect(opens("That team reviews alerts.")).toBe(true);
    expect(opens("Our CISO reports to the Board.")).toBe(false);
    expect(opens("The Company maintains a program of controls that protects it.")).toBe(false);
    expect(splitSentences(text).length).toBe(2);
  });

  it("a one-sentence paragraph, or an answer whose words are found in no sentence, is read as main's reading", () => {
    const one = "We review each vendor before we engage it.";
    expect(probabilities(one, ["review each vendor"], "evidence").engine).toBe(probabilities(one, ["review each vendor"]).engine);
    expect(probabilities(text, ["not in the text"], "evidence").engine).toBe(probabilities(text, ["not in the text"]).engine);
  });
});
