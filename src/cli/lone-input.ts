// Whether a command line lints one input file: src/cli/start.ts tunes V8 for such a run (the usual
// one: an R page, a 10-K) before the bundle is compiled, so it reads the command line itself,
// conservatively: anything it does not know makes the answer no (the run is then tuned as a batch,
// with the same results).
import { statSync } from "node:fs";

/** The plain command line's options (main.ts's PLAIN_OPTIONS) that take a value, and those that do not. */
export const PLAIN_VALUE_OPTIONS: ReadonlySet<string> = new Set(["-f", "--format", "-o", "--output-file", "--timeout"]);
export const PLAIN_FLAG_OPTIONS: ReadonlySet<string> = new Set(["--quiet", "--strict"]);

/**
 * The one regular file a plain command line names, with its size; undefined for several files, a
 * folder or glob, another option, or a file that cannot be stat'ed.
 */
export function loneInput(argv: string[]): { file: string; bytes: number } | undefined {
  let file: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const token = argv[i];
    if (token.startsWith("-")) {
      const eq = token.startsWith("--") ? token.indexOf("=") : -1;
      const name = eq > 0 ? token.slice(0, eq) : token;
      if (PLAIN_VALUE_OPTIONS.has(name)) {
        if (eq < 0) i++;
      } else if (!PLAIN_FLAG_OPTIONS.has(name) || eq > 0) return undefined;
      continue;
    }
    if (file !== undefined) return undefined;
    file = token;
  }
  if (file === undefined) return undefined;
  try {
    const stat = statSync(file, { throwIfNoEntry: false });
    return stat?.isFile() ? { file, bytes: stat.size } : undefined;
  } catch {
    return undefined; // the run reports it
  }
}
