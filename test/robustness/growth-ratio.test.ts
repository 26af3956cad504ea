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

// Round 48: quadratic work planted the way real code gets it - a search from each position that runs to the text's end
// (indexOf in a loop over the text), and a regex whose match from each start reads the rest of a run before it fails
// (/ +x/ on spaces, the shape of rounds 42-44's lexicon patterns). Each must read well over 12 (about 16).
const texts = new Map<number, string>();
const spaces = (n: number): string => texts.get(n) ?? texts.set(n, " ".repeat(n)).get(n)!;
const indexOfLoop = (n: number): number => {
  const s = spaces(n);
  let found = 0;
  for (let i = 0; i < s.length; i++) if (s.indexOf("x", i) >= 0) found++;
  return found;
};
const RUN_THEN_X = / +x/g;
const regexFromEachStart = (n: number): number => {
  const s = spaces(n);
  let found = 0;
  RUN_THEN_X.lastIndex = 0;
  while (RUN_THEN_X.exec(s)) found++;
  return found;
};

describe("growthOver4x", () => {
  it("reads linear work as about 4 and quadratic work as about 16", async () => {
    expect(await growthOver4x(linear, 100_000)).toBeLessThan(8);
    expect(await growthOver4x(quadratic, 12_000)).toBeGreaterThan(12);
  });
  it("reads a planted quadratic above 12: indexOf from each position of a text", async () => {
    expect(await growthOver4x(indexOfLoop, 128_000)).toBeGreaterThan(12);
  });
  it("reads a planted quadratic above 12: a regex that reads the rest of a run of spaces from each start", async () => {
    expect(await growthOver4x(regexFromEachStart, 16_000)).toBeGreaterThan(12);
  });
});
