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

// Most runs lint one file (an R page, a 10-K), and for a file with little prose to judge two defaults
// of V8 cost more than they give (measured with callgrind and /usr/bin/time, round 6):
//   - its young generation doubles (up to 16 MB a semi-space) while the file is linted: 15-20 MB of
//     peak RSS that put 12 of the 14 real filings over the memory goal. Not growing it: IBM's 10-K
//     93 -> 77 MB, every filing 70-78 MB;
//   - the optimising pass of the regular-expression compiler: a run compiles the lexicons'
//     expressions (~60 KB of source) and runs them over one document's prose; without it, one R
//     page -7% instructions, IBM's 10-K -5%, Coca-Cola's 3.9 MB 10-K -2.6%.
// Both cost CPU where there is much prose (a 64 KB Markdown draft +8%, 1 MB +45%; a batch of 300 R
// pages in one thread +39% and +13%), so they are set for one file of markup (a filing, an R page:
// the prose judged is its Item 1C section or tagged blocks) up to 4 MB, or of anything else up to
// 24 KB. They are read when the young generation grows and when an expression is compiled, so
// src/cli/start.ts sets them before anything runs; the code cache is kept per set of flags.
// Round 43: nor incremental marking. Such a run ends soon after its old generation passes V8's
// first limit (~14 MB: the code cache's functions, the lexicons, the rules), and the marking V8
// starts there (with write barriers and black allocation) was never finished; one atomic
// collection costs less (callgrind, the CLI's second run on the bench's R page: 1,210.7 -> 1,201.5 M;
// process CPU, 15 alternated runs at load 25: 166 -> 153 ms). Where the marking starts moved the
// count by up to 0.6% from one merge to the next (round 42's acc42-clauses: +7.6 M, +4.7 M of it
// marking), so the count is steadier without it.
// Round 45: nor batched baseline compilation. A function that has run its first bytecode budget is
// queued for Sparkplug, and the queue is compiled only once it holds ~4 KB of bytecode; a run this
// short spends that wait in the interpreter. Compiled at once instead: callgrind, the CLI's second
// run on the bench's R page without NODE_EXTRA_CA_CERTS, 847.8 -> 831.4 M as a process flag (output
// identical). The code the run compiles is the same, only sooner.
// And for a file of up to 24 KB of any kind (an R page), no TurboFan: such a run ends before what it
// optimises pays back (callgrind, the R page, 831.4 -> 821.5 M with the flag above; process CPU of a
// 16 KB 10-K text, four alternated runs at load 17, 0.54 -> 0.49 s); Sparkplug's code still runs.
// Larger files, whose hot loops run long, keep it.
const LONE_MARKUP_MAX_BYTES = 4 * 1024 * 1024;
const LONE_TEXT_MAX_BYTES = 24 * 1024;
/** V8's flags for a run on `lone` (loneInput): those above for a small one, none for another run. */
export function loneRunFlags(lone: { file: string; bytes: number } | undefined): string[] {
  const smallLone = lone !== undefined && lone.bytes <= (/\.(?:x?html?|xml)$/i.test(lone.file) ? LONE_MARKUP_MAX_BYTES : LONE_TEXT_MAX_BYTES);
  if (!smallLone) return [];
  const flags = ["--semi-space-growth-factor=1", "--no-regexp-optimization", "--no-incremental-marking", "--no-baseline-batch-compilation"];
  return lone.bytes <= LONE_TEXT_MAX_BYTES ? [...flags, "--no-turbofan"] : flags;
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
