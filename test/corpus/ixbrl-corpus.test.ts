// Real filings (../shared/corpus/real): the readers must agree with an independent, deliberately naive
// regex scan of the same files, never throw, and produce complete text blocks.

import { existsSync, readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { decodeHTML } from "entities";
import { describe, it, expect } from "vitest";
import { sourceOffset } from "../../src/model/position.js";
import type { Fact, SourceDocument } from "../../src/model/types.js";
import type { ReadResult } from "../../src/sources/reader.js";
import { ixbrlReader } from "../../src/sources/ixbrl.js";
import { xbrlInstanceReader } from "../../src/sources/xbrl-instance.js";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const corpusRoot = path.resolve(repoRoot, "../shared/corpus/real");
const dirs = ["edgartools", "go-edgar"].map((d) => path.join(corpusRoot, d));

interface Loaded {
  name: string;
  doc: SourceDocument;
  result: ReadResult;
}

/** Each file is read and parsed once for the whole test file. */
function loadAll(): Loaded[] {
  if (!dirs.every((d) => existsSync(d))) return [];
  const out: Loaded[] = [];
  for (const dir of dirs) {
    for (const name of readdirSync(dir).sort()) {
      const isHtml = /\.x?html?$/i.test(name);
      const isXml = /\.xml$/i.test(name);
      if (!isHtml && !isXml) continue;
      const text = readFileSync(path.join(dir, name), "utf8");
      const doc: SourceDocument = { file: name, format: isHtml ? "ixbrl" : "xbrl-instance", text, encoding: "utf-8" };
      const result = isHtml ? ixbrlReader.read(doc) : xbrlInstanceReader.read(doc);
      out.push({ name, doc, result });
    }
  }
  return out;
}

const corpus = loadAll();
const html = corpus.filter((c) => c.doc.format === "ixbrl");
const get = (name: string): Loaded => corpus.find((c) => c.name === name)!;

/** What SOURCES.md and a manual look say about each filing. */
const EXPECTED: Record<string, { facts: number; periodEnd: string; cyd?: string }> = {
  "AAPL_10K_2025-10-31.html": { facts: 15, periodEnd: "2025-09-27", cyd: "http://xbrl.sec.gov/cyd/2025" },
  "aapl-10-k-2024-11-01.html": { facts: 0, periodEnd: "2024-09-28" },
  "abbv-10-k-2025-02-14.html": { facts: 1, periodEnd: "2024-12-31" },
  "amzn-10-k-2025-02-07.html": { facts: 15, periodEnd: "2024-12-31" },
  "crsr-20241231_htm.xml": { facts: 16, periodEnd: "2024-12-31" },
  "ibm-10-k-2025-02-25.html": { facts: 15, periodEnd: "2024-12-31" },
  "ko-10-k-2025-02-20.html": { facts: 16, periodEnd: "2024-12-31" },
  "ma-10-k-2025-02-12.html": { facts: 15, periodEnd: "2024-12-31" },
  "mrna-20241231.htm": { facts: 15, periodEnd: "2024-12-31" },
  "nvda-10-k-2025-02-26.html": { facts: 15, periodEnd: "2025-01-26" },
  "pg-10-k-2025-08-04.html": { facts: 15, periodEnd: "2025-06-30", cyd: "http://xbrl.sec.gov/cyd/2025" },
  "unh-10-k-2025-02-27.html": { facts: 15, periodEnd: "2024-12-31" },
  "wfc-10-k-2025-02-25.html": { facts: 0, periodEnd: "2024-12-31" },
  "wmt-10-k-2025-03-14.html": { facts: 15, periodEnd: "2025-01-31" },
};

// --- The independent scan: plain regexes, no shared code with the readers. ---

interface NaiveFact {
  id: string;
  concept: string;
  format?: string;
  value?: boolean | null;
  continuedAt?: string;
}

const attr = (tag: string, name: string): string | undefined => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];

function naiveCydPrefixes(text: string): Set<string> {
  return new Set([...text.matchAll(/xmlns:([\w.-]+)="http:\/\/xbrl\.sec\.gov\/cyd\/\d{4}"/g)].map((m) => m[1]));
}

