// The near walk's prefix tests (src/text/lexicon.ts, NearMatcher.secondPrefix and .fourth, round 32):
// an item whose second word is a prefix ("quarterly zebraf*") is ruled out at a word when the next
// word's three-letter prefix id differs, and an item whose first word is a prefix of four letters or
// more ("zebraf*") when the word's fourth character differs, before its length is worked out. The
// tests must rule out only what itemLength would: same spans as the reference walk, a prefix whose
// three letters no item starts with (numbered by the matcher itself), a word sharing only the three
// or four letters, a word of three letters, and the item's first word at the end of the text or of a range.
import { afterEach, describe, expect, it } from "vitest";
import { compileLexicon, LexiconTable, setNearReferenceWalk } from "../../src/text/lexicon.js";
import { tokenize } from "../../src/text/tokens.js";

afterEach(() => setNearReferenceWalk(false));

// "zebraf*": no built-in item starts with "zeb", so its three-letter id is numbered for the second word only.
const lex = compileLexicon("second-prefix-test", {
  description: "t",
  near: [
    { all: [["quarterly zebraf*"], ["report"]], window: 8 },
    { all: [["board cyberse*", "audit committee"], ["oversee*"]], window: 8 },
    { all: [["zebraf*", "zeb*"], ["tank"]], window: 4 },
  ],
});
const other = compileLexicon("second-prefix-other", { description: "t", near: [{ all: [["zebra crossing"], ["road"]] }] });

const TEXTS = [
  "We report quarterly zebrafish counts.",
  "We report quarterly zebra counts.",
  "We report quarterly zebrafishery results.",
  "We report quarterly on counts.",
  "Report: quarterly",
  "The report covers quarterly Zebrafish.",
  "The board cybersecurity committee oversees the program.",
  "The board cyber committee oversees the program.",
  "The board oversees cybersecurity; the audit committee oversees it too.",
  "A zebra crossing on the road.",
  "A zebrafish tank.",
  "A zebu tank.",
  "A zebrine tank.",
  "A Zeb tank.",
];

const spans = (text: string, reference: boolean, table?: LexiconTable) => {
  setNearReferenceWalk(reference);
  const words = tokenize(text);
  return lex.matchAll(text, words, table).map((s) => text.slice(s.start, s.end));
};

describe("near walk: an item's prefix second word ruled out by the next word's prefix id", () => {
  it("finds what itemLength finds", () => {
    expect(spans(TEXTS[0], false)).toEqual(["report quarterly zebrafish"]);
    expect(spans(TEXTS[1], false)).toEqual([]);
    expect(spans(TEXTS[2], false)).toEqual(["report quarterly zebrafishery"]);
    expect(spans(TEXTS[3], false)).toEqual([]);
    // The item's first word is the text's last: no next word.
    expect(spans(TEXTS[4], false)).toEqual([]);
    // Case folded: the prefix is read on the word's lower case.
    expect(spans(TEXTS[5], false)).toEqual(["report covers quarterly Zebrafish"]);
    expect(spans(TEXTS[6], false)).toEqual(["board cybersecurity committee oversees"]);
    expect(spans(TEXTS[7], false)).toEqual([]);
    // A first-word prefix: "zebraf*" by its fourth character and the rest, "zeb*" (three letters) by its three.
    expect(spans(TEXTS[10], false)).toEqual(["zebrafish tank"]);
    expect(spans(TEXTS[11], false)).toEqual(["zebu tank"]);
    expect(spans(TEXTS[12], false)).toEqual(["zebrine tank"]);
    expect(spans(TEXTS[13], false)).toEqual(["Zeb tank"]);
  });

  it("rules a longer first-word prefix out by the word's fourth character only where itemLength would", () => {
    const only = compileLexicon("fourth-test", { description: "t", near: [{ all: [["zebraf*"], ["tank"]], window: 4 }] });
    const read = (text: string, reference: boolean) => {
      setNearReferenceWalk(reference);
      return only.matchAll(text, tokenize(text)).map((s) => text.slice(s.start, s.end));
    };
    for (const text of ["A zebrafish tank.", "A Zebrafish tank.", "A zebu tank.", "A zebra tank.", "A zeb tank.", "A zebrafishes tank."]) expect(read(text, false), text).toEqual(read(text, true));
    expect(read("A Zebrafish tank.", false)).toEqual(["Zebrafish tank"]);
    expect(read("A zebra tank.", false)).toEqual([]);
  });

  it("gives the reference walk's spans, alone and through a table with another lexicon", () => {
    const table = new LexiconTable([lex, other]);
    for (const text of TEXTS) {
      const reference = spans(text, true);
      expect(spans(text, false), text).toEqual(reference);
      expect(spans(text, false, table), `${text} (table)`).toEqual(reference);
    }
  });

  it("rules the item out in a range whose end falls after its first word", () => {
    const text = "We report quarterly zebrafish counts.";
    const words = tokenize(text);
    const end = text.indexOf(" zebrafish");
    setNearReferenceWalk(false);
    expect(lex.testRange(text, words, 0, end)).toBe(false);
    expect(lex.testRange(text, words, 0, text.length)).toBe(true);
    setNearReferenceWalk(true);
    expect(lex.testRange(text, words, 0, end)).toBe(false);
  });
});
