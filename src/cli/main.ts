import { writeFileSync } from "node:fs";
import { relative, resolve } from "node:path";
import type { Argv } from "yargs";
import { UsageError, InputError } from "../model/errors.js";
import { FORMS, knownForm } from "../model/form.js";
import { INPUT_FORMATS } from "../model/input-formats.js";
import { severityFromWord } from "../model/severity.js";
import type { InputFormat, Severity } from "../model/types.js";
import type { ReviewContext } from "../report/review.js";
import { VERSION } from "../paths.js";
import { FORMAT_NAMES, loadFormatter, REVIEW_FORMATS, type FormatName } from "../report/formats.js";
import { forLog, forTerminal, jsonText, oneLine } from "../report/untrusted.js";
import { Disclint, MAX_TIMEOUT_MS, type LintRun, type StdinInput } from "../run/run.js";
import { COMMANDS } from "./lone-input.js";
import type { RuleSetting } from "../engine/linter.js";

export interface CliIO {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  cwd: string;
  env: Record<string, string | undefined>;
  isTTY: boolean;
  /** Terminal width, when stdout is one (stylish wraps evidence to it). */
  columns?: number;
  /** Standard input's bytes (--stdin). */
  readStdin?: () => Promise<Uint8Array>;
}

const EPILOG = `Exit codes:
  0  no finding at or above --fail-on, and warnings within --max-warnings
  1  findings at or above --fail-on, or more warnings than --max-warnings
  2  usage error, unreadable or malformed input, invalid config or rule, internal error

Config: the nearest .disclintrc.json, .disclintrc.yaml or package.json "disclint" key, from each
file's folder up; --rule wins over it. Suppress inline with
  <!-- disclint-disable-next-line <rule-id> -- <reason> -->

Docs: https://github.com/disclint/disclint#readme`;

/** The arguments yargs hands over (choices and types checked; values checked in checkedLint). */
export interface LintArgv {
  files?: string[];
  format: FormatName;
  "fail-on": string;
  "max-warnings": number;
  quiet: boolean;
  form?: string;
  "input-format"?: InputFormat;
  strict: boolean;
  timeout: number;
  "rules-dir": string[];
  rule: string[];
  set: boolean;
  "output-file"?: string;
  color?: boolean;
  config?: string | false;
  "print-config"?: string;
  "report-unused-disable-directives": boolean;
  baseline?: string;
  "baseline-write"?: string;
  stdin: boolean;
  "stdin-filename"?: string;
  "ignore-pattern": string[];
  "inline-config": boolean;
}

/** The lint command's defaults, shared by its yargs options and the plain command line. */
const LINT_DEFAULTS = {
  format: "stylish" as FormatName,
  "fail-on": "error",
  "max-warnings": -1,
  quiet: false,
  strict: false,
  set: false,
  timeout: 60_000,
  "inline-config": true,
  "report-unused-disable-directives": false,
  stdin: false,
} as const;

/** What the plain command line's options set, and how each reads its value (none: a flag; undefined: not plain). */
const PLAIN_OPTIONS: Record<string, { key: keyof LintArgv; value?: (v: string) => unknown }> = {
  "-f": { key: "format", value: (v) => (FORMAT_NAMES as readonly string[]).includes(v) ? v : undefined },
  "-o": { key: "output-file", value: (v) => v },
  "--timeout": { key: "timeout", value: (v) => (/^(?:0|[1-9]\d{0,9})$/.test(v) ? Number(v) : undefined) },
  "--quiet": { key: "quiet" },
  "--strict": { key: "strict" },
};
PLAIN_OPTIONS["--format"] = PLAIN_OPTIONS["-f"];
PLAIN_OPTIONS["--output-file"] = PLAIN_OPTIONS["-o"];