function naiveIxFacts(text: string): NaiveFact[] {
  const cyd = naiveCydPrefixes(text);
  const out: NaiveFact[] = [];
  for (const m of text.matchAll(/<ix:nonNumeric\b[^>]*>/g)) {
    const name = attr(m[0], "name") ?? "";
    const [prefix, concept] = name.split(":");
    if (!cyd.has(prefix)) continue;
    const format = attr(m[0], "format");
    const f: NaiveFact = { id: attr(m[0], "id")!, concept, continuedAt: attr(m[0], "continuedAt") };
    if (format !== undefined) f.format = format;
    if (concept.endsWith("Flag")) {
      if (format?.endsWith(":fixed-true")) f.value = true;
      else if (format?.endsWith(":fixed-false")) f.value = false;
      else {
        const inner = text.slice(m.index! + m[0].length, text.indexOf("<", m.index! + m[0].length)).trim();
        f.value = inner === "true" ? true : inner === "false" ? false : null;
      }
    }
    out.push(f);
  }
  return out;
}

/** Visible text (tags dropped, references decoded) with all whitespace removed, for robust comparison. */
const squash = (s: string): string => decodeHTML(s.replace(/<[^>]*>/g, " ")).replace(/[\s\u00a0]+/g, "");

/** Some text known to sit in the last piece of a fact's continuation chain. */
function lastPieceSample(text: string, continuedAt: string): string {
  let id = continuedAt;
  let content = "";
  for (let guard = 0; guard < 100; guard++) {
    const open = new RegExp(`<ix:continuation\\b[^>]*\\sid="${id}"[^>]*>`).exec(text);
    if (!open) throw new Error(`continuation ${id} not found by the naive scan`);
    const from = open.index + open[0].length;
    // To the matching end tag (continuations nest: their text belongs to the outer piece too).
    const tags = /<ix:continuation\b[^>]*?(\/?)>|<\/ix:continuation>/g;
    tags.lastIndex = from;
    let depth = 1;
    let end = text.length;
    for (let t = tags.exec(text); t !== null; t = tags.exec(text)) {
      if (t[0].startsWith("</")) depth--;
      else if (t[1] !== "/") depth++;
      if (depth === 0) {
        end = t.index;
        break;
      }
    }
    content = text.slice(from, end);
    const next = attr(open[0], "continuedAt");
    if (next === undefined) break;
    id = next;
  }
  return squash(content).slice(-60);
}

function lineCol(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  return { line: before.split("\n").length, column: offset - before.lastIndexOf("\n") };
}

function flagSummary(facts: Fact[]) {
  return facts.filter((f) => f.kind === "flag").map((f) => [f.concept, f.value]);
}

