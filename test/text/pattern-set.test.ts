// A lexicon's patterns run only where their required strings occur (docs/performance.md): the
// analysis must never require a string a match can lack, and the patterns left in must find
// exactly what the whole alternation finds.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { anchorPattern, type LexiconDefinition } from "../../src/text/lexicon.js";
import { decodeTests, encodeTests, loweredSources, patternRequirements, PatternSet } from "../../src/text/pattern-set.js";
import { checkable, requirementOf, type Requirement } from "../../src/text/required-strings.js";

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

/**
 * A set as a built-in lexicon makes it: its requirements' tests (encodeTests) and (where it folds case)
 * its lower-cased sources worked out by the build, its regexes made on first use. `build` false: the
 * requirements as strings, hashed on first use, and the lower-cased sources left to the first use, as
 * for a lexicon compiled at run time.
 */
function prepared(sources: string[], flags: string, build = true): PatternSet {
  const strings = patternRequirements(sources, flags);
  const tests = build ? encodeTests(strings) : undefined;
  return new PatternSet(sources, flags, tests === undefined ? strings : tests, build && flags.includes("i") ? loweredSources(sources) : undefined);
}

/** The set's tests, as its prefilter reads them (made on first use). */
const testsOf = (set: PatternSet) => (set as unknown as { requirements(): Array<Int32Array | null> | null }).requirements();

describe("the build's tests (encodeTests)", () => {
  it("are the tests a set hashes from its requirements at run time, for every built-in lexicon", () => {
    const sets = builtinPatternSets();
    expect(sets.length).toBeGreaterThan(100);
    let tested = 0;
    for (const { name, set } of sets) {
      const { sources, flags } = set as unknown as { sources: string[]; flags: string };
      const atRunTime = testsOf(new PatternSet(sources, flags, patternRequirements(sources, flags)));
      const encoded = encodeTests(patternRequirements(sources, flags));
      expect(typeof encoded === "string" || encoded === null, name).toBe(true);
      expect(testsOf(set), name).toEqual(atRunTime);
      if (atRunTime) tested += atRunTime.filter(Boolean).length;
    }
    expect(tested).toBeGreaterThan(400);
  });

  it("keep a pattern without a test as null, and give null where no pattern has one", () => {
    const sources = [String.raw`board`, String.raw`\w+ {2,}\w+`, String.raw`(?:chief|head)\s+of\s+(?:security|risk)`];
    const encoded = encodeTests(patternRequirements(sources, "gi"))!;
    const tests = decodeTests(encoded, 3);
    expect(tests[1]).toBeNull();
    expect(tests).toEqual(testsOf(new PatternSet(sources, "gi", patternRequirements(sources, "gi"))));
    // Its strings as leaves [count | on pass << 6, on fail, hashes…], where 0 is PASS, 1 FAIL, else a
    // later leaf: all(any(chief, head), any(security, risk)) ("of" is too short to test).
    const h = (s: string) => Array.from({ length: s.length - 2 }, (_, i) => (Math.imul(Math.imul(s.charCodeAt(i), 31) + s.charCodeAt(i + 1), 31) + s.charCodeAt(i + 2)) & 8191);
    expect([...tests[2]!]).toEqual([3 | (9 << 6), 5, ...h("chief"), 2 | (9 << 6), 1, ...h("head"), 6 | (0 << 6), 17, ...h("security"), 2 | (0 << 6), 1, ...h("risk")]);
    // A string of more than 63 trigrams is a chain of leaves, each passing on to the next.
    const long = "abcdefghij".repeat(7);
    expect([...decodeTests(encodeTests([long])!, 1)[0]!]).toEqual([63 | (65 << 6), 1, ...h(long).slice(0, 63), 5 | (0 << 6), 1, ...h(long).slice(63)]);
    expect(encodeTests(patternRequirements([String.raw`\w+ {2,}\w+`], "g"))).toBeNull();
    expect(encodeTests(null)).toBeNull();
  });

  it("are left as strings where a number does not fit in 16 bits, and read from a buffer at any offset", () => {
    const long = "x".repeat(70_000);
    expect(encodeTests([long])).toBeUndefined();
    const encoded = encodeTests(["board", { any: ["risk", "threat"] }])!;
    // Buffer.from hands small buffers out of a shared pool, at whatever offset is free: odd ones too.
    for (let pad = 0; pad < 4; pad++) {
      Buffer.from("x".repeat(pad + 1));
      expect(decodeTests(encoded, 2)).toEqual(testsOf(new PatternSet(["board", "risk|threat"], "g", ["board", { any: ["risk", "threat"] }])));
    }
  });
});

