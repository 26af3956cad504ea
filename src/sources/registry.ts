import type { InputFormat, SourceDocument } from "../model/types.js";
import { docxReader, prepareDocx } from "./docx.js";
import { ixbrlReader, readIxbrlSet } from "./ixbrl.js";
import { jsonDraftReader, yamlDraftReader } from "./json-draft.js";
import { htmlReader, markdownReader, textReader } from "./prose.js";
import { rPageHtmlReader } from "./r-page-html.js";
import { rPageTextReader } from "./r-page-text.js";
import type { ReadHints, ReadResult, Reader } from "./reader.js";
import { xbrlInstanceReader } from "./xbrl-instance.js";

/** The reader for each input format this build can read. */
export const READERS: Partial<Record<InputFormat, Reader>> = Object.fromEntries(
  [rPageTextReader, rPageHtmlReader, ixbrlReader, xbrlInstanceReader, jsonDraftReader, yamlDraftReader, markdownReader, textReader, htmlReader, docxReader].map((r) => [r.format, r]),
);

/**
 * The asynchronous part of reading, done before readSet: a Word document is converted (mammoth)
 * and its text becomes one paragraph per line. Call it on the documents, then readSet.
 */
export async function prepareDocuments(documents: SourceDocument[]): Promise<void> {
  for (const d of documents) if (d.format === "docx") await prepareDocx(d);
}

/**
 * Reads the documents of one filing into one result. Inline XBRL documents are read together
 * (a continuation may sit in another document of the set); other documents one by one.
 */
export function readSet(documents: SourceDocument[], hints: ReadHints = {}): ReadResult {
  const ixbrl = documents.filter((d) => d.format === "ixbrl");
  const results = [
    ...(ixbrl.length ? [readIxbrlSet(ixbrl)] : []),
    ...documents.filter((d) => d.format !== "ixbrl").map((d) => READERS[d.format]!.read(d, hints)),
  ];
  const merged: ReadResult = { facts: [], diagnostics: [], info: {}, cydNamespaces: [] };
  for (const r of results) {
    merged.facts.push(...r.facts);
    merged.diagnostics.push(...r.diagnostics);
    merged.cydNamespaces.push(...r.cydNamespaces);
    merged.section ??= r.section;
    // The first document that states the form, period or transition flag wins.
    merged.info = { ...r.info, ...Object.fromEntries(Object.entries(merged.info).filter(([, v]) => v !== undefined)) };
  }
  return merged;
}
