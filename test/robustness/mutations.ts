// Mutations of a disclosure's bytes for property tests and the fuzz campaign (scripts/fuzz.mjs):
// byte flips, truncation, tag deletion and duplication, attribute garbling, and insertions of the
// tokens readers care about. Positions are unbounded naturals taken modulo the input's length, so
// fast-check can shrink a failing case to a small, readable list of edits.
import { inflateRawSync } from "node:zlib";
import fc from "fast-check";
import { zip } from "../../src/sources/docx.js";

export type Mutation =
  | { kind: "flip"; at: number; value: number }
  | { kind: "truncate"; at: number }
  | { kind: "deleteTag"; nth: number }
  | { kind: "duplicateTag"; nth: number; to: number }
  | { kind: "garble"; nth: number; junk: string }
  | { kind: "insert"; at: number; token: string }
  | { kind: "deleteRange"; at: number; length: number }
  | { kind: "truncateAtTag"; nth: number; after: boolean }
  | { kind: "lineEnds"; to: "\r" | "\r\n" }
  | { kind: "encode"; as: Encoding }
  | { kind: "nest"; at: number; open: string; depth: number }
  | { kind: "hugeAttr"; nth: number; length: number };

/** Whole-input re-encodings: UTF-16 either way with and without a BOM, a UTF-8 BOM, Latin-1 bytes. */
export type Encoding = "utf16le" | "utf16le-bom" | "utf16be" | "utf16be-bom" | "utf8-bom" | "latin1";
const ENCODINGS: Encoding[] = ["utf16le", "utf16le-bom", "utf16be", "utf16be-bom", "utf8-bom", "latin1"];

/** Start tags (and text) the nest mutation repeats: HTML, ix elements, a continuation, table cells, brackets. */
const NESTS = ["<div>", "<b>", "<ix:exclude>", '<ix:continuation id="f-1-cont" continuedAt="f-1-cont">', "<ix:nonNumeric name=\"cyd:X\" contextRef=\"c-1\">", "<table><tr><td>", "<li>", "[", "> ", "- ", "  "];

/** Text that readers give meaning to, and text that has broken parsers before. */
export const TOKENS = [
  "<", ">", "</", "/>", "&", "&amp;", "&#0;", "&#xD800;", "&#1114112;", "&lt;", "&nbsp;", "&unknown;", '"', "'", "=", "\u0000", "\ufeff",
  "\ud800", "\udfff", "\uffff", "\r", "\r\n", "\u2028", "]]>", "<![CDATA[", "<!--", "-->", "<?xml ?>", "<!DOCTYPE x [<!ENTITY a \"&a;&a;\">]>",
  "<ix:nonNumeric>", "</ix:nonNumeric>", "<ix:continuation id=\"c\">", "</ix:continuation>", "<ix:exclude>", "</ix:exclude>",
  "<ix:hidden>", "</ix:hidden>", "<ix:header>", "<ix:resources>", 'continuedAt="c"', 'id="c"', 'contextRef="c-1"', 'escape="true"',
  'format="ixt:fixed-false"', 'xsi:nil="true"', 'name="cyd:CybersecurityRiskRoleOfManagementTextBlock"', 'name="dei:DocumentType"',
  'xmlns:ix="http://www.xbrl.org/2013/inlineXBRL"', 'xmlns:cyd="http://xbrl.sec.gov/cyd/2025"', "__proto__", "constructor", "prototype",
  "|", "|X", "[Text Block]", "[Flag]", "| 12 Months Ended", "Dec. 31, 2025", "[TBD]", "<table class=\"report\">", "<td class=\"pl\">", "defref_cyd_",
  "<script>", "<style>", "<br/>", "<p>", "</p>", "<div>", "a".repeat(300), " and".repeat(40), "[a".repeat(200), "<b>".repeat(500),
  // Round 34: what must never reach a terminal, a CI log or a page raw, and ids that close loops.
  "\u001b[31m", "\u001b[2J", "\u001b]0;t\u0007", "\u009b31m", "\u0085", "\u202e", "\u2066", "\u2069", "::error::x", "\n::warning title=t::x\n", "%0A::notice::",
  "##[group]", "<x-inj onclick=1>", "&lt;x-inj onclick=1&gt;", "[TBD \u001b[2J\u202e&lt;x-inj onclick=1&gt;]", 'continuedAt="f-1"', 'id="f-1-cont"', 'continuedAt="f-1-cont"',
  "\r", "\u0000\u0000",
];

