// The HTML renderer's output is unchanged by round 42's speed work (a tag's name read where it stands: its kind
// looked up by the codes of a short ASCII local name, no string sliced for it): digests of the text, the map
// and the HTML of every real filing and fixture rendered whole (ix tags unwrapped, and with no ix prefix), and
// of random markup made of what the name test reads, computed with the code before the change (ef5d7c91).
import { createHash, type Hash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { htmlToText } from "../../src/sources/html-text.js";
import { corpusDigest, markupFiles, randomCutsDigest, seededRandom } from "../helpers.js";

// What the name test reads: every kind's names in any case and prefixed, near misses one letter short or long,
// names of four and five characters, codes past 0x7f that lower to ASCII (the Kelvin sign, the dotted İ) or
// look like it (the long s), codes whose value in base 128 would spell a name ("a\u00f2" as "br"), control codes
// (a local name "\u0000p" is not "p"), a trailing colon, each character that ends a name; the ix tags
// (ix:exclude and near misses); a word processor's comments, which are read from the name's first letter and
// length; skipped elements with their close tags; text, references and spaces.
const NAMES = [
  "p", "P", "br", "BR", "td", "TD", "th", "tr", "Tr", "li", "ul", "ol", "dl", "dd", "dt", "hr", "h1", "H6", "h7", "h0", "div", "DiV",
  "dir", "nav", "pre", "del", "DEL", "dele", "body", "form", "html", "main", "menu", "head", "HEAD", "span", "font", "b", "i", "a", "A",
  "img", "sup", "table", "TABLE", "tbody", "thead", "tfoot", "style", "title", "script", "aside", "center", "section", "blockquote",
  "figcaption", "fieldset", "tds", "t", "d", "s", "x:td", "x:TD", "a:b:p", "h:div", "xbrli:context", "ix:td", "ix", "p:", ":p", ":",
  "\u212a", "bloc\u212aquote", "\u0130", "\u0130tle", "\u017fpan", "\u017ftyle", "d\u0131v", "t\u00e9", "\u0000p", "p\u0000", "\u0001br",
  "td\u007f", "\u00e9", "x:\u0000p", "x:\u0000\u0000td", "a\u00f2", "s\u00e4", "x:s\u00e4", "ix:exclude", "IX:exclude", "ix:Exclude", "ix:excludes", "ix:exclud", "ix:nonNumeric", "ix:continuation", "ixx:td",
];
const ENDS = [">", " >", "/>", "\t>", "\n>", "\r>", " a='b'>", ' x="y>z">', " style='mso-element:comment-list'>", " class=MsoCommentReference>", ' href="#cmnt1">', ' href="#cmnt_ref1">'];
const OTHER = ["text", "Item 1C", " ", "  ", "\n", "&amp;", "&#160;", "&nbsp;", "&#8217;", "&", "\u00ad", "<", "<!-- c -->", "<![CDATA[x<y]]>", "<?pi?>", "é", "\ud83d\ude00"];

function randomMarkup(next: () => number): string {
  const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)];
  let s = "";
  const n = 1 + Math.floor(next() * 30);
  for (let i = 0; i < n; i++) {
    const r = next();
    if (r < 0.35) s += `<${pick(NAMES)}${pick(ENDS)}`;
    else if (r < 0.6) s += `</${pick(NAMES)}${pick(ENDS)}`;
    else s += pick(OTHER);
  }
  return s;
}

function digestOf(hash: Hash, r: ReturnType<typeof htmlToText>): void {
  hash.update(`${r.text}\u0000${r.map.map(([t, s]) => `${t},${s}`).join(";")}\u0000${r.html}\u0001`);
}

describe("htmlToText, byte for byte as before round 42", () => {
  it("renders every real filing and fixture as before", () => {
    const files = markupFiles(["drafts", "realistic"]);
    expect(files.length).toBeGreaterThan(10);
    const digest = corpusDigest(
      files,
      (text, hash) => {
        digestOf(hash, htmlToText(text, 0, text.length, { ixPrefix: "ix" }));
        digestOf(hash, htmlToText(text, 0, text.length, { ixPrefix: null, html: false }));
      },
      "\u0002",
    );
    // The digest at ef5d7c91 (the corpus of round 42: 14 filings, the fixtures' ixbrl/, drafts/ and realistic/).
    expect({ files: files.length, digest }).toEqual(CORPUS);
  });

  it("renders 20,000 random strings of tags, near-miss names, comments and references, whole and cut, as before", () => {
    const digest = randomCutsDigest(20_000, 42, randomMarkup, (s, a, b, hash) => {
      digestOf(hash, htmlToText(s, 0, s.length));
      digestOf(hash, htmlToText(s, a, b, { ixPrefix: null }));
      digestOf(hash, htmlToText(s, 0, s.length, { escaped: true }));
    });
    expect(digest).toBe(RANDOM);
  });

  it("renders 2,000 random runs of up to 400 words, each space single or not, cut anywhere, as before", () => {
    // text() reads a run of words and single spaces in one piece (round 42: a regex, 64 words at a time): runs longer
    // than that bound, every character that ends a run between two words, and ranges that end inside a run.
    const GAPS = [" ", " ", " ", " ", " ", "  ", "\t", "\n", "\r", "\f", "\u00a0", " \u00a0", "\u000b", "&amp;", " &#160; ", "\u00ad", " \u00ad", "&", "<b>", " <i> ", "</b> "];
    const next = seededRandom(4242);
    const hash = createHash("sha256");
    for (let k = 0; k < 2_000; k++) {
      const words = 1 + Math.floor(next() * 400);
      const odd = next() * 0.2;
      let s = next() < 0.5 ? "<p>" : "";
      for (let w = 0; w < words; w++) s += `${w ? (next() < odd ? GAPS[Math.floor(next() * GAPS.length)] : " ") : ""}${"word".slice(0, 1 + Math.floor(next() * 4))}`;
      if (next() < 0.5) s += " </p>";
      const a = Math.floor(next() * Math.min(8, s.length));
      const b = s.length - Math.floor(next() * Math.min(40, s.length - a));
      digestOf(hash, htmlToText(s, 0, s.length));
      digestOf(hash, htmlToText(s, a, b));
    }
    expect(hash.digest("hex")).toBe(RUNS);
  });
});

const CORPUS = { files: 25, digest: "eda0d71131efaa0d41aababca02c0f363b5b7fa0ea40752a2e316c3d90403d26" };
const RUNS = "f8eb4c0655fd699f9ddaf70ce7d22fcf1c5570486f14335e482a49c5bcad736b";
const RANDOM = "c1a2d3b70f22ef30dd0de249c1ad16b39e55252e1720f95fd63281c98c6cfd1c";
