import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, it, expect } from "vitest";
import {
  IXT_SEC_NAMESPACE,
  boolBallotBox,
  dateFromFormat,
  flagFromFormat,
  resolveFormat,
  xsBoolean,
  yesNoBallotBox,
} from "../../src/sources/transforms.js";
import { decodeEntities } from "../../src/sources/xml-scan.js";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const testcaseXml = path.resolve(repoRoot, "../shared/ixbrl-conformance/sec-ixt-sec-transforms/transform/conf/testcase.xml");

interface Variation {
  id: string;
  transform: string;
  input: string;
  expected: { valid: true; output: string } | { valid: false; error: string };
}

/** The variations of the SEC ixt-sec suite, parsed as INDEX.md describes. */
function loadVariations(): Variation[] {
  const xml = readFileSync(testcaseXml, "utf8");
  const out: Variation[] = [];
  for (const m of xml.matchAll(/<variation id="([^"]+)">([\s\S]*?)<\/variation>/g)) {
    const call = /<cfcn:call>([\s\S]*?)<\/cfcn:call>/.exec(m[2]);
    if (!call) continue;
    const c = /^ixt-sec:(\w+)\("(.*)"\)$/s.exec(decodeEntities(call[1]));
    if (!c) throw new Error(`unreadable call in ${m[1]}`);
    const input = c[2].replace(/""/g, '"');
    const test = /<cfcn:test>\$result eq "(.*)"<\/cfcn:test>/s.exec(m[2]);
    const error = /<error>([^<]*)<\/error>/.exec(m[2]);
    const expected = test
      ? { valid: true as const, output: decodeEntities(test[1]) }
      : { valid: false as const, error: error ? error[1] : "?" };
    out.push({ id: m[1], transform: c[1], input, expected });
  }
  return out;
}

const variations = loadVariations();
const ballot = variations.filter((v) => v.transform === "boolballotbox");
const yesNo = variations.filter((v) => v.transform === "yesnoballotbox");

const ns: Record<string, string> = {
  ixt: "http://www.xbrl.org/inlineXBRL/transformation/2020-02-12",
  ixt5: "http://www.xbrl.org/inlineXBRL/transformation/2022-02-16",
  ixt3: "http://www.xbrl.org/inlineXBRL/transformation/2015-02-26",
  "ixt-sec": IXT_SEC_NAMESPACE,
  sec: IXT_SEC_NAMESPACE,
  weird: "http://example.com/transforms",
};
const lookup = (prefix: string): string | undefined => ns[prefix];

describe("SEC ixt-sec conformance suite (testcase.xml)", () => {
  it("has the boolballotbox and yesnoballotbox variations INDEX.md lists", () => {
    expect(variations.length).toBe(787);
    expect(ballot.map((v) => v.id)).toEqual(["V-1-1", "V-1-2", "V-1-3", "V-1-4", "V-1-5", "V-1-6", "V-1-7", "V-1-8"]);
    expect(yesNo).toHaveLength(8);
    expect(ballot.find((v) => v.id === "V-1-4")!.input).toBe("\u00a0\u2610");
  });

  it.each(ballot)("$id ixt-sec:boolballotbox($input)", (v) => {
    const direct = boolBallotBox(v.input);
    const viaFormat = flagFromFormat("ixt-sec:boolballotbox", v.input, lookup);
    if (v.expected.valid) {
      expect(String(direct)).toBe(v.expected.output);
      expect(viaFormat).toEqual({ value: v.expected.output === "true" });
    } else {
      expect(direct).toBeNull();
      expect(viaFormat.value).toBeNull();
      expect(viaFormat.problem).toMatch(/boolballotbox/);
    }
  });

  it.each(yesNo)("$id ixt-sec:yesnoballotbox($input)", (v) => {
    const out = yesNoBallotBox(v.input);
    if (v.expected.valid) expect(out).toBe(v.expected.output);
    else expect(out).toBeNull();
  });
});

