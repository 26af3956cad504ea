// Inline XBRL transformations a cyber disclosure needs: the boolean ones (flags) and the common date ones
// (dei:DocumentPeriodEndDate). Formats are QNames: the prefix is resolved through the namespaces the
// document declares, never assumed.

import { xmlTrim } from "./xml-scan.js";

/** XII transformation registries by namespace → registry version (TRR 1–5). */
export const IXT_REGISTRIES: Readonly<Record<string, number>> = {
  "http://www.xbrl.org/inlineXBRL/transformation/2010-04-20": 1,
  "http://www.xbrl.org/inlineXBRL/transformation/2011-07-31": 2,
  "http://www.xbrl.org/inlineXBRL/transformation/2015-02-26": 3,
  "http://www.xbrl.org/inlineXBRL/transformation/2020-02-12": 4,
  "http://www.xbrl.org/inlineXBRL/transformation/2022-02-16": 5,
};

/** The SEC's own registry (ixt-sec). */
export const IXT_SEC_NAMESPACE = "http://www.sec.gov/inlineXBRL/transformation/2015-08-31";

/** prefix → namespace URI as declared in the document (undefined when unbound). */
export type NamespaceLookup = (prefix: string) => string | undefined;

export interface ResolvedFormat {
  namespace: string;
  local: string;
  registry: "ixt" | "ixt-sec";
  /** TRR version for ixt. */
  version?: number;
}

/** Result of a transformation: a value, or null with the reason. */
export interface TransformOutcome<T> {
  value: T | null;
  problem?: string;
}

/** Resolve a format QName (e.g. "ixt:fixed-true") to its registry, or explain why it cannot be. */
export function resolveFormat(format: string, lookup: NamespaceLookup): ResolvedFormat | { error: string } {
  const q = xmlTrim(format);
  const colon = q.indexOf(":");
  const prefix = colon === -1 ? "" : q.slice(0, colon);
  const local = colon === -1 ? q : q.slice(colon + 1);
  const namespace = lookup(prefix);
  if (namespace === undefined || namespace === "") {
    return { error: `format "${q}": prefix "${prefix}" is not bound to a namespace in this document` };
  }
  if (namespace === IXT_SEC_NAMESPACE) return { namespace, local, registry: "ixt-sec" };
  // Own keys only: a namespace or format named "constructor" or "__proto__" is just unknown.
  const version = Object.hasOwn(IXT_REGISTRIES, namespace) ? IXT_REGISTRIES[namespace] : undefined;
  if (version !== undefined) return { namespace, local, registry: "ixt", version };
  return { error: `format "${q}" is in namespace ${namespace}, which is not a known transformation registry` };
}

/** xs:boolean lexical space after whitespace collapse: true/false/1/0. */
export function xsBoolean(text: string): boolean | null {
  const v = xmlTrim(text);
  if (v === "true" || v === "1") return true;
  if (v === "false" || v === "0") return false;
  return null;
}

/** xsi:nil set to an xs:boolean true ("true" or "1") on an element's attributes (any prefix, or none as hand-made fragments write it). */
export function isNilled(attrs: Record<string, string>): boolean {
  for (const k in attrs) if ((k === "nil" || k.endsWith(":nil")) && xsBoolean(attrs[k]) === true) return true;
  return false;
}

/** ixt-sec:boolballotbox: ☐ → false, ☑/☒ → true. XML whitespace is trimmed; a NBSP is not (invalid). */
export function boolBallotBox(text: string): boolean | null {
  const v = xmlTrim(text);
  if (v === "\u2610") return false;
  if (v === "\u2611" || v === "\u2612") return true;
  return null;
}

/** ixt-sec:yesnoballotbox: ☐ → "No", ☑/☒ → "Yes" (an xs:string, not a boolean). */
export function yesNoBallotBox(text: string): "Yes" | "No" | null {
  const b = boolBallotBox(text);
  return b === null ? null : b ? "Yes" : "No";
}

const BOOLEAN_TRANSFORMS: Record<string, (v: number) => boolean | undefined> = {
  // TRR 2/3 names; TRR 4 renamed them fixed-true / fixed-false.
  booleantrue: (v) => (v === 2 || v === 3 ? true : undefined),
  booleanfalse: (v) => (v === 2 || v === 3 ? false : undefined),
  "fixed-true": (v) => (v >= 4 ? true : undefined),
  "fixed-false": (v) => (v >= 4 ? false : undefined),
};

function show(s: string): string {
  return JSON.stringify(s.length > 60 ? s.slice(0, 57) + "…" : s);
}

/**
 * The boolean value of a flag fact from its `format` (if any) and its text content. Unknown or
 * unresolvable transforms and text outside the transform's lexical space give null and a problem.
 */
