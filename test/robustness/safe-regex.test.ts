// The ReDoS check for lexicon patterns (src/text/safe-regex.ts): known-bad shapes are refused,
// ordinary lexicon shapes pass, every built-in pattern passes, and the analysis itself never throws.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkLexiconPatterns, checkNearItemsFit } from "../../src/engine/rule-loader.js";
import { BUILTIN_RULES_DIR } from "../../src/paths.js";
import { assertLinearPattern, assertSafePattern, checkPolynomialSafety, checkRegexSafety } from "../../src/text/safe-regex.js";

const UNSAFE: Array<[string, string]> = [
  ["(a+)+$", ""],
  ["(a*)*b", ""],
  ["(a|a)*b", ""],
  ["(a|aa)+b", ""],
  ["(x+x+)+y", ""],
  ["(\\w+\\s?)*$", ""],
  ["^(([a-z])+.)+[A-Z]([a-z])+$", ""],
  ["(.*a){20}", ""],
  ["(a?b?)*c", ""],
  ["([a-z]+)*!", ""],
  ["(\\w|\\d)+$", ""],
  ["(.|\\s)*x", ""],
  ["(?=(a+)+$)x", ""], // inside a lookaround too
  ["(?:a{1,5}){2,}b", ""],
  ["(?:a|b|ab)*c", ""],
  ["(?:[A-Z]|x)+y", "i"], // only overlapping with the i flag
  // The shape of a committee pattern that once shipped: "and" is both a connector and a
  // capitalised word under the i flag, and a run of spaces splits between \s+ and \s* without it.
  ["\\b[A-Z][A-Za-z,&]*(\\s+(and|&)?\\s*[A-Z][A-Za-z,&]*)*\\s+Committee\\b", "iu"],
  ["\\b[A-Z][A-Za-z,&]*(\\s+(and|&)?\\s*[A-Z][A-Za-z,&]*)*\\s+Committee\\b", "u"],
  ["\\bChief(\\s+(and|&)?\\s*[A-Z][\\w-]*)+\\s+Officers?\\b", "iu"],
];

const SAFE: Array<[string, string]> = [
  ["(a|ab)*c", ""],
  ["\\d+\\d+x", ""], // quadratic at worst, not exponential
  ["(?:ab|a)(?:bc|c)*", ""],
  ["(\\s|-)+x", ""],
  ["(.|\\n)*x", ""],
  ["(\\s+[A-Z][\\w'-]+)*x", "u"],
  ["(?:[A-Z]|x)+y", ""],
  ["\\b(Mr|Mrs|Ms|Dr|Mx)\\.?\\s+[A-Z][\\w'-]+(\\s+[A-Z][\\w'-]+)*", "u"],
  ["\\b(board|committee)\\b[^.;]{0,160}\\b(oversees|reviews?)\\b", "iu"],
  ["\\b(?:[A-Z][A-Za-z&,]*\\s+(?:(?:and|&)\\s+)?){1,5}Committee\\b", "iu"], // bounded: at most 2^5 ways
  ["\\b(have|has|had)\\s+(\\w+\\s+){0,2}(materially|significantly)\\b", "iu"],
  ["(?<![\\w.])XX+(?![\\w])", "u"],
  ["\\u{1F600}+|[\\u{10000}-\\u{10FFFF}]x", "u"],
  ["(\\w+)\\s+\\1", "u"],
];

/** Every pattern of every built-in lexicon, with the flags the lexicon compiles it with. */
function builtinPatterns(): Array<{ file: string; pattern: string; flags: string }> {
  const dir = join(BUILTIN_RULES_DIR, "lexicons");
  const out: Array<{ file: string; pattern: string; flags: string }> = [];
  for (const file of readdirSync(dir).filter((x) => x.endsWith(".json"))) {
    const def = JSON.parse(readFileSync(join(dir, file), "utf8"));
    for (const pattern of def.patterns ?? []) out.push({ file, pattern, flags: def.caseSensitive ? "u" : "iu" });
    for (const pattern of def.caseSensitivePatterns ?? []) out.push({ file, pattern, flags: "u" });
  }
  return out;
}

