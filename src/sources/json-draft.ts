// The structured JSON / YAML draft (formats.md §5, schemas/disclosure.schema.json): the form, the
// fiscal period, and cyd facts keyed by local name — flags as booleans, text blocks as strings
// (Markdown allowed). Each fact's position is its key; a text block's characters map back into
// the string in the file. JSON is read through the YAML parser too (JSON is YAML), which keeps
// every node's offsets and a key given twice.

import type { ErrorObject } from "ajv";
import { isMap, isScalar, parseDocument, type Document, type Node, type Pair } from "yaml";
import { kindOf } from "../model/concepts.js";
import { InputError } from "../model/errors.js";
import { LineIndex, MappedTextBuilder, sourceOffset } from "../model/position.js";
import type { Fact, Period, SourceDocument } from "../model/types.js";
import { schemaValidator } from "../schema-validators.js";
import { markdownBlocks } from "./prose.js";
import type { DocumentInfo, ReadResult, Reader } from "./reader.js";

// Compiled at build time in the bundles (src/schema-validators.ts).
const validator = () => schemaValidator("disclosure");

interface DraftShape {
  form: string;
  fiscalPeriod?: { startDate?: string; endDate: string };
  transitionReport?: boolean;
}

/** A JSON syntax error as InputError at its line and column. */
function jsonSyntax(text: string): void {
  try {
    JSON.parse(text);
  } catch (e) {
    const msg = (e as Error).message;
    const at = /position (\d+)/.exec(msg);
    if (at) {
      const { line, column } = new LineIndex("", text).lineCol(Number(at[1]));
      throw new InputError(`invalid JSON: ${msg.replace(/\s*in JSON at position \d+.*$/, "").replace(/ \(line \d+ column \d+\)$/, "")} (line ${line}, column ${column})`, line, column);
    }
    throw new InputError(`invalid JSON: ${msg}`);
  }
}

/** The node at a JSON pointer; with `key`, the key of its last step rather than the value. */
function nodeAt(doc: Document, path: string, key = false): Node | undefined {
  const keys = path.split("/").slice(1).map((k) => k.replace(/~1/g, "/").replace(/~0/g, "~"));
  if (key && keys.length) {
    const parent = keys.length > 1 ? doc.getIn(keys.slice(0, -1), true) : doc.contents;
    if (isMap(parent)) {
      const pair = (parent.items as Pair[]).find((p) => isScalar(p.key) && String(p.key.value) === keys[keys.length - 1]);
      if (pair && isScalar(pair.key)) return pair.key;
    }
  }
  const node = keys.length ? doc.getIn(keys, true) : doc.contents;
  return node && typeof node === "object" && "range" in node ? (node as Node) : undefined;
}

/** The first schema error, worded for a person, at the line of the key or value it is about. */
function schemaError(doc: Document, index: LineIndex, errors: ErrorObject[]): InputError {
  const e = errors.find((x) => x.keyword === "additionalProperties") ?? errors[0];
  let where = e.instancePath;
  let message: string;
  if (e.keyword === "additionalProperties") {
    const key = (e.params as { additionalProperty: string }).additionalProperty;
    where = `${where}/${key}`;
    message =
      e.instancePath === "/facts"
        ? `"${key}" is not a cyd element (check the spelling of the local name)`
        : `unknown key "${key}"${e.instancePath ? ` in ${e.instancePath.slice(1)}` : ""}`;
  } else if (e.keyword === "required") {
    message = `missing "${(e.params as { missingProperty: string }).missingProperty}"${e.instancePath ? ` in ${e.instancePath.slice(1)}` : ""}`;
  } else if (e.keyword === "enum") {
    message = `${e.instancePath.slice(1)} must be one of ${(e.params as { allowedValues: unknown[] }).allowedValues.join(", ")}`;
  } else if (e.keyword === "type" && e.instancePath.startsWith("/facts/")) {
    const concept = e.instancePath.slice("/facts/".length);
    message = kindOf(concept) === "flag" ? `${concept} is a flag: its value must be true or false` : `${concept} is a text block: its value must be a string`;
  } else {
    message = `${e.instancePath.slice(1) || "the draft"} ${e.message ?? "is invalid"}`;
  }
  const node = nodeAt(doc, where, e.keyword === "additionalProperties");
  const pos = node?.range ? index.lineCol(node.range[0]) : undefined;
  return new InputError(`not a valid draft: ${message}`, pos?.line, pos?.column);
}

