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

/**
 * The CLI and its lint worker, built together: code they share goes into chunks beside them, and
 * what only linting needs (the engine, the readers, the rules) is loaded by the worker, not by
 * the CLI's thread, which starts the worker and finds the files meanwhile.
 */
export function cliOptions(outdir = "dist") {
  return {
    ...common,
    // api: the package's `import { Disclint } from "disclint"` (package.json "exports").
    entryPoints: { cli: "src/cli/index.ts", "lint-worker": "src/engine/lint-worker.ts", api: "src/api.ts" },
    outdir,
    splitting: true,
    chunkNames: "chunk-[hash]",
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { rmSync, readdirSync } = await import("node:fs");
  for (const f of readdirSync(join(ROOT, "dist"), { withFileTypes: true })) if (f.name.startsWith("chunk-")) rmSync(join(ROOT, "dist", f.name));
  await Promise.all([build(cliOptions()), build(options("action"))]);
  // The API's types (dist/types/api.d.ts), when TypeScript is installed (a devDependency).
  const { existsSync } = await import("node:fs");
  const tsc = join(ROOT, "node_modules", "typescript", "bin", "tsc");
  if (existsSync(tsc)) {
    const { spawnSync } = await import("node:child_process");
    const r = spawnSync(process.execPath, [tsc, "-p", "tsconfig.types.json"], { cwd: ROOT, stdio: "inherit" });
    if (r.status !== 0) process.exit(r.status ?? 1);
  }
}
