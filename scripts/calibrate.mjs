// npm run calibrate: severity calibration by blind evidence — precision per rule × kind × severity of
// every finding on the reviewed realistic sets 4-29, judged against their answer keys (written before
// any run) and the reviews' pin verdicts (docs/accuracy.md, "Round 11 - severity calibration").
// Bundles test/rules/calibrate-main.ts with esbuild, so it runs the linter's sources as the CLI does.
//   npm run calibrate -- --findings   also every finding that is not true
//   npm run calibrate -- --json       the judged findings as JSON
import { runSource } from "./run-source.mjs";

await runSource("test/rules/calibrate-main.ts");
