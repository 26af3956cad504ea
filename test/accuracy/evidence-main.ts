// The command line of `npm run evidence` (scripts/evidence.mjs): the quoting checks' evidence precision
// (test/accuracy/evidence-precision.ts).   --misses  also every paragraph found whose label disagrees.
import { checkArgs } from "../script-args.js";
import { formatEvidence, measureEvidence, measuredParagraphs } from "./evidence-precision.js";

checkArgs(process.argv.slice(2), {
  usage: "npm run evidence -- [flags]: how often the sentence each quoting check quotes says what the check takes it to say, on the tune split and paraphrase batches",
  flags: { "--misses": "also every paragraph found whose label disagrees", "--only": "<text> only the paragraphs whose source (file name) contains this text" },
  valued: ["--only"],
  positionals: 0,
});
const only = process.argv.includes("--only") ? process.argv[process.argv.indexOf("--only") + 1] : undefined;
const paragraphs = (await measuredParagraphs()).filter((p) => !only || p.source.includes(only));
process.stdout.write(`${paragraphs.length} labelled paragraphs (tune split and paraphrase batches)\n\n${formatEvidence(await measureEvidence(paragraphs), process.argv.includes("--misses"))}\n`);
