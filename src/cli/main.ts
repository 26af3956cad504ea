import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import yargs, { type Argv } from "yargs";
import { createLinter, lintFiles, readDisclosure, toFatal } from "../api.js";
import type { RuleSetting } from "../engine/linter.js";
import { InputError, UsageError } from "../model/errors.js";
import type { FileResult, InputFormat, ReportContext, Severity } from "../model/types.js";
import { VERSION } from "../paths.js";
import { FORMAT_NAMES, formatters, summarize, type FormatName } from "../report/index.js";
import { discoverInputs } from "../sources/discover.js";
import { factsReport } from "./facts-json.js";

export interface CliIO {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  cwd: string;
  env: Record<string, string | undefined>;
  isTTY: boolean;
}

const INPUT_FORMATS = ["r-page-text", "r-page-html", "ixbrl", "xbrl-instance", "json-draft", "yaml-draft", "markdown", "text", "html", "docx"] as const;
const SEVERITY_RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

const EPILOG = `Exit codes:
  0  no finding at or above --fail-on, and warnings within --max-warnings
  1  findings at or above --fail-on, or more warnings than --max-warnings
  2  usage error, unreadable or malformed input, invalid rule, internal error

Docs: https://github.com/disclint/disclint#readme`;

interface LintArgs {
  files: string[];
  format: FormatName;
  "fail-on": Severity;
  "max-warnings": number;
  quiet: boolean;
  form?: string;
  "input-format"?: InputFormat;
  "rules-dir": string[];
  rule: string[];
  set: boolean;
  "output-file"?: string;
  color?: boolean;
  debug: boolean;
}

function parseRuleFlags(flags: string[]): Map<string, RuleSetting> {
  const out = new Map<string, RuleSetting>();
  for (const flag of flags) {
    const m = /^([a-z0-9-]+):(off|info|warning|error)$/.exec(flag);
    if (!m) throw new UsageError(`--rule expects <id>:<off|info|warning|error>, got "${flag}"`);
    out.set(m[1], m[2] as RuleSetting);
  }
  return out;
}

function exitCode(results: FileResult[], failOn: Severity, maxWarnings: number): number {
  const s = summarize(results);
  if (s.fatals > 0) return 2;
  const failing = results.some((r) => r.findings.some((f) => SEVERITY_RANK[f.severity] >= SEVERITY_RANK[failOn]));
  if (failing) return 1;
  if (maxWarnings >= 0 && s.warnings > maxWarnings) return 1;
  return 0;
}

