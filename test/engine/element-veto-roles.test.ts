// The learned veto's role features (round 33) and agreement features (round 35) are read the same when the model is trained (npm run train: the eval's
// readFeatures over `disclint facts`' paragraphs and evidence, the lexicon judge alone) and when the linter applies it
// (ElementJudge.applyVeto: PreparedModel.read over the judged elements' reasons). Proved on real documents end to end:
// a rules folder's roles model with full-double weights and a veto threshold of 1 vetoes every answer it judges and prints
// each probability; each must be, to the last bit, bestProbability over the train-time features.
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { describeDisclosure } from "../../src/api.js";
import { harvestAliases } from "../../src/text/aliases.js";
import { bestProbability, lexiconTerms, readFeatures, type ElementModel } from "../../src/text/element-model.js";
import { ROOT } from "../helpers.js";
import { random } from "../accuracy/fit.js";

const DOCUMENTS = ["northwind-10k-fy2025.htm", "harbor-lantern-20f-fy2025.r-page.txt", "northwind-item1c-draft.md"].map((f) => join(ROOT, "examples", f));
const FAMILIES_BOTH = { bigrams: true, headings: true, lexicon: true, roles: true, agreement: true };

/** The train-time read of a document: each paragraph's string features as npm run train records them. */
async function trainTime(file: string, FAMILIES: ElementModel["features"]) {
  const paragraphs = await describeDisclosure(file, { elementModel: false });
  const aliases = harvestAliases(paragraphs.map((p) => p.text).join("\n"));
  return paragraphs.map((p) => {
    const terms = new Map(Object.entries(p.evidence).map(([id, reasons]) => [id, lexiconTerms(reasons)]));
    return { p, aliases, read: readFeatures(p.text, p.headings, aliases, p.elements, FAMILIES, terms) };
  });
}

