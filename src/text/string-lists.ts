// Lists of strings of one elements kind (round 28). V8 gives an array literal `[]` (and JSON's
// `[]`) small-integer elements and a list of strings object elements: two hidden classes. The
// judge's code that reads a paragraph's headings, or an element's `except` / `offTopic` names,
// was optimised for the kind it had seen and deoptimised (and recompiled: ~180 ms of the
// optimising compiler for judgeParagraph) at the first list of the other kind. An empty list made
// here has object elements, as a list of strings has.

// slice keeps the elements kind of the array it is cut from.
const OF_STRINGS: readonly string[] = [""];

/** An empty list of strings with object elements (a new array each call: callers may push). */
export function emptyStrings(): string[] {
  return OF_STRINGS.slice(0, 0);
}

/**
 * The same strings in a new packed list of object elements: `map` over a holey array (a Markdown
 * draft's heading paths) makes a holey one, and `[]` one of small integers.
 */
export function stringList(list: readonly string[]): string[] {
  const out = emptyStrings();
  for (let i = 0; i < list.length; i++) out.push(list[i]);
  return out;
}

/** One shared empty list of object elements, for a missing optional list that is only read. */
export const NO_STRINGS: readonly string[] = emptyStrings();
