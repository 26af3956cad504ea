// The CLI's standard output and error. process.stdout and process.stderr load Node's stream stack on
// first use (~30 M instructions, 2.5% of a cold run on one R page; round 11), so where the descriptor
// is a file, a pipe or /dev/null the CLI writes to it with fs.writeSync, which is what Node's
// streams do there too (synchronous writes on Linux). A terminal (its colours and width) or anything
// else gets the stream, as before.
import { fstatSync, statSync, writeSync } from "node:fs";

export interface StandardStream {
  write(s: string): void;
  isTTY: boolean;
  /** The terminal's width, when it is one. */
  columns?: number;
}

/** Standard output (1) or error (2). */
export function standardStream(fd: 1 | 2): StandardStream {
  if (writesDirectly(fd)) return { write: (s) => writeAll(fd, s), isTTY: false };
  // The stream is made when first asked for: a run that writes nothing there never loads it.
  return {
    write: (s) => void nodeStream(fd).write(s),
    get isTTY() {
      return Boolean(nodeStream(fd).isTTY);
    },
    get columns() {
      return nodeStream(fd).columns;
    },
  };
}

/**
 * A regular file, a pipe, a socket or the null device: no terminal to ask about, and nothing a stream
 * adds. A socket is what a parent made with Node's or libuv's spawn gives (their "pipes" are Unix
 * socket pairs: a test runner, an npm script's pipe, a CI agent written in Node): its stream is a
 * net.Socket, which loads net, diagnostics_channel and the stream stack, each compiled from source
 * after the start's V8 flags (round 46: 24 built-ins on one R page).
 */
function writesDirectly(fd: number): boolean {
  try {
    const st = fstatSync(fd);
    if (st.isFile() || st.isFIFO() || st.isSocket()) return true;
    return st.isCharacterDevice() && st.rdev === statSync("/dev/null").rdev;
  } catch {
    return false; // no such descriptor, or no /dev/null: the stream decides
  }
}

/** Descriptors whose writes go through the stream from now on (a pipe that would block). */
const streamed = new Set<number>();

function writeAll(fd: 1 | 2, s: string): void {
  if (streamed.has(fd)) return void nodeStream(fd).write(s);
  const bytes = Buffer.from(s, "utf8");
  let at = 0;
  while (at < bytes.length) {
    try {
      at += writeSync(fd, bytes, at);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === "EPIPE") stopQuietly();
      if (code !== "EAGAIN") throw err;
      // A non-blocking pipe that is full: the stream waits for it, and keeps the order from here.
      streamed.add(fd);
      return void nodeStream(fd).write(bytes.subarray(at));
    }
  }
}

/** A reader that stops early (`disclint facts … | head -1`) closes the pipe: stop quietly, as cat does. */
function stopQuietly(): never {
  process.exit(process.exitCode ?? 0);
}

const listening = new Set<number>();

/** Whether a stream made here (standard output or error) still holds bytes it has not handed to the system. */
export function outputPending(): boolean {
  for (const fd of listening) if ((fd === 1 ? process.stdout : process.stderr).writableLength > 0) return true;
  return false;
}

function nodeStream(fd: 1 | 2): NodeJS.WriteStream {
  const stream = fd === 1 ? process.stdout : process.stderr;
  if (!listening.has(fd)) {
    listening.add(fd);
    stream.on("error", (err: NodeJS.ErrnoException) => {
      if (err.code === "EPIPE") stopQuietly();
      throw err;
    });
  }
  return stream;
}
