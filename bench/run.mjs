// npm run bench: lint time as a ratio to a floor measured in the same run on the same bytes
// (read + UTF-8 decode + a scan over every '<' and newline). Bundles bench/lint-bench.ts with
// esbuild so the benchmark runs the same code as the CLI, without a TypeScript runtime.
import { build } from "esbuild";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { common } from "../scripts/build.mjs";

const out = join(mkdtempSync(join(tmpdir(), "disclint-bench-")), "lint-bench.mjs");
await build({
  entryPoints: [new URL("./lint-bench.ts", import.meta.url).pathname],
  ...common,
  outfile: out,
  // The bundle lives in a temp dir: tell it where the package (rules/, schemas/) is.
  define: { "process.env.DISCLINT_ROOT": JSON.stringify(new URL("..", import.meta.url).pathname) },
});
await import(pathToFileURL(out).href);
