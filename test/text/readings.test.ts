// A document's texts read once (src/text/readings.ts, round 37): the element judge, the learned veto and the rules'
// facts read each paragraph's words and sentences from one TextReadings, so each text is tokenized and split once. The
// judge tags its words (resolveBackReferences, frontedParticiples, personPronouns): it must tag a copy, and every
// reader must find what it read before — the judge's answers and the veto's numbers the same with the reading and
// without, and the shared words those tokenize gives, after the judge has read them.
import { describe, expect, it } from "vitest";
import { frontedParticiples, harvestAliases, personPronouns, resolveBackReferences } from "../../src/text/aliases.js";
import { loadRuleSet } from "../../src/engine/rule-loader.js";
import { lexiconTerms } from "../../src/text/element-model.js";
import { copyWords, TextReadings } from "../../src/text/readings.js";
import { answers, judgeParagraph } from "../../src/text/requirement-map.js";
import { splitSentences } from "../../src/text/sentences.js";
import { tokenize, type Word } from "../../src/text/tokens.js";
import { paraphraseAndExampleParagraphs } from "../helpers.js";

const TEXTS = paraphraseAndExampleParagraphs(6);

/** Whether the judge's taggers change some word of the text (so a judge that tagged the shared words would be seen). */
function tagged(text: string, aliases: Map<string, string[]>): boolean {
  const words = tokenize(text, aliases);
  const before = JSON.stringify(words);
  resolveBackReferences(words);
  frontedParticiples(words, text);
  personPronouns(words);
  return JSON.stringify(words) !== before;
}

describe("a document's texts read once", () => {
  it("gives tokenize's words and splitSentences' sentences, the same arrays each time, and copies words field for field", () => {
    const text = "The Audit Committee (the “Committee”) oversees our program. The Committee meets quarterly; it reviews reports.";
    const aliases = harvestAliases(text);
    let asked = 0;
    const reading = new TextReadings(() => {
      asked++;
      return aliases;
    });
    const words = reading.words(text);
    expect(words).toEqual(tokenize(text, aliases));
    expect(words.some((w) => w.also)).toBe(true);
    expect(reading.words(text)).toBe(words);
    expect(reading.sentences(text)).toEqual(splitSentences(text));
    expect(reading.sentences(text)).toBe(reading.sentences(text));
    expect(asked).toBe(1);
    const copy = copyWords(words);
    expect(copy).toEqual(words);
    expect(copy.every((w, i) => w !== words[i] && Object.keys(w).join() === Object.keys(words[i]).join())).toBe(true);
  });

  it("the judge answers the same with the reading, and leaves the shared words as tokenize gives them", () => {
    const rules = loadRuleSet();
    const lexicon = (name: string) => rules.lexicons.get(name)!;
    let tags = 0;
    const differences: string[] = [];
    const changed: string[] = [];
    for (const text of TEXTS) {
      const aliases = harvestAliases(text);
      if (tagged(text, aliases)) tags++;
      const reading = new TextReadings(() => aliases);
      const want = judgeParagraph({ text, headings: ["Governance"] }, rules.elements, lexicon, rules.cues, aliases);
      const got = judgeParagraph({ text, headings: ["Governance"] }, rules.elements, lexicon, rules.cues, aliases, reading);
      if (JSON.stringify(got) !== JSON.stringify(want)) differences.push(text.slice(0, 80));
      // Read again after the judge: what the veto and the rules' facts read.
      const shared: Word[] = reading.words(text);
      if (JSON.stringify(shared) !== JSON.stringify(tokenize(text, aliases))) changed.push(text.slice(0, 80));
    }
    expect(TEXTS.length).toBeGreaterThan(500);
    // Enough paragraphs whose words the judge tags for a judge that tagged the shared words to be caught.
    expect(tags).toBeGreaterThan(20);
    expect(differences.slice(0, 3)).toEqual([]);
    expect(changed.slice(0, 3)).toEqual([]);
  });

  it("the learned veto reads the same numbers from the judge's reading", () => {
    const rules = loadRuleSet();
    const model = rules.elementVeto!.model();
    const lexicon = (name: string) => rules.lexicons.get(name)!;
    let compared = 0;
    for (const text of TEXTS.filter((_, i) => i % 4 === 0)) {
      const aliases = harvestAliases(text);
      const reading = new TextReadings(() => aliases);
      const judged = judgeParagraph({ text, headings: [] }, rules.elements, lexicon, rules.cues, aliases, reading).filter(answers);
      const ids = judged.map((pe) => pe.id);
      const evidence = new Map(judged.map((pe) => [pe.id, lexiconTerms(pe.reasons)]));
      const got = model.read(text, ["Governance"], aliases, ids, evidence, reading);
      const want = model.read(text, ["Governance"], aliases, ids, evidence);
      expect(got).toEqual(want);
      compared++;
    }
    expect(compared).toBeGreaterThan(125);
  });
});
