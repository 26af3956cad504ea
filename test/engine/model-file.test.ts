// Round 52 (speed52-cold): the element veto's numbered model as bytes (src/engine/model-file.ts), which the build writes
// to dist/element-model.bin for the CLI's bundles: read back, every list and every weight is the value the JSON form
// gives (the same doubles, so every probability is the same to the last bit), and the build's file is today's model's.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { modelFileBytes, modelFromFileBytes } from "../../src/engine/model-file.js";
import { harvestAliases } from "../../src/text/aliases.js";
import { PreparedModel, prepareModelData, type ElementModel, type PreparedModelData } from "../../src/text/element-model.js";
import { paraphraseAndExampleParagraphs, ROOT } from "../helpers.js";

const shipped = JSON.parse(readFileSync(join(ROOT, "rules", "models", "element-veto.json"), "utf8")) as ElementModel;

/** The data with its typed arrays as plain arrays (toEqual tells an Int32Array from an array). */
function plain(data: PreparedModelData): unknown {
  const list = (a: ArrayLike<number>) => Array.from(a);
  return {
    ...data,
    words: list(data.words),
    headings: list(data.headings),
    bigrams: list(data.bigrams),
    elements: Object.fromEntries(Object.entries(data.elements).map(([id, e]) => [id, { bias: e.bias, features: list(e.features), weights: list(e.weights) }])),
  };
}

describe("the element model's file (model-file.ts)", () => {
  const data = prepareModelData(shipped);

  it("reads back the shipped model's numbered form, value for value, element for element in order", () => {
    const read = modelFromFileBytes(modelFileBytes(data))!;
    expect(read.words).toBeInstanceOf(Int32Array);
    expect(read.elements[Object.keys(data.elements)[0]].weights).toBeInstanceOf(Float64Array);
    expect(plain(read)).toEqual(plain(data));
    expect(Object.keys(read.elements)).toEqual(Object.keys(data.elements));
    for (const [id, e] of Object.entries(data.elements)) for (let i = 0; i < e.weights.length; i++) expect(Object.is(read.elements[id].weights[i], e.weights[i])).toBe(true);
  });

  it("reads bytes that are not 8-byte aligned (a copy), and refuses a short, foreign or empty file", () => {
    const bytes = modelFileBytes(data);
    const shifted = new Uint8Array(bytes.length + 3);
    shifted.set(bytes, 3);
    expect(plain(modelFromFileBytes(shifted.subarray(3))!)).toEqual(plain(data));
    expect(modelFromFileBytes(bytes.subarray(0, bytes.length - 8))).toBeUndefined();
    expect(modelFromFileBytes(bytes.subarray(0, 40))).toBeUndefined();
    expect(modelFromFileBytes(new Uint8Array(0))).toBeUndefined();
    expect(modelFromFileBytes(new TextEncoder().encode("\u0004\u0000\u0000\u0000null"))).toBeUndefined();
  });

  it("a model read from the file gives every paragraph the probabilities the JSON form gives, to the last bit", () => {
    const fromJson = new PreparedModel(JSON.parse(JSON.stringify(data)) as PreparedModelData);
    const fromFile = new PreparedModel(modelFromFileBytes(modelFileBytes(data))!);
    const ids = Object.keys(data.elements);
    let compared = 0;
    for (const text of paraphraseAndExampleParagraphs(40)) {
      const aliases = harvestAliases(text);
      const a = fromJson.read(text, ["Item 1C. Cybersecurity"], aliases, ["processes"]);
      const b = fromFile.read(text, ["Item 1C. Cybersecurity"], aliases, ["processes"]);
      for (const id of ids) {
        expect(Object.is(fromFile.bestProbability(id, b), fromJson.bestProbability(id, a))).toBe(true);
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(500);
  });

  it.skipIf(!existsSync(join(ROOT, "dist", "cli.cjs")))("dist/element-model.bin is the build's of today's model (rebuild: npm run build)", () => {
    const file = join(ROOT, "dist", "element-model.bin");
    expect(existsSync(file)).toBe(true);
    expect(Buffer.from(readFileSync(file)).equals(Buffer.from(modelFileBytes(data)))).toBe(true);
  });
});
