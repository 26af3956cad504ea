// "The Committee", written bare after a section has named its committees. Filers name the body once
// ("The Audit Committee oversees cybersecurity risk") and then write "the Committee"; when every
// committee the text names is one of the board's, the bare name is too. A text that also names a
// management committee, or a committee it does not say whose it is, leaves the bare name untagged.

import { NAME_LINKS, type Word } from "./tokens.js";
import { ownedKey } from "./owner-word.js";
import { joinWords } from "./word-text.js";

const DETERMINERS = new Set(["The", "Our", "Its", "This", "That", "Each", "Such", "Their", "Any", "A", "An"]);
const POSSESSIVE = /['’]s?$/;

/**
 * "@board" when the text names at least one committee and every committee it names is a board
 * committee in `bodies` (from harvestBodies); otherwise undefined.
 */
export function bareCommitteeTag(words: Word[], bodies: ReadonlyMap<string, "@board" | "@management">): "@board" | undefined {
  let named = 0;
  for (let head = 0; head < words.length; head++) {
    if (words[head].word !== "Committee") continue;
    let from = head;
    while (from > 0 && head - from < 7 && !words[from - 1].stop && (/^[A-Z]/.test(words[from - 1].word) || NAME_LINKS.has(words[from - 1].word))) from--;
    let skipped = -1;
    while (from < head && (DETERMINERS.has(words[from].word) || NAME_LINKS.has(words[from].word) || POSSESSIVE.test(words[from].word))) {
      if (POSSESSIVE.test(words[from].word)) skipped = from;
      from++;
    }
    if (from === head) continue; // the bare name itself
    // A name two bodies share is read as the one its owner's word names.
    const owned = ownedKey(words, from, head, skipped);
    let tag: string | undefined = owned === undefined ? undefined : bodies.get(owned);
    for (let i = from; i < head && !tag; i++) tag = NAME_LINKS.has(words[i].word) ? undefined : bodies.get(joinWords(words, i, head + 1, "word"));
    if (tag !== "@board") return undefined;
    named++;
  }
  return named > 0 ? "@board" : undefined;
}
