// The learned model's admit side (round 32, src/engine/elements.ts ElementJudge.applyVeto, combination "both"): an
// element no word list answers is admitted when the model is very sure, with a reason of its own ({ by: "learned" }) and
// no matched words. It answers the element's absence ("no paragraph addresses X"), `disclint facts` shows the reason, and
// the checks that read matched words find none in it: its parts are not said to be missing, no yes or no is read from it.
import { describe, expect, it } from "vitest";
import { runCli, tempTree } from "../cli-helpers.js";

const tree = (files: Record<string, string>) => tempTree(files, "disclint-element-admit-");

// Line 7: the material-effect statement in words no lexicon reads ("no security event has disrupted … our results").
const DRAFT = `# Item 1C. Cybersecurity

## Risk Management and Strategy

We maintain a cybersecurity risk management program designed to identify, assess and manage material risks from cybersecurity threats, and it is integrated into our overall enterprise risk management process. We engage third-party assessors and consultants to evaluate our program each year.

To date, no security event has disrupted our stores, our supply chain or our results of operations in any way that mattered to investors, and we do not expect one to.

## Governance

Our Board of Directors oversees cybersecurity risk through its Audit Committee, which receives quarterly reports from our Chief Information Security Officer, who has over 20 years of experience in information security.
`;

/** A model sure that "disrupted … results" tells the material effect (admit at 0.9); it vetoes nothing (veto 0). */
const ADMITS_EFFECT = {
  combination: "both",
  features: { bigrams: true, headings: true, lexicon: false },
  thresholds: { veto: { veto: 0, admit: 1 }, both: { veto: 0, admit: 0.9 }, admit: { veto: 0, admit: 1 }, model: { veto: 0, admit: 1 } },
  elements: { "material-effect": { bias: -6, weights: { "w:disrupted": 5, "w:result": 4 } } },
};

type Reason = { by: string; probability?: number; threshold?: number; terms?: string[] };
type Facts = { paragraphs: { line: number; elements: string[]; evidence: Record<string, Reason[]> }[]; missing: string[] };
type JsonResult = { messages: { ruleId: string; line: number; level: string; message: string }[] };
const effect = (stdout: string) =>
  (JSON.parse(stdout) as JsonResult[]).flatMap((r) => r.messages.filter((m) => /materially affected/.test(m.message)).map((m) => `${m.line} ${m.level} ${m.ruleId}: ${m.message.slice(0, 90)}`));

describe("the learned model's admit side", () => {
  it("admits an element the lexicons miss with a 'learned' reason: facts show it, the absence finding goes, no part is said to be missing", async () => {
    const dir = tree({ "draft.md": DRAFT, "rules/models/element-veto.json": JSON.stringify(ADMITS_EFFECT) });
    const facts = JSON.parse((await runCli(["facts", "--rules-dir", "rules", "draft.md"], dir)).stdout) as Facts;
    const p = facts.paragraphs.find((x) => x.line === 7)!;
    expect(p.elements).toEqual(["material-effect"]);
    expect(p.evidence["material-effect"]).toEqual([{ by: "learned", probability: expect.any(Number), threshold: 0.9 }]);
    expect(p.evidence["material-effect"][0].probability).toBeGreaterThan(0.9);
    expect(facts.missing).not.toContain("material-effect");
    // The other paragraphs are the lexicons' answer, untouched (veto 0).
    expect(facts.paragraphs.find((x) => x.line === 5)!.elements).toEqual(["integration", "third-party-engaged"]);
    // No finding on material effect: not its absence, and not "covers only part" (an admitted element has no words to read parts in).
    expect(effect((await runCli(["--format", "json", "--rules-dir", "rules", "draft.md"], dir)).stdout)).toEqual([]);
  });

  it('without the model ("elementModel": false) the lexicons\' answer stands and the absence is reported', async () => {
    const dir = tree({ "draft.md": DRAFT, "rules/models/element-veto.json": JSON.stringify(ADMITS_EFFECT), ".disclintrc.json": JSON.stringify({ rulesDirs: ["rules"], elementModel: false }) });
    const facts = JSON.parse((await runCli(["facts", "draft.md"], dir)).stdout) as Facts;
    expect(facts.paragraphs.find((x) => x.line === 7)!.elements).toEqual([]);
    expect(facts.missing).toContain("material-effect");
    expect(effect((await runCli(["--format", "json", "draft.md"], dir)).stdout)).toEqual([
      "3 info requirement-addressed: No paragraph of the draft's Item 1C addresses whether cybersecurity risks, including previ",
    ]);
  });

  it("a model below its admit threshold admits nothing", async () => {
    const unsure = { ...ADMITS_EFFECT, thresholds: { ...ADMITS_EFFECT.thresholds, both: { veto: 0, admit: 0.9999 } } };
    const dir = tree({ "draft.md": DRAFT, "rules/models/element-veto.json": JSON.stringify(unsure) });
    const facts = JSON.parse((await runCli(["facts", "--rules-dir", "rules", "draft.md"], dir)).stdout) as Facts;
    expect(facts.paragraphs.find((x) => x.line === 7)!.elements).toEqual([]);
  });
});
