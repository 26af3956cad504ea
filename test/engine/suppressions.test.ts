import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { Disclint } from "../../src/api.js";
import { DIRECTIVE_RULE_ID, parseDirectives } from "../../src/engine/suppressions.js";
import type { Finding } from "../../src/model/types.js";
import { FIXTURES, ROOT } from "../helpers.js";

const NORTHWIND = readFileSync(join(ROOT, "examples", "northwind-10k-fy2025.htm"), "utf8");
const DANGLING = join(FIXTURES, "rules", "broken-continuation", "invalid-dangling.htm");

/**
 * The fictional Northwind 10-K with two placeholders left in: "[insert]" on line 21 (the board
 * committee text block) and "[TBD]" on line 24 (the positions text block, which then also names no
 * position).
 */
function northwindDraft(): string[] {
  return NORTHWIND.replace("<p>Audit and Risk Committee</p>", "<p>Audit and Risk Committee [insert]</p>")
    .replace("<p>Chief Information Security Officer; Chief Technology Officer</p>", "<p>[TBD]</p>")
    .split("\n");
}

async function lint(lines: string[], opts: { reportUnused?: boolean } = {}): Promise<Finding[]> {
  const dir = mkdtempSync(join(tmpdir(), "disclint-suppress-"));
  const file = join(dir, "draft.htm");
  writeFileSync(file, lines.join("\n"));
  const run = await new Disclint({ cwd: dir, config: false, reportUnusedDisableDirectives: opts.reportUnused }).lint([file]);
  expect(run.results[0].fatal).toBeUndefined();
  return run.results[0].findings;
}

const brief = (fs: Finding[]) => fs.map((f) => `${f.line}:${f.column} ${f.ruleId}`);

/** Appends a comment at the end of a 1-based line, so no line number moves. */
function after(lines: string[], line: number, comment: string): string[] {
  const out = [...lines];
  out[line - 1] += comment;
  return out;
}

