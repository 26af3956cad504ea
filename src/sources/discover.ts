import { lstat, realpath, stat } from "node:fs/promises";
import { basename, dirname, extname, isAbsolute, relative, resolve, sep } from "node:path";
import { escapePath, glob, isDynamicPattern } from "tinyglobby";
import { cyberPages } from "./filing-summary.js";

/** What a directory walk picks up. */
export const DEFAULT_EXTENSIONS = [".txt", ".htm", ".html", ".xhtml", ".xml", ".json", ".yaml", ".yml", ".md", ".docx"];

export interface DiscoverOptions {
  cwd: string;
  /** Extensions a directory walk keeps (default DEFAULT_EXTENSIONS); files named explicitly are always kept. */
  extensions?: string[];
  /** Globs (relative to cwd) to leave out of walks and glob matches. */
  ignore?: string[];
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
 * entries and node_modules skipped, symlinks followed once); anything else is a glob. A folder
 * holding a FilingSummary.xml yields the cyber R page(s) it lists, not every R page. Problems are
 * returned per pattern, never thrown.
 */
export async function discoverInputs(patterns: string[], opts: DiscoverOptions): Promise<DiscoverResult> {
  const cwd = resolve(opts.cwd);
  const extensions = new Set((opts.extensions ?? DEFAULT_EXTENSIONS).map((e) => (e.startsWith(".") ? e : `.${e}`).toLowerCase()));
  const ignore = opts.ignore ?? [];
  const display = (p: string) => {
    const rel = relative(cwd, p);
    return rel === "" ? "." : rel.startsWith("..") || isAbsolute(rel) ? p : rel;
  };

  const found: string[] = [];
  const errors: DiscoverError[] = [];
  const fail = (pattern: string, message: string) => errors.push({ pattern, message });

  for (const pattern of patterns) {
    const abs = resolve(cwd, pattern);
    const kind = await kindOf(abs);
    if (kind === "file") {
      if (basename(abs).toLowerCase() === SUMMARY) await addSummaries(pattern, [abs], found, fail, display);
      else found.push(abs);
    } else if (kind === "directory") {
      const base = globBase(cwd, abs);
      const matched = await globFiles(`${base}**/*`, cwd, abs, [...ignore, `${base}**/node_modules/**`]);
      const kept = await withSummaries(pattern, matched, extensions, found, fail, display);
      if (kept === 0) fail(pattern, `no supported files in directory: ${pattern}`);
    } else if (kind === "missing" && isDynamicPattern(pattern)) {
      const matched = await globFiles(pattern, cwd, resolve(cwd, staticBase(pattern)), [...ignore, "**/node_modules/**"]);
      const kept = await withSummaries(pattern, matched, undefined, found, fail, display);
      if (kept === 0) fail(pattern, `no files match pattern: ${pattern}`);
    } else {
      fail(pattern, `${kind === "missing" ? "no such file or directory" : kind}: ${pattern}`);
    }
  }
  return { files: await uniqueByRealPath(found), errors };
}

type Kind = "file" | "directory" | "missing" | string;

/** What a literal path is; a string other than file/directory/missing is the error to report. */
async function kindOf(path: string): Promise<Kind> {
  try {
    const st = await stat(path);
    if (st.isDirectory()) return "directory";
    return "file"; // regular files, and pipes/devices such as <(…) given on purpose
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") {
      const isLink = await lstat(path).then((l) => l.isSymbolicLink(), () => false);
      return isLink ? "broken symbolic link" : "missing";
    }
    if (code === "EACCES" || code === "EPERM") return "permission denied";
    if (code === "ELOOP") return "too many levels of symbolic links";
    return `cannot read (${code})`;
  }
}

/** The directory as an escaped, "/"-terminated glob prefix relative to cwd ("" for cwd itself). */
function globBase(cwd: string, dir: string): string {
  const rel = relative(cwd, dir).split(sep).join("/");
  return rel === "" ? "" : `${escapePath(rel)}/`;
}

/** The leading segments of a glob that have no magic ("docs/2024" of "docs/2024/**\/*.htm"). */
function staticBase(pattern: string): string {
  const segments = pattern.split("/");
  const fixed: string[] = [];
  for (const seg of segments.slice(0, -1)) {
    if (isDynamicPattern(seg)) break;
    fixed.push(seg);
  }
  return fixed.join("/") || ".";
}

/** Glob matches below `root`, minus those reached by going round a symlink cycle under `root`. */
async function globFiles(pattern: string, cwd: string, root: string, ignore: string[]): Promise<string[]> {
  // fdir stops at symlink cycles, but only after one lap; drop what the lap found. Other aliases
  // (two links to one folder) are folded by real path at the end.
  const matched = await glob(pattern, { cwd, absolute: true, dot: false, onlyFiles: true, followSymbolicLinks: true, expandDirectories: false, ignore });
  const memo = new Map<string, Promise<boolean>>();
  const keep = await Promise.all(matched.map(async (f) => !(await throughLoop(dirname(f), root, memo))));
  return matched.filter((_, i) => keep[i]);
}

/**
 * True when `dir` is reached through a symlink, below `root`, to one of its own ancestors. The
 * root itself may be such a link: the user named it.
 */
function throughLoop(dir: string, root: string, memo: Map<string, Promise<boolean>>): Promise<boolean> {
  let known = memo.get(dir);
  if (known === undefined) {
    known = (async () => {
      const parent = dirname(dir);
      if (dir === root || parent === dir) return false;
      if (await throughLoop(parent, root, memo)) return true;
      const isLink = await lstat(dir).then((l) => l.isSymbolicLink(), () => false);
      if (!isLink) return false;
      const [target, parentReal] = await Promise.all([realpath(dir), realpath(parent)]).catch(() => ["", ""]);
      return target !== "" && (parentReal === target || parentReal.startsWith(target + sep));
    })();
    memo.set(dir, known);
  }
  return known;
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
  return added + (await addSummaries(pattern, summaries, found, fail, display));
}

async function addSummaries(
  pattern: string,
  summaries: string[],
  found: string[],
  fail: (pattern: string, message: string) => void,
  display: (p: string) => string,
): Promise<number> {
  let added = 0;
  for (const summary of summaries.sort()) {
    const pages = await cyberPages(summary, display);
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
async function uniqueByRealPath(files: string[]): Promise<string[]> {
  const byReal = new Map<string, string>();
  const rank = (f: string, real: string): [number, number] => [f === real ? 0 : 1, f.split(sep).length];
  for (const f of files) {
    const real = await realpath(f).catch(() => f);
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
