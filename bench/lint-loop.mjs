// The in-process lint loop bench/profile.mjs and bench/perf-profile.mjs run: the files named on
// the command line (folders read in order), linted with this checkout's sources by a bundle of
// `loop` (TypeScript that has `files`, `linter` and `lintFiles` in scope).
import { mkdtempSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { build } from "esbuild";
import { options, ROOT } from "../scripts/build.mjs";

/** The files of these arguments (a folder's, sorted), as absolute paths. */
export function filesOf(args) {
  return args.flatMap((a) => (statSync(a).isDirectory() ? readdirSync(a).sort().map((f) => join(a, f)) : [a])).map((f) => resolve(f));
}

/** Bundles the loop into a new temp folder named after `name`; its folder and bundle (run it with JSON.stringify(files) as its argument). */
export async function bundleLintLoop(name, loop) {
  const dir = mkdtempSync(join(tmpdir(), `disclint-${name}-`));
  const entry = join(dir, "entry.ts");
  writeFileSync(
    entry,
    `import { createLinter, lintFiles } from ${JSON.stringify(join(ROOT, "src", "api.ts"))};
const files: string[] = JSON.parse(process.argv[2]);
const linter = createLinter();
${loop}`,
  );
  const bundle = join(dir, `${name}.mjs`);
  await build({ ...options("cli", bundle), entryPoints: [entry], define: { "process.env.DISCLINT_ROOT": JSON.stringify(ROOT) } });
  return { dir, bundle };
}

/**
 * A harness bundled against the sources of another checkout `root` (built or not), as the CLI's
 * bundle is built: `entry(src)` gives the harness's TypeScript, `src(p)` the quoted path of
 * `root`'s src/p. Its bundle, in a new temp folder named after `name` (bench/judge-bench.mjs,
 * bench/filing-split.mjs: a tree against another, with each tree's own esbuild and build options).
 */
export async function bundleAgainst(root, name, entry) {
  const { build: buildOf } = await import(join(root, "node_modules", "esbuild", "lib", "main.js"));
  const { options: optionsOf } = await import(join(root, "scripts", "build.mjs"));
  const dir = mkdtempSync(join(tmpdir(), `disclint-${name}-`));
  writeFileSync(join(dir, "entry.ts"), entry((p) => JSON.stringify(join(root, "src", p))));
  const bundle = join(dir, `${name}.mjs`);
  await buildOf({ ...optionsOf("cli", bundle), entryPoints: [join(dir, "entry.ts")], define: { "process.env.DISCLINT_ROOT": JSON.stringify(root) } });
  return bundle;
}
