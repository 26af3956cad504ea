// Loading a draft the way the CLI does, with the asynchronous conversion of Word documents
// (prepareDocuments) before the readers run.
import { readInput } from "../../src/sources/decode.js";
import { detectFormat } from "../../src/sources/detect.js";
import { disclosureFrom } from "../../src/sources/load.js";
import { prepareDocuments, readSet } from "../../src/sources/registry.js";
import type { Disclosure, SourceDocument } from "../../src/model/types.js";

export async function loadDraft(file: string, form?: string): Promise<Disclosure> {
  const decoded = await readInput(file);
  const doc: SourceDocument = { ...decoded, format: detectFormat(decoded.text, file)! };
  await prepareDocuments([doc]);
  return disclosureFrom([doc], readSet([doc]), { form });
}
