// boundedRuns reads a run shorter than its bound once (round 43, speed43-filing): LONG_RUN tried every character of a
// run of up to 256 spaces or word characters and read the rest of the run from each, ~100 steps a character of a masked
// filing (a tag is masked to a run of spaces); an untagged filing's whole-document lexicon search paid it on 1.5 MB.
// Its matches must stay those of the round-42 regex, kept here as the reference.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { boundedRuns } from "../../src/text/bounded-runs.js";
import { nextLongRun, nextLongRunIn } from "../../src/text/long-runs.js";
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


/** `target` read through a proxy that calls `count` at each indexed read (the walks' reads of a buffer). */
function counting<T extends object>(target: T, count: () => void): T {
  return new Proxy(target, {
    get: (t, key) => {
      if (typeof key === "string" && /^\d+$/.test(key)) count();
      const v = Reflect.get(t, key, t) as unknown;
      return typeof v === "function" ? (v as (...a: unknown[]) => unknown).bind(t) : v;
    },
  });
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
    // 500,000, not 2,000,000 (round 48): over growthOver4x's 16x span the n/16 text stays in the cache and a 2 MB one does
    // not, which read 5.4-6.1 against 6 here (3.0-3.9 over a 4x span); both sizes within ~0.5 MB read 4.
    expect(await growthOver4x((n) => all(" ".repeat(n) + "x" + "7".repeat(n)), 500_000)).toBeLessThan(6);
    expect(await growthOver4x((n) => all(("x" + " ".repeat(200)).repeat(n / 200)), 500_000)).toBeLessThan(6);
    expect(await growthOver4x((n) => all(("_".repeat(256) + " ").repeat(n / 256)), 500_000)).toBeLessThan(6);
  });
});

