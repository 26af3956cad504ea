import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, it, expect } from "vitest";
import { InputError } from "../../src/model/errors.js";
import { sourceOffset } from "../../src/model/position.js";
import type { Fact, SourceDocument } from "../../src/model/types.js";
import { ixbrlReader, rawNameAttribute, readIxbrlSet } from "../../src/sources/ixbrl.js";

const fixtures = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../fixtures/ixbrl");
const load = (name: string): SourceDocument => ({
  file: name,
  format: "ixbrl",
  text: readFileSync(path.join(fixtures, name), "utf8"),
  encoding: "utf-8",
});
const doc = (text: string, file = "inline.htm"): SourceDocument => ({ file, format: "ixbrl", text, encoding: "utf-8" });
const byId = (facts: Fact[], id: string): Fact => {
  const f = facts.find((x) => x.id === id);
  if (!f) throw new Error(`no fact ${id}`);
  return f;
};
const CYD = "http://xbrl.sec.gov/cyd/2025";
const HEAD = `<html xmlns="http://www.w3.org/1999/xhtml" xmlns:ix="http://www.xbrl.org/2013/inlineXBRL" xmlns:cyd="${CYD}">`;

/** What InputError a read throws (or fails the test). */
function inputError(text: string): InputError {
  try {
    ixbrlReader.read(doc(text));
  } catch (e) {
    if (e instanceof InputError) return e;
    throw e;
  }
  throw new Error("expected an InputError");
}

describe("ixbrlReader on a fictional 10-K (Northwind Ledger Corp.)", () => {
  const d = load("northwind-10k.htm");
  const r = ixbrlReader.read(d);

  it("emits every cyd fact in document order, and nothing else", () => {
    expect(r.facts.map((f) => f.id)).toEqual(["h-2", "f-10", "f-11", "f-12", "f-13", "f-20", "f-21", "f-30"]);
    expect(r.facts.every((f) => f.namespace === CYD)).toBe(true);
    expect(r.cydNamespaces).toEqual([CYD]);
    expect(r.diagnostics).toEqual([]);
  });

  it("reads dei form, period end (date transform over nested markup and &#160;) and transition flag", () => {
    expect(r.info).toEqual({ documentType: "10-K", periodEndDate: "2025-12-31", transitionReport: false });
  });

  it("gives concept, kind, context, period, format and exact positions", () => {
    const f12 = byId(r.facts, "f-12");
    expect(f12).toMatchObject({
      concept: "CybersecurityRiskManagementProcessesIntegratedFlag",
      kind: "flag",
      value: true,
      raw: "Our program is integrated into enterprise risk management",
      format: "ixt:fixed-true",
      contextRef: "c-1",
      period: { startDate: "2025-01-01", endDate: "2025-12-31" },
      hidden: false,
      position: { file: "northwind-10k.htm", line: 20, column: 127, endLine: 20, endColumn: 328 },
    });
    expect(d.text.slice(f12.offset, f12.endOffset)).toMatch(/^<ix:nonNumeric[\s\S]*<\/ix:nonNumeric>$/);
    expect(byId(r.facts, "f-10").position).toEqual({ file: "northwind-10k.htm", line: 18, column: 1, endLine: 21, endColumn: 209 });
    expect(byId(r.facts, "f-11").position).toMatchObject({ line: 20, column: 4, endLine: 20, endColumn: 380 });
    expect(byId(r.facts, "f-21")).toMatchObject({ value: true, period: { instant: "2025-12-31" }, position: { line: 28, column: 4 } });
  });

  it("marks facts in ix:hidden", () => {
    expect(byId(r.facts, "h-2")).toMatchObject({ hidden: true, value: true, kind: "flag", position: { line: 8, column: 1, endColumn: 150 } });
    expect(r.facts.filter((f) => f.hidden).map((f) => f.id)).toEqual(["h-2"]);
  });

  it("reads fixed-false and ballot-box flags (XML whitespace around ☒ allowed)", () => {
    expect(byId(r.facts, "f-20")).toMatchObject({ value: false, raw: "We have not", format: "ixt:fixed-false", text: "" });
    expect(byId(r.facts, "f-13")).toMatchObject({ value: true, raw: " \u2612 ", format: "ixt-sec:boolballotbox" });
    expect(r.facts.some((f) => f.problems)).toBe(false);
  });

  it("joins a text block with its continuation, keeps nested facts' text, drops ix:exclude", () => {
    const f10 = byId(r.facts, "f-10");
    expect(f10.kind).toBe("text");
    expect(f10.text).toBe(
      "Northwind Ledger’s program is risk-based & reviewed yearly.\n" +
        "Our program is integrated into enterprise risk management, which the Audit Committee reviews.\n" +
        "We ☒ engage assessors.\n" +
        "Our consultants test controls quarterly.",
    );
    expect(f10.value).toBe(f10.text);
    expect(f10.text).not.toMatch(/Page 12|Form 10-K \| 13|Unrelated|Not part/);
    expect(f10.html).toContain("<b>risk</b>-based");
    expect(f10.html).toContain("Our consultants test controls quarterly.");
    expect(f10.html).not.toMatch(/ix:|Form 10-K \| 13/);
    expect(f10.raw).toBe(f10.html);
    // The nested text block is its own fact.
    expect(byId(r.facts, "f-11").text).toBe("Our program is integrated into enterprise risk management, which the Audit Committee reviews.");
  });

  it("maps text-block characters to line:column in the file, across the continuation", () => {
    const f10 = byId(r.facts, "f-10");
    const at = (needle: string) => {
      const t = f10.text.indexOf(needle);
      const off = sourceOffset(f10.textMap, t);
      expect(d.text.slice(off, off + needle.length)).toBe(needle);
      const before = d.text.slice(0, off);
      return { line: before.split("\n").length, column: off - before.lastIndexOf("\n") };
    };
    expect(at("consultants")).toEqual({ line: 24, column: 37 });
    expect(at("Audit Committee")).toEqual({ line: 20, column: 340 });
    expect(at("reviewed")).toMatchObject({ line: 19 });
  });

  it("follows a chain of two continuations in order", () => {
    const f30 = byId(r.facts, "f-30");
    expect(f30.text).toBe("Our CISO leads\nShe reports to the CIO.\nThe CIO briefs the Board twice a year.");
    expect(d.text.slice(sourceOffset(f30.textMap, f30.text.indexOf("She")), sourceOffset(f30.textMap, f30.text.indexOf("She")) + 3)).toBe("She");
  });
});