const nat = fc.nat({ max: 0x7fffffff });

export const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant("flip" as const), at: nat, value: fc.nat({ max: 255 }) }),
  fc.record({ kind: fc.constant("truncate" as const), at: nat }),
  fc.record({ kind: fc.constant("deleteTag" as const), nth: nat }),
  fc.record({ kind: fc.constant("duplicateTag" as const), nth: nat, to: nat }),
  fc.record({ kind: fc.constant("garble" as const), nth: nat, junk: fc.oneof(fc.constantFrom(...TOKENS), fc.string({ maxLength: 12 })) }),
  fc.record({ kind: fc.constant("insert" as const), at: nat, token: fc.constantFrom(...TOKENS) }),
  fc.record({ kind: fc.constant("deleteRange" as const), at: nat, length: fc.nat({ max: 4096 }) }),
  fc.record({ kind: fc.constant("truncateAtTag" as const), nth: nat, after: fc.boolean() }),
  fc.record({ kind: fc.constant("lineEnds" as const), to: fc.constantFrom("\r" as const, "\r\n" as const) }),
  fc.record({ kind: fc.constant("encode" as const), as: fc.constantFrom(...ENCODINGS) }),
  fc.record({ kind: fc.constant("nest" as const), at: nat, open: fc.constantFrom(...NESTS), depth: fc.integer({ min: 2, max: 20_000 }) }),
  fc.record({ kind: fc.constant("hugeAttr" as const), nth: nat, length: fc.integer({ min: 1_000, max: 2_000_000 }) }),
);

export const mutationsArb = fc.array(mutationArb, { minLength: 1, maxLength: 6 });

const enc = new TextEncoder();

/** Offsets of every "<" (tag starts) in the bytes. */
function tagStarts(b: Uint8Array): number[] {
  const out: number[] = [];
  for (let i = b.indexOf(0x3c); i !== -1; i = b.indexOf(0x3c, i + 1)) out.push(i);
  return out;
}

/** [start, end) of the nth tag ("<" … ">"), or null when the bytes have none. */
function nthTag(b: Uint8Array, nth: number): [number, number] | null {
  const starts = tagStarts(b);
  if (starts.length === 0) return null;
  const s = starts[nth % starts.length];
  const gt = b.indexOf(0x3e, s);
  return [s, gt === -1 ? b.length : gt + 1];
}

function splice(b: Uint8Array, at: number, remove: number, insert: Uint8Array = new Uint8Array()): Uint8Array {
  const out = new Uint8Array(b.length - remove + insert.length);
  out.set(b.subarray(0, at), 0);
  out.set(insert, at);
  out.set(b.subarray(at + remove), at + insert.length);
  return out;
}

const dec = new TextDecoder();

function encode(b: Uint8Array, as: Encoding): Uint8Array {
  const text = dec.decode(b);
  if (as === "utf8-bom") return new Uint8Array([0xef, 0xbb, 0xbf, ...b]);
  if (as === "latin1") return Uint8Array.from(text, (c) => c.charCodeAt(0) & 0xff);
  const bom = as.endsWith("-bom") ? 2 : 0;
  const out = new Uint8Array(bom + text.length * 2);
  const be = as.startsWith("utf16be");
  if (bom) out.set(be ? [0xfe, 0xff] : [0xff, 0xfe]);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    out[bom + 2 * i + (be ? 1 : 0)] = c & 0xff;
    out[bom + 2 * i + (be ? 0 : 1)] = c >> 8;
  }
  return out;
}

/** Attribute value starts (just past =" or =\'). */
function valueStarts(b: Uint8Array): number[] {
  const eqs: number[] = [];
  for (let i = b.indexOf(0x3d); i !== -1; i = b.indexOf(0x3d, i + 1)) if (b[i + 1] === 0x22 || b[i + 1] === 0x27) eqs.push(i + 2);
  return eqs;
}

