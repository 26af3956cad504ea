// Incident reports (Form 8-K Item 1.05, Form 6-K) drafted without tags: read as disclosures with their
// section, linted by the rules that apply to them, with positions — as the tagged 8-K is. Fixtures are
// fictional filers: the rules' pass/fail files (test/fixtures/rules/…) and test/fixtures/incident-reports/.
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { describe, expect, it } from "vitest";
import { main } from "../../src/cli/main.js";
import { markdownToDocx } from "../../src/sources/docx.js";
import { FIXTURES, ROOT } from "../helpers.js";

const DIR = join(FIXTURES, "incident-reports");
const RULES = join(FIXTURES, "rules");
// The fixtures, each kept once: the rule harness's pass/fail files serve the CLI runs too.
const DRAFT_8K_TXT = join(RULES, "incident-report-content", "valid-8-k-complete.txt");
const DRAFT_8K_MD = join(RULES, "draft-placeholder", "valid-8-k-draft.md");
const REPORT_6K_HTML = join(RULES, "incident-report-content", "valid-6-k.html");
const NO_IMPACT_8K = join(RULES, "incident-report-content", "invalid-8-k-no-impact.txt");
const PLACEHOLDER_8K = join(RULES, "draft-placeholder", "invalid-8-k-draft.md");
const WRONG_ITEM_6K = join(RULES, "incident-form-matches-filer", "invalid-6-k-cites-item-1-05.txt");

async function run(args: string[]) {
  let stdout = "";
  let stderr = "";
  const code = await main(args, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), cwd: ROOT, env: {}, isTTY: false });
  return { code, stdout, stderr };
}

interface Message {
  ruleId: string | null;
  level: string;
  line: number;
  column: number;
  message: string;
  fatal?: boolean;
}

/** `rule line:column level` for each finding of one file, linted alone (json). */
async function lint(file: string, ...options: string[]) {
  const r = await run(["-f", "json", ...options, file]);
  const [result] = JSON.parse(r.stdout) as { messages: Message[] }[];
  return { code: r.code, messages: result.messages, found: result.messages.map((m) => `${m.ruleId} ${m.line}:${m.column} ${m.level}`) };
}

async function facts(file: string, ...options: string[]) {
  const r = await run(["facts", ...options, file]);
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as { form: string; section: { heading: string; item: string | null; line: number }; missing: string[]; elements: { id: string; paragraphs: number[] }[] };
}