describe("prefixes, registries and odd documents", () => {
  const d = load("northwind-prefixes.htm");
  const r = ixbrlReader.read(d);

  it("matches namespaces, not prefixes (ix bound to inline:, cyd to cy: and cyold:)", () => {
    expect(r.facts.map((f) => f.id)).toEqual(["a1", "a2", "a3", "a4", "a5", "a6", "a7"]);
    expect(r.cydNamespaces).toEqual(["http://xbrl.sec.gov/cyd/2024", "http://xbrl.sec.gov/cyd/2025"]);
    expect(byId(r.facts, "a7").namespace).toBe("http://xbrl.sec.gov/cyd/2024");
    expect(r.facts.some((f) => f.concept === "NotInlineXbrlFlag" || f.concept === "FakeFlag")).toBe(false);
  });

  it("reads a 20-F's dei facts through custom prefixes and a TRR 5 date format", () => {
    expect(r.info).toEqual({ documentType: "20-F", periodEndDate: "2026-03-31", transitionReport: false });
    expect(byId(r.facts, "a1").period).toEqual({ startDate: "2025-04-01", endDate: "2026-03-31" });
  });

  it("resolves transforms through the document's prefixes and reports invalid ones", () => {
    expect(byId(r.facts, "a1").value).toBe(true); // tr:fixed-true
    expect(byId(r.facts, "a2").value).toBe(true); // sec:boolballotbox ☑
    const a3 = byId(r.facts, "a3"); // leading NBSP: not XML whitespace
    expect(a3.value).toBeNull();
    expect(a3.problems?.[0]).toMatch(/boolballotbox/);
    expect(byId(r.facts, "a4").value).toBe(true); // old (TRR 3):booleantrue
    const a5 = byId(r.facts, "a5"); // booleantrue is not in TRR 5
    expect(a5.value).toBeNull();
    expect(a5.problems?.[0]).toMatch(/TRR 5/);
    const a6 = byId(r.facts, "a6");
    expect(a6.value).toBeNull();
    expect(a6.problems?.[0]).toMatch(/prefix "nope" is not bound/);
  });

  it("does not expand DOCTYPE entities (the entity bomb stays inert) and decodes text-block references", () => {
    const a7 = byId(r.facts, "a7");
    expect(a7.text).toBe("The Board oversees <cyber> risk & more.");
    expect(a7.html).toBe("The <i>Board</i> oversees &lt;cyber&gt; risk &amp; more.");
  });
});

