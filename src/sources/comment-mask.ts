// A Markdown draft's HTML comments, blanked: shared by the Markdown reader (src/sources/prose.ts) and the engine's whole-text
// lexicon search (src/engine/document.ts documentMentions), in a module of its own so that the engine does not load the prose
// reader at start-up for a filing that is not prose (an R page, Inline XBRL).

/**
 * A Markdown source with its HTML comments (a reviewer's notes, guidance left in a draft; an unclosed one runs to the end,
 * as CommonMark reads it) blanked to spaces, line breaks kept: offsets unchanged, so positions in it are the file's.
 */
export function blankComments(source: string): string {
  if (!source.includes("<!--")) return source;
  const parts: string[] = [];
  let i = 0;
  for (;;) {
    const open = source.indexOf("<!--", i);
    if (open === -1) break;
    const close = source.indexOf("-->", open + 4);
    const end = close === -1 ? source.length : close + 3;
    parts.push(source.slice(i, open), source.slice(open, end).replace(/[^\n]/g, " "));
    i = end;
  }
  parts.push(source.slice(i));
  return parts.join("");
}
