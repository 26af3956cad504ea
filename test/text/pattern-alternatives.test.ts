// Round 53 (speed53-cold): a pattern of the shape `^(?!…)(?:A|B|…)` can match only at a text's start and only where one
// of its top-level alternatives does: each alternative read for its own phrases (phraseRequirementOf: literal runs joined
// across zero-width atoms, white space as a gap) and its own leading negative look-aheads (vetoes, a `{0,N}` gap too).
// A text in which none can match is one where the regex is not compiled (at f625ac4c the R page compiled two such
// patterns, 4,390 and 1,416 characters, that match nothing there). The prefilter must stay sound: a pattern ruled out in a
// text finds nothing there - every built-in pattern over every paraphrase and example paragraph.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { prepareLexicon, type LexiconDefinition, type Span } from "../../src/text/lexicon.js";
import { decodeAlternative, patternAlternatives, patternNeeds, patternRequirements, PatternSet, patternVetoes } from "../../src/text/pattern-set.js";
import { lowerCasedSource, lowerCasedText } from "../../src/text/lower-case.js";
import { GAP, holds, holdsPhrase, leadingAlternatives, phraseRequirementOf, ruledOut } from "../../src/text/required-strings.js";
import { ROOT, SAMPLE } from "../helpers.js";

const LEXICONS = join(ROOT, "rules", "lexicons");
const PARAPHRASES = join(ROOT, "test", "accuracy", "paraphrases");

/** Every paraphrase paragraph (no sealed file is opened) and every paragraph of examples/. */
function paragraphs(): string[] {
  const out = new Set<string>();
  for (const f of readdirSync(PARAPHRASES)) {
    if (!f.endsWith(".json") || f.includes("sealed")) continue;
    const data = JSON.parse(readFileSync(join(PARAPHRASES, f), "utf8")) as { paragraphs?: Array<{ text?: string }> };
    for (const p of data.paragraphs ?? []) if (typeof p.text === "string" && p.text.length > 0) out.add(p.text);
  }
  const examples = readdirSync(join(ROOT, "examples"), { recursive: true, withFileTypes: true }).filter((e) => e.isFile() && /\.(txt|md|html?)$/i.test(e.name));
  for (const e of examples) for (const p of readFileSync(join(e.parentPath, e.name), "utf8").split(/\n[ \t]*\n/)) if (p.trim()) out.add(p.trim());
  return [...out];
}

/** Each built-in pattern as it runs where the prefilter applies: as written without `i`, lower-cased (over lower-cased texts) with it. */
function builtinPatterns(): Array<{ source: string; flags: string; lowered: boolean }> {
  const out: Array<{ source: string; flags: string; lowered: boolean }> = [];
  for (const f of readdirSync(LEXICONS).filter((n) => n.endsWith(".json"))) {
    const prepared = prepareLexicon(JSON.parse(readFileSync(join(LEXICONS, f), "utf8")) as LexiconDefinition, true);
    const add = (sources: string[], flags: string) => {
      for (const source of sources) {
        if (!flags.includes("i")) out.push({ source, flags, lowered: false });
        else if (!flags.includes("u")) {
          const low = lowerCasedSource(source);
          if (low !== undefined) out.push({ source: low, flags: flags.replace("i", ""), lowered: true });
        }
      }
    };
    add(prepared.patterns, prepared.flags);
    add(prepared.casePatterns, prepared.caseFlags);
  }
  return out;
}

const texts = paragraphs();

