import { isAbsolute, relative, resolve, sep } from "node:path";
import { pathToFileURL } from "node:url";

function toSlashes(p: string): string {
  return sep === "/" ? p : p.split(sep).join("/");
}

/** `file` as reports print it: relative to `cwd` and "/"-separated (`../x` when outside `cwd`). */
export function relativePath(file: string, cwd: string): string {
  return toSlashes(relative(cwd, resolve(cwd, file))) || ".";
}

/** `file` resolved against `cwd`, "/"-separated. */
export function absolutePath(file: string, cwd: string): string {
  return toSlashes(resolve(cwd, file));
}

/** True when `file` sits inside `cwd` (so a relative URI under %SRCROOT% can name it). */
export function isInside(file: string, cwd: string): boolean {
  const rel = relative(cwd, resolve(cwd, file));
  return rel !== "" && !rel.startsWith("..") && !isAbsolute(rel);
}

/** A relative URI reference for a path inside `cwd`: each segment percent-encoded, "/" between. */
export function relativeUri(file: string, cwd: string): string {
  return relativePath(file, cwd).split("/").map(encodeURIComponent).join("/");
}

/** A file: URI for an absolute path; a folder gets its trailing "/" (SARIF base URIs need one). */
export function fileUri(path: string, folder = false): string {
  const href = pathToFileURL(path).href;
  return folder && !href.endsWith("/") ? `${href}/` : href;
}
