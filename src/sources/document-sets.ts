import { dirname, extname } from "node:path";
import { ReadFileError, readRegularFile } from "./read-file.js";

// An Inline XBRL filing can be several documents (a 10-K and its Exhibit 13) that share one DTS: the
// documents of one submission name the same schema in ix:references, near the top of each file.
const HEAD_BYTES = 64 * 1024;
const SCHEMA_REF = /<[\w.-]*:?schemaRef\b[^>]*?\bxlink:href\s*=\s*["']([^"']+)["']/;
const IXBRL_EXTENSIONS = new Set([".htm", ".html", ".xhtml"]);

async function schemaRefOf(file: string): Promise<string | undefined> {
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
  return SCHEMA_REF.exec(head)?.[1];
}

/**
 * Groups the files into the filings they belong to: Inline XBRL documents in one folder that name
 * the same schema are one document set; every other file stands alone. Order follows `files`.
 */
export async function groupDocumentSets(files: string[]): Promise<string[][]> {
  const keys = await Promise.all(files.map(async (f) => {
    const ref = await schemaRefOf(f);
    return ref ? `${dirname(f)}\u0000${ref}` : undefined;
  }));
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
