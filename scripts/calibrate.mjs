// npm run calibrate: severity calibration by blind evidence — precision per rule × kind × severity of
// every finding on the reviewed realistic sets 4-11, judged against their answer keys (written before
// any run) and the reviews' pin verdicts (docs/accuracy.md, "Round 11 - severity calibration").
// Bundles test/rules/calibrate-main.ts with esbuild, so it runs the linter's sources as the CLI does.
//   npm run calibrate -- --findings   also every finding that is not true
//   npm run calibrate -- --json       the judged findings as JSON
import { build } from "esbuild";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { common } from "./build.mjs";

const out = join(mkdtempSync(join(tmpdir(), "disclint-calibrate-")), "calibrate-main.mjs");
await build({
  entryPoints: [new URL("../test/rules/calibrate-main.ts", import.meta.url).pathname],
  ...common,
  outfile: out,
  define: { "process.env.DISCLINT_ROOT": JSON.stringify(new URL("..", import.meta.url).pathname) },
});
await import(pathToFileURL(out).href);
