// Round 37 (acc37-carry): a long paragraph's answers judged sentence by sentence, with the context a sentence carries.
// The length probe (test/accuracy/length-probe.ts, npm run probe) joins short labelled paraphrase items into paragraphs of
// 3-6 sentences: most of what joining added to the errors was the learned veto reading the whole paragraph and its every
// sentence, so that a sentence about something else rescued an answer the veto takes from the sentence its words stand
// in. The veto now reads an answer over the whole paragraph and the sentences its words stand in (src/engine/elements.ts
// evidenceSentences), a sentence that points back also with the one before it (carried: "That committee's remit includes
// cybersecurity."), no longer over every other sentence. The first list is joined paragraphs of the probe's half A whose
// items alone do not have the element (nor the union of their labels): each failed at base 321ae27b (seven more such
// paragraphs are fixed only when the whole paragraph is not read either, which cost held-out recall: docs/accuracy.md
// round 37). The guards pass at base and must keep passing.
import { describe, expect, it } from "vitest";
import { splitSentences } from "../../src/text/sentences.js";
import { carried } from "../../src/engine/elements.js";
import { bestProbability } from "../../src/text/element-model.js";
import { paragraphElementsVetoed as elements } from "../helpers.js";

describe("a sentence about something else does not speak for an answer another sentence's words gave", () => {
  it.each([
    // round14.third.b.json (probe half A)
    ["incident-disclosure", "We engaged an outside firm in 2024 to benchmark our program against peer insurers, and the results were shared with the Risk Committee of the Board. Our third-party cyber risk team maintains an inventory of suppliers with network connectivity to our plants and monitors them for publicly reported breaches. Cloud service providers that host our clinical and manufacturing data are required to maintain ISO 27001 or SOC 2 certifications, which we verify at onboarding and annually thereafter. Independent assessors also audit our compliance with the cybersecurity regulations of the New York State Department of Financial Services. We supplement our security staff with contractors from specialized firms who conduct threat hunting and vulnerability assessments."],
    // round25.mgmt.json (probe half A)
    ["third-party-oversight", "Day-to-day responsibility for identifying and responding to cybersecurity threats rests with our security operations group, which operates under the direction of our Chief Technology Officer. Members of our IT leadership team, including our Senior Director of Enterprise Security, are responsible for evaluating cybersecurity risks and for implementing the controls designed to mitigate them. Our outsourced virtual Chief Information Security Officer, provided by a national cybersecurity consulting firm, leads our cybersecurity risk management program together with our internal IT manager. Risk from cybersecurity threats is assessed and managed at the management level by our Executive Leadership Team, which receives an update on cybersecurity from our Chief Information Officer at each of its monthly meetings. The Information Security function, led by our Global Head of Information Security, sets the Company's security policies and standards, assesses the security of new systems before they are deployed and coordinates our response to security incidents."],
    // round6.procvendor.c.json (probe half A)
    ["third-party-oversight", "Our network is protected by next-generation firewalls, and an outside firm provides round-the-clock managed detection and response. We serve as a subcontractor to federal agencies, which review our compliance with NIST SP 800-171. The Company has not yet implemented a formal vulnerability management program."],
  ])("%s is not addressed: %s", (id, text) => expect(elements(text)).not.toContain(id));
});

describe("guards: an answer whose sentence points back is read with the sentence before it", () => {
  it.each([
    // "That committee" is the Risk Committee of management the sentence before names (round7.party.b)
    ["integration", "The Board has delegated oversight of enterprise risk to the Risk Committee of management. That committee's remit includes cybersecurity."],
    ["integration", "The Bank's Operational Risk Committee reviews key risk indicators for all risk types. Cyber indicators are among those it reviews each month."],
    ["integration", "Each business unit reports its top risks to the Chief Risk Officer, who consolidates them into an enterprise risk profile. Cyber threats are part of that profile."],
    ["board-informed", "Our Board has delegated oversight of cybersecurity risk to its Technology Committee. The committee approves the annual security budget, and it receives a written summary of the latest red-team exercise and of the configuration reviews performed by our external assessor."],
    ["management-positions", "Management is responsible for identifying and assessing material cybersecurity risks on an ongoing basis. Our CSO leads that work, is informed about incidents through the security operations centre, escalates significant ones to the executive team and reports on them to the Risk Committee."],
  ])("%s: %s", (id, text) => expect(elements(text)).toContain(id));
});

describe("the sentences an answer is scored over", () => {
  const weights = { bias: -4, weights: { "w:vendor": 3, "w:audit": 3, "w:committee": 1, "w:plan": -5 } };
  const sentences = [new Set(["w:vendor", "w:audit"]), new Set(["w:committee"]), new Set(["w:plan"])];
  const paragraph = new Set(["w:vendor", "w:audit", "w:committee", "w:plan"]);
  const p = (z: number) => 1 / (1 + Math.exp(-z));
  it("reads the whole and every sentence without evidence; the whole and the evidence sentences with it", () => {
    expect(bestProbability(weights, paragraph, sentences)).toBe(p(2));
    expect(bestProbability(weights, paragraph, sentences, new Set([1]))).toBe(p(-2));
    expect(bestProbability(weights, paragraph, sentences, new Set([0, 1]))).toBe(p(2));
  });
  it("reads a carried sentence with the one before it; a one-sentence paragraph as before", () => {
    expect(bestProbability(weights, paragraph, sentences, new Set([1]), new Set([1]))).toBe(p(3));
    expect(bestProbability(weights, paragraph, [sentences[0]], new Set([0]))).toBe(p(2));
  });
  it("carries a sentence that points back, in the same line, not the first", () => {
    const text = "Our Risk Committee meets monthly. The committee reviews cyber risk. Our CISO leads the team.\nIt reports to the CFO.";
    const s = splitSentences(text);
    expect(s).toHaveLength(4);
    expect([...carried(text, s, new Set([0, 1, 2, 3]))]).toEqual([1, 2]);
  });
});
