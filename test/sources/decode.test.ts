import { execFileSync } from "node:child_process";
import { chmod, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { InputError } from "../../src/model/errors.js";
import { declaredEncoding, decodeBytes, loadIconv, readInput, sizeLimitMessage } from "../../src/sources/decode.js";

// decodeBytes reads legacy encodings with iconv-lite, which readInput loads on demand.
beforeAll(loadIconv);

const SAMPLE = "Northwind Ledger Corp.\r\nOur CISO’s “defence-in-depth” programme — reviewed quarterly… 😀\n";

const utf8 = (s: string) => new Uint8Array(Buffer.from(s, "utf8"));
const bytes = (...parts: Array<string | number[]>) =>
  new Uint8Array(Buffer.concat(parts.map((p) => (typeof p === "string" ? Buffer.from(p, "latin1") : Buffer.from(p)))));

function utf16le(s: string, bom = true): Uint8Array {
  return new Uint8Array(Buffer.concat([Buffer.from(bom ? [0xff, 0xfe] : []), Buffer.from(s, "utf16le")]));
}
function utf16be(s: string): Uint8Array {
  const le = Buffer.from(s, "utf16le");
  for (let i = 0; i < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1], le[i]];
  return new Uint8Array(Buffer.concat([Buffer.from([0xfe, 0xff]), le]));
}

/** The InputError thrown, for exact message/line/column assertions. */
function errorOf(f: () => unknown): InputError {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(InputError);
    return e as InputError;
  }
  throw new Error("expected an InputError");
}

describe("decodeBytes: Unicode", () => {
  it("reads UTF-8 as is", () => {
    expect(decodeBytes(utf8(SAMPLE), "a.txt")).toEqual({ text: SAMPLE, encoding: "utf-8" });
  });

  it("strips a UTF-8 BOM", () => {
    expect(decodeBytes(bytes([0xef, 0xbb, 0xbf], [...utf8(SAMPLE)]), "a.txt")).toEqual({ text: SAMPLE, encoding: "utf-8" });
  });

  it("decodes UTF-16 LE and BE with a BOM to exactly the UTF-8 text", () => {
    expect(decodeBytes(utf16le(SAMPLE), "a.txt")).toEqual({ text: SAMPLE, encoding: "utf-16le" });
    expect(decodeBytes(utf16be(SAMPLE), "a.txt")).toEqual({ text: SAMPLE, encoding: "utf-16be" });
  });

  it("recognises UTF-16 LE without a BOM from its NUL pattern", () => {
    const xml = '<?xml version="1.0" encoding="UTF-16"?>\n<xbrli:xbrl/>\n';
    expect(decodeBytes(utf16le(xml, false), "a.xml")).toEqual({ text: xml, encoding: "utf-16le" });
  });

  it("rejects broken UTF-16 and UTF-32", () => {
    expect(errorOf(() => decodeBytes(bytes([0xff, 0xfe, 0x41, 0x00, 0x42]), "a.txt")).message).toBe(
      "not valid UTF-16LE (odd number of bytes); re-save the file as UTF-8",
    );
    expect(errorOf(() => decodeBytes(bytes([0xff, 0xfe, 0x00, 0xd8, 0x41, 0x00]), "a.txt")).message).toBe(
      "not valid UTF-16LE (unpaired surrogate); re-save the file as UTF-8",
    );
    expect(errorOf(() => decodeBytes(bytes([0xff, 0xfe, 0x00, 0x00, 0x41, 0, 0, 0]), "a.txt")).message).toBe(
      "UTF-32 is not supported; re-save the file as UTF-8",
    );
  });

  it("rejects invalid bytes after a UTF-8 BOM, with their position", () => {
    const e = errorOf(() => decodeBytes(bytes([0xef, 0xbb, 0xbf], "ab\ncd", [0x93]), "a.txt"));
    expect(e.message).toBe("not valid UTF-8 (byte 0x93 at line 2, column 3), although the file starts with a UTF-8 byte order mark");
    expect([e.line, e.column]).toEqual([2, 3]);
  });
});