/**
 * The lint options of a plain command line — files, and at most once each -f/--format, -o/--output-file,
 * --timeout, --quiet, --strict — read without yargs, which is ~25 ms of CPU to load (a tenth of a
 * cold run on one R page). Anything else (another option, a repeated one, a value that is not plain,
 * a command name among the files, no file) is undefined: yargs reads it. test/cli/plain-args.test.ts
 * requires yargs to read every plain command line the same way.
 */
export function plainLintArgs(argv: string[]): LintArgv | undefined {
  const args: LintArgv = { ...LINT_DEFAULTS, files: [], "rules-dir": [], rule: [], "ignore-pattern": [] };
  const seen = new Set<string>();
  for (let i = 0; i < argv.length; i++) {
    const token = argv[i];
    if (!token.startsWith("-")) {
      if (token === "" || COMMANDS.has(token)) return undefined;
      args.files!.push(token);
      continue;
    }
    const eq = token.startsWith("--") ? token.indexOf("=") : -1;
    const option = PLAIN_OPTIONS[eq > 0 ? token.slice(0, eq) : token];
    if (!option || seen.has(option.key)) return undefined;
    seen.add(option.key);
    if (!option.value) {
      if (eq > 0) return undefined;
      (args as unknown as Record<string, unknown>)[option.key] = true;
      continue;
    }
    const raw = eq > 0 ? token.slice(eq + 1) : argv[++i];
    const value = raw === undefined || raw === "" || raw.startsWith("-") ? undefined : option.value(raw);
    if (value === undefined) return undefined;
    (args as unknown as Record<string, unknown>)[option.key] = value;
  }
  return args.files!.length ? args : undefined;
}

function parseRuleFlags(flags: string[]): Map<string, RuleSetting> {
  const out = new Map<string, RuleSetting>();
  for (const flag of flags) {
    const m = /^([a-z0-9-]+):(\w+)$/.exec(flag);
    const setting = m && (m[2] === "off" ? "off" : severityFromWord(m[2]));
    if (!m || !setting) throw new UsageError(`--rule expects <id>:<off|info|warning|error>, got "${forTerminal(flag)}"`);
    out.set(m[1], setting);
  }
  return out;
}

function formOption(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const form = knownForm(value);
  if (!form) throw new UsageError(`--form "${forTerminal(value)}" is not a form disclint knows; use one of ${FORMS.join(", ")}`);
  return form;
}

function shown(cwd: string, file: string): string {
  const rel = relative(cwd, file);
  return forTerminal(rel && !rel.startsWith("..") ? rel : file);
}

/** Every value checked, nothing read or written yet: a Disclint ready to run. */
function checkedLint(args: LintArgv, io: CliIO): { disclint: Disclint; failOn: Severity } {
  const failOn = severityFromWord(args["fail-on"]);
  if (!failOn) throw new UsageError(`--fail-on expects error, warning (or warn) or info, got "${forTerminal(args["fail-on"])}"`);
  if (!Number.isInteger(args["max-warnings"]) || args["max-warnings"] < -1) throw new UsageError("--max-warnings expects a whole number (-1: no limit)");
  if (!Number.isInteger(args.timeout) || args.timeout < 0 || args.timeout > MAX_TIMEOUT_MS) {
    throw new UsageError(`--timeout expects a whole number of milliseconds from 0 (no limit) to ${MAX_TIMEOUT_MS}`);
  }
  if (args.config === "") throw new UsageError("--config expects a path to a config file");
  if (args.baseline !== undefined && args["baseline-write"] !== undefined) throw new UsageError("use --baseline or --baseline-write, not both");
  if (args.baseline === "" || args["baseline-write"] === "") throw new UsageError("--baseline and --baseline-write expect a file");
  if (args["output-file"] === "") throw new UsageError("--output-file expects a file");
  if (args["stdin-filename"] !== undefined && !args.stdin) throw new UsageError("--stdin-filename needs --stdin");
  const files = args.files ?? [];
  if (args.stdin && files.length > 0) throw new UsageError("give files or --stdin, not both");
  if (!args.stdin && files.length === 0 && args["print-config"] === undefined) throw new UsageError("no input files: give files, folders or globs to lint, or --stdin (see --help)");
  const output = args["output-file"] && resolve(io.cwd, args["output-file"]);
  if (output && files.some((f) => resolve(io.cwd, f) === output)) throw new UsageError(`--output-file ${forTerminal(args["output-file"]!)} is one of the files to lint; name another file`);
  const disclint = new Disclint({
    cwd: io.cwd,
    config: args.config,
    rules: parseRuleFlags(args.rule),
    form: formOption(args.form),
    rulesDirs: args["rules-dir"],
    inputFormat: args["input-format"],
    set: args.set,
    strict: args.strict,
    timeoutMs: args.timeout,
    reportUnusedDisableDirectives: args["report-unused-disable-directives"],
    inlineConfig: args["inline-config"],
    ignorePatterns: args["ignore-pattern"],
    // The review formats show the text: the job that lints a file reviews it too, in its time budget.
    review: REVIEW_FORMATS.has(args.format),
    failOn,
    maxWarnings: args["max-warnings"],
    quiet: args.quiet,
    baseline: args.baseline,
    baselineWrite: args["baseline-write"],
  });
  return { disclint, failOn };
}