describe("document sets", () => {
  it("follows a continuation into another document of the set and resolves its context there", () => {
    const main = load("northwind-set-main.htm");
    const exhibit = load("northwind-set-exhibit.htm");
    const r = readIxbrlSet([main, exhibit]);
    expect(r.diagnostics).toEqual([]);
    expect(r.info.documentType).toBe("10-K");
    const m1 = byId(r.facts, "m1");
    expect(m1.text).toBe("The Board oversees cybersecurity\nthrough its Risk Committee.");
    expect(m1.position.file).toBe("northwind-set-main.htm");
    // Text from the exhibit cannot be mapped into main's offsets: it points at the fact's start.
    expect(sourceOffset(m1.textMap, m1.text.indexOf("Risk"))).toBe(m1.offset);
    expect(sourceOffset(m1.textMap, 0)).toBe(main.text.indexOf("The Board oversees"));
    const e1 = byId(r.facts, "e1");
    expect(e1.position.file).toBe("northwind-set-exhibit.htm");
    expect(e1.period).toEqual({ startDate: "2024-01-01", endDate: "2024-12-31" });
  });

  it("reports the continuation as missing when the exhibit is read alone", () => {
    const r = ixbrlReader.read(load("northwind-set-main.htm"));
    expect(r.diagnostics.map((x) => x.code)).toEqual(["broken-continuation"]);
    expect(byId(r.facts, "m1").text).toBe("The Board oversees cybersecurity");
  });
});

describe("broken continuation chains are findings, not crashes", () => {
  const d = load("northwind-broken-chains.htm");
  const r = ixbrlReader.read(d);
  const diag = (concept: string) => r.diagnostics.filter((x) => x.concept === concept);

  it("reports a missing target and keeps the text read so far", () => {
    const [m] = diag("CybersecurityRiskRoleOfManagementTextBlock");
    expect(m).toMatchObject({ code: "broken-continuation", evidence: 'continuedAt="nowhere"', position: { line: 5, column: 4 } });
    expect(m.message).toMatch(/names no ix:continuation/);
    expect(byId(r.facts, "m").text).toBe("Management leads.");
  });

  it("reports a continuation reused by two chains", () => {
    const a = diag("CybersecurityRiskBoardOfDirectorsOversightTextBlock");
    const b = diag("CybersecurityRiskBoardCommitteeOrSubcommitteeResponsibleForOversightTextBlock");
    expect(a).toHaveLength(1);
    expect(b).toHaveLength(1);
    expect(a[0].message).toMatch(/also the continuedAt target.*line 7/);
    expect(b[0].message).toMatch(/also the continuedAt target.*line 6/);
    expect(byId(r.facts, "r1").text).toBe("The Board oversees.\nShared piece.");
  });

  it("terminates on a cycle and reports it", () => {
    const c = diag("CybersecurityRiskProcessForInformingBoardCommitteeOrSubcommitteeResponsibleForOversightTextBlock");
    expect(c).toHaveLength(1);
    expect(c[0].message).toMatch(/Circular/);
    expect(c[0].position).toMatchObject({ line: 11, column: 1 });
    expect(byId(r.facts, "c0").text).toBe("Loop head.\nLoop A.\nLoop B.");
    expect(r.diagnostics).toHaveLength(4);
  });
});

