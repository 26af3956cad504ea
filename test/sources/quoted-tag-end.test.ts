// quotedTagEnd (round 40: the markup scan's ix start tags by one sticky regex) gives tagEnd's answer:
// on every "<" of the real filings and the fixtures' markup, and on random strings of the characters
// a tag's end depends on, with the number of quoted values the regex gives up at among them.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { quotedTagEnd, tagEnd } from "../../src/sources/xml-scan.js";
import { markupFiles, seededRandom } from "../helpers.js";

describe("quotedTagEnd", () => {
  it("gives tagEnd's answer at every '<' of the real filings and the fixtures", () => {
    const files = markupFiles();
    expect(files.length).toBeGreaterThan(0);
    let tags = 0;
    for (const f of files) {
      const src = readFileSync(f, "utf8");
      for (let lt = src.indexOf("<"); lt !== -1; lt = src.indexOf("<", lt + 1)) {
        const whole = tagEnd(src, lt);
        if (quotedTagEnd(src, lt) !== whole) expect.fail(`${f} at ${lt}: ${quotedTagEnd(src, lt)} vs ${whole}`);
        tags++;
      }
    }
    expect(tags).toBeGreaterThan(1000);
  });

  it("gives tagEnd's answer on random strings of quotes, '>' and other characters", () => {
    const next = seededRandom(40);
    const alphabet = ['"', "'", ">", "<", "a", " ", "=", "\n"];
    for (let n = 0; n < 20_000; n++) {
      const length = 1 + Math.floor(next() * 60);
      let src = "<";
      for (let i = 0; i < length; i++) src += alphabet[Math.floor(next() * alphabet.length)];
      const lt = Math.floor(next() * src.length);
      expect([src, quotedTagEnd(src, 0), quotedTagEnd(src, lt)]).toEqual([src, tagEnd(src, 0), tagEnd(src, lt)]);
    }
  });

  it("leaves a tag of more quoted values than the regex counts to tagEnd: the same answer", () => {
    const values = (n: number) => Array.from({ length: n }, (_, i) => ` a${i}="v>${i}"`).join("");
    const long = (n: number) => ` style="${"x".repeat(n)}>"`;
    for (const src of [
      `<ix:nonFraction${values(32)}>text`,
      `<ix:nonFraction${values(33)}>text`,
      `<ix:nonFraction${values(200)}/>`,
      `<img${long(4096)}>`,
      `<img${long(4097)}>`,
      `<img${long(100_000)} alt='>'>`,
      `<a${" ".repeat(5000)}>`,
      `<a b="never closed>`,
      `<a b='x'`,
    ]) {
      expect([src.length, quotedTagEnd(src, 0)]).toEqual([src.length, tagEnd(src, 0)]);
    }
    expect(quotedTagEnd(`<ix:nonFraction${values(33)}>`, 0)).toBeGreaterThan(0);
  });
});
