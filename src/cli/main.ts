import { writeFileSync } from "node:fs";
import { dirname, relative, resolve } from "node:path";
import yargs, { type Argv } from "yargs";
import { Disclint, readDisclosure, toFatal } from "../api.js";
import { applyBaseline, createBaseline, readBaseline, writeBaseline } from "../engine/baseline.js";
import { Linter, type RuleSetting } from "../engine/linter.js";
import { InputError, UsageError } from "../model/errors.js";
import type { FileResult, InputFormat, ReportContext, Severity } from "../model/types.js";
import { VERSION } from "../paths.js";
import { FORMAT_NAMES, formatters, summarize, type FormatName } from "../report/index.js";
import { discoverInputs } from "../sources/discover.js";
import { forLog, jsonText } from "../report/untrusted.js";
import { factsReport } from "./facts-json.js";
import { runInit } from "./init.js";

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
  2  usage error, unreadable or malformed input, invalid config or rule, internal error

Config: the nearest .disclintrc.json, .disclintrc.yaml or package.json "disclint" key, from each
file's folder up; --rule wins over it. Suppress inline with
  <!-- disclint-disable-next-line <rule-id> -- <reason> -->

Docs: https://github.com/disclint/disclint#readme`;

interface LintArgs {
  files: string[];
  format: FormatName;
  "fail-on": Severity;
  "max-warnings": number;
  quiet: boolean;
  form?: string;
  "input-format"?: InputFormat;
  strict?: boolean;
  timeout: number;
  "rules-dir": string[];
  rule: string[];
  set: boolean;
  "output-file"?: string;
  color?: boolean;
  debug: boolean;
  config?: string | false;
  "print-config"?: string;
  "report-unused-disable-directives": boolean;
  baseline?: string;
  "baseline-write"?: string;
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

function disclintFor(args: Pick<LintArgs, "config" | "rules-dir" | "form" | "input-format" | "set" | "strict" | "timeout" | "report-unused-disable-directives">, rules: Map<string, RuleSetting>, io: CliIO): Disclint {
  if (args.config === "") throw new UsageError("--config expects a path to a config file");
  return new Disclint({
    cwd: io.cwd,
    config: args.config,
    rules,
    form: args.form,
    rulesDirs: args["rules-dir"],
    inputFormat: args["input-format"],
    set: args.set,
    strict: args.strict,
    timeoutMs: args.timeout || undefined,
    reportUnusedDisableDirectives: args["report-unused-disable-directives"],
  });
}

function shown(cwd: string, file: string): string {
  const rel = relative(cwd, file);
  return rel && !rel.startsWith("..") ? rel : file;
}

async function runLint(args: LintArgs, io: CliIO): Promise<number> {
  const disclint = disclintFor(args, parseRuleFlags(args.rule), io);
  const run = await disclint.lint(args.files);
  for (const f of run.ignoredExplicitly) io.stderr(`disclint: ${shown(io.cwd, f)}: ignored by the config's ignorePatterns\n`);
  if (run.skipped.length) {
    const list = run.skipped.map((f) => shown(io.cwd, f));
    io.stderr(`disclint: skipped ${list.length} file${list.length === 1 ? "" : "s"} that ${list.length === 1 ? "is" : "are"} not a disclosure (no R page, XBRL tags or cybersecurity section): ${list.join(", ")}\n`);
  }
  let results = run.results;
  for (const e of run.discoverErrors) results.push({ file: resolve(io.cwd, e.pattern), findings: [], fatal: { file: resolve(io.cwd, e.pattern), message: e.message } });
  results.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  const rules = disclint.rulesMeta(results);

  if (args["baseline-write"]) {
    const path = resolve(io.cwd, args["baseline-write"]);
    const baseline = createBaseline(results, dirname(path));
    writeBaseline(path, baseline);
    const n = baseline.findings.reduce((sum, e) => sum + e.count, 0);
    io.stderr(`disclint: baseline ${shown(io.cwd, path)}: recorded ${n} finding${n === 1 ? "" : "s"}\n`);
    results = applyBaseline(results, baseline, dirname(path), run.files).results;
  } else if (args.baseline) {
    const path = resolve(io.cwd, args.baseline);
    const outcome = applyBaseline(results, readBaseline(path, shown(io.cwd, path)), dirname(path), run.files);
    results = outcome.results;
    if (outcome.hidden > 0) io.stderr(`disclint: baseline ${shown(io.cwd, path)}: ${outcome.hidden} recorded finding${outcome.hidden === 1 ? "" : "s"} hidden\n`);
    const stale = outcome.stale.reduce((sum, e) => sum + e.count, 0);
    if (stale > 0) {
      io.stderr(`disclint: baseline ${shown(io.cwd, path)}: ${stale} stale entr${stale === 1 ? "y" : "ies"} (recorded, no longer found); refresh it with --baseline-write\n`);
      for (const e of outcome.stale.slice(0, 20)) io.stderr(`  ${e.file}: ${e.ruleId} ${e.fingerprint}${e.count > 1 ? ` (×${e.count})` : ""}: ${e.message}\n`);
      if (outcome.stale.length > 20) io.stderr(`  … and ${outcome.stale.length - 20} more\n`);
    }
  }

  const shownResults = args.quiet ? results.map((r) => ({ ...r, findings: r.findings.filter((f) => f.severity === "error") })) : results;
  const ctx: ReportContext = {
    cwd: io.cwd,
    rules,
    version: VERSION,
    color: args.color ?? (io.isTTY && !io.env.NO_COLOR && !args["output-file"]),
  };
  const report = formatters[args.format](shownResults, ctx);
  if (args["output-file"]) {
    try {
      writeFileSync(resolve(io.cwd, args["output-file"]), report);
    } catch (e) {
      throw new UsageError(`cannot write --output-file: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
    }
    // The summary still reaches the terminal.
    const summary = formatters.stylish(shownResults, { ...ctx, color: io.isTTY && !io.env.NO_COLOR }).trimEnd().split("\n").pop();
    if (summary) io.stdout(summary + "\n");
  } else {
    io.stdout(report);
  }
  return exitCode(results, args["fail-on"], args["max-warnings"]);
}

function runPrintConfig(args: LintArgs, io: CliIO): number {
  const disclint = disclintFor(args, parseRuleFlags(args.rule), io);
  const printed = disclint.printConfig(args["print-config"]!);
  disclint.checkRuleFlags();
  io.stdout(JSON.stringify(printed, null, 2) + "\n");
  return 0;
}

async function runFacts(files: string[], args: { form?: string; "input-format"?: InputFormat; set: boolean; strict?: boolean }, io: CliIO): Promise<number> {
  const { files: found, errors } = await discoverInputs(files, { cwd: io.cwd });
  const groups = args.set ? [found] : found.map((f) => [f]);
  const out: object[] = [];
  let code = errors.length ? 2 : 0;
  for (const e of errors) io.stderr(`disclint: ${e.message}\n`);
  for (const group of groups) {
    try {
      out.push(factsReport(await readDisclosure(group, { form: args.form, inputFormat: args["input-format"], strict: args.strict }), io.cwd));
    } catch (err) {
      const fatal = toFatal(group[0], err);
      const where = fatal.line ? `:${fatal.line}:${fatal.column ?? 1}` : "";
      io.stderr(`disclint: ${group[0]}${where}: ${fatal.message}\n`);
      code = 2;
    }
  }
  io.stdout(jsonText(out.length === 1 ? out[0] : out) + "\n");
  return code;
}

function runRules(args: { "rules-dir": string[]; json: boolean; config?: string | false }, io: CliIO): number {
  // Every rule the config for this folder can see (its rulesDirs too), with default severities.
  const disclint = disclintFor({ ...args, set: false, timeout: 0, "report-unused-disable-directives": false }, new Map(), io);
  const meta = new Linter(disclint.ruleSetFor(disclint.configFor(resolve(io.cwd, "_")))).meta();
  if (args.json) {
    io.stdout(JSON.stringify(meta, null, 2) + "\n");
    return 0;
  }
  const w = Math.max(...meta.map((m) => m.id.length));
  for (const m of meta) io.stdout(`${m.id.padEnd(w)}  ${m.severity.padEnd(7)}  ${m.citation}\n${" ".repeat(w + 11)}${m.description}\n`);
  return 0;
}

const CONFIG_OPTION = {
  alias: "c",
  type: "string",
  describe: "Use this config file for every input instead of the nearest .disclintrc.* (--no-config: use none)",
} as const;

function commonOptions<T>(y: Argv<T>) {
  return y
    .option("form", { type: "string", describe: "Form to assume when the input does not say (10-K, 20-F, 8-K, 6-K)" })
    .option("input-format", { choices: INPUT_FORMATS, describe: "Skip format detection" })
    .option("set", { type: "boolean", default: false, describe: "Read all inputs as one filing (a document set)" })
    .option("strict", { type: "boolean", default: false, describe: "Also check that each Inline XBRL / XBRL document is well-formed XML throughout" });
}

/** Runs the CLI; returns the exit code. Never throws for a user's mistake. */
export async function main(argv: string[], rawIo: CliIO): Promise<number> {
  // Messages quote file names and config text: nothing on stderr may act on a terminal or CI log.
  const io: CliIO = { ...rawIo, stderr: (s) => rawIo.stderr(forLog(s)) };
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
          .option("rules-dir", { type: "string", array: true, nargs: 1, default: [] as string[], describe: "Also load rules (and lexicons/) from this folder" })
          .option("rule", { type: "string", array: true, nargs: 1, default: [] as string[], describe: "Set a rule's severity: <id>:<off|info|warning|error> (wins over the config)" })
          .option("config", CONFIG_OPTION)
          .option("print-config", { type: "string", describe: "Print the config that applies to this file (JSON) and exit" })
          .option("report-unused-disable-directives", { type: "boolean", default: false, describe: "Report disclint-disable directives that suppress nothing (as disclint-directive errors)" })
          .option("baseline", { type: "string", describe: "Hide the findings recorded in this baseline file; fail only on new ones" })
          .option("baseline-write", { type: "string", describe: "Record the current findings in this baseline file (the run then passes)" })
          .option("output-file", { alias: "o", type: "string", describe: "Write the report to a file" })
          .option("color", { type: "boolean", describe: "Force colour on or off (default: on a TTY unless NO_COLOR)" })
          .option("timeout", { type: "number", default: 60_000, describe: "Time budget per file in ms: a file over it is a fatal error and the run goes on (0: no limit)" })
          .option("debug", { type: "boolean", default: false, describe: "Show stack traces of internal errors" }),
      async (args) => {
        const files = (args.files ?? []) as string[];
        if (args["print-config"] !== undefined) {
          if (args["print-config"] === "") throw new UsageError("--print-config expects a file");
          code = runPrintConfig({ ...(args as unknown as LintArgs), files }, io);
          return;
        }
        if (files.length === 0) throw new UsageError("no input files: give files, folders or globs to lint (see --help)");
        if (args.baseline !== undefined && args["baseline-write"] !== undefined) throw new UsageError("use --baseline or --baseline-write, not both");
        if (args.baseline === "" || args["baseline-write"] === "") throw new UsageError("--baseline and --baseline-write expect a file");
        if (!Number.isInteger(args["max-warnings"])) throw new UsageError("--max-warnings expects a whole number");
        if (!Number.isInteger(args.timeout) || args.timeout < 0) throw new UsageError("--timeout expects a whole number of milliseconds (0: no limit)");
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
      "init",
      "Write a starting Item 1C / Item 16K draft: one heading per requirement, guidance in comments",
      (y) =>
        y
          .option("form", { choices: ["10-K", "20-F"] as const, default: "10-K" as const, describe: "Form 10-K (Item 1C) or Form 20-F (Item 16K)" })
          .option("format", { choices: ["md", "docx"] as const, default: "md" as const, describe: "Markdown or Word (.docx)" })
          .option("output", { alias: "o", type: "string", describe: "File to write (default: item1c-draft.md, item16k-draft.docx …)" })
          .option("force", { type: "boolean", default: false, describe: "Overwrite the file if it exists" }),
      (args) => {
        code = runInit({ form: args.form, format: args.format, output: args.output, force: args.force, cwd: io.cwd }, io);
      },
    )
    .command(
      "rules",
      "List every rule: id, default severity, citation, description",
      (y) =>
        y
          .option("rules-dir", { type: "string", array: true, nargs: 1, default: [] as string[], describe: "Also load rules from this folder" })
          .option("config", CONFIG_OPTION)
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