describe("malformed ix structure throws InputError with line and column", () => {
  it("an ix element that is never closed", () => {
    const e = inputError(`${HEAD}\n<body>\n<p><ix:nonNumeric name="cyd:XTextBlock" contextRef="c">text</p>\n</body></html>`);
    expect(e.message).toMatch(/<ix:nonNumeric> is never closed/);
    expect([e.line, e.column]).toEqual([3, 4]);
  });

  it("mismatched ix end tags", () => {
    const e = inputError(`${HEAD}<body>\n<ix:nonNumeric name="cyd:ATextBlock"><ix:exclude>x</ix:nonNumeric></ix:exclude></body></html>`);
    expect(e.message).toMatch(/<\/ix:nonNumeric> does not match <ix:exclude> opened at line 2, column 38/);
    expect([e.line, e.column]).toEqual([2, 51]);
  });

  it("end tags compared where they stand (round 38) as the sliced and trimmed names were", () => {
    // A name whose last character trim() takes off ("nonNumeric\u00a0", read up to the ASCII space) matches no end tag.
    const e = inputError(`${HEAD}<body>\n<ix:nonNumeric\u00a0 name="cyd:ATextBlock">x</ix:nonNumeric\u00a0></body></html>`);
    expect(e.message).toMatch(/<\/ix:nonNumeric> does not match <ix:nonNumeric\u00a0> opened at line 2, column 1/);
    // An end tag with spaces before its ">" and one of a longer or shorter name.
    expect(readIxbrlSet([doc(`${HEAD}<body><ix:nonNumeric name="cyd:ATextBlock" contextRef="c">x</ix:nonNumeric  ></body></html>`)]).facts.map((f) => f.text)).toEqual(["x"]);
    expect(inputError(`${HEAD}<body><ix:nonNumeric name="cyd:ATextBlock">x</ix:nonNumericX></body></html>`).message).toMatch(/<\/ix:nonNumericX> does not match <ix:nonNumeric>/);
    expect(inputError(`${HEAD}<body><ix:nonNumeric name="cyd:ATextBlock">x</ix:nonNumeri></body></html>`).message).toMatch(/<\/ix:nonNumeri> does not match <ix:nonNumeric>/);
  });

  it("an end tag without a start tag", () => {
    const e = inputError(`${HEAD}<body>\n\n   </ix:continuation></body></html>`);
    expect(e.message).toMatch(/no matching start tag/);
    expect([e.line, e.column]).toEqual([3, 4]);
  });

  it("a file truncated inside a fact, or inside its start tag", () => {
    const full = readFileSync(path.join(fixtures, "northwind-10k.htm"), "utf8");
    const cut = full.indexOf("We have not");
    const e = inputError(full.slice(0, cut));
    expect(e.message).toMatch(/never closed/);
    expect([e.line, e.column]).toEqual([27, 4]);
    const e2 = inputError(full.slice(0, full.indexOf('id="f-20"')));
    expect(e2.message).toMatch(/not closed with ">"/);
    expect([e2.line, e2.column]).toEqual([27, 4]);
  });

  it("non-ix HTML need not be well-formed", () => {
    const r = ixbrlReader.read(
      doc(`${HEAD}<body><div><p>unclosed <br><ix:nonNumeric name="cyd:CybersecurityRiskRoleOfManagementTextBlock" contextRef="c">The CISO</div> leads.</ix:nonNumeric></td></body></html>`),
    );
    expect(r.facts).toHaveLength(1);
    expect(r.facts[0].text).toBe("The CISO\nleads.");
  });

  it("an internal entity bomb inside a fact stays literal and costs nothing", () => {
    const bomb = Array.from({ length: 9 }, (_, k) => `<!ENTITY b${k + 1} "${`&b${k};`.repeat(10)}">`).join("\n");
    const text =
      `<?xml version="1.0"?>\n<!DOCTYPE html [\n<!ENTITY b0 "boom">\n${bomb}\n]>\n${HEAD}<body>` +
      `<ix:nonNumeric name="cyd:CybersecurityRiskRoleOfManagementTextBlock" contextRef="c" escape="true">Risk &b9; here</ix:nonNumeric></body></html>`;
    const r = ixbrlReader.read(doc(text));
    // Literal, so never expanded (10^9 "boom"s would be 4 GB).
    expect(r.facts[0].text).toBe("Risk &b9; here");
  });

  it("ignores ix tags inside comments and CDATA; reads self-closing facts as empty", () => {
    const r = ixbrlReader.read(
      doc(
        `${HEAD}<body><!-- <ix:nonNumeric name="cyd:CybersecurityRiskRoleOfManagementTextBlock"> --><![CDATA[ </ix:header> ]]>` +
          `<ix:nonNumeric name="cyd:CybersecurityRiskManagementThirdPartyEngagedFlag" contextRef="c" id="e"/></body></html>`,
      ),
    );
    expect(r.facts).toHaveLength(1);
    expect(r.facts[0]).toMatchObject({ id: "e", value: null, raw: "" });
    expect(r.facts[0].problems?.[0]).toMatch(/not a valid xs:boolean/);
  });

  // A guard of what the scan reads (round 45, speed45-filing: "<ix:", "</ix:" and "<!" each found by its own native
  // search, not at every "<", read the same tags but cost as many instructions; not kept).
  it("reads the same tags where a comment, a CDATA section, a doctype or a quoted '<' stands next to or inside them", () => {
    const text =
      `<!DOCTYPE html><!doctype x>${HEAD.replace(/\bix\b/g, "inl")}<body><p title="<inl:nonNumeric id='q'>">` +
      `<inl:nonNumeric name="cyd:CybersecurityRiskRoleOfManagementTextBlock" contextRef="c" id="a" data-x="</inl:nonNumeric> <!-- <![CDATA[">` +
      `One<!-- </inl:nonNumeric><inl:nonNumeric id="z"> -->two<![CDATA[</inl:nonNumeric>]]>three</inl:nonNumeric><!--x-->` +
      `<inl:nonNumeric name="cyd:CybersecurityRiskRoleOfManagementTextBlock" contextRef="c" id="b">four</inl:nonNumeric></p></body></html>`;
    // The title's "<inl:nonNumeric id='q'>" stands in no ix tag, so the scan reads it as a start tag, never closed.
    expect(inputError(text).message).toMatch(/^<inl:nonNumeric> is never closed/);
    const r = ixbrlReader.read(doc(text.replace(` title="<inl:nonNumeric id='q'>"`, "")));
    expect(r.diagnostics).toEqual([]);
    expect(r.facts.map((f) => [f.id, f.text])).toEqual([
      ["a", "Onetwo</inl:nonNumeric>three"],
      ["b", "four"],
    ]);
  });

  // Round 46 (speed46-filing): the scan finds its tags by a native search for the prefix's last character and ":"
  // (hits that are no ix tag checked and passed over) and its comments and CDATA sections by one for "!".
  it("reads the same tags with a one-letter prefix, its key in text and attributes, and '!' in text", () => {
    const text =
      `<!DOCTYPE html>${HEAD.replace(/\bix\b/g, "x")}<body><p data-k="x:y x:">Tax: 5! Index:x:x:: <!x <!- </x </xx:a> <xx:nonNumeric>` +
      `<x:nonNumeric name="cyd:CybersecurityRiskRoleOfManagementTextBlock" contextRef="c" id="a" data-x="x: <!-- !">` +
      `One!<!-- <x:nonNumeric id="z"> x: -->two<![CDATA[ </x:nonNumeric> ]]>three</x:nonNumeric>Wow!<!--!-->` +
      `<<x:nonNumeric name="cyd:CybersecurityRiskRoleOfManagementTextBlock" contextRef="c" id="b">four</x:nonNumeric ></p></body></html>`;
    const r = ixbrlReader.read(doc(text));
    expect(r.diagnostics).toEqual([]);
    expect(r.facts.map((f) => [f.id, f.text])).toEqual([
      ["a", "One!two </x:nonNumeric> three"],
      ["b", "four"],
    ]);
    // An end tag of the wrong name is still seen where it stands.
    expect(inputError(text.replace("four</x:nonNumeric >", "four</x:nonFraction>")).message).toMatch(/^<\/x:nonFraction> does not match <x:nonNumeric> opened at line 1/);
    // A comment never closed, after the last ix tag.
    expect(inputError(text.replace("<!--!-->", "<!--!")).message).toMatch(/^comment is never closed/);
  });

  it("the scan returns to JavaScript about once an ix tag, not once a '<' (a native search between them)", () => {
    // A start tag never closed: the read ends right after the scan (the first thing it does), with its error.
    const pad = "<td><span style=\"font-family:x;\">9</span></td>".repeat(5_000);
    const text = `${HEAD}<body>${pad}<ix:nonNumeric name="cyd:CybersecurityRiskRoleOfManagementTextBlock" contextRef="c" id="a">One${pad}</body></html>`;
    const indexOf = String.prototype.indexOf;
    let calls = 0;
    String.prototype.indexOf = function (this: string, search: string, from?: number) {
      calls++;
      return indexOf.call(this, search, from);
    };
    let error: unknown;
    try {
      readIxbrlSet([doc(text)]);
    } catch (e) {
      error = e;
    } finally {
      String.prototype.indexOf = indexOf;
    }
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).message).toMatch(/^<ix:nonNumeric> is never closed/);
    // At the base (round 45: an indexOf("<") at each of the 40,000 tags) this was over 40,000.
    expect(calls).toBeLessThan(50);
  });

  // Round 47 (speed47-filing): after a fact whose namespace is neither cyd nor dei, the facts of the same prefix are passed
  // over by their name's first characters (no namespace looked up); a namespace declared on an ix element still counts.
  it("reads the cyd and dei facts among thousands of others of one prefix, a prefix rebound on an ix element, and look-alike names", () => {
    const fact = (name: string, id: string, body = "1") => `<ix:nonNumeric name="${name}" contextRef="c" id="${id}">${body}</ix:nonNumeric>`;
    const text =
      `<html xmlns:ix="http://www.xbrl.org/2013/inlineXBRL" xmlns:a="http://fasb.org/us-gaap/2024" xmlns:ab="${CYD}" xmlns:dei="http://xbrl.sec.gov/dei/2024"><body>` +
      fact("a:Revenues", "r1") + fact("a:Revenues", "r2") +
      // "ab:" starts with the prefix passed over ("a"), but is another prefix.
      fact("ab:CybersecurityRiskRoleOfManagementTextBlock", "x1", "One") +
      fact("a:Assets", "r3") + fact("dei:DocumentType", "d1", "10-K") + fact("a:Assets", "r4") +
      // "a" rebound to the cyd namespace on an ix element: its facts are cyd facts.
      `<ix:hidden xmlns:a="${CYD}">${fact("a:CybersecurityRiskRoleOfManagementTextBlock", "x2", "Two")}</ix:hidden>` +
      fact("a:Liabilities", "r5") +
      // A name with a space first, and one with no prefix.
      fact(" a:Assets", "r6") + fact("Revenues", "r7") + fact(" ab:CybersecurityRiskRoleOfManagementTextBlock", "x3", "Three") +
      `</body></html>`;
    const r = ixbrlReader.read(doc(text));
    expect(r.facts.map((f) => [f.id, f.concept, f.hidden])).toEqual([
      ["x1", "CybersecurityRiskRoleOfManagementTextBlock", false],
      ["x2", "CybersecurityRiskRoleOfManagementTextBlock", true],
      ["x3", "CybersecurityRiskRoleOfManagementTextBlock", false],
    ]);
    expect(r.info.documentType).toBe("10-K");
  });

  it("looks up the namespace of a prefix once, not once a fact, over thousands of facts of other taxonomies", () => {
    const others = Array.from({ length: 4_000 }, (_, i) => `<ix:nonFraction name="us-gaap:Revenues" contextRef="c" unitRef="usd" id="r${i}">${i}</ix:nonFraction>`).join("");
    const text =
      `<html xmlns:ix="http://www.xbrl.org/2013/inlineXBRL" xmlns:us-gaap="http://fasb.org/us-gaap/2024" xmlns:cyd="${CYD}"><body>${others}` +
      `<ix:nonNumeric name="cyd:CybersecurityRiskRoleOfManagementTextBlock" contextRef="c" id="a">One</ix:nonNumeric>${others}</body></html>`;
    const get = Map.prototype.get;
    let calls = 0;
    Map.prototype.get = function (this: Map<unknown, unknown>, key: unknown) {
      calls++;
      return get.call(this, key);
    };
    let r;
    try {
      r = readIxbrlSet([doc(text)]);
    } finally {
      Map.prototype.get = get;
    }
    expect(r.facts.map((f) => f.id)).toEqual(["a"]);
    // At the base (98c4c0b5: each fact's prefix and namespace looked up in two maps) this was over 16,000.
    expect(calls).toBeLessThan(100);
  });

  it("falls back to the context's end date when the period-end date format is not one we read", () => {
    const text =
      `<html xmlns:ix="http://www.xbrl.org/2013/inlineXBRL" xmlns:xbrli="http://www.xbrl.org/2003/instance" xmlns:dei="http://xbrl.sec.gov/dei/2024" xmlns:ixt-sec="http://www.sec.gov/inlineXBRL/transformation/2015-08-31"><body>` +
      `<ix:header><ix:resources><xbrli:context id="FY"><xbrli:period><xbrli:startDate>2024-01-01</xbrli:startDate><xbrli:endDate>2024-12-31</xbrli:endDate></xbrli:period></xbrli:context></ix:resources></ix:header>` +
      `<ix:nonNumeric name="dei:DocumentPeriodEndDate" contextRef="FY" format="ixt-sec:datequarterend">Q4 2024</ix:nonNumeric></body></html>`;
    expect(ixbrlReader.read(doc(text)).info).toEqual({ periodEndDate: "2024-12-31" });
  });

  it("a document without the ix namespace yields no facts", () => {
    const r = ixbrlReader.read(doc(`<html xmlns="http://www.w3.org/1999/xhtml"><body><p>Item 1C</p></body></html>`));
    expect(r).toEqual({ facts: [], diagnostics: [], info: {}, cydNamespaces: [] });
  });

  it("one very long line: columns count from the line start", () => {
    const pad = "<span>x</span>".repeat(50_000);
    const text = `${HEAD}<body>${pad}<ix:nonNumeric name="cyd:CybersecurityRiskManagementProcessesIntegratedFlag" contextRef="c" format="ixt:fixed-true">Yes</ix:nonNumeric></body></html>`;
    const r = ixbrlReader.read(doc(text));
    expect(r.facts[0].position.line).toBe(1);
    expect(r.facts[0].position.column).toBe(text.indexOf("<ix:nonNumeric") + 1);
    expect(r.facts[0].value).toBeNull(); // ixt is not bound in HEAD
    expect(r.facts[0].problems?.[0]).toMatch(/prefix "ixt" is not bound/);
  });
});