describe("inline suppressions in an iXBRL draft", () => {
  it("without directives: the findings the tests below suppress", async () => {
    expect(brief(await lint(northwindDraft()))).toEqual(["21:173 draft-placeholder", "24:1 management-position-named", "24:140 draft-placeholder"]);
  });

  it("disable-next-line with a reason hides the named rule on the next line only", async () => {
    const lines = after(northwindDraft(), 23, "<!-- disclint-disable-next-line draft-placeholder -- names confirmed by the CISO on 3 March -->");
    expect(brief(await lint(lines))).toEqual(["21:173 draft-placeholder", "24:1 management-position-named"]);
  });

  it("on a line of its own, the directive moves the lines below it and still covers the next line", async () => {
    const lines = northwindDraft();
    lines.splice(23, 0, "<!-- disclint-disable-next-line draft-placeholder, management-position-named -- positions text is being rewritten by Legal -->");
    expect(brief(await lint(lines))).toEqual(["21:173 draft-placeholder"]);
  });

  it("disable-next-line without ids hides every rule on the next line", async () => {
    const lines = after(northwindDraft(), 23, "<!-- disclint-disable-next-line -- whole block pending review -->");
    expect(brief(await lint(lines))).toEqual(["21:173 draft-placeholder"]);
  });

  it("a directive without a reason suppresses nothing and is itself an error", async () => {
    const lines = after(northwindDraft(), 23, "<!-- disclint-disable-next-line draft-placeholder -->");
    const findings = await lint(lines);
    expect(brief(findings)).toEqual(["21:173 draft-placeholder", "23:340 disclint-directive", "24:1 management-position-named", "24:140 draft-placeholder"]);
    const d = findings.find((f) => f.ruleId === DIRECTIVE_RULE_ID)!;
    expect(d).toMatchObject({ severity: "error", line: 23, endLine: 23, evidence: "<!-- disclint-disable-next-line draft-placeholder -->" });
    expect(d.message).toBe("disclint-disable-next-line directive has no reason, so it suppresses nothing.");
    expect(d.endColumn - d.column).toBe("<!-- disclint-disable-next-line draft-placeholder -->".length);
    // "--" with nothing after it is no reason either.
    const empty = await lint(after(northwindDraft(), 23, "<!-- disclint-disable-next-line draft-placeholder -- -->"));
    expect(brief(empty)).toContain("23:340 disclint-directive");
    expect(brief(empty)).toContain("24:140 draft-placeholder");
  });

  it("disable … enable hides the rule between the two comments, not after", async () => {
    const lines = after(after(northwindDraft(), 20, "<!-- disclint-disable draft-placeholder -- committee name pending the board resolution -->"), 22, "<!-- disclint-enable draft-placeholder -->");
    expect(brief(await lint(lines))).toEqual(["24:1 management-position-named", "24:140 draft-placeholder"]);
  });

  it("disable without enable runs to the end of the file; enable without ids ends every disable", async () => {
    const open = after(northwindDraft(), 20, "<!-- disclint-disable draft-placeholder -- placeholders tracked in the drafting log -->");
    expect(brief(await lint(open))).toEqual(["24:1 management-position-named"]);
    const all = after(after(northwindDraft(), 2, "<!-- disclint-disable -- first draft -->"), 22, "<!-- disclint-enable -->");
    expect(brief(await lint(all))).toEqual(["24:1 management-position-named", "24:140 draft-placeholder"]);
  });

  it("enabling one rule inside a disable-all keeps the others disabled", async () => {
    const lines = after(after(northwindDraft(), 2, "<!-- disclint-disable -- first draft -->"), 22, "<!-- disclint-enable draft-placeholder -->");
    expect(brief(await lint(lines))).toEqual(["24:140 draft-placeholder"]);
  });

  it("an unknown rule id is reported; the directive's other ids still apply", async () => {
    const lines = after(northwindDraft(), 23, "<!-- disclint-disable-next-line draft-placeholder, no-such-rule -- pending -->");
    const findings = await lint(lines);
    expect(brief(findings)).toEqual(["21:173 draft-placeholder", "23:340 disclint-directive", "24:1 management-position-named"]);
    expect(findings[1].message).toBe('disclint-disable-next-line directive names an unknown rule id "no-such-rule".');
  });

  it("a misspelt directive is reported, not ignored", async () => {
    const findings = await lint(after(northwindDraft(), 23, "<!-- disclint-disable-nextline draft-placeholder -- pending -->"));
    expect(brief(findings)).toContain("23:340 disclint-directive");
    expect(findings.find((f) => f.ruleId === DIRECTIVE_RULE_ID)!.message).toMatch(/^Unknown directive "disclint-disable-nextline"/);
  });

  it("--report-unused-disable-directives reports directives that suppress nothing", async () => {
    let lines = after(northwindDraft(), 23, "<!-- disclint-disable-next-line draft-placeholder, text-spacing -- pending -->");
    lines = after(lines, 10, "<!-- disclint-disable-next-line board-reporting-cadence -- quarterly is stated elsewhere -->");
    lines = after(lines, 25, "<!-- disclint-enable flag-value -->");
    // Line 10 is inside the display:none header: that directive is reported, never applied.
    expect(brief(await lint(lines))).toEqual(["10:15 disclint-directive", "21:173 draft-placeholder", "24:1 management-position-named"]);
    const findings = await lint(lines, { reportUnused: true });
    const directives = findings.filter((f) => f.ruleId === DIRECTIVE_RULE_ID);
    expect(directives.map((f) => [f.line, f.message])).toEqual([
      [10, 'disclint-disable-next-line directive inside hidden markup (<div style="display:none">) is not applied.'],
      [23, "Unused disclint-disable-next-line directive: no problem from text-spacing was reported on the next line."],
      [25, "Unused disclint-enable directive: flag-value was not disabled."],
    ]);
  });

  it("findings at the same place from other rules stay; directives in the iXBRL fixture of broken-continuation", async () => {
    const dir = mkdtempSync(join(tmpdir(), "disclint-suppress-"));
    const file = join(dir, "dangling.htm");
    copyFileSync(DANGLING, file);
    const before = (await new Disclint({ cwd: dir, config: false }).lint([file])).results[0].findings;
    // The text of the dangling continuation is in no cyd block: untagged-section-text notes it.
    const untagged = ["18:40 untagged-section-text", "18:324 untagged-section-text", "18:658 untagged-section-text"];
    expect(brief(before)).toEqual(["16:1 broken-continuation", ...untagged]);
    const lines = after(readFileSync(DANGLING, "utf8").split("\n"), 15, "<!-- disclint-disable-next-line broken-continuation -- the filing agent joins continuations at conversion -->");
    writeFileSync(file, lines.join("\n"));
    const afterFindings = (await new Disclint({ cwd: dir, config: false }).lint([file])).results[0].findings;
    expect(brief(afterFindings)).toEqual(untagged);
  });
});

