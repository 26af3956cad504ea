// The command line of a developer script (npm run eval / calibrate / relabel …): a mistyped flag or a stray argument is a
// user's mistake, said in one line with exit 2 (scripts/run-source.mjs prints a UsageError so), not ignored; `--help` (or
// `-h`) prints the script's usage and every flag with one line, and exits 0 (scripts/run-source.mjs prints a HelpRequest).
import { UsageError } from "../src/model/errors.js";

export interface ScriptArgs {
  /** The script's one-line synopsis ("npm run calibrate -- [flags]"), the first line of its --help. */
  usage: string;
  /** Every flag the script reads, with one line saying what it does (its --help). */
  flags: Readonly<Record<string, string>>;
  /** Flags followed by a value (the value is not taken for an argument). */
  valued?: readonly string[];
  /** How many arguments of its own (not a flag, not a flag's value) the script takes; undefined: not checked. */
  positionals?: number;
}

/** Thrown for `--help`: its message is the help text, which scripts/run-source.mjs prints on stdout with exit 0. */
export class HelpRequest extends Error {
  override name = "HelpRequest";
}

/** The script's help: its usage line, then each flag padded to one column and its line. */
export function helpText(spec: ScriptArgs): string {
  const names = Object.keys(spec.flags);
  const width = Math.max(...names.map((f) => f.length), "--help".length) + 2;
  const line = (flag: string, what: string) => `  ${flag.padEnd(width)}${what}`;
  return [spec.usage, "", ...names.map((f) => line(f, spec.flags[f])), line("--help", "print this help and exit")].join("\n") + "\n";
}

/** Throws a HelpRequest for --help / -h, a UsageError for an unknown flag or an argument the script does not take; returns the arguments of its own. */
export function checkArgs(args: readonly string[], spec: ScriptArgs): string[] {
  if (args.includes("--help") || args.includes("-h")) throw new HelpRequest(helpText(spec));
  const known = Object.keys(spec.flags);
  const own: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a.startsWith("--")) {
      if (!known.includes(a)) throw new UsageError(`unknown argument ${a} (known: ${known.join(", ")}; --help lists them)`);
      if (spec.valued?.includes(a)) i++;
    } else own.push(a);
  }
  if (spec.positionals !== undefined && own.length > spec.positionals) throw new UsageError(`unexpected argument ${JSON.stringify(own[spec.positionals])}`);
  return own;
}
