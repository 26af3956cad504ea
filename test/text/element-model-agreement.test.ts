// The agreement features of the learned veto (round 35, src/text/element-model.ts agreementFeatures): how much of each
// answered element's quoted evidence agrees, in the paragraph and in each sentence, read the same way for both.
import { describe, expect, it } from "vitest";
import { harvestAliases } from "../../src/text/aliases.js";
import { loadRuleSet } from "../../src/engine/rule-loader.js";
import { answers, judgeParagraph } from "../../src/text/requirement-map.js";
import { lexiconTerms, readFeatures } from "../../src/text/element-model.js";

const FAMILIES = { bigrams: false, headings: false, lexicon: false, agreement: true };
const agreement = (set: Iterable<string>) => [...set].filter((f) => f.startsWith("g:"));

function read(text: string, evidence: Record<string, string[]>) {
  const ev = new Map(Object.entries(evidence));
  return readFeatures(text, [], harvestAliases(text), [...ev.keys()], FAMILIES, ev);
}

describe("agreement features", () => {
  const text =
    "Our Audit Committee oversees cybersecurity risk. Our CISO reports to the Audit Committee quarterly on cybersecurity matters, and the Board receives an annual briefing.";
  const r = read(text, {
    "board-oversight": ["Audit Committee oversees cybersecurity risk"],
    "reports-to-board": ["reports to the Audit Committee", "Board receives an annual briefing"],
  });

  it("counts an element's places, terms and sentences in the paragraph, and the other elements answered beside it", () => {
    expect(agreement(r.paragraph)).toEqual([
      "g:board-oversight:n=1",
      "g:board-oversight:with=1",
      "g:board-oversight:n/with=1/1",
      "g:board-oversight:t=1",
      "g:board-oversight:sents=1",
      // A lone place: its length in words (five: a near group's window, not a one-word term).
      "g:board-oversight:lone=w4-6",
      "g:reports-to-board:n=2",
      "g:reports-to-board:with=1",
      "g:reports-to-board:n/with=2/1",
      "g:reports-to-board:t=2",
      "g:reports-to-board:sents=1",
    ]);
  });

  it("reads each sentence as a one-sentence paragraph: an element with no place there counts 0, and nobody beside it", () => {
    expect(agreement(r.sentences[0])).toEqual([
      "g:board-oversight:n=1",
      "g:board-oversight:with=0",
      "g:board-oversight:n/with=1/0",
      "g:board-oversight:t=1",
      "g:board-oversight:sents=1",
      "g:board-oversight:lone=w4-6",
      "g:reports-to-board:n=0",
      "g:reports-to-board:with=1",
      "g:reports-to-board:n/with=0/1",
    ]);
    expect(agreement(r.sentences[1])).toContain("g:reports-to-board:n=2");
    expect(agreement(r.sentences[1])).toContain("g:board-oversight:n=0");
  });

  it("merges places that overlap (two entries quoting the same words are one place) and counts a term found twice twice", () => {
    const merged = read("The Board oversees our cybersecurity program through the Board's Risk Committee.", {
      "board-oversight": ["Board oversees", "oversees our cybersecurity program"],
    });
    expect(agreement(merged.paragraph)).toContain("g:board-oversight:n=1");
    expect(agreement(merged.paragraph)).toContain("g:board-oversight:t=2");
    expect(agreement(merged.paragraph)).toContain("g:board-oversight:lone=w4-6");
    const twice = read("We train employees annually. New employees complete training when hired, and we test employees with phishing exercises.", {
      processes: ["employees"],
    });
    expect(agreement(twice.paragraph)).toContain("g:processes:n=3+");
    expect(agreement(twice.paragraph)).toContain("g:processes:t=1");
    expect(agreement(twice.paragraph)).toContain("g:processes:sents=2");
  });

  it("reads nothing without the family, without evidence, or for an element the judge did not answer", () => {
    const text2 = "Our Board of Directors oversees cybersecurity risk through its Audit Committee.";
    const ev = new Map([["board-oversight", ["Board of Directors oversees cybersecurity risk"]]]);
    expect(agreement(readFeatures(text2, [], harvestAliases(text2), ["board-oversight"], { ...FAMILIES, agreement: false }, ev).paragraph)).toEqual([]);
    expect(agreement(readFeatures(text2, [], harvestAliases(text2), ["board-oversight"], FAMILIES).paragraph)).toEqual([]);
    expect(agreement(readFeatures(text2, [], harvestAliases(text2), [], FAMILIES, ev).paragraph)).toEqual([]);
  });

  it("on the lexicon judge's own evidence for real sentences: a sentence the board-oversight entries agree on has two places or more", () => {
    const rules = loadRuleSet();
    const judged = (t: string) => {
      const pes = judgeParagraph({ text: t, headings: [] }, rules.elements, (name) => rules.lexicons.get(name)!, rules.cues, harvestAliases(t)).filter(answers);
      const ev = new Map(pes.map((pe) => [pe.id, lexiconTerms(pe.reasons)]));
      return agreement(readFeatures(t, [], harvestAliases(t), [...ev.keys()], FAMILIES, ev).paragraph);
    };
    const agreed = judged(
      "Our Board of Directors oversees cybersecurity risk through its Audit Committee, which reviews our cybersecurity program each quarter and oversees management's response to cybersecurity threats.",
    );
    expect(agreed.some((f) => /^g:board-oversight:n=(2|3\+)$/.test(f))).toBe(true);
  });
});
