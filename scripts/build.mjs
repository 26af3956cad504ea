// Bundles the CLI and the GitHub Action into single ESM files under dist/.
// dist/cli.js is built on install (the `prepare` script) and not committed; dist/action.js is
// committed, because an Action runs from a checkout with no node_modules. test/action checks that
// the committed bundle is what this script builds from src/ now.
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { build } from "esbuild";

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");

export const common = {
  absWorkingDir: ROOT,
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  sourcemap: false,
  legalComments: "none",
  logLevel: "warning",
  // Bundled CommonJS dependencies call require(); give the ESM bundle one.
  banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
};

export const bundles = {
  cli: { entryPoints: ["src/cli/index.ts"], outfile: "dist/cli.js" },
  action: { entryPoints: ["src/action/index.ts"], outfile: "dist/action.js" },
  // The CLI lints each file in a worker thread under --timeout.
  worker: { entryPoints: ["src/engine/lint-worker.ts"], outfile: "dist/lint-worker.js" },
};

/** The esbuild options of one bundle; `outfile` (absolute or relative to ROOT) to build it elsewhere. */
export function options(name, outfile) {
  return { ...common, ...bundles[name], ...(outfile ? { outfile } : {}) };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await Promise.all(Object.keys(bundles).map((name) => build(options(name))));
}
