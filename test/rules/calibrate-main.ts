// The command line of `npm run calibrate` (scripts/calibrate.mjs): precision per rule × kind × severity on
// the reviewed realistic sets 4-23, judged against their answer keys and pin verdicts, and on the real tune-split
// filings, judged by docs/corpus-review.md (severity-calibration.ts).
//   npm run calibrate                 the table (both sources side by side) and the findings per severity
//   npm run calibrate -- --sets       the blind sets' table alone, with debatable / false / under
//   npm run calibrate -- --findings   also every finding that is not true, with what decided it
//   npm run calibrate -- --json       the judged findings as JSON (set 0: the real corpus)
import { checkArgs } from "../script-args.js";
import { Calibrator, SETS_LABEL, formatBothTable, formatTable, tabulate, totals, type JudgedFinding } from "./severity-calibration.js";

const args = process.argv.slice(2);
checkArgs(args, {
  usage: "npm run calibrate -- [flags]: precision per rule × kind × severity on the realistic sets' keys and the real tune split",
  flags: {
    "--sets": "the blind sets' table alone, with debatable / false / under",
    "--findings": "also every finding that is not true, with what decided it",
    "--json": "the judged findings as JSON (set 0: the real corpus)",
  },
  positionals: 0,
});
const calibrator = new Calibrator();
const sets = await calibrator.judgeSets();
const corpus = await calibrator.judgeCorpus();
if (args.includes("--json")) {
  process.stdout.write(`${JSON.stringify([...sets, ...corpus], null, 1)}\n`);
} else {
  process.stdout.write(`${args.includes("--sets") ? formatTable(tabulate(sets)) : formatBothTable(tabulate(sets), tabulate(corpus))}\n\n`);
  const line = (name: string, judged: JudgedFinding[]) => {
    const t = totals(judged);
    return `${name}: ${(["error", "warning", "info"] as const).map((s) => `${s} ${t[s].good} / ${t[s].all}`).join(", ")} true\n`;
  };
  process.stdout.write(line(SETS_LABEL, sets) + line("real corpus (tune)", corpus));
  if (args.includes("--findings"))
    for (const f of [...sets, ...corpus])
      if ((f.verdict !== "true" && f.verdict !== "acceptable") || f.under)
        process.stdout.write(
          `${f.set ? `set${f.set}` : "corpus"} ${f.file} ${f.line}:${f.column} ${f.severity} ${f.ruleId} [${f.kind}] ${f.verdict}${f.under ? " (key wants higher)" : ""} by ${f.source} | ${f.message.slice(0, 120)}\n`,
        );
}
