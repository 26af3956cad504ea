// A lexicon's patterns run only where their required strings occur (docs/performance.md): the
// analysis must never require a string a match can lack, and the patterns left in must find
// exactly what the whole alternation finds.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { anchorPattern, type LexiconDefinition } from "../../src/text/lexicon.js";
import { patternRequirements, PatternSet } from "../../src/text/pattern-set.js";
import { checkable, requirementOf } from "../../src/text/required-strings.js";

const ROOT = join(import.meta.dirname, "..", "..");

describe("requirementOf", () => {
  it("needs every literal run of a sequence, without a quantified last letter", () => {
    expect(requirementOf(String.raw`\bintegrat\w*\b[^.;]{0,160}\boverall`)).toEqual({ all: ["integrat", "overall"] });
    expect(requirementOf(String.raw`\bcommittees?\b`)).toEqual("committee");
    expect(requirementOf(String.raw`\bItem\s+1\.05\b`)).toEqual({ all: ["Item", "1.05"] });
    expect(requirementOf(String.raw`ab{2}cd`)).toEqual({ all: ["a", "cd"] });
  });

  it("takes a group's alternatives when the group must occur, and nothing from an optional one", () => {
    expect(requirementOf(String.raw`\b(previously|formerly)\s+\w+`)).toEqual({ any: ["previously", "formerly"] });
    expect(requirementOf(String.raw`\b(?:board|committee)+\b`)).toEqual({ any: ["board", "committee"] });
    expect(requirementOf(String.raw`\b(?:board|committee)?\s+x`)).toEqual("x");
    expect(requirementOf(String.raw`(?<name>risk|threat)`)).toEqual({ any: ["risk", "threat"] });
    expect(requirementOf(String.raw`\bno\s+(a|)\s+`)).toEqual("no");
    expect(requirementOf(String.raw`\b(?:chief|head)\s+of\s+(?:security|risk)`)).toEqual({ all: [{ any: ["chief", "head"] }, "of", { any: ["security", "risk"] }] });
  });

  it("requires every top-level alternative to need something", () => {
    expect(requirementOf(String.raw`\bTBD\b|\bTBC\b`)).toEqual({ any: ["TBD", "TBC"] });
    expect(requirementOf(String.raw`\bTBD\b|\w+ {2,}\w+`)).toBeUndefined();
  });

  it("needs what a positive lookaround looks for, and nothing from a negative one", () => {
    expect(requirementOf(String.raw`(?=board)\w+`)).toEqual("board");
    expect(requirementOf(String.raw`^(?=[\s\S]*\b(?:board|audit))(?![\s\S]*\bmanagement)[\s\S]`)).toEqual({ any: ["board", "audit"] });
    expect(requirementOf(String.raw`(?<=our\s)\bmay\b`)).toEqual({ all: ["our", "may"] });
    expect(requirementOf(String.raw`(?<!in\s)\bmay\b`)).toEqual("may");
    expect(requirementOf(String.raw`(?!x(?=board))\w+`)).toBeUndefined();
  });

  it("does not take escapes, classes or backreferences for literals", () => {
    expect(requirementOf(String.raw`\x41\u0042\cJ\d\s`)).toBeUndefined();
    expect(requirementOf(String.raw`[abc]+(x)\1`)).toEqual("x");
    expect(requirementOf(String.raw`\[\s*TBD\s*\]`)).toEqual({ all: ["[", "TBD", "]"] });
    expect(requirementOf(String.raw`a\.b\/c`)).toEqual("a.b/c");
    expect(requirementOf("café")).toEqual("caf");
    // Escapes of an unusual shape (Annex B reads `\c[` as "\c" and a class): nothing is required.
    expect(requirementOf(String.raw`\c[abc]`)).toBeUndefined();
    expect(requirementOf(String.raw`\x4(abc)`)).toBeUndefined();
    expect(requirementOf(String.raw`\u{41}abc`)).toEqual("abc");
  });
});

