import { lstatSync, realpathSync, statSync, type Dirent } from "node:fs";
import { basename, dirname, extname, isAbsolute, join, relative, resolve, sep } from "node:path";
import picomatch from "picomatch";
import { glob, isDynamicPattern } from "tinyglobby";
import { cyberPages } from "./filing-summary.js";
import { entriesOf, realpathOf, statOf } from "./fs-async.js";

/** What a directory walk picks up. */
export const DEFAULT_EXTENSIONS = [".txt", ".htm", ".html", ".xhtml", ".xml", ".json", ".yaml", ".yml", ".md", ".docx"];

export interface DiscoverOptions {
  cwd: string;
  /** Extensions a directory walk keeps (default DEFAULT_EXTENSIONS); files named explicitly are always kept. */
  extensions?: string[];
  /** Globs (relative to cwd) to leave out of walks and glob matches. */
  ignore?: string[];
  /**
   * Follow symbolic links that lead out of a walked folder (or out of a filing's folder). Off by
   * default: such a link is reported and not read, since a pull request can add one to any file.
   */
  followSymlinks?: boolean;
}

export interface DiscoverError {
  pattern: string;
  message: string;
}

export interface DiscoverResult {
  /** Absolute paths, sorted, one per real file. */
  files: string[];
  errors: DiscoverError[];
}

const SUMMARY = "filingsummary.xml";

/**
 * Command-line operands → input files. A file is taken as given; a directory is walked (hidden
 * entries and node_modules skipped; symbolic links followed while they stay inside the folder,
 * reported when they lead out of it or nowhere); anything else is a glob (which does not follow
 * links). A folder holding a FilingSummary.xml yields the cyber R page(s) it lists, not every R
 * page. Problems are returned per pattern, never thrown.
 */
export async function discoverInputs(patterns: string[], opts: DiscoverOptions): Promise<DiscoverResult> {
  const cwd = resolve(opts.cwd);
  const extensions = new Set((opts.extensions ?? DEFAULT_EXTENSIONS).map((e) => (e.startsWith(".") ? e : `.${e}`).toLowerCase()));
  const ignore = opts.ignore ?? [];
  const ignored = ignore.length ? picomatch(ignore, { dot: true }) : () => false;
  const follow = opts.followSymlinks ?? false;
  const display = (p: string) => {
    const rel = relative(cwd, p);
    return rel === "" ? "." : rel.startsWith("..") || isAbsolute(rel) ? p : rel;
  };

  const found: string[] = [];
  const errors: DiscoverError[] = [];
  const fail = (pattern: string, message: string) => errors.push({ pattern, message });

  for (const pattern of patterns) {
    const abs = resolve(cwd, pattern);
    const kind = kindOf(abs);
    if (kind === "file") {
      if (basename(abs).toLowerCase() === SUMMARY) await addSummaries(pattern, [abs], found, fail, display, follow);
      else found.push(abs);
    } else if (kind === "directory") {
      const walked = await walkDirectory(abs, { cwd, ignore: ignored, extensions, followSymlinks: follow }, display);
      for (const message of walked.problems) fail(pattern, message);
      const kept = await withSummaries(pattern, walked.files, extensions, found, fail, display, follow);
      if (kept === 0 && walked.problems.length === 0) fail(pattern, `no supported files in directory: ${pattern}`);
    } else if (kind === "missing" && isDynamicPattern(pattern)) {
      const matched = await glob(pattern, { cwd, absolute: true, dot: false, onlyFiles: true, followSymbolicLinks: false, expandDirectories: false, ignore: [...ignore, "**/node_modules/**"] });
      const kept = await withSummaries(pattern, matched, undefined, found, fail, display, follow);
      if (kept === 0) fail(pattern, `no files match pattern: ${pattern}`);
    } else {
      fail(pattern, `${kind === "missing" ? "no such file or directory" : kind}: ${pattern}`);
    }
  }
  return { files: uniqueByRealPath(found), errors };
}

type Kind = "file" | "directory" | "missing" | string;

/**
 * What a literal path is; a string other than file/directory/missing is the error to report.
 * Synchronous, as is uniqueByRealPath's realpath: most runs name one file, and there the
 * asynchronous calls were the only work for libuv's thread pool, which a run then started (four
 * threads) to wait for it twice (round 30). The paths are taken one after another either way.
 */
function kindOf(path: string): Kind {
  try {
    const st = statSync(path);
    if (st.isDirectory()) return "directory";
    return "file"; // regular files, and pipes/devices such as <(…) given on purpose
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") {
      let isLink = false;
      try {
        isLink = lstatSync(path).isSymbolicLink();
      } catch {
        // missing
      }
      return isLink ? "broken symbolic link" : "missing";
    }
    if (code === "EACCES" || code === "EPERM") return "permission denied";
    if (code === "ELOOP") return "too many levels of symbolic links";
    return `cannot read (${code})`;
  }
}

interface WalkOptions {
  cwd: string;
  ignore: (relPath: string) => boolean;
  extensions: Set<string>;
  followSymlinks: boolean;
}

/** Is `path` the folder `dir` or inside it (both real paths)? */
/** Whether `path` is `dir` or inside it (both absolute, links resolved by the caller). */
export function within(dir: string, path: string): boolean {
  return path === dir || path.startsWith(dir.endsWith(sep) ? dir : dir + sep);
}

