// One headless Chromium for a test file (puppeteer-core with @sparticuz/chromium's bundled build:
// nothing is downloaded at run time). When it cannot start, the tests are skipped with the reason.
import { existsSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import chromium from "@sparticuz/chromium";
import puppeteer, { type Browser, type Page } from "puppeteer-core";

/**
 * The browser, or the notice why there is none (printed; DISCLINT_REQUIRE_BROWSER=1 makes it a
 * failure instead). `start` and `unpacked` (where the binary is unpacked) are parameters for the retry's own test.
 */
export async function launchBrowser(start: () => Promise<Browser> = launch, unpacked = join(tmpdir(), "chromium")): Promise<{ browser?: Browser; notice: string }> {
  try {
    return { browser: await start(), notice: "" };
  } catch (first) {
    // @sparticuz/chromium unpacks its binary once into the temp folder and reuses any file it finds there; a run
    // killed while unpacking (a hook timeout on a busy machine) leaves a truncated binary that every later run
    // would trust (seen in round 20). Unpack it again, once.
    if (process.env.DISCLINT_CHROMIUM || !existsSync(unpacked)) return failed(first);
    rmSync(unpacked, { force: true });
    try {
      return { browser: await start(), notice: "" };
    } catch (err) {
      return failed(err);
    }
  }
}

async function launch(): Promise<Browser> {
  const executablePath = process.env.DISCLINT_CHROMIUM ?? (await chromium.executablePath());
  return puppeteer.launch({ executablePath, args: chromium.args, headless: true, defaultViewport: { width: 1280, height: 900 } });
}

function failed(err: unknown): { notice: string } {
  const notice = `headless Chromium could not start (${(err as Error).message.split("\n")[0]}): browser tests skipped`;
  if (process.env.DISCLINT_REQUIRE_BROWSER) throw new Error(notice);
  console.warn(`NOTICE: ${notice}`);
  return { notice };
}

/** What a page did while it loaded a report: console errors, dialogs, requests it tried (all refused). */
export interface PageWatch {
  errors: string[];
  dialogs: string[];
  requests: string[];
}

/** A page that refuses every request but the report's own (`allowed`) and records console errors and dialogs. */
export async function watchedPage(browser: Browser, allowed: string): Promise<{ page: Page; watch: PageWatch }> {
  const page = await browser.newPage();
  const watch: PageWatch = { errors: [], dialogs: [], requests: [] };
  await page.setRequestInterception(true);
  page.on("request", (req) => {
    // The report file itself; anything else it asks for is a failure.
    if (req.isNavigationRequest() && req.url() === allowed) return void req.continue();
    watch.requests.push(req.url());
    void req.abort();
  });
  page.on("console", (msg) => {
    if (msg.type() === "error") watch.errors.push(msg.text());
  });
  page.on("pageerror", (err) => watch.errors.push(String(err)));
  page.on("dialog", (d) => {
    watch.dialogs.push(d.message());
    void d.dismiss();
  });
  return { page, watch };
}

export interface ReportFinding {
  ruleId: string;
  severity: string;
  evidence: string | null;
}

/** What a report showed: findings by how they were placed, and the evidence marks that did not match. */
export interface ReportCheck {
  cards: number;
  highlighted: number;
  besideWithoutMark: number;
  outside: number;
  mismatches: string[];
}

/**
 * In the page: every finding card (f<i>-n<k>: the k-th finding of the i-th file) is there once, and
 * the marks of each highlighted finding, read in order, are exactly its evidence text.
 */
export async function checkReport(page: Page, files: ReportFinding[][]): Promise<ReportCheck> {
  const shown = await page.evaluate(() => {
    const cards = Array.from(document.querySelectorAll("article.finding")).map((a) => ({ id: a.id, outside: a.closest(".outside") !== null }));
    const marked: Record<string, string> = {};
    for (const m of Array.from(document.querySelectorAll<HTMLElement>("mark.hl"))) {
      for (const id of (m.dataset.f ?? "").split(" ")) marked[id] = (marked[id] ?? "") + m.textContent;
    }
    return { cards, marked };
  });
  const check: ReportCheck = { cards: shown.cards.length, highlighted: 0, besideWithoutMark: 0, outside: 0, mismatches: [] };
  const ids = new Set(shown.cards.map((c) => c.id));
  files.forEach((findings, i) =>
    findings.forEach((f, k) => {
      const id = `f${i}-n${k}`;
      if (!ids.has(id)) check.mismatches.push(`${id} (${f.ruleId}): no card`);
    }),
  );
  for (const card of shown.cards) {
    const m = /^f(\d+)-n(\d+)$/.exec(card.id);
    if (!m) continue;
    const f = files[Number(m[1])]?.[Number(m[2])];
    if (!f) {
      check.mismatches.push(`${card.id}: a card for no finding`);
      continue;
    }
    const text = shown.marked[card.id];
    if (card.outside) check.outside++;
    else if (text === undefined) check.besideWithoutMark++;
    else {
      check.highlighted++;
      // An excerpt cut short ("…") is marked with the rest of the finding's sentence around it.
      const evidence = f.evidence ?? "";
      // The report shows a bidi override as its code point ("[U+202E]"), never as the character.
      const want = evidence
        .replace(/^…|…$/g, "")
        .replace(/[\u202a-\u202e\u2066-\u2069]/g, (c) => `[U+${c.codePointAt(0)!.toString(16).toUpperCase()}]`)
        .replace(/\s+/g, " ")
        .trim();
      const got = text.replace(/\s+/g, " ").trim();
      const wraps = evidence.startsWith("…") || evidence.endsWith("…") ? got.includes(want) && (evidence.startsWith("…") || got.startsWith(want)) && (evidence.endsWith("…") || got.endsWith(want)) : got === want;
      if (!wraps) check.mismatches.push(`${card.id} (${f.ruleId}): marked "${text}", evidence "${evidence}"`);
    }
  }
  return check;
}
