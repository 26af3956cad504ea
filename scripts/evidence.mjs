// npm run evidence: the evidence precision of every check that quotes an element's answer, on the tune split's
// labelled paragraphs and the paraphrase batches (test/accuracy/evidence-precision.ts). Bundles
// test/accuracy/evidence-main.ts with esbuild, so it runs the linter's sources as the CLI does.
//   npm run evidence -- --misses   also every paragraph found whose label disagrees
import { build } from "esbuild";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { common } from "./build.mjs";

const out = join(mkdtempSync(join(tmpdir(), "disclint-evidence-")), "evidence-main.mjs");
await build({
  entryPoints: [new URL("../test/accuracy/evidence-main.ts", import.meta.url).pathname],
  ...common,
  outfile: out,
  define: { "process.env.DISCLINT_ROOT": JSON.stringify(new URL("..", import.meta.url).pathname) },
});
await import(pathToFileURL(out).href);
