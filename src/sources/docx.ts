// Word drafts. Reading: mammoth turns the .docx into HTML; each paragraph with text (a heading, a
// list item, a table-cell paragraph) becomes one line of the document's text, so a position's
// "line" is the paragraph number, counting paragraphs that have text, and its column the character
// in that paragraph. Word comments are not text. Writing: a minimal .docx (headings, paragraphs,
// comments) for `disclint init --format docx` and the example, zipped here without a dependency.

import { crc32, deflateRawSync, inflateRawSync } from "node:zlib";
import { InputError } from "../model/errors.js";
import type { SourceDocument } from "../model/types.js";
import type { ProseBlock } from "../text/sections.js";
import { htmlBlocks, markdownBlocks, readProseBlocks } from "./prose.js";
import type { Reader } from "./reader.js";

const STYLE_MAP = ["p[style-name='Title'] => h1:fresh", "p[style-name='Subtitle'] => h2:fresh"];

/** What the parts of a Word draft may inflate to, each and together (a long draft's document.xml is a few MB). */
export const DOCX_MAX_INFLATED_BYTES = 64 * 1024 * 1024;

/**
 * Refuses a zip whose entries inflate to more than `maxBytes` (each, and all together), before
 * mammoth inflates them: the sizes the central directory declares are checked, then each entry is
 * inflated here with the output capped — a directory that lies about a size cannot get past —
 * and must come out at its declared size. Memory stays within one entry's cap.
 */
export function assertZipWithinLimits(bytes: Uint8Array, maxBytes = DOCX_MAX_INFLATED_BYTES): void {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  const limit = `over the ${Math.round(maxBytes / (1024 * 1024))} MB limit for the unpacked document`;
  // The end of central directory record: in the last 64 KB + 22 bytes.
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 0xffff); i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new InputError("cannot read the Word document: no zip central directory (a truncated or damaged file)");
  const count = buf.readUInt16LE(eocd + 10);
  let at = buf.readUInt32LE(eocd + 16);
  let total = 0;
  for (let k = 0; k < count; k++) {
    if (at + 46 > buf.length || buf.readUInt32LE(at) !== 0x02014b50) throw new InputError("cannot read the Word document: a damaged zip central directory");
    const method = buf.readUInt16LE(at + 10);
    const packed = buf.readUInt32LE(at + 20);
    const size = buf.readUInt32LE(at + 24);
    const nameLength = buf.readUInt16LE(at + 28);
    const local = buf.readUInt32LE(at + 42);
    const name = buf.toString("utf8", at + 46, at + 46 + nameLength);
    at += 46 + nameLength + buf.readUInt16LE(at + 30) + buf.readUInt16LE(at + 32);
    if (size === 0xffffffff || packed === 0xffffffff || local === 0xffffffff) throw new InputError("cannot read the Word document: zip64 archives are not supported");
    total += size;
    if (size > maxBytes || total > maxBytes) throw new InputError(`the Word document's ${JSON.stringify(name)} unpacks to ${size > maxBytes ? "" : "a total "}${limit}`);
    if (local + 30 > buf.length || buf.readUInt32LE(local) !== 0x04034b50) throw new InputError("cannot read the Word document: a damaged zip entry");
    const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    const data = buf.subarray(start, start + packed);
    let inflated: number;
    let part: Buffer | undefined;
    if (method === 0) inflated = (part = data).length;
    else if (method === 8) {
      try {
        inflated = (part = inflateRawSync(data, { maxOutputLength: Math.max(size, 1) })).length;
      } catch (e) {
        if (e instanceof RangeError || (e as NodeJS.ErrnoException).code === "ERR_BUFFER_TOO_LARGE") {
          throw new InputError(`the Word document's ${JSON.stringify(name)} unpacks to more than its zip directory says (a zip bomb?)`);
        }
        throw new InputError(`cannot read the Word document: ${JSON.stringify(name)} is damaged`);
      }
    } else throw new InputError(`cannot read the Word document: ${JSON.stringify(name)} uses an unsupported compression method (${method})`);
    if (inflated !== size) throw new InputError(`cannot read the Word document: ${JSON.stringify(name)} unpacks to ${inflated} bytes, not the ${size} its zip directory says`);
    const open = name.endsWith(".xml") ? elementsLeftOpen(part) : 0;
    if (open > DOCX_MAX_OPEN_ELEMENTS) throw new InputError(`cannot read the Word document: ${JSON.stringify(name)} leaves ${open} elements open (a truncated or damaged part)`);
  }
}