// Round 44 (speed44-filing): a text of 64 K characters or more (an untagged filing's masked window) is bounded in a buffer
// of its code units, a byte each when it holds no character past U+00FF: the same characters as the string path.
describe("boundedRuns of a long text, in a code-unit buffer", () => {
  const random = (seed: number, pieces: string[], length: number): string => {
    const rnd = (n: number) => ((seed = (seed * 1103515245 + 12345) >>> 0) % n);
    const sizes = [1, 2, 127, 128, 129, 255, 256, 257, 258, 383, 384, 385, 600, 2_500];
    let text = "";
    while (text.length < length) text += pieces[rnd(pieces.length)].repeat(rnd(3) === 0 ? 1 + rnd(40) : sizes[rnd(sizes.length)]);
    return text;
  };
  const ascii = [" ", "\t", "\n", "\r", "\u000b", "a", "Q", "0", "_", "-", ".", ";", "!", "?", "<", "\u0000"];
  const latin1 = [...ascii, "\u00a0", "é", "\u00ff", "\u0085"];
  const wide = [...latin1, "\u1680", "\u2003", "\u2019", "\u2028", "\u3000", "\ufeff", "\u200b", "\ud83d", "\ude00", "\ud83d\ude00", "\u25cf"];

  it("gives what the round-42 code gave on texts of ASCII, of Latin-1 and of wider characters, stops rare and frequent", () => {
    for (let k = 0; k < 24; k++) {
      const pieces = [ascii, latin1, wide][k % 3];
      // Every third text has no stop in its pieces but ";" (cut every 2,000 characters), one in four none at all.
      const text = random(100 + k, k % 4 === 0 ? pieces.filter((p) => !".;!?".includes(p)) : pieces, 70_000 + k * 1_000);
      expect(text.length).toBeGreaterThanOrEqual(1 << 16);
      const got = boundedRuns(text);
      expect(got.length).toBe(text.length);
      expect(got === reference(text)).toBe(true);
    }
  });

  it("gives the text itself when it has no long run and no endless sentence", () => {
    const text = "A short sentence.\u2019 ".repeat(4_000);
    expect(boundedRuns(text)).toBe(text);
    const cut = "word ".repeat(20_000);
    // 100,000 characters with no stop: a ";" at 1,999, 3,999, … 99,999.
    expect(boundedRuns(cut).split(";").length).toBe(51);
  });

  it("finds the runs nextLongRun finds, in a buffer of one or two bytes a character (nextLongRunIn)", () => {
    for (let k = 0; k < 60; k++) {
      const text = random(900 + k, k % 2 ? wide : latin1, 8_000);
      // By code unit (Array.from of a string would read code points).
      const codes = k % 2 ? new Uint16Array(text.length) : new Uint8Array(text.length);
      for (let i = 0; i < text.length; i++) codes[i] = text.charCodeAt(i);
      for (const [from, min] of [[0, 257], [0, 300], [1_000, 257]]) {
        const want: number[][] = [];
        for (let r = nextLongRun(text, from, min); r; r = nextLongRun(text, r[1], min)) want.push(r);
        const got: number[][] = [];
        for (let r = nextLongRunIn(codes, from, min); r; r = nextLongRunIn(codes, r[1], min)) got.push(r);
        expect(got).toEqual(want);
      }
    }
  });

  // Round 45 (speed45-filing): with a Uint32Array over the same bytes, the walks through a run of spaces step an aligned
  // word (four code units of one byte, two of two) at a time; round 51: a Float64Array (eight of one byte, four of two).
  it("finds the same runs with words of spaces stepped whole (nextLongRunIn with words)", () => {
    const spacey = [" ", " ", " ", " ", "\n", "\t", "a", "_", "0", ".", "\u00a0", "\u3000", "\u0000"];
    for (let k = 0; k < 60; k++) {
      // A one-byte buffer holds no character past U+00FF (boundedInBuffer's test).
      const pieces = k % 3 === 0 ? (k % 2 ? wide : latin1) : k % 2 ? spacey : spacey.filter((p) => p.charCodeAt(0) < 256);
      const text = random(1_900 + k, pieces, 8_000 + k);
      const codes = k % 2 ? new Uint16Array(text.length) : new Uint8Array(text.length);
      for (let i = 0; i < text.length; i++) codes[i] = text.charCodeAt(i);
      const words = new Float64Array(codes.buffer, 0, codes.byteLength >>> 3);
      for (const [from, min] of [[0, 257], [0, 300], [1_001, 257], [3, 258]]) {
        const want: number[][] = [];
        for (let r = nextLongRun(text, from, min); r; r = nextLongRun(text, r[1], min)) want.push(r);
        const got: number[][] = [];
        for (let r = nextLongRunIn(codes, from, min, words); r; r = nextLongRunIn(codes, r[1], min, words)) got.push(r);
        expect(got).toEqual(want);
      }
    }
  });

  it("reads a long run of spaces a word (64 bits) at a time, not each code unit (nextLongRunIn with words)", () => {
    // 100,001 spaces between two words, one and two bytes a character: the code units read one at a time are counted
    // through a proxy of the buffer, the words through one of theirs. At round 44 every space was read; round 51 (speed51-
    // filings): a word is 64 bits (a Float64Array), eight code units of one byte, four of two (a Uint32Array read four or two).
    for (const Codes of [Uint8Array, Uint16Array]) {
      const text = "x" + " ".repeat(100_001) + "y";
      const codes = new Codes(text.length);
      for (let i = 0; i < text.length; i++) codes[i] = text.charCodeAt(i);
      let reads = 0;
      let wordReads = 0;
      const counted = counting(codes, () => reads++);
      const words = counting(new Float64Array(codes.buffer, 0, codes.byteLength >>> 3), () => wordReads++);
      expect(nextLongRunIn(counted, 0, 257, words)).toEqual([1, 100_002]);
      expect(reads).toBeLessThan(100);
      // Each word of the run read about once (the walk back over the first grid step, then the walk to the run's end).
      const perWord = 8 / Codes.BYTES_PER_ELEMENT;
      expect(wordReads).toBeGreaterThan(100_001 / perWord - 10);
      expect(wordReads).toBeLessThan(100_001 / perWord + 256 / perWord + 10);
      expect(nextLongRunIn(counted, 100_002, 257, words)).toBeUndefined();
      expect(reads).toBeLessThan(2_000);
    }
  });

  it("bounds long texts in linear time: endless sentences, every character a stop, long runs", async () => {
    expect(await growthOver4x((n) => boundedRuns("x".repeat(n)), 4_000_000)).toBeLessThan(6);
    expect(await growthOver4x((n) => boundedRuns(".".repeat(n)), 4_000_000)).toBeLessThan(6);
    expect(await growthOver4x((n) => boundedRuns((" ".repeat(300) + "\u2019").repeat(n / 301)), 4_000_000)).toBeLessThan(6);
  });
});
