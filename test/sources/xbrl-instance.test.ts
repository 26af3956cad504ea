import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, it, expect } from "vitest";
import { InputError } from "../../src/model/errors.js";
import { sourceOffset } from "../../src/model/position.js";
import type { Fact, SourceDocument } from "../../src/model/types.js";
import { ixbrlReader } from "../../src/sources/ixbrl.js";
import { xbrlInstanceReader } from "../../src/sources/xbrl-instance.js";

const fixtures = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../fixtures/ixbrl");
const doc = (text: string, file = "inline.xml"): SourceDocument => ({ file, format: "xbrl-instance", text, encoding: "utf-8" });
const byId = (facts: Fact[], id: string): Fact => {
  const f = facts.find((x) => x.id === id);
  if (!f) throw new Error(`no fact ${id}`);
  return f;
};

describe("xbrlInstanceReader on a fictional instance (Northwind Ledger Corp.)", () => {
  const text = readFileSync(path.join(fixtures, "northwind-instance.xml"), "utf8");
  const r = xbrlInstanceReader.read(doc(text, "northwind-instance.xml"));

  it("reads cyd facts under any prefix, skipping comments; dei into info", () => {
    expect(r.facts.map((f) => f.id)).toEqual(["i10", "i11", "i12", "i13", "i14", "i15"]);
    expect(r.cydNamespaces).toEqual(["http://xbrl.sec.gov/cyd/2025"]);
    expect(r.info).toEqual({ documentType: "10-K", periodEndDate: "2025-12-31", transitionReport: false });
    expect(r.diagnostics).toEqual([]);
  });

  it("decodes an escaped text block to HTML, then to plain text", () => {
    const tb = byId(r.facts, "i10");
    expect(tb).toMatchObject({
      concept: "CybersecurityRiskManagementProcessesForAssessingIdentifyingAndManagingThreatsTextBlock",
      kind: "text",
      contextRef: "FY2025",
      period: { startDate: "2025-01-01", endDate: "2025-12-31" },
      position: { line: 16, column: 3, endLine: 18 },
    });
    expect(tb.html).toBe("<p>Northwind&#8217;s program <b>is</b> risk&amp;based.</p><p>We test&nbsp;controls.</p>");
    expect(tb.text).toBe("Northwind’s program is risk&based.\nWe test controls.");
  });

  it("maps text-block characters through the double escaping to the exact source offsets", () => {
    const tb = byId(r.facts, "i10");
    for (const word of ["Northwind", "program", "based", "controls"]) {
      const off = sourceOffset(tb.textMap, tb.text.indexOf(word));
      expect(text.slice(off, off + word.length)).toBe(word);
    }
    const amp = sourceOffset(tb.textMap, tb.text.indexOf("&"));
    expect(text.slice(amp, amp + 9)).toBe("&amp;amp;");
    const quote = sourceOffset(tb.textMap, tb.text.indexOf("’"));
    expect(text.slice(quote, quote + 11)).toBe("&amp;#8217;");
  });

  it("reads literal booleans (XML whitespace allowed) and reports invalid or nil ones", () => {
    expect(byId(r.facts, "i11").value).toBe(true);
    expect(byId(r.facts, "i12").value).toBe(false);
    const i13 = byId(r.facts, "i13");
    expect(i13.value).toBeNull();
    expect(i13.problems?.[0]).toMatch(/xs:boolean/);
    const i15 = byId(r.facts, "i15");
    expect(i15.value).toBeNull();
    expect(i15.problems?.[0]).toMatch(/nil/);
  });

  it("reads a text block held in CDATA as HTML", () => {
    const i14 = byId(r.facts, "i14");
    expect(i14.text).toBe("The CISO & CIO lead.");
    const off = sourceOffset(i14.textMap, i14.text.indexOf("CIO"));
    expect(text.slice(off, off + 3)).toBe("CIO");
  });

  it("throws InputError with a line for an unclosed fact", () => {
    const bad = `<xbrl xmlns="http://www.xbrl.org/2003/instance" xmlns:cyd="http://xbrl.sec.gov/cyd/2024">\n  <cyd:CybersecurityRiskRoleOfManagementTextBlock contextRef="c">&lt;p&gt;cut`;
    try {
      xbrlInstanceReader.read(doc(bad));
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(InputError);
      expect((e as InputError).message).toMatch(/never closed/);
      expect([(e as InputError).line, (e as InputError).column]).toEqual([2, 3]);
    }
  });
});

