// The learned veto's clause-role features (round 33, src/text/element-model.ts roleFeatures): who does what to whom in the
// clause that holds an element's quoted words. A bag of words cannot tell "the Audit Committee reviews management's
// assessment" (the board is told) from "management reviews the Audit Committee's charter"; the roles can.
import { describe, expect, it } from "vitest";
import { judgeParagraph, answers } from "../../src/text/requirement-map.js";
import { harvestAliases } from "../../src/text/aliases.js";
import { lexiconTerms, readFeatures, roleFeatures } from "../../src/text/element-model.js";
import { splitSentences } from "../../src/text/sentences.js";
import { tokenize } from "../../src/text/tokens.js";
import { loadRuleSet } from "../../src/engine/rule-loader.js";

const rules = loadRuleSet();

/** The role features of one element whose evidence quotes `term`. */
function roles(text: string, id: string, term: string): string[] {
  const words = tokenize(text, harvestAliases(text));
  return roleFeatures(text, words, splitSentences(text), new Map([[id, [term]]])).paragraph.filter((f) => f.startsWith("r:"));
}

describe("role features on real sentence shapes", () => {
  it("the board body as the clause's subject, the words in the subject, active voice", () => {
    const f = roles("The Audit Committee reviews management's assessment of cybersecurity risks each quarter.", "board-oversight", "Audit Committee");
    expect(f).toContain("r:board-oversight:pos=subj");
    expect(f).toContain("r:board-oversight:subj=board");
    expect(f).not.toContain("r:board-oversight:voice=passive");
  });

  it("the board's words in the object of management's verb: pos obj, subject management", () => {
    const f = roles("Management reviews the Audit Committee's charter each year.", "board-oversight", "Audit Committee");
    expect(f).toContain("r:board-oversight:pos/subj=obj/mgmt");
    expect(f).not.toContain("r:board-oversight:subj=board");
  });

  it("a passive clause, and the informing verb's receiver", () => {
    const f = roles("The Audit Committee is briefed by our Chief Information Security Officer on cybersecurity matters at each meeting.", "board-informed", "Audit Committee is briefed");
    expect(f).toContain("r:board-informed:voice=passive");
    expect(f).toContain("r:board-informed:inf=recv");
    expect(f).toContain("r:board-informed:inf/giver=recv/mgmt");
  });

  it("the CISO reports to the committee: the committee is the receiver, the CISO the giver", () => {
    const f = roles("Our CISO reports to the Audit Committee on our cybersecurity program at least quarterly.", "reports-to-board", "Audit Committee");
    expect(f).toContain("r:reports-to-board:inf=recv");
    expect(f).toContain("r:reports-to-board:inf/giver=recv/mgmt");
    expect(f).toContain("r:reports-to-board:subj=mgmt");
  });

  it("a third party as subject; negation, hypothetical and risk scope", () => {
    expect(roles("Our third-party service providers assess our controls against recognized industry frameworks annually.", "third-party-engaged", "assess")).toContain("r:third-party-engaged:subj=third");
    const neg = roles("We have not engaged any third parties to assess our cybersecurity program.", "third-party-engaged", "third parties");
    expect(neg).toContain("r:third-party-engaged:neg");
    const risk = roles("A breach of our vendors' systems could adversely affect our operations and reputation.", "third-party-oversight", "vendors");
    expect(risk).toContain("r:third-party-oversight:risk");
    expect(risk).toContain("r:third-party-oversight:hypo");
  });

  it("a subordinate clause and a list item; a term is found again across a line break; no words, no features", () => {
    const f = roles("• significant incidents, which the CISO escalates to the\nAudit Committee", "incident-escalation", "the CISO escalates to the Audit Committee");
    expect(f).toContain("r:incident-escalation:item");
    expect(f).toContain("r:incident-escalation:sub");
    expect(roles("Our program is aligned to NIST.", "processes", "ISO 27001")).toEqual([]);
  });

  it("a sentence's list holds the role features of its own words only", () => {
    const text = "The Board oversees cybersecurity risk. Management reviews the charter of the Board each year.";
    const words = tokenize(text, harvestAliases(text));
    const r = roleFeatures(text, words, splitSentences(text), new Map([["board-oversight", ["Board"]]]));
    expect(r.sentences[0]).toContain("r:board-oversight:pos/subj=subj/board");
    expect(r.sentences[0]).not.toContain("r:board-oversight:pos/subj=obj/mgmt");
    expect(r.sentences[1]).toContain("r:board-oversight:pos/subj=obj/mgmt");
    expect(r.paragraph).toEqual(expect.arrayContaining([...r.sentences[0], ...r.sentences[1]]));
  });

  it("readFeatures adds them only with the roles family and evidence, after the words", () => {
    const text = "The Audit Committee oversees our cybersecurity risk management program.";
    const judged = judgeParagraph({ text, headings: [] }, rules.elements, (name) => rules.lexicons.get(name)!, rules.cues, harvestAliases(text)).filter(answers);
    const evidence = new Map(judged.map((pe) => [pe.id, lexiconTerms(pe.reasons)]));
    expect(evidence.get("board-oversight")?.length).toBeGreaterThan(0);
    const off = readFeatures(text, [], harvestAliases(text), evidence.keys(), { bigrams: true, headings: true, lexicon: false }, evidence);
    const on = readFeatures(text, [], harvestAliases(text), evidence.keys(), { bigrams: true, headings: true, lexicon: false, roles: true }, evidence);
    expect([...off.paragraph].some((f) => f.startsWith("r:"))).toBe(false);
    expect([...on.paragraph].filter((f) => !f.startsWith("r:") && !f.startsWith("m:"))).toEqual([...off.paragraph]);
    expect(on.paragraph).toContain("r:board-oversight:subj=board");
  });
});
