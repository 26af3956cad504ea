import { InputError } from "../model/errors.js";
import type { SourceDocument } from "../model/types.js";
import { ReadFileError, readRegularFileSync, sizeLimitMessage } from "./read-file.js";

/** A decoded input file before its format is known. */
export type DecodedFile = Omit<SourceDocument, "format">;

export interface DecodeOptions {
  /** Refuse inputs larger than this many bytes (default DEFAULT_MAX_BYTES). */
  maxBytes?: number;
}

export const DEFAULT_MAX_BYTES = 200 * 1024 * 1024;

export { sizeLimitMessage };

// iconv-lite (~570 KB of code, ~10 ms of a cold start to load) decodes only files that are not
// UTF-8 or that declare another encoding: it is loaded when the first such file is read.
type Iconv = typeof import("iconv-lite");
let iconv: Iconv | undefined;

/** Thrown by decodeBytes when the bytes need iconv-lite and it is not loaded yet. */
class IconvNotLoaded extends Error {}

function codecs(): Iconv {
  if (!iconv) throw new IconvNotLoaded("iconv-lite is not loaded (call loadIconv first)");
  return iconv;
}

/** Loads iconv-lite, which decodeBytes needs for legacy encodings (decodeInput loads it when needed). */
export async function loadIconv(): Promise<void> {
  iconv ??= (await import("iconv-lite")).default;
}

/** decodeBytes, loading iconv-lite first when the bytes turn out to need it. */
export async function decodeInput(bytes: Uint8Array, file: string, opts: DecodeOptions = {}): Promise<{ text: string; encoding: string }> {
  try {
    return decodeBytes(bytes, file, opts);
  } catch (e) {
    if (!(e instanceof IconvNotLoaded)) throw e;
    await loadIconv();
    return decodeBytes(bytes, file, opts);
  }
}

/**
 * Bytes → text, never guessing silently: UTF-8 (BOM stripped), UTF-16 LE/BE (with BOM, or sniffed
 * from the NUL pattern), a declared legacy encoding, or Windows-1252 when the bytes clearly are.
 * Throws InputError with a one-line message for empty, binary, oversized or undecodable input.
 * A .docx (zip) comes back byte-for-byte as a latin1 string with encoding "binary".
 * A legacy encoding needs iconv-lite loaded (loadIconv; decodeInput does it).
 */
export function decodeBytes(bytes: Uint8Array, file: string, opts: DecodeOptions = {}): { text: string; encoding: string } {
  void file; // Messages are one line about the content; the caller attaches the file name.
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  if (bytes.length > maxBytes) throw new InputError(sizeLimitMessage(bytes.length, maxBytes));
  if (bytes.length === 0) throw new InputError("file is empty");
  const decoded = decode(bytes);
  if (decoded.encoding !== "binary" && decoded.text.trim() === "") {
    throw new InputError(decoded.text === "" ? "file is empty" : "file contains only whitespace");
  }
  return decoded;
}

