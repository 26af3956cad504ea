import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { jsonErrorMessage, OPEN_FILE_SLOTS, readRegularFile, readRegularTextSync, withOpenFile } from "../../src/sources/read-file.js";

const dir = mkdtempSync(join(tmpdir(), "disclint-read-file-"));

describe("read-file", () => {
  it("reads regular files within the cap, sync and async; refuses the rest with one line", async () => {
    const f = join(dir, "a.txt");
    writeFileSync(f, "hello");
    expect(readRegularTextSync(f, 10)).toBe("hello");
    expect((await readRegularFile(f, 10)).toString()).toBe("hello");
    expect((await readRegularFile(f, 2, true)).toString()).toBe("he");
    expect(() => readRegularTextSync(f, 2)).toThrow("file is 0.1 MB, over the 0 MB limit");
    await expect(readRegularFile(f, 2)).rejects.toThrow(/over the 0 MB limit/);
    execFileSync("mkfifo", [join(dir, "p")]);
    expect(() => readRegularTextSync(join(dir, "p"), 10)).toThrow("not a regular file (a FIFO)");
    await expect(readRegularFile(join(dir, "p"), 10)).rejects.toThrow("not a regular file (a FIFO)");
    expect(() => readRegularTextSync("/dev/zero", 10)).toThrow("not a regular file (a device)");
    expect(() => readRegularTextSync(dir, 10)).toThrow("is a directory");
    expect(() => readRegularTextSync(join(dir, "none"), 10)).toThrow("no such file");
  });

  it("retries EMFILE instead of reporting it, and holds at most OPEN_FILE_SLOTS at once", async () => {
    let tries = 0;
    const value = await withOpenFile(async () => {
      if (++tries < 3) throw Object.assign(new Error("too many open files"), { code: "EMFILE" });
      return 42;
    });
    expect([value, tries]).toEqual([42, 3]);
    let open = 0;
    let most = 0;
    await Promise.all(
      Array.from({ length: OPEN_FILE_SLOTS * 3 }, () =>
        withOpenFile(async () => {
          most = Math.max(most, ++open);
          await new Promise((r) => setTimeout(r, 1));
          open--;
        }),
      ),
    );
    expect(most).toBe(OPEN_FILE_SLOTS);
  });

  it("a JSON error never quotes the text", () => {
    let err: unknown;
    try {
      JSON.parse('{"a": secret-value\n::error::x}');
    } catch (e) {
      err = e;
    }
    expect(jsonErrorMessage(err)).not.toMatch(/secret-value|::error|\n/);
  });

  it("a JSON error never quotes the text, also when V8 cuts its quote short (a bad first byte of a long file)", () => {
    let err: unknown;
    try {
      JSON.parse(`\u0001secret-value ::error::x ${"y".repeat(100)}`);
    } catch (e) {
      err = e;
    }
    expect(String((err as Error).message)).toMatch(/\.\.\. is not valid JSON$/);
    expect(jsonErrorMessage(err)).not.toMatch(/secret-value|::error|is not valid JSON/);
  });
});