describe("role and agreement features: train time and run time read the same", () => {
  it.each([
    ["roles (round 33)", { bigrams: true, headings: true, lexicon: true, roles: true }, "r:", 100],
    ["agreement (round 35)", { bigrams: true, headings: true, lexicon: true, agreement: true }, "g:", 60],
    ["roles and agreement", FAMILIES_BOTH, "g:", 60],
  ] as const)("on the example documents, every answer's probability under a model with %s features equals bestProbability over the trainer's features", async (_, FAMILIES, prefix, least) => {
    const reads = (await Promise.all(DOCUMENTS.map((f) => trainTime(f, FAMILIES)))).flat();
    // Every r: feature the documents have (and a few words), with full-double weights.
    const next = random(33);
    const roles = new Set<string>();
    for (const { read } of reads) for (const f of read.paragraph) if (f.startsWith("r:") || f.startsWith("g:") || (f.startsWith("w:") && next() < 0.05)) roles.add(f);
    expect([...roles].filter((f) => f.startsWith(prefix)).length).toBeGreaterThan(least);
    const ids = [...new Set(reads.flatMap(({ p }) => p.elements))];
    const elements: ElementModel["elements"] = {};
    for (const id of ids) {
      const weights: Record<string, number> = {};
      for (const f of roles) if (next() < 0.5) weights[f] = (next() - 0.5) * 2.9;
      elements[id] = { bias: (next() - 0.5) * 3.3, weights };
    }
    const model: ElementModel = {
      features: FAMILIES,
      combination: "veto",
      thresholds: { veto: { veto: 1, admit: 1 }, both: { veto: 1, admit: 1 }, admit: { veto: 0, admit: 1 }, model: { veto: 0, admit: 1 } },
      elements,
    };
    const dir = mkdtempSync(join(tmpdir(), "disclint-veto-roles-"));
    mkdirSync(join(dir, "models"));
    writeFileSync(join(dir, "models", "element-veto.json"), JSON.stringify(model));
    let compared = 0;
    const differences: string[] = [];
    let k = 0;
    for (const file of DOCUMENTS) {
      const run = await describeDisclosure(file, { rulesDirs: [dir] });
      for (const q of run) {
        const { p, read } = reads[k++];
        expect(q.text).toBe(p.text);
        for (const v of q.vetoed ?? []) {
          if (p.evidence[v.id]?.some((r) => r.by === "heading")) continue;
          const want = bestProbability(elements[v.id], read.paragraph, read.sentences);
          compared++;
          if (!Object.is(want, v.probability)) differences.push(`${v.id} on "${p.text.slice(0, 60)}": ${want} vs ${v.probability}`);
        }
      }
    }
    expect(k).toBe(reads.length);
    expect(compared).toBeGreaterThan(50);
    expect(differences.slice(0, 5)).toEqual([]);
  });

  // Round 36: a lone-only model with per-element thresholds. The engine reads where each answer's evidence stands itself
  // (loneElements in PreparedModel.read) for a model of words alone; it must veto exactly the answers the trainer would:
  // those of an element whose own threshold is 1 and whose train-time agreement feature is `g:<id>:n=1`, and no other.
  it("a lone-only model with per-element thresholds vetoes exactly the answers whose train-time evidence is one lone place, to the last bit", async () => {
    const WORDS = { bigrams: true, headings: true, lexicon: true };
    const reads = (await Promise.all(DOCUMENTS.map((f) => trainTime(f, { ...WORDS, agreement: true })))).flat();
    const next = random(36);
    const words = new Set<string>();
    for (const { read } of reads) for (const f of read.paragraph) if (f.startsWith("w:") && next() < 0.05) words.add(f);
    const ids = [...new Set(reads.flatMap(({ p }) => p.elements))].sort();
    const elements: ElementModel["elements"] = {};
    const elementVeto: Record<string, number> = {};
    ids.forEach((id, i) => {
      const weights: Record<string, number> = {};
      for (const f of words) if (next() < 0.5) weights[f] = (next() - 0.5) * 2.9;
      elements[id] = { bias: (next() - 0.5) * 3.3, weights };
      // Every third element never vetoed (0), the rest always (1): which answers go is then the lone rule's alone.
      elementVeto[id] = i % 3 === 2 ? 0 : 1;
    });
    const model: ElementModel = {
      features: WORDS,
      combination: "veto",
      thresholds: { veto: { veto: 1, admit: 1 }, both: { veto: 1, admit: 1 }, admit: { veto: 0, admit: 1 }, model: { veto: 0, admit: 1 } },
      loneOnly: true,
      elementVeto,
      elements,
    };
    const dir = mkdtempSync(join(tmpdir(), "disclint-veto-lone-"));
    mkdirSync(join(dir, "models"));
    writeFileSync(join(dir, "models", "element-veto.json"), JSON.stringify(model));
    let k = 0;
    let vetoedLone = 0;
    let keptTwice = 0;
    let keptZero = 0;
    const differences: string[] = [];
    for (const file of DOCUMENTS) {
      const run = await describeDisclosure(file, { rulesDirs: [dir] });
      for (const q of run) {
        const { p, read, aliases } = reads[k++];
        expect(q.text).toBe(p.text);
        const want = p.elements.filter((id) => !p.evidence[id]?.some((r) => r.by === "heading") && elementVeto[id] === 1 && read.paragraph.has(`g:${id}:n=1`));
        // The train-time read gives the same lone set through readFeatures as through the agreement features.
        expect([...read.lone].filter((id) => p.elements.includes(id)).sort()).toEqual(p.elements.filter((id) => read.paragraph.has(`g:${id}:n=1`)).sort());
        expect((q.vetoed ?? []).map((v) => v.id).sort()).toEqual(want.sort());
        for (const v of q.vetoed ?? []) {
          // The words-only model's probability, read without the agreement family, as the trainer's a:words rows hold it.
          const plain = readFeatures(p.text, p.headings, aliases, p.elements, WORDS);
          const probability = bestProbability(elements[v.id], plain.paragraph, plain.sentences);
          if (!Object.is(probability, v.probability)) differences.push(`${v.id}: ${probability} vs ${v.probability}`);
        }
        vetoedLone += want.length;
        keptTwice += p.elements.filter((id) => elementVeto[id] === 1 && [...read.paragraph].some((f) => f.startsWith(`g:${id}:n=`) && !f.endsWith(":n=1"))).length;
        keptZero += p.elements.filter((id) => elementVeto[id] === 0 && read.paragraph.has(`g:${id}:n=1`)).length;
      }
    }
    expect(k).toBe(reads.length);
    expect(differences.slice(0, 5)).toEqual([]);
    // Each rule had something to decide: lone answers vetoed, answers with two or more places kept, a 0-threshold element's lone answers kept.
    expect(vetoedLone).toBeGreaterThan(20);
    expect(keptTwice).toBeGreaterThan(10);
    expect(keptZero).toBeGreaterThan(5);
  });
});
