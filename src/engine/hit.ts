import type { Position } from "../model/types.js";
import { collapseSpaces, isRegexSpace } from "../text/spaces.js";

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
  /** The Item 106 elements the hit is about (`unaddressed`: its element, or each of a group told together), for yieldsTo's `element`. */
  elements?: readonly string[];
  /** A `together` locate's one finding: how many places the fact returned, and their labels ("A, B and C"). */
  count?: number;
  labels?: string;
}

const EVIDENCE_MAX = 200;

/**
 * At most 200 characters of `text`, centred on [focusStart, focusEnd) when it must be cut. A cut
 * falls between words (at a space, "…" marking it), never inside one, unless no space is near.
 */
export function excerpt(text: string, focusStart = 0, focusEnd = focusStart): string {
  // Cut first, normalise after: a 180 KB text block is not collapsed whole to quote 200 characters.
  if (text.length <= EVIDENCE_MAX) return collapseSpaces(text);
  const mid = Math.floor((focusStart + focusEnd) / 2);
  let from = Math.max(0, mid - EVIDENCE_MAX / 2);
  let to = Math.min(text.length, from + EVIDENCE_MAX - 2);
  from = Math.max(0, to - (EVIDENCE_MAX - 2));
  if (from > 0) from = wordStartFrom(text, from);
  if (to < text.length) to = wordEndBefore(text, to, from);
  const body = collapseSpaces(text.slice(from, to));
  return (from > 0 ? "…" : "") + body + (to < text.length ? "…" : "");
}

/** How far a cut may move to reach a space: a word longer than this (a URL, a run of symbols) is cut. */
const WORD_REACH = 40;

/** The start of the first whole word at or after `at` (a cut before it); `at` itself when no space is near. */
function wordStartFrom(text: string, at: number): number {
  if (isRegexSpace(text.charCodeAt(at - 1))) return at;
  for (let i = at; i < Math.min(text.length, at + WORD_REACH); i++) if (isRegexSpace(text.charCodeAt(i))) return i + 1;
  return at;
}

/** The end of the last whole word at or before `at` (a cut after it); `at` itself when no space is near. */
function wordEndBefore(text: string, at: number, floor: number): number {
  if (isRegexSpace(text.charCodeAt(at))) return at;
  for (let i = at - 1; i > Math.max(floor, at - WORD_REACH); i--) if (isRegexSpace(text.charCodeAt(i))) return i;
  return at;
}
