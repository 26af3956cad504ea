import type { InputFormat, SourceDocument } from "../model/types.js";
import { rPageTextReader } from "./r-page-text.js";
import type { ReadResult, Reader } from "./reader.js";

/** The reader for each input format this build can read. */
export const READERS: Partial<Record<InputFormat, Reader>> = {
  [rPageTextReader.format]: rPageTextReader,
};

/** Reads documents of one filing into one result (facts of every document, in order). */
export function readSet(documents: SourceDocument[]): ReadResult {
  const merged: ReadResult = { facts: [], diagnostics: [], info: {}, cydNamespaces: [] };
  for (const doc of documents) {
    const r = READERS[doc.format]!.read(doc);
    merged.facts.push(...r.facts);
    merged.diagnostics.push(...r.diagnostics);
    merged.cydNamespaces.push(...r.cydNamespaces);
    merged.info = { ...r.info, ...merged.info };
  }
  return merged;
}
