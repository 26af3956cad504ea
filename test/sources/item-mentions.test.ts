// itemMentions (round 41: an untagged filing's "Item 1C" / "Item 16K" mentions found from each "1" and read
// back, not by the regex over the whole filing) gives ITEM_MENTION's matches: on the real filings and the
// fixtures, and on random strings of what the regex reads (either case, every \s, the three no-break space
// references in either case, cut references, word characters around the mention, characters that fold to
// ASCII letters only outside ASCII).
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ITEM_MENTION, itemMentions } from "../../src/sources/prose.js";
import { isJsSpace } from "../../src/text/sections.js";
import { markupFiles, seededRandom } from "../helpers.js";

const byRegex = (text: string) => [...text.matchAll(ITEM_MENTION)].map((m) => ({ index: m.index, length: m[0].length }));
const byScan = (text: string) => [...itemMentions(text)];

const PIECES = [
  "item", "Item", "ITEM", "iTeM", "ite", "tem", "i", "m", "1c", "1C", "16k", "16K", "1", "6", "c", "k", "16", "1 c", "1cx", "1c_", "1c.", "16kb",
  " ", "\t", "\n", "\u00a0", "\u2003", "\u3000", "\ufeff", "\u2028", "\u180e", "\u200b", "&#160;", "&#xa0;", "&#XA0;", "&#Xa0;", "&nbsp;", "&NBSP;",
  "&nbsp", "&#160", "#160;", "nbsp;", ";", "&", "&#x;", "x", "_", "9", ".", "(", "\u0131", "\u0130", "\u212a", "\u017f", "é", "<b>", "</b>",
];

describe("itemMentions", () => {
  it("reads \\s as the regex does, character by character", () => {
    for (let c = 0; c < 0x10000; c++) if (isJsSpace(c) !== /\s/.test(String.fromCharCode(c))) expect.fail(`U+${c.toString(16)}`);
  });

  it("finds ITEM_MENTION's matches in every real filing and fixture", () => {
    const files = markupFiles(["drafts", "realistic"], /\.(html?|xhtml|xml|txt|md)$/);
    expect(files.length).toBeGreaterThan(10);
    let found = 0;
    for (const f of files) {
      const text = readFileSync(f, "utf8");
      const want = byRegex(text);
      expect(byScan(text), f).toEqual(want);
      found += want.length;
    }
    expect(found).toBeGreaterThan(20);
  });

  it("finds ITEM_MENTION's matches in 30,000 random strings of what it reads", () => {
    const next = seededRandom(41);
    let found = 0;
    for (let k = 0; k < 30_000; k++) {
      let s = "";
      const n = 1 + Math.floor(next() * 14);
      for (let i = 0; i < n; i++) s += PIECES[Math.floor(next() * PIECES.length)];
      const want = byRegex(s);
      const got = byScan(s);
      if (JSON.stringify(got) !== JSON.stringify(want)) expect.fail(`${JSON.stringify(s)}: ${JSON.stringify(got)} vs ${JSON.stringify(want)}`);
      found += want.length;
    }
    expect(found).toBeGreaterThan(400);
  });

  it("stops where the caller stops: a mention after the ninth is never looked for", () => {
    const text = "Item 1C. ".repeat(9);
    const it = itemMentions(text);
    expect(it.next().value).toEqual({ index: 0, length: 7 });
    expect([...it]).toHaveLength(8);
  });
});
