// The command line of `npm run evidence` (scripts/evidence.mjs): the quoting checks' evidence precision
// (test/accuracy/evidence-precision.ts).   --misses  also every paragraph found whose label disagrees.
import { formatEvidence, measureEvidence, measuredParagraphs } from "./evidence-precision.js";

const only = process.argv.includes("--only") ? process.argv[process.argv.indexOf("--only") + 1] : undefined;
const paragraphs = (await measuredParagraphs()).filter((p) => !only || p.source.includes(only));
process.stdout.write(`${paragraphs.length} labelled paragraphs (tune split and paraphrase batches)\n\n${formatEvidence(await measureEvidence(paragraphs), process.argv.includes("--misses"))}\n`);
