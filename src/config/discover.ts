import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
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
      const config = readConfigFile(file, this.cwd);
      if (config) return config;
    }
    return null;
  }
}