describe("phraseRequirementOf and leadingAlternatives (round 53)", () => {
  it("reads runs across zero-width atoms and white space as a gap", () => {
    expect(phraseRequirementOf(String.raw`\bhead\s+of\b`)).toEqual(`head${GAP}of`);
    expect(phraseRequirementOf(String.raw`\bwe\b\s{1,3}(?!not)use`)).toEqual(`we${GAP}use`);
    expect(phraseRequirementOf(String.raw`^(?=[\s\S]*board)(?:risk|cyber\s+risk)`)).toEqual({ all: ["board", { any: ["risk", `cyber${GAP}risk`] }] });
    // Optional white space, a class or a quantified group part the runs.
    expect(phraseRequirementOf(String.raw`team\s*member`)).toEqual({ all: ["team", "member"] });
    expect(phraseRequirementOf(String.raw`vice[\s-]president(?:s)?`)).toEqual({ all: ["vice", "president"] });
  });

  it("finds a phrase's words parted by any run of white space `\\s` matches, and nowhere else", () => {
    const phrase = `head${GAP}of`;
    for (const t of ["the head of IT", "head\u00a0\u2003of", "head\n\tof"]) expect(holdsPhrase(phrase, t)).toBe(true);
    for (const t of ["headof", "head-of", "head. of", "ahead"]) expect(holdsPhrase(phrase, t)).toBe(false);
    expect(holds({ any: [`vice${GAP}president`, "ciso"] }, "our vice  president")).toBe(true);
  });

  it("reads each top-level alternative of an anchored pattern, with its own leading vetoes (a bounded gap too)", () => {
    const alternatives = leadingAlternatives(String.raw`^(?![^.;]*;)(?:[\W\d]*head\s+of\b|(?![\s\S]{0,20}?\b(?:cyber\w*|security)\b)[\s\S]{0,40}?\byears\b)`, "g")!;
    expect(alternatives.map((a) => a.requirement)).toEqual([`head${GAP}of`, "years"]);
    expect(alternatives[1].vetoes).toEqual([{ veto: { stops: "", words: ["cyber*", "security"] }, within: 20 }]);
    expect(ruledOut(alternatives, "ten years in security")).toBe(true);
    expect(ruledOut(alternatives, "ten years, then at length some security")).toBe(false); // the word starts past 20
    expect(ruledOut(alternatives, "head of IT")).toBe(false);
    // Not that shape: a match may start elsewhere, or the group does not reach the end, or the flags fold case.
    expect(leadingAlternatives(String.raw`(?:a|b)`, "g")).toBeUndefined();
    expect(leadingAlternatives(String.raw`^(?:a|b)c`, "g")).toBeUndefined();
    expect(leadingAlternatives(String.raw`^(?:a|b)`, "gi")).toBeUndefined();
    expect(leadingAlternatives(String.raw`^(?:a|b)`, "gm")).toBeUndefined();
  });

  it("reads enough paragraphs to mean something", () => {
    expect(texts.length).toBeGreaterThan(3000);
  });

  it("a built-in pattern ruled out in a paragraph (its phrases, its alternatives) finds nothing there", { timeout: 600_000 }, () => {
    const wrong: string[] = [];
    let out = 0;
    let alternativesOut = 0;
    const lowered = texts.map((t) => lowerCasedText(t) ?? null);
    for (const { source, flags, lowered: low } of builtinPatterns()) {
      const re = new RegExp(source, flags.replace("g", ""));
      const req = phraseRequirementOf(source);
      const alternatives = leadingAlternatives(source, flags);
      for (let k = 0; k < texts.length; k++) {
        const text = low ? lowered[k] : texts[k];
        if (text === null) continue;
        const phrasesOut = req !== undefined && !holds(req, text);
        const shapeOut = alternatives !== undefined && ruledOut(alternatives, text);
        if (!phrasesOut && !shapeOut) continue;
        out++;
        if (shapeOut) alternativesOut++;
        if (re.test(text)) wrong.push(`${source.slice(0, 60)} in ${JSON.stringify(text.slice(0, 60))}`);
      }
    }
    expect(wrong).toEqual([]);
    // The test rules things out (else it would pass on a prefilter that does nothing).
    expect(out).toBeGreaterThan(100_000);
    expect(alternativesOut).toBeGreaterThan(1000);
  });

  it("never rules out a generated pattern where it matches", () => {
    let seed = 53;
    const rand = (n: number) => ((seed = (Math.imul(seed, 1103515245) + 12345) & 0x7fffffff), seed % n);
    const pick = <T,>(list: T[]) => list[rand(list.length)];
    const WORDS = ["board", "risk", "head", "of", "we", "use", "cyber", "x"];
    const atom = (depth: number): string => {
      switch (rand(depth > 2 ? 6 : 8)) {
        case 0: case 1: return pick(WORDS);
        case 2: return pick(["\\s+", "\\s", "\\s*", "\\s{1,3}", " ", " ?", "\\w*", "\\b", "\\B", "[\\s-]", ".", "[^.;]{0,20}?"]);
        case 3: return pick(["^", "$", "(?=a)", "(?!b)", "(?<=c)", "(?<!d)", "(?=[\\s\\S]*board)", "(?![\\s\\S]{0,5}?\\b(?:risk|we)\\b)", "(?![^.]*risk)"]);
        case 4: case 5: return pick(WORDS) + pick(["", "?", "s?", "\\b"]);
        default: return `(${pick(["", "?:"])}${alternation(depth + 1)})${pick(["", "?"])}`;
      }
    };
    const sequence = (depth: number) => Array.from({ length: 1 + rand(4) }, () => atom(depth)).join("");
    const alternation = (depth: number) => Array.from({ length: 1 + rand(3) }, () => sequence(depth)).join("|");
    const gen = Array.from({ length: 60 }, () => Array.from({ length: 2 + rand(8) }, () => pick([...WORDS, ".", ";", "\n"])).join(pick([" ", "  ", "", "\u00a0", " \t"])));
    const wrong: string[] = [];
    let checked = 0;
    for (let n = 0; n < 3000; n++) {
      const source = rand(2) ? `^(?:${alternation(0)}|${sequence(0)})` : alternation(0);
      let re: RegExp;
      try {
        re = new RegExp(source);
      } catch {
        continue;
      }
      const req = phraseRequirementOf(source);
      const alternatives = leadingAlternatives(source, "");
      for (const t of gen) {
        if (!re.test(t)) continue;
        checked++;
        if ((req !== undefined && !holds(req, t)) || (alternatives !== undefined && ruledOut(alternatives, t))) wrong.push(`${source} in ${JSON.stringify(t)}`);
      }
    }
    expect(checked).toBeGreaterThan(1000);
    expect(wrong).toEqual([]);
  });
});

