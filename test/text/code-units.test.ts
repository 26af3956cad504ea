// The loops that read a text by code unit from a typed array (src/text/code-units.ts: trigrams,
// tokenize, splitSentences) against the same loops written with charCodeAt and regular expressions,
// as they were before round 26: the same words and sentences over the examples' and fixtures'
// paragraphs and over generated texts full of stops, quotes, white space of every kind, hyphens
// and lone surrogates.
import { describe, expect, it } from "vitest";
import { codeUnits, codeUnitScratch } from "../../src/text/code-units.js";
import { closesFormName, isAbbreviationWord, isSpace, splitSentences, type Sentence } from "../../src/text/sentences.js";
import { baseForm, tokenize, type Word } from "../../src/text/tokens.js";
import { proseParagraphs } from "./prose-paragraphs.js";

/** splitSentences before round 26. */
function referenceSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s])) s++;
    while (e > s && /\s/.test(text[e - 1])) e--;
    if (e > s) out.push({ start: s, end: e });
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === "\n") {
      push(i);
      start = i + 1;
      continue;
    }
    if (ch !== "." && ch !== "!" && ch !== "?") continue;
    let j = i + 1;
    while (j < text.length && /["'\u2019\u201d)\]]/.test(text[j])) j++;
    if (j < text.length && !/\s/.test(text[j])) continue;
    let k = j;
    while (k < text.length && text[k] === " ") k++;
    if (k < text.length && text[k] !== "\n" && !/[A-Z0-9"\u201c(\[•●]/.test(text[k])) continue;
    if (ch === "." && referenceAbbreviation(text, i)) continue;
    push(j);
    start = j;
    i = j - 1;
  }
  push(text.length);
  return out;
}

function referenceAbbreviation(text: string, dot: number): boolean {
  let s = dot;
  while (s > 0 && /[A-Za-z.]/.test(text[s - 1])) s--;
  return !closesFormName(text, dot) && isAbbreviationWord(text.slice(s, dot).toLowerCase());
}

const LEAD = /^[.,;:!?()"'“”‘’[\]{}•●▪◦‣·]+/u;
const TRAIL = /[.,;:!?()"'“”‘’[\]{}]+$/u;
const STOP = /[;:!?]["'”’)\]]*$|\.["'”’)\]]*$/u;

/** tokenize before round 26 (without aliases: the code-unit scan is the same either way), its raw words found by a regular expression. */
function referenceWords(text: string): Word[] {
  const words: Word[] = [];
  for (const m of text.matchAll(/[^\s\u00a0\-\u2010\u2011\u2013]+/g)) {
    const raw = m[0];
    const lead = raw.length - raw.replace(LEAD, "").length;
    const core = raw.slice(lead).replace(TRAIL, "");
    const last = words[words.length - 1];
    if (!core) {
      if (last && /[;:!?.]/.test(raw)) last.stop = true;
      continue;
    }
    const at = m.index + lead;
    const lower = core.toLowerCase();
    const stops = core.length < raw.length - lead && STOP.test(raw);
    const abbreviation = raw.endsWith(".") && isAbbreviationWord(lower) && !closesFormName(text, at + core.length);
    words.push(Object.assign({ word: core, lower, base: baseForm(lower), start: at, end: at + core.length }, stops && !abbreviation ? { stop: true } : {}));
  }
  return words;
}

/** Texts of characters the loops treat specially, in random runs (a fixed seed). */
function generated(count: number): string[] {
  let seed = 26;
  const random = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
  const pieces = ["Board", "the CISO", "U.S.", "Inc.", "e.g.", "Form 8-K.", "Item 1A.", " ", "  ", "\n", "\t", "\u00a0", "\u2003", "\u3000", "\ufeff", "\u2028", "-", "\u2013", ".", "!", "?", ";", ":", ",", '"', "'", "\u2019", "\u201d", "\u201c", ")", "(", "[", "]", "•", "●", "A", "z", "9", "é", "\ud800", "\udc00", "\ud83d\ude00", "J.", "No.", "(a)", "risk’s", "…"];
  const out: string[] = [];
  for (let t = 0; t < count; t++) {
    let s = "";
    const n = 1 + Math.floor(random() * 60);
    for (let k = 0; k < n; k++) s += pieces[Math.floor(random() * pieces.length)];
    out.push(s);
  }
  return out;
}

const paragraphs = proseParagraphs(1);
const texts = [...paragraphs, ...generated(4000), "", "a", "ab", "x".repeat(70_000) + ". Then\u2003more.\nA line"];

describe("code units", () => {
  it("are charCodeAt's, lone surrogates too, in a scratch that grows and for a long text", () => {
    const scratch = codeUnitScratch();
    for (const text of [...texts, "\ud800x\udfff", "é".repeat(300), "z".repeat(100_000)]) {
      const units = codeUnits(text, scratch);
      expect(units.length).toBeGreaterThanOrEqual(text.length);
      let same = true;
      for (let i = 0; i < text.length && same; i++) same = units[i] === text.charCodeAt(i);
      expect(same, JSON.stringify(text.slice(0, 60))).toBe(true);
    }
  });

  it("isSpace is a regular expression's \\s on every code unit", () => {
    for (let c = 0; c < 0x10000; c++) expect(isSpace(c), c.toString(16)).toBe(/\s/.test(String.fromCharCode(c)));
  });

  it("splitSentences finds the sentences the regular-expression scan found", () => {
    expect(paragraphs.length).toBeGreaterThan(1500);
    let count = 0;
    for (const text of texts) {
      const want = referenceSentences(text);
      expect(splitSentences(text), JSON.stringify(text.slice(0, 80))).toEqual(want);
      count += want.length;
    }
    expect(count).toBeGreaterThan(10_000);
  });

  it("tokenize finds the words, offsets and stops the charCodeAt scan found", () => {
    let stops = 0;
    for (const text of texts) {
      const want = referenceWords(text);
      expect(tokenize(text), JSON.stringify(text.slice(0, 80))).toEqual(want);
      stops += want.filter((w) => w.stop).length;
    }
    expect(stops).toBeGreaterThan(5_000);
  });
});