function decode(bytes: Uint8Array): { text: string; encoding: string } {
  if (startsWith(bytes, [0xff, 0xfe, 0x00, 0x00]) || startsWith(bytes, [0x00, 0x00, 0xfe, 0xff])) {
    throw new InputError("UTF-32 is not supported; re-save the file as UTF-8");
  }
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return { text: strictUtf8(bytes.subarray(3)), encoding: "utf-8" };
  if (startsWith(bytes, [0xff, 0xfe])) return { text: utf16(bytes.subarray(2), "le"), encoding: "utf-16le" };
  if (startsWith(bytes, [0xfe, 0xff])) return { text: utf16(bytes.subarray(2), "be"), encoding: "utf-16be" };

  const magic = binaryMagic(bytes);
  if (magic === "zip") {
    // A .docx is a zip with word/document.xml; its reader wants the bytes back, losslessly.
    if (looksLikeDocx(bytes)) return { text: asBuffer(bytes).toString("latin1"), encoding: "binary" };
    throw new InputError("binary file (zip archive), not a disclosure");
  }
  if (magic) throw new InputError(`binary file (${magic}), not a disclosure`);

  const sniffed = sniffUtf16(bytes);
  if (sniffed) return { text: utf16(bytes, sniffed), encoding: `utf-16${sniffed}` };

  const sampled = Math.min(bytes.length, SAMPLE);
  if (controlCount(bytes, sampled) / sampled > CONTROL_RATIO) throw new InputError("binary file, not a disclosure");
  // Buffer's indexOf is memchr; a Uint8Array's walks the bytes one by one (~25× slower on 1.5 MB).
  const nul = asBuffer(bytes).indexOf(0);
  if (nul !== -1) throw nulError(new TextDecoder("utf-8").decode(bytes.subarray(0, nul + 1)), nul);

  const declared = declaredEncoding(bytes);
  const utf8 = tryUtf8(bytes);
  if (utf8 !== undefined) {
    // Valid UTF-8 wins over a stale legacy declaration (decoding it as cp1252 would be mojibake);
    // pure ASCII reads the same either way, so then the declaration names the encoding.
    const ascii = utf8.length === bytes.length;
    return { text: utf8, encoding: ascii && declared && declared !== "utf-8" && knownEncoding(declared) ? declared : "utf-8" };
  }

  const scan = scanUtf8(bytes);
  const at = badByte(bytes, scan.firstInvalid);
  if (scan.truncatedAtEnd) {
    throw new InputError(`file ends inside a UTF-8 character (${at.text}); was it cut short?`, at.line, at.column);
  }
  if (declared === "utf-8") {
    throw new InputError(`not valid UTF-8 (${at.text}), although the file declares utf-8`, at.line, at.column);
  }
  if (scan.plausibleMultibyte > 0 && (declared === undefined || declared === "windows-1252")) {
    // Real UTF-8 characters next to invalid bytes: decoding either way would garble part of the text.
    throw new InputError(`mixed encodings: valid UTF-8 characters and invalid bytes (${at.text}); re-save the file as UTF-8`, at.line, at.column);
  }
  if (declared !== undefined) {
    if (!codecs().encodingExists(declared)) throw new InputError(`unsupported encoding "${declared}" declared in the file; re-save it as UTF-8`);
    const text = codecs().decode(asBuffer(bytes), declared);
    const bad = text.indexOf("\uFFFD");
    if (bad === -1) return { text, encoding: declared };
    if (declared === "windows-1252") {
      // Single-byte: character index = byte index.
      const { line, column } = lineColInText(text, bad);
      throw new InputError(`not valid windows-1252 (byte 0x${hex(bytes[bad])} at line ${line}, column ${column}), although the file declares it`, line, column);
    }
    throw new InputError(`not valid ${declared}, although the file declares it`);
  }
  if (looksLikeCp1252(bytes)) return { text: codecs().decode(asBuffer(bytes), "windows-1252"), encoding: "windows-1252" };
  throw new InputError(`not valid UTF-8 (${at.text}) and not recognisably Windows-1252; re-save the file as UTF-8`, at.line, at.column);
}

/**
 * Whether iconv-lite decodes `label`. Most declarations are normalised to windows-1252, which it
 * does: answered without asking, because iconv-lite's first encodingExists loads every one of its
 * code tables (~14 ms), a cost a pure-ASCII filing that declares a charset need not pay.
 */
function knownEncoding(label: string): boolean {
  return label === "windows-1252" || codecs().encodingExists(label);
}

/** Read a regular file (within the size cap) and decode it. File-system failures become InputError. */
/**
 * A decoded file with its fields written out in one order by one literal (round 39): built by
 * spreading (`{ file, ...decoded }`, then `{ ...decoded, format }`) the objects had one hidden class
 * for the first file and another (two fields out of the object) for every later one, and the
 * optimised reader of the markup (ixbrl.ts's scanDocument, readIxbrlSet) was thrown out ("wrong map")
 * at each change and compiled again.
 */
export function decodedFile(file: string, decoded: { text: string; encoding: string }): DecodedFile {
  return { file, text: decoded.text, encoding: decoded.encoding };
}

export async function readInput(file: string, opts: DecodeOptions = {}): Promise<DecodedFile> {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  let bytes: Uint8Array;
  try {
    // Synchronously: a lint worker reads one file at a time, and an asynchronous open and read
    // only left it idle between thread-pool round trips.
    bytes = readRegularFileSync(file, maxBytes);
  } catch (err) {
    if (err instanceof ReadFileError) throw new InputError(err.message);
    throw err;
  }
  return decodedFile(file, await decodeInput(bytes, file, { maxBytes }));
}