/**
 * Where each character of a parsed string sits in its source range: the characters are found in
 * order; one the source spells differently (an escape, a folded line break) maps to where the
 * search stands.
 */
function alignString(value: string, source: string, start: number, end: number): number[] {
  const out = new Array<number>(value.length);
  let j = start;
  for (let i = 0; i < value.length; i++) {
    const c = value[i];
    let k = -1;
    for (let t = j; t < Math.min(end, j + 16); t++) {
      if (source[t] === c) {
        k = t;
        break;
      }
    }
    if (k === -1) out[i] = Math.min(j, Math.max(start, end - 1));
    else {
      out[i] = k;
      j = k + 1;
    }
  }
  return out;
}

/** A text block's plain text: its Markdown rendered (paragraphs on lines of their own), mapped into the file. */
function textValue(value: string, source: string, range: [number, number]): { text: string; map: Fact["textMap"] } {
  const align = alignString(value, source, range[0], range[1]);
  const b = new MappedTextBuilder();
  for (const block of markdownBlocks(value)) {
    if (b.textLength > 0) b.appendReplacement("\n", align[Math.max(0, block.start - 1)] ?? range[0]);
    for (let t = 0; t < block.text.length; t++) b.append(block.text[t], align[sourceOffset(block.map, t)] ?? range[0]);
  }
  return { text: b.toString(), map: b.map };
}

function readDraft(doc: SourceDocument): ReadResult {
  if (doc.format === "json-draft") jsonSyntax(doc.text);
  const index = new LineIndex(doc.file, doc.text);
  const parsed = parseDocument(doc.text, { uniqueKeys: false, prettyErrors: false });
  if (parsed.errors.length) {
    const err = parsed.errors[0];
    const pos = index.lineCol(err.pos[0]);
    throw new InputError(`invalid YAML: ${err.message.split("\n")[0]}`, pos.line, pos.column);
  }
  let value: unknown;
  try {
    // An alias bomb (a billion laughs of anchors) stops here: yaml counts alias expansions.
    value = parsed.toJS({ maxAliasCount: 100 });
  } catch (err) {
    throw new InputError(`invalid YAML: ${(err as Error).message.split("\n")[0]}`);
  }
  const check = validator();
  if (!check(value)) throw schemaError(parsed, index, check.errors ?? []);
  const draft = value as DraftShape;
  const period: Period | undefined = draft.fiscalPeriod ? { ...draft.fiscalPeriod } : undefined;

  const facts: Fact[] = [];
  const factsNode = isMap(parsed.contents) ? parsed.contents.get("facts", true) : undefined;
  for (const pair of isMap(factsNode) ? (factsNode.items as Pair[]) : []) {
    const key = pair.key;
    const val = pair.value;
    if (!isScalar(key) || !isScalar(val) || !key.range || !val.range) continue;
    const concept = String(key.value);
    const position = index.position(key.range[0], val.range[1]);
    const base = { concept, period, position, offset: key.range[0], endOffset: val.range[1] };
    if (typeof val.value === "boolean") {
      facts.push({ ...base, kind: "flag", value: val.value, raw: doc.text.slice(val.range[0], val.range[1]), text: "", textMap: [] });
    } else {
      const { text: plain, map } = textValue(String(val.value ?? ""), doc.text, [val.range[0], val.range[1]]);
      facts.push({ ...base, kind: "text", value: plain, raw: String(val.value ?? ""), text: plain, textMap: map });
    }
  }
  const info: DocumentInfo = {
    documentType: draft.form,
    ...(draft.fiscalPeriod ? { periodEndDate: draft.fiscalPeriod.endDate } : {}),
    ...(draft.transitionReport !== undefined ? { transitionReport: draft.transitionReport } : {}),
  };
  return { facts, diagnostics: [], info, cydNamespaces: [] };
}

export const jsonDraftReader: Reader = { format: "json-draft", read: readDraft };
export const yamlDraftReader: Reader = { format: "yaml-draft", read: readDraft };
