// The texts the lexicons of a paragraph read one after the other (the paragraph, its sentences, their
// ranges), each kept with what is worked out from it once: the text its patterns read (its long runs
// cut: bounded-runs.ts) and its lower case (lower-case.ts, for the patterns that run lower-cased).
// One cache for both (round 43; they were two of the same shape), compared with ===, the oldest
// entry reused: a text that was just asked about is found in the first slot tried.

/** A kept text and what was worked out from it so far (undefined: not yet). */
export interface RecentText {
  text: string;
  /** boundedRuns(text). */
  bounded: string | undefined;
  /** lowerCasedText(text); null where it has none. */
  lowered: string | null | undefined;
}

/** Round 37: 16 (8 lowered 139 texts a warm R page for 100 distinct ones). */
const KEPT = 16;
const kept: RecentText[] = Array.from({ length: KEPT }, () => ({ text: "", bounded: undefined, lowered: undefined }));
let next = 0;

/** The entry of `text`: the one kept, or the oldest made over for it (nothing worked out yet). */
export function recentText(text: string): RecentText {
  for (let k = 1; k <= KEPT; k++) {
    const entry = kept[(next - k + KEPT) % KEPT];
    if (entry.text === text) return entry;
  }
  const entry = kept[next];
  next = (next + 1) % KEPT;
  entry.text = text;
  entry.bounded = undefined;
  entry.lowered = undefined;
  return entry;
}
