// npm run relabel -- <batch.json> <batch.relabel.json> [--list]: two blind readings of one paraphrase batch compared
// (test/accuracy/relabel.ts). --list prints every disagreement with both notes, except for a batch still held back.
import { readFileSync } from "node:fs";
import type { LabelFile } from "./eval.js";
import { formatRelabel, relabelAgreement } from "./relabel.js";

const args = process.argv.slice(2);
const paths = args.filter((a) => !a.startsWith("--"));
if (paths.length !== 2) {
  console.error("usage: npm run relabel -- <batch.json> <batch.relabel.json> [--list]");
  process.exitCode = 2;
} else {
  const [first, second] = paths.map((path) => ({ ...(JSON.parse(readFileSync(path, "utf8")) as Omit<LabelFile, "path">), path })) as [LabelFile, LabelFile];
  console.log(formatRelabel(first, second, relabelAgreement(first, second), args.includes("--list")));
}
