// The command line of `npm run calibrate` (scripts/calibrate.mjs): precision per rule × kind × severity on
// the reviewed realistic sets 4-11, judged against their answer keys and pin verdicts (severity-calibration.ts).
//   npm run calibrate                 the table and the findings per severity
//   npm run calibrate -- --findings   also every finding that is not true, with what decided it
//   npm run calibrate -- --json       the judged findings as JSON
import { Calibrator, formatTable, tabulate, totals } from "./severity-calibration.js";

const args = process.argv.slice(2);
const judged = await new Calibrator().judgeSets();
if (args.includes("--json")) {
  process.stdout.write(`${JSON.stringify(judged, null, 1)}\n`);
} else {
  process.stdout.write(`${formatTable(tabulate(judged))}\n\n`);
  const t = totals(judged);
  for (const s of ["error", "warning", "info"] as const) process.stdout.write(`${s}: ${t[s].good} / ${t[s].all} true\n`);
  if (args.includes("--findings"))
    for (const f of judged)
      if (f.verdict !== "true" && f.verdict !== "acceptable" || f.under)
        process.stdout.write(`set${f.set} ${f.file} ${f.line}:${f.column} ${f.severity} ${f.ruleId} [${f.kind}] ${f.verdict}${f.under ? " (key wants higher)" : ""} by ${f.source} | ${f.message.slice(0, 120)}\n`);
}