export function applyMutation(b: Uint8Array, m: Mutation): Uint8Array {
  const n = b.length;
  switch (m.kind) {
    case "flip": {
      if (n === 0) return b;
      const out = b.slice();
      out[m.at % n] = m.value;
      return out;
    }
    case "truncate":
      return b.subarray(0, n === 0 ? 0 : m.at % n);
    case "deleteTag": {
      const t = nthTag(b, m.nth);
      return t ? splice(b, t[0], t[1] - t[0]) : b;
    }
    case "duplicateTag": {
      const t = nthTag(b, m.nth);
      if (!t) return b;
      const starts = tagStarts(b);
      return splice(b, starts[m.to % starts.length], 0, b.slice(t[0], t[1]));
    }
    case "garble": {
      // Replace the value of the nth attribute (the text between =" and the next ").
      const eqs = valueStarts(b);
      if (eqs.length === 0) return b;
      const s = eqs[m.nth % eqs.length];
      const close = b.indexOf(b[s - 1], s);
      return splice(b, s, (close === -1 ? n : close) - s, enc.encode(m.junk));
    }
    case "insert":
      return splice(b, n === 0 ? 0 : m.at % (n + 1), 0, enc.encode(m.token));
    case "deleteRange": {
      if (n === 0) return b;
      const at = m.at % n;
      return splice(b, at, Math.min(m.length, n - at));
    }
    case "truncateAtTag": {
      // At a structural boundary: just before the nth tag, or just after it.
      const t = nthTag(b, m.nth);
      return t ? b.subarray(0, m.after ? t[1] : t[0]) : b;
    }
    case "lineEnds": {
      // Byte by byte, so bytes that are not UTF-8 stay as they were.
      const out: number[] = [];
      const to = m.to === "\r" ? [0x0d] : [0x0d, 0x0a];
      for (let i = 0; i < n; i++) {
        if (b[i] === 0x0d && b[i + 1] === 0x0a) i++;
        if (b[i] === 0x0d || b[i] === 0x0a) out.push(...to);
        else out.push(b[i]);
      }
      return Uint8Array.from(out);
    }
    case "encode":
      return encode(b, m.as);
    case "nest":
      return splice(b, n === 0 ? 0 : m.at % (n + 1), 0, enc.encode(m.open.repeat(m.depth)));
    case "hugeAttr": {
      const eqs = valueStarts(b);
      if (eqs.length === 0) return b;
      const s = eqs[m.nth % eqs.length];
      return splice(b, s, 0, enc.encode("x".repeat(m.length)));
    }
  }
}

export function applyMutations(b: Uint8Array, ms: Mutation[]): Uint8Array {
  return ms.reduce(applyMutation, b);
}

/** A one-line description of a case, for failure reports. */
export function describeMutations(ms: Mutation[]): string {
  return ms.map((m) => JSON.stringify(m).slice(0, 120)).join(" ");
}

/**
 * The entries of a zip (deflated or stored) read front to back by their local headers (the zips of
 * the seeds carry their sizes there), or null when it is not one this can read.
 */
export function unzip(bytes: Uint8Array): Array<[string, string]> | null {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  const out: Array<[string, string]> = [];
  try {
    for (let at = 0; at + 30 <= buf.length && buf.readUInt32LE(at) === 0x04034b50; ) {
      const head = { method: buf.readUInt16LE(at + 8), packed: buf.readUInt32LE(at + 18), name: buf.readUInt16LE(at + 26), extra: buf.readUInt16LE(at + 28) };
      const start = at + 30 + head.name + head.extra;
      const data = buf.subarray(start, start + head.packed);
      out.push([buf.toString("utf8", at + 30, at + 30 + head.name), (head.method === 8 ? inflateRawSync(data) : data).toString("utf8")]);
      at = start + head.packed;
    }
  } catch {
    return null;
  }
  return out.length ? out : null;
}

/**
 * A seed's bytes after the mutations. A Word draft with an even number of mutations has them made
 * to its word/document.xml, re-zipped as a valid archive (so mammoth's XML reading is what they
 * reach); with an odd number, to the zip's own bytes (a truncated or damaged archive).
 */
export function mutateSeed(seed: { ext: string; bytes: Uint8Array }, ms: Mutation[]): Uint8Array {
  if (seed.ext === ".docx" && ms.length % 2 === 0) {
    const entries = unzip(seed.bytes);
    const doc = entries?.find(([name]) => name === "word/document.xml");
    if (entries && doc) {
      doc[1] = dec.decode(applyMutations(enc.encode(doc[1]), ms));
      return zip(entries);
    }
  }
  return applyMutations(seed.bytes, ms);
}
