// npm run entries -- <rows.jsonl> [--half A|B] [--element id] [--min n] [--falses] [--fn]: each element lexicon entry's true
// and false detections over the rows of `npm run eval -- --split paraphrase --rows` (test/accuracy/eval-entries.ts).
import { runSource } from "./run-source.mjs";

await runSource("test/accuracy/entries-main.ts");
