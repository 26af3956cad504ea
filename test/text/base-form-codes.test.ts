// Round 35 (speed35-page): baseForm reads a word's ending by character code, not with endsWith. It
// must give what the endsWith version gave (kept here as the reference) for every word.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { baseForm, tokenize } from "../../src/text/tokens.js";

const ROOT = join(import.meta.dirname, "..", "..");

/** baseForm as it was written up to round 34. */
function reference(lower: string): string {
  let w = lower;
  const last = w.charCodeAt(w.length - 1);
  const before = w.charCodeAt(w.length - 2);
  if (last === 115 && (before === 39 || before === 0x2019)) w = w.slice(0, -2);
  else if (last === 39 || last === 0x2019) w = w.slice(0, -1);
  const n = w.length;
  if (n <= 3 || w.charCodeAt(n - 1) !== 115) return w;
  if (w.endsWith("ies") && n > 4) return `${w.slice(0, -3)}y`;
  if (w.endsWith("sses") || w.endsWith("shes") || w.endsWith("ches") || w.endsWith("xes") || w.endsWith("zzes")) return w.slice(0, -2);
  if (w.endsWith("ss") || w.endsWith("us") || w.endsWith("is")) return w;
  return w.slice(0, -1);
}

describe("baseForm by character code", () => {
  it("gives the reference's base form for every ending it tells apart, at every length", () => {
    const endings = ["s", "es", "ies", "sses", "shes", "ches", "xes", "zzes", "ss", "us", "is", "hes", "zes", "bes", "ces", "ves", "'s", "’s", "s'", "ses", "tes", "oes"];
    const stems = ["", "a", "ab", "abc", "abcd", "c", "z", "s", "h", "x", "i", "e"];
    const words: string[] = [];
    for (const stem of stems) for (const end of endings) words.push(stem + end, stem + end + "s");
    for (let n = 0; n <= 6; n++) for (const c of "aeihsuxz'’") words.push(c.repeat(n), `${c.repeat(n)}s`);
    const differ = words.filter((w) => baseForm(w) !== reference(w));
    expect(differ).toEqual([]);
    expect(baseForm("policies")).toBe("policy");
    expect(baseForm("processes")).toBe("process");
    expect(baseForm("ties")).toBe("tie");
    expect(baseForm("watches")).toBe("watch");
    expect(baseForm("buzzes")).toBe("buzz");
    expect(baseForm("boxes")).toBe("box");
    expect(baseForm("company's")).toBe("company");
  });

  it("gives the reference's base form for every word of the examples and fixtures", () => {
    const seen = new Set<string>();
    const walk = (dir: string): void => {
      for (const name of readdirSync(dir).sort()) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) walk(path);
        else if (/\.(txt|md|htm)$/.test(name) && statSync(path).size < 2_000_000) for (const w of tokenize(readFileSync(path, "utf8"))) seen.add(w.lower);
      }
    };
    walk(join(ROOT, "examples"));
    walk(join(ROOT, "test", "fixtures"));
    expect([...seen].filter((w) => baseForm(w) !== reference(w))).toEqual([]);
    expect(seen.size).toBeGreaterThan(2_000);
  });
});
