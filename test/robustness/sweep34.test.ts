// Round 34's fuzz sweep (docs/robustness.md): the defects it found, each rebuilt as a small input.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { zip } from "../../src/sources/docx.js";
import { quotedTerm, TERM_MAX } from "../../src/engine/linter.js";
import { oneLine } from "../../src/report/untrusted.js";
import { growthOver4x } from "../helpers.js";
import { checkOutput } from "./fuzz-harness.js";
import { cli, ROOT, rPage, STACK_FRAME, tmpDir } from "./helpers.js";
import { unzip } from "./mutations.js";

const GOOD = rPage("Our Board oversees cybersecurity risk through the [TBD] Committee.");

/** A billion laughs in YAML: `depth` levels of nine aliases each. */
function aliasBomb(depth: number): string {
  const levels = ["a: &a [x, x, x, x, x, x, x, x, x]"];
  for (let i = 1; i < depth; i++) {
    const prev = String.fromCharCode(96 + i);
    const name = String.fromCharCode(97 + i);
    levels.push(`${name}: &${name} [${Array(9).fill(`*${prev}`).join(", ")}]`);
  }
  return `${levels.join("\n")}\n`;
}

describe("sweep 34: a YAML draft that is an alias bomb", () => {
  it("is a one-line input error naming the YAML, not an internal error, in lint and in facts", async () => {
    const dir = tmpDir("s34-yaml-bomb");
    writeFileSync(join(dir, "draft.yaml"), `form: 10-K\n${aliasBomb(9)}`);
    const lint = await cli(["draft.yaml", "-f", "json"], dir);
    expect(lint.code).toBe(2);
    const [result] = JSON.parse(lint.stdout) as Array<{ messages: Array<{ fatal?: boolean; message: string }> }>;
    expect(result.messages).toHaveLength(1);
    expect(result.messages[0].message).toBe("invalid YAML: Excessive alias count indicates a resource exhaustion attack");
    const facts = await cli(["facts", "draft.yaml"], dir);
    expect(facts.code).toBe(2);
    expect(facts.stderr).toBe("disclint: draft.yaml: invalid YAML: Excessive alias count indicates a resource exhaustion attack\n");
  });
});