/** The run's notes for the terminal (stderr): ignored, skipped, baseline. */
function notes(run: LintRun, io: CliIO): void {
  for (const f of run.ignoredExplicitly) io.stderr(`disclint: ${shown(io.cwd, f)}: ignored by the config's ignorePatterns\n`);
  if (run.skipped.length) {
    const list = run.skipped.map((f) => shown(io.cwd, f));
    io.stderr(`disclint: skipped ${list.length} file${list.length === 1 ? "" : "s"} that ${list.length === 1 ? "is" : "are"} not a disclosure (no R page, XBRL tags or cybersecurity section): ${list.join(", ")}\n`);
  }
  const b = run.baseline;
  if (!b) return;
  const at = `disclint: baseline ${shown(io.cwd, b.file)}`;
  if (b.recorded !== undefined) io.stderr(`${at}: recorded ${b.recorded} finding${b.recorded === 1 ? "" : "s"}\n`);
  else if (b.hidden > 0) io.stderr(`${at}: ${b.hidden} recorded finding${b.hidden === 1 ? "" : "s"} hidden\n`);
  const stale = b.stale.reduce((sum, e) => sum + e.count, 0);
  if (stale > 0) {
    io.stderr(`${at}: ${stale} stale entr${stale === 1 ? "y" : "ies"} (recorded, no longer found); refresh it with --baseline-write\n`);
    for (const e of b.stale.slice(0, 20)) io.stderr(`  ${forTerminal(e.file)}: ${e.ruleId} ${e.fingerprint}${e.count > 1 ? ` (×${e.count})` : ""}: ${forTerminal(e.message)}\n`);
    if (b.stale.length > 20) io.stderr(`  … and ${b.stale.length - 20} more\n`);
  }
}

