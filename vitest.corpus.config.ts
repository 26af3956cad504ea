import { defineConfig } from "vitest/config";

// Real filings from ../shared/corpus (never copied into the repo).
export default defineConfig({
  test: {
    include: ["test/corpus/**/*.test.ts", "test/browser/corpus-*.test.ts"],
    // Guards against hangs, not speed limits: launching headless Chromium took over the default 10 s hook
    // timeout on a 2-core machine busy with six other jobs (round 20).
    testTimeout: 600_000,
    hookTimeout: 600_000,
  },
});
