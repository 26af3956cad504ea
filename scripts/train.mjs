// npm run train: fits the learned second opinion on which element a paragraph addresses (the tune
// split and the paraphrase batches, never the held-out split) and writes rules/models/element-veto.json (the linter's learned veto).
// Bundles test/accuracy/train.ts with esbuild, as scripts/eval.mjs does.
//
//   npm run train                    cross-validate by filer, print the figures, write the model
//   npm run train -- --dry-run       cross-validate and print only
//   npm run train -- --rows <file>   cache the judged paragraphs in <file> (judging them takes minutes)
import { runSource } from "./run-source.mjs";

await runSource("test/accuracy/train.ts");
