// Property: random mutations of the examples and of real filings never crash the linter and end
// with a valid exit code and valid reports. About 215 cases here (16 in every output format); `npm run fuzz` runs the long
// campaign (scripts/fuzz.mjs) on the same harness. The tests assert behaviour, never wall time: a
// hang is what the CLI's own --timeout turns into a fatal (checked by the harness), and speed
// belongs in `npm run bench`. The generous limit only stops a run that is truly stuck.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { caseContext, checkCase, type CaseMode } from "./fuzz-harness.js";
import { CORPUS, ROOT, tmpDir } from "./helpers.js";
import { describeMutations, mutateSeed, mutationsArb } from "./mutations.js";
import { realSeeds, smallSeeds, type Seed } from "./seeds.js";

const SEED = Number(process.env.DISCLINT_FUZZ_SEED ?? 20261126);
/** Only a stuck run hits this; a busy 2-core machine takes well under a minute. */
const STUCK_MS = 15 * 60_000;

/** `runs` cases over `seeds` from fast-check's `seed`; `mode(n)` says how the nth case is run. */
async function property(tag: string, seeds: Seed[], runs: number, seed: number, mode: (n: number) => CaseMode): Promise<void> {
  const ctx = caseContext(tmpDir(tag));
  let n = 0;
  await fc.assert(
    fc.asyncProperty(fc.nat({ max: seeds.length - 1 }), mutationsArb, async (i, ms) => {
      const s = seeds[i];
      const index = n++;
      const verdict = await checkCase(ctx, mutateSeed(s, ms), s.ext, mode(index), index);
      if (verdict) throw new Error(`${s.path} ${describeMutations(ms)}: ${verdict}`);
    }),
    { numRuns: runs, seed },
  );
}

describe("mutated inputs", () => {
  const small = smallSeeds(ROOT);
  const real = realSeeds(CORPUS);

  it("has seeds", () => {
    expect(small.length).toBeGreaterThan(5);
  });

  it("examples and fixtures: 150 cases, half through the whole CLI", async () => {
    await property("prop", small, 150, SEED, (n) => (n % 2 === 0 ? "main" : "api"));
  }, STUCK_MS);

  it("every output format and `facts`, under hostile file names: 16 cases", async () => {
    await property("prop-every", small, 16, SEED + 2, () => "every");
  }, STUCK_MS);

  it.skipIf(real.length === 0)("real filings: 50 cases", async () => {
    await property("prop-real", real, 50, SEED + 1, () => "api");
  }, STUCK_MS);
});
