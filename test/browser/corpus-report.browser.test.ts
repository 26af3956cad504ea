// The html report of every real filing in ../shared/corpus/real at once, in headless Chromium (run
// by `npm run test:corpus`). Logs the report's size and how long the browser took to open and
// render it (no wall-time assertion: the machine may be busy).
import { existsSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { Browser } from "puppeteer-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SHARED } from "../helpers.js";
import { renderReport } from "./render.js";
import { checkReport, launchBrowser, watchedPage } from "./browser.js";

const REAL = join(SHARED, "corpus", "real");

let browser: Browser | undefined;
let notice = "";

beforeAll(async () => {
  ({ browser, notice } = await launchBrowser());
});

afterAll(async () => {
  await browser?.close();
});

describe.skipIf(!existsSync(REAL))("html report of the real filings, in Chromium", () => {
  it("opens and renders; every highlight wraps its evidence; no console error, no request", async (ctx) => {
    if (!browser) return ctx.skip(notice);
    const report = await renderReport(REAL);
    const { page, watch } = await watchedPage(browser, pathToFileURL(report.file).href);
    const started = performance.now();
    await page.goto(pathToFileURL(report.file).href, { waitUntil: "load" });
    // A forced layout and a frame: the page is rendered, not only parsed.
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => done(document.body.getBoundingClientRect().height))));
    const ms = performance.now() - started;
    const check = await checkReport(page, report.findings);
    console.log(
      `report of ${report.findings.length} real filings: ${(report.bytes / 1024).toFixed(0)} KB, opened and rendered in ${ms.toFixed(0)} ms; ` +
        `${check.cards} findings: ${check.highlighted} highlighted in the text, ${check.besideWithoutMark} beside a paragraph, ${check.outside} outside the text shown`,
    );
    expect(check.mismatches).toEqual([]);
    expect(check.cards).toBe(report.findings.flat().length);
    expect(check.highlighted).toBeGreaterThan(0);
    expect(watch.errors).toEqual([]);
    expect(watch.dialogs).toEqual([]);
    expect(watch.requests).toEqual([]);
    await page.close();
  });
});