/**
 * The files below `root` with a walked extension, in no particular order. Hidden entries and
 * node_modules are skipped, and `ignore` is matched on paths relative to cwd. A symbolic link is
 * followed when its target is inside `root` (a loop back to an ancestor is walked once); a link
 * out of `root`, a dangling link and a FIFO or device with a walked extension are problems, one
 * line each. Nothing outside `root` is ever listed, so a link to "/" costs nothing.
 */
async function walkDirectory(root: string, opts: WalkOptions, display: (p: string) => string): Promise<{ files: string[]; problems: string[] }> {
  const files: string[] = [];
  const problems: string[] = [];
  const rootReal = await realpathOf(root);
  const wanted = (name: string) => opts.extensions.has(extname(name).toLowerCase());
  // Each folder carries the real paths of the folders it was reached through: a link back to one
  // of them (or to a folder above it) is a loop.
  const queue: Array<{ dir: string; real: string; chain: Set<string> }> = [{ dir: root, real: rootReal, chain: new Set([rootReal]) }];
  while (queue.length) {
    const { dir, real, chain } = queue.pop()!;
    let entries: Dirent[];
    try {
      // Sorted, as the problems are at the end: the same order on every file system.
      entries = (await entriesOf(dir)).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    } catch (err) {
      problems.push(`${display(dir)}: cannot read folder (${(err as NodeJS.ErrnoException).code ?? "error"})`);
      continue;
    }
    for (const entry of entries) {
      if (entry.name.startsWith(".") || entry.name === "node_modules") continue;
      const path = join(dir, entry.name);
      if (opts.ignore(relative(opts.cwd, path).split(sep).join("/"))) continue;
      let isDir = entry.isDirectory();
      let isFile = entry.isFile();
      let target = path;
      if (entry.isSymbolicLink()) {
        const st = await statOf(path).catch((err: NodeJS.ErrnoException) => err);
        if (st instanceof Error) {
          const why = st.code === "ENOENT" ? "a broken symbolic link" : st.code === "ELOOP" ? "a symbolic link loop" : `an unreadable symbolic link (${st.code})`;
          problems.push(`${display(path)}: ${why}; not read`);
          continue;
        }
        isDir = st.isDirectory();
        isFile = st.isFile();
        if (!isDir && !wanted(entry.name)) continue;
        target = await realpathOf(path);
        // A loop: what it leads to is walked already, or was left out on purpose; skip it quietly.
        if (isDir && (within(target, real) || chain.has(target))) continue;
        if (!opts.followSymlinks && !within(rootReal, target)) {
          problems.push(`${display(path)}: a symbolic link out of ${display(root)}; not read`);
          continue;
        }
      }
      if (isDir) {
        const childReal = target === path ? join(real, entry.name) : target;
        queue.push({ dir: path, real: childReal, chain: new Set([...chain, childReal]) });
      }
      else if (!wanted(entry.name)) continue;
      else if (isFile) files.push(path);
      else problems.push(`${display(path)}: not a regular file (a FIFO, socket or device); not read`);
    }
  }
  return { files, problems: problems.sort() };
}

/**
 * Adds matched files to `found`, except that a folder with a FilingSummary.xml contributes the
 * cyber page(s) it lists instead of its files. Returns how many files were added.
 */
async function withSummaries(
  pattern: string,
  matched: string[],
  extensions: Set<string> | undefined,
  found: string[],
  fail: (pattern: string, message: string) => void,
  display: (p: string) => string,
  follow: boolean,
): Promise<number> {
  const summaries = matched.filter((f) => basename(f).toLowerCase() === SUMMARY);
  const filingDirs = new Set(summaries.map((f) => dirname(f)));
  let added = 0;
  for (const f of matched) {
    if (filingDirs.has(dirname(f))) continue;
    if (extensions && !extensions.has(extname(f).toLowerCase())) continue;
    found.push(f);
    added++;
  }
  return added + (await addSummaries(pattern, summaries, found, fail, display, follow));
}

async function addSummaries(
  pattern: string,
  summaries: string[],
  found: string[],
  fail: (pattern: string, message: string) => void,
  display: (p: string) => string,
  follow: boolean,
): Promise<number> {
  let added = 0;
  for (const summary of summaries.sort()) {
    const pages = await cyberPages(summary, display, follow);
    found.push(...pages.files);
    added += pages.files.length;
    for (const message of pages.errors) fail(pattern, message);
  }
  return added;
}

/**
 * Sorted, one path per real file. Of several paths to one file keep the real one, else the one
 * with the fewest segments, else the first in code-unit order, so the choice never depends on
 * pattern order.
 */
function uniqueByRealPath(files: string[]): string[] {
  const byReal = new Map<string, string>();
  const rank = (f: string, real: string): [number, number] => [f === real ? 0 : 1, f.split(sep).length];
  for (const f of files) {
    let real = f;
    try {
      real = realpathSync.native(f);
    } catch {
      // unresolvable: kept as named (its read reports it)
    }
    const seen = byReal.get(real);
    if (seen === undefined) {
      byReal.set(real, f);
      continue;
    }
    const [a, b] = [rank(f, real), rank(seen, real)];
    if (a[0] < b[0] || (a[0] === b[0] && (a[1] < b[1] || (a[1] === b[1] && f < seen)))) byReal.set(real, f);
  }
  return [...byReal.values()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
