import { defineConfig } from "vitest/config";

// Unit and fixture tests. Tests that read ../shared/corpus (real filings) run with vitest.corpus.config.ts.
export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    exclude: ["test/corpus/**", "test/browser/corpus-*.test.ts", "node_modules/**"],
    // A guard against hangs, not a speed limit: the accuracy evaluations take 30 s and more on a busy 2-core machine,
    // and a pinned set's CLI runs (one process per file) took over 120 s at load 30 (round 11).
    testTimeout: 600_000,
    hookTimeout: 600_000,
  },
});
