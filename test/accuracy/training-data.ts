// What `npm run train` may learn from: the tune split and the paraphrase batches, less the sealed batches that are
// still the untuned measures (read once by the lead, never by the trainer). A sealed file is left out by its NAME,
// before it is opened, so not one of its sentences reaches the weights, the cross-validation or a rows cache.
// The contrast sets (test/accuracy/contrast, round 39) are never training data either: they are minimal edits of the
// tune paragraphs the trainer already reads, kept as a measure of what one edit does. Their folder is not one the trainer
// opens, and a contrast file put in the labels or paraphrase folder is left out by its split (contrast.test.ts).

import { readdirSync } from "node:fs";
import { loadLabels, type LabelFile } from "./eval.js";

/**
 * The batches still sealed (round 53): any round52.sealed*.json and round53.sealed*.json. Older sealed batches
 * (round27-51) are ordinary tuning data now (round51.sealed was read untuned after rounds 51 and 52 and released at
 * round 53's start). Add the next round's sealed batch here.
 */
export const HELD_BACK: readonly RegExp[] = [/^round52\.sealed.*\.json$/, /^round53\.sealed.*\.json$/];

/** Whether a paraphrase file (by its name) is held back from training. */
export function heldBack(name: string): boolean {
  return HELD_BACK.some((r) => r.test(name));
}

/**
 * A second, blind labelling of a batch (`<batch>.relabel.json`, round 37): it measures how far two readers of the
 * same texts agree (npm run relabel), it is not more data. Its items are the batch's own texts, so reading it as a
 * batch would count each of them twice: neither the trainer nor the eval split ever opens one.
 */
export function relabel(name: string): boolean {
  return /\.relabel\.json$/.test(name);
}

/** The paraphrase batches of `dir` the trainer may read, the sealed ones and the relabels left out unopened. */
export function trainingParaphrases(dir: string): LabelFile[] {
  return loadLabels(dir, (name) => !heldBack(name) && !relabel(name)).filter((l) => l.split === "paraphrase");
}

/**
 * The paraphrase batches `npm run eval` scores from the repository's folder: the sealed ones only with `--sealed` (the
 * lead's one read; a helper's whole-split figure must not hold them, round 31). A folder named with --paraphrases is read whole,
 * less its relabels (they are measurements of labels, not batches).
 */
export function evalParaphrases(dir: string, sealed: boolean): LabelFile[] {
  return sealed ? loadLabels(dir, (name) => !relabel(name)) : trainingParaphrases(dir);
}

/** The label files of the held-out split are never training data either: only "tune" from the labels folder. */
export function trainingTune(dir: string): LabelFile[] {
  return loadLabels(dir).filter((l) => l.split === "tune");
}

/** The names of the paraphrase files left out (for the trainer's message). */
export function heldBackNames(dir: string): string[] {
  return readdirSync(dir).filter(heldBack).sort();
}

