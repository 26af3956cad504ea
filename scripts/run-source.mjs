// Runs a TypeScript entry of the repository (an evaluation, the calibration, training) the way the CLI runs: bundled
// with esbuild from the linter's sources, with the repository root defined, into a fresh temporary directory.
import { build } from "esbuild";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { pathToFileURL } from "node:url";
import { common } from "./build.mjs";

/** Bundles `entry` (a path from the repository root) and imports it; `external` names packages left to node. */
export async function runSource(entry, external = []) {
  const root = new URL("..", import.meta.url).pathname;
  const name = basename(entry, ".ts");
  const out = join(mkdtempSync(join(tmpdir(), `disclint-${name}-`)), `${name}.mjs`);
  await build({
    entryPoints: [join(root, entry)],
    ...common,
    outfile: out,
    ...(external.length ? { external } : {}),
    define: { "process.env.DISCLINT_ROOT": JSON.stringify(root) },
  });
  await import(pathToFileURL(out).href);
}
