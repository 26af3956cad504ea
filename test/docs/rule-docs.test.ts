// Every rule has a doc page with the standard headings, its citation, and two worked examples that
// the rule itself confirms: the failing example fires at the stated line, the passing one does not.
// Examples are SEC viewer R pages (```r-page); a rule that cannot run on an R page (it reads
// Inline XBRL structure: ix:hidden, continuations, namespaces, dei; or prose drafts) uses a short
// document of the first format it does read (```ixbrl, ```markdown …).
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createLinter } from "../../src/api.js";
import type { Condition, RuleDefinition } from "../../src/engine/rule-types.js";
import { conditionTrees } from "../../src/engine/rule-loader.js";
import { loadDisclosure } from "../../src/sources/load.js";
import { linterFor, ROOT } from "../helpers.js";

const DOCS = join(ROOT, "docs", "rules");
const rules = createLinter().rules;
const tmp = mkdtempSync(join(tmpdir(), "disclint-docs-"));

const headingsFor = (id: string) => [
  `# ${id}`,
  "## What it checks",
  "## Requirement",
  "## Failing example",
  "## Passing example",
  "## Options",
  "## When to turn it off",
];

interface Section {
  heading: string;
  lines: string[];
}

/** Splits a page at its headings; lines inside fenced code blocks are never headings. */
function sections(markdown: string): Section[] {
  const out: Section[] = [];
  let fenced = false;
  for (const line of markdown.split("\n")) {
    if (/^(```|~~~)/.test(line)) fenced = !fenced;
    if (!fenced && /^#{1,6} /.test(line)) out.push({ heading: line.trimEnd(), lines: [] });
    else out.at(-1)?.lines.push(line);
  }
  return out;
}

/**
 * The example formats a page may use, in order of preference: a rule's examples are R pages
 * whenever the rule runs on them, else the first format below it runs on.
 */
const KINDS = {
  "r-page": { format: "r-page-text", ext: "txt" },
  ixbrl: { format: "ixbrl", ext: "htm" },
  xbrl: { format: "xbrl-instance", ext: "xml" },
  markdown: { format: "markdown", ext: "md" },
  text: { format: "text", ext: "txt" },
  yaml: { format: "yaml-draft", ext: "yaml" },
  json: { format: "json-draft", ext: "json" },
} as const;
type ExampleKind = keyof typeof KINDS;

const INPUT_CLASSES: Record<string, string[]> = {
  tagged: ["r-page-text", "r-page-html", "ixbrl", "xbrl-instance"],
  structured: ["json-draft", "yaml-draft"],
  prose: ["markdown", "text", "html", "docx"],
};

function exampleKindFor(rule: RuleDefinition): ExampleKind | undefined {
  const inputs = rule.appliesTo?.inputs;
  const runsOn = (format: string) => !inputs || inputs.some((i) => i === "*" || i === format || INPUT_CLASSES[i]?.includes(format));
  return (Object.keys(KINDS) as ExampleKind[]).find((k) => runsOn(KINDS[k].format));
}

interface Example {
  kind: ExampleKind;
  page: string;
  expected: string;
}

/** The one example block (```r-page, ```ixbrl …) of a section and the `Expected:` line after it. */
function example(section: Section | undefined): Example {
  expect(section, "section missing").toBeDefined();
  const lines = section!.lines;
  const fence = new RegExp(`^\`\`\`(${Object.keys(KINDS).join("|")})\\s*$`);
  const opens = lines.flatMap((l, i) => (fence.test(l) ? [i] : []));
  expect(opens, `${section!.heading}: needs exactly one example block (\`\`\`r-page, \`\`\`ixbrl …)`).toHaveLength(1);
  const open = opens[0];
  const close = lines.findIndex((l, i) => i > open && /^```\s*$/.test(l));
  expect(close, `${section!.heading}: unclosed example block`).toBeGreaterThan(open);
  const expected = lines.slice(close + 1).find((l) => l.trim() !== "") ?? "";
  return {
    kind: fence.exec(lines[open])![1] as ExampleKind,
    page: lines.slice(open + 1, close).join("\n") + "\n",
    expected: expected.trim(),
  };
}

function lexiconsOf(rule: RuleDefinition): Set<string> {
  const names = new Set<string>();
  const fromParams = (params: Record<string, unknown> | undefined) => {
    for (const k of ["lexicon", "with", "without"]) if (typeof params?.[k] === "string") names.add(params[k] as string);
  };
  const walk = (c: Condition) => {
    if ("all" in c) c.all.forEach(walk);
    else if ("any" in c) c.any.forEach(walk);
    else if ("not" in c) walk(c.not);
    else fromParams(c.params);
  };
  for (const [, tree] of conditionTrees(rule)) walk(tree);
  for (const check of rule.checks) if (check.locate && "fact" in check.locate) fromParams(check.locate.params);
  return names;
}

async function lintExample(id: string, name: string, ex: Example) {
  const file = join(tmp, `${id}-${name}.${KINDS[ex.kind].ext}`);
  writeFileSync(file, ex.page);
  const disclosure = await loadDisclosure([file]);
  expect(disclosure.documents[0].format, `${id} ${name} example is not read as ${ex.kind}`).toBe(KINDS[ex.kind].format);
  return (await linterFor(id).lint(disclosure)).filter((f) => f.ruleId === id);
}

describe.each(rules.map((r) => [r.id, r] as const))("docs/rules/%s.md", (id, rule) => {
  const file = join(DOCS, `${id}.md`);
  const page = existsSync(file) ? readFileSync(file, "utf8") : "";
  const parts = sections(page);
  const part = (h: string) => parts.find((s) => s.heading === h);

  it("exists", () => {
    expect(existsSync(file), `missing docs/rules/${id}.md`).toBe(true);
  });

  it("has exactly the standard headings, in order", () => {
    expect(parts.map((s) => s.heading)).toEqual(headingsFor(id));
  });

  it("opens with a one-line summary", () => {
    const body = part(`# ${id}`)?.lines.filter((l) => l.trim() !== "") ?? [];
    expect(body).toHaveLength(1);
  });

  it("quotes the rule's citation", () => {
    expect(part("## Requirement")?.lines.join("\n")).toContain(rule.citation);
  });

  it("names the severity of every check", () => {
    const text = part("## What it checks")?.lines.join("\n") ?? "";
    for (const check of rule.checks) expect(text).toContain(check.severity ?? rule.severity);
  });

  it("links every lexicon the rule uses, and only lexicons that exist", () => {
    const links = new Set([...page.matchAll(/\]\(\.\.\/\.\.\/rules\/lexicons\/([\w-]+)\.json\)/g)].map((m) => m[1]));
    for (const name of lexiconsOf(rule)) expect(links, `${id}.md does not link lexicon ${name}`).toContain(name);
    for (const name of links) expect(existsSync(join(ROOT, "rules", "lexicons", `${name}.json`)), `${name}.json`).toBe(true);
  });

  it("says how to turn it off", () => {
    expect(part("## When to turn it off")?.lines.join("\n")).toContain(`--rule ${id}:off`);
  });

  it("shows its examples as R pages when the rule runs on them (else in the first format it reads)", () => {
    const kinds = ["## Failing example", "## Passing example"].map((h) => example(part(h)).kind);
    const kind = exampleKindFor(rule);
    expect(kind).toBeDefined();
    expect(kinds).toEqual([kind, kind]);
  });

  it("failing example fires at the stated line", async () => {
    const ex = example(part("## Failing example"));
    const m = new RegExp(`^Expected: ${id} at line (\\d+)$`).exec(ex.expected);
    expect(m, `failing example must end with "Expected: ${id} at line L", got "${ex.expected}"`).not.toBeNull();
    const findings = await lintExample(id, "failing", ex);
    expect(findings.map((f) => f.line)).toContain(Number(m![1]));
  });

  it("passing example gives no finding", async () => {
    const ex = example(part("## Passing example"));
    expect(ex.expected).toBe("Expected: no finding");
    const findings = await lintExample(id, "passing", ex);
    expect(findings.map((f) => `${f.line}:${f.column} ${f.message}`)).toEqual([]);
  });
});

describe("docs/rules/README.md", () => {
  const index = existsSync(join(DOCS, "README.md")) ? readFileSync(join(DOCS, "README.md"), "utf8") : "";

  it.each(rules.map((r) => r.id))("links %s", (id) => {
    expect(index).toContain(`[${id}](${id}.md)`);
  });

  it("links only pages that exist", () => {
    for (const m of index.matchAll(/\]\(([\w-]+\.md)\)/g)) expect(existsSync(join(DOCS, m[1])), m[1]).toBe(true);
  });
});

describe("docsUrl of built-in rules", () => {
  it.each(rules.map((r) => [r.id, r.docsUrl] as const))("%s points at its page", (id, url) => {
    expect(url.endsWith(`docs/rules/${id}.md`), url).toBe(true);
    expect(existsSync(join(DOCS, `${id}.md`))).toBe(true);
  });

  it("no page documents a rule that does not exist", () => {
    const ids = new Set(rules.map((r) => r.id));
    const pages = readdirSync(DOCS)
      .filter((f) => f.endsWith(".md") && f !== "README.md")
      .map((f) => f.slice(0, -3));
    expect(pages.filter((p) => !ids.has(p))).toEqual([]);
  });
});