export function flagFromFormat(format: string | undefined, text: string, lookup: NamespaceLookup): TransformOutcome<boolean> {
  if (format === undefined || xmlTrim(format) === "") {
    const value = xsBoolean(text);
    return value === null ? { value, problem: `${show(text)} is not a valid xs:boolean (true, false, 1 or 0)` } : { value };
  }
  const f = resolveFormat(format, lookup);
  if ("error" in f) return { value: null, problem: f.error };
  if (f.registry === "ixt-sec") {
    if (f.local === "boolballotbox") {
      const value = boolBallotBox(text);
      return value === null
        ? { value, problem: `ixt-sec:boolballotbox cannot read ${show(text)}: expected one of ☐ ☑ ☒ (XML whitespace around it only)` }
        : { value };
    }
    if (f.local === "yesnoballotbox") {
      return { value: null, problem: `ixt-sec:yesnoballotbox gives "Yes"/"No", not a boolean; use ixt-sec:boolballotbox for a flag` };
    }
    return { value: null, problem: `format "${format}" (ixt-sec:${f.local}) is not a boolean transformation` };
  }
  const rule = Object.hasOwn(BOOLEAN_TRANSFORMS, f.local) ? BOOLEAN_TRANSFORMS[f.local] : undefined;
  const value = rule?.(f.version ?? 0);
  if (value === undefined) {
    const known = rule !== undefined;
    return {
      value: null,
      problem: known
        ? `format "${format}": ${f.local} is not in transformation registry ${f.namespace} (TRR ${f.version}); ` +
          `TRR 2/3 use booleantrue/booleanfalse, TRR 4/5 use fixed-true/fixed-false`
        : `format "${format}" (${f.local}) is not a boolean transformation of ${f.namespace}`,
    };
  }
  return { value };
}

const MONTHS: Record<string, number> = {
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9,
  october: 10, november: 11, december: 12,
  jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};
const MONTH_NAME = "(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)";
const Y = "([0-9]{4}|[0-9]{1,2})";
const D = "([0-9]{1,2})";
const WS = "[ \\t\\n\\r]*";
const SEP = "[^0-9]+";

type DateShape = { re: RegExp; y: number; m: number; d: number };
const shape = (body: string, y: number, m: number, d: number): DateShape => ({ re: new RegExp(`^${WS}${body}${WS}$`, "i"), y, m, d });
const MONTHNAME_DAY_YEAR = shape(`${MONTH_NAME}${SEP}${D}${SEP}${Y}`, 3, 1, 2);
const DAY_MONTHNAME_YEAR = shape(`${D}${SEP}${MONTH_NAME}${SEP}${Y}`, 3, 2, 1);
const MONTH_DAY_YEAR = shape(`${D}${SEP}${D}${SEP}${Y}`, 3, 1, 2);
const DAY_MONTH_YEAR = shape(`${D}${SEP}${D}${SEP}${Y}`, 3, 2, 1);
const YEAR_MONTH_DAY = shape(`([0-9]{4}|[0-9]{1,2})${SEP}${D}${SEP}${D}`, 1, 2, 3);

/** Date transforms by registry: TRR 2/3 names and TRR 4/5 names. */
const DATE_TRANSFORMS: Record<string, { shape: DateShape; versions: number[] }> = {
  datemonthdayyearen: { shape: MONTHNAME_DAY_YEAR, versions: [2, 3] },
  datedaymonthyearen: { shape: DAY_MONTHNAME_YEAR, versions: [2, 3] },
  datemonthdayyear: { shape: MONTH_DAY_YEAR, versions: [2, 3] },
  datedaymonthyear: { shape: DAY_MONTH_YEAR, versions: [2, 3] },
  dateyearmonthday: { shape: YEAR_MONTH_DAY, versions: [3] },
  "date-monthname-day-year-en": { shape: MONTHNAME_DAY_YEAR, versions: [4, 5] },
  "date-day-monthname-year-en": { shape: DAY_MONTHNAME_YEAR, versions: [4, 5] },
  "date-month-day-year": { shape: MONTH_DAY_YEAR, versions: [4, 5] },
  "date-day-month-year": { shape: DAY_MONTH_YEAR, versions: [4, 5] },
  "date-year-month-day": { shape: YEAR_MONTH_DAY, versions: [4, 5] },
};

function isoDate(y: string, m: number, d: number): string | null {
  const year = y.length === 1 ? `200${y}` : y.length === 2 ? `20${y}` : y;
  const date = new Date(Date.UTC(Number(year), m - 1, d));
  if (date.getUTCFullYear() !== Number(year) || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return `${year}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

function applyDateShape(s: DateShape, text: string): string | null {
  const m = s.re.exec(text);
  if (!m) return null;
  const monthRaw = m[s.m];
  const month = /^[0-9]+$/.test(monthRaw) ? Number(monthRaw) : (Object.hasOwn(MONTHS, monthRaw.toLowerCase()) ? MONTHS[monthRaw.toLowerCase()] : undefined);
  return month ? isoDate(m[s.y], month, Number(m[s.d])) : null;
}

/**
 * An xs:date (YYYY-MM-DD) from a date fact's format and text. Supports no format (xs:date lexical
 * form) and the common English/numeric ixt date transforms; anything else gives null and a problem.
 */
export function dateFromFormat(format: string | undefined, text: string, lookup: NamespaceLookup): TransformOutcome<string> {
  if (format === undefined || xmlTrim(format) === "") {
    const v = xmlTrim(text);
    return /^\d{4}-\d{2}-\d{2}$/.test(v) ? { value: v } : { value: null, problem: `${show(text)} is not an xs:date` };
  }
  const f = resolveFormat(format, lookup);
  if ("error" in f) return { value: null, problem: f.error };
  const t = f.registry === "ixt" && Object.hasOwn(DATE_TRANSFORMS, f.local) ? DATE_TRANSFORMS[f.local] : undefined;
  if (!t || !t.versions.includes(f.version ?? 0)) {
    return { value: null, problem: `date format "${format}" is not supported` };
  }
  const value = applyDateShape(t.shape, text);
  return value === null ? { value, problem: `${f.local} cannot read ${show(text)}` } : { value };
}