describe("an untagged incident report is a disclosure", () => {
  it("a complete Form 8-K Item 1.05 draft in text lints clean (exit 0), read from its Item 1.05 heading as a Form 8-K", async () => {
    const file = DRAFT_8K_TXT;
    expect(await lint(file)).toMatchObject({ code: 0, found: [] });
    const f = await facts(file);
    expect(f.form).toBe("8-K");
    expect(f.section).toMatchObject({ heading: "Item 1.05. Material Cybersecurity Incidents.", item: "1.05", line: 10 });
    // Judged on the five elements of Item 1.05(a) only: none of Item 106's is missing from an 8-K.
    expect(f.missing).toEqual([]);
    expect(f.elements.map((e) => e.id)).toEqual(["incident-report-nature", "incident-report-scope", "incident-report-timing", "incident-report-impact", "incident-report-undetermined"]);
    expect(f.elements.find((e) => e.id === "incident-report-impact")?.paragraphs).toEqual([16]);
    expect(f.elements.find((e) => e.id === "incident-report-undetermined")?.paragraphs).toEqual([18]);
  });

  it("the same draft in Markdown and in Word lints clean", async () => {
    expect(await lint(DRAFT_8K_MD)).toMatchObject({ code: 0, found: [] });
    const docx = join(mkdtempSync(join(tmpdir(), "disclint-incident-")), "aldergrove-8k.docx");
    writeFileSync(docx, markdownToDocx(readFileSync(DRAFT_8K_MD, "utf8")));
    expect(await lint(docx)).toMatchObject({ code: 0, found: [] });
    expect((await facts(docx)).form).toBe("8-K");
  });

  it("a Form 6-K in HTML that says it is NOT subject to Item 1.05 of Form 8-K lints clean, read as a 6-K from its cover", async () => {
    const file = REPORT_6K_HTML;
    expect(await lint(file)).toMatchObject({ code: 0, found: [] });
    const f = await facts(file);
    expect(f.form).toBe("6-K");
    expect(f.section).toMatchObject({ heading: "Cybersecurity Incident at Fish Farm Operations", line: 8 });
  });

  it("a missing impact statement is a warning at the report's first paragraph (exit 0; 1 with --fail-on warning)", async () => {
    const file = NO_IMPACT_8K;
    const r = await lint(file);
    expect(r).toMatchObject({ code: 0, found: ["incident-report-content 7:1 warning"] });
    expect(r.messages[0].message).toContain("material impact or reasonably likely material impact");
    expect((await lint(file, "--fail-on", "warning")).code).toBe(1);
  });

  it("a placeholder left in an 8-K draft is an error at the placeholder (exit 1)", async () => {
    expect(await lint(PLACEHOLDER_8K)).toMatchObject({ code: 1, found: ["draft-placeholder 6:4 error", "draft-placeholder 8:229 error"] });
  });

  it("a 20-F filer's 6-K that says it files under Item 1.05 of Form 8-K is a warning at that sentence", async () => {
    const r = await lint(WRONG_ITEM_6K);
    expect(r).toMatchObject({ code: 0, found: ["incident-form-matches-filer 12:1 warning"] });
    expect(r.messages[0].message).toMatch(/This is a Form 6-K, but the text cites Item 1\.05/);
  });

  it("a Form 6-K titled by what happened (no 'cybersecurity' heading) is read from the paragraph that reports the incident", async () => {
    // The first sentence only notices failed sign-ins; the second says the review "determined that a threat actor" got in.
    const file = join(DIR, "6-k-titled-by-event.txt");
    expect(await lint(file)).toMatchObject({ code: 0, found: [] });
    const f = await facts(file);
    expect(f.form).toBe("6-K");
    expect(f.section.line).toBe(16); // the reporting paragraph: its title names no incident
    // A 6-K that reports no incident (a results release whose board "determined that" a dividend is paid) is still none.
    const release = await lint(join(DIR, "6-k-results-release.txt"));
    expect(release.code).toBe(2);
    expect(release.messages[0].message).toMatch(/^not a disclosure/);
  });

  it("a 6-K whose Explanatory Note furnishes the announcement as Exhibit 99.1 is read with that exhibit, after the signatures too (realistic set 22)", async () => {
    // At base the "Exhibit 99.1" line (or the SIGNATURES before it) ended the report at the note: three false warnings each.
    expect(await lint(join(DIR, "6-k-exhibit-after-signatures.txt"))).toMatchObject({ code: 0, found: [] });
    // The exhibit right after the note, with no impact statement: only the impact is missing, at the note's heading.
    const noImpact = await lint(join(DIR, "6-k-exhibit-no-impact.txt"));
    expect(noImpact.found).toEqual(["incident-report-content 25:1 warning"]);
    expect(noImpact.messages[0].message).toMatch(/material impact/);
    const f = await facts(join(DIR, "6-k-exhibit-after-signatures.txt"));
    expect(f.form).toBe("6-K");
    expect(f.section.line).toBe(23); // EXPLANATORY NOTE
  });

  it("a draft with no Item 1.05 heading or 6-K cover is refused (exit 2), and read as an incident report with --form 8-K or 6-K", async () => {
    const file = join(DIR, "no-heading-incident.txt");
    const refused = await lint(file);
    expect(refused.code).toBe(2);
    expect(refused.messages[0]).toMatchObject({ fatal: true });
    expect(refused.messages[0].message).toContain("--form 8-K / 6-K");
    expect(await lint(file, "--form", "8-K")).toMatchObject({ code: 0, found: [] });
    expect(await lint(file, "--form", "6-K")).toMatchObject({ code: 0, found: [] });
    expect((await facts(file, "--form", "8-K")).form).toBe("8-K");
  });

  it("a voluntary Item 8.01 report whose incident a vendor told the company of is read with --form 8-K, and lints clean (realistic set 21)", async () => {
    // "was informed by a third-party provider … that … had been exploited by an unauthorized party": a notice reports an incident.
    const file = join(FIXTURES, "realistic-set21", "quayside-shareholder-8k.md");
    expect((await lint(file)).code).toBe(2);
    const read = await lint(file, "--form", "8-K");
    expect(read.code).toBe(0);
    // Round 35: "has not yet determined whether the incident is reasonably likely to materially impact the Company" is
    // followed by "If the Company determines that the incident is material, it will file a Current Report on Form 8-K under
    // Item 1.05": an undertaking to report what is not determined once it is (element-incident-report-amendment), as
    // "will file an amendment" is. Until round 34 it was read as none: "incident-report-content 45:122 warning".
    expect(read.found).toEqual([]);
    expect((await facts(file, "--form", "8-K")).section.line).toBe(41);
  });

    it("--form 8-K does not make a document that reports no incident a disclosure", async () => {
    const r = await lint(join(ROOT, "README.md"), "--form", "8-K");
    expect(r.code).toBe(2);
    expect(r.messages[0].message).toMatch(/^not a disclosure/);
  });

  it("a folder of incident reports is linted, not skipped (only one with no heading, cover or --form is)", async () => {
    const dir = mkdtempSync(join(tmpdir(), "disclint-incident-"));
    for (const f of [DRAFT_8K_TXT, REPORT_6K_HTML, NO_IMPACT_8K, PLACEHOLDER_8K, WRONG_ITEM_6K, join(DIR, "no-heading-incident.txt")]) copyFileSync(f, join(dir, basename(f)));
    const r = await run(["-f", "json", dir]);
    expect(r.stderr).toMatch(/skipped 1 file that is not a disclosure.*no-heading-incident\.txt/);
    const results = JSON.parse(r.stdout) as { filePath: string; messages: Message[] }[];
    expect(results.map((x) => `${basename(x.filePath)} ${x.messages.map((m) => m.ruleId).join(",")}`).sort()).toEqual([
      "invalid-6-k-cites-item-1-05.txt incident-form-matches-filer",
      "invalid-8-k-draft.md draft-placeholder,draft-placeholder",
      "invalid-8-k-no-impact.txt incident-report-content",
      "valid-6-k.html ",
      "valid-8-k-complete.txt ",
    ]);
    expect(r.code).toBe(1);
  });
});
