// Every file disclint reads (inputs, configs, rules, lexicons, baselines) is read here: only a
// regular file, never more than a cap (checked before reading and while reading, since a file can
// grow), and — for the asynchronous reads of a run — on a bounded number of open files, with
// EMFILE/ENFILE retried rather than taken for "unreadable".
import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from "node:fs";
import { closeFd, fstatOf, openFd, readInto } from "./fs-async.js";

/** A file that cannot be read, with a one-line reason ("not a regular file (a FIFO)", "file is 3.1 MB, over the 1 MB limit"). */
export class ReadFileError extends Error {
  constructor(
    message: string,
    readonly code?: string,
  ) {
    super(message);
    this.name = "ReadFileError";
  }
}

const MB = 1024 * 1024;

/** "file is 250.1 MB, over the 200 MB limit": N rounds up so it never prints as equal to the limit. */
export function sizeLimitMessage(size: number, maxBytes: number): string {
  return `file is ${Math.ceil((size / MB) * 10) / 10} MB, over the ${limitMb(maxBytes)} MB limit`;
}

export function limitMb(maxBytes: number): number {
  return Math.round((maxBytes / MB) * 10) / 10;
}

// O_NONBLOCK: opening a FIFO must not wait for a writer (it is refused once fstat shows what it is).
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

function kindOf(st: Stats): string | undefined {
  if (st.isFile()) return undefined;
  if (st.isDirectory()) return "is a directory";
  if (st.isFIFO()) return "not a regular file (a FIFO)";
  if (st.isCharacterDevice() || st.isBlockDevice()) return "not a regular file (a device)";
  if (st.isSocket()) return "not a regular file (a socket)";
  return "not a regular file";
}

function fsMessage(err: NodeJS.ErrnoException): string {
  switch (err.code) {
    case "ENOENT":
      // A name with bytes that are not UTF-8 (a stranger's file in a pull request) is listed by a walk or glob with
      // U+FFFD in their place, and no file has that name: say why, rather than that a file that is there is not.
      return typeof err.path === "string" && err.path.includes("\ufffd")
        ? "no such file by this name: its name holds bytes that are not UTF-8 (shown as \ufffd), which disclint cannot open; rename the file"
        : "no such file";
    case "EISDIR":
      return "is a directory";
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "ELOOP":
      return "too many levels of symbolic links";
    case "ENAMETOOLONG":
      return "file name too long";
    case "ENOTDIR":
      return "no such file (a parent in the path is not a directory)";
    case "ENXIO":
      return "not a regular file (a socket or device with nothing behind it)";
    default:
      return `cannot read file (${err.code ?? err.message})`;
  }
}

function asReadError(err: unknown): ReadFileError {
  if (err instanceof ReadFileError) return err;
  const e = err as NodeJS.ErrnoException;
  return new ReadFileError(fsMessage(e), e?.code);
}