describe("sweep 34: `facts` with a bad config or rules folder", () => {
  it("an invalid config is a one-line config error (as lint reports it), not an internal error", async () => {
    const dir = tmpDir("s34-facts-config");
    writeFileSync(join(dir, "a.txt"), GOOD);
    writeFileSync(join(dir, "b.txt"), GOOD);
    writeFileSync(join(dir, ".disclintrc.json"), '{"__proto__":{"polluted":1},"rules":{"constructor":"off"}}');
    const lint = await cli(["a.txt", "b.txt"], dir);
    const facts = await cli(["facts", "a.txt", "b.txt"], dir);
    expect(lint.code).toBe(2);
    expect(facts.code).toBe(2);
    expect(lint.stderr).toBe("disclint: .disclintrc.json: __proto__: unknown property\n");
    // Said once for the run, not once a file, and never called internal.
    expect(facts.stderr).toBe(lint.stderr);
    expect(facts.stdout).toBe("");
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("an invalid rule file in --rules-dir: the line lint prints, exit 2", async () => {
    const dir = tmpDir("s34-facts-rules");
    writeFileSync(join(dir, "a.txt"), GOOD);
    const rules = join(dir, "r");
    mkdirSync(rules);
    writeFileSync(join(rules, "bad.json"), "{bad");
    const lint = await cli(["a.txt", "--rules-dir", "r"], dir);
    const facts = await cli(["facts", "a.txt", "--rules-dir", "r"], dir);
    expect(lint.code).toBe(2);
    expect(facts.code).toBe(2);
    expect(facts.stderr).toBe(lint.stderr);
    expect(facts.stderr).not.toMatch(/internal error/);
    expect(facts.stderr).not.toMatch(STACK_FRAME);
  });
});

describe("the sweep's output invariants can fail", () => {
  const ok = { stylish: "a.htm\n  1:1  error  x  rule\n", github: "::error file=a.htm,line=1,col=1,title=rule::x\n" };
  it("accepts what disclint prints", () => {
    expect(checkOutput("stylish", 1, ok.stylish, "")).toBeNull();
    expect(checkOutput("github", 1, ok.github, "")).toBeNull();
    expect(checkOutput("junit", 0, '<?xml version="1.0"?><testsuites><testsuite name="a"/></testsuites>\n', "")).toBeNull();
    expect(checkOutput("facts", 2, "[]\n", "disclint: a.htm: invalid YAML: x\n")).toBeNull();
  });
  it.each([
    ["stylish", 1, "a\u001b[2J.htm\n", "", /raw control in stylish/],
    ["stylish", 1, "a\u202e.htm\n", "", /raw control in stylish/],
    ["github", 1, `${ok.github}::stop-commands::t\n`, "", /starts a command/],
    ["github", 1, "::error file=a,title=r::x\r::warning::y\n", "", /raw control character in github/],
    ["junit", 1, "<testsuites><testsuite></testsuites>", "", /not well-formed XML/],
    ["junit", 1, "<testsuites>\u0001</testsuites>", "", /XML 1.0 forbids/],
    ["html", 1, "<p><x-inj onclick=1></p>", "", /raw <x-inj/],
    ["markdown", 1, "| <x-inj onclick=1> |", "", /raw <x-inj/],
    ["json", 1, "[", "", /not JSON/],
    ["facts", 2, "", "", /not JSON/],
    ["json", 3, "[]", "", /exit code 3/],
    ["json", 2, "[]", "disclint: internal error: x\n", /crash/],
    ["json", 2, "[]", "Error: x\n    at f (a.js:1:2)\n", /crash/],
    ["json", 2, "[]", "oops\n", /not disclint's/],
    ["json", 1, '[{"message":"internal error: x"}]', "", /internal error in json/],
  ] as const)("%s exit %i: %j", (output, code, stdout, stderr, verdict) => {
    expect(checkOutput(output, code, stdout, stderr)).toMatch(verdict);
  });
});

describe("sweep 34: --print-config", () => {
  it("a config from a pull request with bidi and C1 controls prints them as \\u escapes, values unchanged", async () => {
    const dir = tmpDir("s34-print-config");
    writeFileSync(join(dir, "a.txt"), GOOD);
    const rules = "rules\u202eexe\u009b31m\u2066##[group]";
    mkdirSync(join(dir, rules));
    writeFileSync(join(dir, ".disclintrc.json"), JSON.stringify({ rulesDirs: [rules] }));
    const r = await cli(["--print-config", "a\u202e.txt"], dir);
    expect(r.code).toBe(0);
    expect(checkOutput("stylish", r.code, r.stdout, r.stderr)).toBeNull();
    expect(r.stdout).toContain('"rules\\u202eexe\\u009b31m\\u2066#\\u0023[group]"');
    const printed = JSON.parse(r.stdout) as { file: string; rulesDirs: string[] };
    expect(printed.rulesDirs).toEqual([rules]);
    expect(printed.file).toBe("a\u202e.txt");
  });
});

describe("sweep 34: a message quoting a long run of spaces (seed 3401 path 193)", () => {
  // A mutation nested 20,000 "  " into a JSON draft; text-spacing quoted the 38,000 spaces, and
  // oneLine's line-break pattern scanned the run again from each of its spaces: stylish and github
  // took 20 s for one finding.
  it("oneLine is linear in a run of spaces, and still joins lines", async () => {
    expect(oneLine("a  \t\n  b \u2028\u0085 c\r\n\n d  e")).toBe("a b c d  e");
    expect(oneLine(`a${" ".repeat(10)}b`)).toBe(`a${" ".repeat(10)}b`);
    expect(await growthOver4x((n) => oneLine(`a${" ".repeat(n)}b`), 40_000)).toBeLessThan(8);
    expect(await growthOver4x((n) => oneLine(`a${" \t".repeat(n)}\nb`), 40_000)).toBeLessThan(8);
  });
  it("a finding quotes at most TERM_MAX characters of its term: the start and the end around an ellipsis, spaces kept", async () => {
    expect(quotedTerm("word  ,")).toBe("word  ,");
    expect(quotedTerm(`and${" ".repeat(5000)}also`)).toBe(`and${" ".repeat(56)}…${" ".repeat(55)}also`);
    expect(quotedTerm(`and${" ".repeat(5000)}also`)!.length).toBeLessThanOrEqual(TERM_MAX);
    const dir = tmpDir("s34-long-term");
    const draft = JSON.parse(readFileSync(join(ROOT, "examples", "northwind-item1c-draft.json"), "utf8")) as { facts: Record<string, string> };
    const key = "CybersecurityRiskManagementProcessesForAssessingIdentifyingAndManagingThreatsTextBlock";
    // 200 spaces: over TERM_MAX, under the run the lexicon patterns read cut (bounded-runs.ts, 256).
    draft.facts[key] = draft.facts[key].replace(". ", ` and${" ".repeat(200)}also `);
    writeFileSync(join(dir, "long.json"), JSON.stringify(draft));
    const r = await cli(["long.json", "-f", "json"], dir);
    const [result] = JSON.parse(r.stdout) as Array<{ messages: Array<{ ruleId: string; message: string }> }>;
    const slip = result.messages.find((m) => m.ruleId === "text-spacing");
    expect(slip?.message).toMatch(/^Spacing slip "and {56}… {55}also" in /);
  });
});

describe("sweep 34: a Word draft whose document.xml leaves thousands of elements open", () => {
  // Sweep 3403 case 117: mutations of word/document.xml, re-zipped; xmldom (under mammoth) took
  // time growing with the square of the unclosed tags (10,000: 28 s, 20,000 and more: minutes).
  const draft = readFileSync(join(ROOT, "examples", "northwind-item1c-draft.docx"));
  const withDocument = (edit: (xml: string) => string) => zip(unzip(draft)!.map(([name, text]) => [name, name === "word/document.xml" ? edit(text) : text]));

  it("is refused before mammoth reads it, with one line naming the part", async () => {
    const dir = tmpDir("s34-docx-open");
    writeFileSync(join(dir, "open.docx"), withDocument((xml) => xml.replace("</w:body>", `${"<b>".repeat(20_000)}</w:body>`)));
    const r = await cli(["open.docx", "-f", "json"], dir);
    expect(r.code).toBe(2);
    const [result] = JSON.parse(r.stdout) as Array<{ messages: Array<{ message: string }> }>;
    expect(result.messages.map((m) => m.message)).toEqual(['cannot read the Word document: "word/document.xml" leaves 20000 elements open (a truncated or damaged part)']);
  });

  it("balanced nesting, comments and a few stray tags still read as before", async () => {
    const dir = tmpDir("s34-docx-balanced");
    writeFileSync(join(dir, "ok.docx"), withDocument((xml) => xml.replace("<w:body>", "<w:body><!-- a <note> -->").replace("</w:body>", "</w:body></w:x></w:y>")));
    writeFileSync(join(dir, "plain.docx"), draft);
    const [ok, plain] = await Promise.all([cli(["ok.docx", "-f", "json"], dir), cli(["plain.docx", "-f", "json"], dir)]);
    const ids = (r: { stdout: string }) => (JSON.parse(r.stdout) as Array<{ messages: Array<{ ruleId: string | null; line: number }> }>)[0].messages.map((m) => `${m.ruleId}:${m.line}`);
    expect(ids(ok)).toEqual(ids(plain));
    expect(plain.code).toBe(ok.code);
  });
});
