// clause-break's "While …, " pattern starts at its comma (round 20, speed20): written with its two
// lookbehinds first (round 18), V8 ran both at every position of a range, scanning back up to 200
// characters each time. The comma-first form must find the same matches: compared here on every
// piece of text of the examples, the fixtures and the shared corpora that holds a comma and one of
// the pattern's words (no other text can match either form), as written and upper-cased.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = join(import.meta.dirname, "..", "..");
const LOOKBEHINDS_FIRST = String.raw`(?<!\b(?:not|never|have|has|had))(?<=^\s*(?:[Ww]hile|[Aa]lthough|[Tt]hough|[Ww]hereas|[Bb]ecause|[Ee]ven\s+though)\b[^,;]{3,200}),\s`; // round 44 (acc44-released): \"Because …, \" too
const clauseBreak = JSON.parse(readFileSync(join(ROOT, "rules", "lexicons", "clause-break.json"), "utf8")) as { patterns: string[] };
const COMMA_FIRST = clauseBreak.patterns.find((p) => p.includes("[Ww]hile"))!;

/** Every file under a folder (none where it is missing: ../shared is beside the checkout in the project's workplace only). */
function files(dir: string): string[] {
  try {
    return readdirSync(dir, { recursive: true })
      .map((f) => join(dir, String(f)))
      .filter((f) => statSync(f).isFile() && !/\.(docx|py)$/.test(f));
  } catch {
    return [];
  }
}

/** The pieces a clause reader is given, roughly: markup dropped, split at line breaks and after sentences; those that can match either form. */
function pieces(text: string): string[] {
  return text
    .replace(/<[^>]*>/g, " ")
    .replace(/&nbsp;|&#160;/g, " ")
    .split(/\n+|(?<=[.;!?])\s+(?=[A-Z])/)
    .filter((p) => p.includes(",") && /while|though|whereas|because/i.test(p));
}

function matches(source: string, text: string): string {
  return [...text.matchAll(new RegExp(source, "gi"))].map((m) => `${m.index}+${m[0].length}`).join(" ");
}

describe("clause-break's comma-first pattern", () => {
  it("is the lexicon's pattern, and starts at its comma", () => {
    expect(COMMA_FIRST.startsWith(",")).toBe(true);
    expect(COMMA_FIRST).not.toBe(LOOKBEHINDS_FIRST);
  });

  it("finds what the lookbehinds-first form finds, in every piece of the examples, fixtures and corpora that may match", () => {
    const texts = [ROOT, join(ROOT, "..", "shared")].flatMap((base) => [join(base, "examples"), join(base, "test", "fixtures"), join(base, "corpus")]).flatMap(files);
    const all = texts.flatMap((f) => pieces(readFileSync(f, "utf8")));
    const generated = [
      "While we have a program, we test it.",
      "  although the Board has not, in the past, met, it will.",
      "Even though it had, we did.",
      "Whereas the committee meets quarterly, the Board meets annually; while not, yes, maybe.",
      "While the CISO has, the team never, reports",
    ];
    const differ: string[] = [];
    let found = 0;
    for (const piece of [...all, ...generated, ...all.map((p) => p.toUpperCase())]) {
      const a = matches(LOOKBEHINDS_FIRST, piece);
      if (a !== "") found++;
      if (matches(COMMA_FIRST, piece) !== a) differ.push(piece.slice(0, 120));
    }
    expect(differ).toEqual([]);
    // Enough pieces to mean something: the corpora's "While …, " sentences, and the generated ones.
    expect(found).toBeGreaterThan(20);
  });
});
