// The robustness tests' growth measure (test/helpers.ts growthOver4x) must tell quadratic work from linear by CPU
// time, so it can fail where it should and not on a busy machine.
import { describe, expect, it } from "vitest";
import { growthOver4x } from "../helpers.js";

/** Linear: one pass over n numbers. Quadratic: every pair. Both return a sum so the work is not optimised away. */
const linear = (n: number): number => {
  let s = 0;
  for (let r = 0; r < 400; r++) for (let i = 0; i < n; i++) s += (i * r) % 7;
  return s;
};
const quadratic = (n: number): number => {
  let s = 0;
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) s += (i ^ j) & 1;
  return s;
};

describe("growthOver4x", () => {
  it("reads linear work as about 4 and quadratic work as about 16", async () => {
    expect(await growthOver4x(linear, 100_000)).toBeLessThan(8);
    expect(await growthOver4x(quadratic, 8_000)).toBeGreaterThan(12);
  });
});
