// npm run bench:report: the html report of every real filing in ../shared/corpus/real, opened in
// headless Chromium (puppeteer-core with @sparticuz/chromium) five times; prints the report's size
// and the median time from navigation to a rendered frame. Runs the built CLI (npm run build first).
import chromium from "@sparticuz/chromium";
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import puppeteer from "puppeteer-core";

const root = new URL("..", import.meta.url).pathname;
const corpus = join(root, "..", "shared", "corpus", "real");
if (!existsSync(corpus)) {
  console.log(`bench:report: no corpus at ${corpus}`);
  process.exit(0);
}
const report = join(mkdtempSync(join(tmpdir(), "disclint-report-bench-")), "report.html");
try {
  execFileSync(process.execPath, [join(root, "bin", "disclint.js"), corpus, "-f", "html", "-o", report], { stdio: "ignore" });
} catch (e) {
  // Exit 1 (findings) is expected; the report is written all the same.
  if (!existsSync(report)) throw e;
}
const browser = await puppeteer.launch({ executablePath: await chromium.executablePath(), args: chromium.args, headless: true, defaultViewport: { width: 1280, height: 900 } });
const times = [];
for (let i = 0; i < 5; i++) {
  const page = await browser.newPage();
  const t = performance.now();
  await page.goto(pathToFileURL(report).href, { waitUntil: "load" });
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => done(document.body.getBoundingClientRect().height))));
  times.push(performance.now() - t);
  await page.close();
}
await browser.close();
times.sort((a, b) => a - b);
const kb = (statSync(report).size / 1024).toFixed(0);
console.log(`report of the real filings: ${kb} KB; opened and rendered in ${times[2].toFixed(0)} ms (median of 5; min ${times[0].toFixed(0)}, max ${times[4].toFixed(0)})`);
