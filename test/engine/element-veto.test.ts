// The learned element veto (rules/models/element-veto.json, src/engine/elements.ts ElementJudge.applyVeto): applied in
// the one place a paragraph's elements are decided, after the lexicon judge; shown by `disclint facts`; switched off by
// the config's "elementModel": false; a rules folder's models/element-veto.json replaces it only if it passes the schema.
// The admit side (round 32): at the end of the file.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli, tempTree } from "../cli-helpers.js";
import { loadRuleSet } from "../../src/engine/rule-loader.js";
import { schemaValidator } from "../../src/schema-validators.js";
import { ROOT } from "../helpers.js";

const run = runCli;
const tree = (files: Record<string, string>) => tempTree(files, "disclint-element-veto-");

const DRAFT = `# Item 1C. Cybersecurity

## Risk Management and Strategy

We maintain a cybersecurity risk management program designed to identify, assess and manage material risks from cybersecurity threats, and it is integrated into our overall enterprise risk management process. We engage third-party assessors and consultants to evaluate our program each year.

## Governance

Our Board of Directors oversees cybersecurity risk through its Audit Committee, which receives quarterly reports from our Chief Information Security Officer, who has over 20 years of experience in information security.
`;

/** A model that finds every paragraph very unlikely to say third parties are engaged: it vetoes each lexicon hit. */
const NO_THIRD_PARTIES = {
  combination: "veto",
  features: { bigrams: true, headings: true, lexicon: false },
  thresholds: { veto: { veto: 0.5, admit: 1 }, both: { veto: 0.5, admit: 1 }, admit: { veto: 0, admit: 1 }, model: { veto: 0, admit: 1 } },
  elements: { "third-party-engaged": { bias: -6, weights: { "w:engage": 0.5 } } },
};

type Facts = { paragraphs: { line: number; elements: string[]; vetoed?: { id: string; probability: number; threshold: number }[] }[]; missing: string[] };
type JsonResult = { messages: { ruleId: string; line: number; level: string; message: string }[] };
const thirdParty = (stdout: string) =>
  (JSON.parse(stdout) as JsonResult[]).flatMap((r) => r.messages.filter((m) => m.message.includes("third parties are engaged")).map((m) => `${m.line} ${m.level} ${m.ruleId}`));

