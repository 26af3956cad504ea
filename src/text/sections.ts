// From raw prose blocks to the cybersecurity section: drop page furniture, mend paragraphs a page
// break cut in two, recognise headings by their shape, then find "Item 1C. Cybersecurity",
// "Item 16K. Cybersecurity" or a "Cybersecurity" heading, and the blocks it holds.

import { MappedTextBuilder } from "../model/position.js";
import doubt from "./section-doubt.json" with { type: "json" };
import titles from "./section-titles.json" with { type: "json" };
import type { TextMap } from "../model/types.js";

/** One heading or one paragraph of a prose document (a list item and a table row are paragraphs). */
export interface ProseBlock {
  kind: "heading" | "paragraph";
  /** 1–6 when the markup gives the level (Markdown #, setext, HTML h1–h6); 0 for a heading recognised by its shape, and for paragraphs. */
  level: number;
  /** Plain text on one line: source line breaks inside a paragraph become spaces. */
  text: string;
  /** text offset → source offset (in the decoded text of the document). */
  map: TextMap;
  /** Source range of the block. */
  start: number;
  end: number;
  /** A list item (its bullet or number removed from `text` when the markup marks it). */
  listItem?: boolean;
  /** A heading that is a bold numbered list item ("1. Cybersecurity"): its list depth, 1 for a top-level list. */
  listLevel?: number;
}

/** Appends an already-mapped text to a builder. */
export function appendMapped(b: MappedTextBuilder, text: string, map: TextMap): void {
  if (text.length === 0) return;
  if (map.length === 0) {
    b.append(text, 0);
    return;
  }
  for (let i = 0; i < map.length; i++) {
    const [t, s] = map[i];
    const next = i + 1 < map.length ? map[i + 1][0] : text.length;
    if (next > t) b.append(text.slice(t, next), s);
  }
}

/**
 * Slices of one mapped text taken left to right ([a, b) with a never decreasing): each slice starts
 * its map search where the last one stopped, so slicing a text into all its paragraphs is linear.
 */
export class MappedSlicer {
  private i = 0;

  constructor(
    private readonly text: string,
    private readonly map: TextMap,
  ) {}

  slice(a: number, b: number): { text: string; map: TextMap } {
    const map = this.map;
    if (a < (map[this.i]?.[0] ?? 0)) this.i = 0;
    while (this.i + 1 < map.length && map[this.i + 1][0] <= a) this.i++;
    const out: TextMap = [];
    if (map.length) out.push([0, map[this.i][1] + Math.max(0, a - map[this.i][0])]);
    for (let j = this.i + 1; j < map.length && map[j][0] < b; j++) out.push([map[j][0] - a, map[j][1]]);
    return { text: this.text.slice(a, b), map: out };
  }
}

/** The lines of a mapped text ("\n"-separated), trimmed, the blank ones left out, each with its own map. */
export function mappedLines(text: string, map: TextMap): { text: string; map: TextMap }[] {
  const out: { text: string; map: TextMap }[] = [];
  const slicer = new MappedSlicer(text, map);
  let from = 0;
  while (from <= text.length) {
    let to = text.indexOf("\n", from);
    if (to === -1) to = text.length;
    let a = from;
    let b = to;
    while (a < b && /\s/.test(text[a])) a++;
    while (b > a && /\s/.test(text[b - 1])) b--;
    if (b > a) out.push(slicer.slice(a, b));
    from = to + 1;
  }
  return out;
}

/** The part [a, b) of a mapped text, with its own map. */
export function sliceMapped(text: string, map: TextMap, a: number, b: number): { text: string; map: TextMap } {
  return new MappedSlicer(text, map).slice(a, b);
}



export interface CyberSection {
  /** The heading that opens the section. */
  heading: ProseBlock;
  /** Which item the heading names, when it names one. */
  item?: "1C" | "16K" | "1.05";
  /** Everything after the heading up to the end of the section: sub-headings and paragraphs. */
  blocks: ProseBlock[];
}

