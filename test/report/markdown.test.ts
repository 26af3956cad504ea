import { describe, expect, it } from "vitest";
import { markdown } from "../../src/report/markdown.js";
import { reviewElements } from "../../src/report/review.js";
import { ROOT } from "../helpers.js";
import { CWD, RESULTS, RULES } from "./fixtures.js";
import { hostileDraft, runCli } from "./review-inputs.js";

describe("markdown report", () => {
  it("summarises the run, then per file the coverage matrix and the findings", async () => {
    const r = await runCli(["examples/harbor-lantern-20f-fy2025.r-page.txt", "examples/northwind-item1c-draft.md", "-f", "markdown"], ROOT);
    expect(r.code).toBe(0);
    const lines = r.stdout.split("\n");
    // The counts are the JSON report's (the rules' accuracy is tuned elsewhere).
    const json = JSON.parse((await runCli(["examples/harbor-lantern-20f-fy2025.r-page.txt", "examples/northwind-item1c-draft.md", "-f", "json"], ROOT)).stdout) as { warningCount: number; infoCount: number; messages: unknown[] }[];
    const sum = (k: "warningCount" | "infoCount") => json.reduce((n, f) => n + f[k], 0);
    const total = json.reduce((n, f) => n + f.messages.length, 0);
    expect(lines.slice(0, 3)).toEqual(["## disclint review", "", `**0 errors, ${sum("warningCount")} warnings, ${sum("infoCount")} info** in 2 files.`]);
    expect(r.stdout).toContain("### examples/harbor\\-lantern\\-20f\\-fy2025\\.r\\-page\\.txt");
    expect(r.stdout).toContain("| Element | Citation | Addressed | Flag | Findings |");
    // The 20-F's matrix cites Item 16K; its third-party oversight flag is false and a warning is on it.
    expect(lines.find((l) => l.includes("Form 20\\-F Item 16K\\(b\\)\\(1\\)\\(iii\\)"))).toMatch(/\| ✅ \d+ paragraphs? \| false \| warning: flag\\-text\\-third\\-party\\-oversight \|$/);
    // Every finding is a row with its line, level, rule (linked to its page) and message.
    expect(r.stdout.match(/^\| \d+:\d+ \| (🔴 error|🟠 warning|🔵 info) \| \[/gm)).toHaveLength(total);
    // The draft's matrix has every element addressed; no flags in a draft.
    const draft = r.stdout.slice(r.stdout.indexOf("northwind\\-item1c\\-draft"));
    expect(draft.match(/\| ✅ /g)).toHaveLength(reviewElements("10-K").length);
  });

  it("keeps a hostile file name and text as text: no HTML, links or table breaks", async () => {
    const { dir } = hostileDraft();
    const r = await runCli([".", "-f", "markdown"], dir);
    expect(r.code).toBe(1);
    expect(r.stdout).not.toMatch(/<img|<script|\]\(javascript/i);
    expect(r.stdout).not.toMatch(/[\u202a-\u202e]/);
    expect(r.stdout).toContain("&lt;img src=x onerror=alert\\(1\\)&gt;[U+202E]ldm\\.&lt;script&gt;");
    for (const line of r.stdout.split("\n").filter((l) => l.startsWith("| "))) expect(line.endsWith(" |")).toBe(true);
  });

  it("without review data lists the findings only, and is pure", () => {
    const ctx = { cwd: CWD, rules: RULES, version: "1.0.0", color: false };
    const out = markdown(RESULTS, ctx);
    expect(out).toBe(markdown(RESULTS, ctx));
    expect(out).not.toContain("| Element |");
    expect(out).toContain("Could not be read:");
  });
});
