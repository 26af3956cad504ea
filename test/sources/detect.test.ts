import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { detectFormat } from "../../src/sources/detect.js";

const fixture = (p: string) => readFileSync(fileURLToPath(new URL(`../fixtures/r-page-html/${p}`, import.meta.url)), "utf8");
const shared = fileURLToPath(new URL("../../../shared/", import.meta.url));

describe("detectFormat: content decides", () => {
  const cases: Array<[string, string, string, string | undefined]> = [
    ["XBRL instance", '<?xml version="1.0" encoding="utf-8"?>\n<!-- by Northwind -->\n<xbrli:xbrl xmlns:xbrli="http://www.xbrl.org/2003/instance">', "a.xml", "xbrl-instance"],
    ["XBRL instance, default namespace", "<xbrl xmlns='http://www.xbrl.org/2003/instance'>", "a.txt", "xbrl-instance"],
    [
      "Inline XBRL",
      '<?xml version="1.0" encoding="utf-8"?>\n<html xmlns="http://www.w3.org/1999/xhtml" xmlns:ix="http://www.xbrl.org/2013/inlineXBRL"><body/></html>',
      "nwlc-20241231.htm",
      "ixbrl",
    ],
    ["Inline XBRL saved as .txt", '<html xmlns:ix="http://www.xbrl.org/2013/inlineXBRL">', "a.txt", "ixbrl"],
    ["Inline XBRL fragment with undeclared ix tags", '<html><body><p><ix:nonNumeric name="cyd:X" contextRef="c1">text', "a.htm", "ixbrl"],
    ["Inline XBRL fragment that opens with an ix tag", '<ix:nonNumeric name="cyd:X" contextRef="c1">text', "a.xml", "ixbrl"],
    ["an HTML draft that writes about ix tags is HTML", "<p>Item 1C. Cybersecurity</p><p>We tag it with &lt;ix:nonNumeric&gt;.</p>", "draft.htm", "html"],
    ["R page HTML", '<html><body><table class="report" border="0"><tr><td class="pl"><a onclick="Show.showAR(this,\'defref_cyd_X\',window)">X</a></td></tr></table>', "R2.htm", "r-page-html"],
    ["plain HTML", "<!DOCTYPE html>\n<html><body><h1>Item 1C. Cybersecurity</h1></body></html>", "draft.html", "html"],
    ["HTML fragment", "<p>Item 1C. Cybersecurity</p>\n<p>We have processes.</p>", "draft.htm", "html"],
    ["a table of class report without defref is just HTML", '<html><table class="report"><tr><td>x</td></tr></table></html>', "a.htm", "html"],
    ["FilingSummary.xml", '<?xml version="1.0" encoding="utf-8"?>\n<FilingSummary><MyReports/></FilingSummary>', "FilingSummary.xml", undefined],
    ["other XML", "<xs:schema xmlns:xs='http://www.w3.org/2001/XMLSchema'/>", "nwlc.xsd", undefined],
    ["JSON draft", '{\n  "form": "10-K",\n  "facts": {}\n}', "draft.json", "json-draft"],
    ["JSON draft under another extension", '  {"facts": {"CybersecurityRiskRoleOfManagementTextBlock": "x"}}', "draft.txt", "json-draft"],
    ["other JSON", '{ "name": "northwind", "version": "1.0.0" }', "package.json", undefined],
    // A rule harness's cases.json names a form per case, one level down: at base it was read as a draft ("unknown key").
    ["JSON with a nested form key", '{ "valid": [{ "file": "a.txt", "form": "8-K" }], "invalid": [] }', "cases.json", undefined],
    ["a draft key in a string is no key", '{ "note": "\\"form\\": 10-K", "facts2": {} }', "notes.json", undefined],
    ["JSON draft whose form comes last", '{ "facts": {"a": {"form": 1}}, "form": "20-F" }', "draft.json", "json-draft"],
    ["YAML draft", "# Northwind draft\nform: 10-K\nfacts:\n  CybersecurityRiskManagementProcessesIntegratedFlag: true\n", "draft.yaml", "yaml-draft"],
    ["YAML draft with a document marker", "---\nfacts:\n  X: y\n", "draft.yml", "yaml-draft"],
    ["other YAML", "name: ci\non: push\n", "ci.yml", undefined],
    ["Markdown by extension", "Item 1C. Cybersecurity\n\nWe assess risks.\n", "item1c.md", "markdown"],
    ["Markdown by headings", "## Item 1C. Cybersecurity\n\nWe assess risks.\n", "item1c.txt", "markdown"],
    ["Markdown front matter is not a YAML draft", "---\nform: 10-K\n---\n# Item 1C\n", "item1c.md", "markdown"],
    ["plain text", "Item 1C. Cybersecurity\n\nWe assess risks.\n", "item1c.txt", "text"],
    ["plain text, no extension", "Item 1C. Cybersecurity\n", "ITEM1C", "text"],
    ["text starting with < that is not markup", "<Draft> Item 1C. Cybersecurity\n", "item1c.txt", "text"],
    ["prose in a file type we do not read", "a,b,c\n1,2,3\n", "data.csv", undefined],
    ["docx", "PK\u0003\u0004\u0014\u0000\u0000\u0000[Content_Types].xml…word/document.xml…", "draft.docx", "docx"],
    ["other zip", "PK\u0003\u0004\u0014\u0000xl/workbook.xml", "book.xlsx", undefined],
  ];
  it.each(cases)("%s", (_name, text, file, expected) => {
    expect(detectFormat(text, file)).toBe(expected);
  });

  it("recognises an R page copied as text", () => {
    const page = "|\nCybersecurity Risk Management and Strategy Disclosure\n|12 Months Ended\nDec. 31, 2024\n|Cybersecurity Risk Management, Strategy, and Governance [Line Items]\n|Cybersecurity Risk Role of Management [Text Block]\n|\nOur CISO…\n";
    expect(detectFormat(page, "page.txt")).toBe("r-page-text");
    expect(detectFormat(page.replace(/\n/g, "\r\n"), "page")).toBe("r-page-text");
    // A pipe table in Markdown is not an R page.
    expect(detectFormat("| a | b |\n|---|---|\n| 1 | 2 |\n", "t.md")).toBe("markdown");
  });

  it("recognises the R-page HTML fixture and ignores its extension", () => {
    expect(detectFormat(fixture("filing/R2.htm"), "R2.htm")).toBe("r-page-html");
    expect(detectFormat(fixture("filing/R2.htm"), "page.txt")).toBe("r-page-html");
    expect(detectFormat(fixture("filing/FilingSummary.xml"), "FilingSummary.xml")).toBeUndefined();
  });
});

describe.skipIf(!existsSync(shared))("detectFormat: real files in ../shared", () => {
  const read = (p: string) => readFileSync(shared + p, "utf8");
  it("detects the sample R page, an iXBRL 10-K and an XBRL instance", () => {
    expect(detectFormat(read("examples/r-page-20f-fy2024.txt"), "r-page-20f-fy2024.txt")).toBe("r-page-text");
    expect(detectFormat(read("corpus/real/edgartools/ko-10-k-2025-02-20.html"), "ko.html")).toBe("ixbrl");
    expect(detectFormat(read("corpus/real/go-edgar/mrna-20241231.htm"), "mrna.htm")).toBe("ixbrl");
    expect(detectFormat(read("corpus/real/edgartools/crsr-20241231_htm.xml"), "crsr.xml")).toBe("xbrl-instance");
    expect(detectFormat(read("corpus/real/item1c-analysis/100885_20260206_0000100885-26-000037_item1c.txt"), "x.txt")).toBe("text");
    expect(detectFormat(read("corpus/real/edgartools/BFLY_notes.md"), "BFLY_notes.md")).toBe("markdown");
  });
});
