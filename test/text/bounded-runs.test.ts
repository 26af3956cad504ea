// Lexicon patterns read a text whose very long runs of spaces or word characters are cut in their middle
// (bounded-runs.ts): the same length, the ends kept, ordinary text untouched.
import { describe, expect, it } from "vitest";
import { boundedRuns, boundedRunsOf } from "../../src/text/bounded-runs.js";
import { growthOver4x } from "../helpers.js";

describe("boundedRuns", () => {
  it("leaves ordinary text as it is (the same string)", () => {
    const text = "Our Chief Information Security Officer, who has 20 years of experience, leads the program.   It reports to the Board.";
    expect(boundedRuns(text)).toBe(text);
    expect(boundedRuns("a" + " ".repeat(256) + "b")).toBe("a" + " ".repeat(256) + "b");
    expect(boundedRuns("x-" + "7".repeat(256) + "-y")).toBe("x-" + "7".repeat(256) + "-y");
  });

  it("masks the middle of a run of 257+ spaces and keeps 128 at each end, offsets unchanged", () => {
    const text = "Our CISO" + " ".repeat(1_000) + "leads the program.";
    const out = boundedRuns(text);
    expect(out.length).toBe(text.length);
    expect(out.slice(0, 8 + 128)).toBe("Our CISO" + " ".repeat(128));
    expect(out.slice(8 + 128, 8 + 1_000 - 128)).toBe("\u0000".repeat(1_000 - 256));
    expect(out.slice(8 + 1_000 - 128)).toBe(" ".repeat(128) + "leads the program.");
    expect(boundedRuns("a\n" + "\t".repeat(300) + "b").length).toBe(303);
  });

  it("masks the middle of a run of 257+ word characters and keeps 128 at each end", () => {
    const text = "id " + "_".repeat(300) + " end";
    const out = boundedRuns(text);
    expect(out.length).toBe(text.length);
    expect(out).toBe("id " + "_".repeat(128) + "\u0000".repeat(44) + "_".repeat(128) + " end");
  });

  it("remembers the last texts and answers the same", () => {
    const text = "A" + " ".repeat(500) + "B";
    expect(boundedRunsOf(text)).toBe(boundedRuns(text));
    expect(boundedRunsOf(text)).toBe(boundedRunsOf(text));
  });

  it("works in linear time on a run of any length", async () => {
    expect(await growthOver4x((n) => boundedRuns("a " + " ".repeat(n) + "7".repeat(n) + " b"), 200_000)).toBeLessThan(6);
  });
});

describe("boundedRuns on an endless sentence", () => {
  it("puts a ';' every 2,000 characters of a stretch with no sentence stop, one for one", () => {
    const text = "board ".repeat(1_000);
    const out = boundedRuns(text);
    expect(out.length).toBe(text.length);
    expect([...out.matchAll(/;/g)].map((m) => m.index)).toEqual([1_999, 3_999, 5_999]);
    const prose = ("Our CISO leads the program and reports to the Board. ").repeat(100);
    expect(boundedRuns(prose)).toBe(prose);
  });

  it("keeps a lexicon pattern that reads to the end of its sentence linear in one long sentence", async () => {
    // Failed before: element-incident-disclosure's `\b[Bb]oard\b(?=[^.;]*…)` from each "board" (40,000 of them: 13 s).
    const re = /\bboard\b(?=[^.;]*\bcyber)/g;
    const run = (n: number) => {
      const text = boundedRuns("board ".repeat(n));
      re.lastIndex = 0;
      while (re.exec(text)) re.lastIndex++;
    };
    expect(await growthOver4x(run, 20_000)).toBeLessThan(6);
  });
});
