// The CLI's CommonJS bundles (dist/cli.cjs, dist/worker.cjs) are written in ASCII only (scripts/build.mjs,
// asciiSource): a source with one character outside ASCII is a two-byte string, which V8 decodes at
// twice the size and copies whole on every run (round 30). The escapes must mean what the characters
// meant: in a regular expression literal, its classes, a string, and after a backslash.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { runInNewContext } from "node:vm";
import { describe, expect, it } from "vitest";
import { ROOT } from "../helpers.js";

const { asciiSource } = (await import(pathToFileURL(join(ROOT, "scripts", "build.mjs")).href)) as { asciiSource: (text: string) => string };

describe("asciiSource", () => {
  const sources = [
    String.raw`/^[.,;:!?()"'“”‘’[\]{}•●▪◦‣·]+|[.,;:!?()"'“”‘’[\]{}]+$/gu.exec("“Board”")?.[0]`,
    String.raw`/[.!?…]["”’)]?$/.test("the board …")`,
    String.raw`/^[-–—\s]*\d{1,3}[-–—\s]*$/.test("– 12 —")`,
    String.raw`/\’s$/.exec("Board’s")?.index`, // an identity escape of a character outside ASCII
    String.raw`"\’" + "“x”" + '\\’'`, // the same in strings; an escaped backslash before one is kept
    String.raw`/[😀]/u.exec("a😀")?.index + ":" + /😀/.test("😀")`, // outside the BMP: a surrogate pair
    "/* “a comment” */ `template …`.length",
  ];

  it("writes only ASCII, and each source means what it meant", () => {
    for (const source of sources) {
      const ascii = asciiSource(source);
      expect(ascii).toMatch(/^[\x00-\x7f]*$/);
      expect(runInNewContext(ascii)).toEqual(runInNewContext(source));
    }
    expect(asciiSource(String.raw`/\’/`)).toBe(String.raw`/\u2019/`);
    expect(asciiSource(String.raw`"\\’"`)).toBe(String.raw`"\\\u2019"`);
    expect(asciiSource("plain ASCII")).toBe("plain ASCII");
  });
});

describe.skipIf(!existsSync(join(ROOT, "dist", "cli.cjs")))("the CLI's bundles as built", () => {
  it("are ASCII", () => {
    for (const file of ["cli.cjs", "worker.cjs"]) expect(readFileSync(join(ROOT, "dist", file), "latin1")).toMatch(/^[\x00-\x7f]*$/);
  });
});