async function runLint(args: LintArgv, io: CliIO): Promise<number> {
  const { disclint } = checkedLint(args, io);
  let stdin: StdinInput | undefined;
  if (args.stdin) {
    if (!io.readStdin) throw new UsageError("--stdin: no standard input");
    stdin = { bytes: await io.readStdin(), filename: args["stdin-filename"] };
  }
  const run = await disclint.lint(args.files ?? [], stdin);
  const output = args["output-file"] && resolve(io.cwd, args["output-file"]);
  if (output && run.files.includes(output)) throw new UsageError(`--output-file ${forTerminal(args["output-file"]!)} is one of the files to lint; name another file`);
  notes(run, io);

  const terminalColour = io.isTTY && !io.env.NO_COLOR;
  const ctx: ReviewContext = { cwd: io.cwd, rules: run.rules, version: VERSION, color: args.color ?? (terminalColour && !output), width: io.isTTY ? io.columns : undefined };
  if (REVIEW_FORMATS.has(args.format)) ctx.reviews = (await import("../report/review.js")).reviewsOf(run.results);
  const report = (await loadFormatter(args.format))(run.results, ctx);
  // For a person (stylish on stdout, or the summary of a report written to a file), the last
  // line says why the run failed; a machine format on stdout stays exactly that format.
  const failed = run.verdict.reasons.length ? `Failed: ${run.verdict.reasons.join("; ")}.\n` : "";
  if (output) {
    try {
      writeFileSync(output, report);
    } catch (e) {
      throw new UsageError(`cannot write --output-file: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
    }
    // The summary still reaches the terminal.
    const summary = (await import("../report/stylish.js")).stylishSummary(run.results, { ...ctx, color: args.color ?? terminalColour });
    if (summary) io.stdout(summary + "\n" + failed);
  } else {
    io.stdout(args.format === "stylish" ? report + failed : report);
  }
  return run.verdict.exitCode;
}

function runPrintConfig(args: LintArgv, io: CliIO): number {
  const { disclint } = checkedLint(args, io);
  // jsonText: a config (or file name) from a pull request holds no raw bidi or C1 control for the terminal.
  io.stdout(jsonText(disclint.printConfig(args["print-config"]!)) + "\n");
  return 0;
}

interface FactsArgv {
  files: string[];
  form?: string;
  "input-format"?: InputFormat;
  set: boolean;
  strict: boolean;
  "rules-dir": string[];
  config?: string | false;
}

async function runFacts(args: FactsArgv, io: CliIO): Promise<number> {
  const form = formOption(args.form);
  const [{ discoverInputs }, { readDisclosure }, { toFatal }, { factsReport }, { RuleSets }] = await Promise.all([
    import("../sources/discover.js"),
    import("../api.js"),
    import("../run/job.js"),
    import("./facts-json.js"),
    import("../config/rule-sets.js"),
  ]);
  const { files: found, errors } = await discoverInputs(args.files, { cwd: io.cwd });
  const explicit = new Set(args.files.map((p) => resolve(io.cwd, p)));
  const groups = args.set ? [found] : found.map((f) => [f]);
  // The section is judged with the rule set the file's config gives (its lexicon changes apply).
  const disclint = new Disclint({ cwd: io.cwd, rulesDirs: args["rules-dir"], config: args.config });
  const ruleSets = new RuleSets(io.cwd);
  const out: object[] = [];
  const skipped: string[] = [];
  let code = errors.length ? 2 : 0;
  for (const e of errors) io.stderr(`disclint: ${forTerminal(e.message)}\n`);
  for (const group of groups) {
    try {
      const ruleSet = ruleSets.forConfig(disclint.configFor(group[0]));
      out.push(factsReport(await readDisclosure(group, { form, inputFormat: args["input-format"], strict: args.strict }), io.cwd, ruleSet));
    } catch (err) {
      // A bad config or rule folder stops the run with its one line, as lint does (never "internal error").
      if (err instanceof UsageError) throw err;
      const fatal = toFatal(group[0], err);
      // As lint does: a file found in a folder that is no disclosure is skipped, not an error.
      if (fatal.notADisclosure && !explicit.has(group[0]) && group.length === 1) {
        skipped.push(shown(io.cwd, group[0]));
        continue;
      }
      const where = fatal.line ? `:${fatal.line}:${fatal.column ?? 1}` : "";
      io.stderr(`disclint: ${shown(io.cwd, group[0])}${where}: ${forTerminal(fatal.message)}\n`);
      code = 2;
    }
  }
  if (skipped.length) io.stderr(`disclint: skipped ${skipped.length} file${skipped.length === 1 ? "" : "s"} that ${skipped.length === 1 ? "is" : "are"} not a disclosure: ${skipped.join(", ")}\n`);
  io.stdout(jsonText(out.length === 1 ? out[0] : out) + "\n");
  return code;
}

interface RulesArgv {
  "rules-dir": string[];
  json: boolean;
  config?: string | false;
}

async function runRules(args: RulesArgv, io: CliIO): Promise<number> {
  if (args.config === "") throw new UsageError("--config expects a path to a config file");
  // Every rule the config for this folder can see (its rulesDirs too), with default severities.
  const meta = await new Disclint({ cwd: io.cwd, config: args.config, rulesDirs: args["rules-dir"] }).ruleCatalog();
  // A rule from a config's rulesDirs is a stranger's text: its citation and description are shown on one line each,
  // escaped for a terminal or CI log (no ANSI sequence, bidi override or "::" command), and its JSON as jsonText writes it.
  if (args.json) {
    io.stdout(jsonText(meta) + "\n");
    return 0;
  }
  const w = Math.max(...meta.map((m) => m.id.length));
  for (const m of meta) io.stdout(`${forLog(`${m.id.padEnd(w)}  ${m.severity.padEnd(7)}  ${oneLine(m.citation)}\n${" ".repeat(w + 11)}${oneLine(m.description)}`)}\n`);
  return 0;
}

interface InitArgv {
  form: string;
  format: "md" | "docx";
  output?: string;
  force: boolean;
}

async function runInitCommand(args: InitArgv, io: CliIO): Promise<number> {
  const { runInit } = await import("./init.js");
  return runInit({ form: args.form as "10-K" | "20-F", format: args.format, output: args.output, force: args.force, cwd: io.cwd }, io);
}

const CONFIG_OPTION = {
  alias: "c",
  type: "string",
  describe: "Use this config file for every input instead of the nearest .disclintrc.* (--no-config: use none)",
} as const;

const INIT_FORMS = ["10-K", "20-F"] as const;

function commonOptions<T>(y: Argv<T>) {
  return y
    .option("form", { type: "string", describe: `Form to assume when the input does not say (${FORMS.join(", ")}); 8-K or 6-K reads an untagged draft that reports a cybersecurity incident as an incident report` })
    .option("input-format", { choices: INPUT_FORMATS, describe: "Skip format detection (a format that does not fit a file is an error for that file)" })
    .option("set", { type: "boolean", default: LINT_DEFAULTS.set, describe: "Read all inputs as one filing (a document set)" })
    .option("strict", { type: "boolean", default: LINT_DEFAULTS.strict, describe: "Also check that each Inline XBRL / XBRL document is well-formed XML throughout" });
}

/** yargs' own messages, in disclint's words. */
function usageMessage(msg: string, argv: readonly string[]): string {
  const unknown = /^Unknown arguments?: (.*)$/.exec(msg);
  if (unknown) {
    // yargs names each unknown flag twice (--such-flag, --suchFlag); once is enough. It also drops a
    // "no-" prefix (--no-such-flag is --such-flag set false): name the option as it was typed.
    const typed = (a: string) => (!argv.some((t) => t === `--${a}` || t.startsWith(`--${a}=`)) && argv.some((t) => t === `--no-${a}` || t.startsWith(`--no-${a}=`)) ? `--no-${a}` : `--${a}`);
    const names = unknown[1].split(/,\s*/).filter((a) => a.length === 1 || !/[A-Z]/.test(a));
    return `unknown option${names.length > 1 ? "s" : ""}: ${names.map((a) => (a.length === 1 ? `-${a}` : typed(a))).join(", ")}`;
  }
  if (/^Not enough non-option arguments/.test(msg)) return "no input files: give a file or folder";
  const invalid = /^Invalid values:\s*Argument: ([\w-]+), Given: (.*), Choices: (.*)$/s.exec(msg.replace(/\n\s*/g, " "));
  if (invalid) return `--${invalid[1]}: ${invalid[2].trim()} is not one of ${invalid[3].trim()}`;
  return msg.replace(/\n\s*/g, " ");
}

type Chosen = () => Promise<number>;

/** Runs the CLI; returns the exit code. Never throws for a user's mistake. */
export async function main(argv: string[], rawIo: CliIO): Promise<number> {
  // Messages quote file names and config text: nothing on stderr may act on a terminal or CI log.
  const io: CliIO = { ...rawIo, stderr: (s) => rawIo.stderr(forLog(s)) };
  // yargs runs a command's handler before it checks the rest of the line, so handlers only choose
  // what to run: nothing is read, printed or written until every option has been checked.
  let chosen: Chosen | undefined;
  let usage: string | undefined;
  const plain = plainLintArgs(argv);
  try {
    if (plain) return await runLint(plain, io);
    const parser = await parserFor(argv, io, {
      lint: (a) => (chosen = () => (a["print-config"] !== undefined ? Promise.resolve(printConfigChecked(a, io)) : runLint(a, io))),
      facts: (a) => (chosen = () => runFacts(a, io)),
      init: (a) => (chosen = () => runInitCommand(a, io)),
      rules: (a) => (chosen = () => runRules(a, io)),
      fail: (msg) => (usage = msg),
    });
    await parser.parseAsync(argv, {}, (_err, _argv, output) => {
      if (output && usage === undefined) io.stdout(output + "\n");
    });
    if (usage !== undefined) return usageError(`${usageMessage(usage, argv)} (see disclint --help)`, io);
    return chosen ? await chosen() : 0;
  } catch (err) {
    if (usage !== undefined) return usageError(`${usageMessage(usage, argv)} (see disclint --help)`, io);
    if (err instanceof UsageError || err instanceof InputError) return usageError(err.message, io);
    io.stderr(`disclint: internal error: ${forTerminal((err as Error)?.message ?? String(err))}\n`);
    if (argv.includes("--debug")) io.stderr(`${(err as Error).stack}\n`);
    return 2;
  }
}

interface Handlers {
  lint: (args: LintArgv) => void;
  facts: (args: FactsArgv) => void;
  init: (args: InitArgv) => void;
  rules: (args: RulesArgv) => void;
  /** yargs' message for a usage mistake. */
  fail: (msg: string) => void;
}

/** The command line's yargs parser (loaded only now), each command's handler given its checked arguments. */
export async function parserFor(argv: string[], io: Pick<CliIO, "columns">, on: Handlers) {
  const { default: yargs } = await import("yargs");
  return yargs(argv)
    .scriptName("disclint")
    .usage("Usage: disclint [options] <files|dirs|globs…>\n\nLint SEC cybersecurity disclosures (10-K Item 1C, 20-F Item 16K, cyd Inline XBRL).")
    .command(
      "$0 [files..]",
      "Lint disclosures",
      (y) =>
        commonOptions(y)
          .positional("files", { type: "string", array: true, describe: "Files, folders or globs" })
          .option("format", { alias: "f", choices: FORMAT_NAMES, default: LINT_DEFAULTS.format, describe: "Report format" })
          .option("fail-on", { type: "string", default: LINT_DEFAULTS["fail-on"], describe: "Lowest severity that fails the run (exit 1): error, warning (warn), info" })
          .option("max-warnings", { type: "number", default: LINT_DEFAULTS["max-warnings"], describe: "Fail when there are more warnings than this (-1: no limit)" })
          .option("quiet", { type: "boolean", default: LINT_DEFAULTS.quiet, describe: "Report only findings that fail the run (default: errors)" })
          .option("rules-dir", { type: "string", array: true, nargs: 1, default: [] as string[], describe: "Also load rules (and lexicons/) from this folder" })
          .option("rule", { type: "string", array: true, nargs: 1, default: [] as string[], describe: "Set a rule's severity: <id>:<off|info|warning|error> (wins over the config)" })
          .option("config", CONFIG_OPTION)
          .option("print-config", { type: "string", describe: "Print the config that applies to this file (JSON) and exit" })
          .option("ignore-pattern", { type: "string", array: true, nargs: 1, default: [] as string[], describe: "Leave files matching this glob out of folder walks and globs (repeatable)" })
          .option("inline-config", { type: "boolean", default: LINT_DEFAULTS["inline-config"], describe: "Honour inline disclint-disable directives (--no-inline-config: report past them)" })
          .option("report-unused-disable-directives", { type: "boolean", default: LINT_DEFAULTS["report-unused-disable-directives"], describe: "Report disclint-disable directives that suppress nothing (as disclint-directive errors)" })
          .option("baseline", { type: "string", describe: "Hide the findings recorded in this baseline file; fail only on new ones" })
          .option("baseline-write", { type: "string", describe: "Record the current findings in this baseline file (the run then passes)" })
          .option("stdin", { type: "boolean", default: LINT_DEFAULTS.stdin, describe: "Lint the disclosure read from standard input" })
          .option("stdin-filename", { type: "string", describe: "The file name to report for --stdin (and to detect its format and find its config by)" })
          .option("output-file", { alias: "o", type: "string", describe: "Write the report to a file (never one of the inputs)" })
          .option("color", { type: "boolean", describe: "Force colour on or off (default: on a TTY unless NO_COLOR)" })
          .option("timeout", { type: "number", default: LINT_DEFAULTS.timeout, describe: `Time budget per file in ms, 0 to ${MAX_TIMEOUT_MS}: a file over it is stopped, a fatal error, and the run goes on (0: no limit)` })
          .option("debug", { type: "boolean", default: false, describe: "Show stack traces of internal errors" }),
      (args) => on.lint(args as unknown as LintArgv),
    )
    .command(
      "facts <files..>",
      "Print the extracted disclosure model as JSON: facts, and the section's paragraphs with the block and the elements of each",
      (y) =>
        commonOptions(y)
          .positional("files", { type: "string", array: true })
          .option("rules-dir", { type: "string", array: true, nargs: 1, default: [] as string[], describe: "Also load rules, lexicons and requirements from this folder" })
          .option("config", CONFIG_OPTION),
      (args) => on.facts(args as unknown as FactsArgv),
    )
    .command(
      "init",
      "Write a starting Item 1C / Item 16K draft: one heading per requirement, guidance in comments",
      (y) =>
        y
          .option("form", { choices: INIT_FORMS, default: "10-K" as const, describe: "Form 10-K (Item 1C) or Form 20-F (Item 16K)" })
          .option("format", { choices: ["md", "docx"] as const, default: "md" as const, describe: "Markdown or Word (.docx)" })
          .option("output", { alias: "o", type: "string", describe: "File to write (default: item1c-draft.md, item16k-draft.docx …)" })
          .option("force", { type: "boolean", default: false, describe: "Overwrite the file if it exists" }),
      (args) => on.init(args),
    )
    .command(
      "rules",
      "List every rule: id, default severity, citation, description",
      (y) =>
        y
          .option("rules-dir", { type: "string", array: true, nargs: 1, default: [] as string[], describe: "Also load rules from this folder" })
          .option("config", CONFIG_OPTION)
          .option("json", { type: "boolean", default: false, describe: "Print as JSON" }),
      (args) => on.rules(args as unknown as RulesArgv),
    )
    .epilog(EPILOG)
    .strict()
    .help()
    .alias("h", "help")
    .version(VERSION)
    .alias("v", "version")
    .wrap(Math.min(100, io.columns || 100))
    .exitProcess(false)
    .fail((msg, err) => {
      if (err) throw err;
      on.fail(msg);
    });
}

function printConfigChecked(args: LintArgv, io: CliIO): number {
  if (args["print-config"] === "") throw new UsageError("--print-config expects a file");
  return runPrintConfig(args, io);
}

function usageError(message: string, io: CliIO): number {
  // One line: what is wrong, in the option's own words.
  io.stderr(`disclint: ${forTerminal(message)}\n`);
  return 2;
}