describe("checkable", () => {
  it("drops short strings from what is all needed, and gives up on an alternative of them", () => {
    expect(checkable({ all: ["a", "cd", "board"] }, 3)).toEqual("board");
    expect(checkable({ all: ["a", "cd"] }, 3)).toBeUndefined();
    expect(checkable({ any: ["board", "it"] }, 3)).toBeUndefined();
    expect(checkable({ all: [{ any: ["board", "it"] }, "risk"] }, 3)).toEqual("risk");
  });
});

/** Every pattern of the built-in lexicons, as the lexicons compile them. */
function builtinPatternSets(): Array<{ name: string; set: PatternSet }> {
  const dir = join(ROOT, "rules", "lexicons");
  return readdirSync(dir).flatMap((f) => {
    const def = JSON.parse(readFileSync(join(dir, f), "utf8")) as LexiconDefinition;
    const sets: Array<{ name: string; set: PatternSet }> = [];
    if (def.patterns?.length) sets.push({ name: f, set: prepared(def.patterns.map(anchorPattern), def.caseSensitive ? "g" : "gi") });
    if (def.caseSensitivePatterns?.length) sets.push({ name: `${f} (case)`, set: prepared(def.caseSensitivePatterns.map(anchorPattern), "g") });
    return sets;
  });
}

/** A set as a built-in lexicon makes it: its requirements worked out by the build, its regexes made on first use. */
function prepared(sources: string[], flags: string): PatternSet {
  return new PatternSet(sources, flags, patternRequirements(sources, flags));
}

function matches(re: RegExp | undefined, text: string): string[] {
  if (!re) return [];
  return [...text.matchAll(new RegExp(re.source, re.flags))].map((m) => `${m.index}:${m[0]}`);
}

