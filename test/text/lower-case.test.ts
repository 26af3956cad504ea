// A case-insensitive pattern runs without `i` over the text lower-cased (src/text/lower-case.ts):
// every built-in pattern must find the same matches that way, at the same offsets, in every text
// it is given lower-cased, and a pattern or text it cannot serve must be refused.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { anchorPattern, type LexiconDefinition } from "../../src/text/lexicon.js";
import { lowerCasedSource, lowerCasedText } from "../../src/text/lower-case.js";
import { patternRequirements, PatternSet } from "../../src/text/pattern-set.js";

const ROOT = join(import.meta.dirname, "..", "..");

/** Every match (index and length) of a source in a text, empty ones too. */
function all(source: string, flags: string, text: string): string[] {
  return [...text.matchAll(new RegExp(source, flags))].map((m) => `${m.index}+${m[0].length}`);
}

/** Where the lower-cased pattern over the lower-cased text finds other matches than the pattern with `i` (none: []); null when either is refused. */
function differs(source: string, text: string): string[] | null {
  const low = lowerCasedSource(source);
  const lowText = lowerCasedText(text);
  if (low === undefined || lowText === undefined) return null;
  const a = all(source, "gi", text);
  const b = all(low, "g", lowText);
  return JSON.stringify(a) === JSON.stringify(b) ? [] : [`${source} in ${JSON.stringify(text.slice(0, 80))}: ${a.slice(0, 5)} vs ${b.slice(0, 5)}`];
}

describe("lowerCasedSource", () => {
  it("lower-cases the letters, and keeps escapes, class escapes and group names as written", () => {
    expect(lowerCasedSource(String.raw`\bBoard\s+Of\b`)).toBe(String.raw`\bboard\s+of\b`);
    expect(lowerCasedSource(String.raw`\W\B\S\D\w\d\s\b`)).toBe(String.raw`\W\B\S\D\w\d\s\b`);
    expect(lowerCasedSource(String.raw`(?<Role>CISO)\k<Role>`)).toBeUndefined(); // a backreference
    expect(lowerCasedSource(String.raw`(?<Role>CISO)|(?<=Mr\.\s)X(?<!Q)`)).toBe(String.raw`(?<Role>ciso)|(?<=mr\.\s)x(?<!q)`);
    expect(lowerCasedSource(String.raw`a{2,3}B\.C\u2019`)).toBe(String.raw`a{2,3}b\.c\u2019`);
    expect(lowerCasedSource("[•●▪◦‣·*\\s]’“”")).toBe("[•●▪◦‣·*\\s]’“”");
  });

  it("adds to a class the lower case of each upper-case letter and range it holds", () => {
    expect(lowerCasedSource("[A-Z]")).toBe("[A-Za-z]");
    expect(lowerCasedSource("[^A-Z0-9]")).toBe("[^A-Z0-9a-z]");
    expect(lowerCasedSource("[Ww]hile")).toBe("[Www]hile");
    expect(lowerCasedSource(String.raw`[\w\-.A]`)).toBe(String.raw`[\w\-.Aa]`);
    expect(lowerCasedSource("[!-~]")).toBe("[!-~a-z]");
    expect(lowerCasedSource("[a-z]")).toBe("[a-z]");
    expect(lowerCasedSource(String.raw`[\x41-\x43]`)).toBeUndefined(); // an escape that stands for a letter
  });

  it("refuses what the `i` flag reads otherwise: backreferences, letters outside ASCII with cases, and escapes of letters", () => {
    for (const source of [String.raw`(a)\1`, "café", "CAFÉ", "[À-Þ]", "[\u0100-\uffff]", String.raw`\u0041`, String.raw`\x61`, String.raw`\cJ\A`, String.raw`\p{Lu}`, "ſ", "\u212A"]) {
      expect(lowerCasedSource(source), source).toBeUndefined();
    }
    expect(lowerCasedSource(String.raw`\cJ\u00A0[\u2018-\u201d]`)).toBe(String.raw`\cJ\u00A0[\u2018-\u201d]`);
  });
});

describe("lowerCasedText", () => {
  it("lower-cases a text whose characters outside ASCII are their own lower case, and refuses any other", () => {
    expect(lowerCasedText("The BOARD’s • Committee")).toBe("the board’s • committee");
    expect(lowerCasedText("café naïve ß ſ ı")).toBe("café naïve ß ſ ı");
    // With `i` (no `u`) these match only themselves, where their lower case would match a letter of ASCII or another letter.
    for (const text of ["CAFÉ", "\u212Aelvin", "İstanbul", "Ǆ"]) expect(lowerCasedText(text), text).toBeUndefined();
    expect(lowerCasedText("‘Board’ \u{10428} \ud800")).toBe("‘board’ \u{10428} \ud800");
    expect(lowerCasedText("\u{10400}")).toBeUndefined();
    expect(new RegExp("k", "gi").test("\u212A")).toBe(false);
    expect(new RegExp("k", "g").test("\u212A".toLowerCase())).toBe(true);
  });

  it("refuses exactly the texts with a character outside ASCII that toLowerCase changes (every code point, this Node's Unicode)", () => {
    const wrong: string[] = [];
    for (let c = 0x80; c <= 0x10ffff; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      const ch = String.fromCodePoint(c);
      const changes = ch.toLowerCase() !== ch;
      if ((lowerCasedText(`a${ch}B`) === undefined) !== changes) wrong.push(c.toString(16));
    }
    expect(wrong).toEqual([]);
  });
});

