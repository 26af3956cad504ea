// The file system calls a run awaits, as promises over node:fs's callbacks. Not node:fs/promises:
// loading it compiles Node's readline, file watchers and fs/dir modules on every start, ~18 M
// instructions (1.4%) of a cold start on one R page (docs/performance.md, "Round 10 - cold start").
import { close, fstat, lstat, open, read, readdir, realpath, stat, type Dirent, type Stats } from "node:fs";

function promised<T>(call: (done: (err: NodeJS.ErrnoException | null, value: T) => void) => void): Promise<T> {
  return new Promise((resolve, reject) => call((err, value) => (err ? reject(err) : resolve(value))));
}

export const statOf = (path: string): Promise<Stats> => promised((done) => stat(path, done));
export const lstatOf = (path: string): Promise<Stats> => promised((done) => lstat(path, done));
/** The path with every link resolved, by the system's realpath (as node:fs/promises resolves it). */
export const realpathOf = (path: string): Promise<string> => promised((done) => realpath.native(path, done));
export const entriesOf = (dir: string): Promise<Dirent[]> => promised((done) => readdir(dir, { withFileTypes: true }, done));
export const openFd = (path: string, flags: number): Promise<number> => promised((done) => open(path, flags, done));
export const fstatOf = (fd: number): Promise<Stats> => promised((done) => fstat(fd, done));
export const readInto = (fd: number, buf: Buffer, offset: number, length: number): Promise<number> =>
  promised((done) => read(fd, buf, offset, length, null, done));
export const closeFd = (fd: number): Promise<void> => promised<void>((done) => close(fd, (err) => done(err ?? null, undefined)));