// Page furniture that extraction leaves between paragraphs.
const NOISE = [
  /^[-–—\s]*\d{1,3}[-–—\s]*$/, // "48", "- 37 -"
  /^[ivxlc]{1,6}$/i, // roman page numbers
  /^table of contents$/i,
  /^(back to )?(table of )?contents$/i,
  /\bForm\s+(10-K|20-F)\s*\|\s*\d{1,3}\s*$/i, // "Molina Healthcare, Inc. 2025 Form 10-K | 36"
  /^\|?\s*\d{1,3}\s*\|?$/,
  /^--- ITEM \w+ ---$/, // a scraper's separator line
  /^index to (consolidated )?financial statements$/i,
];

const BULLET_ONLY = /^[•●▪◦\-–*·o]$/;
/** A list item's letter or roman numeral ("a.", "b)", "(iv)"), not an abbreviation that opens a cut sentence ("e.g.", "i.e."). */
const ITEM_LETTER = /^\(?(?:[a-z]|[ivx]{1,4})[.)](?![a-z]\.)/;

const ZERO_WIDTH = /[\u200b\u200c\u200d\u2060\ufeff]/g;

/** A page number, a running footer, "Table of Contents". */
export function isNoise(text: string): boolean {
  const t = text.replace(ZERO_WIDTH, "").trim();
  return t === "" || NOISE.some((re) => re.test(t));
}

const ITEM_HEADING = /^\W{0,3}(item|ITEM)\s*(\d{1,2}[A-Za-z]?)\b/i;
const PART_HEADING = /^\W{0,3}part\s+[ivx]+\b/i;
const SMALL_WORDS = new Set(["a", "an", "and", "as", "at", "by", "for", "from", "in", "of", "on", "or", "the", "to", "with", "its", "our"]);

/**
 * A line that reads as a heading: short, no closing sentence punctuation (an "Item 1C." or a short
 * Title Case line may end with a period), not a list item, starting with a capital or a digit.
 */