describe("decodeBytes: Windows-1252 and declared encodings", () => {
  it("reads undeclared cp1252 prose (curly quotes, dashes)", () => {
    const input = bytes("Our CISO", [0x92], "s team ", [0x93], "monitors", [0x94], " threats ", [0x97], " daily.\n");
    expect(decodeBytes(input, "a.txt")).toEqual({ text: "Our CISO’s team “monitors” threats — daily.\n", encoding: "windows-1252" });
  });

  it("reads undeclared Latin-1 letters inside words", () => {
    expect(decodeBytes(bytes("Soci", [0xe9], "t", [0xe9], " G", [0xe9], "n", [0xe9], "rale, Z", [0xfc], "rich\n"), "a.txt")).toEqual({
      text: "Société Générale, Zürich\n",
      encoding: "windows-1252",
    });
  });

  it("honours a declared windows-1252 / iso-8859-1 encoding", () => {
    const xml = bytes('<?xml version="1.0" encoding="windows-1252"?>\n<p>caf', [0xe9], " ", [0xe9], "</p>\n");
    expect(decodeBytes(xml, "a.xml")).toEqual({ text: '<?xml version="1.0" encoding="windows-1252"?>\n<p>café é</p>\n', encoding: "windows-1252" });
    const html = bytes('<html><head><meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1"></head><body>', [0xe9], [0x80], "</body></html>");
    expect(decodeBytes(html, "a.htm").text).toContain("<body>é€</body>");
    expect(decodeBytes(html, "a.htm").encoding).toBe("windows-1252");
  });

  it("names the declared encoding of a pure-ASCII file, and prefers valid UTF-8 over a stale declaration", () => {
    expect(decodeBytes(utf8('<meta charset="windows-1252"><p>plain</p>'), "a.htm").encoding).toBe("windows-1252");
    expect(decodeBytes(utf8('<meta charset="windows-1252"><p>CISO’s</p>'), "a.htm")).toEqual({
      text: '<meta charset="windows-1252"><p>CISO’s</p>',
      encoding: "utf-8",
    });
  });

  it("finds the declaration in XML prologs and meta tags", () => {
    expect(declaredEncoding(utf8("<?xml version='1.0' encoding='ISO-8859-1'?><a/>"))).toBe("windows-1252");
    expect(declaredEncoding(utf8('<html><meta charset="utf-8"></html>'))).toBe("utf-8");
    expect(declaredEncoding(utf8('<html><meta charset="Shift_JIS"></html>'))).toBe("shift_jis");
    expect(declaredEncoding(utf8("<html><p>charset=koi8-r in text is not a declaration</p></html>"))).toBeUndefined();
  });

  it("refuses cp1252-looking bytes when the file declares utf-8", () => {
    const e = errorOf(() => decodeBytes(bytes('<?xml version="1.0" encoding="utf-8"?>\n<p>the CISO', [0x92], "s team</p>"), "a.xml"));
    expect(e.message).toBe("not valid UTF-8 (byte 0x92 at line 2, column 12), although the file declares utf-8");
    expect([e.line, e.column]).toEqual([2, 12]);
  });

  it("refuses a mix of real UTF-8 characters and stray bytes rather than garble either", () => {
    const e = errorOf(() => decodeBytes(bytes([...utf8("the CISO’s team\n")], "said ", [0x93], "no", [0x94]), "a.txt"));
    expect(e.message).toBe("mixed encodings: valid UTF-8 characters and invalid bytes (byte 0x93 at line 2, column 6); re-save the file as UTF-8");
  });

  it("refuses bytes that are neither UTF-8 nor plausible cp1252", () => {
    // KOI8-R Cyrillic: runs of high bytes.
    expect(errorOf(() => decodeBytes(bytes("Title: ", [0xf0, 0xd2, 0xc9, 0xd7, 0xc5, 0xd4], "\n"), "a.txt")).message).toBe(
      "not valid UTF-8 (byte 0xF0 at line 1, column 8) and not recognisably Windows-1252; re-save the file as UTF-8",
    );
    // 0x81 is undefined in cp1252.
    expect(errorOf(() => decodeBytes(bytes("a ", [0x81], " b ", [0x93], "c", [0x94]), "a.txt")).message).toBe(
      "not valid UTF-8 (byte 0x81 at line 1, column 3) and not recognisably Windows-1252; re-save the file as UTF-8",
    );
    // An isolated high letter between spaces is not evidence enough (could be Mac Roman, Latin-2, …).
    expect(errorOf(() => decodeBytes(bytes("see ", [0xd2], " and ", [0xd3], " here"), "a.txt")).message).toMatch(/^not valid UTF-8 \(byte 0xD2/);
  });

  it("reads a lone windows-1252 soft hyphen (0xAD) between two letters, and the text reader drops it (round 38)", async () => {
    // Failed at base: "not valid UTF-8 (byte 0xAD …) and not recognisably Windows-1252" (exit 2).
    const input = bytes("Our cyber", [0xad], "security program is overseen by the Audit Committee.\n");
    expect(decodeBytes(input, "a.txt")).toEqual({ text: "Our cyber\u00ADsecurity program is overseen by the Audit Committee.\n", encoding: "windows-1252" });
    const dir = await mkdtemp(join(tmpdir(), "disclint-shy-"));
    try {
      const file = join(dir, "item1c.txt");
      await writeFile(file, Buffer.concat([Buffer.from("Item 1C. Cybersecurity\n\nOur cyber", "latin1"), Buffer.from([0xad]), Buffer.from("security program is overseen by the Audit Committee.\n", "latin1")]));
      const { loadDisclosure } = await import("../../src/sources/load.js");
      const disclosure = await loadDisclosure([file]);
      expect(disclosure.section?.paragraphs.map((p) => p.text)).toEqual(["Our cybersecurity program is overseen by the Audit Committee."]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("still refuses a 0xAD that is not between two letters, and real binary", () => {
    // Not a soft hyphen: standing alone it is no evidence of windows-1252 (Latin-2's Ź, KOI8's ╜ …).
    expect(errorOf(() => decodeBytes(bytes("see ", [0xad], " here"), "a.txt")).message).toMatch(/^not valid UTF-8 \(byte 0xAD at line 1, column 5\) and not recognisably Windows-1252/);
    expect(errorOf(() => decodeBytes(bytes("cyber", [0xad, 0xad], "security"), "a.txt")).message).toMatch(/not recognisably Windows-1252/);
    expect(errorOf(() => decodeBytes(bytes("a", [0xad], "b", [0x00, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06]), "a.bin")).message).toMatch(/NUL byte|binary file/);
  });

  it("refuses an undefined byte in a declared windows-1252 file", () => {
    const e = errorOf(() => decodeBytes(bytes('<?xml version="1.0" encoding="windows-1252"?>\n<a>x', [0x8d], "</a>"), "a.xml"));
    expect(e.message).toBe("not valid windows-1252 (byte 0x8D at line 2, column 5), although the file declares it");
  });

  it("refuses an unknown declared encoding", () => {
    expect(errorOf(() => decodeBytes(bytes('<?xml version="1.0" encoding="x-klingon"?><a>', [0xe9], "</a>"), "a.xml")).message).toBe(
      'unsupported encoding "x-klingon" declared in the file; re-save it as UTF-8',
    );
  });

  it("says so when UTF-8 stops in the middle of a character", () => {
    const e = errorOf(() => decodeBytes(bytes([...utf8("risk — ok\nend ")], [0xe2, 0x80]), "a.txt"));
    expect(e.message).toBe("file ends inside a UTF-8 character (byte 0xE2 at line 2, column 5); was it cut short?");
  });
});

describe("decodeBytes: empty, binary, too big", () => {
  it("rejects empty and blank files", () => {
    expect(errorOf(() => decodeBytes(new Uint8Array(0), "a.txt")).message).toBe("file is empty");
    expect(errorOf(() => decodeBytes(bytes([0xef, 0xbb, 0xbf]), "a.txt")).message).toBe("file is empty");
    expect(errorOf(() => decodeBytes(bytes([0xff, 0xfe]), "a.txt")).message).toBe("file is empty");
    expect(errorOf(() => decodeBytes(utf8(" \r\n\t\n"), "a.txt")).message).toBe("file contains only whitespace");
  });

  it("rejects NUL bytes and control-character noise as binary", () => {
    expect(errorOf(() => decodeBytes(bytes("abc", [0, 1, 2, 3], "def"), "a.txt")).message).toBe("binary file, not a disclosure");
    const noise = new Uint8Array(1000).map((_, i) => (i % 10 === 0 ? 0x07 : 0x61));
    expect(errorOf(() => decodeBytes(noise, "a.txt")).message).toBe("binary file, not a disclosure");
    expect(errorOf(() => decodeBytes(utf16le("abc\u0000\u0001def"), "a.txt")).message).toBe("binary file, not a disclosure");
    expect(errorOf(() => decodeBytes(bytes([0xef, 0xbb, 0xbf], "abc", [0, 0, 0]), "a.txt")).message).toBe("binary file, not a disclosure");
  });

  it("counts each control byte, and only in the first 64 KB (round 40: found by a native search per byte)", () => {
    const control = (b: number) => (b < 0x20 && ![0x09, 0x0a, 0x0b, 0x0c, 0x0d].includes(b)) || b === 0x7f;
    for (let b = 0; b < 0x100; b++) {
      // 3% of a 1,000-byte text: over the 2% a binary file has.
      const noise = new Uint8Array(1000).map((_, i) => (i % 33 === 5 ? b : 0x61));
      const decoded = (() => {
        try {
          return decodeBytes(noise, "a.txt").encoding;
        } catch (e) {
          return (e as Error).message;
        }
      })();
      if (control(b)) expect([b, decoded]).toEqual([b, "binary file, not a disclosure"]);
      else expect([b, decoded]).not.toEqual([b, "binary file, not a disclosure"]);
    }
    // 2% exactly is not over it; past the first 64 KB nothing counts.
    expect(decodeBytes(new Uint8Array(1000).map((_, i) => (i % 50 === 1 ? 0x01 : 0x61)), "a.txt").encoding).toBe("utf-8");
    const late = new Uint8Array(70 * 1024).fill(0x61);
    late.fill(0x1b, 64 * 1024, 66 * 1024);
    expect(decodeBytes(late, "a.txt").encoding).toBe("utf-8");
    late[64 * 1024 - 1] = 0x1b;
    expect(decodeBytes(late, "a.txt").encoding).toBe("utf-8");
    late.fill(0x1b, 0, 2000);
    expect(errorOf(() => decodeBytes(late, "a.txt")).message).toBe("binary file, not a disclosure");
  });

  it("names common binary formats", () => {
    expect(errorOf(() => decodeBytes(utf8("%PDF-1.7\n%âãÏÓ\n1 0 obj"), "a.txt")).message).toBe("binary file (PDF document), not a disclosure");
    expect(errorOf(() => decodeBytes(bytes([0x1f, 0x8b, 8, 0]), "a.txt")).message).toBe("binary file (gzip archive), not a disclosure");
    expect(errorOf(() => decodeBytes(bytes([0x50, 0x4b, 3, 4], "xl/workbook.xml"), "a.xlsx")).message).toBe(
      "binary file (zip archive), not a disclosure",
    );
  });

  it("passes a .docx through losslessly as a latin1 string", () => {
    const zip = bytes([0x50, 0x4b, 3, 4, 0x14, 0, 0, 0, 0xff, 0x80], "word/document.xml", [0, 0x9c]);
    const out = decodeBytes(zip, "a.docx");
    expect(out.encoding).toBe("binary");
    expect(new Uint8Array(Buffer.from(out.text, "latin1"))).toEqual(zip);
  });

  it("enforces maxBytes", () => {
    const e = errorOf(() => decodeBytes(new Uint8Array(1.5 * 1024 * 1024).fill(0x61), "a.txt", { maxBytes: 1024 * 1024 }));
    expect(e.message).toBe("file is 1.5 MB, over the 1 MB limit");
    // Just over the limit never prints as equal to it.
    expect(sizeLimitMessage(200 * 1024 * 1024 + 1, 200 * 1024 * 1024)).toBe("file is 200.1 MB, over the 200 MB limit");
  });
});

describe("readInput", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "disclint-decode-"));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("reads and decodes a file", async () => {
    const f = join(dir, "item1c.txt");
    await writeFile(f, utf16le(SAMPLE));
    expect(await readInput(f)).toEqual({ file: f, text: SAMPLE, encoding: "utf-16le" });
  });

  it("maps file-system errors to one-line InputErrors", async () => {
    await expect(readInput(join(dir, "missing.txt"))).rejects.toThrow(new InputError("no such file"));
    await expect(readInput(dir)).rejects.toThrow(new InputError("is a directory"));
    await expect(readInput(join(dir, "item1c.txt", "x"))).rejects.toThrow(/^no such file/);
  });

  it.skipIf(process.getuid?.() === 0)("reports unreadable files", async () => {
    const f = join(dir, "locked.txt");
    await writeFile(f, "secret");
    await chmod(f, 0o000);
    await expect(readInput(f)).rejects.toThrow(new InputError("permission denied"));
  });

  it("refuses a pipe at once, without waiting for a writer (only regular files are read)", async () => {
    const fifo = join(dir, "pipe");
    execFileSync("mkfifo", [fifo]);
    await expect(readInput(fifo)).rejects.toThrow(new InputError("not a regular file (a FIFO)"));
    await expect(readInput("/dev/zero")).rejects.toThrow(new InputError("not a regular file (a device)"));
  });

  it("refuses an oversized file before reading it", async () => {
    const f = join(dir, "big.txt");
    await writeFile(f, Buffer.alloc(3 * 1024 * 1024 + 10, 0x61));
    await expect(readInput(f, { maxBytes: 2 * 1024 * 1024 })).rejects.toThrow(new InputError("file is 3.1 MB, over the 2 MB limit"));
  });
});