/**
 * More elements left open than this in a part and it is refused before mammoth reads it: its XML
 * parser takes time growing with the square of their number (10,000 unclosed tags: 28 s).
 */
const DOCX_MAX_OPEN_ELEMENTS = 100;

/** Start tags minus end tags at the end of an XML part, counted in one pass (never below zero). */
function elementsLeftOpen(xml: Buffer): number {
  let depth = 0;
  for (let i = xml.indexOf(0x3c); i !== -1; i = xml.indexOf(0x3c, i + 1)) {
    const gt = xml.indexOf(0x3e, i);
    if (gt === -1) break;
    const next = xml[i + 1];
    if (next === 0x2f) depth = Math.max(0, depth - 1);
    else if (next !== 0x3f && next !== 0x21 && xml[gt - 1] !== 0x2f) depth++;
    i = gt;
  }
  return depth;
}

/** mammoth's HTML for a .docx (comments left out, as mammoth does by default). */
export async function docxToHtml(bytes: Uint8Array): Promise<string> {
  assertZipWithinLimits(bytes);
  try {
    // Loaded on the first Word document: mammoth and its zip/XML stack are a quarter of the bundle.
    const { default: mammoth } = await import("mammoth");
    const result = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) }, { styleMap: STYLE_MAP });
    return result.value;
  } catch (e) {
    throw new InputError(`cannot read the Word document: ${(e as Error).message.split("\n")[0]}`);
  }
}

const prepared = new WeakMap<SourceDocument, ProseBlock[]>();

/**
 * Converts a .docx document in place: its text becomes the paragraphs, one per line (what
 * positions refer to), and its blocks are kept for the reader. The bytes arrive as a latin1
 * string (decode.ts); mammoth is asynchronous, so this runs before the (synchronous) readers.
 */
export async function prepareDocx(doc: SourceDocument): Promise<void> {
  if (doc.format !== "docx" || prepared.has(doc)) return;
  const html = (await docxToHtml(Buffer.from(doc.text, "latin1"))).replace(/<br\s*\/?>/gi, " ");
  const lines: string[] = [];
  const blocks: ProseBlock[] = [];
  let offset = 0;
  for (const b of htmlBlocks(html)) {
    const text = b.text.replace(/\n/g, " ");
    blocks.push({ kind: b.kind, level: b.level, text, map: [[0, offset]], start: offset, end: offset + text.length, ...(b.listItem ? { listItem: true } : {}), ...(b.listLevel ? { listLevel: b.listLevel } : {}) });
    lines.push(text);
    offset += text.length + 1;
  }
  doc.text = lines.join("\n");
  prepared.set(doc, blocks);
}

export const docxReader: Reader = {
  format: "docx",
  read(doc, hints) {
    const blocks = prepared.get(doc);
    if (!blocks) throw new InputError("internal: the Word document was not converted before reading (prepareDocuments)");
    return readProseBlocks(doc, blocks, hints);
  },
};

// ---------------------------------------------------------------------------------------------
// Writing

export interface DocxParagraph {
  /** Heading level 1–3, or 0 for body text. */
  level: number;
  text: string;
  /** A Word comment anchored on the paragraph (guidance that is not part of the text). */
  comment?: string;
}

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

