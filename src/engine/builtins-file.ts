// dist/builtins.dat: the built-in rules, lexicons, prepared lexicons and requirements (EMBEDDED_BUILTINS,
// src/engine/builtin-rules.ts) for the CLI's CommonJS bundles, written by scripts/build.mjs and read
// beside the bundle at start-up: as an object literal they were 2.1 MB of the bundle's code cache;
// sliced from a one-byte string, ~4 ms less (round 16).
//
// Texts that a run reads only sometimes are "lazy": the lexicons' definitions (530 KB, half the
// file), parsed only when a config adds words to a built-in lexicon or removes some (the rule set
// runs their prepared form). A run reads the file's first line, the index and the eager texts; the
// lazy part is read, with one positioned read, the first time one of its texts is asked for
// (round 31). Data added later that a document may not need (a model) belongs there too.
//
// The file, all ASCII (a JSON text's other characters written as \u escapes, which JSON.parse reads
// back the same): a first line of PREFIX bytes, `disclint-builtins 1 <index> <eager> <lazy>` (their
// byte counts) padded with spaces; the index, JSON: each text's [offset, length] where the texts
// object has it (a lazy key's offsets count from the lazy part); the eager texts back to back; the
// lazy ones.
import { closeSync, openSync, readSync } from "node:fs";

const MAGIC = "disclint-builtins 1";
const PREFIX = 64;

interface Index {
  [key: string]: [number, number] | Index;
}

type Texts = { [key: string]: string | Texts };

/** A text with its characters outside ASCII written as \u escapes (the same text to JSON.parse, and one byte a character as latin1). */
export const ascii = (text: string) => text.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);

/** The file's text for `texts` (strings, or objects of them), the top-level keys `lazy` read on demand. */
export function builtinsFileText(texts: Texts, lazy: readonly string[]): string {
  const parts: [string[], string[]] = [[], []];
  const offsets = [0, 0];
  const place = (text: string, part: 0 | 1): [number, number] => {
    const t = ascii(text);
    parts[part].push(t);
    offsets[part] += t.length;
    return [offsets[part] - t.length, t.length];
  };
  const placeAll = (value: string | Texts, part: 0 | 1): [number, number] | Index =>
    typeof value === "string" ? place(value, part) : Object.fromEntries(Object.entries(value).map(([k, v]) => [k, placeAll(v, part)]));
  const index = Object.fromEntries(Object.entries(texts).map(([k, v]) => [k, placeAll(v, lazy.includes(k) ? 1 : 0)]));
  const indexText = ascii(JSON.stringify({ lazy, index }));
  const first = `${MAGIC} ${indexText.length} ${offsets[0]} ${offsets[1]}`;
  if (first.length >= PREFIX) throw new Error("builtins file: first line too long");
  return `${first.padEnd(PREFIX - 1)}\n${indexText}${parts[0].join("")}${parts[1].join("")}`;
}

/** The positioned reads the reader makes (node:fs; a test counts them). */
export interface FileReads {
  openSync: (path: string | URL, flags: string) => number;
  readSync: (fd: number, buffer: Uint8Array, offset: number, length: number, position: number) => number;
  closeSync: (fd: number) => void;
}

const NODE_FS: FileReads = { openSync, readSync, closeSync };

/** `length` bytes from `position` of the open file, as a one-byte string; throws if the file is shorter. */
function readRange(fd: number, position: number, length: number, fs: FileReads, file: string | URL): string {
  const buffer = Buffer.allocUnsafe(length);
  let read = 0;
  while (read < length) {
    const n = fs.readSync(fd, buffer, read, length - read, position + read);
    if (n === 0) throw new Error(`${String(file)}: shorter than its first line says (rebuild: node scripts/build.mjs)`);
    read += n;
  }
  return buffer.toString("latin1", 0, length);
}

/** `f` of the file opened for reading (closed after). */
function withFile<T>(file: string | URL, fs: FileReads, f: (fd: number) => T): T {
  const fd = fs.openSync(file, "r");
  try {
    return f(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * The texts of a builtins file: eager texts sliced from the part read now; each lazy key an object
 * whose texts are getters that read the lazy part on first use (once; the file's first line is
 * checked again then, so a file rebuilt in between is an error, not wrong texts).
 */
export function readBuiltinsFile(file: string | URL, fs: FileReads = NODE_FS): Texts {
  const [first, head] = withFile(file, fs, (fd) => {
    const first = readRange(fd, 0, PREFIX, fs, file);
    const [magic, version, indexBytes, eagerBytes] = first.trimEnd().split(" ");
    if (`${magic} ${version}` !== MAGIC) throw new Error(`${String(file)}: not a builtins file of this version (rebuild: node scripts/build.mjs)`);
    return [first, readRange(fd, PREFIX, Number(indexBytes) + Number(eagerBytes), fs, file)];
  });
  const [, , indexBytes, eagerBytes, lazyBytes] = first.trimEnd().split(" ").map(Number);
  const { lazy, index } = JSON.parse(head.slice(0, indexBytes)) as { lazy: string[]; index: Index };
  const eagerStart = indexBytes;
  let lazyText: string | undefined;
  const lazyPart = () =>
    (lazyText ??= withFile(file, fs, (fd) => {
      if (readRange(fd, 0, PREFIX, fs, file) !== first) throw new Error(`${String(file)}: rebuilt while this run was using it; run again`);
      return readRange(fd, PREFIX + eagerStart + eagerBytes, lazyBytes, fs, file);
    }));
  const eager = (at: [number, number] | Index): string | Texts =>
    Array.isArray(at) ? head.slice(eagerStart + at[0], eagerStart + at[0] + at[1]) : Object.fromEntries(Object.entries(at).map(([k, v]) => [k, eager(v)]));
  // A lazy text is a getter of the object that holds it.
  const deferred = (into: Texts, key: string, at: [number, number] | Index): void => {
    if (Array.isArray(at)) Object.defineProperty(into, key, { enumerable: true, get: () => lazyPart().slice(at[0], at[0] + at[1]) });
    else {
      const texts: Texts = {};
      for (const [k, v] of Object.entries(at)) deferred(texts, k, v);
      into[key] = texts;
    }
  };
  const texts: Texts = {};
  for (const [k, at] of Object.entries(index)) {
    if (lazy.includes(k)) deferred(texts, k, at);
    else texts[k] = eager(at);
  }
  return texts;
}