// ---------------------------------------------------------------------------------------------

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  if (bytes.length < prefix.length) return false;
  for (let i = 0; i < prefix.length; i++) if (bytes[i] !== prefix[i]) return false;
  return true;
}

function hex(b: number): string {
  return b.toString(16).toUpperCase().padStart(2, "0");
}

const MAGICS: Array<[number[], string]> = [
  [[0x50, 0x4b, 0x03, 0x04], "zip"],
  [[0x50, 0x4b, 0x05, 0x06], "zip"],
  [[0x25, 0x50, 0x44, 0x46, 0x2d], "PDF document"],
  [[0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], "legacy Office document"],
  [[0x1f, 0x8b], "gzip archive"],
  [[0x89, 0x50, 0x4e, 0x47], "PNG image"],
  [[0xff, 0xd8, 0xff], "JPEG image"],
  [[0x7f, 0x45, 0x4c, 0x46], "executable"],
];

function binaryMagic(bytes: Uint8Array): string | undefined {
  for (const [prefix, name] of MAGICS) if (startsWith(bytes, prefix)) return name;
  return undefined;
}

function looksLikeDocx(bytes: Uint8Array): boolean {
  // Entry names are stored uncompressed in the local headers and the central directory.
  return asBuffer(bytes).includes("word/document.xml", 0, "latin1");
}

// Controls other than tab, LF, VT, FF, CR; text files have none or a handful.
const CONTROL_RATIO = 0.02;
const SAMPLE = 64 * 1024;

/** The characters isControl counts, as a latin1 string holds the bytes. */
const CONTROL_CHARS: readonly string[] = [
  "\x00", "\x01", "\x02", "\x03", "\x04", "\x05", "\x06", "\x07", "\x08", "\x0e", "\x0f", "\x10", "\x11", "\x12", "\x13",
  "\x14", "\x15", "\x16", "\x17", "\x18", "\x19", "\x1a", "\x1b", "\x1c", "\x1d", "\x1e", "\x1f", "\x7f",
];

/**
 * Whether the first n bytes hold a byte isControl counts: one native search (memchr) per such byte
 * in the bytes read as a latin1 string (round 40: a regex over that string read every character,
 * ~0.9 M instructions a 64 KB sample; text files have none, so all 28 searches run to the sample's
 * end). String indexOf, not Buffer's: Buffer.indexOf goes through Node's JavaScript, which a
 * cold start compiles (+6 M instructions for one R page, measured).
 */
function hasControlByte(bytes: Uint8Array, n: number): boolean {
  const head = asBuffer(bytes).toString("latin1", 0, n);
  for (const c of CONTROL_CHARS) if (head.indexOf(c) !== -1) return true;
  return false;
}

function isControl(c: number): boolean {
  return (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0b && c !== 0x0c && c !== 0x0d) || c === 0x7f;
}

/**
 * How many of the first n bytes are control characters. The ratio is worked out by the caller: code
 * after a loop that V8 optimised while it ran (on-stack replacement) has no type feedback, and a
 * division there was deoptimised on every later call (round 26: once per file read).
 */
function controlCount(bytes: Uint8Array, n: number): number {
  // Most files have none: a regular expression over the bytes read as latin1 (one byte a character)
  // says so in native code, where this loop ran ~29 instructions a byte (round 35: 1.9 M a filing).
  if (!hasControlByte(bytes, n)) return 0;
  let count = 0;
  for (let i = 0; i < n; i++) if (isControl(bytes[i])) count++;
  return count;
}

function textLooksBinary(text: string): boolean {
  const n = Math.min(text.length, SAMPLE);
  let count = 0;
  for (let i = 0; i < n; i++) if (isControl(text.charCodeAt(i))) count++;
  if (n > 0 && count / n > CONTROL_RATIO) return true;
  const nul = text.indexOf("\u0000");
  if (nul !== -1) throw nulError(text, text.length > nul ? nul : text.length);
  return false;
}

/** A text file with a stray NUL (a corrupted download, a bad export): say where, not just "binary". */
function nulError(text: string, at: number): InputError {
  // `text` holds at least everything up to the NUL; the NUL's offset in it is the last "\0" at or before `at`.
  const offset = text.lastIndexOf("\u0000", at);
  const { line, column } = lineColInText(text, offset < 0 ? 0 : offset);
  return new InputError(`NUL byte at line ${line}, column ${column}: a corrupted or binary file, not a disclosure`, line, column);
}

