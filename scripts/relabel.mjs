// npm run relabel -- <batch.json> <batch.relabel.json> [--list]: the agreement of two blind readings of one paraphrase
// batch, per element (share of decisions alike, positive agreement, Cohen's kappa); no detector runs
// (test/accuracy/relabel.ts; labels/README.md, "Second reading of the sealed batches").
import { runSource } from "./run-source.mjs";

await runSource("test/accuracy/relabel-main.ts");
