// The plain command line (files, -f, -o, --timeout, --quiet, --strict) is read without yargs, to
// spare a cold start yargs' loading: every such line must give exactly the options yargs gives, and
// anything else must be left to yargs.
import { describe, expect, it } from "vitest";
import { parserFor, plainLintArgs, type LintArgv } from "../../src/cli/main.js";

/** What yargs makes of a command line: the lint command's arguments, or its usage message. */
async function byYargs(argv: string[]): Promise<{ lint?: LintArgv; usage?: string; other?: string }> {
  const out: { lint?: LintArgv; usage?: string; other?: string } = {};
  const parser = await parserFor(argv, { columns: 100 }, {
    lint: (a) => (out.lint = a),
    facts: () => (out.other = "facts"),
    init: () => (out.other = "init"),
    rules: () => (out.other = "rules"),
    fail: (msg) => (out.usage = msg),
  });
  await parser.parseAsync(argv, {}, () => undefined);
  return out;
}

const PLAIN: string[][] = [
  ["a.txt"],
  ["a.txt", "b/c.htm", "dir"],
  ["123"],
  ["0x10", "1e3", "007", "-0.txt".slice(1)],
  ["a b.txt", "ünïcode.htm", "x=y.txt", "**/*.htm", "a.b.c"],
  ["a.txt", "-f", "json"],
  ["-f", "sarif", "a.txt"],
  ["--format", "github", "a.txt"],
  ["--format=junit", "a.txt"],
  ["a.txt", "-o", "out.json"],
  ["a.txt", "-o", "123"],
  ["--output-file", "r.sarif", "-f", "sarif", "a.txt"],
  ["--output-file=r.html", "a.txt", "-f", "html"],
  ["a.txt", "--timeout", "0"],
  ["a.txt", "--timeout", "1500"],
  ["--timeout=60000", "a.txt"],
  ["--quiet", "a.txt"],
  ["a.txt", "--strict", "b.txt"],
  ["--quiet", "--strict", "-f", "markdown", "-o", "o.md", "--timeout", "1", "x", "y"],
];

const NOT_PLAIN: string[][] = [
  [],
  ["facts", "a.txt"],
  ["a.txt", "rules"],
  ["init"],
  ["a.txt", "-f", "bogus"],
  ["a.txt", "-f"],
  ["a.txt", "-f", "json", "-f", "sarif"],
  ["a.txt", "-f=json"],
  ["a.txt", "-o", "-f"],
  ["a.txt", "--output-file="],
  ["a.txt", "--timeout", "-5"],
  ["a.txt", "--timeout", "1e3"],
  ["a.txt", "--timeout", "0100"],
  ["a.txt", "--quiet=true"],
  ["a.txt", "--no-quiet"],
  ["a.txt", "--rule", "x:off"],
  ["a.txt", "--"],
  ["-", "a.txt"],
  [""],
  ["a.txt", "-h"],
  ["--version"],
  ["a.txt", "--debug"],
];

describe("the plain command line", () => {
  it.each(PLAIN.map((argv) => [argv.join(" "), argv]))("%s: read as yargs reads it", async (_, argv) => {
    const plain = plainLintArgs(argv as string[]);
    expect(plain).toBeDefined();
    const y = await byYargs(argv as string[]);
    expect(y.usage).toBeUndefined();
    expect(y.other).toBeUndefined();
    const keys = Object.keys(plain!) as (keyof LintArgv)[];
    expect(keys.length).toBeGreaterThan(10);
    // Every option the lint command reads, set or not.
    for (const k of [...keys, "form", "input-format", "output-file", "color", "config", "print-config", "baseline", "baseline-write", "stdin-filename"] as const) {
      expect([k, plain![k]]).toEqual([k, y.lint![k]]);
    }
  });

  it.each(NOT_PLAIN.map((argv) => [JSON.stringify(argv), argv]))("%s: left to yargs", (_, argv) => {
    expect(plainLintArgs(argv as string[])).toBeUndefined();
  });
});
