// The command line of `npm run evidence` (scripts/evidence.mjs): the quoting checks' evidence precision
// (test/accuracy/evidence-precision.ts).   --misses  also every paragraph found whose label disagrees.
import { formatEvidence, measureEvidence, measuredParagraphs } from "./evidence-precision.js";

const paragraphs = await measuredParagraphs();
process.stdout.write(`${paragraphs.length} labelled paragraphs (tune split and paraphrase batches)\n\n${formatEvidence(await measureEvidence(paragraphs), process.argv.includes("--misses"))}\n`);
