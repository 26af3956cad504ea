// Prose drafts (Markdown, plain text, HTML without ix tags, Word) → raw blocks with positions.
// A block is one heading or one paragraph (a list item and a table row are paragraphs); its
// plain text maps back, character by character, into the decoded source.
// What the blocks mean (page furniture, headings by shape, the Item 1C section) is text/sections.ts.

import { InputError } from "../model/errors.js";
import { LineIndex, MappedTextBuilder } from "../model/position.js";
import type { DisclosureSection, ReaderDiagnostic, SectionParagraph, SourceDocument, TextMap } from "../model/types.js";
import {
  findSection, headingPaths, isItemHeadingLine, isNoise, looksLikeHeading, closedItemSectionSizes, isJsSpace, ItemMentionWatch, mappedLines, normaliseBlocks, normaliseRestart, sectionDoubt,
  type CyberSection, type ProseBlock, type SectionDoubt,
} from "../text/sections.js";
import { htmlToText, type PartialRender } from "./html-text.js";
import type { DocumentInfo, ReadHints, ReadResult, Reader } from "./reader.js";
import { findIncidentReport } from "../text/incident-section.js";
import { splitLines, type Line } from "../text/lines.js";
import { blankComments } from "./comment-mask.js";

export type { ProseBlock };


function isBlank(s: string): boolean {
  return s.trim() === "";
}

// ---------------------------------------------------------------------------------------------
// Plain text

/**
 * Plain text: paragraphs are separated by blank lines, and the lines of one paragraph are joined.
 * Text extracted from HTML often has no blank lines at all and one paragraph per line; then each
 * line is a paragraph, except that a line ending in a space without closing punctuation, or
 * followed by a line that starts in lower case or with punctuation, runs on into the next one.
 * An item heading line ("ITEM 1C. CYBERSECURITY") is a block of its own either way: a draft may
 * put the section's first lines (check boxes, text) right under it with no blank line. A copy
 * hard-wrapped at one width with no blank lines (a PDF proof) joins a full line that stops
 * mid-sentence to the next whatever its first letter, and keeps page furniture ("Table of
 * Contents") out of the paragraph a page break cut (normaliseBlocks drops it and mends the halves).
 */
export function textBlocks(source: string): ProseBlock[] {
  const lines = splitLines(source);
  const nonBlank = lines.filter((l) => !isBlank(l.text)).length;
  const blank = lines.length - nonBlank;
  const lineMode = nonBlank >= 8 && blank < nonBlank * 0.15;
  const width = lineMode ? wrapWidth(lines) : undefined;
  const rows = spacedTableRows(lines);
  const blocks: ProseBlock[] = [];
  let cur: Line[] = [];
  const flush = () => {
    if (cur.length) blocks.push(paragraphFromLines(cur, source));
    cur = [];
  };
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    if (isBlank(l.text)) {
      flush();
      continue;
    }
    if (rows[i]) {
      // A row of a table laid out with spaces: one paragraph, cells separated by one space; a line of dashes under the header is no row.
      flush();
      const row = tableRow(l, SPACED_CELLS, appendVisible);
      if (row && /[\p{L}\p{N}]/u.test(row.text)) blocks.push(row);
      continue;
    }
    // An item heading line is a block of its own; so is a running head or page number in a copy with no blank lines.
    const heading = (isItemHeadingLine(l.text) && !continuesClause(cur, l.text)) || (lineMode && isNoise(l.text));
    if (heading) flush();
    cur.push(l);
    if (heading) flush();
    else if (lineMode) {
      const next = lines[i + 1];
      if (!next || isBlank(next.text) || !(runsOn(l.text, next.text) || (width !== undefined && wrapsOn(l.text, next.text, width)))) flush();
    }
  }
  flush();
  return blocks;
}

/**
 * An item reference that a hard wrap put at the start of a line ("… our stores could not make or
 * renew loans; see" / "\"Item 1A. Risk Factors.\""): the line before stops mid-clause, on a
 * lower-case word or a comma, and the reference is not in capitals as item headings are typed.
 */
function continuesClause(cur: Line[], text: string): boolean {
  const last = cur[cur.length - 1];
  return last !== undefined && /[a-z,(]\s*$/.test(last.text) && text !== text.toUpperCase();
}

/** In one-paragraph-per-line text: does this line continue on the next? */
function runsOn(line: string, next: string): boolean {
  const n = next.trimStart();
  if (/^[a-z,;:.)\]’”%]/.test(n)) return true;
  const endsOpen = /\s$/.test(line) && !/[.!?:;”"’)]\s*$/.test(line);
  return endsOpen && line.trim().length > 0;
}

