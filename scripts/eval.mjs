// npm run eval: precision, recall and F1 per Item 106 element detector on the labelled corpus
// paragraphs (test/accuracy/labels), for the "tune" and "heldout" splits apart. Bundles
// test/accuracy/eval-main.ts with esbuild, so it runs the same code as the CLI without a
// TypeScript runtime (as npm run bench does).
//
//   npm run eval                       the linter's judgement of each paragraph (describeDisclosure), both splits;
//                                      each split's table ends with its decisions by paragraph length (under 60,
//                                      60-120, over 120 words: precision, recall, errors per paragraph)
//   npm run eval -- --split heldout    one split
//   npm run eval -- --split paraphrase the paraphrases of tune paragraphs (test/accuracy/paraphrases),
//                                      each judged alone as the one paragraph of an Item 1C draft (an item with
//                                      "context", round 50: after its section's earlier paragraphs, scored on its own)
//   npm run eval -- --split paraphrase --sealed   also the still-sealed batches (test/accuracy/training-data.ts HELD_BACK;
//                                      left out by default; a folder named with --paraphrases is read whole; a second
//                                      reading, *.relabel.json, never: npm run relabel compares it)
//   npm run eval -- --split contrast   the contrast sets (test/accuracy/contrast/README.md): minimal edits of tune paragraphs,
//                                      each read from ../shared as the label files' are, edited, and judged under its own
//                                      headings (--contrast <dir> scores another folder; a broken item fails the run)
//   npm run eval -- --misses 40        list up to 40 misses and false detections per split
//   npm run eval -- --detector lexicon the element lexicons alone on each paragraph (--lemmas wink|compromise swaps base forms)
//   npm run eval -- --explain board-committee   each miss of one element, with its text and matches
//   npm run eval -- --model [veto|admit|both|model|lexicon]   the lexicon judge with the learned
//                                      second opinion (test/accuracy/model/elements.json, npm run train): its
//                                      chosen combination and thresholds, or the combination named
//                                      (--model-sentences: each sentence scored too, the paragraph keeps its best; round 30)
//   npm run eval -- --calibration      the calibration of absence severity per warning-level element on
//                                      tune + paraphrase: how often hint-<id> catches what the detector misses,
//                                      fires where the element is absent, and the known true absences
//                                      (realistic sets' answer keys, corpus review) it would demote;
//                                      --save-rows <f> / --load-rows <f> reuse the detections (a hint changes none)
//   npm run eval -- --json             the figures as JSON
//   npm run eval -- --speed            matching cost per document, against NLP libraries when installed
//   npm run eval -- --by-sentence      also each split's errors by whether a sentence alone makes them (with --misses N: the
//                                      false detections and the sentence that makes each; docs/accuracy.md, round 29)
//   npm run eval -- --agreement        also the two labellers' agreement on the files labelled twice
//                                      (test/accuracy/labels-second, or --second <dir>) and the
//                                      detector on the judgements both agree on (labels/README.md)
import { runSource } from "./run-source.mjs";

// Libraries compared against the hand-written matching, when installed (docs/accuracy.md).
await runSource("test/accuracy/eval-main.ts", ["wink-nlp", "wink-eng-lite-web-model", "compromise"]);
