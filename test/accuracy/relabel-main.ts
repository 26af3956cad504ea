// npm run relabel -- <batch.json> <batch.relabel.json> [--list]: two blind readings of one paraphrase batch compared
// (test/accuracy/relabel.ts). --list prints every disagreement with both notes, except for a batch still held back.
import { readFileSync } from "node:fs";
import { UsageError } from "../../src/model/errors.js";
import { checkArgs } from "../script-args.js";
import type { LabelFile } from "./eval.js";
import { formatRelabel, relabelAgreement } from "./relabel.js";

const args = process.argv.slice(2);
const paths = checkArgs(args, {
  usage: "npm run relabel -- <batch.json> <batch.relabel.json> [--list]: the agreement of two blind readings of one paraphrase batch, per element",
  flags: { "--list": "also every disagreement with both readings' notes (not for a batch still held back)" },
});

function readBatch(path: string): LabelFile {
  const text = readFileSync(path, "utf8");
  try {
    return { ...(JSON.parse(text) as Omit<LabelFile, "path">), path };
  } catch (err) {
    throw new UsageError(`${path}: not JSON (${(err as Error).message})`);
  }
}

if (paths.length !== 2) {
  console.error("usage: npm run relabel -- <batch.json> <batch.relabel.json> [--list]");
  process.exitCode = 2;
} else {
  const [first, second] = paths.map(readBatch) as [LabelFile, LabelFile];
  console.log(formatRelabel(first, second, relabelAgreement(first, second), args.includes("--list")));
}