describe("flag transformations", () => {
  it("fixed-true / fixed-false ignore the text (TRR 4 and 5)", () => {
    expect(flagFromFormat("ixt:fixed-true", "We have not engaged anyone", lookup)).toEqual({ value: true });
    expect(flagFromFormat("ixt:fixed-false", "anything at all", lookup)).toEqual({ value: false });
    expect(flagFromFormat("ixt5:fixed-false", "", lookup)).toEqual({ value: false });
  });

  it("booleantrue / booleanfalse exist only in TRR 2/3", () => {
    expect(flagFromFormat("ixt3:booleantrue", "Yes", lookup)).toEqual({ value: true });
    expect(flagFromFormat("ixt3:booleanfalse", "No", lookup)).toEqual({ value: false });
    const wrongRegistry = flagFromFormat("ixt:booleantrue", "Yes", lookup);
    expect(wrongRegistry.value).toBeNull();
    expect(wrongRegistry.problem).toMatch(/not in transformation registry.*TRR 4/);
    expect(flagFromFormat("ixt3:fixed-true", "Yes", lookup).value).toBeNull();
  });

  it("resolves any prefix the document binds, not the conventional one", () => {
    expect(flagFromFormat("sec:boolballotbox", "\u2612", lookup)).toEqual({ value: true });
    expect(flagFromFormat(" ixt-sec:boolballotbox ", "\u2610", lookup)).toEqual({ value: false });
  });

  it("reports unbound prefixes, unknown registries and non-boolean transforms", () => {
    expect(flagFromFormat("nope:fixed-true", "x", lookup).problem).toMatch(/prefix "nope" is not bound/);
    expect(flagFromFormat("weird:fixed-true", "x", lookup).problem).toMatch(/not a known transformation registry/);
    expect(flagFromFormat("ixt:num-dot-decimal", "1", lookup).problem).toMatch(/not a boolean transformation/);
    expect(flagFromFormat("ixt-sec:yesnoballotbox", "\u2612", lookup).problem).toMatch(/not a boolean/);
    expect(resolveFormat("ixt:fixed-true", lookup)).toEqual({ namespace: ns.ixt, local: "fixed-true", registry: "ixt", version: 4 });
  });

  it("no format: xs:boolean, XML whitespace only", () => {
    expect(flagFromFormat(undefined, " true\n", lookup)).toEqual({ value: true });
    expect(flagFromFormat(undefined, "0", lookup)).toEqual({ value: false });
    expect(flagFromFormat(undefined, "Yes", lookup).value).toBeNull();
    expect(xsBoolean("\u00a0true")).toBeNull();
    expect(xsBoolean("TRUE")).toBeNull();
    expect(xsBoolean("1")).toBe(true);
  });
});

describe("date transformations", () => {
  it("reads the common English and numeric date formats", () => {
    expect(dateFromFormat("ixt:date-monthname-day-year-en", "December\u00a031, 2024", lookup)).toEqual({ value: "2024-12-31" });
    expect(dateFromFormat("ixt:date-monthname-day-year-en", " Dec. 31, 2024 ", lookup)).toEqual({ value: "2024-12-31" });
    expect(dateFromFormat("ixt:date-monthname-day-year-en", "SEPTEMBER 27, 2025", lookup)).toEqual({ value: "2025-09-27" });
    expect(dateFromFormat("ixt5:date-day-monthname-year-en", "31 March 2026", lookup)).toEqual({ value: "2026-03-31" });
    expect(dateFromFormat("ixt:date-month-day-year", "06/30/2025", lookup)).toEqual({ value: "2025-06-30" });
    expect(dateFromFormat("ixt:date-day-month-year", "30.06.2025", lookup)).toEqual({ value: "2025-06-30" });
    expect(dateFromFormat("ixt:date-year-month-day", "2025-06-30", lookup)).toEqual({ value: "2025-06-30" });
    expect(dateFromFormat("ixt3:datemonthdayyearen", "January 26, 2025", lookup)).toEqual({ value: "2025-01-26" });
    expect(dateFromFormat(undefined, "2024-12-31", lookup)).toEqual({ value: "2024-12-31" });
  });

  it("rejects impossible dates and unsupported formats", () => {
    expect(dateFromFormat("ixt:date-monthname-day-year-en", "February 30, 2025", lookup).value).toBeNull();
    expect(dateFromFormat("ixt:date-monthname-day-year-en", "Smarch 3, 2025", lookup).value).toBeNull();
    expect(dateFromFormat("ixt-sec:datequarterend", "Q4 2025", lookup).problem).toMatch(/not supported/);
    expect(dateFromFormat(undefined, "Dec 31, 2024", lookup).value).toBeNull();
  });
});
