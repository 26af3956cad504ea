// dist/builtins.dat (src/engine/builtins-file.ts): the eager texts read at start-up, the lazy ones
// (the lexicons' definitions) only when one is asked for, with the same texts either way; a config
// that changes a built-in lexicon still applies through the built CLI.
import { spawnSync } from "node:child_process";
import { closeSync, copyFileSync, existsSync, mkdtempSync, openSync, readdirSync, readFileSync, readSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { builtinsFileText, readBuiltinsFile, type FileReads } from "../../src/engine/builtins-file.js";
import { ROOT, SAMPLE } from "../helpers.js";

/** node:fs with each positioned read's [position, length] counted. */
function counting(): FileReads & { reads: [number, number][] } {
  const reads: [number, number][] = [];
  return { reads, openSync, closeSync, readSync: (fd, buffer, offset, length, position) => (reads.push([position, length]), readSync(fd, buffer, offset, length, position)) };
}

const texts = {
  rules: { "a.json": JSON.stringify({ id: "a", message: "’quoted’ — dash" }), "b.json": JSON.stringify({ id: "b" }) },
  lexicons: { "x.json": JSON.stringify({ words: ["naïve", "café"] }), "y.json": JSON.stringify({ words: ["y"] }) },
  prepared: JSON.stringify({ "x.json": { n: 1 } }),
  requirements: JSON.stringify({ elements: [] }),
};

function written(lazy = ["lexicons"]): string {
  const dir = mkdtempSync(join(tmpdir(), "disclint-builtins-"));
  const file = join(dir, "builtins.dat");
  writeFileSync(file, builtinsFileText(texts, lazy));
  return file;
}

const parsedAll = (t: Record<string, unknown>): unknown =>
  Object.fromEntries(Object.entries(t).map(([k, v]) => [k, typeof v === "string" ? JSON.parse(v) : parsedAll(v as Record<string, unknown>)]));

describe("builtins file", () => {
  it("is ASCII, and gives back every text (JSON-equal) with the lazy ones read only when asked for", () => {
    const file = written();
    expect(/[^\x00-\x7f]/.test(readFileSync(file, "latin1"))).toBe(false);
    const fs = counting();
    const read = readBuiltinsFile(file, fs);
    const lazyPosition = 64 + Number(readFileSync(file, "latin1").slice(0, 64).split(" ")[2]) + Number(readFileSync(file, "latin1").slice(0, 64).split(" ")[3]);
    // The first line, then the index and the eager texts, in one read each; nothing of the lazy part.
    expect(fs.reads.length).toBe(2);
    expect(fs.reads.every(([p, n]) => p + n <= lazyPosition)).toBe(true);
    expect(Object.keys(read.lexicons)).toEqual(["x.json", "y.json"]);
    expect(fs.reads.length).toBe(2); // listing the names reads nothing
    expect(JSON.parse((read.lexicons as Record<string, string>)["x.json"])).toEqual({ words: ["naïve", "café"] });
    const after = fs.reads.length;
    expect(fs.reads.slice(2).some(([p]) => p === lazyPosition)).toBe(true);
    expect(parsedAll(read)).toEqual(parsedAll(texts));
    expect(fs.reads.length).toBe(after); // the lazy part is read once
  });

  it("with no lazy key, everything is read at once", () => {
    const fs = counting();
    const read = readBuiltinsFile(written([]), fs);
    expect(parsedAll(read)).toEqual(parsedAll(texts));
    expect(fs.reads.length).toBe(2);
  });

  it("a file rebuilt between the start and the first lazy read is an error, not wrong texts; a cut file too", () => {
    const file = written();
    const read = readBuiltinsFile(file);
    writeFileSync(file, builtinsFileText({ ...texts, requirements: JSON.stringify({ elements: [1] }) }, ["lexicons"]));
    expect(() => (read.lexicons as Record<string, string>)["y.json"]).toThrow(/rebuilt while this run was using it/);
    const cut = written();
    writeFileSync(cut, readFileSync(cut, "latin1").slice(0, -10), "latin1");
    expect(() => (readBuiltinsFile(cut).lexicons as Record<string, string>)["x.json"]).toThrow(/shorter than its first line says/);
    writeFileSync(cut, "not a builtins file".padEnd(80));
    expect(() => readBuiltinsFile(cut)).toThrow(/not a builtins file of this version/);
  });
});

describe.skipIf(!existsSync(join(ROOT, "dist", "builtins.dat")))("the built dist/builtins.dat", () => {
  it("holds every built-in rule and lexicon as its file; the lexicons are the lazy part", () => {
    const fs = counting();
    const read = readBuiltinsFile(join(ROOT, "dist", "builtins.dat"), fs);
    const first = readFileSync(join(ROOT, "dist", "builtins.dat"), "latin1").slice(0, 64).split(" ");
    const lazyBytes = Number(first[4]);
    expect(lazyBytes).toBeGreaterThan(400_000);
    expect(fs.reads.reduce((n, [, len]) => n + len, 0)).toBeLessThan(readFileSync(join(ROOT, "dist", "builtins.dat")).length - lazyBytes + 1);
    const lexicons = read.lexicons as Record<string, string>;
    const files = readdirSync(join(ROOT, "rules", "lexicons")).filter((f) => f.endsWith(".json")).sort();
    expect(Object.keys(lexicons).sort()).toEqual(files);
    for (const f of files) expect(JSON.parse(lexicons[f])).toEqual(JSON.parse(readFileSync(join(ROOT, "rules", "lexicons", f), "utf8")));
    const rules = read.rules as Record<string, string>;
    for (const f of Object.keys(rules)) expect(JSON.parse(rules[f])).toEqual(JSON.parse(readFileSync(join(ROOT, "rules", f), "utf8")));
  });
});

describe.skipIf(!existsSync(join(ROOT, "dist", "cli.js")) || !existsSync(SAMPLE))("a config that changes a built-in lexicon, through the built CLI", () => {
  it("still applies (its lexicon's definition read from the lazy part)", () => {
    const dir = mkdtempSync(join(tmpdir(), "disclint-lazy-lexicon-"));
    copyFileSync(SAMPLE, join(dir, "page.txt"));
    const run = () => spawnSync(process.execPath, [join(ROOT, "bin", "disclint.js"), "page.txt", "-f", "json"], { cwd: dir, encoding: "utf8" });
    const ids = () => {
      const r = run();
      expect(r.stderr).toBe("");
      return (JSON.parse(r.stdout)[0].messages as { ruleId: string }[]).map((m) => m.ruleId);
    };
    expect(ids()).toContain("management-position-named"); // "Mr. Junhong Huang" names no position
    writeFileSync(join(dir, ".disclintrc.json"), JSON.stringify({ lexicons: { "management-positions": { add: ["Junhong Huang"] } } }));
    expect(ids()).not.toContain("management-position-named");
    // A removal is checked against the definition's terms.
    writeFileSync(join(dir, ".disclintrc.json"), JSON.stringify({ lexicons: { "management-positions": { remove: ["Junhong Huang"] } } }));
    const refused = run();
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain('"Junhong Huang" is not a term or pattern of lexicon management-positions');
  });
});
