// boundedRuns reads a run shorter than its bound once (round 43, speed43-filing): LONG_RUN tried every character of a
// run of up to 256 spaces or word characters and read the rest of the run from each, ~100 steps a character of a masked
// filing (a tag is masked to a run of spaces); an untagged filing's whole-document lexicon search paid it on 1.5 MB.
// Its matches must stay those of the round-42 regex, kept here as the reference.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { boundedRuns } from "../../src/text/bounded-runs.js";
import { nextLongRun } from "../../src/text/long-runs.js";
import { maskMarkup } from "../../src/text/markup-mask.js";
import { growthOver4x, SHARED } from "../helpers.js";

// The round-42 code (84f77255) with the regex it had, copied whole: what boundedRuns must still give.
function reference(text: string): string {
  return referenceSentences(referenceMask(text));
}

function referenceMask(text: string): string {
  if (text.length <= 256) return text;
  const LONG = /\s{257,}|\w{257,}/g;
  let out = "";
  let from = 0;
  for (let m = LONG.exec(text); m !== null; m = LONG.exec(text)) {
    const start = m.index + 128;
    const end = m.index + m[0].length - 128;
    out += text.slice(from, start) + "\u0000".repeat(end - start);
    from = end;
  }
  return out + text.slice(from);
}

function referenceSentences(text: string): string {
  if (text.length <= 2_000) return text;
  const STOP = /[.;!?]/g;
  let out = "";
  let from = 0;
  let last = -1;
  for (;;) {
    const m = STOP.exec(text);
    const next = m === null ? text.length : m.index;
    for (let cut = last + 2_000; cut < next; cut += 2_000) {
      out += text.slice(from, cut) + ";";
      from = cut + 1;
    }
    if (m === null) break;
    last = next;
  }
  return from === 0 ? text : out + text.slice(from);
}

/** The CPU milliseconds of `work`, least of three. */
function cpu(work: () => unknown): number {
  let best = Infinity;
  for (let i = 0; i < 3; i++) {
    const t = process.cpuUsage();
    work();
    const d = process.cpuUsage(t);
    best = Math.min(best, (d.user + d.system) / 1000);
  }
  return best;
}

describe("boundedRuns on runs shorter than its bound", () => {
  it("masks what the round-42 regex masked: random runs around 257 of every space and word character", () => {
    let seed = 43;
    const rnd = (n: number) => ((seed = (seed * 1103515245 + 12345) >>> 0) % n);
    const pieces = [" ", "\t", "\n", "\u00a0", "\u2003", "a", "Z", "7", "_", "é", ".", "<", ";", "\u0000"];
    for (let k = 0; k < 300; k++) {
      let text = "";
      while (text.length < 3_000) {
        const piece = pieces[rnd(pieces.length)];
        text += piece.repeat(rnd(4) === 0 ? 250 + rnd(12) : 1 + rnd(300));
      }
      expect(boundedRuns(text)).toBe(reference(text));
    }
  });

  it("masks what the round-42 regex masked on the untagged filings' masked windows", () => {
    for (const name of ["wfc-10-k-2025-02-25.html", "aapl-10-k-2024-11-01.html"]) {
      const source = readFileSync(join(SHARED, "corpus", "real", "edgartools", name), "utf8");
      const masked = maskMarkup(source, 0, Math.min(source.length, 1_008_192));
      expect(boundedRuns(masked) === reference(masked)).toBe(true);
    }
  });

  it("reads runs of 255 spaces no slower than single spaces (4x at most; the round-42 regex: 75x)", () => {
    const n = 1_000_000;
    const long = ("x" + " ".repeat(255)).repeat(n / 256) + ".";
    const short = "x ".repeat(n / 2) + ".";
    const ratio = cpu(() => boundedRuns(long)) / Math.max(cpu(() => boundedRuns(short)), 1);
    expect(ratio).toBeLessThan(4);
  });

  it("finds the runs the lookbehind regex finds, from the start and after each run (nextLongRun)", () => {
    let seed = 7;
    const rnd = (n: number) => ((seed = (seed * 1103515245 + 12345) >>> 0) % n);
    const pieces = [" ", "\t", "\r", "\u000b", "\u00a0", "\u1680", "\u2003", "\u2028", "\u3000", "\ufeff", "a", "Q", "0", "_", "é", "\u200b", "-", "\u0000"];
    const sizes = [1, 2, 127, 128, 129, 255, 256, 257, 258, 383, 384, 385, 600];
    for (let k = 0; k < 400; k++) {
      let text = "";
      while (text.length < 4_000) text += pieces[rnd(pieces.length)].repeat(rnd(3) === 0 ? 1 + rnd(40) : sizes[rnd(sizes.length)]);
      for (const min of [257, 300]) {
        const re = new RegExp(`(?<!\\s)\\s{${min},}|(?<!\\w)\\w{${min},}`, "g");
        const want: number[][] = [];
        for (let m = re.exec(text); m; m = re.exec(text)) want.push([m.index, m.index + m[0].length]);
        const got: number[][] = [];
        for (let r = nextLongRun(text, 0, min); r; r = nextLongRun(text, r[1], min)) got.push(r);
        expect(got).toEqual(want);
      }
    }
  });

  it("reads long runs and text without them in linear time (nextLongRun)", async () => {
    const all = (text: string) => {
      for (let r = nextLongRun(text, 0, 257); r; r = nextLongRun(text, r[1], 257));
    };
    expect(await growthOver4x((n) => all(" ".repeat(n) + "x" + "7".repeat(n)), 2_000_000)).toBeLessThan(6);
    expect(await growthOver4x((n) => all(("x" + " ".repeat(200)).repeat(n / 200)), 2_000_000)).toBeLessThan(6);
    expect(await growthOver4x((n) => all(("_".repeat(256) + " ").repeat(n / 256)), 2_000_000)).toBeLessThan(6);
  });
});
