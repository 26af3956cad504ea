// The html report in a real browser (headless Chromium): highlights, filters, hostile input, no
// network, no console errors. Screenshots go to test-output/ (DISCLINT_UPDATE_SCREENSHOTS=1: to
// docs/images/, which docs/report.md shows).
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { Browser, Page } from "puppeteer-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT } from "../helpers.js";
import { hostileDraft, runCli } from "../report/review-inputs.js";
import { checkReport, launchBrowser, watchedPage, type PageWatch } from "./browser.js";
import { renderReportIn, type Rendered } from "./render.js";

export const SHOTS = process.env.DISCLINT_UPDATE_SCREENSHOTS ? join(ROOT, "docs", "images") : join(ROOT, "test-output", "screenshots");

let browser: Browser | undefined;
let notice = "";

beforeAll(async () => {
  ({ browser, notice } = await launchBrowser());
  mkdirSync(SHOTS, { recursive: true });
  mkdirSync(join(ROOT, "test-output"), { recursive: true });
});

afterAll(async () => {
  await browser?.close();
});

async function build(args: string[], cwd = ROOT): Promise<Rendered> {
  return renderReportIn(cwd, args);
}

async function open(file: string): Promise<{ page: Page; watch: PageWatch }> {
  const { page, watch } = await watchedPage(browser!, pathToFileURL(file).href);
  await page.goto(pathToFileURL(file).href, { waitUntil: "load" });
  return { page, watch };
}

function clean(watch: PageWatch): void {
  expect(watch.errors).toEqual([]);
  expect(watch.dialogs).toEqual([]);
  expect(watch.requests).toEqual([]);
}

/** Visible finding cards by severity and rule. */
async function visible(page: Page): Promise<{ sev: string; rule: string; muted: boolean }[]> {
  return page.$$eval("article.finding", (cards) =>
    cards.filter((c) => !(c as HTMLElement).hidden).map((c) => ({ sev: (c as HTMLElement).dataset.sev!, rule: (c as HTMLElement).dataset.rule!, muted: (c as HTMLElement).dataset.muted === "1" })),
  );
}

async function toggle(page: Page, selector: string): Promise<void> {
  await page.$eval(selector, (el) => (el as HTMLInputElement).click());
}