/** Synchronous: for configs, rules, lexicons and baselines, which are read before a run starts. */
export function readRegularFileSync(path: string, maxBytes: number): Buffer {
  let fd: number | undefined;
  try {
    fd = openSync(path, OPEN_FLAGS);
    const st = fstatSync(fd);
    const wrong = kindOf(st);
    if (wrong) throw new ReadFileError(wrong);
    if (st.size > maxBytes) throw new ReadFileError(sizeLimitMessage(st.size, maxBytes));
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(Math.max(st.size + 1 - total, 64 * 1024), 4 * MB, maxBytes + 1 - total));
      const n = readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      total += n;
      if (total > maxBytes) throw new ReadFileError(`file is over the ${limitMb(maxBytes)} MB limit`);
      chunks.push(n === chunk.length ? chunk : chunk.subarray(0, n));
    }
    return chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, total);
  } catch (err) {
    throw asReadError(err);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** The same, as text (UTF-8, a BOM left in place). */
export function readRegularTextSync(path: string, maxBytes: number): string {
  return readRegularFileSync(path, maxBytes).toString("utf8");
}

// ---------------------------------------------------------------------------------------------
// Asynchronous reads on a bounded pool of open files

/** Open files this module holds at once (per thread: each worker has its own pool). */
export const OPEN_FILE_SLOTS = 32;
const EMFILE_RETRIES = 50;

let free = OPEN_FILE_SLOTS;
const waiting: Array<() => void> = [];

async function slot<T>(work: () => Promise<T>): Promise<T> {
  if (free > 0) free--;
  else await new Promise<void>((resolve) => waiting.push(resolve));
  try {
    return await work();
  } finally {
    const next = waiting.shift();
    if (next) next();
    else free++;
  }
}

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Runs `work` (which opens one file) in a slot of the pool; when the process is out of file
 * descriptors (EMFILE, ENFILE: other code holds them) it waits and tries again, and reports it if
 * that lasts.
 */
export async function withOpenFile<T>(work: () => Promise<T>): Promise<T> {
  return slot(async () => {
    for (let attempt = 0; ; attempt++) {
      try {
        return await work();
      } catch (err) {
        const code = (err as NodeJS.ErrnoException)?.code;
        if ((code !== "EMFILE" && code !== "ENFILE") || attempt >= EMFILE_RETRIES) throw err;
        await delay(Math.min(5 * 2 ** Math.min(attempt, 6), 200));
      }
    }
  });
}

/**
 * Reads a regular file of at most `maxBytes`, or the first `maxBytes` bytes of it when `head` is
 * set (no size error then). Throws ReadFileError with a one-line reason.
 */
export async function readRegularFile(path: string, maxBytes: number, head = false): Promise<Buffer> {
  try {
    return await withOpenFile(async () => {
      const fd = await openFd(path, OPEN_FLAGS);
      try {
        const st = await fstatOf(fd);
        const wrong = kindOf(st);
        if (wrong) throw new ReadFileError(wrong);
        if (!head && st.size > maxBytes) throw new ReadFileError(sizeLimitMessage(st.size, maxBytes));
        const want = head ? Math.min(st.size, maxBytes) : st.size;
        const buf = Buffer.allocUnsafe(want + (head ? 0 : 1));
        let total = 0;
        while (total < buf.length) {
          const bytesRead = await readInto(fd, buf, total, buf.length - total);
          if (bytesRead === 0) break;
          total += bytesRead;
        }
        if (!head && total > st.size) {
          // It grew after the stat: read on, within the cap.
          const more: Buffer[] = [buf.subarray(0, total)];
          for (;;) {
            if (total > maxBytes) throw new ReadFileError(`file is over the ${limitMb(maxBytes)} MB limit`);
            const chunk = Buffer.allocUnsafe(Math.min(MB, maxBytes + 1 - total));
            const bytesRead = await readInto(fd, chunk, 0, chunk.length);
            if (bytesRead === 0) break;
            total += bytesRead;
            more.push(chunk.subarray(0, bytesRead));
          }
          if (total > maxBytes) throw new ReadFileError(`file is over the ${limitMb(maxBytes)} MB limit`);
          return Buffer.concat(more, total);
        }
        return buf.subarray(0, total);
      } finally {
        await closeFd(fd);
      }
    });
  } catch (err) {
    throw asReadError(err);
  }
}

// ---------------------------------------------------------------------------------------------
// JSON files

/**
 * The parse error without the excerpt of the text V8 quotes (`Unexpected token 'x', "…" is not
 * valid JSON`): the excerpt spans lines and can be any file's content, e.g. a foreign file in a
 * rules folder. Position and line/column stay.
 */
export function jsonErrorMessage(err: unknown): string {
  const message = err instanceof Error ? err.message : String(err);
  return message
    // V8 quotes the text, whole or cut short ('"…"... is not valid JSON'): never ours to print.
    .replace(/,\s*"[\s\S]*"(?:\.\.\.)? is not valid JSON$/, "")
    .replace(/\s*[\r\n\u2028\u2029]+\s*/g, " ")
    .slice(0, 200);
}

/** JSON.parse, a BOM allowed; throws ReadFileError("invalid JSON: …") without quoting the text. */
export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (err) {
    throw new ReadFileError(`invalid JSON: ${jsonErrorMessage(err)}`);
  }
}

/** A regular JSON file of at most `maxBytes`. */
export function readJsonSync(path: string, maxBytes: number): unknown {
  return parseJson(readRegularTextSync(path, maxBytes));
}

/**
 * How deep a config's objects and arrays may nest (a real one: 5, a rule's options a few more; a user's rule files too). A pull request's config
 * with rule options nested 200,000 deep was read, then crashed a batch's worker start (postMessage's structured clone
 * overflowed the stack: a stack trace and exit code 1) and made --print-config an internal error (round 44).
 */
export const MAX_NESTING = 64;

/** Whether `value` nests objects or arrays deeper than `max` (read without recursion: the depth is the stranger's). */
export function nestedDeeperThan(value: unknown, max: number): boolean {
  const stack: Array<[unknown, number]> = [[value, 1]];
  while (stack.length) {
    const [v, depth] = stack.pop()!;
    if (v === null || typeof v !== "object") continue;
    if (depth > max) return true;
    for (const child of Object.values(v)) if (child !== null && typeof child === "object") stack.push([child, depth + 1]);
  }
  return false;
}
