// The word before a body's capitalised name that says whose the body is (round 39, rules39): "the Board’s Risk
// Committee", "management’s Risk Committee", "the management Risk Committee". Most texts give each body its own name and
// read it by the name; a text that gives the board's committee and management's the same name ("Risk Committee") is read
// by these words instead (harvestBodies keys each body by its owner's word, tagBody and bareCommitteeTag look it up).

import type { Word } from "./tokens.js";
import { joinWords } from "./word-text.js";

const POSSESSIVE = /['’]s?$/;

/**
 * Whose body a name says it is by the word before it: the board's ("the Board’s Risk Committee", "the board’s …") or
 * management's ("management’s Risk Committee", "the management Risk Committee", "our executive …"); "" for any other.
 */
export function ownerOf(word: Word): "board" | "management" | "" {
  const possessive = POSSESSIVE.test(word.word);
  if (!possessive && /^[A-Z]/.test(word.word)) return "";
  if (word.base === "board") return possessive ? "board" : "";
  return word.base === "management" || word.base === "executive" ? "management" : "";
}

/** A lowercase word right before a capitalised name that says whose it is ("management’s", "management", "board’s"). */
export function lowerOwnerAt(words: Word[], from: number): boolean {
  return from > 0 && !words[from - 1].stop && /^[a-z]/.test(words[from - 1].word) && ownerOf(words[from - 1]) !== "";
}

/**
 * A name's key with the word that says whose it is, when the text gives one name to two bodies (harvestBodies keys each
 * by its owner: "management’s Risk Committee" beside "the Board’s Risk Committee"); undefined when no such word stands
 * before the name that starts at `from`. `skipped` is a possessive a caller has already stepped over.
 */
export function ownedKey(words: Word[], from: number, head: number, skipped = -1): string | undefined {
  const at = skipped >= 0 ? skipped : lowerOwnerAt(words, from) ? from - 1 : -1;
  return at >= 0 && ownerOf(words[at]) ? joinWords(words, at, head + 1, "word") : undefined;
}
