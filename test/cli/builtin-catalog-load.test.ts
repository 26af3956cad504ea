// Round 52 (speed52-cold): the CLI's bundles load the built-in element catalog without checking it again: the build
// loaded it from rules/requirements/requirements.json with every check on (scripts/build.mjs checkBuiltinRules), so
// the start-up neither builds each element's list of lexicon names nor compiles its headings' regexes to see that they
// compile (at 13611b7f each built-in heading's regex was made twice at start-up: once for that check, once for its use;
// ~3.6 M of the R page's cold start's instructions with the lists). A user's catalog (--rules-dir) is checked as before.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ROOT, SAMPLE } from "../helpers.js";

const dir = mkdtempSync(join(tmpdir(), "disclint-catalog-load-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Every RegExp made through the constructor (source and flags), counted (a literal is made by V8 without it).
const PRELOAD = `"use strict";
const made = {};
const R = RegExp;
globalThis.RegExp = new Proxy(R, { construct(t, args, nt) { const r = Reflect.construct(t, args, nt); const k = r.flags + "/" + r.source; made[k] = (made[k] ?? 0) + 1; return r; } });
process.on("exit", () => require("node:fs").writeFileSync(process.env.MADE_OUT, JSON.stringify(made)));
`;

interface Element {
  id: string;
  lexicon: string;
  headings: string[];
}
const catalog = JSON.parse(readFileSync(join(ROOT, "rules", "requirements", "requirements.json"), "utf8")) as { elements: Element[] };

const cli = (args: string[], env: NodeJS.ProcessEnv = {}) =>
  spawnSync(process.execPath, [...args], { encoding: "utf8", cwd: dir, env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env } });

describe.skipIf(!existsSync(SAMPLE) || !existsSync(join(ROOT, "dist", "cli.cjs")))("the built-in element catalog's load", () => {
  it("a lone R page's run makes each built-in heading's regex at most once (its use, no second one to check it)", () => {
    const preload = join(dir, "regexp-made.cjs");
    writeFileSync(preload, PRELOAD);
    const out = join(dir, "made.json");
    const r = cli(["-r", preload, join(ROOT, "bin", "disclint.js"), "--timeout", "3600000", SAMPLE], { MADE_OUT: out });
    expect(r.stdout).toContain("4 problems");
    const made = JSON.parse(readFileSync(out, "utf8")) as Record<string, number>;
    const headings = new Set(catalog.elements.flatMap((e) => e.headings));
    expect(headings.size).toBeGreaterThan(20);
    const sourceOf = (k: string) => k.slice(k.indexOf("/") + 1);
    // The run does make regexes through the constructor (the lexicons' patterns), and the headings' for their use.
    expect(Object.keys(made).length).toBeGreaterThan(50);
    expect(Object.keys(made).filter((k) => headings.has(sourceOf(k))).length).toBeGreaterThan(0);
    expect(Object.entries(made).filter(([k, n]) => headings.has(sourceOf(k)) && n > 1)).toEqual([]);
  });

  it("a --rules-dir catalog that names an unknown lexicon, or a heading that does not compile, is still refused", () => {
    const house = join(dir, "house");
    mkdirSync(join(house, "requirements"), { recursive: true });
    const draft = join(dir, "draft.md");
    writeFileSync(draft, "# Item 1C. Cybersecurity\n\nWe assess cybersecurity risks.\n");
    const el = catalog.elements[0];
    for (const [element, message] of [
      [{ ...el, lexicon: "nope" }, '/elements/0/lexicon: unknown lexicon "nope"'],
      [{ ...el, headings: ["(unclosed"] }, "/elements/0/headings/0:"],
    ] as const) {
      writeFileSync(join(house, "requirements", "requirements.json"), JSON.stringify({ elements: [element] }));
      const r = cli([join(ROOT, "bin", "disclint.js"), "--no-config", "--rules-dir", house, draft]);
      expect(r.status).toBe(2);
      expect(r.stderr).toContain(message);
    }
  });
});
