// npm run probe -- [--half A|B] [--misses N] [--no-element-model]: the length probe (test/accuracy/length-probe.ts,
// docs/accuracy.md round 37): short paraphrase items of one file and filer joined into paragraphs of 3-6 sentences,
// the joined paragraphs' errors against the same items judged alone.
import { runSource } from "./run-source.mjs";

await runSource("test/accuracy/length-probe-main.ts", [], "probe");
