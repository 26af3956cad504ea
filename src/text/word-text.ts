// The text of a run of words, joined by single spaces (round 27, speed27).

import type { Word } from "./tokens.js";

/**
 * words.slice(from, to).map((w) => w[field]).join(" "), without the two arrays: the same string for
 * any `from` and `to` (negative counts from the end, out of range is clamped, as `slice` does).
 * The chained slice, map and join deoptimised the functions that used it (harvestBodies, leadText,
 * phraseEnd) each time the kind of the arrays they made changed (an empty slice, a slice of words),
 * and V8 compiled those functions again while a batch of filings was being linted.
 */
export function joinWords(words: readonly Word[], from: number, to: number, field: "word" | "lower" | "base"): string {
  const n = words.length;
  const lo = from < 0 ? Math.max(n + from, 0) : Math.min(from, n);
  const hi = to < 0 ? Math.max(n + to, 0) : Math.min(to, n);
  let out = "";
  for (let i = lo; i < hi; i++) {
    const w = words[i];
    const s = field === "base" ? w.base : field === "lower" ? w.lower : w.word;
    out = i === lo ? s : `${out} ${s}`;
  }
  return out;
}
