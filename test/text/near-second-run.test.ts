// The near walk's items of a key ordered by their second word (src/text/lexicon.ts, keyItems and
// NearMatcher's visit, round 33): a key's items with no second-word id (one word, a prefix second)
// come first, then the others by the base id their second word must have, and a visit reads the first
// ones and only the run whose id is the next word's. What is taken must not change: the same spans as
// the reference walk (every entry of the key in turn), with a group whose items are listed in an
// order other than their second words' (the first entry that matches at a word is the one recorded,
// so its length decides the span), the key's word with no next word, an unknown next word, a prefix
// second word, and an alias's key.
import { afterEach, describe, expect, it } from "vitest";
import { compileLexicon, LexiconTable, setNearReferenceWalk } from "../../src/text/lexicon.js";
import { harvestAliases } from "../../src/text/aliases.js";
import { tokenize } from "../../src/text/tokens.js";

afterEach(() => setNearReferenceWalk(false));

// "zorbal" (no built-in item has it): one key with items of several second words, listed out of their order.
const lex = compileLexicon("second-run-test", {
  description: "t",
  near: [
    // The longest item first: where "zorbal quux frob" matches, it is the group's occurrence (its span reaches "frob").
    { all: [["zorbal quux frob", "zorbal beta", "zorbal quux", "zorbal alp*", "zorbal"], ["tank"]], window: 6 },
    // Two items of one second word ("quux"): both are in the run a visit reads.
    { all: [["tank"], ["zorbal gamma", "zorbal alpha", "zorbal quux frob", "zorbal quux", "zorbal"]], window: 6, ordered: true },
    // The same items in another order: here a bare "zorbal" wins over its phrases.
    { all: [["reef"], ["zorbal", "zorbal quux frob", "zorbal quux"]], window: 6, ordered: true },
  ],
});
const other = compileLexicon("second-run-other", { description: "t", near: [{ all: [["zorbal delta"], ["road"]] }] });

// One text a line (TEXTS[i] below).
const TEXTS = `A zorbal quux frob tank.
A zorbal quux tank.
A zorbal beta tank.
A zorbal alpine tank.
A zorbal tank.
The tank zorbal
The tank zorbal alpha.
The tank zorbal gamma.
The tank zorbal zzyzxunknown.
A reef zorbal quux frob.
A reef zorbal quux.
A zorbal delta road, a zorbal quux frob tank.
Zorbal Quux Frob tank; Zorbal Beta tank.
The tank zorbal quux.`.split("\n");

/** The spans a read of `lex` finds in the text, with the shortcuts or by the reference walk. */
function spans(text: string, reference: boolean, table?: LexiconTable): string[] {
  setNearReferenceWalk(reference);
  return lex.matchAll(text, tokenize(text), table).map((s) => text.slice(s.start, s.end));
}

// What the walk finds in TEXTS[i], pinned: [i, spans].
const PINNED: Array<[number, string[]]> = [
  [0, ["zorbal quux frob tank"]],
  [1, ["zorbal quux tank"]],
  [2, ["zorbal beta tank"]],
  // A prefix second word is among the items read whatever the next word is.
  [3, ["zorbal alpine tank"]],
  [4, ["zorbal tank"]],
  // No next word; an unknown next word: the one-word item only.
  [5, ["tank zorbal"]],
  [6, ["tank zorbal alpha"]],
  [7, ["tank zorbal gamma"]],
  [8, ["tank zorbal"]],
  // The third pattern lists the bare word first: it is the group's occurrence there.
  [9, ["reef zorbal"]],
  // The second item of the run of "quux" (the first, "zorbal quux frob", does not match here).
  [13, ["tank zorbal quux"]],
];

describe("near walk: a key's items read by the run of the next word's second-word id", () => {
  it("finds what the reference walk finds", () => {
    for (const [i, want] of PINNED) expect(spans(TEXTS[i], false), TEXTS[i]).toEqual(want);
    for (const text of TEXTS) expect(spans(text, false), text).toEqual(spans(text, true));
  });

  it("gives the reference walk's spans through a table with another lexicon", () => {
    const table = new LexiconTable([lex, other]);
    for (const text of TEXTS) {
      const walked = spans(text, false, table);
      expect(walked, text).toEqual(spans(text, true, table));
      expect(walked, text).toEqual(spans(text, false));
    }
    expect(spans(TEXTS[11], false, table)).toEqual(["zorbal quux frob tank"]);
    setNearReferenceWalk(false);
    expect(other.matchAll(TEXTS[11], tokenize(TEXTS[11]), table).map((s) => TEXTS[11].slice(s.start, s.end))).toEqual(["zorbal delta road"]);
  });

  it("reads an alias's key as the reference walk does", () => {
    // "ZQC" stands for "zorbal quux council" (a defined term): the alias's words are keys of the word, whose next word is the text's.
    const text = "The Zorbal Quux Council (the “ZQC”) meets. The ZQC frob tank; the ZQC quux frob tank.";
    const words = tokenize(text, harvestAliases(text));
    expect(words.some((w) => w.also?.includes("zorbal"))).toBe(true);
    const read = (reference: boolean) => {
      setNearReferenceWalk(reference);
      return lex.matchAll(text, words).map((s) => text.slice(s.start, s.end));
    };
    expect(read(false)).toEqual(read(true));
  });
});