describe("an Inline XBRL filing that tags none of its Item 1C (before cyd tagging)", () => {
  const para = (t: string) => `<div><span>${t}</span></div>`;
  const text =
    `<html xmlns="http://www.w3.org/1999/xhtml" xmlns:ix="http://www.xbrl.org/2013/inlineXBRL"><body>` +
    `<table><tr><td><a href="#i1c">Item 1C.</a></td><td><a href="#i1c">Cybersecurity</a></td><td>20</td></tr>` +
    `<tr><td><a href="#i2">Item 2.</a></td><td>Properties</td><td>21</td></tr></table>` +
    para("Item 1A.&#160;&#160;Risk Factors") +
    para("Our business is exposed to many risks, which we describe below in some detail for investors.") +
    `<div id="i1c"><span style="font-weight:700">Item 1C.&#160;&#160;&#160;&#160;Cybersecurity</span></div>` +
    para("Fernhill Instruments maintains a cybersecurity program led by its Chief Information Security Officer, who has 18 years of experience.") +
    para("The Audit Committee oversees cybersecurity risk and receives quarterly reports from the Chief Information Security Officer.") +
    `<div><span style="font-weight:700">Item 2.&#160;&#160;&#160;&#160;Properties</span></div>` +
    para("We lease our headquarters in a fictional town.") +
    `</body></html>`;
  const r = ixbrlReader.read(doc(text, "fernhill-10k.htm"));

  it("finds the section by its heading, not the table of contents, and stops at the next item", () => {
    expect(r.facts).toEqual([]);
    expect(r.section?.item).toBe("1C");
    expect(r.section?.paragraphs.map((p) => p.text.slice(0, 30))).toEqual(["Fernhill Instruments maintains", "The Audit Committee oversees c"]);
  });
});