function strictUtf8(bytes: Uint8Array): string {
  const text = tryUtf8(bytes);
  if (text !== undefined) {
    if (textLooksBinary(text)) throw new InputError("binary file, not a disclosure");
    return text;
  }
  const at = badByte(bytes, scanUtf8(bytes).firstInvalid);
  throw new InputError(`not valid UTF-8 (${at.text}), although the file starts with a UTF-8 byte order mark`, at.line, at.column);
}

function tryUtf8(bytes: Uint8Array): string | undefined {
  try {
    // ignoreBOM false: a BOM is stripped, which is what every caller wants.
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

function utf16(body: Uint8Array, endian: "le" | "be"): string {
  const name = `UTF-16${endian.toUpperCase()}`;
  if (body.length % 2 !== 0) throw new InputError(`not valid ${name} (odd number of bytes); re-save the file as UTF-8`);
  let le = body;
  if (endian === "be") {
    le = new Uint8Array(body.length);
    for (let i = 0; i < body.length; i += 2) {
      le[i] = body[i + 1];
      le[i + 1] = body[i];
    }
  }
  let text: string;
  try {
    text = new TextDecoder("utf-16le", { fatal: true, ignoreBOM: true }).decode(le);
  } catch {
    throw new InputError(`not valid ${name} (unpaired surrogate); re-save the file as UTF-8`);
  }
  if (textLooksBinary(text)) throw new InputError("binary file, not a disclosure");
  return text;
}

/** UTF-16 without a BOM: ASCII-range text puts a NUL in every other byte, and only there. */
function sniffUtf16(bytes: Uint8Array): "le" | "be" | undefined {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return undefined;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  if (evenNul === 0 && oddNul >= pairs * 0.6 && bytes[0] !== 0) return "le";
  if (oddNul === 0 && evenNul >= pairs * 0.6 && bytes[1] !== 0) return "be";
  return undefined;
}

const LEGACY_ALIASES: Record<string, string> = {
  // WHATWG decodes all of these labels as windows-1252; so do browsers and EDGAR's viewer.
  "windows-1252": "windows-1252", cp1252: "windows-1252", "x-cp1252": "windows-1252",
  "iso-8859-1": "windows-1252", iso8859_1: "windows-1252", "iso8859-1": "windows-1252", "iso_8859-1": "windows-1252",
  latin1: "windows-1252", l1: "windows-1252", "us-ascii": "windows-1252", ascii: "windows-1252",
  "utf-8": "utf-8", utf8: "utf-8", "unicode-1-1-utf-8": "utf-8",
  // An 8-bit file cannot really be UTF-16 whatever it says (WHATWG: treat as UTF-8).
  "utf-16": "utf-8", "utf-16le": "utf-8", "utf-16be": "utf-8",
};

/** The encoding an XML declaration or an HTML meta tag names in the first 4 KB, normalised. */
export function declaredEncoding(bytes: Uint8Array): string | undefined {
  const head = asBuffer(bytes.subarray(0, 4096)).toString("latin1");
  const m =
    /^\s*<\?xml\b[^>]*?\bencoding\s*=\s*["']\s*([A-Za-z0-9._:-]+)/.exec(head) ??
    /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)/i.exec(head);
  if (!m) return undefined;
  const label = m[1].toLowerCase();
  return Object.hasOwn(LEGACY_ALIASES, label) ? LEGACY_ALIASES[label] : label;
}

interface Utf8Scan {
  /** Byte offset of the first invalid sequence (or bytes.length). */
  firstInvalid: number;
  /** The only problem is an incomplete sequence at the very end. */
  truncatedAtEnd: boolean;
  /** Well-formed multi-byte sequences that decode to typical prose characters (é, ’, —, €, ™). */
  plausibleMultibyte: number;
}

function scanUtf8(bytes: Uint8Array): Utf8Scan {
  let firstInvalid = -1;
  let plausible = 0;
  let truncatedAtEnd = false;
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const b = bytes[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    let need = 0;
    let cp = 0;
    if (b >= 0xc2 && b <= 0xdf) [need, cp] = [1, b & 0x1f];
    else if (b >= 0xe0 && b <= 0xef) [need, cp] = [2, b & 0x0f];
    else if (b >= 0xf0 && b <= 0xf4) [need, cp] = [3, b & 0x07];
    let ok = need > 0;
    for (let j = 1; ok && j <= need; j++) {
      if (i + j >= n) {
        // Every byte so far fit: the file stops in the middle of a character.
        if (firstInvalid < 0) {
          firstInvalid = i;
          truncatedAtEnd = true;
        }
        return { firstInvalid, truncatedAtEnd, plausibleMultibyte: plausible };
      }
      const c = bytes[i + j];
      if ((c & 0xc0) !== 0x80) ok = false;
      else cp = (cp << 6) | (c & 0x3f);
    }
    const min = need === 1 ? 0x80 : need === 2 ? 0x800 : 0x10000;
    if (ok && (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))) ok = false;
    if (ok) {
      if ((cp >= 0xa0 && cp <= 0x24f) || (cp >= 0x2000 && cp <= 0x206f) || cp === 0x20ac || cp === 0x2122) plausible++;
      i += need + 1;
    } else {
      if (firstInvalid < 0) firstInvalid = i;
      i++;
    }
  }
  return { firstInvalid: firstInvalid < 0 ? n : firstInvalid, truncatedAtEnd: false, plausibleMultibyte: plausible };
}

// Bytes Windows-1252 leaves undefined.
const CP1252_UNDEFINED = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);
// Symbols that stand alone in prose: nbsp § © ® ° ± · ¶ £ ¥ ¢ « » ½ ¼ ¾.
const LATIN1_SYMBOLS = new Set([0xa0, 0xa7, 0xa9, 0xae, 0xb0, 0xb1, 0xb7, 0xb6, 0xa3, 0xa5, 0xa2, 0xab, 0xbb, 0xbd, 0xbc, 0xbe]);

