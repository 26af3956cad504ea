// A cyd text block's words from its paragraphs' words (round 39): the rules' lexicon facts read each
// block whole while the element judge reads its paragraphs, and each tokenized the same characters.
// tokenize (src/text/tokens.ts) reads a word from its own characters only, so a block's words are its
// paragraphs' words shifted to where each paragraph stands in the block, with the characters between
// them tokenized on their own, wherever the three things a word takes from beyond its characters do
// not reach across a cut: a mark of punctuation standing alone after a word ("… program ." ends its
// sentence), "8-K." read back over a hyphen (closesFormName), and a body's name read back over words
// for its tags (tagBody). Where any of them might, the block is tokenized whole, as before.

import { BODY_HEADS, isSeparator, NAME_LINKS, tokenize, type Aliases, type Word } from "../text/tokens.js";

/** The most words tagBody reads back from a body's head word (tokens.ts's MAX_NAME), and one. */
const NAME_REACH = 8;

/**
 * tokenize(text, aliases), composed from the words of `parts` (texts that stand in `text` in this
 * order, each given by `wordsOf`, which may read them from a cache), or undefined where the parts
 * do not stand in the text at cuts it can be composed at (the caller then tokenizes the text).
 * Parts not found at a valid cut are read with the characters around them.
 */
export function composedWords(text: string, parts: readonly string[], wordsOf: (part: string) => Word[], aliases: Aliases): Word[] | undefined {
  const out: Word[] = [];
  let at = 0;
  let composed = 0;
  for (const part of parts) {
    if (part.length === 0) continue;
    const k = text.indexOf(part, at);
    if (k === -1 || !cutAt(text, k) || !cutAt(text, k + part.length)) continue;
    if (!append(out, text.slice(at, k), at, tokenize(text.slice(at, k), aliases), aliases)) return undefined;
    if (!append(out, part, k, wordsOf(part), aliases)) return undefined;
    at = k + part.length;
    composed++;
  }
  if (composed === 0) return undefined;
  if (!append(out, text.slice(at), at, tokenize(text.slice(at), aliases), aliases)) return undefined;
  return out;
}

/** Whether `text` may be cut at `c`: at either end, or between a white space and a character that is no separator (or the reverse). */
function cutAt(text: string, c: number): boolean {
  if (c === 0 || c === text.length) return true;
  const before = text.charCodeAt(c - 1);
  const after = text.charCodeAt(c);
  // A hyphen is a separator that closesFormName reads back over: a cut is only next to white space.
  return (isWhite(before) && !isSeparator(after)) || (!isSeparator(before) && isWhite(after));
}

function isWhite(c: number): boolean {
  return isSeparator(c) && c !== 45 && c !== 0x2010 && c !== 0x2011 && c !== 0x2013;
}

/**
 * Appends `words` (of `piece`, which stands at `offset`), each copied with its offsets shifted (the
 * readers' words are shared: none is changed); false where the cut before the piece is one a word
 * reads across: the piece opens with punctuation standing alone (it would end the sentence of the
 * word before it), or the word before it may be part of a body's name that a head word among the
 * piece's first words reads back to.
 */
function append(out: Word[], piece: string, offset: number, words: readonly Word[], aliases: Aliases): boolean {
  if (piece.length === 0) return true;
  if (out.length > 0) {
    let first = 0;
    while (first < piece.length && isSeparator(piece.charCodeAt(first))) first++;
    let chunkEnd = first;
    while (chunkEnd < piece.length && !isSeparator(piece.charCodeAt(chunkEnd))) chunkEnd++;
    // The piece's first chunk of characters is no word (all punctuation): tokenize marks the word before it.
    if (first < piece.length && (words.length === 0 || words[0].start >= chunkEnd)) return false;
    const last = out[out.length - 1];
    if (aliases.size > 0 && !last.stop && (/^[A-Z]/.test(last.word) || NAME_LINKS.has(last.word))) {
      for (let i = 0; i < words.length && i < NAME_REACH; i++) if (BODY_HEADS.has(words[i].word)) return false;
    }
  }
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    out.push({ word: w.word, lower: w.lower, base: w.base, start: w.start + offset, end: w.end + offset, stop: w.stop, also: w.also, described: w.described });
  }
  return true;
}
