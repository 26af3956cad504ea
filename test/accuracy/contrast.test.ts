// Contrast sets (test/accuracy/contrast/README.md): minimal edits of tune paragraphs. The loader refuses what is not a tune
// paragraph, an edit whose `from` is missing or repeated breaks its file loudly, and the edited text is what is scored.
// A fictional filing in a temporary corpus stands for ../shared here; test/corpus/contrast-corpus.test.ts applies the
// repository's own sets to the real filings.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { applyEdits, evaluate, type LabelFile } from "./eval.js";
import { CONTRAST_DIR, loadContrast } from "./contrast.js";
import { trainingParaphrases, trainingTune } from "./training-data.js";

const root = mkdtempSync(join(tmpdir(), "disclint-contrast-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const corpusDir = join(root, "corpus");
mkdirSync(join(corpusDir, "drafts"), { recursive: true });
const CISO = "Our Chief Information Security Officer reports to the Audit Committee each quarter on our cybersecurity risks and the results of our vulnerability scans.";
const FIRM = "We engage an independent security firm to perform penetration tests of our network every year.";
writeFileSync(join(corpusDir, "drafts", "fictional.md"), `# Item 1C. Cybersecurity\n\n${CISO}\n\n${FIRM}\n`);
const tune: LabelFile = {
  file: "drafts/fictional.md",
  split: "tune",
  path: join(root, "fictional.json"),
  paragraphs: [
    { quote: "Our Chief Information Security Officer reports to the Audit Committee each quarter", elements: ["board-informed", "reports-to-board"] },
    { quote: "We engage an independent security firm to perform penetration tests", elements: ["processes", "third-party-engaged"] },
  ],
};
const heldout: LabelFile = { ...tune, file: "drafts/heldout.md", split: "heldout", path: join(root, "heldout.json") };
const labels = [tune, heldout];

/** A contrast folder holding one file with these items. */
function contrastDir(name: string, items: object[]): string {
  const dir = join(root, name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "set.json"), JSON.stringify({ split: "contrast", labeler: "test", paragraphs: items }));
  return dir;
}
const item = (edits: { from: string; to: string }[], elements: string[], extra: object = {}) => ({
  file: "drafts/fictional.md",
  quote: "We engage an independent security firm to perform penetration tests",
  kind: "negate",
  edits,
  elements,
  note: "a fictional edit for the test",
  ...extra,
});

describe("applyEdits", () => {
  it("applies each edit in order, each on the text the one before left", () => {
    expect(applyEdits("We engage a firm to test us.", [{ from: "We engage", to: "We do not engage" }, { from: "do not", to: "no longer" }])).toBe("We no longer engage a firm to test us.");
  });
  it("throws when an edit's from is missing or occurs more than once (overlaps counted)", () => {
    expect(() => applyEdits("We engage a firm.", [{ from: "consultant", to: "x" }])).toThrow(/edit 1: “consultant” occurs 0 times/);
    expect(() => applyEdits("a firm and a firm", [{ from: "a firm", to: "x" }])).toThrow(/occurs 2 times/);
    expect(() => applyEdits("aaa", [{ from: "aa", to: "b" }])).toThrow(/occurs 2 times/);
    expect(() => applyEdits("We engage a firm.", [{ from: "firm", to: "consultant" }, { from: "firm", to: "x" }])).toThrow(/edit 2: “firm” occurs 0 times/);
  });
});

describe("loadContrast", () => {
  it("reads a well-formed file naming a tune paragraph", () => {
    const [c] = loadContrast(contrastDir("ok", [item([{ from: "We engage", to: "We do not engage" }], ["third-party-engaged"], { negative: ["third-party-engaged"] })]), labels);
    expect(c.split).toBe("contrast");
    expect(c.paragraphs).toHaveLength(1);
  });
  it("refuses a held-out file, a quote the tune file does not have, a file no label names", () => {
    expect(() => loadContrast(contrastDir("held", [{ ...item([{ from: "a", to: "b" }], []), file: "drafts/heldout.md" }]), labels)).toThrow(/heldout file, only tune paragraphs/);
    expect(() => loadContrast(contrastDir("quote", [{ ...item([{ from: "a", to: "b" }], []), quote: "A quote that no tune label file has at all" }]), labels)).toThrow(/not a quote of/);
    expect(() => loadContrast(contrastDir("nofile", [{ ...item([{ from: "a", to: "b" }], []), file: "drafts/none.md" }]), labels)).toThrow(/no label file names this file/);
  });
  it("checks the schema: an unknown element or kind, no edits, no note, a negative not among the elements", () => {
    expect(() => loadContrast(contrastDir("el", [item([{ from: "a", to: "b" }], ["processess"])]), labels)).toThrow(/must be equal to one of the allowed values/);
    expect(() => loadContrast(contrastDir("kind", [{ ...item([{ from: "a", to: "b" }], []), kind: "paraphrase" }]), labels)).toThrow(/kind/);
    expect(() => loadContrast(contrastDir("edits", [item([], [])]), labels)).toThrow(/edits/);
    expect(() => loadContrast(contrastDir("note", [{ ...item([{ from: "a", to: "b" }], []), note: undefined }]), labels)).toThrow(/note/);
    expect(() => loadContrast(contrastDir("neg", [item([{ from: "a", to: "b" }], [], { negative: ["processes"] })]), labels)).toThrow(/negative processes is not in elements/);
  });
  it("the repository's sets are well formed and name tune paragraphs only (the paragraphs themselves: test/corpus/contrast-corpus.test.ts)", async () => {
    const { loadLabels } = await import("./eval.js");
    const repo = loadLabels(join(CONTRAST_DIR, "..", "labels"));
    const sets = loadContrast(CONTRAST_DIR, repo);
    expect(sets.length).toBeGreaterThan(0);
    const files = new Set(repo.filter((l) => l.split === "tune").map((l) => l.file));
    for (const s of sets) for (const p of s.paragraphs) expect(files.has(p.file), p.file).toBe(true);
  });
});

describe("scoring a contrast file", () => {
  it("reads the paragraph from the corpus file, applies the edits and scores the edited text", async () => {
    const [c] = loadContrast(contrastDir("score", [item([{ from: "We engage an independent security firm to perform", to: "Our own staff perform" }], ["processes"])]), labels);
    const r = (await evaluate([c], { corpusDir })).get("contrast")!;
    expect(r.files).toBe(1);
    expect(r.paragraphs).toBe(1);
    expect(r.rows[0].text).toBe("Our own staff perform penetration tests of our network every year.");
    expect(r.rows[0].label.elements).toEqual(["processes"]);
    // Counted as every split is: each label a hit or a miss, each other detection a false one.
    const c3 = r.byElement.get("third-party-engaged")!;
    expect(c3.tp + c3.fn).toBe(0);
    expect(c3.fp).toBe(r.rows[0].elements.includes("third-party-engaged") ? 1 : 0);
  });
  it("a broken item fails the whole file, listing each, and nothing is scored", async () => {
    const [c] = loadContrast(
      contrastDir("broken", [
        item([{ from: "independent security firm", to: "independent firm" }], ["processes", "third-party-engaged"]),
        item([{ from: "consultants", to: "advisers" }], ["processes"]),
        { ...item([{ from: "the", to: "a" }], []), quote: tune.paragraphs[0].quote },
      ]),
      labels,
    );
    await expect(evaluate([c], { corpusDir })).rejects.toThrow(/2 broken contrast item\(s\), none scored:[\s\S]*“consultants” occurs 0 times[\s\S]*“the” occurs 2 times/);
  });
});

describe("the trainer never reads a contrast set", () => {
  it("trainingTune keeps only tune label files, and trainingParaphrases only paraphrase batches, whatever lies in their folders", () => {
    const dir = join(root, "mixed");
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, "a.json"), JSON.stringify({ file: "x.txt", split: "tune", paragraphs: [] }));
    writeFileSync(join(dir, "b.paraphrase.json"), JSON.stringify({ split: "paraphrase", source: "a.json", paragraphs: [] }));
    writeFileSync(join(dir, "c.contrast.json"), JSON.stringify({ split: "contrast", labeler: "t", paragraphs: [item([{ from: "a", to: "b" }], [])] }));
    expect(trainingTune(dir).map((l) => l.split)).toEqual(["tune"]);
    expect(trainingParaphrases(dir).map((l) => l.split)).toEqual(["paraphrase"]);
    expect(CONTRAST_DIR).not.toMatch(/[\\/](labels|paraphrases)$/);
  });
});
