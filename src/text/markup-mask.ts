/**
 * The text of a markup document with every tag, comment and entity reference replaced by spaces of
 * the same length, so offsets into the result are offsets into the source. Lets a lexicon search a
 * whole filing's prose (e.g. "Item 1C … incorporated by reference") with exact positions.
 */
export function maskMarkup(source: string): string {
  // One pass, no backtracking: tags/comments and entities become runs of spaces.
  return source.replace(/<!--[\s\S]*?-->|<[^>]*>|&#?[A-Za-z0-9]{1,10};/g, (m) => m.replace(/[^\n]/g, " "));
}
