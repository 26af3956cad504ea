// Whether a command line lints one input file, or a batch: src/cli/start.ts tunes V8 for a lone file
// (the usual run: an R page, a 10-K) before the bundle is compiled, and starts a batch's first lint
// worker then, so it reads the command line itself, conservatively: anything it does not know makes
// the answer no (the run is then tuned as a batch, or starts its workers later, with the same results).
import { readdirSync, statSync } from "node:fs";

/** The plain command line's options (main.ts's PLAIN_OPTIONS) that take a value, and those that do not. */
export const PLAIN_VALUE_OPTIONS: ReadonlySet<string> = new Set(["-f", "--format", "-o", "--output-file", "--timeout"]);
export const PLAIN_FLAG_OPTIONS: ReadonlySet<string> = new Set(["--quiet", "--strict"]);
/** The CLI's commands (main.ts): a command line that names one is no plain lint. */
export const COMMANDS: ReadonlySet<string> = new Set(["facts", "init", "rules"]);

/** The inputs a plain command line names and its --timeout's value as written; undefined for another option or a command. */
function plainInputs(argv: string[]): { inputs: string[]; timeout?: string } | undefined {
  const inputs: string[] = [];
  let timeout: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const token = argv[i];
    if (token.startsWith("-")) {
      const eq = token.startsWith("--") ? token.indexOf("=") : -1;
      const name = eq > 0 ? token.slice(0, eq) : token;
      if (PLAIN_VALUE_OPTIONS.has(name)) {
        const value = eq < 0 ? argv[++i] : token.slice(eq + 1);
        if (name === "--timeout") timeout = value;
      } else if (!PLAIN_FLAG_OPTIONS.has(name) || eq > 0) return undefined;
      continue;
    }
    if (token === "" || COMMANDS.has(token)) return undefined;
    inputs.push(token);
  }
  return { inputs, timeout };
}

/**
 * The one regular file a plain command line names, with its size; undefined for several files, a
 * folder or glob, another option, or a file that cannot be stat'ed.
 */
export function loneInput(argv: string[]): { file: string; bytes: number } | undefined {
  const file = plainInputs(argv)?.inputs;
  if (file?.length !== 1) return undefined;
  return regularFile(file[0]);
}

function regularFile(file: string): { file: string; bytes: number } | undefined {
  try {
    const stat = statSync(file, { throwIfNoEntry: false });
    return stat?.isFile() ? { file, bytes: stat.size } : undefined;
  } catch {
    return undefined; // the run reports it
  }
}

/**
 * Whether a plain command line under a time budget (not `--timeout 0`) names at least `jobs`
 * inputs at first sight: its files, and each folder's entries (not walked: a folder of folders
 * counts its folders). Globs count nothing. A batch for workers (run.ts) when it has that many jobs;
 * an overcount costs a worker's start on another core.
 */
export function batchAtFirstSight(argv: string[], jobs: number): boolean {
  return isBatch(atFirstSight(argv, jobs), jobs);
}

/** What a plain command line names at first sight: its inputs counted as batchAtFirstSight counts them (up to `most`), and whether it has a time budget; undefined for no plain lint. */
export interface FirstSight {
  inputs: number;
  timeBudget: boolean;
}
export function atFirstSight(argv: string[], most: number): FirstSight | undefined {
  const plain = plainInputs(argv);
  return plain && { inputs: countInputs(plain.inputs, most), timeBudget: plain.timeout !== "0" };
}

/** Whether what was seen is a batch for `jobs` workers' jobs (batchAtFirstSight). */
export function isBatch(sight: FirstSight | undefined, jobs: number): boolean {
  return sight !== undefined && sight.timeBudget && sight.inputs >= jobs;
}

/** The files named and the folders' entries, counted up to `most`. */
function countInputs(inputs: string[], most: number): number {
  let n = 0;
  for (const input of inputs) {
    try {
      const stat = statSync(input, { throwIfNoEntry: false });
      if (stat?.isFile()) n++;
      else if (stat?.isDirectory()) n += readdirSync(input).length;
    } catch {
      // The run reports it.
    }
    if (n >= most) return n;
  }
  return n;
}