describe("checkRegexSafety", () => {
  it.each(UNSAFE)("refuses %s (flags %s)", (source, flags) => {
    const r = checkRegexSafety(source, flags);
    expect(r.safe).toBe(false);
    expect(r.reason).toMatch(/can match the same text in more than one way/);
  });

  it.each(SAFE)("accepts %s (flags %s)", (source, flags) => {
    expect(checkRegexSafety(source, flags)).toEqual({ safe: true });
  });

  it("names the repetition at fault", () => {
    expect(checkRegexSafety("^foo(bar|ba|r)*$").reason).toBe('the repetition "(bar|ba|r)*" can match the same text in more than one way');
  });

  it("every pattern of every built-in lexicon passes", () => {
    const failures: string[] = [];
    for (const { file, pattern, flags } of builtinPatterns()) {
      const r = checkRegexSafety(pattern, flags);
      if (!r.safe) failures.push(`${file}: ${pattern}: ${r.reason}`);
    }
    expect(failures).toEqual([]);
  });

  it("no built-in pattern opens with a long lookbehind (V8 runs it at every position of the text before anything else)", () => {
    // Round 14: "[twice a year]"'s pattern opened with a 300-character lookbehind: +7.4% instructions for one R page's cold
    // start. Put the literal first and the lookbehind after it ("\\[(?<!…\\[)").
    const OPENING_LOOKBEHIND = /^\(\?<[!=](?:[^()]|\([^()]*\))*?\{\d*,(\d+)\}/;
    const long = builtinPatterns().filter(({ pattern }) => Number(OPENING_LOOKBEHIND.exec(pattern)?.[1] ?? 0) > 40);
    expect(long.map((p) => `${p.file}: ${p.pattern.slice(0, 60)}`)).toEqual([]);
    expect(OPENING_LOOKBEHIND.exec('(?<![“"][^”"\\n]{0,300})\\[x\\]')?.[1]).toBe("300");
  });

  it("refuses a near phrase that can never fit its window, and every built-in near item fits", () => {
    const tooLong = { description: "x", near: [{ all: [["assessed"], ["using", "in accordance with"]], window: 3, ordered: true }] };
    expect(() => checkLexiconPatterns(tooLong)).toThrow(/near\/0: "in accordance with" can never match: .* spans 4 words, and the window is 3/);
    expect(() => checkNearItemsFit({ description: "x", near: [{ all: [["audit committee"], ["report*"]] }] })).not.toThrow();
    const failures: string[] = [];
    const dir = join(BUILTIN_RULES_DIR, "lexicons");
    for (const f of readdirSync(dir).filter((n) => n.endsWith(".json"))) {
      try {
        checkNearItemsFit(JSON.parse(readFileSync(join(dir, f), "utf8")));
      } catch (e) {
        failures.push(`${f}: ${(e as Error).message}`);
      }
    }
    expect(failures).toEqual([]);
  });

  it("every heading pattern of the built-in requirements passes", () => {
    const dir = join(BUILTIN_RULES_DIR, "requirements");
    const failures: string[] = [];
    for (const f of existsSync(dir) ? readdirSync(dir).filter((x) => x.endsWith(".json")) : []) {
      const catalog = JSON.parse(readFileSync(join(dir, f), "utf8")) as { requirements?: Array<{ id: string; headings?: string[] }> };
      for (const r of catalog.requirements ?? []) {
        for (const p of r.headings ?? []) {
          const v = checkRegexSafety(p, "iu");
          if (!v.safe) failures.push(`${f} ${r.id}: ${p}: ${v.reason}`);
        }
      }
    }
    expect(failures).toEqual([]);
  });

  it("a user lexicon's case-sensitive patterns are checked too", () => {
    expect(() => checkLexiconPatterns({ description: "x", caseSensitivePatterns: ["([A-Z]+)*$"] })).toThrow(/can take exponential time/);
    expect(() => checkLexiconPatterns({ description: "x", patterns: ["\\bAudit Committee\\b"], caseSensitivePatterns: ["\\b[A-Z][a-z]+ Committee\\b"] })).not.toThrow();
  });

  it("a refused pattern really is slow, and the accepted rewrite is not", () => {
    // Measured, not assumed: 20 repeats already take visible time; each one more doubles it.
    const text = `Audit${" and".repeat(20)} x.`;
    const bad = new RegExp(UNSAFE[16][0], "giu");
    const good = new RegExp(SAFE[9][0], "giu");
    const time = (re: RegExp) => {
      const t = performance.now();
      re.lastIndex = 0;
      re.exec(text);
      return performance.now() - t;
    };
    const slow = Math.max(time(bad), time(bad));
    const fast = Math.min(time(good), time(good));
    expect(slow).toBeGreaterThan(fast * 10);
  });

  it("never throws, on any pattern that compiles", () => {
    const atoms = fc.constantFrom("a", "b", ".", "\\w", "\\s", "\\d", "[a-c]", "[^x]", "\\b", "^", "$", "\\1", "(?=a)", "(?<!b)", "\\u0041", "\\p{L}", "[\\s\\S]");
    const regex: fc.Arbitrary<string> = fc.letrec<{ re: string }>((tie) => ({
      re: fc.oneof(
        { depthSize: "small", withCrossShrink: true },
        atoms,
        fc.tuple(tie("re"), fc.constantFrom("*", "+", "?", "{2}", "{1,3}", "{0,}", "*?")).map(([r, q]) => `(?:${r})${q}`),
        fc.tuple(tie("re"), tie("re")).map(([a, b]) => a + b),
        fc.tuple(tie("re"), tie("re")).map(([a, b]) => `(${a}|${b})`),
      ),
    })).re;
    fc.assert(
      fc.property(regex, fc.constantFrom("", "i"), (source, flags) => {
        try {
          new RegExp(source, `${flags}u`);
        } catch {
          return true;
        }
        const r = checkRegexSafety(source, `${flags}u`);
        return typeof r.safe === "boolean" && (r.safe || !r.reason?.startsWith("it could not be analysed"));
      }),
      { numRuns: 300, seed: 6 },
    );
  });
});

// Polynomial (quadratic or worse) backtracking: two different unbounded loops that can read the
// same run of text one after the other.
const QUADRATIC: Array<[string, string]> = [
  ["\\w+\\s?\\w+", ""],
  ["\\d+\\d+x", ""],
  [".*.*x", ""],
  ["\\b(\\d+|\\w+-?\\w*)\\+?\\s+years\\b", "iu"], // the expertise shape: 1 MB of one word took an hour
  ["\\bhad\\s+(a|any)?\\s*material\\b", "iu"],
  ["\\s*\\.?\\s*$", ""],
  ["\\bDirector\\s+of\\s+[\\w ]+Officer", "iu"],
  ["\\d{1,2500}\\d{1,2500}x", "u"], // bounded, but 6 million ways per start
];

const LINEAR: Array<[string, string]> = [
  ["\\d+\\.\\d+", ""],
  ["a*b*", ""],
  ["\\b\\w+(?:-\\w+)?\\s+years\\b", "iu"],
  ["(\\w+\\s+){0,4}experience", "iu"], // bounded: a constant factor
  ["\\bassess\\w*\\b[^.;]{0,80}\\b(cyber\\s?security)?\\s*(risks?|vulnerabilit\\w+)\\b", "iu"], // \\b keeps the two \\w loops apart
  ["\\bescalat\\w+\\b[^.;]{0,120}\\b(risk|vulnerabilit\\w+)\\b", "iu"],
  ["[a-z]+\\d+[a-z]+", ""],
  ["\\bboard\\b[^.;]{0,200}\\b(reviews?)\\b[^.;]{0,120}\\brisks?\\b", "iu"], // bounded gaps: at most 24,000 ways
];

/**
 * Built-in patterns the polynomial check flags today (issue 12): genuinely quadratic on a long run
 * of word characters or spaces. The matching work rewrites them; then this list is emptied.
 */
// Files whose patterns the checker flags but which stay linear in use (round 5, accepted after reading
// each): every one is a sentence shape read sentence by sentence and anchored at the sentence's start
// ("^…"), or opens with a literal word ("\\bneither\\s+…nor"), and its gaps are bounded ([^.;]{1,60}?,
// {0,8}?), so each start position costs at most a constant. `npm run eval -- --speed` runs every
// built-in lexicon over 0.25 and 1 MB of hostile text: 4× the text, 2.6–3.6× the time.
const KNOWN_QUADRATIC = new Set<string>([
  "element-management-expertise-no.json",
  "sentence-integration-board-oversight.json",
  // round 8: a clause guard "^(?![^.;]{0,400};[^;]{0,300}?…)" at the sentence's start, its gaps bounded
  "sentence-management-expertise-others.json",
  "sentence-management-role-biography.json", // round 8: anchored, gaps {0,5}? {0,6}? {0,600}?
  "sentence-management-reporting-line.json",
  "sentence-own-products.json",
  "sentence-processes-report-topics.json",
  "sentence-processes-responsibility.json",
]);

describe("checkPolynomialSafety", () => {
  it.each(QUADRATIC)("flags %s (flags %s)", (source, flags) => {
    const r = checkPolynomialSafety(source, flags);
    expect(r.safe).toBe(false);
    expect(r.reason).toMatch(/can split the same text in many ways/);
  });

  it.each(LINEAR)("accepts %s (flags %s)", (source, flags) => {
    expect(checkPolynomialSafety(source, flags)).toEqual({ safe: true });
  });

  it("a flagged pattern really is quadratic: twice the text, about four times the time", () => {
    const re = new RegExp(QUADRATIC[3][0], "giu");
    const time = (n: number) => {
      const text = "a".repeat(n);
      let best = Infinity;
      for (let k = 0; k < 3; k++) {
        const t = performance.now();
        re.lastIndex = 0;
        re.exec(text);
        best = Math.min(best, performance.now() - t);
      }
      return best;
    };
    expect(time(8000) / time(1000)).toBeGreaterThan(20); // linear would be 8, quadratic 64
  });

  it("every built-in lexicon pattern is linear, except the known ones", () => {
    const flagged = builtinPatterns()
      .filter(({ file, pattern, flags }) => !KNOWN_QUADRATIC.has(file) && !checkPolynomialSafety(pattern, flags).safe)
      .map(({ file, pattern }) => `${file}: ${pattern}`);
    expect(flagged).toEqual([]);
  });

  it("a user lexicon with a quadratic pattern is refused at load", () => {
    expect(() => checkLexiconPatterns({ description: "x", patterns: ["\\b\\w+-?\\w*\\s+years"] })).toThrow(/can take quadratic or worse time/);
    expect(() => assertLinearPattern("\\b\\w+(?:-\\w+)?\\s+years", "iu")).not.toThrow();
  });
});

// Round 43 (safe43): the search mode (a pattern as a search runs it, tried at each start of the text) is a gate for the
// built-in lexicons. Each pattern it flagged was timed through bounded-runs (src/text/bounded-runs.ts: runs of spaces or
// word characters cut at 256, a ";" every 2,000 characters without a stop) on runs and shapes made of its own words
// (docs/accuracy.md, round 43's table): one grew faster than linearly and was rewritten (placeholders.json's "[insert …]",
// its gap bounded); these were linear. Each entry is a pattern's file, length and first 50 characters: an edit that
// changes its length or its opening is reviewed again (the test fails), as is a new flagged pattern. Whatever a pattern
// costs, the run's time budget stops it mid-run (src/run/watch.ts).
const WORD_RUN = "its loops read runs of word characters (some with - ' & .), which bounded-runs cuts at 256: each try reads a bounded run";
const TO_STOP = "reads to its sentence's stop ([^.;]*: at most 2,000 characters after bounded-runs), or, anchored at ^, once per text (.*)";
const LEADING_NON_WORD = "its \\W* opens the pattern at the text's start (^ without m) or follows a literal word: one try, or a bounded one, per start";
const ANCHORED =
  "a sentence shape anchored at the sentence's start (KNOWN_QUADRATIC's review, rounds 5 and 8): one try per sentence, its loops reading at most the sentence, cut every 2,000 characters - linear, and slow on a crafted run (own-products: ~35 µs a character of a run of '-')";
const SEARCH_REVIEWED: Array<[file: string, length: number, opening: string, why: string]> = [
  ["element-incident-disclosure.json", 847, "\\bad\\s+hoc\\s+(?:announcement|publicity|disclosure)", WORD_RUN],
  ["element-incident-disclosure.json", 443, "\\breport\\w*\\s+(?:(?:a|an|the|any|such|each|all|mat", WORD_RUN],
  ["element-incident-escalation-decider.json", 535, "(?<!\\b(?:we|company|it|if|once|when|upon|after)\\s(", WORD_RUN],
  ["element-incident-escalation-decider.json", 684, "\\bmateriality\\b[^.;]{0,80}\\b(?:made|determined|ass", WORD_RUN],
  ["element-incident-escalation.json", 926, "\\b(?:incident\\s+(?:review|management)|(?:incident|", WORD_RUN],
  ["element-integration.json", 402, "\\b(?:treat|classif|categori[sz]|designat|view|reco", WORD_RUN],
  ["element-management-expertise-no.json", 452, "\\bneither\\s+[^.;]{1,60}?\\s+nor\\s+[^.;]{1,60}?\\s+(?", ANCHORED],
  ["element-management-positions.json", 2074, "(?:^[•●▪◦‣·*\\s]*|(?<=[.!?;:\\]][\"”’)]?\\s{1,5}))(?:(", WORD_RUN], // round 45 (acc45-mgmt): +106, the Portuguese/French title heads and "director general" in the opening position group; the same shape; round 46 (acc46-mgmt): +131, "approves|decides" with the bounded cyber lookahead {0,60} the "sets" branch already has; the same shape
  ["element-management-role.json", 702, "\\b(?:[Cc]yber\\w*|[Ss]ecurity|IT|[Tt]echnology)\\s+(", WORD_RUN],
  ["management-positions.json", 281, "\\b(?!(?:Audit|Compensation|Nominating|Governance|B", WORD_RUN],
  ["negation.json", 8, "\\w+n't\\b", WORD_RUN],
  ["party-activity.json", 336, "(?:\\b[\\w&-]+\\s+){0,3}(?:officer|ciso|cio|cto|cfo|p", WORD_RUN],
  ["party-activity.json", 226, "(?:\\b[\\w’'&-]+\\s+){0,3}?(?:committee|council|progr", WORD_RUN],
  ["sentence-board-informed-hypothetical.json", 58, "\\bno\\s+assurance\\b|^\\W*if\\b[^,;.]{0,120}?\\bnot\\s+r", LEADING_NON_WORD],
  ["sentence-board-informed-not-cyber.json", 180, "(?:^\\W*|,\\s+and\\s+)(?:each|every|all)\\s+(?:(?:of\\s", LEADING_NON_WORD],
  ["sentence-disclosure-not-incident.json", 545, "\\bthreat\\w*\\s+to\\s+(?:publicly\\s+)?(?:disclose|pub", WORD_RUN],
  ["sentence-disclosure-not-incident.json", 477, "\\b(?:help|helps|helping|enable|enables|assist|assi", TO_STOP],
  ["sentence-disclosure-not-incident.json", 1480, "(?:^\\s*(?:[Uu]nder|[Pp]ursuant\\s+to)\\s[^,;]{2,80},", TO_STOP],
  ["sentence-external-notice.json", 739, "^(?!.*\\b(?:management|CISO|CIO|CEO|officers?|execu", TO_STOP],
  ["sentence-incident-escalation-hypothetical.json", 146, "\\b(?:may|might|could|would)\\s+(?:require|necessita", LEADING_NON_WORD],
  ["sentence-integration-board-oversight.json", 762, "^(?![\\s\\S]*\\b(?:integrat\\w*|incorporat\\w*|(?:part\\", ANCHORED],
  ["sentence-list-lead-in.json", 231, "\\b(?:includ(?:e|es)|compris(?:e|es)|consists?\\s+of", LEADING_NON_WORD],
  ["sentence-management-expertise-others.json", 4390, "^(?![^.;]{0,400};[^;]{0,300}?\\b(?:officer|ciso|cio", ANCHORED],
  ["sentence-management-expertise-others.json", 765, "^(?![^.;]*\\b(?:officers?|ciso|cio|cto|cso|chief|he", ANCHORED],
  ["sentence-management-other-remit.json", 1986, "\\b(?:(?<!(?:,\\s(?:who|which)\\s(?:also\\s)?|[,;]\\s(?", WORD_RUN], // round 49 (acc49-mgmt): -15, "(?:company['’]s\\s+|group['’]s\\s+)?" became "(?:[\\w-]+['’]s\\s+)?" (one more word run after the verb, bounded at 256); timed on runs of "oversees our " + 250 word characters: 100k / 200k / 400k characters 28.7 / 33.1 / 62.2 ms (base 18.8 / 51.6 / 44.5), linear
  ["sentence-management-reporting-line.json", 299, "^[\\W]*(?:(?!(?:is|are|was|has|have|and|responsible", ANCHORED],
  ["sentence-management-reporting-line.json", 409, "^\\W*(?:[\\w'’()-]+\\s+){0,8}?[\\w'’()-]+,\\s+who\\s+(?:", ANCHORED],
  ["sentence-management-reporting-line.json", 222, "^(?![^.;]*\\b(?:responsib\\w*|oversee\\w*|leads?|led|", ANCHORED],
  ["sentence-management-role-biography.json", 1201, "^[\\W\\d]*(?:(?:in\\s+addition|additionally|also|furt", ANCHORED],
  ["sentence-management-role-biography.json", 290, "^[\\W\\d]*(?:(?:[\\w’'.-]+\\s+){0,6}?(?:prior|previous", ANCHORED],
  ["sentence-own-products.json", 311, "^[\\W\\d]*(?:(?:the|our|its|these)\\s+)?(?:[\\w-]+\\s+)", ANCHORED],
  ["sentence-own-products.json", 150, "\\bact\\w*\\s+as\\s+(?:the|an?)\\s+(?:[\\w-]+\\s+){0,3}?o", WORD_RUN],
  ["sentence-own-products.json", 138, "\\b(?:may|can)\\s+(?:purchase|buy|subscribe|add)\\b(?", TO_STOP],
  ["sentence-processes-report-topics.json", 628, "^[\\W\\d]*(?:(?:in\\s+addition|additionally|also),?\\s", ANCHORED],
  ["sentence-processes-report-topics.json", 428, "^(?![^.;]*\\b(?:investigates?|triages?|remediates?|", ANCHORED],
  ["sentence-processes-report-topics.json", 404, "^(?![^.;]*\\b(?:investigates?|triages?|remediates?|", ANCHORED],
  ["sentence-processes-report-topics.json", 113, "^\\W*(?:the\\s+)?(?:status|progress)\\s+of\\s+(?!.*\\b(", ANCHORED],
  ["sentence-processes-responsibility.json", 661, "^(?!.*\\b(?:NIST|ISO|SOC\\s*2|CIS|penetration|backup", ANCHORED],
  ["sentence-third-party-oversight-registrant-vendor.json", 482, "\\bwe\\s+(?:\\w+\\s+){0,2}?(?:answer|complete|host)\\s+", WORD_RUN],
  ["spacing-errors.json", 142, "(?<![a-z])(?=\\w+(?: *[,;:.]| {2}))(?:\\b(?:[A-Za-z]", WORD_RUN],
];

describe("the search mode as a gate for built-in lexicons", () => {
  it("flags no built-in pattern but the reviewed ones, and every reviewed one is still there and still flagged", () => {
    const key = (file: string, pattern: string) => `${file} ${pattern.length} ${pattern.slice(0, 50)}`;
    const reviewed = new Map(SEARCH_REVIEWED.map(([file, length, opening, why]) => [`${file} ${length} ${opening}`, why]));
    const flagged = builtinPatterns().filter(({ pattern, flags }) => !checkPolynomialSafety(pattern, flags, { search: true }).safe);
    expect(flagged.map(({ file, pattern }) => key(file, pattern)).filter((k) => !reviewed.has(k))).toEqual([]);
    const seen = new Set(flagged.map(({ file, pattern }) => key(file, pattern)));
    expect([...reviewed.keys()].filter((k) => !seen.has(k))).toEqual([]);
    for (const why of reviewed.values()) expect(why.length).toBeGreaterThan(40);
  });

  it("the rewritten placeholder pattern passes; the one before it did not", () => {
    expect(checkPolynomialSafety("\\[\\s*insert\\b[^\\]]*\\]", "", { search: true }).safe).toBe(false);
    expect(checkPolynomialSafety("\\[\\s*insert\\b[^\\]]{0,1000}\\]", "", { search: true }).safe).toBe(true);
  });
});

describe("assertSafePattern", () => {
  it("a one-line error naming the pattern", () => {
    expect(() => assertSafePattern("(a+)+$", "iu")).toThrow(/^pattern "\(a\+\)\+\$" can take exponential time on some texts \(the repetition "a\+"/);
    expect(() => assertSafePattern("(a", "iu")).toThrow(/^pattern "\(a" is not a valid regular expression/);
    // Valid without the u flag, invalid with it (the lexicon compiles with u).
    expect(() => assertSafePattern("\\-x{", "u")).toThrow(/not a valid regular expression/);
  });
});
