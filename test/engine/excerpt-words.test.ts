// Quoted evidence never starts or ends inside a word (round 38, rules38: set 15's renalcare quoted an excerpt that
// ended inside a word). excerpt() cuts a long text at spaces, "…" marking each cut, and keeps the focus; every
// finding on every realistic set is checked against the text it was cut from.
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createLinter } from "../../src/api.js";
import { excerpt } from "../../src/engine/hit.js";
import { loadRuleSet } from "../../src/engine/rule-loader.js";
import { reviewOf } from "../../src/report/review.js";
import { lintGroup } from "../../src/run/job.js";
import { loadDisclosure } from "../../src/sources/load.js";
import { collapseSpaces } from "../../src/text/spaces.js";
import { ROOT } from "../helpers.js";

const WORD = /[\p{L}\p{N}]/u;
const inWord = (a: string | undefined, b: string | undefined) => a !== undefined && b !== undefined && WORD.test(a) && WORD.test(b);

/** Where `evidence` (with its "…" marks) cuts a word of `source`, or undefined when it cuts none; null when not found in it. */
function cutWord(source: string, evidence: string): string | undefined | null {
  const head = evidence.startsWith("…");
  const tail = evidence.endsWith("…");
  const body = evidence.slice(head ? 1 : 0, tail ? -1 : undefined);
  const flat = collapseSpaces(source);
  let at = flat.indexOf(body);
  if (at === -1) return null;
  for (; at !== -1; at = flat.indexOf(body, at + 1)) {
    const bad = (head && inWord(flat[at - 1], flat[at])) || (tail && inWord(flat[at + body.length - 1], flat[at + body.length]));
    if (!bad) return undefined;
  }
  return `${head ? "…" : ""}${body.slice(0, 12)} … ${body.slice(-12)}${tail ? "…" : ""}`;
}

describe("excerpt: cuts only between words (round 38)", () => {
  // words of every length, each once (so the excerpt's place in the text is known)
  const words = Array.from({ length: 120 }, (_, i) => `${["cybersecurity", "incident", "Committee", "quarterly", "reports", "risk"][i % 6]}${i}`).join(" ");

  it("ends and starts at a space, with '…' for each cut, and keeps the focus in view", () => {
    // Failed at base: the window was cut at fixed offsets, inside words.
    for (let focus = 0; focus < words.length; focus += 37) {
      const e = excerpt(words, focus, focus + 8);
      expect(cutWord(words, e), `focus ${focus}: ${e}`).toBeUndefined();
      expect(e.length).toBeLessThanOrEqual(200);
      const body = e.replace(/^…|…$/g, "");
      const at = words.indexOf(body);
      expect(at).toBeLessThanOrEqual(focus);
      expect(at + body.length).toBeGreaterThanOrEqual(Math.min(words.length, focus + 8));
    }
  });

  it("leaves a short text whole and cuts a text without spaces where it must", () => {
    expect(excerpt("Our CISO reports quarterly.")).toBe("Our CISO reports quarterly.");
    const long = "x".repeat(500);
    expect(excerpt(long, 250)).toMatch(/^…x+…$/);
  });
});

describe("every quoted excerpt on the realistic sets starts and ends at a word boundary (round 38)", () => {
  const linter = createLinter();
  const rules = loadRuleSet();
  const base = join(ROOT, "test", "fixtures");
  const dirs = readdirSync(base).filter((d) => d.startsWith("realistic") && statSync(join(base, d)).isDirectory());

  it.each(dirs)("%s", async (dir) => {
    let cut = 0;
    const bad: string[] = [];
    for (const name of readdirSync(join(base, dir)).sort()) {
      const file = join(base, dir, name);
      const [result] = await lintGroup([file], linter, { ruleSet: rules });
      const quoted = result.findings.filter((f) => f.evidence && /^…|…$/.test(f.evidence));
      if (quoted.length === 0) continue;
      const d = await loadDisclosure([file]);
      const paragraphs = reviewOf(d, file, rules).paragraphs.map((p) => p.text);
      // a finding about a list quotes its items run together
      const sources = [...paragraphs, paragraphs.join(" "), ...d.facts.map((f) => f.text)];
      for (const f of quoted) {
        cut++;
        const found = sources.map((s) => cutWord(s, f.evidence!)).filter((r) => r !== null);
        if (found.length === 0) bad.push(`${name} ${f.line}:${f.column} ${f.ruleId}: evidence not found in the text`);
        else if (!found.includes(undefined)) bad.push(`${name} ${f.line}:${f.column} ${f.ruleId}: ${found[0]}`);
      }
    }
    expect(bad).toEqual([]);
    expect(cut).toBeGreaterThanOrEqual(0);
  });
});
