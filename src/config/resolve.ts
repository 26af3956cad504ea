import { dirname, relative, resolve, sep } from "node:path";
import picomatch from "picomatch";
import type { RuleSetting } from "../engine/linter.js";
import { ConfigFinder } from "./discover.js";
import { readConfigFile } from "./load.js";
import type { EffectiveConfig, LexiconChange, LoadedConfig, RuleEntry } from "./types.js";

export interface ConfigOptions {
  cwd: string;
  /** A config file for every input (--config); false: none (--no-config); undefined: find one per file. */
  config?: string | false;
  /** --rule: wins over every config. */
  rules?: Map<string, RuleSetting>;
  /** --form: wins over the config's form. */
  form?: string;
  /** --rules-dir folders (relative to cwd). */
  rulesDirs?: string[];
}

const matchers = new Map<string, (path: string) => boolean>();

function matcher(pattern: string): (path: string) => boolean {
  let m = matchers.get(pattern);
  if (!m) {
    // As in .gitignore: a pattern without a slash (but a trailing one) matches a name at any depth.
    const glob = pattern.replace(/^\.\//, "").replace(/\/$/, "");
    m = picomatch(glob.includes("/") ? glob : `**/${glob}`, { dot: true });
    matchers.set(pattern, m);
  }
  return m;
}

/**
 * Whether a path (relative to the config's folder, "/"-separated) matches any of the globs, as
 * .gitignore does: the path itself or one of its parent folders.
 */
export function matchesAny(patterns: string[] | undefined, relPath: string): boolean {
  if (!patterns?.length) return false;
  const parts = relPath.split("/");
  for (const pattern of patterns) {
    const m = matcher(pattern);
    for (let n = parts.length; n > 0; n--) {
      if (m(parts.slice(0, n).join("/"))) return true;
    }
  }
  return false;
}

/** As ESLint does: a bare severity changes the severity and keeps options set before; an array replaces both. */
function setRule(rules: Record<string, RuleEntry>, id: string, entry: RuleEntry): void {
  const was = rules[id];
  rules[id] = !Array.isArray(entry) && Array.isArray(was) && was.length === 2 ? [entry, was[1]] : entry;
}

/** Works out the config that applies to each file: the config file, its overrides, then the command line. */
export class ConfigResolver {
  private readonly finder: ConfigFinder;
  private readonly fixed: LoadedConfig | undefined;
  readonly cwd: string;

  constructor(private readonly opts: ConfigOptions) {
    this.cwd = resolve(opts.cwd);
    this.finder = new ConfigFinder(this.cwd);
    this.fixed = typeof opts.config === "string" ? readConfigFile(opts.config, this.cwd, true) : undefined;
  }

  /** The config file for a file (undefined with --no-config or when there is none). */
  configFileFor(file: string): LoadedConfig | undefined {
    if (this.opts.config === false) return undefined;
    return this.fixed ?? this.finder.find(dirname(resolve(this.cwd, file)));
  }

  forFile(file: string): EffectiveConfig {
    const abs = resolve(this.cwd, file);
    const config = this.configFileFor(abs);
    const data = config?.data ?? {};
    const rel = config ? relative(config.dir, abs).split(sep).join("/") : "";
    const rules: Record<string, RuleEntry> = { ...data.rules };
    let form = data.form;
    for (const o of data.overrides ?? []) {
      if (!matchesAny(o.files, rel) || matchesAny(o.excludedFiles, rel)) continue;
      for (const [id, entry] of Object.entries(o.rules ?? {})) setRule(rules, id, entry);
      form = o.form ?? form;
    }
    for (const [id, setting] of this.opts.rules ?? []) setRule(rules, id, setting);
    const lexicons: Record<string, LexiconChange> = {};
    for (const [name, change] of Object.entries(data.lexicons ?? {})) lexicons[name] = { add: change.add ?? [], remove: change.remove ?? [] };
    return {
      file: abs,
      config,
      ignored: config ? matchesAny(config.data.ignorePatterns, rel) : false,
      form: this.opts.form ?? form,
      rulesDirs: [...new Set([...(this.opts.rulesDirs ?? []).map((d) => resolve(this.cwd, d)), ...(config?.rulesDirs ?? [])])],
      lexicons,
      elementModel: data.elementModel ?? true,
      rules,
    };
  }
}
