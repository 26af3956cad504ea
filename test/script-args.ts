// The command line of a developer script (npm run eval / calibrate / relabel …): a mistyped flag or a stray argument is a
// user's mistake, said in one line with exit 2 (scripts/run-source.mjs prints a UsageError so), not ignored.
import { UsageError } from "../src/model/errors.js";

export interface ScriptArgs {
  /** Every flag the script reads. */
  flags: readonly string[];
  /** Flags followed by a value (the value is not taken for an argument). */
  valued?: readonly string[];
  /** How many arguments of its own (not a flag, not a flag's value) the script takes; undefined: not checked. */
  positionals?: number;
}

/** Throws a UsageError for an unknown flag, or for an argument the script does not take; returns the arguments of its own. */
export function checkArgs(args: readonly string[], spec: ScriptArgs): string[] {
  const own: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a.startsWith("--")) {
      if (!spec.flags.includes(a)) throw new UsageError(`unknown argument ${a} (known: ${spec.flags.join(", ")})`);
      if (spec.valued?.includes(a)) i++;
    } else own.push(a);
  }
  if (spec.positionals !== undefined && own.length > spec.positionals) throw new UsageError(`unexpected argument ${JSON.stringify(own[spec.positionals])}`);
  return own;
}