function isAsciiLetter(c: number | undefined): boolean {
  return c !== undefined && ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a));
}

/** A soft hyphen (windows-1252 and Latin-1 0xAD) is evidence only where a word processor puts one: between two letters. */
const SOFT_HYPHEN = 0xad;

/** An ASCII letter or a high byte of the Latin-1 letter range (0xC0–0xFF), as windows-1252 prose has inside its words. */
function isLetterByte(c: number | undefined): boolean {
  return isAsciiLetter(c) || (c !== undefined && c >= 0xc0);
}

/**
 * Windows-1252 prose: its punctuation (0x80–0x9F: ’ “ ” – — … • ™ €), or accented letters inside
 * words; never undefined bytes, long runs of high bytes (other code pages), or a high-byte-heavy text.
 * Without a 0x80–0x9F byte every high byte must sit in a word or be a common symbol; a soft
 * hyphen (0xAD) between two letters sits in a word (the readers drop it).
 */
function looksLikeCp1252(bytes: Uint8Array): boolean {
  let high = 0;
  let run = 0;
  let cpPunct = 0;
  let unexplained = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (b < 0x80) {
      run = 0;
      continue;
    }
    high++;
    if (++run > 3 || CP1252_UNDEFINED.has(b)) return false;
    if (b <= 0x9f) cpPunct++;
    else if (b >= 0xc0 && b !== 0xd7 && b !== 0xf7) {
      const prev = bytes[i - 1];
      const next = bytes[i + 1];
      const inWord = isLetterByte(prev) || isLetterByte(next);
      if (!inWord) unexplained++;
    } else if (b === SOFT_HYPHEN ? !(isLetterByte(bytes[i - 1]) && isLetterByte(bytes[i + 1])) : !LATIN1_SYMBOLS.has(b)) unexplained++;
  }
  if (high === 0 || high / bytes.length > 0.25) return false;
  return cpPunct > 0 || unexplained === 0;
}

function asBuffer(bytes: Uint8Array): Buffer {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
}

/** "byte 0x93 at line 3, column 14", with line and column for InputError. */
function badByte(bytes: Uint8Array, offset: number): { line: number; column: number; text: string } {
  // Everything before the first invalid byte is valid UTF-8, so its decoding gives the position.
  const before = new TextDecoder("utf-8").decode(bytes.subarray(0, offset));
  const { line, column } = lineColInText(before, before.length);
  return { line, column, text: `byte 0x${hex(bytes[offset])} at line ${line}, column ${column}` };
}

/** 1-based line and column (UTF-16 code units, like every Position) of a text offset. */
function lineColInText(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf("\n"); i !== -1 && i < offset; i = text.indexOf("\n", i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}
