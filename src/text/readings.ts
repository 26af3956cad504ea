// A document's texts read once (round 37): each text's words (tokenize, with the document's defined
// terms) and sentences (splitSentences), kept by text for the document's life. The element judge,
// the learned veto and the rules' lexicon facts read the same paragraphs one after another, and each
// tokenized and split them again: on a warm R page a quarter of the tokenized characters and half
// of the split ones had been read before (round 35).

import { splitSentences, type Sentence } from "./sentences.js";
import { tokenize, type Aliases, type Word } from "./tokens.js";

export class TextReadings {
  private readonly wordsByText = new Map<string, Word[]>();
  private readonly sentencesByText = new Map<string, Sentence[]>();

  /** `aliases`: the document's defined terms (harvestAliases), asked for when a text's words are first read. */
  constructor(private readonly aliases: () => Aliases) {}

  /**
   * tokenize(text, aliases()), shared by every reader of the text: no reader may change a word (the
   * judge tags its own copy: copyWords).
   */
  words(text: string): Word[] {
    let words = this.wordsByText.get(text);
    if (!words) this.wordsByText.set(text, (words = tokenize(text, this.aliases())));
    return words;
  }

  /** splitSentences(text), shared by every reader of the text. */
  sentences(text: string): Sentence[] {
    let sentences = this.sentencesByText.get(text);
    if (!sentences) this.sentencesByText.set(text, (sentences = splitSentences(text)));
    return sentences;
  }
}

/**
 * Words of one's own to change (the judge's tags: resolveBackReferences, frontedParticiples,
 * personPronouns): each word copied with all its fields in tokenize's order (one hidden class), its
 * strings shared. Far cheaper than tokenizing the text again.
 */
export function copyWords(words: readonly Word[]): Word[] {
  const out: Word[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    out.push({ word: w.word, lower: w.lower, base: w.base, start: w.start, end: w.end, stop: w.stop, also: w.also, described: w.described });
  }
  return out;
}