describe("parseDirectives", () => {
  const doc = (text: string) => ({ file: "/x/draft.md", text });

  it("reads kind, ids, reason and the comment's range", () => {
    const comment = "<!--   disclint-disable  a-rule ,b-rule   --   why:  because --  really -->";
    const { directives, problems } = parseDirectives(doc(`Intro\n  ${comment}\n`));
    expect(problems).toEqual([]);
    expect(directives).toHaveLength(1);
    expect(directives[0]).toMatchObject({ kind: "disable", ids: ["a-rule", "b-rule"], reason: "why:  because --  really" });
    expect(directives[0].position).toEqual({ file: "/x/draft.md", line: 2, column: 3, endLine: 2, endColumn: 3 + comment.length });
  });

  it("spans lines, ignores other comments and needs no reason on enable", () => {
    const { directives, problems } = parseDirectives(doc("<!-- a note -->\n<!-- disclint-disable\n  a-rule -- long\n  reason -->\n<!-- disclint-enable a-rule -->"));
    expect(problems).toEqual([]);
    expect(directives.map((d) => [d.kind, d.ids, d.reason, d.position.line, d.position.endLine])).toEqual([
      ["disable", ["a-rule"], "long\n  reason", 2, 4],
      ["enable", ["a-rule"], undefined, 5, 5],
    ]);
  });

  it("a reason written without the -- separator is no reason", () => {
    const { directives, problems } = parseDirectives(doc("<!-- disclint-disable a-rule because Legal said so -->"));
    expect(directives).toEqual([]);
    expect(problems.map((p) => p.message)).toEqual(["disclint-disable directive has no reason, so it suppresses nothing."]);
  });
});

describe("directives in hidden markup (issue 12)", () => {
  const doc = (text: string) => ({ file: "/x/f.htm", text });

  it("a disable inside display:none, ix:hidden or ix:exclude is reported and not applied", () => {
    for (const [open, close, named] of [
      ['<div style="color:red; display: none">', "</div>", '<div style="color:red; display: none">'],
      ["<ix:hidden>", "</ix:hidden>", "ix:hidden"],
      ["<ix:exclude>", "</ix:exclude>", "ix:exclude"],
      ["<p hidden>", "</p>", "<p hidden>"],
    ]) {
      const { directives, problems } = parseDirectives(doc(`<html><body><p>Text</p>${open}<span><!-- disclint-disable -- nobody sees this --></span>${close}<p>More</p></body></html>`));
      expect(directives).toEqual([]);
      expect(problems.map((p) => p.message)).toEqual([`disclint-disable directive inside hidden markup (${named}) is not applied.`]);
    }
  });

  it("a directive after the hidden element closes is applied as usual", () => {
    const { directives, problems } = parseDirectives(doc(`<div style="display:none"><br><img src="x"/></div><p>Text <!-- disclint-disable draft-placeholder -- drafting --></p>`));
    expect(problems).toEqual([]);
    expect(directives.map((d) => d.ids)).toEqual([["draft-placeholder"]]);
  });

  it("only comments are read: 'disclint-' in the text is not a directive", () => {
    expect(parseDirectives(doc("<p>disclint-disable everything</p><!-- other --><!--disclint-enable-->"))).toMatchObject({ directives: [{ kind: "enable" }], problems: [] });
  });
});
