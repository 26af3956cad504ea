// Property: random mutations of the examples and of real filings never crash the linter and end
// with a valid exit code and valid reports. About 215 cases here (16 in every output format); `npm run fuzz` runs the long
// campaign (scripts/fuzz.mjs) on the same harness. The tests assert behaviour, never wall time: a
// hang is what the CLI's own --timeout turns into a fatal (checked by the harness), and speed
// belongs in `npm run bench`. The generous limit only stops a run that is truly stuck.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { caseContext, checkCase } from "./fuzz-harness.js";
import { CORPUS, ROOT, tmpDir } from "./helpers.js";
import { describeMutations, mutateSeed, mutationsArb } from "./mutations.js";
import { realSeeds, smallSeeds } from "./seeds.js";

const SEED = Number(process.env.DISCLINT_FUZZ_SEED ?? 20261126);
/** Only a stuck run hits this; a busy 2-core machine takes well under a minute. */
const STUCK_MS = 15 * 60_000;

describe("mutated inputs", () => {
  const small = smallSeeds(ROOT);
  const real = realSeeds(CORPUS);

  it("has seeds", () => {
    expect(small.length).toBeGreaterThan(5);
  });

  it("examples and fixtures: 150 cases, half through the whole CLI", async () => {
    const ctx = caseContext(tmpDir("prop"));
    let n = 0;
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: small.length - 1 }), mutationsArb, async (i, ms) => {
        const seed = small[i];
        const verdict = await checkCase(ctx, mutateSeed(seed, ms), seed.ext, n++ % 2 === 0);
        if (verdict) throw new Error(`${seed.path} ${describeMutations(ms)}: ${verdict}`);
      }),
      { numRuns: 150, seed: SEED },
    );
  }, STUCK_MS);

  it("every output format and `facts`, under hostile file names: 16 cases", async () => {
    const ctx = caseContext(tmpDir("prop-every"));
    let n = 0;
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: small.length - 1 }), mutationsArb, async (i, ms) => {
        const seed = small[i];
        const verdict = await checkCase(ctx, mutateSeed(seed, ms), seed.ext, "every", n++);
        if (verdict) throw new Error(`${seed.path} ${describeMutations(ms)}: ${verdict}`);
      }),
      { numRuns: 16, seed: SEED + 2 },
    );
  }, STUCK_MS);

  it.skipIf(real.length === 0)("real filings: 50 cases", async () => {
    const ctx = caseContext(tmpDir("prop-real"));
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: real.length - 1 }), mutationsArb, async (i, ms) => {
        const seed = real[i];
        const verdict = await checkCase(ctx, mutateSeed(seed, ms), seed.ext);
        if (verdict) throw new Error(`${seed.path} ${describeMutations(ms)}: ${verdict}`);
      }),
      { numRuns: 50, seed: SEED + 1 },
    );
  }, STUCK_MS);
});