describe("a pattern's alternatives as the build writes them (round 53)", () => {
  const sets = readdirSync(LEXICONS)
    .filter((n) => n.endsWith(".json"))
    .map((n) => prepareLexicon(JSON.parse(readFileSync(join(LEXICONS, n), "utf8")) as LexiconDefinition, true))
    .filter((p) => p.alternatives || p.caseAlternatives);

  it("are those leadingAlternatives reads from the sources as they run (lower-cased where they fold case), read back whole", () => {
    expect(sets.length).toBeGreaterThan(0);
    let read = 0;
    for (const p of sets) {
      for (const [k, encoded] of (p.alternatives ?? []).entries()) {
        if (encoded === null) continue;
        const low = p.lowered?.[k];
        const source = low === undefined || low === 0 ? p.patterns[k] : low;
        expect(encoded.map(decodeAlternative)).toEqual(leadingAlternatives(source!, p.flags.replace("i", "")));
        read++;
      }
    }
    expect(read).toBeGreaterThanOrEqual(4);
  });

  it("a set given them finds what its whole alternation finds in every paraphrase and example paragraph", { timeout: 300_000 }, () => {
    // (A pattern is tested at most 16 times before its regex is made anyway: a set's first texts run the alternatives' test.)
    const wrong: string[] = [];
    for (const p of sets) {
      const set = new PatternSet(p.patterns, p.flags, p.strings, p.lowered, p.needs, p.vetoes, p.alternatives);
      const whole = new RegExp(p.patterns.map((s) => `(?:${s})`).join("|"), p.flags);
      for (const text of texts) {
        const spans: Span[] = [];
        set.collect(text, 0, spans);
        const expected: string[] = [];
        for (const m of text.matchAll(whole)) if (m[0].length > 0) expected.push(`${m.index}:${m[0].length}`);
        if (JSON.stringify(spans.map((x) => `${x.start}:${x.end - x.start}`)) !== JSON.stringify(expected)) wrong.push(JSON.stringify(text.slice(0, 60)));
      }
    }
    expect(wrong).toEqual([]);
  });

  it("a pattern none of whose alternatives can match is not compiled for that text (fails at f625ac4c)", () => {
    const sources = [String.raw`^(?![^.;]*;)(?:[\W\d]*head\s+of\b|(?![\s\S]{0,40}?\b(?:cyber\w*|security)\b)[\s\S]{0,80}?\byears\b)`, String.raw`\bboard\b`];
    const set = new PatternSet(sources, "gi", patternRequirements(sources, "gi"), undefined, patternNeeds(sources, "gi"), patternVetoes(sources, "gi"), patternAlternatives(sources, "gi"));
    const spans: Span[] = [];
    // "head of" nowhere, "years" vetoed by "security": the anchored pattern is not compiled.
    expect(set.collect("Ten years in security, reporting to the board.", 0, spans)).toBe(true);
    expect(spans).toEqual([{ start: 40, end: 45 }]);
    expect(set.made).toEqual([String.raw`\bboard\b`]);
    spans.length = 0;
    expect(set.collect("Ten years of audit work for the board.", 0, spans)).toBe(true);
    expect(spans).toEqual([{ start: 0, end: 9 }, { start: 32, end: 37 }]);
    expect(set.made.length).toBe(2);
  });
});

const dir = mkdtempSync(join(tmpdir(), "disclint-alternatives-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.skipIf(!existsSync(SAMPLE) || !existsSync(join(ROOT, "dist", "cli.cjs")))("the R page's first lint (round 53)", () => {
  it("compiles no `^(?:A|B|…)` lexicon pattern none of whose alternatives can match there (two at f625ac4c: 4,390 and 1,416 characters)", () => {
    // The regexes the run executes (bench/regex-count.cjs: every RegExp.prototype.exec, by source and flags).
    const out = join(dir, "regexes.json");
    const r = spawnSync(process.execPath, ["-r", join(ROOT, "bench", "regex-count.cjs"), join(ROOT, "bin", "disclint.js"), "--timeout", "3600000", SAMPLE], {
      encoding: "utf8",
      cwd: dir,
      env: { PATH: process.env.PATH, HOME: process.env.HOME, REGEX_COUNT_OUT: out },
    });
    expect(r.stdout).toContain("4 problems");
    const made = (JSON.parse(readFileSync(out, "utf8")) as { regexes: Array<{ source: string }> }).regexes.map((e) => e.source);
    // The run compiles lexicon patterns, anchored ones among them (those whose leading look-aheads let them run).
    expect(made.length).toBeGreaterThan(50);
    expect(made.filter((s) => s.startsWith("^(?!")).length).toBeGreaterThan(3);
    expect(made.filter((s) => leadingAlternatives(s, "g") !== undefined).map((s) => s.length)).toEqual([]);
  });
});
