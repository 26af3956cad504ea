// Every rule on every real filing (../shared/corpus/real, read in place). The findings are pinned in
// docs/corpus-review.md, where each error and warning carries a reviewer's verdict: a rule change that
// adds, drops or moves a finding fails here until the review is brought up to date.
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createLinter } from "../../src/api.js";
import { loadRuleSet } from "../../src/engine/rule-loader.js";
import { lintGroup } from "../../src/run/job.js";
import { ROOT, SHARED } from "../helpers.js";

const CORPUS = join(SHARED, "corpus", "real");
const files = ["edgartools", "go-edgar"].flatMap((d) =>
  existsSync(join(CORPUS, d))
    ? readdirSync(join(CORPUS, d))
        .filter((f) => /\.(html?|xml)$/.test(f))
        .sort()
        .map((f) => join(CORPUS, d, f))
    : [],
);

/** `### file` then bullet lines "- **warning** `rule-id` line:column — verdict" in the review. */
function reviewed(): Map<string, string[]> {
  const text = readFileSync(join(ROOT, "docs", "corpus-review.md"), "utf8");
  const out = new Map<string, string[]>();
  let current: string[] | undefined;
  for (const line of text.split("\n")) {
    const h = /^### `?([^`\s]+)`?/.exec(line);
    if (h) out.set(h[1], (current = []));
    const b = /^- \*\*(error|warning|info)\*\* `([a-z0-9-]+)` (\d+:\d+)/.exec(line);
    if (b && current) current.push(`${b[1]} ${b[2]} ${b[3]}`);
  }
  return out;
}

describe("rules on real filings", () => {
  const linter = createLinter();
  const ruleSet = loadRuleSet();
  const review = reviewed();
  it("has filings to lint", () => {
    expect(files.length).toBeGreaterThanOrEqual(14);
  });
  it.each(files.map((f) => [f.split("/").pop()!, f]))("%s: no fatal, no error-level finding, findings as reviewed", async (name, file) => {
    // As the CLI reports them (src/run/job.ts), as the calibration reads them: a filing that tags
    // nothing has its absences placed as a draft's are (an only-cross-reference at the referring paragraph).
    const [result] = await lintGroup([file], linter, { ruleSet });
    expect(result.fatal).toBeUndefined();
    const findings = result.findings;
    // Carefully drafted large-cap 10-Ks: an error here is a rule bug to fix, not a note.
    expect(findings.filter((f) => f.severity === "error").map((f) => `${f.ruleId} ${f.line}:${f.column} ${f.message}`)).toEqual([]);
    const got = findings.map((f) => `${f.severity} ${f.ruleId} ${f.line}:${f.column}`);
    expect(review.has(name), `docs/corpus-review.md has no section for ${name}`).toBe(true);
    expect(got).toEqual(review.get(name));
  });
});