describe("flag values: the XBRL instance and the Inline XBRL readers agree (xs:boolean, case-sensitive)", () => {
  // Fictional filer: Larkspur Mills Inc. Values as written between the tags, and what each must give.
  const cases: Array<[string, boolean | null]> = [
    ["true", true],
    [" true ", true],
    ["\n\t1\n", true],
    ["false", false],
    ["0", false],
    ["True", null],
    ["FALSE", null],
    ["yes", null],
    ["", null],
  ];
  const concept = "CybersecurityRiskManagementProcessesIntegratedFlag";
  const instance = (value: string, attrs = ""): string =>
    `<xbrl xmlns="http://www.xbrl.org/2003/instance" xmlns:cyd="http://xbrl.sec.gov/cyd/2025" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\n` +
    `<cyd:${concept} contextRef="c1"${attrs}>${value}</cyd:${concept}>\n</xbrl>\n`;
  const inline = (value: string, attrs = ""): string =>
    `<html xmlns="http://www.w3.org/1999/xhtml" xmlns:ix="http://www.xbrl.org/2013/inlineXBRL" xmlns:cyd="http://xbrl.sec.gov/cyd/2025" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><body>\n` +
    `<p>Larkspur Mills Inc. <ix:nonNumeric name="cyd:${concept}" contextRef="c1"${attrs}>${value}</ix:nonNumeric></p>\n</body></html>\n`;
  const readBoth = (value: string, attrs = ""): Fact[] => [
    xbrlInstanceReader.read(doc(instance(value, attrs), "larkspur.xml")).facts[0],
    ixbrlReader.read({ file: "larkspur.htm", format: "ixbrl", text: inline(value, attrs), encoding: "utf-8" }).facts[0],
  ];

  it.each(cases)("%j", (value, expected) => {
    for (const fact of readBoth(value)) {
      expect(fact.value).toBe(expected);
      if (expected === null) expect(fact.problems?.[0]).toBe(`${JSON.stringify(value)} is not a valid xs:boolean (true, false, 1 or 0)`);
      else expect(fact.problems).toBeUndefined();
    }
  });

  it("xsi:nil is an xs:boolean too: \"1\" nils the flag on both paths, \"True\" does not", () => {
    for (const fact of readBoth("", ' xsi:nil="1"')) {
      expect(fact.value).toBeNull();
      expect(fact.problems).toEqual(['The flag is nil (xsi:nil="true").']);
    }
    for (const fact of readBoth("true", ' xsi:nil="True"')) expect(fact.value).toBe(true);
  });
});

describe("an XBRL instance cut short before its first fact", () => {
  // Fictional filer: Northwind Ledger Corp.; the cut falls in the contexts, so no fact is left to be unclosed.
  const cut = `<?xml version="1.0"?>\n<xbrli:xbrl xmlns:xbrli="http://www.xbrl.org/2003/instance" xmlns:cyd="http://xbrl.sec.gov/cyd/2025">\n  <xbrli:context id="c1"><xbrli:entity>`;

  it("is malformed input (the root is never closed), not \"not a disclosure\"", () => {
    try {
      xbrlInstanceReader.read(doc(cut));
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(InputError);
      expect((e as InputError).message).toBe("<xbrli:xbrl> is never closed (file truncated?)");
      expect([(e as InputError).line, (e as InputError).column]).toEqual([2, 1]);
    }
  });

  it("a root closed by an end tag with space before \">\" is closed; an element whose name only starts like the root's is not its end tag", () => {
    const closed = `<xbrl xmlns="http://www.xbrl.org/2003/instance" xmlns:xbrldi="http://xbrl.org/2006/xbrldi"></xbrl >`;
    expect(xbrlInstanceReader.read(doc(closed)).facts).toEqual([]);
    const open = `<xbrl xmlns="http://www.xbrl.org/2003/instance" xmlns:xbrldi="http://xbrl.org/2006/xbrldi"><xbrldi:explicitMember dimension="d">m</xbrldi:explicitMember>`;
    expect(() => xbrlInstanceReader.read(doc(open))).toThrow(/<xbrl> is never closed/);
  });
});
