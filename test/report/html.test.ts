import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { FileResult } from "../../src/model/types.js";
import { SCRIPT, STYLE } from "../../src/report/html-assets.js";
import { html } from "../../src/report/html.js";
import { escapeHtml, escapeMarkdown, safeHref } from "../../src/report/escape-html.js";
import { Disclint, readDisclosure } from "../../src/api.js";
import { main } from "../../src/cli/main.js";
import { coverageOf, evidenceText, findingElements, placeFinding, reviewElements, reviewOf } from "../../src/report/review.js";
import { loadRuleSet } from "../../src/engine/rule-loader.js";
import { ROOT } from "../helpers.js";

const RULES_SET = loadRuleSet();
import { CWD, RESULTS, RULES, finding } from "./fixtures.js";
import { hostileDraft, runCli } from "./review-inputs.js";

const HARBOR = "examples/harbor-lantern-20f-fy2025.r-page.txt";

async function report(files: string[], cwd = ROOT, extra: string[] = []): Promise<{ page: string; json: { messages: { ruleId: string; line: number; evidence: string | null }[] }[] }> {
  const r = await runCli([...files, "-f", "html", ...extra], cwd);
  expect(r.stderr).toBe("");
  const j = await runCli([...files, "-f", "json", ...extra], cwd);
  return { page: r.stdout, json: JSON.parse(j.stdout) };
}

function sha(text: string): string {
  return `'sha256-${createHash("sha256").update(text).digest("base64")}'`;
}

