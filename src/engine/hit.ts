import type { Position } from "../model/types.js";
import { collapseSpaces } from "../text/spaces.js";

/** A place a list fact returns: where a finding would point, and what it would quote. */
export interface Hit {
  position: Position;
  concept?: string;
  label?: string;
  /** The sentence or value that triggered it (≤ 200 characters). */
  evidence?: string;
  /** The matched words. */
  term?: string;
  detail?: string;
  /** For an absence made info by the element's own words: where they are (Document.absenceHint). */
  hint?: string;
  /** The same place for the absence's message (Document.absenceNote). */
  mention?: string;
  /** Where the matched words themselves are (mentions only). */
  termPosition?: Position;
}

const EVIDENCE_MAX = 200;

/** At most 200 characters of `text`, centred on [focusStart, focusEnd) when it must be cut. */
export function excerpt(text: string, focusStart = 0, focusEnd = focusStart): string {
  // Cut first, normalise after: a 180 KB text block is not collapsed whole to quote 200 characters.
  if (text.length <= EVIDENCE_MAX) return collapseSpaces(text);
  const mid = Math.floor((focusStart + focusEnd) / 2);
  let from = Math.max(0, mid - EVIDENCE_MAX / 2);
  const to = Math.min(text.length, from + EVIDENCE_MAX - 2);
  from = Math.max(0, to - (EVIDENCE_MAX - 2));
  const body = collapseSpaces(text.slice(from, to));
  return (from > 0 ? "…" : "") + body + (to < text.length ? "…" : "");
}

