// The fast paths of word matching (docs/performance.md) must read exactly what the plain
// definitions read: the character scan of tokenize against SEPARATOR, and a lexicon matched over
// many texts (its word keys numbered once) against the same lexicon matched over each text alone.
import { describe, expect, it } from "vitest";
import { harvestAliases } from "../../src/text/aliases.js";
import { compileLexicon } from "../../src/text/lexicon.js";
import { baseForm, EDGE_PUNCTUATION, isSeparator, SEPARATOR, tokenize } from "../../src/text/tokens.js";

describe("tokenize's character scan", () => {
  it("splits on exactly the characters SEPARATOR matches, for every UTF-16 code unit", () => {
    const one = new RegExp(`^${SEPARATOR.source.replace(/\+$/, "")}$`, "u");
    const differ: string[] = [];
    for (let c = 0; c < 0x10000; c++) if (isSeparator(c) !== one.test(String.fromCharCode(c))) differ.push(c.toString(16));
    expect(differ).toEqual([]);
  });

  it("gives the words and offsets that splitting on SEPARATOR gives", () => {
    const text = "  The Board’s Audit\u00a0Committee (the “AC”)—oversees third-party risks; CISO reports…\u2028 quarterly.\t";
    const words = tokenize(text);
    expect(words.map((w) => text.slice(w.start, w.end))).toEqual(["The", "Board’s", "Audit", "Committee", "the", "AC”)—oversees", "third", "party", "risks", "CISO", "reports…", "quarterly"]);
    expect(words.map((w) => w.base)).toEqual(["the", "board", "audit", "committee", "the", "ac”)—oversee", "third", "party", "risk", "ciso", "reports…", "quarterly"]);
    expect(words.filter((w) => w.stop).map((w) => w.word)).toEqual(["risks", "quarterly"]);
  });

  it("trims a word's edges as EDGE_PUNCTUATION does, by character code", () => {
    const marks = [..."\"'.,;:!?()[]{}“”‘’•●▪◦‣·"];
    const raws: string[] = [];
    // Every mark before, after and on both sides of a word, and runs of marks alone.
    for (const a of marks) for (const b of marks) raws.push(`${a}x${b}`, `${a}${b}x`, `x${a}${b}`, `${a}${b}`, `${a}x.y${b}`);
    const text = raws.join(" ");
    const words = tokenize(text);
    const want = raws.map((raw) => raw.replace(EDGE_PUNCTUATION, "")).filter(Boolean);
    expect(words.map((w) => w.word)).toEqual(want);
    let at = 0;
    const starts = raws.flatMap((raw) => {
      const lead = raw.length - raw.replace(/^[.,;:!?()"'“”‘’[\]{}•●▪◦‣·]+/u, "").length;
      const start = at + lead;
      at += raw.length + 1;
      return raw.replace(EDGE_PUNCTUATION, "") ? [start] : [];
    });
    expect(words.map((w) => w.start)).toEqual(starts);
  });

  it("takes possessives off by character code as the suffix rules did", () => {
    expect(["company's", "companies’", "boss'", "s", "'s", "’", "processes", "series"].map(baseForm)).toEqual(["company", "company", "boss", "s", "", "", "process", "sery"]);
  });
});

describe("near matching with word keys shared by every lexicon", () => {
  it("walks a pattern whose group occurs only as a defined term's words, and in a range of a text", () => {
    const lex = compileLexicon("d", { description: "", near: [{ all: [["compliance"], ["report*"]] }], terms: ["chief risk officer"] });
    const definition = "The Risk and Compliance Committee (the “RCC”) oversees cybersecurity.";
    // "compliance" is in the text only as a word the defined term RCC stands for.
    const text = "The RCC reports to the Chief Risk Officer.";
    const words = tokenize(text, harvestAliases(definition));
    expect(lex.matchAll(text, words).map((s) => text.slice(s.start, s.end))).toEqual(["RCC reports", "Chief Risk Officer"]);
    expect(lex.matchAll(text).map((s) => text.slice(s.start, s.end))).toEqual(["Chief Risk Officer"]);
    // A range of the same words: the keys of the whole text are a superset of the range's.
    const at = text.indexOf("RCC");
    expect(lex.matchRange(text, words, at, text.length).map((s) => text.slice(s.start, s.end))).toEqual(["RCC reports", "Chief Risk Officer"]);
    expect(lex.matchRange(text, words, at + 4, text.length).map((s) => text.slice(s.start, s.end))).toEqual(["Chief Risk Officer"]);
  });

  it("finds the same spans in a text whether other lexicons read its words first or not", () => {
    const near = { all: [["board", "committee"], ["report*", "brief*"]], window: 6 };
    const text = "The Committee is briefed. Reports go to the Board quarterly, and the committees brief the CISO.";
    const alone = compileLexicon("a", { description: "", near: [near] }).matchAll(text);
    const words = tokenize(text);
    // Another lexicon with other keys reads the same words first; then this one is compiled.
    compileLexicon("b", { description: "", near: [{ all: [["quarterly"], ["ciso"]] }] }).matchAll(text, words);
    const later = compileLexicon("c", { description: "", near: [near] }).matchAll(text, words);
    expect(later).toEqual(alone);
    expect(alone.map((s) => text.slice(s.start, s.end))).toEqual(["Committee is briefed", "Reports go to the Board", "committees brief"]);
  });
});
