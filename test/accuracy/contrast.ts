// Contrast sets (round 39, acc39-contrast; Gardner et al. 2020): minimal edits of the tune split's REAL paragraphs, each
// with its own labels. The paragraph's text stays in ../shared (real filing text is never copied into the repository):
// an item names its tune label file's `file` and `quote`, lists `edits` ({from, to}, each `from` exactly once in the
// paragraph) and gives the labels of the edited paragraph. eval.ts reads the paragraph as it reads every label file's and
// scores the edited text (scoreContrast); this module loads and checks the files. Format: test/accuracy/contrast/README.md.

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Ajv } from "ajv";
import { PACKAGE_ROOT } from "../../src/paths.js";
import { loadLabels, normalise, type LabelFile } from "./eval.js";

/** The repository's contrast sets. Never a trainer's input: training-data.ts reads only the labels' tune split and the paraphrases. */
export const CONTRAST_DIR = join(PACKAGE_ROOT, "test", "accuracy", "contrast");

let validate: ReturnType<Ajv["compile"]> | undefined;

/**
 * The contrast files of `dir`, each checked against contrast.schema.json and against `labels` (the label files): every
 * item's `file` must be a TUNE label file's and its `quote` one of that file's quotes. Any failure throws, naming the file
 * and the items: a contrast set is never partly read.
 */
export function loadContrast(dir: string, labels: readonly LabelFile[]): LabelFile[] {
  validate ??= new Ajv({ allErrors: true }).compile(JSON.parse(readFileSync(join(PACKAGE_ROOT, "test", "accuracy", "contrast.schema.json"), "utf8")));
  const byFile = new Map(labels.filter((l) => l.file).map((l) => [l.file!, l]));
  return loadLabels(dir).map((c) => {
    const { path, ...body } = c;
    if (!validate!(body)) throw new Error(`${path}: ${validate!.errors?.map((e) => `${e.instancePath} ${e.message}`).join("; ")}`);
    const wrong: string[] = [];
    for (const item of c.paragraphs) {
      const label = byFile.get(item.file!);
      const where = `${item.file} “${item.quote.slice(0, 50)}”`;
      if (!label) wrong.push(`${where}: no label file names this file`);
      else if (label.split !== "tune") wrong.push(`${where}: ${label.split} file, only tune paragraphs may be edited`);
      else if (!label.paragraphs.some((lp) => normalise(lp.quote) === normalise(item.quote))) wrong.push(`${where}: not a quote of ${label.path}`);
      for (const e of item.negative ?? []) if (!item.elements.includes(e)) wrong.push(`${where}: negative ${e} is not in elements`);
    }
    if (wrong.length) throw new Error(`${path}: ${wrong.length} item(s) name no tune paragraph:\n  ${wrong.join("\n  ")}`);
    return c;
  });
}
