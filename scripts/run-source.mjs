// Runs a TypeScript entry of the repository (an evaluation, the calibration, training) the way the CLI runs: bundled
// with esbuild from the linter's sources, with the repository root defined, into a fresh temporary directory.
import { build } from "esbuild";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { pathToFileURL } from "node:url";
import { common } from "./build.mjs";

/** Bundles `entry` (a path from the repository root) and imports it; `external` names packages left to node; `script` is its npm script's name where it differs from the entry's. */
export async function runSource(entry, external = [], script = undefined) {
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
  try {
    await import(pathToFileURL(out).href);
  } catch (err) {
    // `--help` (test/script-args.ts): the help on stdout, exit 0.
    if (err?.name === "HelpRequest") {
      process.stdout.write(String(err.message));
      return;
    }
    const said = usersMistake(err);
    if (said === undefined) throw err;
    // A user's mistake (a wrong path, an unknown argument) is one line and exit 2, never a stack trace.
    console.error(`npm run ${script ?? name.replace(/-main$/, "")}: ${said}`);
    process.exitCode = 2;
  }
}

const FS_REASONS = { ENOENT: "no such file or directory", ENOTDIR: "a path through something that is not a folder", EISDIR: "a folder, not a file", EACCES: "permission denied" };

/** What to tell the user for an error that is their mistake (the entry's UsageError, a path that cannot be read); undefined for a defect. */
function usersMistake(err) {
  if (err?.name === "UsageError") return String(err.message);
  const reason = FS_REASONS[err?.code];
  if (reason && typeof err.path === "string") return `cannot read ${err.path}: ${reason}`;
  return undefined;
}
