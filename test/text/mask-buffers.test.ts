// Round 51 (speed51-filings): the buffers an untagged filing's masked window is made in. The mask is made two bytes a
// character at once where a reference stands for a character past U+00FF (not a one-byte buffer widened in a copy), and
// it is bounded for the lexicons (bounded-runs.ts) in its own buffer (holdCodesOf), not in a new copy of the 1-2 MB
// text: the same mask and bound, two buffers fewer.
import { afterEach, describe, expect, it, vi } from "vitest";
import { boundedRuns, boundedRunsOf, holdCodesOf } from "../../src/text/bounded-runs.js";
import { maskMarkup } from "../../src/text/markup-mask.js";
import { markupFiles } from "../helpers.js";
import { readFileSync } from "node:fs";

const WINDOW = 1 << 20;
const OVERLAP = 8 << 10;

/** A long untagged page: tags, long runs of tags, references (one past U+00FF widens the mask), endless sentences. */
function page(wide: boolean): string {
  let s = "<html><body>";
  for (let i = 0; i < 400; i++) {
    s += `<div style="x"><span>Item ${i}C&#160;Cybersecurity</span>${"<td></td>".repeat(i % 50)}</div>`;
    s += `<p>Our CISO${wide && i % 7 === 0 ? "&#8217;s" : "&amp;"} team ${"reviews ".repeat(i % 400)}the program${i % 3 ? "." : ""}</p>`;
    s += " ".repeat(i % 5 === 0 ? 300 : 10) + "\n";
  }
  return s + "</body></html>";
}

/** A copy of `text` that is another string (boundedRunsOf remembers by identity). */
const copyOf = (text: string) => (" " + text).slice(1);

afterEach(() => vi.restoreAllMocks());

describe("a masked window bounded in the mask's buffer", () => {
  it("is bounded without a new buffer and as boundedRuns bounds a copy of it", () => {
    for (const wide of [false, true]) {
      const source = page(wide);
      expect(source.length).toBeGreaterThan(1 << 16);
      const masked = maskMarkup(source);
      expect(/[^\0-\xff]/.test(masked)).toBe(wide);
      const slow = vi.spyOn(Buffer, "allocUnsafeSlow");
      const bounded = boundedRunsOf(masked);
      // At 9bf6e7e6 boundedInBuffer copied the mask into a new buffer here: one call.
      expect(slow).toHaveBeenCalledTimes(0);
      slow.mockRestore();
      const expected = boundedRuns(copyOf(masked));
      expect(expected).not.toBe(masked); // it has long runs and endless sentences to bound
      expect(bounded).toBe(expected);
      // Asked again: remembered (the buffer is not read twice).
      expect(boundedRunsOf(masked)).toBe(bounded);
    }
  });

  it("bounds every real filing's and fixture's masked windows as boundedRuns bounds them", () => {
    const files = markupFiles(["drafts", "realistic"]);
    expect(files.length).toBeGreaterThan(10);
    let long = 0;
    for (const file of files) {
      const text = readFileSync(file, "utf8");
      for (let from = 0; from < text.length; from += WINDOW) {
        const masked = maskMarkup(text, from, Math.min(text.length, from + WINDOW + OVERLAP));
        if (masked.length >= 1 << 16) long++;
        expect(boundedRunsOf(masked)).toBe(boundedRuns(copyOf(masked)));
      }
    }
    expect(long).toBeGreaterThan(10);
  });

  it("does not use a buffer that is not the text's, nor one given for another text", () => {
    const text = "a" + " ".repeat(70_000) + "b";
    const other = "c" + " ".repeat(70_000) + "d";
    const codes = new Uint8Array(Buffer.allocUnsafeSlow(text.length).buffer);
    codes.fill(0x78); // not the text's code units: unused unless the text is the one it was given for
    holdCodesOf(other, codes);
    expect(boundedRunsOf(text)).toBe(boundedRuns(copyOf(text)));
    // A buffer of another length is refused.
    holdCodesOf(text, new Uint8Array(Buffer.allocUnsafeSlow(10).buffer));
    const again = copyOf(text);
    expect(boundedRunsOf(again)).toBe(boundedRuns(copyOf(text)));
  });
});

describe("a masked window's buffer", () => {
  it("is made once, two bytes a character, where a reference stands for a character past U+00FF", () => {
    const source = page(true);
    const slow = vi.spyOn(Buffer, "allocUnsafeSlow");
    const masked = maskMarkup(source);
    // At 9bf6e7e6: a one-byte buffer, then a two-byte one at the first "&#8217;" (two calls).
    expect(slow).toHaveBeenCalledTimes(1);
    expect(slow.mock.calls[0][0]).toBe(2 * source.length);
    slow.mockRestore();
    expect(masked.length).toBe(source.length);
    expect(masked).toContain("’s team");
  });

  it("is one byte a character again where the only wide reference is inside a tag (masked, not written)", () => {
    const body = page(false);
    const wideInTag = body.replace("<html>", '<html title="&#8217;">');
    const narrowInTag = body.replace("<html>", '<html title="&#0065;">');
    const slow = vi.spyOn(Buffer, "allocUnsafeSlow");
    const masked = maskMarkup(wideInTag);
    expect(slow.mock.calls.map((c) => c[0])).toEqual([2 * wideInTag.length, wideInTag.length]);
    slow.mockRestore();
    expect(masked).toBe(maskMarkup(narrowInTag));
    expect(/[^\0-\xff]/.test(masked)).toBe(false);
  });

  it("is one byte a character for a window of Latin-1 characters", () => {
    const source = page(false).replace(/Cybersecurity/g, "Cybersécurité");
    const slow = vi.spyOn(Buffer, "allocUnsafeSlow");
    const masked = maskMarkup(source);
    // At 9bf6e7e6 a window with any character past ASCII was masked in a two-byte buffer.
    expect(slow.mock.calls.map((c) => c[0])).toEqual([source.length]);
    slow.mockRestore();
    expect(masked).toContain("Cybersécurité");
  });
});