describe("html report in Chromium", () => {
  it("the examples: every highlight wraps its finding's evidence; no console error, no request", async (ctx) => {
    if (!browser) return ctx.skip(notice);
    const { file, findings } = await build(["examples"]);
    const { page, watch } = await open(file);
    const check = await checkReport(page, findings);
    expect(check.mismatches).toEqual([]);
    expect(check.cards).toBe(findings.flat().length);
    expect(check.highlighted).toBeGreaterThan(findings.flat().length / 2);
    console.log(`examples: ${check.cards} findings, ${check.highlighted} highlighted in the text, ${check.besideWithoutMark} beside a paragraph, ${check.outside} outside the text`);
    clean(watch);
    await page.screenshot({ path: join(SHOTS, "report-summary.png") });
    await page.close();
  });

  it("filters by severity and by rule hide and show cards, matrix chips and highlights", async (ctx) => {
    if (!browser) return ctx.skip(notice);
    const { file } = await build(["examples/harbor-lantern-20f-fy2025.r-page.txt"]);
    const { page, watch } = await open(file);
    const all = await visible(page);
    expect(new Set(all.map((c) => c.sev))).toEqual(new Set(["warning", "info"]));
    await page.evaluate(() => window.scrollTo(0, document.querySelector<HTMLElement>("section.filing")!.offsetTop - 60));
    await page.screenshot({ path: join(SHOTS, "report-matrix.png") });
    await page.evaluate(() => window.scrollTo(0, document.querySelector("mark.hl")!.closest<HTMLElement>(".para")!.offsetTop - 60));
    await page.screenshot({ path: join(SHOTS, "report-text.png") });
    await page.evaluate(() => window.scrollTo(0, 0));

    await toggle(page, 'input[data-filter="sev"][value="warning"]');
    const noWarnings = await visible(page);
    expect(noWarnings.length).toBe(all.filter((c) => c.sev !== "warning").length);
    expect(noWarnings.every((c) => c.sev !== "warning")).toBe(true);
    expect(await page.$$eval('a.chip[data-sev="warning"]', (xs) => xs.every((x) => (x as HTMLElement).hidden))).toBe(true);
    // A mark of warnings only is switched off; the count says what is shown.
    expect(await page.$$eval("mark.hl.sev-warning", (xs) => xs.every((x) => x.classList.contains("off")))).toBe(true);
    expect(await page.$eval("#shown", (x) => x.textContent)).toBe(`Showing ${noWarnings.length} of ${all.length} findings`);
    await toggle(page, 'input[data-filter="sev"][value="warning"]');
    expect(await visible(page)).toEqual(all);
    expect(await page.$$eval("mark.hl.off", (xs) => xs.length)).toBe(0);

    const rule = all.find((c) => c.sev === "warning")!.rule;
    await page.$eval("details", (d) => ((d as HTMLDetailsElement).open = true));
    await toggle(page, `input[data-filter="rule"][value="${rule}"]`);
    const withoutRule = await visible(page);
    expect(withoutRule).toEqual(all.filter((c) => c.rule !== rule));
    await page.screenshot({ path: join(SHOTS, "report-filters.png") });
    await toggle(page, `input[data-filter="rule"][value="${rule}"]`);
    expect(await visible(page)).toEqual(all);
    clean(watch);
    await page.close();
  });

  it("suppressed and baselined findings show muted, and the muted filter hides them", async (ctx) => {
    if (!browser) return ctx.skip(notice);
    const dir = mkdtempSync(join(tmpdir(), "disclint-muted-"));
    const draft = readFileSync(join(ROOT, "examples", "northwind-item1c-draft.md"), "utf8").replace(
      "Our Chief Information Security Officer (CISO)",
      "<!-- disclint-disable-next-line draft-placeholder -- the name is confirmed by the CISO -->\nOur Chief Information Security Officer [Name TBD]",
    );
    writeFileSync(join(dir, "draft.md"), `${draft}\nThe committee chair is [TBD].\n`);
    const { file } = await build(["draft.md"], dir);
    const { page, watch } = await open(file);
    const cards = await visible(page);
    expect(cards.filter((c) => c.muted).map((c) => c.rule)).toEqual(["draft-placeholder"]);
    expect(cards.filter((c) => !c.muted).map((c) => c.rule)).toContain("draft-placeholder");
    expect(await page.$eval('article.finding[data-muted="1"]', (x) => x.textContent)).toContain("suppressed");
    await toggle(page, 'input[data-filter="muted"]');
    expect((await visible(page)).some((c) => c.muted)).toBe(false);
    clean(watch);
    await page.close();

    // Recorded in a baseline, the live findings show muted too, marked "baselined".
    await runCli(["draft.md", "--baseline-write", "baseline.json"], dir);
    const again = await open((await build(["draft.md", "--baseline", "baseline.json"], dir)).file);
    const muted = await visible(again.page);
    expect(muted.length).toBe(cards.length);
    expect(muted.every((c) => c.muted)).toBe(true);
    expect(await again.page.$$eval("article.finding .badge.mute", (xs) => [...new Set(xs.map((x) => x.textContent))].sort())).toEqual(["baselined", "suppressed"]);
    clean(again.watch);
    await again.page.close();
  });

  it("hostile file names and text run nothing: no dialog, no script, no element or request they ask for", async (ctx) => {
    if (!browser) return ctx.skip(notice);
    const { dir } = hostileDraft();
    const { file, findings } = await build(["."], dir);
    const { page, watch } = await open(file);
    expect(await page.$$eval("script", (xs) => xs.length)).toBe(1);
    expect(await page.$$eval("img, iframe, object, embed, link", (xs) => xs.length)).toBe(0);
    expect(await page.$$eval("*", (xs) => xs.filter((x) => Array.from(x.attributes).some((a) => a.name.startsWith("on"))).length)).toBe(0);
    expect(await page.$$eval("a[href]", (xs) => xs.map((x) => x.getAttribute("href")!).filter((h) => !h.startsWith("#") && !h.startsWith("https://")))).toEqual([]);
    expect(await page.$eval("h2 + p.meta", (x) => x.previousElementSibling!.textContent)).toContain('x"><img src=x onerror=alert(1)>[U+202E]ldm.');
    const check = await checkReport(page, findings);
    expect(check.mismatches).toEqual([]);
    clean(watch);
    await page.close();
  });

  it("prints: filters hidden, every filing on its own page", async (ctx) => {
    if (!browser) return ctx.skip(notice);
    const { file } = await build(["examples/harbor-lantern-20f-fy2025.r-page.txt", "examples/northwind-item1c-draft.md"]);
    const { page, watch } = await open(file);
    await page.emulateMediaType("print");
    expect(await page.$eval("nav.filters", (x) => getComputedStyle(x).display)).toBe("none");
    expect(await page.$eval("section.filing", (x) => getComputedStyle(x).breakBefore)).toBe("page");
    await page.evaluate(() => document.querySelector("mark.hl")!.scrollIntoView({ block: "center" }));
    await page.screenshot({ path: join(SHOTS, "report-print.png") });
    const pdf = await page.pdf({ format: "Letter", printBackground: true });
    expect(Buffer.from(pdf.subarray(0, 5)).toString()).toBe("%PDF-");
    writeFileSync(join(ROOT, "test-output", "report.pdf"), pdf);
    clean(watch);
    await page.close();
  });
});
