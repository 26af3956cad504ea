import { existsSync, lstatSync, realpathSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { UsageError } from "../model/errors.js";
import { within } from "../sources/discover.js";
import { CONFIG_FILE_NAMES, readConfigFile } from "./load.js";
import type { LoadedConfig } from "./types.js";

/**
 * Finds the config for a folder: the nearest folder, from `dir` up to the filesystem root, that
 * holds a .disclintrc.json, .disclintrc.yaml, .disclintrc.yml or a package.json with a "disclint"
 * key. The nearest one applies alone (configs do not cascade). Results are cached per folder.
 */
export class ConfigFinder {
  private readonly byDir = new Map<string, LoadedConfig | null>();

  constructor(private readonly cwd: string) {}

  find(dir: string): LoadedConfig | undefined {
    const walked: string[] = [];
    let found: LoadedConfig | null = null;
    for (let d = dir; ; d = dirname(d)) {
      const cached = this.byDir.get(d);
      if (cached !== undefined) {
        found = cached;
        break;
      }
      walked.push(d);
      found = this.inFolder(d);
      if (found) break;
      if (dirname(d) === d) break;
    }
    for (const d of walked) this.byDir.set(d, found);
    return found ?? undefined;
  }

  private inFolder(dir: string): LoadedConfig | null {
    for (const name of CONFIG_FILE_NAMES) {
      const file = join(dir, name);
      if (!existsSync(file)) continue;
      this.refuseLinkOut(file, dir);
      const config = readConfigFile(file, this.cwd);
      if (config) return config;
    }
    return null;
  }

  /**
   * A config found in the working directory's tree (a checkout: in a pull request, a stranger's files) that is a
   * symbolic link out of that tree is refused, as a walk refuses a linked input: its target (any file the runner can
   * read) would be parsed and its keys quoted in a config error. A config above the working directory (a user's own)
   * and one named with --config are read wherever they lead.
   */
  private refuseLinkOut(file: string, dir: string): void {
    if (!within(this.cwd, dir) || !lstatSync(file).isSymbolicLink()) return;
    if (within(realpathSync.native(this.cwd), realpathSync.native(file))) return;
    throw new UsageError(`${relative(this.cwd, file)}: a symbolic link out of the working directory; not read (name it with --config to use it)`);
  }
}
