// What the Action lints when `files` is not given: the disclosures in the repository.
import { readDisclosure } from "../api.js";
import { InputError } from "../model/errors.js";
import type { InputFormat } from "../model/types.js";
import { readInput } from "../sources/decode.js";
import { detectFormat } from "../sources/detect.js";
import { discoverInputs, type DiscoverError } from "../sources/discover.js";
import { READERS } from "../sources/registry.js";

export interface RepositoryWalk {
  /** Absolute paths to lint, sorted. */
  files: string[];
  /** Problems of the walk itself (e.g. a FilingSummary.xml that lists no cyber page). */
  problems: DiscoverError[];
  /** Files the walk found but left out: they read fine and are not disclosures. */
  skipped: string[];
}

/** What the walk starts from: the workspace, walked as the CLI walks a folder. */
const REPOSITORY_PATTERN = ".";

/**
 * The workspace walked as the CLI walks a folder (the common disclosure extensions; hidden folders
 * and node_modules left out; a folder with a FilingSummary.xml gives its cyber R page), keeping the
 * disclosures and skipping the rest (a README.md, a package.json, notes). A file the walk cannot
 * read or decode is kept, so that it is reported rather than silently passed over.
 */
export async function repositoryDisclosures(workspace: string): Promise<RepositoryWalk> {
  const { files, errors } = await discoverInputs([REPOSITORY_PATTERN], { cwd: workspace });
  const kept: string[] = [];
  const skipped: string[] = [];
  for (const file of files) {
    if (await isDisclosure(file)) kept.push(file);
    else skipped.push(file);
  }
  // An empty repository is not an error of the user's: run.ts says no disclosures were found.
  const empty = `no supported files in directory: ${REPOSITORY_PATTERN}`;
  return { files: kept, problems: errors.filter((e) => e.message !== empty), skipped };
}

/** Formats any document can be in (a README is Markdown): only a cybersecurity section makes one a disclosure. */
const PROSE = new Set<InputFormat>(["markdown", "text", "html", "docx"]);

/**
 * True when the file is a disclosure disclint can read, or cannot be read at all (to report it).
 * A filing format (R page, Inline XBRL, XBRL instance, a JSON/YAML draft) counts as soon as it is
 * detected, so that a broken one is reported; a prose document counts only when disclint finds
 * its cybersecurity section.
 */
async function isDisclosure(file: string): Promise<boolean> {
  let format: InputFormat | undefined;
  try {
    format = detectFormat((await readInput(file)).text, file);
  } catch (err) {
    if (err instanceof InputError) return true;
    throw err;
  }
  if (format === undefined || READERS[format] === undefined) return false;
  if (!PROSE.has(format)) return true;
  try {
    await readDisclosure([file]);
    return true;
  } catch (err) {
    if (err instanceof InputError) return false;
    throw err;
  }
}