describe.skipIf(corpus.length === 0)("real iXBRL / XBRL filings", () => {
  it("reads every file without an InputError, as a 10-K with the expected period", () => {
    expect(corpus.map((c) => c.name).sort()).toEqual(Object.keys(EXPECTED).sort());
    for (const c of corpus) {
      expect(c.result.info.documentType, c.name).toBe("10-K");
      expect(c.result.info.periodEndDate, c.name).toBe(EXPECTED[c.name].periodEnd);
      expect(c.result.info.transitionReport, c.name).toBe(false);
      expect(c.result.diagnostics, c.name).toEqual([]);
    }
  });

  it("finds the number of cyd facts each filing has (KO 16, ABBV 1, AAPL FY2024 and WFC none)", () => {
    const counts = Object.fromEntries(corpus.map((c) => [c.name, c.result.facts.length]));
    expect(counts).toEqual(Object.fromEntries(Object.entries(EXPECTED).map(([k, v]) => [k, v.facts])));
    for (const c of corpus) {
      const ns = EXPECTED[c.name].cyd ?? "http://xbrl.sec.gov/cyd/2024";
      for (const f of c.result.facts) expect(f.namespace, `${c.name} ${f.id}`).toBe(ns);
      if (c.result.facts.length > 0) expect(c.result.cydNamespaces, c.name).toEqual([ns]);
    }
    // UNH tags ThirdPartyEngagedFlag twice; KO tags all 16 distinct concepts.
    const unh = get("unh-10-k-2025-02-27.html").result.facts;
    expect(unh.filter((f) => f.concept === "CybersecurityRiskManagementThirdPartyEngagedFlag")).toHaveLength(2);
    expect(new Set(get("ko-10-k-2025-02-20.html").result.facts.map((f) => f.concept)).size).toBe(16);
    expect(get("abbv-10-k-2025-02-14.html").result.facts[0].concept).toBe(
      "CybersecurityRiskManagementProcessesForAssessingIdentifyingAndManagingThreatsTextBlock",
    );
    // WFC binds cyd/2024 but tags nothing in the main document.
    expect(get("wfc-10-k-2025-02-25.html").result.cydNamespaces).toEqual(["http://xbrl.sec.gov/cyd/2024"]);
  });

  it.each(html.map((c) => [c.name, c] as const))("%s: concepts, formats and flag values equal a naive regex scan", (_, c) => {
    const naive = naiveIxFacts(c.doc.text).map(({ continuedAt: _, ...rest }) => rest);
    const got = c.result.facts.map((f) => {
      const n: NaiveFact = { id: f.id!, concept: f.concept };
      if (f.format !== undefined) n.format = f.format;
      if (f.kind === "flag") n.value = f.value as boolean | null;
      return n;
    });
    expect(got).toEqual(naive);
  });

  let chainedChecked = 0;
  it.each(html.filter((c) => c.result.facts.length > 0).map((c) => [c.name, c] as const))(
    "%s: positions point at the fact's tags; text blocks are complete and mapped",
    (_, c) => {
      const text = c.doc.text;
      const naive = naiveIxFacts(text);
      for (const f of c.result.facts) {
        const src = text.slice(f.offset, f.endOffset);
        expect(src.startsWith("<ix:nonNumeric"), f.id).toBe(true);
        expect(src.endsWith("</ix:nonNumeric>"), f.id).toBe(true);
        expect(src).toContain(`id="${f.id}"`);
        const { line, column } = lineCol(text, f.offset);
        expect([f.position.line, f.position.column], f.id).toEqual([line, column]);
        if (f.kind !== "text") continue;
        expect(f.text.length, f.id).toBeGreaterThan(20);
        expect(f.html, f.id).not.toMatch(/<\/?ix:/);
        const continuedAt = naive.find((x) => x.id === f.id)?.continuedAt;
        const textSquashed = f.text.replace(/\s+/g, "");
        if (continuedAt) {
          const sample = lastPieceSample(text, continuedAt);
          expect(sample.length, `${f.id} sample`).toBeGreaterThan(20);
          expect(textSquashed, `${f.id} ends with its last continuation`).toContain(sample);
          chainedChecked++;
        }
        // Every letter maps to itself in the file, or to the "&" of the reference it came from.
        for (let t = 0; t < f.text.length; t += 37) {
          const ch = f.text[t];
          if (!/[A-Za-z]/.test(ch)) continue;
          const at = text[sourceOffset(f.textMap, t)];
          expect(at === ch || at === "&", `${f.id} char ${t}`).toBe(true);
        }
      }
    },
  );

  it("checked the last continuation piece of every chained text block", () => {
    const chained = html.flatMap((c) => naiveIxFacts(c.doc.text)).filter((f) => f.continuedAt && f.concept.endsWith("TextBlock"));
    expect(chained.length).toBe(26);
    expect(chainedChecked).toBe(chained.length);
  });

  it("flags are what the taxonomy notes say 10-K filers set: #6 false, the others true", () => {
    for (const c of corpus) {
      for (const [concept, value] of flagSummary(c.result.facts)) {
        const expected = concept !== "CybersecurityRiskMateriallyAffectedOrReasonablyLikelyToMateriallyAffectRegistrantFlag";
        expect(value, `${c.name} ${concept}`).toBe(expected);
      }
    }
  });

  it("XBRL instance (crsr): facts and values equal a naive element scan; escaped text blocks decode", () => {
    const c = get("crsr-20241231_htm.xml");
    const naive = [...c.doc.text.matchAll(/<cyd:(\w+)\b[^>]*>([^<]*)<\/cyd:\1>/g)];
    expect(c.result.facts.map((f) => f.concept)).toEqual(naive.map((m) => m[1]));
    naive.forEach((m, i) => {
      const f = c.result.facts[i];
      if (m[1].endsWith("Flag")) {
        expect(f.value).toBe(m[2].trim() === "true");
      } else {
        const htmlText = decodeHTML(m[2]);
        expect(f.html).toBe(htmlText);
        const sample = squash(htmlText).slice(-60);
        expect(f.text.replace(/\s+/g, "")).toContain(sample);
        const word = f.text.indexOf("cybersecurity");
        if (word !== -1) {
          const off = sourceOffset(f.textMap, word);
          expect(c.doc.text.slice(off, off + 13)).toBe("cybersecurity");
        }
      }
    });
  });
});
