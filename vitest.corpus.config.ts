import { defineConfig } from "vitest/config";

// Real filings from ../shared/corpus (never copied into the repo).
export default defineConfig({
  test: {
    include: ["test/corpus/**/*.test.ts", "test/browser/corpus-*.test.ts"],
    testTimeout: 120_000,
  },
});