describe("PatternSet", () => {
  // The examples' texts, each whole and each paragraph, and the lexicons' own words run together.
  const examples = readdirSync(join(ROOT, "examples"), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && !e.name.endsWith(".docx"))
    .map((e) => readFileSync(join(e.parentPath, e.name), "utf8"));
  const texts = [
    ...examples,
    ...examples.flatMap((t) => t.split(/\n\s*\n/)),
    "The full Board as a whole oversees risk. We have not experienced any incidents that have materially affected us; no TBD [X] ____ XXX.",
    "We did not engage third-party assessors. Mr. Smith has served as CISO for 20 years of experience. Item 1.05 of Form 8-K.",
    "INTEGRATED into our overall risk management program, and can’t be Found in Item 1C; ??? lorem ipsum [Company]",
  ];

  it("finds what the whole alternation finds, in every example text", () => {
    const differ: string[] = [];
    for (const { name, set } of builtinPatternSets()) {
      for (const text of texts) {
        const want = matches(set.regex, text);
        const got = matches(set.forText(text), text);
        if (JSON.stringify(got) !== JSON.stringify(want)) differ.push(`${name}: ${JSON.stringify(text.slice(0, 60))}`);
      }
    }
    expect(differ).toEqual([]);
  });

  it("never skips a generated pattern where it matches", () => {
    // A seeded generator of patterns from the syntax the analysis reads (and some it gives up on).
    let seed = 13;
    const rand = (n: number) => ((seed = (Math.imul(seed, 1103515245) + 12345) & 0x7fffffff), seed % n);
    const pick = <T,>(list: T[]) => list[rand(list.length)];
    const WORDS = ["board", "Committee", "risk", "ERM", "n't", "1.05", "third-party", "a.b", "x{2}", "(c)", "İt", "ſo", "tbd"];
    const atom = (depth: number): string => {
      switch (rand(depth > 2 ? 6 : 9)) {
        case 0: return pick(WORDS).replace(/[.(){}]/g, (c) => `\\${c}`);
        case 1: return pick(["\\s+", "\\w*", "\\b", "\\d", ".", "[a-z]+", "[^.;]{0,20}", "\\x41", "\\u0062", "\\cJ", "\\1"]);
        case 2: return pick(["r", "i", "s", "k", " ", "-", "'"]) + pick(["", "?", "*", "+", "{2}", "{0,2}", "{1,}?"]);
        case 3: return pick(["^", "$", "(?=a)", "(?!b)", "(?<=c)", "(?<!d)", "(?=[\\s\\S]*board)", "(?=risk|ERM)", "(?<=committee\\s?)", "(?![^.]*risk)", "(?<!board)"]);
        case 4: case 5: return pick(WORDS).toLowerCase();
        default: return `(${pick(["", "?:", "?<n>"])}${alternation(depth + 1)})${pick(["", "?", "{1,2}"])}`; // no unbounded repeat of a group: no backtracking blow-up
      }
    };
    const sequence = (depth: number) => Array.from({ length: 1 + rand(4) }, () => atom(depth)).join("");
    const alternation = (depth: number) => Array.from({ length: 1 + rand(3) }, () => sequence(depth)).join("|");
    const texts = Array.from({ length: 40 }, () => Array.from({ length: 3 + rand(12) }, () => pick([...WORDS, "RISK", "BOARD", "committees", "x", "xx", "\n", ".", ";"])).join(pick([" ", "  ", "", "-"])));
    const missed: string[] = [];
    for (let k = 0; k < 1500; k++) {
      const sources = Array.from({ length: 1 + rand(3) }, () => alternation(0));
      for (const flags of ["gi", "g"]) {
        let set: PatternSet;
        try {
          set = new PatternSet(sources, flags);
        } catch {
          continue; // not a valid pattern (a lookbehind after a quantifier, a bad group name …)
        }
        const lazy = prepared(sources, flags);
        for (const text of texts) {
          if (JSON.stringify(matches(lazy.forText(text), text)) !== JSON.stringify(matches(set.regex, text))) missed.push(`${flags} ${sources.join(" | ")} in ${JSON.stringify(text)}`);
        }
      }
    }
    expect(missed).toEqual([]);
  });

  it("runs the patterns where one can match, and none where none can", () => {
    const set = prepared([String.raw`\bboard\s+of\s+directors\b`, String.raw`\bTBD\b`], "gi");
    expect(set.forText("The Board of Directors")?.source).toBe(String.raw`(?:\bboard\s+of\s+directors\b)`);
    expect(set.forText("the committee")).toBeUndefined();
    // A text that needs a pattern the first one did not: the whole alternation, from then on.
    expect(set.forText("[tbd]")).toBe(set.regex);
    expect(set.forText("The Board of Directors")).toBe(set.regex);
    expect(matches(set.forText("A BOARD OF DIRECTORS; tbd."), "A BOARD OF DIRECTORS; tbd.")).toEqual(["2:BOARD OF DIRECTORS", "22:tbd"]);
    // A pattern that may match anywhere always runs, with those the text can match.
    const any = prepared([String.raw`\bTBD\b`, String.raw`\w+ {2,}\w+`, String.raw`\bboard\b`], "gi");
    expect(any.forText("the committee")?.source).toBe(String.raw`(?:\w+ {2,}\w+)`);
    expect(any.forText("the  board")).toBe(any.regex);
    // A pattern that refers back to a group: its number would change in a smaller regex.
    const back = prepared([String.raw`\b(TBD)\b`, String.raw`\b(board)\s+\1\b`], "gi");
    expect(back.forText("board board")).toBe(back.regex);
    expect(back.forText("the committee")).toBeUndefined();
  });

  it("keeps the first text's patterns for the texts they cover", () => {
    const set = prepared([String.raw`\bboard\b`, String.raw`\bTBD\b`, String.raw`\bcommittee\b`], "gi");
    const first = set.forText("the board and its committee");
    expect(first?.source).toBe(String.raw`(?:\bboard\b)|(?:\bcommittee\b)`);
    expect(set.forText("the committee")).toBe(first);
    expect(set.forText("nothing here")).toBeUndefined();
  });
});

describe("PatternSet on a long text", () => {
  it("skips a pattern on a short text without its required string, but not on a whole filing (its trigrams would cost more than the scan)", () => {
    const set = new PatternSet([String.raw`\bcybersecurity\s+committee\b`], "gi");
    expect(set.forText("The board meets quarterly.")).toBeUndefined();
    const filing = "The board meets quarterly. ".repeat(5000);
    expect(filing.length).toBeGreaterThan(1 << 16);
    expect(set.forText(filing)).toBe(set.regex);
  });
});