/** A line that ends a sentence or a clause ("… program.", "… as follows:", a closing quote or bracket). */
const CLOSED_LINE = /[.!?:;”"’)]\s*$/;

/**
 * A hard-wrapped copy with no blank lines between paragraphs (a PDF proof): its lines stop at one width, the wrap's,
 * and most full lines stop mid-sentence. Its width (the 90th percentile of the lines' lengths), or undefined when the
 * text is not so: lines of any length (one paragraph a line), or full lines that end their sentences.
 */
function wrapWidth(lines: Line[]): number | undefined {
  const lengths = lines.map((l) => l.text.trim().length).filter((n) => n > 0).sort((a, b) => a - b);
  const width = lengths[Math.floor(lengths.length * 0.9)];
  if (width === undefined || width < 50 || width > 130) return undefined;
  const full = lines.filter((l) => l.text.trim().length >= width * 0.8);
  const open = full.filter((l) => !CLOSED_LINE.test(l.text)).length;
  return full.length >= 6 && open * 2 >= full.length ? width : undefined;
}

/** In a hard-wrapped copy: a full line that stops mid-sentence goes on in the next, whatever its first letter (not into page furniture). */
function wrapsOn(line: string, next: string, width: number): boolean {
  return line.trim().length >= width * 0.8 && !CLOSED_LINE.test(line) && !isNoise(next);
}

function paragraphFromLines(lines: Line[], source: string): ProseBlock {
  const b = new MappedTextBuilder();
  let start = -1;
  let end = -1;
  let joined = false;
  const bodies = lines.map((l) => l.text.trim()).filter((t) => t.length > 0);
  let k = 0;
  for (const l of lines) {
    const lead = l.text.length - l.text.trimStart().length;
    let body = l.text.trim();
    if (!body) continue;
    if (b.textLength > 0 && !joined) b.appendReplacement(" ", l.start + lead - 1);
    const next = bodies[++k];
    const split = next === undefined ? undefined : lineEndHyphen(body, next, source, l.start + lead);
    joined = split !== undefined;
    // A word the line's end split ("cyber-" / "security") is one word again: without its hyphen
    // when the break is the typesetter's, with it when the document spells the word so.
    if (split === "soft") body = body.slice(0, -1);
    appendVisible(b, body, l.start + lead);
    if (start < 0) start = l.start + lead;
    end = l.start + lead + l.text.trim().length;
  }
  return { kind: "paragraph", level: 0, text: b.toString(), map: b.map, start, end };
}

/** How far either side of a line-end hyphen the document is searched for the word's own spelling. */
const HYPHEN_EVIDENCE_WINDOW = 20_000;

/**
 * Whether a line that ends in a letter and "-" before a line that starts in lower case splits one
 * word: "soft" when the typesetter's hyphen should go ("cybersecu-" / "rity"), "hard" when the word is
 * hyphenated ("third-" / "party" where the text writes "third-party" elsewhere), undefined when the
 * line does not end so. Unknown words lose the hyphen: a wrapped export breaks words at any syllable.
 */
function lineEndHyphen(body: string, next: string, source: string, at: number): "soft" | "hard" | undefined {
  const before = /(?<![A-Za-z])([A-Za-z]+)-$/.exec(body); // from a run's first letter only: linear on a line of letters
  const after = /^([a-z]+)/.exec(next);
  if (!before || !after) return undefined;
  const from = Math.max(0, at - HYPHEN_EVIDENCE_WINDOW);
  const near = source.slice(from, Math.min(source.length, at + body.length + HYPHEN_EVIDENCE_WINDOW));
  const word = new RegExp(`\\b${before[1]}-${after[1]}\\b`, "i");
  const whole = new RegExp(`\\b${before[1]}${after[1]}\\b`, "i");
  if (word.test(near) && !whole.test(near)) return "hard";
  return "soft";
}

// ---------------------------------------------------------------------------------------------
// Tables laid out with spaces (text and Markdown)

/** Where a line's cells start after a gap of two or more spaces inside it: column → the gap's width. */
function gapColumns(text: string): Map<number, number> {
  const out = new Map<number, number>();
  const first = text.search(/\S/);
  // Only from a run's first space: started inside a run, the search would run to the run's end from every space of it
  // (quadratic on a line of nothing but spaces, which a stranger's file can hold).
  for (const m of text.matchAll(/(?<! ) {2,}(?=\S)/g)) if (m.index > first) out.set(m.index + m[0].length, m[0].length);
  return out;
}

/**
 * Which lines are rows of a table laid out with spaces (an escalation matrix in a text filing, a table pasted from a PDF): a
 * run of two or more consecutive lines, each with a gap of two or more spaces inside it, whose cells start after such a gap at
 * a column every line of the run shares. At least one line pads a shared column with three spaces or more (a column set to its
 * widest cell), and a run of only two lines shares two columns: a justified paragraph's doubled spaces, or two spaces after a
 * period, fall at columns of their own. A run that holds an item heading (a table of contents) is the section reader's.
 */
export function spacedTableRows(lines: readonly Line[]): boolean[] {
  const rows = new Array<boolean>(lines.length).fill(false);
  const doubled = (k: number) => k < lines.length && lines[k].text.includes("  ");
  for (let i = 0; i < lines.length; ) {
    // A run starts only where two lines in a row hold doubled spaces: any other line costs one search.
    if (!doubled(i) || !doubled(i + 1)) {
      i++;
      continue;
    }
    const gaps: Map<number, number>[] = [];
    let j = i;
    for (; j < lines.length; j++) {
      const g = gapColumns(lines[j].text);
      if (!g.size || isItemHeadingLine(lines[j].text)) break;
      gaps.push(g);
    }
    if (gaps.length >= 2) {
      const shared = [...gaps[0].keys()].filter((c) => gaps.every((g) => g.has(c)));
      const padded = shared.some((c) => gaps.some((g) => (g.get(c) ?? 0) >= 3));
      if (padded && (gaps.length >= 3 || shared.length >= 2)) rows.fill(true, i, j);
    }
    i = Math.max(j, i + 1);
  }
  return rows;
}

// ---------------------------------------------------------------------------------------------
// Markdown

// The heading's text runs to the line's end and its closing "  ##  " is cut by atxText: a lazy capture before
// [ \t]*#*[ \t]*$ tried every split of a run of spaces, cubic on a stranger's "# a" + 3,000 spaces + "b" (6 s).
const ATX = /^( {0,3})(#{1,6})[ \t]+(?![ \t])(.*)$/;

/** An ATX heading's text: the capture without its closing sequence (spaces, then #s, then spaces, each optional). */
function atxText(rest: string): string {
  let end = rest.length;
  while (end > 0 && (rest[end - 1] === " " || rest[end - 1] === "\t")) end--;
  while (end > 0 && rest[end - 1] === "#") end--;
  while (end > 0 && (rest[end - 1] === " " || rest[end - 1] === "\t")) end--;
  return rest.slice(0, end);
}
const SETEXT = /^ {0,3}(=+|-+)[ \t]*$/;
const FENCE = /^ {0,3}(```|~~~)/;
const LIST = /^( {0,3})([-*+•●▪◦]|\d{1,3}[.)])[ \t]+/;
const QUOTE = /^ {0,3}> ?/;
const RULE = /^ {0,3}([-*_])([ \t]*\1){2,}[ \t]*$/;
// ("\|\s*" optional as one group at each end: two \s* around an optional "|" split a line of spaces every way, quadratic.)
export const TABLE_DIVIDER = /^\s*(?:\|\s*)?:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*(?:\|\s*)?$/;

/**
 * Markdown: ATX and setext headings, paragraphs, list items, block quotes and table rows; HTML
 * comments (guidance left in a draft) and fenced code are not text. Inline markup (emphasis,
 * links, code spans, escapes, inline tags) is dropped from the text but kept in the map.
 */
export function markdownBlocks(source: string): ProseBlock[] {
  const lines = maskComments(source);
  const rows = spacedTableRows(lines);
  const blocks: ProseBlock[] = [];
  let para: Line[] = [];
  let paraList = false;
  let fenced: string | null = null;
  const flush = () => {
    if (para.length) {
      const block = inlineBlock(source, para, "paragraph", 0);
      if (block) blocks.push(paraList ? { ...block, listItem: true } : block);
    }
    para = [];
    paraList = false;
  };
  for (let i = 0; i < lines.length; i++) {
    let l = lines[i];
    if (fenced !== null) {
      if (l.text.trimStart().startsWith(fenced)) fenced = null;
      continue;
    }
    const fence = FENCE.exec(l.text);
    if (fence) {
      flush();
      fenced = fence[1];
      continue;
    }
    // Block quotes: read the quoted text as if it were not quoted.
    const q = QUOTE.exec(l.text);
    if (q) l = { text: l.text.slice(q[0].length), start: l.start + q[0].length };
    if (isBlank(l.text)) {
      flush();
      continue;
    }
    const atx = ATX.exec(l.text);
    if (atx) {
      flush();
      const text = atxText(atx[3]);
      const at = text ? l.text.length - atx[3].length : atx[1].length + atx[2].length;
      const h = inlineBlock(source, [{ text, start: l.start + at }], "heading", atx[2].length);
      if (h) blocks.push(h);
      continue;
    }
    if (para.length && !paraList && SETEXT.test(l.text)) {
      const level = l.text.trim().startsWith("=") ? 1 : 2;
      const h = inlineBlock(source, para, "heading", level);
      para = [];
      if (h) blocks.push(h);
      continue;
    }
    if (RULE.test(l.text)) {
      flush();
      continue;
    }
    if (TABLE_DIVIDER.test(l.text) && l.text.includes("-") && (l.text.includes("|") || para.length)) {
      flush();
      continue;
    }
    if (/^\s*\|/.test(l.text)) {
      // A table row: one paragraph, cells separated by spaces.
      flush();
      const row = tableRow(l, PIPE_CELLS, appendInline);
      if (row) blocks.push(row);
      continue;
    }
    const li = LIST.exec(l.text);
    if (li) {
      flush();
      para = [{ text: l.text.slice(li[0].length), start: l.start + li[0].length }];
      paraList = true;
      continue;
    }
    if (rows[i]) {
      // A row of a table laid out with spaces, read as a pipe table's row (a line of dashes is a rule, above).
      flush();
      const row = tableRow(l, SPACED_CELLS, appendInline);
      if (row) blocks.push(row);
      continue;
    }
    para.push(l);
  }
  flush();
  return blocks;
}

/** Lines of the source with HTML comments blanked out (offsets unchanged). */
function maskComments(source: string): Line[] {
  return splitLines(blankComments(source));
}


/** A pipe table's cells (Markdown). */
const PIPE_CELLS = /[^|]+/g;
/** A table laid out with spaces: its cells are the runs of words that one space joins, two or more spaces part. */
const SPACED_CELLS = /\S+(?: \S+)*/g;

/** A table row as one paragraph: its cells (the matches of `cells`, trimmed) joined by one space, each read by `append`. */
function tableRow(l: Line, cells: RegExp, append: (b: MappedTextBuilder, s: string, at: number) => void): ProseBlock | undefined {
  const b = new MappedTextBuilder();
  let start = -1;
  let end = -1;
  cells.lastIndex = 0;
  for (let m = cells.exec(l.text); m; m = cells.exec(l.text)) {
    const cell = m[0];
    const lead = cell.length - cell.trimStart().length;
    const body = cell.trim();
    if (!body) continue;
    if (b.textLength) b.appendReplacement(" ", l.start + m.index);
    append(b, body, l.start + m.index + lead);
    if (start < 0) start = l.start + m.index + lead;
    end = l.start + m.index + lead + body.length;
  }
  const text = b.toString();
  return text.trim() ? { kind: "paragraph", level: 0, text, map: b.map, start, end } : undefined;
}

function inlineBlock(source: string, lines: Line[], kind: ProseBlock["kind"], level: number): ProseBlock | undefined {
  void source;
  const b = new MappedTextBuilder();
  let start = -1;
  let end = -1;
  for (const l of lines) {
    const lead = l.text.length - l.text.trimStart().length;
    let body = l.text.trim();
    // A hard line break ("two spaces" or a backslash at the end) is a space here.
    if (body.endsWith("\\")) body = body.slice(0, -1).trimEnd();
    if (!body) continue;
    if (b.textLength > 0) b.appendReplacement(" ", l.start + lead - 1);
    appendInline(b, body, l.start + lead);
    if (start < 0) start = l.start + lead;
    end = l.start + lead + body.length;
  }
  const text = b.toString();
  if (!text.trim()) return undefined;
  return { kind, level, text, map: b.map, start, end };
}

// Inline Markdown that is markup, not text: emphasis runs, code-span ticks, link targets, inline
// tags, backslash escapes. Each match names the ranges to drop.
// (A link's text and target and a tag read at most 1,000 characters: each "[" or "<" of a stranger's line of them ran to
// the line's end, quadratic - 16,000 "[" took 0.7 s. A link or inline tag that long is not one a draft holds.)
export const INLINE = /(\\)[\\`*_{}[\]()#+\-.!|<>~]|!?\[([^\]\n]{0,1000})\]\(([^)\n]{0,1000})\)|<\/?[A-Za-z][^>\n]{0,1000}>|(\*{1,3}|_{1,3})(?=\S)|(?<=\S)(\*{1,3}|_{1,3})|`+/g;

/** Appends a line of Markdown, dropping inline markup; `at` is the source offset of `s[0]`. */
export function appendInline(b: MappedTextBuilder, s: string, at: number): void {
  // A regex of its own at each depth: a link's text is read by a nested call. Kept, not made for
  // each line (round 35: compiling one a line was ~1% of reading a Markdown filing).
  const inline = (inlineAtDepth[inlineDepth] ??= new RegExp(INLINE.source, "g"));
  inline.lastIndex = 0;
  inlineDepth++;
  try {
    appendInlineWith(inline, b, s, at);
  } finally {
    inlineDepth--;
  }
}

const inlineAtDepth: RegExp[] = [];
let inlineDepth = 0;

function appendInlineWith(inline: RegExp, b: MappedTextBuilder, s: string, at: number): void {
  let last = 0;
  for (let m = inline.exec(s); m; m = inline.exec(s)) {
    const i = m.index;
    const tok = m[0];
    if (m[1]) {
      // "\*": keep the escaped character.
      if (i > last) appendVisible(b, s.slice(last, i), at + last);
      b.append(tok[1], at + i + 1);
      last = i + 2;
      continue;
    }
    if (m[2] !== undefined) {
      // [text](url) → text.
      if (i > last) appendVisible(b, s.slice(last, i), at + last);
      const textAt = i + tok.indexOf("[") + 1;
      appendInline(b, m[2], at + textAt);
      last = i + tok.length;
      continue;
    }
    const emphasis = m[4] ?? m[5];
    if (emphasis && emphasis[0] === "_" && isWordChar(s[i - 1]) && isWordChar(s[i + tok.length])) continue; // snake_case
    if (i > last) appendVisible(b, s.slice(last, i), at + last);
    last = i + tok.length;
  }
  if (last < s.length) appendVisible(b, s.slice(last), at + last);
}

/**
 * `s` appended without its soft hyphens (U+00AD; windows-1252's 0xAD): invisible where no line breaks at them, a
 * word processor leaves them inside words ("Cyber\u00adsecurity"), where they would split the word for every reader.
 */
function appendVisible(b: MappedTextBuilder, s: string, at: number): void {
  let from = 0;
  for (let k = s.indexOf("\u00ad"); k >= 0; k = s.indexOf("\u00ad", from)) {
    if (k > from) b.append(s.slice(from, k), at + from);
    from = k + 1;
  }
  if (from < s.length) b.append(from === 0 ? s : s.slice(from), at + from);
}

function isWordChar(c: string | undefined): boolean {
  return c !== undefined && /[A-Za-z0-9]/.test(c);
}

// ---------------------------------------------------------------------------------------------
// HTML (and Word, through mammoth's HTML)

/**
 * HTML: the text of each block element is one block; h1–h6 are headings. `source` is what the map
 * points into; for a Word document that is mammoth's HTML (see docx.ts).
 */
export function htmlBlocks(source: string, lo = 0, hi = source.length, ixPrefix: string | null = null, partial?: PartialRender): ProseBlock[] {
  const rendered = htmlToText(source, lo, hi, { ixPrefix, html: false, partial });
  // Searched in the window only: a regex left to run on would scan the rest of a 4 MB filing.
  const window = lo === 0 && hi === source.length ? source : source.slice(lo, hi);
  const shift = <R extends { start: number; end: number }>(r: R): R => ({ ...r, start: r.start + lo, end: r.end + lo });
  const parts = mappedLines(rendered.text, rendered.map);
  const startOf = (part: (typeof parts)[number]): number => (part.map.length ? part.map[0][1] : 0);
  // A range is asked for by the blocks' starts only: none starts after the last block's (a partial
  // render keeps the text of a part of the window; the markup after it is not searched, round 35).
  const last = parts.reduce((m, part) => Math.max(m, startOf(part)), -1) - lo;
  const headings = headingRanges(window, last).map(shift);
  const items = listItemRanges(window, last).map(shift);
  const blocks: ProseBlock[] = [];
  for (const part of parts) {
    const start = startOf(part);
    const end = sourceEnd(part.text, part.map);
    const level = rangeAt(headings, start)?.level ?? 0;
    const item = level ? undefined : rangeAt(items, start);
    if (item?.bold && looksLikeHeading(part.text)) {
      // A numbered heading (Word's "1. Cybersecurity", "1.1 Governance" in bold): a heading at its list depth.
      blocks.push({ kind: "heading", level: 0, listLevel: item.depth, text: part.text, map: part.map, start, end });
      continue;
    }
    blocks.push({ kind: level ? "heading" : "paragraph", level, text: part.text, map: part.map, start, end, ...(item ? { listItem: true } : {}) });
  }
  return blocks;
}

/**
 * Where each <li>'s own content lies (up to its end, the next item, or a list nested in it), how
 * deep in lists it is (1 for a top-level list), and whether that content is one bold run.
 */
function listItemRanges(source: string, until = source.length): { start: number; end: number; depth: number; bold: boolean }[] {
  const out: { start: number; end: number; depth: number; bold: boolean }[] = [];
  const tag = /<(\/?)(ol|ul|li)\b[^>]*>/gi;
  let depth = 0;
  let open: { start: number; depth: number } | undefined;
  const close = (end: number) => {
    if (!open) return;
    const content = source.slice(open.start, end).trim();
    out.push({ start: open.start, end, depth: open.depth, bold: WHOLE_BOLD.test(content) });
    open = undefined;
  };
  // Items that start after `until` are never asked for: the tags are searched up to it, and then
  // only the tag that ends the item still open there (round 35).
  const head = upToTagAt(source, until);
  let after = 0;
  for (let m = tag.exec(head); m; m = tag.exec(head)) {
    const name = m[2].toLowerCase();
    close(m.index);
    if (m.index > until) return out;
    after = m.index + m[0].length;
    if (name === "li") {
      if (!m[1]) open = { start: m.index + m[0].length, depth: Math.max(depth, 1) };
    } else depth = Math.max(0, depth + (m[1] ? -1 : 1));
  }
  if (open && head !== source) {
    tag.lastIndex = after;
    const m = tag.exec(source);
    if (m) {
      close(m.index);
      return out;
    }
  }
  close(source.length);
  return out;
}

/**
 * `source` up to the end of the tag that holds or follows offset `until`: a match of a start-tag
 * pattern (`<name…>`, no ">" inside) that starts at or before `until` lies wholly inside it.
 */
function upToTagAt(source: string, until: number): string {
  const gt = until >= source.length ? -1 : source.indexOf(">", Math.max(0, until));
  // No tag ends after the last ">": cut there, so that each try of a tag's [^>]* ends at a ">" (a stranger's "<ol" or "<h1"
  // repeated with no ">" after made every try run to the end, quadratic).
  return source.slice(0, (gt === -1 ? source.lastIndexOf(">") : gt) + 1);
}

/** An element's content that is one <strong> / <b> run and nothing else. */
const WHOLE_BOLD = /^<(strong|b)\b[^>]*>(?:(?!<\/?(?:strong|b)\b)[^])*<\/\1\s*>$/i;

function sourceEnd(text: string, map: TextMap): number {
  if (!map.length) return 0;
  const [t, s] = map[map.length - 1];
  return s + Math.max(1, text.length - t);
}

interface HeadingRange {
  start: number;
  end: number;
  level: number;
}

/** `</hN>` for each level, made once. */
const HEADING_CLOSE: Record<string, RegExp> = {};

function headingRanges(source: string, until = source.length): HeadingRange[] {
  const out: HeadingRange[] = [];
  const open = /<h([1-6])\b[^>]*>/gi;
  const head = upToTagAt(source, until);
  for (let m = open.exec(head); m && m.index <= until; m = open.exec(head)) {
    const close = (HEADING_CLOSE[m[1]] ??= new RegExp(`</h${m[1]}\\s*>`, "gi"));
    close.lastIndex = m.index + m[0].length;
    const c = close.exec(source);
    const end = c ? c.index : source.length;
    out.push({ start: m.index, end, level: Number(m[1]) });
    open.lastIndex = end;
  }
  return out;
}

/** The range holding `at`, by binary search (ranges are sorted and do not overlap). */
function rangeAt<R extends { start: number; end: number }>(ranges: R[], at: number): R | undefined {
  let lo = 0;
  let hi = ranges.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ranges[mid].start <= at) lo = mid + 1;
    else hi = mid;
  }
  const r = ranges[lo - 1];
  return r && at < r.end ? r : undefined;
}

// ---------------------------------------------------------------------------------------------

/** The raw blocks of a prose document, by its format (a Word document is read through docx.ts). */
export function proseBlocks(doc: Pick<SourceDocument, "format" | "text">): ProseBlock[] {
  switch (doc.format) {
    case "markdown":
      return markdownBlocks(doc.text);
    case "html":
      return htmlBlocks(doc.text);
    case "text":
      return textBlocks(doc.text);
    default:
      throw new Error(`not a prose format: ${doc.format}`);
  }
}

// ---------------------------------------------------------------------------------------------
// Blocks → the section

export const NO_SECTION = "not a disclosure: no Item 1C / Item 16K / Cybersecurity section found";

/** The section's paragraphs with the headings above each, as the model carries them. */
export function sectionOf(file: string, section: CyberSection): DisclosureSection {
  const paths = headingPaths(section.blocks);
  const paragraphs: SectionParagraph[] = [];
  section.blocks.forEach((b, i) => {
    if (b.kind !== "paragraph") return;
    paragraphs.push({ text: b.text, textMap: b.map, file, start: b.start, end: b.end, headings: paths[i].map((h) => h.text) });
  });
  const h = section.heading;
  return { file, heading: { text: h.text, start: h.start, end: h.end }, ...(section.item ? { item: section.item } : {}), paragraphs };
}

// How far before the first cyd text block the item's heading may lie, and after the last one its
// untagged paragraphs: Inline XBRL markup is several times its text.
const SECTION_MARGIN = 120_000;

/**
 * The cybersecurity section of an HTML filing around [from, to) (where its cyd text blocks are):
 * the Item 1C / 16K heading before them and the paragraphs up to the next item. Without such a
 * heading, the paragraphs of [from, to) alone.
 */
export function sectionAround(doc: SourceDocument, from: number, to: number, ixPrefix: string | null, tagged: { start: number; end: number }[] = []): DisclosureSection | undefined {
  const lo = Math.max(0, from - SECTION_MARGIN);
  const hi = Math.min(doc.text.length, to + SECTION_MARGIN);
  const near = windowMode.whole ? undefined : nearSection(doc.text, lo, hi, from, to, ixPrefix, tagged);
  // Kept only when the whole window would find it too (else: the whole window, below).
  if (near && holdsTagged(near, from, to)) return sectionOf(doc.file, near);
  return sectionInWindow(doc, lo, hi, from, to, ixPrefix, tagged);
}

function holdsTagged(section: CyberSection, from: number, to: number): boolean {
  const paras = section.blocks.filter((b) => b.kind === "paragraph");
  return paras.length > 0 && paras[0].start <= to && paras[paras.length - 1].end >= from;
}

/** `whole`: always read the whole window, as before nearSection (the differential test compares the two). */
export const windowMode = { whole: false };

/** sectionAround read from the whole window [lo, hi): what nearSection must agree with. */
export function sectionInWindow(
  doc: SourceDocument, lo: number, hi: number, from: number, to: number, ixPrefix: string | null, tagged: { start: number; end: number }[],
): DisclosureSection | undefined {
  const blocks = demoteTaggedLines(normaliseBlocks(htmlBlocks(doc.text, lo, hi, ixPrefix)), tagged);
  const found = findSection(blocks);
  // The heading found must be the one whose section holds the tagged text.
  if (found && holdsTagged(found, from, to)) return sectionOf(doc.file, found);
  const inside = blocks.filter((b) => b.end > from && b.start < to);
  if (inside.length === 0) return undefined;
  const section = sectionOf(doc.file, { heading: inside[0], blocks: inside });
  delete section.heading;
  return section;
}

// How much markup around the tagged text is rendered first (the item's heading and the next item's
// lie within a few kilobytes of it in real filings), and around a mention of the item elsewhere.
const NEAR_MARGIN = 16_000;
const MENTION_MARGIN = 8_000;

/**
 * The Item 1C / 16K section of the window [lo, hi) found by rendering only [from - NEAR_MARGIN,
 * to + NEAR_MARGIN) of it, or undefined when that cannot be sure to be the whole window's. The walk
 * still runs over the whole window (so the text kept is the same text, cut at the same tags) and
 * watches all of its text for "item 1c" / "item 16k". Every such mention outside the blocks known to
 * be the whole window's (a cut may change the first and last few) is rendered around too (a table of
 * contents entry): each must lie in blocks known the same, and whatever Item 1C / 16K section it
 * heads must end among them and weigh less than the one found, as findSection weighs them.
 */
export function nearSection(
  source: string, lo: number, hi: number, from: number, to: number, ixPrefix: string | null, tagged: { start: number; end: number }[],
): CyberSection | undefined {
  const keepFrom = Math.max(lo, from - NEAR_MARGIN);
  const keepTo = Math.min(hi, to + NEAR_MARGIN);
  if (keepFrom === lo && keepTo === hi) return undefined;
  const watch = new ItemMentionWatch();
  const near = knownBlocks(source, lo, hi, hi, keepFrom, keepTo, ixPrefix, tagged, watch);
  const sizes = near && closedItemSectionSizes(near);
  if (!near || !sizes || sizes.length === 0) return undefined;
  const best = Math.max(...sizes);
  const first = near[0].start;
  const last = near[near.length - 1].end;
  let covered = -1; // mentions before this offset lie in blocks already checked
  for (const at of watch.hits) {
    if ((at >= first && at < last) || at < covered) continue;
    const around = knownBlocks(source, lo, hi, Math.min(hi, at + MENTION_MARGIN), Math.max(lo, at - MENTION_MARGIN), at + MENTION_MARGIN, ixPrefix, tagged);
    if (!around || at < around[0].start || at >= around[around.length - 1].end) return undefined;
    const other = closedItemSectionSizes(around);
    // Before the section found, a tie goes to the other heading; after it, to the one found.
    if (!other || other.some((size) => (at < first ? size >= best : size > best))) return undefined;
    covered = around[around.length - 1].end;
  }
  const found = findSection(near);
  return found?.item ? found : undefined;
}

/**
 * The blocks of the window [lo, hi) that a render of [keepFrom, keepTo) only is sure to have as a render of
 * the whole window would (tagged lines demoted), or undefined: the first and last raw blocks may be
 * parts of the whole window's; normalising restarts cleanly at `k`; the last two blocks normalised
 * may still change with what follows, and demoting a line looks at its neighbours. A side where the
 * kept part reaches the window's edge is the whole window's as it is.
 */
function knownBlocks(
  source: string, lo: number, hi: number, walkTo: number, keepFrom: number, keepTo: number, ixPrefix: string | null,
  tagged: { start: number; end: number }[], watch: PartialRender["watch"] = { read() {} },
): ProseBlock[] | undefined {
  // The walk may stop before the window's end (walkTo): then the end is a cut too.
  const raw = htmlBlocks(source, lo, walkTo, ixPrefix, { from: keepFrom, to: keepTo, watch });
  const head = keepFrom <= lo;
  const tail = walkTo >= hi && keepTo >= hi;
  const k = head ? 0 : normaliseRestart(raw, 1, raw.length - 1);
  if (k < 0) return undefined;
  const normal = normaliseBlocks(raw.slice(k, tail ? raw.length : raw.length - 1));
  const start = head ? 0 : 1;
  const end = tail ? normal.length : normal.length - 4;
  const blocks = demoteTaggedLines(normal, tagged).slice(start, Math.max(start, end));
  return blocks.length ? blocks : undefined;
}

// How many "Item 1C" mentions an untagged filing's section is looked for at (a table of contents,
// the heading, cross-references): each costs one bounded read of the markup after it.
const MAX_ITEM_MENTIONS = 8;
/** What an "Item 1C" / "Item 16K" mention is: itemMentions finds this regex's matches (test/sources/item-mentions.test.ts). */
export const ITEM_MENTION = /\bitem(?:\s|&#160;|&#xa0;|&nbsp;)*(?:1c|16k)\b/gi;
const INCIDENT_ITEM_MENTION = /\bitem(?:\s|&#160;|&#xa0;|&nbsp;)*1\.05\b/gi;

/** A \w character (ASCII letters, digits, "_"): what \b looks at. */
function isWordCode(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || c === 0x5f || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a);
}

/** Whether text[at, at + word.length) is `word` (ASCII lower-case letters and other characters) in any case, as /i reads it. */
function isFolded(text: string, at: number, word: string): boolean {
  for (let k = 0; k < word.length; k++) {
    const c = text.charCodeAt(at + k);
    const w = word.charCodeAt(k);
    if (c !== w && !(w >= 0x61 && w <= 0x7a && c === w - 0x20)) return false;
  }
  return true;
}

/**
 * ITEM_MENTION's matches in `text`, in order, found from each "1" (round 41: the regex read a whole
 * untagged filing a character at a time, ~5 M instructions; a filing has ~15,000 "1"s and two or three
 * mentions). A "1c" / "16k" ending a word is read back over the spaces and no-break space references
 * before it (a run of them splits one way only: a reference ends in ";", a space is one character) to
 * an "item" starting a word.
 */
export function* itemMentions(text: string): Generator<{ index: number; length: number }> {
  for (let one = text.indexOf("1"); one !== -1; one = text.indexOf("1", one + 1)) {
    const end = (text.charCodeAt(one + 1) | 0x20) === 0x63 ? one + 2 : text.charCodeAt(one + 1) === 0x36 && (text.charCodeAt(one + 2) | 0x20) === 0x6b ? one + 3 : -1;
    if (end === -1 || (end < text.length && isWordCode(text.charCodeAt(end)))) continue;
    let at = one;
    for (;;) {
      if (at > 0 && isJsSpace(text.charCodeAt(at - 1))) at--;
      else if (at >= 6 && text.charCodeAt(at - 1) === 0x3b && (isFolded(text, at - 6, "&#160;") || isFolded(text, at - 6, "&#xa0;") || isFolded(text, at - 6, "&nbsp;"))) at -= 6;
      else break;
    }
    const start = at - 4;
    if (start < 0 || !isFolded(text, start, "item") || (start > 0 && isWordCode(text.charCodeAt(start - 1)))) continue;
    yield { index: start, length: end - start };
  }
}

/** A global regex's matches in `text`, one at a time (as matchAll reads them: the rest is not searched when the caller stops). */
function* matchesOf(text: string, re: RegExp): Generator<{ index: number; length: number }> {
  for (const m of text.matchAll(re)) yield { index: m.index, length: m[0].length };
}

/**
 * The cybersecurity section of an HTML filing that tags none of it (Inline XBRL before cyd tagging):
 * read after each "Item 1C" / "Item 16K" mention (an incident report's: "Item 1.05"), the section
 * whose heading is that mention and that holds the most text (a table of contents names the item
 * and holds nothing; a sentence that names Item 1.05 heads nothing).
 */
export function sectionByHeading(doc: SourceDocument, ixPrefix: string | null, incident = false): DisclosureSection | undefined {
  let best: { found: CyberSection; size: number } | undefined;
  let n = 0;
  const mentions = incident ? matchesOf(doc.text, INCIDENT_ITEM_MENTION) : itemMentions(doc.text);
  for (const m of mentions) {
    if (++n > MAX_ITEM_MENTIONS) break;
    const at = m.index;
    const blocks = normaliseBlocks(htmlBlocks(doc.text, at, Math.min(doc.text.length, at + SECTION_MARGIN), ixPrefix));
    const found = incident ? findIncidentReport(blocks) : findSection(blocks);
    if (!found || found.heading.start > at + m.length) continue;
    const size = found.blocks.reduce((k, b) => k + (b.kind === "paragraph" ? b.text.length : 0), 0);
    if (size > 0 && (!best || size > best.size)) best = { found, size };
  }
  if (best) return sectionOf(doc.file, best.found);
  if (incident) return undefined;
  return BARE_CYBER_HEADING.test(doc.text) ? sectionByBareHeading(doc, ixPrefix) : undefined;
}

/** An element whose whole text starts with "Cybersecurity" and stays short: where a heading without an item number could be. */
const BARE_CYBER_HEADING = />(?:\s|&#160;|&#xa0;|&nbsp;)*cyber(?:\s|&#160;|-)?security[^<.]{0,80}</i;

/**
 * A filing laid out by a "Form 10-K cross-reference index" heads Item 1C "Cybersecurity" with no
 * item number: read the whole document (once, and only when no Item 1C / 16K mention heads a
 * section) and take findSection's heading, which skips a risk factor or MD&A subsection.
 */
function sectionByBareHeading(doc: SourceDocument, ixPrefix: string | null): DisclosureSection | undefined {
  const found = findSection(normaliseBlocks(htmlBlocks(doc.text, 0, doc.text.length, ixPrefix)));
  return found && found.blocks.some((b) => b.kind === "paragraph") ? sectionOf(doc.file, found) : undefined;
}

/**
 * A heading-shaped line that is the whole of a tagged block ("Chief Information Security Officer;
 * Chief Technology Officer" as the positions block) is that block's text, not a heading.
 */
function demoteTaggedLines(blocks: ProseBlock[], tagged: { start: number; end: number }[]): ProseBlock[] {
  if (tagged.length === 0) return blocks;
  return blocks.map((b, i) => {
    if (b.kind !== "heading" || b.level !== 0) return b;
    const whole = tagged.some(
      (r) => r.start <= b.start && b.end <= r.end && !(blocks[i - 1] && blocks[i - 1].start >= r.start) && !(blocks[i + 1] && blocks[i + 1].start < r.end),
    );
    return whole ? { ...b, kind: "paragraph" as const } : b;
  });
}

/**
 * Reads a prose draft from its raw blocks: finds the cybersecurity section and hands over its
 * paragraphs. What each paragraph addresses is the engine's question (engine/elements.ts): a reader
 * never judges. There are no facts: a prose draft has no tags.
 */
export function readProseBlocks(doc: SourceDocument, raw: ProseBlock[], hints: ReadHints = {}): ReadResult {
  const blocks = normaliseBlocks(raw);
  const section = findSection(blocks);
  if (!section) {
    // An incident report (Form 8-K Item 1.05, Form 6-K) is a disclosure too, with its own section.
    const incident = findIncidentReport(blocks, hints.form);
    if (incident) {
      const info: DocumentInfo = incident.form ? { documentType: incident.form } : {};
      return { facts: [], diagnostics: [], info, cydNamespaces: [], section: sectionOf(doc.file, incident) };
    }
    const err = new InputError(
      `${NO_SECTION}: a draft needs a heading "Item 1C. Cybersecurity" (Form 10-K), "Item 16K. Cybersecurity" (Form 20-F) or "Cybersecurity", or, for an incident report, "Item 1.05. Material Cybersecurity Incidents" (Form 8-K) or --form 8-K / 6-K`,
    );
    err.notADisclosure = true;
    throw err;
  }
  const doubt = sectionDoubt(blocks, section);
  const read = doubt?.extended ?? section;
  const item = read.item;
  const info: DocumentInfo = item === "16K" ? { documentType: "20-F" } : item === "1C" ? { documentType: "10-K" } : {};
  return { facts: [], diagnostics: doubt ? [cutShort(doc, read, doubt)] : [], info, cydNamespaces: [], section: sectionOf(doc.file, read) };
}

/** Where the section found ended, and that it was read on past cybersecurity text after it. */
function cutShort(doc: SourceDocument, section: CyberSection, doubt: SectionDoubt): ReaderDiagnostic {
  const index = LineIndex.of(doc);
  const position = index.position(doubt.cut.start, doubt.cut.end);
  const last = section.blocks[section.blocks.length - 1];
  const to = index.position(last.start, last.end).endLine;
  const message =
    `the section under “${section.heading.text}” ended at line ${position.line} (“${doubt.cut.text}”, a heading at its level), but ${doubt.trailingChars} characters ` +
    `of cybersecurity text followed before the next item, more than the ${doubt.sectionChars} it held; it was read on to line ${to}, and its absence findings are info`;
  return { code: "section-cut-short", message, position, evidence: doubt.cut.text };
}

function proseReader(format: "markdown" | "text" | "html"): Reader {
  return { format, read: (doc, hints) => readProseBlocks(doc, proseBlocks(doc), hints) };
}

export const markdownReader = proseReader("markdown");
export const textReader = proseReader("text");
export const htmlReader = proseReader("html");
