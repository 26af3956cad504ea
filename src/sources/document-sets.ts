import { dirname, extname } from "node:path";
import { ReadFileError, readRegularFile } from "./read-file.js";

// An Inline XBRL filing can be several documents (a 10-K and its Exhibit 13) that share one DTS: the
// documents of one submission name the same schema in ix:references, near the top of each file.
const HEAD_BYTES = 64 * 1024;
const SCHEMA_REF = /<[\w.-]*:?schemaRef\b[^>]*?\bxlink:href\s*=\s*["']([^"']+)["']/;
const IXBRL_EXTENSIONS = new Set([".htm", ".html", ".xhtml"]);

/**
 * The value of the document's dei:DocumentType fact ("10-K", "8-K/A"), when its head carries one: the form of the
 * submission the document is the primary document of. Read with indexOf (no pattern): the fact's text up to the next tag.
 */
function documentTypeOf(head: string): string | undefined {
  for (const q of ['"', "'"]) {
    const at = head.indexOf(`name=${q}dei:DocumentType${q}`);
    if (at < 0) continue;
    const open = head.indexOf(">", at);
    const close = open < 0 ? -1 : head.indexOf("<", open);
    if (close < 0 || close - open > 64) return undefined;
    const value = head.slice(open + 1, close).trim();
    return value || undefined;
  }
  return undefined;
}

interface SchemaKey {
  ref: string;
  /** The submission's form when the document carries the cover's dei:DocumentType. */
  form?: string;
}

async function schemaRefOf(file: string): Promise<SchemaKey | undefined> {
  if (!IXBRL_EXTENSIONS.has(extname(file).toLowerCase())) return undefined;
  let head: string;
  try {
    // On the shared pool of open files: a folder of 1,500 documents is not opened all at once.
    head = (await readRegularFile(file, HEAD_BYTES, true)).toString("latin1");
  } catch (err) {
    // Out of file descriptors even after retrying: a set would be split silently, so say so.
    if (err instanceof ReadFileError && (err.code === "EMFILE" || err.code === "ENFILE")) throw err;
    return undefined; // unreadable: the reader reports it when the file is linted on its own
  }
  if (!head.includes("inlineXBRL")) return undefined;
  const ref = SCHEMA_REF.exec(head)?.[1];
  return ref === undefined ? undefined : { ref, form: documentTypeOf(head) };
}

/**
 * Groups the files into the filings they belong to: Inline XBRL documents in one folder that name
 * the same schema are one document set; every other file stands alone. Order follows `files`.
 * Two documents that each carry a cover (dei:DocumentType) of a different form are two submissions even
 * when they name the same schema: an 8-K and its 8-K/A, a 10-K and its 10-K/A name their schema after the
 * same date. A document with no cover (an exhibit) joins the first submission of its schema in the folder.
 */
export async function groupDocumentSets(files: string[]): Promise<string[][]> {
  const found = await Promise.all(files.map((f) => schemaRefOf(f)));
  const formsOf = new Map<string, string>();
  files.forEach((f, i) => {
    const k = found[i];
    const base = k && `${dirname(f)}\u0000${k.ref}`;
    if (base && k.form !== undefined && !formsOf.has(base)) formsOf.set(base, k.form);
  });
  const keys = files.map((f, i) => {
    const k = found[i];
    if (!k) return undefined;
    const base = `${dirname(f)}\u0000${k.ref}`;
    return `${base}\u0000${k.form ?? formsOf.get(base) ?? ""}`;
  });
  const groups: string[][] = [];
  const byKey = new Map<string, string[]>();
  files.forEach((f, i) => {
    const key = keys[i];
    if (key === undefined) {
      groups.push([f]);
      return;
    }
    const group = byKey.get(key);
    if (group) group.push(f);
    else {
      const g = [f];
      byKey.set(key, g);
      groups.push(g);
    }
  });
  return groups;
}
