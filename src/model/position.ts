import type { Position, TextMap } from "./types.js";

/** The line index of each document object, shared by its reader and the engine (one newline scan per file). */
const indexes = new WeakMap<object, LineIndex>();

/**
 * Offset → 1-based line:column for one decoded file. The line starts are found on demand, only as far
 * into the file as a lookup has asked (a filing's positions are mostly in its first half: its cover
 * facts and its Item 1C); lookups are binary searches.
 */
export class LineIndex {
  private readonly starts: number[] = [0];
  /** Where the newline scan resumes: every line start before it is in `starts`; -1 once the text is done. */
  private scanFrom = 0;

  constructor(readonly file: string, private readonly text: string) {}

  /** Finds the line starts up to `offset` (the newlines before it, and the first one at or after it). */
  private scanTo(offset: number): void {
    const text = this.text;
    let i = this.scanFrom;
    while (i !== -1 && i <= offset) {
      const nl = text.indexOf("\n", i);
      if (nl === -1) i = -1;
      else {
        this.starts.push(nl + 1);
        i = nl + 1;
      }
    }
    this.scanFrom = i;
  }

  /** The index of a document's text, built on the first call for that document object. */
  static of(doc: { readonly file: string; readonly text: string }): LineIndex {
    let idx = indexes.get(doc);
    if (!idx || idx.file !== doc.file || idx.text !== doc.text) {
      idx = new LineIndex(doc.file, doc.text);
      indexes.set(doc, idx);
    }
    return idx;
  }

  lineCol(offset: number): { line: number; column: number } {
    if (this.scanFrom !== -1 && this.scanFrom <= offset) this.scanTo(offset);
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - this.starts[lo] + 1 };
  }

  /** Position of the source range [start, end). */
  position(start: number, end: number): Position {
    const a = this.lineCol(start);
    const b = this.lineCol(Math.max(start, end));
    return { file: this.file, line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
  }
}

/** Source offset of character `t` of a derived text. */
export function sourceOffset(map: TextMap, t: number): number {
  if (map.length === 0) return 0;
  let lo = 0;
  let hi = map.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (map[mid][0] <= t) lo = mid;
    else hi = mid - 1;
  }
  const [textAt, sourceAt] = map[lo];
  return sourceAt + Math.max(0, t - textAt);
}

/** Character of a derived text that source offset `s` became (the last anchor at or before it, counted on): sourceOffset's inverse. */
export function textOffset(map: TextMap, s: number): number {
  let t = 0;
  for (const [textAt, sourceAt] of map) {
    if (sourceAt > s) break;
    t = textAt + (s - sourceAt);
  }
  return t;
}

/** Source range of the derived-text range [start, end): the end maps from its last character. */
export function sourceRange(map: TextMap, start: number, end: number): [number, number] {
  const s = sourceOffset(map, start);
  const e = end > start ? sourceOffset(map, end - 1) + 1 : s;
  return [s, Math.max(s, e)];
}

/** Builds a TextMap while a derived text is appended to piece by piece. */
export class MappedTextBuilder {
  private parts: string[] = [];
  private length = 0;
  readonly map: TextMap = [];
  private lastText = -1;
  private lastSource = -1;

  /** Append `s`, whose characters come one-for-one from source offset `sourceStart`. */
  append(s: string, sourceStart: number): void {
    if (s.length === 0) return;
    // Skip a new anchor when this piece continues the previous one contiguously.
    if (!(this.lastText >= 0 && this.length - this.lastText === sourceStart - this.lastSource)) {
      this.map.push([this.length, sourceStart]);
      this.lastText = this.length;
      this.lastSource = sourceStart;
    }
    this.parts.push(s);
    this.length += s.length;
  }

  /** Append a character that stands for a whole source range (an entity, a collapsed run of space). */
  appendReplacement(s: string, sourceStart: number): void {
    if (s.length === 0) return;
    this.map.push([this.length, sourceStart]);
    this.parts.push(s);
    this.length += s.length;
    this.lastText = -1;
  }

  get textLength(): number {
    return this.length;
  }

  endsWith(ch: string): boolean {
    const last = this.parts[this.parts.length - 1];
    return last !== undefined && last.endsWith(ch);
  }

  toString(): string {
    return this.parts.join("");
  }
}