/** A round-30 paraphrase (fictional filer): the CTO informs the CEO, who notifies the board; no one is made responsible. */
const ESCALATION = `# Item 1C. Cybersecurity

Should a breach of our reservation platform affect guest payment data, the Chief Technology Officer would inform the Chief Executive Officer immediately, and the Chief Executive Officer would, in turn, notify the Lead Independent Director and the chair of the Audit Committee before the next scheduled meeting.
`;
const management = (stdout: string) =>
  (JSON.parse(stdout) as JsonResult[]).flatMap((r) =>
    r.messages.filter((m) => /addresses (the management positions|management's role)/.test(m.message)).map((m) => `${m.line} ${m.level} ${m.ruleId}: ${m.message.slice(0, 100)}`),
  );

describe("the learned element veto", () => {
  it("the shipped model vetoes the lexicons' management role and positions in an escalation chain of officers (the label has neither), and the absence is reported", async () => {
    const dir = tree({ "draft.md": ESCALATION });
    const facts = JSON.parse((await run(["facts", "draft.md"], dir)).stdout) as Facts;
    expect(facts.paragraphs[0].vetoed?.map((v) => v.id)).toEqual(["management-role", "management-positions"]);
    expect(facts.paragraphs[0].elements).not.toContain("management-positions");
    expect(facts.paragraphs[0].elements).toContain("reports-to-board");
    expect(management((await run(["--format", "json", "draft.md"], dir)).stdout)).toEqual([
      "1 info requirement-addressed: No paragraph of the draft's Item 1C addresses management's role in assessing and managing material c",
      "1 warning requirement-addressed: No paragraph of the draft's Item 1C addresses the management positions or committees responsible for",
    ]);
    const off = tree({ "draft.md": ESCALATION, ".disclintrc.json": JSON.stringify({ elementModel: false }) });
    expect(management((await run(["--format", "json", "draft.md"], off)).stdout)).toEqual([]);
    expect((JSON.parse((await run(["facts", "draft.md"], off)).stdout) as Facts).paragraphs[0].elements).toContain("management-positions");
  });

  it("rules/models/element-veto.json passes schemas/element-model.schema.json, and the schema refuses a broken one", () => {
    const model = JSON.parse(readFileSync(join(ROOT, "rules", "models", "element-veto.json"), "utf8"));
    const validate = schemaValidator("element-model");
    expect(validate(model), JSON.stringify(validate.errors)).toBe(true);
    expect(validate({ ...model, combination: "sometimes" })).toBe(false);
    expect(validate({ ...model, elements: { "board-oversight": { bias: "high", weights: {} } } })).toBe(false);
    expect(loadRuleSet().elementVeto?.model().combination).toBe("veto");
  });

  it("a paragraph whose lexicon hit the model vetoes loses the element: facts name the veto, the absence is reported", async () => {
    const dir = tree({ "draft.md": DRAFT, "rules/models/element-veto.json": JSON.stringify(NO_THIRD_PARTIES) });
    const facts = JSON.parse((await run(["facts", "--rules-dir", "rules", "draft.md"], dir)).stdout) as Facts;
    const p = facts.paragraphs.find((x) => x.line === 5)!;
    expect(p.elements).toEqual(["integration"]);
    expect(p.vetoed?.map((v) => [v.id, v.threshold])).toEqual([["third-party-engaged", 0.5]]);
    expect(p.vetoed![0].probability).toBeLessThan(0.01);
    expect(facts.missing).toContain("third-party-engaged");
    const lint = await run(["--format", "json", "--rules-dir", "rules", "draft.md"], dir);
    expect(thirdParty(lint.stdout)).toEqual(["3 info requirement-addressed"]);
    // The lexicons alone (no model in this rules folder, the config switching the built-in off) find it.
    const off = tree({ "draft.md": DRAFT, ".disclintrc.json": JSON.stringify({ elementModel: false }) });
    expect(thirdParty((await run(["--format", "json", "draft.md"], off)).stdout)).toEqual([]);
    const offFacts = JSON.parse((await run(["facts", "draft.md"], off)).stdout) as Facts;
    expect(offFacts.paragraphs.find((x) => x.line === 5)!.elements).toEqual(["integration", "third-party-engaged"]);
    expect(offFacts.paragraphs.every((x) => x.vetoed === undefined)).toBe(true);
  });

  it('"elementModel": false restores the lexicons\' answer, and --print-config shows the switch and the model file', async () => {
    const dir = tree({ "draft.md": DRAFT, "rules/models/element-veto.json": JSON.stringify(NO_THIRD_PARTIES), ".disclintrc.json": JSON.stringify({ rulesDirs: ["rules"], elementModel: false }) });
    const facts = JSON.parse((await run(["facts", "draft.md"], dir)).stdout) as Facts;
    expect(facts.paragraphs.find((x) => x.line === 5)!.elements).toEqual(["integration", "third-party-engaged"]);
    expect(thirdParty((await run(["--format", "json", "draft.md"], dir)).stdout)).toEqual([]);
    expect(JSON.parse((await run(["--print-config", "draft.md"], dir)).stdout).elementModel).toEqual({ on: false, file: null });
    const on = tree({ "draft.md": DRAFT, "rules/models/element-veto.json": JSON.stringify(NO_THIRD_PARTIES), ".disclintrc.json": JSON.stringify({ rulesDirs: ["rules"] }) });
    expect(JSON.parse((await run(["--print-config", "draft.md"], on)).stdout).elementModel).toEqual({ on: true, file: "rules/models/element-veto.json" });
    const bad = tree({ "draft.md": DRAFT, ".disclintrc.json": JSON.stringify({ elementModel: "no" }) });
    const r = await run(["draft.md"], bad);
    expect([r.code, r.stderr]).toEqual([2, expect.stringContaining("elementModel")]);
  });

  it("a rules folder's model that is not JSON, fails the schema or names an unknown element is a usage error (exit 2)", async () => {
    const cases: [string, RegExp][] = [
      ["{ not json", /rules\/models\/element-veto\.json: invalid JSON/],
      [JSON.stringify({ ...NO_THIRD_PARTIES, combination: "sometimes" }), /rules\/models\/element-veto\.json: \/combination: must be equal to one of the allowed values/],
      [JSON.stringify({ ...NO_THIRD_PARTIES, elements: { "board-overseeing": { bias: 0, weights: {} } } }), /rules\/models\/element-veto\.json: \/elements\/board-overseeing: unknown element "board-overseeing"/],
      // Round 36's per-element thresholds name elements too; a threshold is a probability.
      [JSON.stringify({ ...NO_THIRD_PARTIES, elementVeto: { "board-overseeing": 0.5 } }), /rules\/models\/element-veto\.json: \/elementVeto\/board-overseeing: unknown element "board-overseeing"/],
      [JSON.stringify({ ...NO_THIRD_PARTIES, elementVeto: { processes: 2 } }), /rules\/models\/element-veto\.json: \/elementVeto\/processes: must be <= 1/],
      [JSON.stringify({ ...NO_THIRD_PARTIES, loneOnly: "yes" }), /rules\/models\/element-veto\.json: \/loneOnly: must be boolean/],
    ];
    for (const [text, message] of cases) {
      const dir = tree({ "draft.md": DRAFT, "rules/models/element-veto.json": text });
      const r = await run(["--rules-dir", "rules", "draft.md"], dir);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(message);
      expect(r.stdout).toBe("");
    }
  });
});

// The admit side (round 32, combination "both"): an element no word list answers is admitted when the model is very sure,
// with a reason of its own ({ by: "learned" }) and no matched words. It answers the element's absence, `disclint facts`
// shows the reason, and the checks that read matched words find none in it: its parts are not said to be missing, no yes
// or no is read from it. Line 7: the material-effect statement in words no lexicon reads.
const EFFECT_DRAFT = DRAFT.replace(
  "\n## Governance",
  "\nTo date, no security event has disrupted our stores, our supply chain or our results of operations in any way that mattered to investors, and we do not expect one to.\n\n## Governance",
);

/** A model sure that "disrupted … results" tells the material effect (admit at 0.9); it vetoes nothing (veto 0). */
const ADMITS_EFFECT = {
  ...NO_THIRD_PARTIES,
  combination: "both",
  thresholds: { ...NO_THIRD_PARTIES.thresholds, veto: { veto: 0, admit: 1 }, both: { veto: 0, admit: 0.9 } },
  elements: { "material-effect": { bias: -6, weights: { "w:disrupted": 5, "w:result": 4 } } },
};

type Reason = { by: string; probability?: number; threshold?: number; terms?: string[] };
type AdmitFacts = { paragraphs: { line: number; elements: string[]; evidence: Record<string, Reason[]> }[]; missing: string[] };
const effect = (stdout: string) =>
  (JSON.parse(stdout) as JsonResult[]).flatMap((r) => r.messages.filter((m) => /materially affected/.test(m.message)).map((m) => `${m.line} ${m.level} ${m.ruleId}: ${m.message.slice(0, 90)}`));

describe("the learned model's admit side", () => {
  it("admits an element the lexicons miss with a 'learned' reason: facts show it, the absence finding goes, no part is said to be missing", async () => {
    const dir = tree({ "draft.md": EFFECT_DRAFT, "rules/models/element-veto.json": JSON.stringify(ADMITS_EFFECT) });
    const facts = JSON.parse((await run(["facts", "--rules-dir", "rules", "draft.md"], dir)).stdout) as AdmitFacts;
    const p = facts.paragraphs.find((x) => x.line === 7)!;
    expect(p.elements).toEqual(["material-effect"]);
    expect(p.evidence["material-effect"]).toEqual([{ by: "learned", probability: expect.any(Number), threshold: 0.9 }]);
    expect(p.evidence["material-effect"][0].probability).toBeGreaterThan(0.9);
    expect(facts.missing).not.toContain("material-effect");
    // The other paragraphs are the lexicons' answer, untouched (veto 0).
    expect(facts.paragraphs.find((x) => x.line === 5)!.elements).toEqual(["integration", "third-party-engaged"]);
    // No finding on material effect: not its absence, and not "covers only part" (an admitted element has no words to read parts in).
    expect(effect((await run(["--format", "json", "--rules-dir", "rules", "draft.md"], dir)).stdout)).toEqual([]);
  });

  it('without the model ("elementModel": false) the lexicons\' answer stands and the absence is reported', async () => {
    const dir = tree({ "draft.md": EFFECT_DRAFT, "rules/models/element-veto.json": JSON.stringify(ADMITS_EFFECT), ".disclintrc.json": JSON.stringify({ rulesDirs: ["rules"], elementModel: false }) });
    const facts = JSON.parse((await run(["facts", "draft.md"], dir)).stdout) as AdmitFacts;
    expect(facts.paragraphs.find((x) => x.line === 7)!.elements).toEqual([]);
    expect(facts.missing).toContain("material-effect");
    expect(effect((await run(["--format", "json", "draft.md"], dir)).stdout)).toEqual([
      "3 info requirement-addressed: No paragraph of the draft's Item 1C addresses whether cybersecurity risks, including previ",
    ]);
  });

  it("a model below its admit threshold admits nothing", async () => {
    const unsure = { ...ADMITS_EFFECT, thresholds: { ...ADMITS_EFFECT.thresholds, both: { veto: 0, admit: 0.9999 } } };
    const dir = tree({ "draft.md": EFFECT_DRAFT, "rules/models/element-veto.json": JSON.stringify(unsure) });
    const facts = JSON.parse((await run(["facts", "--rules-dir", "rules", "draft.md"], dir)).stdout) as AdmitFacts;
    expect(facts.paragraphs.find((x) => x.line === 7)!.elements).toEqual([]);
  });
});