describe("lower-cased patterns find what they find with `i`", () => {
  const dir = join(ROOT, "rules", "lexicons");
  const sources = readdirSync(dir).flatMap((f) => {
    const def = JSON.parse(readFileSync(join(dir, f), "utf8")) as LexiconDefinition;
    return def.caseSensitive ? [] : (def.patterns ?? []).map(anchorPattern);
  });
  const examples = readdirSync(join(ROOT, "examples"), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && !e.name.endsWith(".docx"))
    .map((e) => readFileSync(join(e.parentPath, e.name), "utf8"));
  const shared = join(ROOT, "..", "shared", "examples");
  let sharedTexts: string[] = [];
  try {
    sharedTexts = readdirSync(shared)
      .filter((f) => f.endsWith(".txt") || f.endsWith(".md"))
      .map((f) => readFileSync(join(shared, f), "utf8"));
  } catch {
    // (../shared is beside the checkout in the project's workplace only.)
  }
  const texts = [
    ...examples,
    ...sharedTexts,
    ...examples.map((t) => t.toUpperCase()).filter((t) => lowerCasedText(t) !== undefined),
    "WHILE THE BOARD, AS A WHOLE, OVERSEES RISK; Mr. SMITH (OUR CISO) HAS 20 YEARS OF EXPERIENCE. Item 1.05 of Form 8-K.",
    "café naïve résumé — the Comité’s “Board” • reviews ß ſ ı risk; THE AUDIT COMMITTEE: receives REPORTS quarterly.",
  ];

  it("every built-in case-insensitive pattern the lowering takes, over the examples (as written and upper-cased)", () => {
    const found: string[] = [];
    let taken = 0;
    for (const source of sources) {
      if (lowerCasedSource(source) === undefined) continue;
      taken++;
      for (const text of texts) found.push(...(differs(source, text) ?? []));
    }
    expect(found).toEqual([]);
    // All of them today (422); one with a letter outside ASCII that has cases would keep `i`.
    expect(taken).toBeGreaterThan(sources.length - 10);
  });

  it("generated patterns of classes, escapes, groups and lookarounds, over generated texts of mixed case", () => {
    let seed = 20;
    const rand = (n: number) => ((seed = (Math.imul(seed, 1103515245) + 12345) & 0x7fffffff), seed % n);
    const pick = <T,>(list: T[]) => list[rand(list.length)];
    const WORDS = ["Board", "COMMITTEE", "risk", "ERM", "n't", "Mr.", "x", "é", "É", "ß", "ſ", "ı", "’", "İ", "\u212A"];
    const atom = (depth: number): string => {
      switch (rand(depth > 2 ? 6 : 8)) {
        case 0: return pick(WORDS).replace(/[.]/g, "\\.");
        case 1: return pick([String.raw`\s+`, String.raw`\w*`, String.raw`\W`, String.raw`\b`, String.raw`\B`, String.raw`\S+`, ".", "[A-Z]+", "[^a-z]", "[^A-Z ]", "[a-zA-Z]{2}", "[^.;]{0,20}", "[Rr]", "[\\wé]", "[^\\W]"]);
        case 2: return pick(["R", "i", "S", "k", " ", "-", "'"]) + pick(["", "?", "*", "+", "{2}"]);
        case 3: return pick(["^", "$", "(?=B)", "(?!b)", "(?<=C)", "(?<!d)", "(?=[\\s\\S]*board)", "(?<=committee\\s?)", "(?![^.]*RISK)"]);
        default: return `(${pick(["", "?:", "?<N>"])}${Array.from({ length: 1 + rand(2) }, () => atom(depth + 1)).join("")})${pick(["", "?"])}`;
      }
    };
    const found: string[] = [];
    const texts = Array.from({ length: 40 }, () => Array.from({ length: 3 + rand(12) }, () => pick([...WORDS, "RISK", "board", "Committees", "XX", "\n", ".", ";", "mr."])).join(pick([" ", "", "-"])));
    let compared = 0;
    for (let k = 0; k < 3000; k++) {
      const source = Array.from({ length: 1 + rand(2) }, () => Array.from({ length: 1 + rand(4) }, () => atom(0)).join("")).join("|");
      try {
        new RegExp(source, "gi");
      } catch {
        continue;
      }
      for (const text of texts) {
        const d = differs(source, text);
        if (d) compared++;
        found.push(...(d ?? []));
      }
    }
    expect(found).toEqual([]);
    // (Patterns and texts with a letter outside ASCII that has cases are refused, and not compared.)
    expect(compared).toBeGreaterThan(4000);
  });

  it("a pattern set runs a text it cannot lower-case with `i`, and the same matches", () => {
    const sources = [String.raw`\bcaf\w\b`, String.raw`\bboard\b`];
    const set = new PatternSet(sources, "gi", patternRequirements(sources, "gi"));
    const spans: Array<{ start: number; end: number }> = [];
    set.collect("The BOARD", 0, spans);
    expect(set.made).toEqual([String.raw`\bboard\b`]);
    expect(spans).toEqual([{ start: 4, end: 9 }]);
    set.collect("CAFÉ BOARD", 0, spans);
    // (É is not its own lower case: the text runs as written, through the pattern with `i`.)
    expect(spans.slice(1)).toEqual([{ start: 5, end: 10 }]);
    // (Made: the patterns with `i`, then the lower-cased one.)
    expect(set.made).toEqual([String.raw`\bcaf\w\b`, String.raw`\bboard\b`, String.raw`\bboard\b`]);
  });
});