async function runLint(args: LintArgs, io: CliIO): Promise<number> {
  const ruleSettings = parseRuleFlags(args.rule);
  const linter = createLinter({ cwd: io.cwd, rulesDirs: args["rules-dir"], ruleSettings });
  const known = new Set(linter.rules.map((r) => r.id));
  for (const id of ruleSettings.keys()) {
    if (!known.has(id) && ruleSettings.get(id) !== "off") throw new UsageError(`--rule: unknown rule id "${id}"`);
  }
  const { files, errors } = await discoverInputs(args.files, { cwd: io.cwd });
  const groups = args.set ? (files.length ? [files] : []) : files.map((f) => [f]);
  const opts = { cwd: io.cwd, form: args.form, inputFormat: args["input-format"] };
  const results = await lintFiles(groups, linter, opts);
  for (const e of errors) results.push({ file: resolve(io.cwd, e.pattern), findings: [], fatal: { file: resolve(io.cwd, e.pattern), message: e.message } });
  results.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));

  const shown = args.quiet ? results.map((r) => ({ ...r, findings: r.findings.filter((f) => f.severity === "error") })) : results;
  const ctx: ReportContext = {
    cwd: io.cwd,
    rules: linter.meta(),
    version: VERSION,
    color: args.color ?? (io.isTTY && !io.env.NO_COLOR && !args["output-file"]),
  };
  const report = formatters[args.format](shown, ctx);
  if (args["output-file"]) {
    try {
      writeFileSync(resolve(io.cwd, args["output-file"]), report);
    } catch (e) {
      throw new UsageError(`cannot write --output-file: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
    }
    // The summary still reaches the terminal.
    const summary = formatters.stylish(shown, { ...ctx, color: io.isTTY && !io.env.NO_COLOR }).trimEnd().split("\n").pop();
    if (summary) io.stdout(summary + "\n");
  } else {
    io.stdout(report);
  }
  return exitCode(results, args["fail-on"], args["max-warnings"]);
}

async function runFacts(files: string[], args: { form?: string; "input-format"?: InputFormat; set: boolean }, io: CliIO): Promise<number> {
  const { files: found, errors } = await discoverInputs(files, { cwd: io.cwd });
  const groups = args.set ? [found] : found.map((f) => [f]);
  const out: object[] = [];
  let code = errors.length ? 2 : 0;
  for (const e of errors) io.stderr(`disclint: ${e.message}\n`);
  for (const group of groups) {
    try {
      out.push(factsReport(await readDisclosure(group, { form: args.form, inputFormat: args["input-format"] }), io.cwd));
    } catch (err) {
      const fatal = toFatal(group[0], err);
      const where = fatal.line ? `:${fatal.line}:${fatal.column ?? 1}` : "";
      io.stderr(`disclint: ${group[0]}${where}: ${fatal.message}\n`);
      code = 2;
    }
  }
  io.stdout(JSON.stringify(out.length === 1 ? out[0] : out, null, 2) + "\n");
  return code;
}

function runRules(args: { "rules-dir": string[]; json: boolean }, io: CliIO): number {
  const linter = createLinter({ cwd: io.cwd, rulesDirs: args["rules-dir"] });
  const meta = linter.meta();
  if (args.json) {
    io.stdout(JSON.stringify(meta, null, 2) + "\n");
    return 0;
  }
  const w = Math.max(...meta.map((m) => m.id.length));
  for (const m of meta) io.stdout(`${m.id.padEnd(w)}  ${m.severity.padEnd(7)}  ${m.citation}\n${" ".repeat(w + 11)}${m.description}\n`);
  return 0;
}

function commonOptions<T>(y: Argv<T>) {
  return y
    .option("form", { type: "string", describe: "Form to assume when the input does not say (10-K, 20-F, 8-K, 6-K)" })
    .option("input-format", { choices: INPUT_FORMATS, describe: "Skip format detection" })
    .option("set", { type: "boolean", default: false, describe: "Read all inputs as one filing (a document set)" });
}

/** Runs the CLI; returns the exit code. Never throws for a user's mistake. */
export async function main(argv: string[], io: CliIO): Promise<number> {
  let code: number | undefined;
  let usage: string | undefined;
  const parser = yargs(argv)
    .scriptName("disclint")
    .usage("Usage: disclint [options] <files|dirs|globs…>\n\nLint SEC cybersecurity disclosures (10-K Item 1C, 20-F Item 16K, cyd Inline XBRL).")
    .command(
      "$0 [files..]",
      "Lint disclosures",
      (y) =>
        commonOptions(y)
          .positional("files", { type: "string", array: true, describe: "Files, folders or globs" })
          .option("format", { alias: "f", choices: FORMAT_NAMES, default: "stylish" as FormatName, describe: "Report format" })
          .option("fail-on", { choices: ["error", "warning", "info"] as const, default: "error" as Severity, describe: "Lowest severity that fails the run (exit 1)" })
          .option("max-warnings", { type: "number", default: -1, describe: "Fail when there are more warnings than this (-1: no limit)" })
          .option("quiet", { type: "boolean", default: false, describe: "Report errors only" })
          .option("rules-dir", { type: "string", array: true, default: [] as string[], describe: "Also load rules (and lexicons/) from this folder" })
          .option("rule", { type: "string", array: true, default: [] as string[], describe: "Set a rule's severity: <id>:<off|info|warning|error>" })
          .option("output-file", { alias: "o", type: "string", describe: "Write the report to a file" })
          .option("color", { type: "boolean", describe: "Force colour on or off (default: on a TTY unless NO_COLOR)" })
          .option("debug", { type: "boolean", default: false, describe: "Show stack traces of internal errors" }),
      async (args) => {
        const files = (args.files ?? []) as string[];
        if (files.length === 0) throw new UsageError("no input files: give files, folders or globs to lint (see --help)");
        if (!Number.isInteger(args["max-warnings"])) throw new UsageError("--max-warnings expects a whole number");
        code = await runLint({ ...(args as unknown as LintArgs), files }, io);
      },
    )
    .command(
      "facts <files..>",
      "Print the extracted disclosure model as JSON",
      (y) => commonOptions(y).positional("files", { type: "string", array: true }),
      async (args) => {
        code = await runFacts(args.files as string[], args as never, io);
      },
    )
    .command(
      "rules",
      "List every rule: id, default severity, citation, description",
      (y) =>
        y
          .option("rules-dir", { type: "string", array: true, default: [] as string[], describe: "Also load rules from this folder" })
          .option("json", { type: "boolean", default: false, describe: "Print as JSON" }),
      (args) => {
        code = runRules(args as never, io);
      },
    )
    .epilog(EPILOG)
    .strict()
    .help()
    .alias("h", "help")
    .version(VERSION)
    .alias("v", "version")
    .wrap(Math.min(100, process.stdout.columns || 100))
    .exitProcess(false)
    .fail((msg, err) => {
      if (err) throw err;
      usage = msg;
    });
  try {
    await parser.parseAsync(argv, {}, (_err, _argv, output) => {
      if (output) io.stdout(output + "\n");
    });
  } catch (err) {
    if (err instanceof UsageError || err instanceof InputError) {
      io.stderr(`disclint: ${err.message}\n`);
      return 2;
    }
    if (usage === undefined) {
      io.stderr(`disclint: internal error: ${(err as Error).message}\n`);
      if (argv.includes("--debug")) io.stderr(`${(err as Error).stack}\n`);
      return 2;
    }
  }
  if (usage !== undefined) {
    io.stderr(`disclint: ${usage}\nRun "disclint --help" for usage.\n`);
    return 2;
  }
  return code ?? 0;
}
