import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, it, expect } from "vitest";
import { InputError } from "../../src/model/errors.js";
import { sourceOffset } from "../../src/model/position.js";
import type { Fact, SourceDocument } from "../../src/model/types.js";
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