/** The whole alternation's matches in a text (the regex as made before any prefilter), empty ones left out as a lexicon does. */
function matches(re: RegExp, text: string): string[] {
  return [...text.matchAll(new RegExp(re.source, re.flags))].filter((m) => m[0].length > 0).map((m) => `${m.index}:${m[0]}`);
}

/** What the set finds in `text`, searched as a part of `whole` at `offset`. */
function collected(set: PatternSet, text: string, whole = text, offset = 0): string[] {
  const spans: Array<{ start: number; end: number }> = [];
  set.collect(text, offset, spans, whole);
  return spans.map((s) => `${s.start - offset}:${text.slice(s.start - offset, s.end - offset)}`);
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

  it("finds what the whole alternation finds, in every example text and in each paragraph as a part of its text", () => {
    const differ: string[] = [];
    for (const { name, set } of builtinPatternSets()) {
      const whole = set.regex;
      // The same set read in order, as a document reads it: its patterns' own regexes are kept from text to text.
      const lazy = builtinPatternSets().find((s) => s.name === name)!.set;
      for (const text of texts) {
        if (JSON.stringify(collected(lazy, text)) !== JSON.stringify(matches(whole, text))) differ.push(`${name}: ${JSON.stringify(text.slice(0, 60))}`);
      }
      for (const text of examples) {
        for (let at = 0, end; at < text.length; at = end + 2) {
          end = text.indexOf("\n\n", at);
          if (end < 0) end = text.length;
          const part = text.slice(at, end);
          if (JSON.stringify(collected(lazy, part, text, at)) !== JSON.stringify(matches(whole, part))) differ.push(`${name} (part): ${JSON.stringify(part.slice(0, 60))}`);
        }
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
        const runTime = prepared(sources, flags, false);
        for (const text of texts) {
          if (JSON.stringify(collected(lazy, text)) !== JSON.stringify(matches(set.regex, text))) missed.push(`${flags} ${sources.join(" | ")} in ${JSON.stringify(text)}`);
          if (JSON.stringify(collected(runTime, text)) !== JSON.stringify(matches(set.regex, text))) missed.push(`${flags} (run time) ${sources.join(" | ")} in ${JSON.stringify(text)}`);
        }
      }
    }
    expect(missed).toEqual([]);
  });

  it("answers as a short-circuit walk of each requirement's tree would (round 36: the tests are flat programs of leaves)", () => {
    let seed = 7;
    const rand = (n: number) => ((seed = (Math.imul(seed, 1103515245) + 12345) & 0x7fffffff), seed % n);
    const STRINGS = ["boa", "oar", "board", "risk", "isk", "comm", "ittee", "audit", "dit", "ciso", "cybersecurity ".repeat(6)]; // the last: a chain of two leaves
    const tree = (depth: number): Requirement => {
      if (depth > 3 || rand(3) === 0) return STRINGS[rand(STRINGS.length)];
      const children = Array.from({ length: 1 + rand(4) }, () => tree(depth + 1));
      return rand(2) ? { all: children } : { any: children };
    };
    // A string is held when the text holds every trigram of it (the tests' meaning: trigrams, not the string itself).
    const trigrams = (t: string) => new Set(Array.from({ length: Math.max(0, t.length - 2) }, (_, i) => t.slice(i, i + 3)));
    const holds = (r: Requirement, seen: Set<string>): boolean =>
      typeof r === "string" ? [...trigrams(r)].every((x) => seen.has(x)) : "all" in r ? r.all.every((c) => holds(c, seen)) : r.any.some((c) => holds(c, seen));
    const texts = Array.from({ length: 60 }, () => Array.from({ length: 1 + rand(5) }, () => STRINGS[rand(STRINGS.length)].slice(rand(2))).join(" "));
    let met = 0;
    let missed = 0;
    for (let k = 0; k < 300; k++) {
      const reqs = Array.from({ length: 1 + rand(5) }, () => tree(0));
      const sources = reqs.map((_, i) => `p${i}`);
      const sets = [new PatternSet(sources, "g", reqs), new PatternSet(sources, "g", encodeTests(reqs)!)];
      for (const text of texts) {
        const want = reqs.flatMap((r, i) => (holds(r, trigrams(text)) ? [i] : []));
        met += want.length;
        missed += reqs.length - want.length;
        for (const set of sets) expect((set as unknown as { membersFor(t: string): number[] }).membersFor(text), `${JSON.stringify(reqs)} in ${JSON.stringify(text)}`).toEqual(want);
      }
    }
    // Both answers are common.
    expect(met).toBeGreaterThan(5000);
    expect(missed).toBeGreaterThan(5000);
  });

  it("finds every trigram of a text of any length, as written and lower-cased (round 52: the set is made four characters at a time)", () => {
    // One pattern per trigram of a small alphabet; a text's members are the patterns whose trigram it holds.
    const letters = ["a", "b", "C", "d"];
    const grams = letters.flatMap((x) => letters.flatMap((y) => letters.map((z) => x + y + z)));
    const hash = (t: string) => (Math.imul(Math.imul(t.charCodeAt(0), 31) + t.charCodeAt(1), 31) + t.charCodeAt(2)) & 8191;
    for (const flags of ["g", "gi"]) {
      const set = prepared(grams, flags) as unknown as { membersFor(t: string): number[] };
      let seed = 11;
      const rand = (n: number) => ((seed = (Math.imul(seed, 1103515245) + 12345) & 0x7fffffff), seed % n);
      for (let n = 0; n <= 13; n++) {
        for (let k = 0; k < 25; k++) {
          const text = Array.from({ length: n }, () => letters[rand(letters.length)]).join("");
          const read = flags === "gi" ? text.toLowerCase() : text;
          // The set holds hashes (8,192 of them): two trigrams of one hash are one ("dab" and "dbC").
          const held = new Set(Array.from({ length: Math.max(0, read.length - 2) }, (_, i) => hash(read.slice(i, i + 3))));
          const want = grams.flatMap((g, i) => (held.has(hash(flags === "gi" ? g.toLowerCase() : g)) ? [i] : []));
          expect(set.membersFor(text), `${flags} ${JSON.stringify(text)}`).toEqual(want);
        }
      }
    }
  });

  it("compiles a pattern when a text first needs it, once, and none that no text can match", () => {
    const set = prepared([String.raw`\bboard\s+of\s+directors\b`, String.raw`\bTBD\b`], "gi");
    expect(collected(set, "The Board of Directors")).toEqual(["4:Board of Directors"]);
    expect(set.made).toEqual([String.raw`\bboard\s+of\s+directors\b`]);
    expect(collected(set, "the committee")).toEqual([]);
    expect(set.made).toEqual([String.raw`\bboard\s+of\s+directors\b`]);
    expect(collected(set, "[tbd]")).toEqual(["1:tbd"]);
    expect(collected(set, "A BOARD OF DIRECTORS; tbd.")).toEqual(["2:BOARD OF DIRECTORS", "22:tbd"]);
    // (Lower-cased: each runs without `i` over the text lower-cased, lower-case.ts.)
    expect(set.made).toEqual([String.raw`\bboard\s+of\s+directors\b`, String.raw`\btbd\b`]);
    // A pattern that may match anywhere always runs, with those the text can match.
    const any = prepared([String.raw`\bTBD\b`, String.raw`\w+ {2,}\w+`, String.raw`\bboard\b`], "gi");
    expect(collected(any, "the committee")).toEqual([]);
    expect(any.made).toEqual([String.raw`\w+ {2,}\w+`]);
    expect(collected(any, "the  board")).toEqual(["0:the  board"]);
    expect(any.made).toEqual([String.raw`\w+ {2,}\w+`, String.raw`\bboard\b`]);
  });

  it("runs the lower-cased sources the build worked out (0: as written; null: the pattern runs as written, with `i`)", () => {
    const sources = [String.raw`\bBoard\s+of\s+Directors\b`, String.raw`\bboard\b`, String.raw`\bcafé`];
    expect(loweredSources(sources)).toEqual([String.raw`\bboard\s+of\s+directors\b`, 0, null]);
    const set = prepared(sources, "gi");
    expect(collected(set, "THE BOARD OF DIRECTORS; the board; cafés")).toEqual(["4:BOARD OF DIRECTORS", "28:board", "35:café"]);
    expect(set.made).toEqual([String.raw`\bcafé`, String.raw`\bboard\s+of\s+directors\b`, String.raw`\bboard\b`]);
    // What the build gave is what runs: a lower-cased source is not worked out again.
    const given = new PatternSet([String.raw`\bBoard\b`], "gi", patternRequirements([String.raw`\bBoard\b`], "gi"), [String.raw`\bboard\b|\bcommittee\b`]);
    expect(collected(given, "the board; the committee")).toEqual(["4:board", "15:committee"]);
    expect(given.made).toEqual([String.raw`\bboard\b|\bcommittee\b`]);
  });

  it("merges the patterns' matches as the alternation does: leftmost first, the first pattern on a tie, on from each match's end", () => {
    const tie = prepared([String.raw`\bboard\b`, String.raw`\bboard\s+of\s+directors\b`, String.raw`\bdirectors\b`], "gi");
    expect(collected(tie, "the board of directors; directors")).toEqual(["4:board", "13:directors", "24:directors"]);
    expect(tie.made).toHaveLength(3);
    const overlap = prepared([String.raw`\bof\s+directors\b`, String.raw`\bboard\s+of\b`], "gi");
    expect(collected(overlap, "board of directors")).toEqual(["0:board of"]);
    // An empty match is passed over as the alternation's loop does (one character on), and hides nothing else at its start.
    const empty = prepared(["x*", String.raw`\babc\b`], "g");
    expect(collected(empty, "abc xx abc")).toEqual(["4:xx"]);
    expect(matches(empty.regex, "abc xx abc")).toEqual(["4:xx"]);
    const after = prepared([String.raw`\babc\b`, "x*"], "g");
    expect(collected(after, "abc xx abc")).toEqual(["0:abc", "4:xx", "7:abc"]);
    expect(matches(after.regex, "abc xx abc")).toEqual(["0:abc", "4:xx", "7:abc"]);
  });

  it("runs the whole alternation for a set whose patterns cannot run alone", () => {
    // A pattern that refers back to a group: its number would change in a regex of its own.
    const back = prepared([String.raw`\b(TBD)\b`, String.raw`\b(board)\s+\1\b`], "gi");
    expect(collected(back, "the committee")).toEqual([]);
    expect(back.made).toEqual([]);
    // (In the alternation \1 is the first pattern's group, unset here: it matches the empty string.)
    expect(collected(back, "board board")).toEqual(["0:board "]);
    expect(back.made).toEqual([back.regex.source]);
    // The u flag: a search from inside a surrogate pair.
    const unicode = prepared([String.raw`\bboard\b`, String.raw`\p{Lu}{3}`], "gu");
    expect(collected(unicode, "the board of ABC")).toEqual(["4:board", "13:ABC"]);
    expect(unicode.made).toEqual([unicode.regex.source]);
  });
});

describe("PatternSet on a long text", () => {
  it("skips a pattern on a short text without its required string, but not on a whole filing (its trigrams would cost more than the scan)", () => {
    const set = new PatternSet([String.raw`\bcybersecurity\s+committee\b`, String.raw`\bboard\b`], "gi", patternRequirements([String.raw`\bcybersecurity\s+committee\b`, String.raw`\bboard\b`], "gi"));
    expect(collected(set, "The board meets quarterly.")).toEqual(["4:board"]);
    expect(set.made).toEqual([String.raw`\bboard\b`]);
    const filing = "The board meets quarterly. ".repeat(5000);
    expect(filing.length).toBeGreaterThan(1 << 16);
    expect(collected(set, filing)).toHaveLength(5000);
    expect(set.made).toEqual([String.raw`\bboard\b`, set.regex.source]);
    // From then on the whole alternation runs on every text (one regex, made already).
    expect(collected(set, "the cybersecurity committee and the board")).toEqual(["4:cybersecurity committee", "36:board"]);
    expect(set.made).toEqual([String.raw`\bboard\b`, set.regex.source]);
  });
});
