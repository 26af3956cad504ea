// The Item 1C window read small must find what the whole window finds, on every Inline XBRL
// fixture and example (the real filings: test/corpus/section-window-corpus.test.ts).
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { FIXTURES, ROOT } from "../helpers.js";
import { expectSameSection } from "./section-window-check.js";

function ixbrlFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...ixbrlFiles(p));
    else if (/\.(x?html?|xml)$/i.test(name) && /<[\w.-]+:nonNumeric\b/.test(readFileSync(p, "utf8"))) out.push(p);
  }
  return out.sort();
}

const files = [...ixbrlFiles(FIXTURES), ...ixbrlFiles(join(ROOT, "examples"))];

describe("the Item 1C window", () => {
  it("has Inline XBRL fixtures to compare", () => {
    if (files.length < 10) throw new Error(`only ${files.length} files`);
  });
  it.each(files.map((f) => [f.slice(ROOT.length + 1), f]))("%s: the small window finds the whole window's section", async (_, file) => {
    await expectSameSection(file);
  });
});

describe("the Item 1C window on made-up layouts", () => {
  const filler = (n: number, word = "Revenue grew in the period.") => Array.from({ length: n }, (_, i) => `<p>${word} Note ${i}.</p>`).join("\n");
  const doc = (html: string) => ({ file: "f.htm", format: "ixbrl" as const, text: html, encoding: "utf-8" as const });
  const section = [
    `<p style="font-weight:bold">Item 1C. Cybersecurity</p>`,
    `<p>We maintain a cybersecurity program overseen by the audit committee.</p>`,
    `<div><ix:nonNumeric name="cyd:Block" contextRef="c">TAGGED Our CISO reports quarterly to the Board.</ix:nonNumeric></div>`,
    `<p>Our team has twenty years of experience.</p>`,
    `<p style="font-weight:bold">Item 2. Properties</p>`,
  ].join("\n");
  // Whether the small window is used (it must be where it can be sure, or it saves nothing).
  const layouts: [string, string, boolean][] = [
    ["a table of contents far before", `<table><tr><td>Item 1B. Unresolved Staff Comments</td><td>9</td></tr><tr><td>Item 1C. Cybersecurity</td><td>10</td></tr><tr><td>Item 2. Properties</td><td>11</td></tr></table>\n${filler(900)}\n${section}\n${filler(900)}`, true],
    ["an earlier Item 1C heading that runs into the real one", `<p>Item 1C. Cybersecurity</p>\n${filler(900)}\n${section}\n${filler(900)}`, false],
    ["a later Item 1C heading that runs to the end", `${filler(900)}\n${section}\n${filler(300)}\n<p>Item 1C. Cybersecurity</p>\n${filler(600)}`, false],
    ["a later, smaller Item 1C section", `${filler(900)}\n${section}\n${filler(300)}\n<p>Item 1C. Cybersecurity</p>\n${filler(1)}\n<p>Item 3. Legal Proceedings</p>\n${filler(600)}`, true],
    ["an earlier, bigger Item 1C section", `${filler(300)}\n<p>Item 1C. Cybersecurity</p>\n${filler(20)}\n<p>Item 1D. Other</p>\n${filler(600)}\n${section}\n${filler(900)}`, false],
    ["few blocks around: one long paragraph each side", `<p>${"word ".repeat(40_000)}</p>\n${section}\n<p>${"word ".repeat(40_000)}</p>`, false],
    ["a heading open across the cut", `<h2>${filler(900)}\n${section}\n${filler(900)}`, false],
    ["a comment open across the cut", `${filler(300)}<!-- ${filler(900)}\n${section}\n${filler(900)}`, false],
    ["a mention in a paragraph", `${filler(300)}<p>See Item 1C for our program.</p>${filler(600)}\n${section}\n${filler(900)}`, true],
  ];
  it.each(layouts)("%s: the same section both ways", async (_, html, small) => {
    const { nearSection, sectionAround, sectionInWindow } = await import("../../src/sources/prose.js");
    const from = html.indexOf("<ix:nonNumeric");
    const to = html.indexOf("</ix:nonNumeric>") + 16;
    const lo = Math.max(0, from - 120_000);
    const hi = Math.min(html.length, to + 120_000);
    const tagged = [{ start: from, end: to }];
    expect(sectionAround(doc(html), from, to, "ix", tagged)).toEqual(sectionInWindow(doc(html), lo, hi, from, to, "ix", tagged));
    expect(nearSection(html, lo, hi, from, to, "ix", tagged) !== undefined).toBe(small);
  });
});