describe("rawNameAttribute (round 38: an ix tag's name found by indexOf, not a regex)", () => {
  const NAME_ATTR = /\sname\s*=\s*(?:"([^"]*)"|'([^']*)')/;
  const byRegex = (tag: string): string | undefined => {
    const m = NAME_ATTR.exec(tag);
    return m ? (m[1] ?? m[2]) : undefined;
  };

  it("reads the name of real tags, and none where there is none", () => {
    expect(rawNameAttribute('<ix:nonFraction unitRef="usd" contextRef="c-1" name="us-gaap:Revenues" decimals="-6">')).toBe("us-gaap:Revenues");
    expect(rawNameAttribute("<ix:nonNumeric\n  name = 'cyd:CybersecurityRiskManagementProcessesIntegratedTextBlock' id=\"f1\">")).toBe("cyd:CybersecurityRiskManagementProcessesIntegratedTextBlock");
    expect(rawNameAttribute('<ix:nonNumeric filename="x" name="dei:DocumentType">')).toBe("dei:DocumentType");
    expect(rawNameAttribute('<ix:nonNumeric xname="a" name="b">')).toBe("b");
    expect(rawNameAttribute('<ix:nonNumeric\u00a0name="nbsp" >')).toBe("nbsp");
    expect(rawNameAttribute('<ix:continuation id="c1">')).toBeUndefined();
    expect(rawNameAttribute('<ix:nonNumeric name=unquoted>')).toBeUndefined();
  });

  it("finds what the regex finds, over random tags", () => {
    // Pieces that make and break the pattern: the word and its parts, every kind of space, both quotes, "=".
    const pieces = ["name", "nam", "e", "n", " ", "\t", "\n", "\r", "\u00a0", "\u2028", "\u3000", "\ufeff", "\u200b", "=", '"', "'", "x", ":", "&amp;", ">", "<ix:nonNumeric"];
    let seed = 11;
    const next = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648), Math.floor(seed / 65536) % n);
    let found = 0;
    for (let t = 0; t < 20000; t++) {
      // Random pieces, and attributes that are nearly a name (each part of one, one time in five, another piece).
      const spaces = ["", " ", "\t", "\n", "\u00a0", "\u2028", "\u3000", "\ufeff", "\u200b"];
      const part = (p: string) => (next(5) === 0 ? pieces[next(pieces.length)] : p);
      let tag = "";
      const n = 1 + next(8);
      for (let i = 0; i < n; i++) {
        if (next(2) === 0) tag += pieces[next(pieces.length)];
        else {
          const q = next(2) === 0 ? '"' : "'";
          tag += part(spaces[1 + next(spaces.length - 1)]) + part("name") + part(spaces[next(spaces.length)]) + part("=") + part(spaces[next(spaces.length)]) + part(q) + part("x") + part(next(2) === 0 ? q : "");
        }
      }
      const want = byRegex(tag);
      if (want !== undefined) found++;
      expect(rawNameAttribute(tag), JSON.stringify(tag)).toBe(want);
    }
    // The random tags hold names often enough for the comparison to mean something.
    expect(found).toBeGreaterThan(200);
  });
});
