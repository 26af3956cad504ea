// The browser helper's one retry: a truncated Chromium unpacked by a killed run is removed and unpacked again,
// once; a launch that fails for another reason is reported, not retried forever.
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser } from "puppeteer-core";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { launchBrowser } from "./browser.js";

const fakeBrowser = { close: async () => {} } as unknown as Browser;

describe("launchBrowser's retry", () => {
  let unpacked: string;
  const saved = { chromium: process.env.DISCLINT_CHROMIUM, require: process.env.DISCLINT_REQUIRE_BROWSER };
  beforeEach(() => {
    delete process.env.DISCLINT_CHROMIUM;
    delete process.env.DISCLINT_REQUIRE_BROWSER;
    unpacked = join(mkdtempSync(join(tmpdir(), "disclint-chromium-")), "chromium");
    vi.spyOn(console, "warn").mockImplementation(() => {});
  });
  afterEach(() => {
    vi.restoreAllMocks();
    if (saved.chromium === undefined) delete process.env.DISCLINT_CHROMIUM;
    else process.env.DISCLINT_CHROMIUM = saved.chromium;
    if (saved.require === undefined) delete process.env.DISCLINT_REQUIRE_BROWSER;
    else process.env.DISCLINT_REQUIRE_BROWSER = saved.require;
  });

  it("removes a truncated unpacked binary and launches again, once", async () => {
    writeFileSync(unpacked, "truncated");
    const start = vi.fn<() => Promise<Browser>>().mockRejectedValueOnce(new Error("spawn ETXTBSY")).mockResolvedValueOnce(fakeBrowser);
    const { browser, notice } = await launchBrowser(start, unpacked);
    expect(browser).toBe(fakeBrowser);
    expect(notice).toBe("");
    expect(start).toHaveBeenCalledTimes(2);
    expect(existsSync(unpacked)).toBe(false);
  });

  it("reports the second failure as a notice instead of trying a third time", async () => {
    writeFileSync(unpacked, "truncated");
    const start = vi.fn<() => Promise<Browser>>().mockRejectedValue(new Error("Failed to launch the browser process!\nmore"));
    const { browser, notice } = await launchBrowser(start, unpacked);
    expect(browser).toBeUndefined();
    expect(notice).toBe("headless Chromium could not start (Failed to launch the browser process!): browser tests skipped");
    expect(start).toHaveBeenCalledTimes(2);
  });

  it("does not retry when nothing was unpacked, or a binary of the user's own was named", async () => {
    const start = vi.fn<() => Promise<Browser>>().mockRejectedValue(new Error("no binary"));
    expect((await launchBrowser(start, unpacked)).notice).toMatch(/no binary/);
    expect(start).toHaveBeenCalledTimes(1);
    writeFileSync(unpacked, "a binary");
    process.env.DISCLINT_CHROMIUM = "/opt/chrome";
    expect((await launchBrowser(start, unpacked)).notice).toMatch(/no binary/);
    expect(start).toHaveBeenCalledTimes(2);
    expect(existsSync(unpacked)).toBe(true);
  });

  it("fails the run instead when DISCLINT_REQUIRE_BROWSER is set", async () => {
    process.env.DISCLINT_REQUIRE_BROWSER = "1";
    const start = vi.fn<() => Promise<Browser>>().mockRejectedValue(new Error("no binary"));
    await expect(launchBrowser(start, unpacked)).rejects.toThrow(/could not start \(no binary\)/);
  });
});
