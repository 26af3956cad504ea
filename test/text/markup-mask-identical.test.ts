// maskMarkup's output is unchanged by round 41's speed work (a skipped element's name found by its first
// letter's bit and compared a character at a time, buffers not zeroed before they are written): digests of
// the masks of every real filing's windows (as DocumentContext.documentMentions cuts them) and of random
// markup made of what the skipped elements' test reads, computed with the code before the change.
import { describe, expect, it } from "vitest";
import { maskMarkup } from "../../src/text/markup-mask.js";
import { corpusDigest, markupFiles, randomCutsDigest } from "../helpers.js";

// What a skipped element's test reads: its name in any case, with each character that may end it, near
// misses (other tags that start with d, s or t; a name one letter short or long), characters that lower to a
// letter only outside ASCII (the Kelvin sign, the long s), self-closing tags, comments, references, newlines.
const PIECES = [
  "<del>", "<DEL ", "<Del\n", "<del\r", "<del\t", "<del/>", "<del cite='x'>", "</del>", "</DEL >", "<dt>", "<div>", "<d", "<dele>", "<de>",
  "<title>", "<TiTlE\t", "</title>", "<titles>", "<tr>", "<td>", "<t", "<script>", "<SCRIPT ", "</script>", "<scripts>", "<s>", "<span>",
  "<style>", "<STYLE\n", "</style >", "<styl>", "<\u017ftyle>", "<\u212ael>", "<\u0130tle>", "<ſcript>", "<!-- c -->", "<!--", "&#160;",
  "&amp;", "&#9679;", "&#x25CF;", "&bull;", "&#8217;", "&", ";", "\n", "x", "Item 1C", " ", ">", "<", "/", "é", "\ud83d\ude00", "\ud83d",
];

function randomMarkup(next: () => number): string {
  let s = "";
  const n = 1 + Math.floor(next() * 40);
  for (let i = 0; i < n; i++) s += PIECES[Math.floor(next() * PIECES.length)];
  return s;
}

const WINDOW = 1 << 20;
const OVERLAP = 8 << 10;

describe("maskMarkup, byte for byte as before round 41", () => {
  it("masks every real filing's and fixture's windows as before", () => {
    const files = markupFiles(["drafts", "realistic"]);
    expect(files.length).toBeGreaterThan(10);
    const digest = corpusDigest(
      files,
      (text, hash) => {
        for (let from = 0; from < text.length; from += WINDOW) hash.update(`${maskMarkup(text, from, Math.min(text.length, from + WINDOW + OVERLAP))}\u0000`);
      },
      "\u0001",
    );
    // The digest at 59b3503f (the corpus of round 41: 14 filings, the fixtures' ixbrl/, drafts/ and realistic/).
    expect({ files: files.length, digest }).toEqual(CORPUS);
  });

  it("masks 20,000 random strings of tags, near-miss names and references, whole and cut, as before", () => {
    expect(randomCutsDigest(20_000, 41, randomMarkup, (s, a, b, hash) => hash.update(`${maskMarkup(s)}\u0000${maskMarkup(s, a, b)}\u0001`))).toBe(RANDOM);
  });
});

const CORPUS = { files: 25, digest: "bfb5756cc91617d289fca4b171b6f6a5dcd114f831c63f277ea86354101f3d52" };
const RANDOM = "44c4cfe6d84366a2d714acade6ab21b0f867f5a0f12a1cf8b1948973c88fb5ea";