function esc(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

function run(text: string): string {
  return `<w:r><w:t xml:space="preserve">${esc(text)}</w:t></w:r>`;
}

function documentXml(paragraphs: DocxParagraph[]): string {
  let id = 0;
  const body = paragraphs.map((p) => {
    const style = p.level > 0 ? `<w:pPr><w:pStyle w:val="Heading${Math.min(p.level, 3)}"/></w:pPr>` : "";
    if (p.comment === undefined) return `<w:p>${style}${run(p.text)}</w:p>`;
    const c = id++;
    return `<w:p>${style}<w:commentRangeStart w:id="${c}"/>${run(p.text)}<w:commentRangeEnd w:id="${c}"/><w:r><w:commentReference w:id="${c}"/></w:r></w:p>`;
  });
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document ${W}><w:body>${body.join("")}<w:sectPr/></w:body></w:document>`;
}

function commentsXml(paragraphs: DocxParagraph[]): string {
  const comments = paragraphs
    .filter((p) => p.comment !== undefined)
    .map((p, i) => `<w:comment w:id="${i}" w:author="disclint" w:initials="DL"><w:p>${run(p.comment!)}</w:p></w:comment>`);
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:comments ${W}>${comments.join("")}</w:comments>`;
}

const STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles ${W}><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:pPr><w:spacing w:after="160"/></w:pPr></w:style>${[1, 2, 3]
  .map(
    (n) =>
      `<w:style w:type="paragraph" w:styleId="Heading${n}"><w:name w:val="heading ${n}"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:pPr><w:keepNext/><w:outlineLvl w:val="${n - 1}"/></w:pPr><w:rPr><w:b/><w:sz w:val="${34 - 4 * n}"/></w:rPr></w:style>`,
  )
  .join("")}</w:styles>`;

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/></Types>`;

const ROOT_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`;

const DOCUMENT_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/></Relationships>`;

/** A zip archive of the entries, deflated, with a fixed timestamp: the same input gives the same bytes. */
export function zip(entries: [string, string][]): Buffer {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  const DOS_TIME = 0;
  const DOS_DATE = (0 << 9) | (1 << 5) | 1; // 1980-01-01
  for (const [name, content] of entries) {
    const data = Buffer.from(content, "utf8");
    const packed = deflateRawSync(data, { level: 9 });
    const nameBytes = Buffer.from(name, "utf8");
    const crc = crc32(data) >>> 0;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt16LE(DOS_TIME, 10);
    local.writeUInt16LE(DOS_DATE, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    local.writeUInt16LE(0, 28);
    const head = Buffer.alloc(46);
    head.writeUInt32LE(0x02014b50, 0);
    head.writeUInt16LE(20, 4);
    head.writeUInt16LE(20, 6);
    head.writeUInt16LE(0x0800, 8);
    head.writeUInt16LE(8, 10);
    head.writeUInt16LE(DOS_TIME, 12);
    head.writeUInt16LE(DOS_DATE, 14);
    head.writeUInt32LE(crc, 16);
    head.writeUInt32LE(packed.length, 20);
    head.writeUInt32LE(data.length, 24);
    head.writeUInt16LE(nameBytes.length, 28);
    head.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, packed);
    central.push(head, nameBytes);
    offset += local.length + nameBytes.length + packed.length;
  }
  const dir = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, dir, end]);
}

/** A minimal Word document: Heading 1–3 and Normal paragraphs, with comments. */
export function buildDocx(paragraphs: DocxParagraph[]): Buffer {
  return zip([
    ["[Content_Types].xml", CONTENT_TYPES],
    ["_rels/.rels", ROOT_RELS],
    ["word/_rels/document.xml.rels", DOCUMENT_RELS],
    ["word/document.xml", documentXml(paragraphs)],
    ["word/styles.xml", STYLES],
    ["word/comments.xml", commentsXml(paragraphs)],
  ]);
}

/**
 * A Markdown draft as a Word document: headings keep their level, paragraphs and list items are
 * Normal paragraphs, and each HTML comment becomes a Word comment on the paragraph before it.
 */
export function markdownToDocx(markdown: string): Buffer {
  const paragraphs: DocxParagraph[] = [];
  const comments = [...markdown.matchAll(/<!--([\s\S]*?)-->/g)].map((m) => ({ at: m.index, text: m[1].replace(/\s+/g, " ").trim() }));
  const blocks = markdownBlocks(markdown);
  for (const b of blocks) paragraphs.push({ level: b.kind === "heading" ? b.level : 0, text: b.listItem ? `• ${b.text}` : b.text });
  for (const c of comments) {
    // The comment belongs to the last block that starts before it (the heading it follows).
    let k = -1;
    blocks.forEach((b, i) => {
      if (b.start < c.at) k = i;
    });
    const p = paragraphs[Math.max(0, k)];
    if (p) p.comment = p.comment ? `${p.comment} ${c.text}` : c.text;
  }
  return buildDocx(paragraphs);
}
