// What a config file holds (schemas/config.schema.json is the authority) and what applies to one file.
import type { RuleSetting } from "../engine/linter.js";

/** "warning", or ["warning", { …options }]: options are kept (and printed) for rules that read them. */
export type RuleEntry = RuleSetting | [RuleSetting] | [RuleSetting, Record<string, unknown>];

export interface LexiconChange {
  add?: string[];
  remove?: string[];
}

export interface Override {
  files: string[];
  excludedFiles?: string[];
  rules?: Record<string, RuleEntry>;
  form?: string;
}

export interface ConfigData {
  rules?: Record<string, RuleEntry>;
  form?: string;
  rulesDirs?: string[];
  lexicons?: Record<string, LexiconChange>;
  /** The learned element veto (rules/models/element-veto.json); false switches it off. Default true. */
  elementModel?: boolean;
  overrides?: Override[];
  ignorePatterns?: string[];
}

/** A config file as read and validated. */
export interface LoadedConfig {
  /** Absolute path of the file that holds the config (a .disclintrc.* or package.json). */
  file: string;
  /** Its folder: rulesDirs, overrides and ignorePatterns are relative to it. */
  dir: string;
  /** How errors name it: relative to the working directory. */
  shown: string;
  /** "disclint." in package.json, where the config sits under that key; "" elsewhere. */
  keyPrefix: string;
  data: ConfigData;
  /** rulesDirs made absolute. */
  rulesDirs: string[];
}

/** Everything that applies to one linted file, after config, overrides and the command line. */
export interface EffectiveConfig {
  file: string;
  /** The config file used, if any. */
  config?: LoadedConfig;
  /** Matched by the config's ignorePatterns: not linted. */
  ignored: boolean;
  form?: string;
  /** Absolute: the command line's --rules-dir folders, then the config's rulesDirs. */
  rulesDirs: string[];
  lexicons: Record<string, LexiconChange>;
  /** Whether the learned element veto applies (config "elementModel", default true). */
  elementModel: boolean;
  /** Only the rules set explicitly (config, matching overrides, --rule); the rest keep their defaults. */
  rules: Record<string, RuleEntry>;
}

export function settingOf(entry: RuleEntry): RuleSetting {
  return Array.isArray(entry) ? entry[0] : entry;
}

/** "package.json: disclint.rules.x: unknown rule id": a problem at a place inside a config file. */
export function configProblem(config: LoadedConfig, path: string, message: string): string {
  return `${config.shown}: ${config.keyPrefix}${path}: ${message}`;
}
