import { XMLValidator } from "fast-xml-parser";
import { InputError } from "../model/errors.js";
import type { SourceDocument } from "../model/types.js";

/** Formats that are XML documents, so --strict can hold them to XML well-formedness. */
const XML_FORMATS = new Set(["ixbrl", "xbrl-instance"]);

/**
 * --strict: the whole document must be well-formed XML, not only the tags disclint reads. The readers
 * scan for facts without building a tree (a 4 MB filing, 20 KB of Item 1C), so this is opt-in.
 * fast-xml-parser's validator neither resolves nor expands entities.
 */
export function assertWellFormed(doc: SourceDocument): void {
  if (!XML_FORMATS.has(doc.format)) return;
  const result = XMLValidator.validate(doc.text, { allowBooleanAttributes: false });
  if (result === true) return;
  const { msg, line, col } = result.err;
  throw new InputError(`not well-formed XML (--strict): ${msg.replace(/\s+/g, " ")}`, line, col);
}
