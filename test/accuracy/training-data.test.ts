// npm run train never reads a sealed batch (training-data.ts): round51.sealed*.json and round52.sealed*.json are the
// untuned measures the lead reads once; the trainer leaves them out by name, unopened.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { evalParaphrases, heldBack, heldBackNames, relabel, trainingParaphrases } from "./training-data.js";

const dir = mkdtempSync(join(tmpdir(), "disclint-training-data-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const batch = (name: string, body: string) => writeFileSync(join(dir, name), body);
batch("round29.sealed.json", JSON.stringify({ split: "paraphrase", source: "x", paragraphs: [{ quote: "q", text: "q", elements: [] }] }));
batch("round30.mgmt.json", JSON.stringify({ split: "paraphrase", source: "y", paragraphs: [] }));
batch("round31.sealed.json", JSON.stringify({ split: "paraphrase", source: "z", paragraphs: [] }));
batch("round32.sealed.json", JSON.stringify({ split: "paraphrase", source: "w", paragraphs: [] }));
batch("round33.sealed.json", JSON.stringify({ split: "paraphrase", source: "v", paragraphs: [] }));
batch("round34.sealed.json", JSON.stringify({ split: "paraphrase", source: "u", paragraphs: [] }));
batch("round35.sealed.json", JSON.stringify({ split: "paraphrase", source: "t", paragraphs: [] }));
batch("round36.sealed.json", JSON.stringify({ split: "paraphrase", source: "s", paragraphs: [] }));
batch("round37.sealed.json", JSON.stringify({ split: "paraphrase", source: "r", paragraphs: [] }));
batch("round38.sealed.json", JSON.stringify({ split: "paraphrase", source: "q", paragraphs: [] }));
batch("round39.sealed.json", JSON.stringify({ split: "paraphrase", source: "p", paragraphs: [] }));
batch("round40.sealed.json", JSON.stringify({ split: "paraphrase", source: "o", paragraphs: [] }));
batch("round41.sealed.json", JSON.stringify({ split: "paraphrase", source: "n", paragraphs: [] }));
batch("round42.sealed.json", JSON.stringify({ split: "paraphrase", source: "m", paragraphs: [] }));
batch("round43.sealed.json", JSON.stringify({ split: "paraphrase", source: "l", paragraphs: [] }));
batch("round44.sealed.json", JSON.stringify({ split: "paraphrase", source: "k", paragraphs: [] }));
batch("round45.sealed.json", JSON.stringify({ split: "paraphrase", source: "j", paragraphs: [] }));
batch("round46.sealed.json", JSON.stringify({ split: "paraphrase", source: "i", paragraphs: [] }));
batch("round47.sealed.json", JSON.stringify({ split: "paraphrase", source: "h", paragraphs: [] }));
batch("round48.sealed.json", JSON.stringify({ split: "paraphrase", source: "g", paragraphs: [] }));
batch("round49.sealed.json", JSON.stringify({ split: "paraphrase", source: "f", paragraphs: [] }));
batch("round50.sealed.json", JSON.stringify({ split: "paraphrase", source: "e", paragraphs: [] }));
// Not JSON: opening them at all throws.
batch("round52.sealed.json", "SEALED: must not be read");
batch("round51.sealed.json", "SEALED: must not be read");
batch("round51.sealed.b.json", "SEALED: must not be read");
// A second labelling of a batch (round 37, label36): a measurement of the labels, not more data. The released
// batch's relabel is JSON (and would be read twice if it were data); the sealed one's is held back by name as well.
batch("round35.sealed.relabel.json", JSON.stringify({ split: "paraphrase", source: "t", paragraphs: [{ quote: "q", text: "q", elements: [] }] }));
batch("round36.sealed.relabel.json", JSON.stringify({ split: "paraphrase", source: "s", paragraphs: [{ quote: "q", text: "q", elements: [] }] }));
batch("round37.sealed.relabel.json", JSON.stringify({ split: "paraphrase", source: "r", paragraphs: [{ quote: "q", text: "q", elements: [] }] }));
batch("round38.sealed.relabel.json", JSON.stringify({ split: "paraphrase", source: "q", paragraphs: [{ quote: "q", text: "q", elements: [] }] }));
batch("round39.sealed.relabel.json", JSON.stringify({ split: "paraphrase", source: "p", paragraphs: [{ quote: "q", text: "q", elements: [] }] }));
batch("round40.sealed.relabel.json", JSON.stringify({ split: "paraphrase", source: "o", paragraphs: [{ quote: "q", text: "q", elements: [] }] }));
batch("round41.sealed.relabel.json", JSON.stringify({ split: "paraphrase", source: "n", paragraphs: [{ quote: "q", text: "q", elements: [] }] }));
batch("round42.sealed.relabel.json", JSON.stringify({ split: "paraphrase", source: "m", paragraphs: [{ quote: "q", text: "q", elements: [] }] }));
batch("round43.sealed.relabel.json", JSON.stringify({ split: "paraphrase", source: "l", paragraphs: [{ quote: "q", text: "q", elements: [] }] }));
batch("round44.sealed.relabel.json", JSON.stringify({ split: "paraphrase", source: "k", paragraphs: [{ quote: "q", text: "q", elements: [] }] }));
batch("round45.sealed.relabel.json", JSON.stringify({ split: "paraphrase", source: "j", paragraphs: [{ quote: "q", text: "q", elements: [] }] }));
batch("round46.sealed.relabel.json", JSON.stringify({ split: "paraphrase", source: "i", paragraphs: [{ quote: "q", text: "q", elements: [] }] }));
batch("round47.sealed.relabel.json", JSON.stringify({ split: "paraphrase", source: "h", paragraphs: [{ quote: "q", text: "q", elements: [] }] }));
batch("round48.sealed.relabel.json", JSON.stringify({ split: "paraphrase", source: "g", paragraphs: [{ quote: "q", text: "q", elements: [] }] }));
batch("round49.sealed.relabel.json", JSON.stringify({ split: "paraphrase", source: "f", paragraphs: [{ quote: "q", text: "q", elements: [] }] }));
batch("round50.sealed.relabel.json", JSON.stringify({ split: "paraphrase", source: "e", paragraphs: [{ quote: "q", text: "q", elements: [] }] }));
batch("round51.sealed.relabel.json", "SEALED: must not be read");

describe("the trainer's data", () => {
  it("leaves every round51.sealed and round52.sealed file out unopened, and keeps the older sealed batches (round50.sealed released)", () => {
    const read = trainingParaphrases(dir).map((l) => basename(l.path));
    expect(read).toEqual(["round29.sealed.json", "round30.mgmt.json", "round31.sealed.json", "round32.sealed.json", "round33.sealed.json", "round34.sealed.json", "round35.sealed.json", "round36.sealed.json", "round37.sealed.json", "round38.sealed.json", "round39.sealed.json", "round40.sealed.json", "round41.sealed.json", "round42.sealed.json", "round43.sealed.json", "round44.sealed.json", "round45.sealed.json", "round46.sealed.json", "round47.sealed.json", "round48.sealed.json", "round49.sealed.json", "round50.sealed.json"]);
    expect(heldBackNames(dir)).toEqual(["round51.sealed.b.json", "round51.sealed.json", "round51.sealed.relabel.json", "round52.sealed.json"]);
  });
  it("names the held-back files exactly", () => {
    expect(heldBack("round30.sealed.json")).toBe(false);
    expect(heldBack("round31.sealed.json")).toBe(false);
    expect(heldBack("round32.sealed.engine.json")).toBe(false);
    expect(heldBack("round33.sealed.json")).toBe(false);
    expect(heldBack("round34.sealed.engine.json")).toBe(false);
    expect(heldBack("round35.sealed.engine.json")).toBe(false);
    expect(heldBack("round36.sealed.engine.json")).toBe(false);
    expect(heldBack("round37.sealed.engine.json")).toBe(false);
    expect(heldBack("round38.sealed.engine.json")).toBe(false);
    expect(heldBack("round39.sealed.engine.json")).toBe(false);
    expect(heldBack("round40.sealed.engine.json")).toBe(false);
    expect(heldBack("round41.sealed.engine.json")).toBe(false);
    expect(heldBack("round42.sealed.engine.json")).toBe(false);
    expect(heldBack("round43.sealed.engine.json")).toBe(false);
    expect(heldBack("round44.sealed.engine.json")).toBe(false);
    expect(heldBack("round45.sealed.engine.json")).toBe(false);
    expect(heldBack("round46.sealed.engine.json")).toBe(false);
    expect(heldBack("round47.sealed.engine.json")).toBe(false);
    expect(heldBack("round48.sealed.engine.json")).toBe(false);
    expect(heldBack("round49.sealed.engine.json")).toBe(false);
    expect(heldBack("round50.sealed.engine.json")).toBe(false);
    expect(heldBack("round51.sealed.engine.json")).toBe(true);
    expect(heldBack("round52.sealed.json")).toBe(true);
    expect(heldBack("round29.sealed.json")).toBe(false);
    expect(heldBack("round30.third.json")).toBe(false);
    expect(heldBack("round36.sealed.relabel.json")).toBe(false);
    expect(heldBack("round37.sealed.relabel.json")).toBe(false);
    expect(heldBack("round38.sealed.relabel.json")).toBe(false);
    expect(heldBack("round39.sealed.relabel.json")).toBe(false);
    expect(heldBack("round40.sealed.relabel.json")).toBe(false);
    expect(heldBack("round41.sealed.relabel.json")).toBe(false);
    expect(heldBack("round42.sealed.relabel.json")).toBe(false);
    expect(heldBack("round43.sealed.relabel.json")).toBe(false);
    expect(heldBack("round44.sealed.relabel.json")).toBe(false);
    expect(heldBack("round45.sealed.relabel.json")).toBe(false);
    expect(heldBack("round46.sealed.relabel.json")).toBe(false);
    expect(heldBack("round47.sealed.relabel.json")).toBe(false);
    expect(heldBack("round48.sealed.relabel.json")).toBe(false);
    expect(heldBack("round49.sealed.relabel.json")).toBe(false);
    expect(heldBack("round50.sealed.relabel.json")).toBe(false);
    expect(heldBack("round51.sealed.relabel.json")).toBe(true);
  });
  it("leaves every second labelling (*.relabel.json) out of the trainer's data and the eval split, --sealed included", () => {
    expect(relabel("round35.sealed.relabel.json")).toBe(true);
    expect(relabel("round36.sealed.relabel.json")).toBe(true);
    expect(relabel("round37.sealed.relabel.json")).toBe(true);
    expect(relabel("round38.sealed.relabel.json")).toBe(true);
    expect(relabel("round39.sealed.relabel.json")).toBe(true);
    expect(relabel("round40.sealed.relabel.json")).toBe(true);
    expect(relabel("round41.sealed.relabel.json")).toBe(true);
    expect(relabel("round42.sealed.relabel.json")).toBe(true);
    expect(relabel("round43.sealed.relabel.json")).toBe(true);
    expect(relabel("round44.sealed.relabel.json")).toBe(true);
    expect(relabel("round45.sealed.relabel.json")).toBe(true);
    expect(relabel("round46.sealed.relabel.json")).toBe(true);
    expect(relabel("round47.sealed.relabel.json")).toBe(true);
    expect(relabel("round48.sealed.relabel.json")).toBe(true);
    expect(relabel("round49.sealed.relabel.json")).toBe(true);
    expect(relabel("round50.sealed.relabel.json")).toBe(true);
    expect(relabel("round30.relabeled.json")).toBe(false);
    expect(relabel("round31.labels.json")).toBe(false);
    for (const files of [trainingParaphrases(dir), evalParaphrases(dir, false)]) expect(files.map((l) => basename(l.path))).not.toContain("round35.sealed.relabel.json");
    for (const files of [trainingParaphrases(dir), evalParaphrases(dir, false)]) expect(files.map((l) => basename(l.path))).not.toContain("round36.sealed.relabel.json");
    expect(heldBackNames(dir)).not.toContain("round35.sealed.relabel.json");
    expect(heldBackNames(dir)).not.toContain("round36.sealed.relabel.json");
    expect(heldBackNames(dir)).not.toContain("round37.sealed.relabel.json");
    for (const files of [trainingParaphrases(dir), evalParaphrases(dir, false)]) expect(files.map((l) => basename(l.path))).not.toContain("round37.sealed.relabel.json");
    expect(heldBackNames(dir)).not.toContain("round38.sealed.relabel.json");
    for (const files of [trainingParaphrases(dir), evalParaphrases(dir, false)]) expect(files.map((l) => basename(l.path))).not.toContain("round38.sealed.relabel.json");
    expect(heldBackNames(dir)).not.toContain("round39.sealed.relabel.json");
    for (const files of [trainingParaphrases(dir), evalParaphrases(dir, false)]) expect(files.map((l) => basename(l.path))).not.toContain("round39.sealed.relabel.json");
    expect(heldBackNames(dir)).not.toContain("round40.sealed.relabel.json");
    for (const files of [trainingParaphrases(dir), evalParaphrases(dir, false)]) expect(files.map((l) => basename(l.path))).not.toContain("round40.sealed.relabel.json");
    expect(heldBackNames(dir)).not.toContain("round41.sealed.relabel.json");
    for (const files of [trainingParaphrases(dir), evalParaphrases(dir, false)]) expect(files.map((l) => basename(l.path))).not.toContain("round41.sealed.relabel.json");
    expect(heldBackNames(dir)).not.toContain("round42.sealed.relabel.json");
    for (const files of [trainingParaphrases(dir), evalParaphrases(dir, false)]) expect(files.map((l) => basename(l.path))).not.toContain("round42.sealed.relabel.json");
    expect(heldBackNames(dir)).not.toContain("round43.sealed.relabel.json");
    for (const files of [trainingParaphrases(dir), evalParaphrases(dir, false)]) expect(files.map((l) => basename(l.path))).not.toContain("round43.sealed.relabel.json");
    expect(heldBackNames(dir)).not.toContain("round44.sealed.relabel.json");
    for (const files of [trainingParaphrases(dir), evalParaphrases(dir, false)]) expect(files.map((l) => basename(l.path))).not.toContain("round44.sealed.relabel.json");
    expect(heldBackNames(dir)).not.toContain("round45.sealed.relabel.json");
    for (const files of [trainingParaphrases(dir), evalParaphrases(dir, false)]) expect(files.map((l) => basename(l.path))).not.toContain("round45.sealed.relabel.json");
    expect(heldBackNames(dir)).not.toContain("round46.sealed.relabel.json");
    for (const files of [trainingParaphrases(dir), evalParaphrases(dir, false)]) expect(files.map((l) => basename(l.path))).not.toContain("round46.sealed.relabel.json");
    expect(heldBackNames(dir)).not.toContain("round47.sealed.relabel.json");
    for (const files of [trainingParaphrases(dir), evalParaphrases(dir, false)]) expect(files.map((l) => basename(l.path))).not.toContain("round47.sealed.relabel.json");
    expect(heldBackNames(dir)).not.toContain("round48.sealed.relabel.json");
    for (const files of [trainingParaphrases(dir), evalParaphrases(dir, false)]) expect(files.map((l) => basename(l.path))).not.toContain("round48.sealed.relabel.json");
    expect(heldBackNames(dir)).not.toContain("round49.sealed.relabel.json");
    for (const files of [trainingParaphrases(dir), evalParaphrases(dir, false)]) expect(files.map((l) => basename(l.path))).not.toContain("round49.sealed.relabel.json");
    expect(heldBackNames(dir)).not.toContain("round50.sealed.relabel.json");
    for (const files of [trainingParaphrases(dir), evalParaphrases(dir, false)]) expect(files.map((l) => basename(l.path))).not.toContain("round50.sealed.relabel.json");
  });
  it("npm run eval leaves the sealed batches out of the repository's split unless --sealed, unopened", () => {
    expect(evalParaphrases(dir, false).map((l) => basename(l.path))).toEqual(["round29.sealed.json", "round30.mgmt.json", "round31.sealed.json", "round32.sealed.json", "round33.sealed.json", "round34.sealed.json", "round35.sealed.json", "round36.sealed.json", "round37.sealed.json", "round38.sealed.json", "round39.sealed.json", "round40.sealed.json", "round41.sealed.json", "round42.sealed.json", "round43.sealed.json", "round44.sealed.json", "round45.sealed.json", "round46.sealed.json", "round47.sealed.json", "round48.sealed.json", "round49.sealed.json", "round50.sealed.json"]);
    // With --sealed every file is opened: the fixture's sealed files are not JSON, so the read fails loudly.
    expect(() => evalParaphrases(dir, true)).toThrow();
    const named = mkdtempSync(join(tmpdir(), "disclint-training-data-named-"));
    try {
      // --sealed or a named folder: every batch, but never a relabel (it would count its items twice).
      writeFileSync(join(named, "round35.sealed.json"), JSON.stringify({ split: "paraphrase", source: "t", paragraphs: [] }));
      writeFileSync(join(named, "round35.sealed.relabel.json"), "RELABEL: must not be read");
      expect(evalParaphrases(named, true).map((l) => basename(l.path))).toEqual(["round35.sealed.json"]);
    } finally {
      rmSync(named, { recursive: true, force: true });
    }
  });
});
