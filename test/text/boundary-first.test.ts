// Round 35 (speed35-page): a pattern that opens with lookbehinds and then `\b` is prepared with the
// `\b` first (boundaryFirst, src/text/lexicon.ts). Both are zero-width tests of one position, so
// each built-in pattern so rewritten must find exactly what it finds as written: the same matches,
// at the same offsets, with the same groups.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { anchorPattern, boundaryFirst, compileLexicon, prepareLexicon, type LexiconDefinition } from "../../src/text/lexicon.js";

const ROOT = join(import.meta.dirname, "..", "..");
const LEXICONS = join(ROOT, "rules", "lexicons");

/** Every match of `source` in `text`, as the global loop finds them: offset, text and each group. */
function matches(source: string, flags: string, text: string): string[] {
  const re = new RegExp(source, flags);
  const out: string[] = [];
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push(`${m.index}:${JSON.stringify([...m])}`);
    if (m[0].length === 0) re.lastIndex++;
  }
  return out;
}

/** The texts of the examples and the fixtures (text formats only), and a few that the rewritten patterns' lookbehinds decide. */
function texts(): string[] {
  const out = [
    "Our CISO has over 20 years of experience; our team has an average of over 15 years of experience in cybersecurity.",
    "Our security leaders have an average of 12 years of experience. An average of more than ten years of experience.",
    "In May we reported; in may 2024 the Board may review; the Committee may 3 times; it may be material.",
    "The board's management committee and the Board’s  risk committee; the Executive Risk Committee oversees.",
    'Placeholder "TBD" and TBD, ‘TBC’ and TBC; "TODO" and TODO remain.',
    "Agencies such as CISA and the FBI; we work with CISA; CISA guidance; from CISA.",
    "We determine whether an incident is material; once we determine whether it is material; the CISO decides if disclosure is required.",
    "Providers without controls; we operate without interruption; vendors without access.",
  ];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.(txt|md|htm|html)$/.test(name) && statSync(path).size < 2_000_000) out.push(readFileSync(path, "utf8"));
    }
  };
  walk(join(ROOT, "examples"));
  walk(join(ROOT, "test", "fixtures"));
  return out;
}

describe("boundaryFirst", () => {
  it("moves a `\\b` that follows the opening lookbehinds in front of them, and leaves any other source as it is", () => {
    expect(boundaryFirst(String.raw`(?<!\bin\s)\bmay\b(?!\s+\d)`)).toBe(String.raw`\b(?<!\bin\s)may\b(?!\s+\d)`);
    expect(boundaryFirst(String.raw`(?<![)\]])(?<=a(b))\bx|y`)).toBe(String.raw`\b(?<![)\]])(?<=a(b))x|y`);
    expect(boundaryFirst(String.raw`(?<!\()\bx`)).toBe(String.raw`\b(?<!\()x`);
    expect(boundaryFirst(String.raw`(?<!x)\b`)).toBe(String.raw`\b(?<!x)`);
    expect(boundaryFirst(String.raw`(?<!x)\b+y`)).toBe(String.raw`(?<!x)\b+y`);
    for (const same of [
      String.raw`\bmay\b`,
      String.raw`(?<!x)\Bmay`,
      String.raw`(?<!x)may\b`,
      String.raw`(?<name>x)\by`,
      String.raw`(?:x)\by`,
      String.raw`(?<![\w.\-/])(?<!\b(?:Part|Item)\s)XX+`,
      String.raw`(?<!x\bunclosed`,
    ])
      expect(boundaryFirst(same)).toBe(same);
  });

  it("gives every built-in pattern it rewrites the same matches and groups as the pattern as written", () => {
    const all = texts();
    let rewritten = 0;
    let found = 0;
    const differ: string[] = [];
    for (const file of readdirSync(LEXICONS).filter((f) => f.endsWith(".json")).sort()) {
      const def = JSON.parse(readFileSync(join(LEXICONS, file), "utf8")) as LexiconDefinition;
      const flags = `g${def.caseSensitive ? "" : "i"}${(def.patterns ?? []).some((p) => /\\[pP]\{|\\u\{/.test(p)) ? "u" : ""}`;
      for (const written of def.patterns ?? []) {
        const source = anchorPattern(written);
        const first = boundaryFirst(source);
        if (first === source) continue;
        rewritten++;
        for (const text of all) {
          const want = matches(written, flags, text);
          found += want.length;
          if (JSON.stringify(matches(first, flags, text)) !== JSON.stringify(want)) differ.push(`${file}: ${written}`);
        }
      }
    }
    expect(differ).toEqual([]);
    // The check means something: most of the 17 patterns that open with a lookbehind are rewritten, and they match here.
    expect(rewritten).toBeGreaterThanOrEqual(12);
    expect(found).toBeGreaterThan(50);
  });

  it("is how a lexicon is prepared, and the prepared lexicon finds what it found", () => {
    const def: LexiconDefinition = { description: "may, not after in", patterns: [String.raw`(?<!\bin\s)\bmay\b(?!\s+\d)`] };
    expect(prepareLexicon(def).patterns).toEqual([String.raw`\b(?<!\bin\s)may\b(?!\s+\d)`]);
    const lex = compileLexicon("may", def);
    const text = "In May we may act; in may 2024; it may 3.";
    expect(lex.matchAll(text).map((s) => text.slice(s.start, s.end) + "@" + s.start)).toEqual(["may@10"]);
  });
});
