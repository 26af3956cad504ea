// A text block's own text, paragraph by paragraph, and where a section says what a block should
// hold: what text-block-content-mismatch judges and tells the filer.

import type { Fact, Position, TextMap } from "../model/types.js";
import { sliceMapped } from "../text/sections.js";
import { fragmentsOf, type Unit } from "./elements.js";

/**
 * The part of a paragraph that lies inside a block's fragments. A block that opens mid-paragraph
 * ("… reports to the full Board. <ix>As part of its oversight role, the committee receives …</ix>")
 * holds only its own sentences: the ones before it are another block's. A paragraph wholly inside
 * the block is returned as is.
 */
export function clipToBlock(u: Unit, block: Fact): Unit {
  const f = u.fact;
  let start = Infinity;
  let end = -Infinity;
  for (const r of fragmentsOf(block)) {
    if (r.file !== f.position.file || r.end <= f.offset || r.start >= f.endOffset) continue;
    start = Math.min(start, Math.max(r.start, f.offset));
    end = Math.max(end, Math.min(r.end, f.endOffset));
  }
  if (start === Infinity || (start <= f.offset && end >= f.endOffset) || f.textMap.length === 0) return u;
  let a = textAtOrAfter(f.textMap, start, f.text.length);
  let b = textAtOrAfter(f.textMap, end, f.text.length);
  while (a < b && /\s/.test(f.text[a])) a++;
  while (b > a && /\s/.test(f.text[b - 1])) b--;
  if (a === 0 && b === f.text.length) return u;
  const part = sliceMapped(f.text, f.textMap, a, b);
  // A unit literal with buildUnits' fields in its order, not a spread of `u`: a spread copy has a
  // hidden class of its own, which deoptimised the element judge's readers of units (round 28).
  const fact = { ...f, text: part.text, value: part.text, raw: part.text, textMap: part.map, offset: start, endOffset: end };
  return { fact, block: u.block, headings: u.headings, leadIn: u.leadIn, previous: u.previous };
}

/** The character of a mapped text where source offset `s` begins (not counted past the run before a tag). */
function textAtOrAfter(map: TextMap, s: number, length: number): number {
  let t = 0;
  for (let i = 0; i < map.length; i++) {
    const [textAt, sourceAt] = map[i];
    if (sourceAt > s) return i === 0 ? textAt : Math.min(t, textAt);
    t = textAt + (s - sourceAt);
  }
  return Math.min(t, length);
}

/** A paragraph elsewhere in the section that says what a block should hold. */
export interface Place {
  position: Position;
  /** The label of the block that holds it, or the untagged text's label. */
  label: string;
}

const PLACES_SHOWN = 2;

/**
 * Where the section says each of a block's own elements, as a sentence for the finding: "Text on
 * how the processes are integrated …: 12:1951 and 12:4067, in … [Text Block]." or "… : none
 * elsewhere in the section." The filer then moves the tag instead of searching the section.
 */
export function placesSentence(own: { title: string; places: Place[] }[], file: string): string {
  const at = (p: Position) => (p.file === file ? `${p.line}:${p.column}` : `${p.file}:${p.line}:${p.column}`);
  return own
    .map(({ title, places }) => {
      if (places.length === 0) return `Text on ${title}: none elsewhere in the section.`;
      const shown = places.slice(0, PLACES_SHOWN);
      const more = places.length > shown.length ? ` (and ${places.length - shown.length} more)` : "";
      const labels = [...new Set(shown.map((p) => p.label))];
      const where =
        labels.length === 1
          ? `${shown.map((p) => at(p.position)).join(" and ")}${more}, in ${labels[0]}`
          : `${shown.map((p) => `${at(p.position)} (in ${p.label})`).join(" and ")}${more}`;
      return `Text on ${title}: ${where}.`;
    })
    .join(" ");
}
