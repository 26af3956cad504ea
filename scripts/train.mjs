// npm run train: fits the learned second opinion on which element a paragraph addresses (the tune
// split and the paraphrase batches, never the held-out split) and writes test/accuracy/model/elements.json.
// Bundles test/accuracy/train.ts with esbuild, as scripts/eval.mjs does.
//
//   npm run train                    cross-validate by filer, print the figures, write the model
//   npm run train -- --dry-run       cross-validate and print only
//   npm run train -- --rows <file>   cache the judged paragraphs in <file> (judging them takes minutes)
import { build } from "esbuild";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { common } from "./build.mjs";

const out = join(mkdtempSync(join(tmpdir(), "disclint-train-")), "train.mjs");
await build({
  entryPoints: [new URL("../test/accuracy/train.ts", import.meta.url).pathname],
  ...common,
  outfile: out,
  define: { "process.env.DISCLINT_ROOT": JSON.stringify(new URL("..", import.meta.url).pathname) },
});
await import(pathToFileURL(out).href);