export function looksLikeHeading(text: string): boolean {
  const t = text.trim();
  if (t.length === 0 || t.length > 160) return false;
  if (ITEM_HEADING.test(t) || PART_HEADING.test(t)) return t.length <= 120;
  if (!/^[A-Z0-9“"(]/.test(t)) return false;
  const words = t.split(/\s+/);
  if (words.length > 16) return false;
  if (/[,;:]$/.test(t)) return false;
  if (/[.!?]["”’)]?$/.test(t)) {
    // "Governance." as a run-in heading on its own line: short Title Case only.
    return words.length <= 8 && isTitleCase(words) && !/[.!?].+[.!?]/.test(t);
  }
  // A sentence fragment has verbs and lower-case words; a heading is mostly Title Case or short.
  return words.length <= 8 || isTitleCase(words) || t === t.toUpperCase();
}

/**
 * A whole line that is an item or part heading ("ITEM 1C. CYBERSECURITY", "Part II"): the item
 * name in Title Case or capitals, so a wrapped sentence line ("Item 7 of this report discusses…")
 * is not one.
 */
export function isItemHeadingLine(text: string): boolean {
  const t = text.trim();
  if (t.length > 120 || /[,;]/.test(t) || !(ITEM_HEADING.test(t) || PART_HEADING.test(t))) return false;
  return isTitleCase(t.split(/\s+/));
}

const CAPITALISED = /^[“"(]?[A-Z0-9]/;

/** Whether at least three quarters of the words that are not small words are capitalised. */
function isTitleCase(words: string[]): boolean {
  let content = 0;
  let lower = 0;
  for (const w of words) {
    if (SMALL_WORDS.has(w.toLowerCase().replace(/[^a-z]/g, ""))) continue;
    content++;
    if (CAPITALISED.test(w)) continue;
    // More than a quarter of all the words (so of the content words) are in lower case: no heading.
    if (++lower * 4 > words.length) return false;
  }
  return content > 0 && (content - lower) / content >= 0.75;
}

/** A paragraph that stops without closing punctuation. */
function isOpen(text: string): boolean {
  return !/[.!?:]["”’)]?$/.test(text.trim());
}

function merge(a: ProseBlock, b: ProseBlock, sep = " "): ProseBlock {
  const builder = new MappedTextBuilder();
  appendMapped(builder, a.text, a.map);
  builder.appendReplacement(sep, Math.max(a.end - 1, 0));
  appendMapped(builder, b.text, b.map);
  return { ...a, text: builder.toString(), map: builder.map, end: b.end };
}

/**
 * Cleans raw blocks: page furniture out; a lone bullet joined to its text; a paragraph that starts
 * in lower case (cut by a page break) joined to the one before; short heading-shaped paragraphs
 * become headings.
 */
export function normaliseBlocks(raw: ProseBlock[]): ProseBlock[] {
  const out: ProseBlock[] = [];
  let pendingBullet: ProseBlock | undefined;
  for (const r of raw) {
    let b: ProseBlock = { kind: r.kind, level: r.level, text: r.text, map: r.map, start: r.start, end: r.end, ...(r.listItem ? { listItem: true } : {}), ...(r.listLevel ? { listLevel: r.listLevel } : {}) };
    if (b.kind === "paragraph" && isNoise(b.text)) continue;
    if (b.kind === "paragraph" && BULLET_ONLY.test(b.text.trim())) {
      pendingBullet = b;
      continue;
    }
    if (pendingBullet) {
      b = { ...merge(pendingBullet, b), kind: "paragraph", level: 0, listItem: true };
      pendingBullet = undefined;
    }
    if (b.kind === "paragraph" && !b.listItem && /^[a-z]/.test(b.text) && !ITEM_LETTER.test(b.text)) {
      // A paragraph cut by a page break, perhaps with a running header ("Unity Software Inc.") between the halves.
      let prev = out[out.length - 1];
      if (prev?.kind === "heading" && prev.level === 0 && out[out.length - 2]?.kind === "paragraph" && isOpen(out[out.length - 2].text)) {
        out.pop();
        prev = out[out.length - 1];
      }
      if (prev?.kind === "paragraph" && isOpen(prev.text)) {
        out[out.length - 1] = merge(prev, b);
        continue;
      }
    }
    if (b.kind === "paragraph" && !b.listItem && !/^[•●▪◦]/.test(b.text) && looksLikeHeading(b.text)) b = { ...b, kind: "heading", level: 0 };
    out.push(b);
  }
  if (pendingBullet) out.push(pendingBullet);
  return out;
}

const ITEM_1C = /^\W{0,3}item\s*1\s*c\b/i;
const ITEM_16K = /^\W{0,3}item\s*16\s*k\b/i;
const CYBER_ONLY = /^\W{0,3}cyber\s?security\W{0,3}$/i;
// A label before it ("SECTION: Cybersecurity Risk Management …", as exports of R pages write it) is allowed.
const CYBER_SUBHEADING = /^\W{0,3}(?:[a-z]{3,12}:\s*)?cyber\s?security\b.{0,80}\b(risk management|strategy|governance|disclosure)\b/i;

/** JavaScript's \s (what the item patterns' \s* skips), by character code. */
export function isJsSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * Watches a stream of text for where an "Item 1C" / "Item 16K" heading could be: every place the
 * characters read so far end in item\s*1\s*c or item\s*16\s*k (case-insensitive), with anything
 * that is not a character of the stream (tags, breaks) counted as nothing. Every such heading's
 * text holds one, so no heading is missed: `hits` has the source offset of each match's last character.
 */
export class ItemMentionWatch {
  /** 0: nothing; 1–3: "i", "it", "ite"; 4: "item" (spaces may follow); 5: "item 1"; 6: "item 16". */
  private state = 0;
  readonly hits: number[] = [];

  /** The string the next "1" was looked for in, and where it is in it (str.length: none). */
  private oneIn: string | null = null;
  private nextOne = -1;

  read(str: string, from: number, to: number, at: number, decoded: boolean): void {
    let state = this.state;
    if (state === 0 && !decoded) {
      // Most text segments hold no "1" (round 35): from "nothing" they can then hold no mention, and
      // where they leave the watch depends on their last few characters only.
      if (this.oneIn !== str || this.nextOne < from) {
        const one = str.indexOf("1", from);
        this.oneIn = str;
        this.nextOne = one === -1 ? str.length : one;
      }
      if (this.nextOne >= to) {
        this.state = endState(str, from, to);
        return;
      }
    }
    for (let k = from; k < to; k++) {
      if (state === 0) {
        // Most of a filing's text is nothing: run to the next "i" / "I" in a tight loop.
        while (k < to && (str.charCodeAt(k) | 0x20) !== 0x69) k++;
        if (k === to) break;
        state = 1;
        continue;
      }
      const c = str.charCodeAt(k);
      const l = c | 0x20; // ASCII letters in lower case; other codes compared as they are
      if (state >= 4 && isJsSpace(c)) continue;
      if (state === 5 && (l === 0x63 /* c */ || c === 0x36) /* 6 */) {
        if (c === 0x36) {
          state = 6;
          continue;
        }
        this.hits.push(decoded ? at : at + (k - from));
        state = 0;
        continue;
      }
      if (state === 6 && l === 0x6b /* k */) {
        this.hits.push(decoded ? at : at + (k - from));
        state = 0;
        continue;
      }
      if (state === 4 && c === 0x31 /* 1 */) state = 5;
      else if (state === 3 && l === 0x6d /* m */) state = 4;
      else if (state === 2 && l === 0x65 /* e */) state = 3;
      else if (state === 1 && l === 0x74 /* t */) state = 2;
      else state = l === 0x69 /* i */ ? 1 : 0;
    }
    this.state = state;
  }
}

/**
 * The watch's state after str[from, to) read from "nothing", when it holds no "1": "item" and spaces
 * after it (4), or the start of "item" at its very end (1-3), else nothing. (Whatever came before an
 * "i" does not matter: the watch is at 1 after any "i".)
 */
function endState(str: string, from: number, to: number): number {
  let j = to - 1;
  while (j >= from && isJsSpace(str.charCodeAt(j))) j--;
  if (j < to - 1) {
    // Spaces at the end: "item" before them, or nothing.
    for (let k = 0; k < 4; k++) if (j - k < from || (str.charCodeAt(j - k) | 0x20) !== ITEM_CODES[3 - k]) return 0;
    return 4;
  }
  // How many of "item"'s first letters end the text.
  for (let n = 4; n > 0; n--) {
    let ok = j - n + 1 >= from;
    for (let k = 0; ok && k < n; k++) ok = (str.charCodeAt(j - n + 1 + k) | 0x20) === ITEM_CODES[k];
    if (ok) return n;
  }
  return 0;
}

const ITEM_CODES = [0x69, 0x74, 0x65, 0x6d]; // i t e m

function candidateRank(b: ProseBlock): number {
  if (b.kind !== "heading") return 0;
  if (ITEM_1C.test(b.text) || ITEM_16K.test(b.text)) return 3;
  if (CYBER_ONLY.test(b.text)) return 2;
  if (CYBER_SUBHEADING.test(b.text)) return 1;
  return 0;
}

// section-titles.json: a 10-K / 20-F part's title standing as a heading without its item number.
const PART_TITLE = new RegExp(titles.partTitles, "i");
const ENCLOSING_TITLE = new RegExp(titles.enclosingTitles, "i");
const RISK_GROUP = new RegExp(titles.riskGroup, "i");
const ITEMS_BEFORE = new Set(titles.itemsBefore.map((x) => x.toUpperCase()));

/** A heading that ends a part of the report: an Item / Part heading, or a part's bare title ("LEGAL PROCEEDINGS"). */
function isPartBoundary(b: ProseBlock): boolean {
  return b.kind === "heading" && (ITEM_HEADING.test(b.text) || PART_HEADING.test(b.text) || PART_TITLE.test(b.text));
}

/** Where a section that starts at blocks[i] ends: the next Item / Part heading or part title, or a heading of the same or a higher level. */
function scanSectionEnd(blocks: ProseBlock[], i: number): number {
  const head = blocks[i];
  for (let j = i + 1; j < blocks.length; j++) {
    const b = blocks[j];
    if (b.kind !== "heading") continue;
    const isItem = ITEM_HEADING.test(b.text) || PART_HEADING.test(b.text);
    if (!isItem && PART_TITLE.test(b.text)) return j;
    // A page's running header ("PART I" over "ITEM 1C. CYBERSECURITY" at the top of each page of a
    // designed 10-K) names the same item again: the section goes on past it.
    if (PART_HEADING.test(b.text) && j + 1 < blocks.length && blocks[j + 1].kind === "heading" && sameItem(blocks[j + 1], head)) continue;
    if (isItem && !sameItem(b, head)) return j;
    if (head.level > 0 && b.level > 0 && b.level <= head.level && !isCyberHeading(b.text) && !(isItem106Heading(head) && ITEM_106_PART.test(b.text))) return j;
    // "4. Cybersecurity" in a numbered outline ends at "5. Properties"; its "4.1 Governance" is inside.
    if (head.listLevel && b.listLevel && b.listLevel <= head.listLevel && !isCyberHeading(b.text)) return j;
  }
  return blocks.length;
}

/** Whether two headings name the same item, 1C or 16K. */
function sameItem(a: ProseBlock, b: ProseBlock): boolean {
  return (ITEM_1C.test(a.text) && ITEM_1C.test(b.text)) || (ITEM_16K.test(a.text) && ITEM_16K.test(b.text));
}

function isCyberHeading(text: string): boolean {
  return /cyber/i.test(text);
}

/**
 * The parts Item 106 / 16K asks for, as drafters title them ("Risk Management and Strategy",
 * "Governance"). Under an Item 1C / 16K heading, a heading styled like the item's own (a Word
 * draft with the item and its subheadings all in Heading 2) that names one of them is a subheading.
 */
const ITEM_106_PART = /\b(?:risk management|strategy|governance|oversight|incidents?|threats?|third[- ]part(?:y|ies)|information security)\b/i;

function isItem106Heading(b: ProseBlock): boolean {
  return ITEM_1C.test(b.text) || ITEM_16K.test(b.text);
}

/**
 * The sections' bounds over one list of blocks, each lookup in constant time on average. A stranger's
 * file of 30,000 "Item 1C" headings made every candidate scan to the end of the document (quadratic:
 * 800 KB ran past the time budget); the lookups give the same answers in one pass each.
 */
interface SectionIndex {
  /** scanSectionEnd(blocks, i). */
  end(i: number): number;
  /** What the section (i, end) weighs: its paragraphs' characters, one for each heading. */
  size(i: number, end: number): number;
  /** The nearest part boundary before blocks[i], -1 if none. */
  boundaryBefore(i: number): number;
  /** The first part boundary after blocks[i], else blocks.length. */
  boundaryAfter(i: number): number;
  /** Whether a heading in (i, end) names a group of risk factors. */
  riskGroupIn(i: number, end: number): boolean;
}

function sectionIndex(blocks: ProseBlock[]): SectionIndex {
  const n = blocks.length;
  const weight = new Float64Array(n + 1);
  const riskGroups = new Int32Array(n + 1);
  const before = new Int32Array(n);
  const after = new Int32Array(n);
  let last = -1;
  for (let j = 0; j < n; j++) {
    const b = blocks[j];
    before[j] = last;
    if (isPartBoundary(b)) last = j;
    weight[j + 1] = weight[j] + (b.kind === "paragraph" ? b.text.length : 1);
    riskGroups[j + 1] = riskGroups[j] + (b.kind === "heading" && RISK_GROUP.test(b.text) ? 1 : 0);
  }
  let next = n;
  for (let j = n - 1; j >= 0; j--) {
    after[j] = next;
    if (isPartBoundary(blocks[j])) next = j;
  }
  // A section's end depends on its heading only through this key: a heading of the same key inside
  // the last section scanned for that key ends where it ends (none of the blocks between stopped it).
  const scanned = new Map<string, { start: number; end: number }>();
  return {
    end(i) {
      const head = blocks[i];
      const key = `${head.level}|${head.listLevel ?? ""}|${ITEM_1C.test(head.text)}|${ITEM_16K.test(head.text)}`;
      const seen = scanned.get(key);
      if (seen && seen.start < i && i < seen.end) return seen.end;
      const end = scanSectionEnd(blocks, i);
      scanned.set(key, { start: i, end });
      return end;
    },
    size: (i, end) => weight[end] - weight[i + 1],
    boundaryBefore: (i) => before[i],
    boundaryAfter: (i) => after[i],
    riskGroupIn: (i, end) => riskGroups[end] - riskGroups[i + 1] > 0,
  };
}

/** Whether two headings are set alike: the same markup level, else both in capitals or both not. */
function sameStyle(a: ProseBlock, b: ProseBlock): boolean {
  if (a.level > 0 && b.level > 0) return a.level === b.level;
  return (a.text === a.text.toUpperCase()) === (b.text === b.text.toUpperCase());
}

/**
 * Whether a heading without an item number ("Cybersecurity") is a subsection of another part rather
 * than the item itself: below an Item heading (a risk factor in Item 1A, a topic in Item 1 or 7; not
 * Item 1B / 16J, the item just before, whose bare successor is the item left unnumbered), or
 * below a bare part title of section-titles.json's enclosingTitles ("Risk Factors", "Management's
 * Discussion and Analysis") and set unlike it (a deeper level, another letter case); or its section
 * holds a group of risk factors ("Risks Related to Our Industry"); or, empty, it is followed at once
 * by another part title (a table of contents line).
 */
function isSubsectionHeading(blocks: ProseBlock[], index: SectionIndex, i: number, end: number): boolean {
  const head = blocks[i];
  const at = index.boundaryBefore(i);
  if (at >= 0) {
    const b = blocks[at];
    if (ITEM_HEADING.test(b.text) || PART_HEADING.test(b.text)) {
      // "Part II" heads items, not topics; an Item heading holds what follows it, but for the item just before 1C / 16K.
      if (!(PART_HEADING.test(b.text) || ITEMS_BEFORE.has((ITEM_HEADING.exec(b.text)?.[2] ?? "").toUpperCase()))) return true;
    } else if (ENCLOSING_TITLE.test(b.text) && !(sameStyle(b, head) || (b.level > 0 && head.level > 0 && head.level < b.level))) return true;
  }
  if (index.riskGroupIn(i, end)) return true;
  return end === i + 1 && end < blocks.length && isPartBoundary(blocks[end]);
}

/**
 * The cybersecurity section: among "Item 1C" / "Item 16K" headings (else a "Cybersecurity"
 * heading, else a "Cybersecurity Risk Management …" heading), the one that holds the most text.
 * That skips a table of contents, which names the item but holds nothing. A heading without an
 * item number that is a subsection of another part (isSubsectionHeading) is no candidate.
 */
export function findSection(blocks: ProseBlock[]): CyberSection | undefined {
  const index = sectionIndex(blocks);
  // Item headings that all hold nothing (a cross-reference index's rows) give way to a bare heading that holds text.
  let emptyItem: CyberSection | undefined;
  for (const rank of [3, 2] as const) {
    let best: { i: number; end: number; size: number } | undefined;
    for (let i = 0; i < blocks.length; i++) {
      if (candidateRank(blocks[i]) !== rank) continue;
      const end = index.end(i);
      if (rank === 2 && isSubsectionHeading(blocks, index, i, end)) continue;
      const size = index.size(i, end);
      if (!best || size > best.size) best = { i, end, size };
    }
    if (best && !(emptyItem && best.size === 0)) {
      const heading = blocks[best.i];
      const item = ITEM_16K.test(heading.text) ? "16K" : ITEM_1C.test(heading.text) ? "1C" : undefined;
      const found: CyberSection = { heading, ...(item ? { item } : {}), blocks: blocks.slice(best.i + 1, best.end) };
      if (rank === 3 && best.size === 0) emptyItem = found;
      else return found;
    }
  }
  if (emptyItem) return emptyItem;
  // No section heading, but the draft starts with the item's sub-headings ("Cybersecurity Risk
  // Management and Strategy", "Cybersecurity Governance"): the section starts at the first of them.
  for (let first = 0; first < blocks.length; first++) {
    if (candidateRank(blocks[first]) !== 1) continue;
    // It runs past its sibling sub-headings to the next item or part title.
    const end = index.boundaryAfter(first);
    if (!isSubsectionHeading(blocks, index, first, end)) return { heading: blocks[first], blocks: blocks.slice(first, end) };
  }
  return undefined;
}

/** Cybersecurity text that follows a section but lies outside it (section-doubt.json). */
export interface SectionDoubt {
  /** The block after the section's last one, where the cybersecurity text outside it starts. */
  cut: ProseBlock;
  /** Characters of paragraphs in the section, and of those after it (to the next item) that name cybersecurity. */
  sectionChars: number;
  trailingChars: number;
  /** The section run on to the next Item / Part heading (or the end), which holds that text. */
  extended: CyberSection;
}

const CYBER_WORDS = new RegExp(doubt.cyberWords, "i");

/**
 * Whether the section found looks cut short: after its end, before the next Item / Part heading,
 * paragraphs that name cybersecurity hold more text than the section itself (section-doubt.json
 * sets how much). A Word draft whose subheadings share the item heading's style ends Item 1C at
 * its first subheading; its absence findings would then be asserted on a fragment. The reader then
 * reads on to the next item, and says so.
 */
export function sectionDoubt(blocks: ProseBlock[], section: CyberSection): SectionDoubt | undefined {
  const at = blocks.indexOf(section.heading);
  if (at < 0) return undefined;
  const end = at + 1 + section.blocks.length;
  if (end >= blocks.length) return undefined;
  let sectionChars = 0;
  for (const b of section.blocks) if (b.kind === "paragraph") sectionChars += b.text.length;
  let trailingChars = 0;
  let stop = end;
  for (; stop < blocks.length; stop++) {
    const b = blocks[stop];
    if (isPartBoundary(b)) break;
    if (b.kind === "paragraph" && CYBER_WORDS.test(b.text)) trailingChars += b.text.length;
  }
  if (trailingChars < doubt.minTrailingChars || trailingChars < doubt.trailingToSectionRatio * sectionChars) return undefined;
  return { cut: blocks[end], sectionChars, trailingChars, extended: { ...section, blocks: blocks.slice(at + 1, stop) } };
}

/**
 * The size (as findSection weighs it) of each "Item 1C" / "Item 16K" heading's section in `blocks`,
 * in order; undefined when one of them runs to the end of `blocks` (blocks after them could make it
 * bigger).
 */
export function closedItemSectionSizes(blocks: ProseBlock[]): number[] | undefined {
  const sizes: number[] = [];
  const index = sectionIndex(blocks);
  for (let i = 0; i < blocks.length; i++) {
    if (candidateRank(blocks[i]) !== 3) continue;
    const end = index.end(i);
    if (end >= blocks.length) return undefined;
    sizes.push(index.size(i, end));
  }
  return sizes;
}

/**
 * The first raw block from which normaliseBlocks' output no longer depends on the blocks before it
 * (it starts a paragraph of its own, with no bullet pending), looked for from `from` on; -1 if none.
 */
export function normaliseRestart(raw: ProseBlock[], from: number, to: number): number {
  for (let k = from; k < to; k++) {
    const r = raw[k];
    if (r.kind !== "paragraph" || isNoise(r.text) || BULLET_ONLY.test(r.text.trim())) continue;
    if (!r.listItem && (/^[a-z]/.test(r.text) || (!/^[•●▪◦]/.test(r.text) && looksLikeHeading(r.text)))) continue;
    let p = k - 1;
    while (p >= from && raw[p].kind === "paragraph" && isNoise(raw[p].text)) p--;
    if (p < from) continue;
    if (raw[p].kind === "paragraph" && BULLET_ONLY.test(raw[p].text.trim())) continue;
    return k;
  }
  return -1;
}


/** The headings above each block of a section (outermost first), for explaining and mapping. */
export function headingPaths(blocks: ProseBlock[]): ProseBlock[][] {
  const stack: ProseBlock[] = [];
  const depth = (b: ProseBlock) => (b.level === 0 ? 7 : b.level);
  return blocks.map((b) => {
    if (b.kind === "heading") {
      while (stack.length && depth(stack[stack.length - 1]) >= depth(b)) stack.pop();
      const path = [...stack];
      stack.push(b);
      return path;
    }
    return [...stack];
  });
}
