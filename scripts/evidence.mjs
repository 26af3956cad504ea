// npm run evidence: the evidence precision of every check that quotes an element's answer, on the tune split's
// labelled paragraphs and the paraphrase batches (test/accuracy/evidence-precision.ts). Bundles
// test/accuracy/evidence-main.ts with esbuild, so it runs the linter's sources as the CLI does.
//   npm run evidence -- --misses   also every paragraph found whose label disagrees
import { runSource } from "./run-source.mjs";

await runSource("test/accuracy/evidence-main.ts");