describe("html report", () => {
  it("is one self-contained file: a strict CSP admitting only its own style and script, nothing fetched", async () => {
    const { page } = await report([HARBOR]);
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(page)?.[1];
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain(`style-src ${sha(STYLE)}`);
    expect(csp).toContain(`script-src ${sha(SCRIPT)}`);
    expect(page.match(/<script/g)).toHaveLength(1);
    expect(page.match(/<style/g)).toHaveLength(1);
    expect(page).not.toMatch(/<(link|img|iframe|object|embed)\b|\bsrc=|@import|url\(/i);
    expect(page).not.toMatch(/ style=| on[a-z]+=/i);
  });

  it("shows every finding once, beside its paragraph with its evidence highlighted where the text has it", async () => {
    const { page, json } = await report([HARBOR]);
    const messages = json[0].messages;
    expect(messages.length).toBeGreaterThan(2);
    const cards = [...page.matchAll(/<article class="finding fd sev-(\w+)[^"]*" id="(f0-n\d+)"/g)];
    expect(cards).toHaveLength(messages.length);
    // incident-form-matches-filer quotes the sentence that names Form 8-K: that sentence is marked.
    const i = messages.findIndex((m) => m.ruleId === "incident-form-matches-filer");
    expect(i).toBeGreaterThanOrEqual(0);
    const marked = [...page.matchAll(new RegExp(`<mark class="hl[^"]*" data-f="[^"]*\\bf0-n${i}\\b[^"]*">([^<]*)</mark>`, "g"))].map((m) => m[1]).join("");
    expect(marked).toBe(escapeHtml(evidenceText(messages[i].evidence!)));
    // The coverage matrix names 20-F Item 16K and links to the paragraphs.
    expect(page).toContain("Coverage of Form 20-F Item 16K");
    expect(page).toMatch(/<a href="#f0-p\d+">¶\d+<\/a>/);
  });

  it("covers the paragraphs of a draft and of the Inline XBRL example: elements addressed, flags' values", async () => {
    const { page } = await report(["examples/northwind-item1c-draft.md", "examples/northwind-10k-fy2025.htm"]);
    expect(page).toContain("Coverage of Reg S-K Item 106");
    // Every element of both matrices is addressed (the catalog's size is the accuracy work's).
    expect(page.match(/<span class="status [a-z]+">/g)!.length).toBe(2 * reviewElements("10-K").length);
    expect(page.match(/<span class="status yes">Addressed<\/span>/g)!.length).toBe(2 * reviewElements("10-K").length);
    // Flags appear for the Inline XBRL filing only: 106(b)(2) is tagged false there.
    expect(page).toMatch(/Reg S-K 106\(b\)\(2\)<\/div><\/td><td><span class="status yes">Addressed<\/span><\/td><td class="where">.*?<\/td><td><code>false<\/code>/);
  });

  it("reviews standard input too: the text comes from the job that linted it, not from a second read of a file that does not exist", async () => {
    let stdout = "";
    const draft = readFileSync(join(ROOT, "examples", "northwind-item1c-draft.md"), "utf8");
    const code = await main(["--stdin", "--stdin-filename", "drafts/item1c.md", "-f", "html"], {
      stdout: (s) => (stdout += s),
      stderr: () => {},
      cwd: ROOT,
      env: {},
      isTTY: false,
      readStdin: async () => Buffer.from(draft),
    });
    expect(code).toBe(0);
    expect(stdout).toContain("drafts/item1c.md");
    expect(stdout).not.toContain("No cybersecurity text found to show.");
    expect(stdout.match(/<span class="status yes">Addressed<\/span>/g)?.length).toBeGreaterThan(5);
  });

  it("the run computes each file's review with its findings, in the lint worker under the time budget (DisclintOptions.review)", async () => {
    const file = join(ROOT, HARBOR);
    const withReview = await new Disclint({ cwd: ROOT, timeoutMs: 60_000, review: true }).lint([file]);
    expect(withReview.results[0].review?.file).toBe(file);
    expect(withReview.results[0].review?.paragraphs.length).toBeGreaterThan(3);
    expect(withReview.results[0].review?.form).toBe("20-F");
    const without = await new Disclint({ cwd: ROOT, timeoutMs: 60_000 }).lint([file]);
    expect(without.results[0].review).toBeUndefined();
  });

  it("escapes a hostile file name and hostile text: no markup, script, link or bidi override gets through", async () => {
    const { dir } = hostileDraft();
    const r = await runCli([".", "-f", "html"], dir);
    const page = r.stdout;
    expect(r.code).toBe(1);
    expect(page.match(/<script/g)).toHaveLength(1);
    expect(page).not.toMatch(/<img|<\/style><script|href="javascript:|<a href="j/i);
    expect(page).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
    expect(page).toContain("[U+202E]");
    expect(page).toContain("&lt;img src=x onerror=alert(4)&gt;");
    expect(page).toContain("x&quot;&gt;&lt;img src=x onerror=alert(1)&gt;[U+202E]ldm.&lt;script&gt;alert(2)&lt;script&gt;.txt");
  });

  it("links a rule's docs only over http(s); shows suppressed and baselined findings muted and uncounted", () => {
    const file = "/repo/a.md";
    const results: FileResult[] = [
      {
        file,
        findings: [finding({ ruleId: "evil", file, docsUrl: "javascript:alert(1)", message: "Live." })],
        suppressed: [finding({ ruleId: "flag-text-third-party-oversight", file, message: "Suppressed one." })],
        baselined: [finding({ ruleId: "governance-board-oversight", file, severity: "error", message: "Old one." })],
      },
    ];
    const page = html(results, { cwd: CWD, rules: RULES, version: "9.9.9", color: false });
    expect(page).not.toContain("javascript:");
    expect(page).toMatch(/<article class="finding fd sev-warning muted" id="f0-s0" data-sev="warning" data-rule="flag-text-third-party-oversight" data-muted="1">.*suppressed/);
    expect(page).toMatch(/<article class="finding fd sev-error muted" id="f0-b0" [^>]*data-muted="1">.*baselined/);
    expect(page).toContain('<div class="count error"><b>0</b>errors</div>');
    expect(page).toContain("<b>2</b>suppressed or baselined");
    expect(safeHref("https://example.com/a?b=<c>")).toBe("https://example.com/a?b=%3Cc%3E");
    expect(safeHref("file:///etc/passwd")).toBeUndefined();
  });

  it("without review data (an API caller) lists the findings outside any text, and is the same bytes twice", () => {
    const ctx = { cwd: CWD, rules: RULES, version: "1.0.0", color: false };
    const page = html(RESULTS, ctx);
    expect(page).toBe(html(RESULTS, ctx));
    expect(page).toContain("Findings on the disclosure as a whole");
    expect(page).toContain("Could not be read");
  });

  it("writes the report with -o and prints the summary line", async () => {
    const { dir } = hostileDraft();
    const out = join(dir, "report.html");
    writeFileSync(out, "");
    const r = await runCli([join(ROOT, HARBOR), "-f", "html", "-o", out], dir);
    expect(r.stdout).toMatch(/^✖ \d+ problems/);
    expect(readFileSync(out, "utf8")).toMatch(/^<!DOCTYPE html>/);
  });
});

describe("escapeMarkdown", () => {
  it("keeps a filing's text from making links, emphasis, HTML or a new table row", () => {
    expect(escapeMarkdown("[x](javascript:alert(1)) *a* <b>|c\nd")).toBe("\\[x\\]\\(javascript\\:alert\\(1\\)\\) \\*a\\* &lt;b&gt;\\|c d");
  });
});

describe("review: paragraphs and the elements they address", () => {
  it("an Inline XBRL filing: each block's paragraphs once, the block's element, flags; findings placed by position", async () => {
    const file = join(ROOT, "examples", "northwind-10k-fy2025.htm");
    const review = reviewOf(await readDisclosure([file]), file, RULES_SET);
    expect(review.tagged).toBe(true);
    expect(review.form).toBe("10-K");
    expect(new Set(review.paragraphs.map((p) => p.text)).size).toBe(review.paragraphs.length);
    const board = review.paragraphs.find((p) => p.blocks.includes("CybersecurityRiskBoardOfDirectorsOversightTextBlock") && p.text.includes("."))!;
    expect(board.elements).toContain("board-oversight");
    expect(review.flags.find((f) => f.concept === "CybersecurityRiskMateriallyAffectedOrReasonablyLikelyToMateriallyAffectRegistrantFlag")?.value).toBe(false);
    const rows = coverageOf(review, []);
    expect(rows.map((r) => r.element.id)).toContain("third-party-oversight");
    expect(rows.every((r) => r.paragraphs.length > 0)).toBe(true);
    // A finding on a paragraph's sentence is placed on that paragraph, its evidence range exact.
    const p = review.paragraphs.indexOf(board);
    const sentence = /^[^.]*\./.exec(board.text)![0];
    const at = board.start;
    const lines = readFileSync(file, "utf8").slice(0, at).split("\n");
    const f = finding({ ruleId: "x", file, line: lines.length, column: lines[lines.length - 1].length + 1, endLine: lines.length, endColumn: lines[lines.length - 1].length + 2, evidence: sentence });
    expect(placeFinding(review, f)).toEqual({ paragraph: p, start: 0, end: sentence.length });
  });

  it("a draft: the requirement map's paragraphs and elements, no blocks or flags", async () => {
    const file = join(ROOT, "examples", "northwind-item1c-draft.md");
    const review = reviewOf(await readDisclosure([file]), file, RULES_SET);
    expect(review.tagged).toBe(false);
    expect(review.flags).toEqual([]);
    expect(review.paragraphs.every((p) => p.blocks.length === 0)).toBe(true);
    const board = review.paragraphs.find((p) => p.text.startsWith("Our Board of Directors oversees"))!;
    expect(board.elements).toEqual(expect.arrayContaining(["board-oversight", "board-committee"]));
  });

  it("an element's findings: by flag, by the cited paragraph of Item 106 within the block, else the block's first element", () => {
    const elements = reviewElements("10-K");
    const on = (concept: string, citation: string) => findingElements(finding({ ruleId: "r", file: "f", concept, citation }), elements);
    expect(on("CybersecurityRiskThirdPartyOversightAndIdentificationProcessesFlag", "")).toEqual(["third-party-oversight"]);
    expect(on("CybersecurityRiskManagementProcessesForAssessingIdentifyingAndManagingThreatsTextBlock", "Reg S-K 106(b)(1)(iii); Form 20-F Item 16K(b)(1)(iii)")).toEqual(["third-party-oversight"]);
    expect(on("CybersecurityRiskProcessForInformingBoardCommitteeOrSubcommitteeResponsibleForOversightTextBlock", "Reg S-K 106(c)(1)")).toEqual(["board-informed"]);
    expect(on("CybersecurityRiskRoleOfManagementTextBlock", "")).toEqual(["management-role"]);
    expect(reviewElements("20-F")[0].citation).toBe("Form 20-F Item 16K(b)(1)");
  });
});
