import { readFileSync, statSync } from "node:fs";
import { basename, dirname, extname, relative, resolve } from "node:path";
import type { ErrorObject } from "ajv";
import { parseDocument } from "yaml";
import { schemaValidator } from "../schema-validators.js";
import { UsageError } from "../model/errors.js";
import { oneLine } from "../report/untrusted.js";
import { MAX_NESTING, nestedDeeperThan, parseJson, readRegularTextSync } from "../sources/read-file.js";
import { settingOf, type ConfigData, type LoadedConfig, type RuleEntry } from "./types.js";

/** Looked for in each folder, in this order; the first one present (package.json: with a "disclint" key) wins. */
export const CONFIG_FILE_NAMES = [".disclintrc.json", ".disclintrc.yaml", ".disclintrc.yml", "package.json"] as const;

/** A config (or the package.json holding one) is a few KB; a bigger file is not one. */
export const CONFIG_MAX_BYTES = 4 * 1024 * 1024;

/** "/overrides/0/rules/x" → "overrides[0].rules.x": how a user names a place in a config file. */
export function dottedPath(pointer: string): string {
  let out = "";
  for (const raw of pointer.split("/").slice(1)) {
    const seg = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    out = /^\d+$/.test(seg) ? `${out}[${seg}]` : out ? `${out}.${seg}` : seg;
  }
  return out;
}

const RULE_ENTRY = /^(?:\/disclint)?\/(?:overrides\/\d+\/)?rules\/[^/]+$/;

function describe(e: ErrorObject): string {
  const at = dottedPath(e.instancePath);
  const prefix = (path: string) => (path ? `${path}: ` : "");
  if (e.keyword === "additionalProperties") {
    const prop = (e.params as { additionalProperty: string }).additionalProperty;
    return `${at ? `${at}.` : ""}${prop}: unknown property`;
  }
  if (e.keyword === "propertyNames") {
    const name = (e.params as { propertyName: string }).propertyName;
    return `${at ? `${at}.` : ""}${name}: not a rule id (lower-case words joined by hyphens)`;
  }
  if (RULE_ENTRY.test(e.instancePath)) return `${prefix(at)}must be "off", "info", "warning" (or "warn"), "error" or [severity, { options }]`;
  if (/\/rules\/[^/]+\/1$/.test(e.instancePath)) return `${prefix(at)}rule options must be an object`;
  if (e.keyword === "enum") return `${prefix(at)}must be one of ${(e.params as { allowedValues: unknown[] }).allowedValues.map((v) => JSON.stringify(v)).join(", ")}`;
  return `${prefix(at)}${e.message}`;
}

/** The most specific problems, each once: "rules.x: must be …; form: must be one of …". */
function describeErrors(errors: ErrorObject[]): string {
  const noise = new Set(["anyOf", "oneOf", "if"]);
  // The pattern error under propertyNames repeats what the propertyNames error says.
  const deeper = (e: ErrorObject) => errors.some((o) => o.instancePath.startsWith(`${e.instancePath}/`));
  const relevant = errors.filter(
    (e) =>
      !noise.has(e.keyword) &&
      !(e.keyword === "pattern" && e.propertyName !== undefined) &&
      // "rules.x[1]: rule options must be an object" says more than "rules.x: must be …".
      (e.keyword === "additionalProperties" || e.keyword === "propertyNames" || !deeper(e)),
  );
  const seen: string[] = [];
  for (const e of relevant.length ? relevant : errors) {
    const line = describe(e);
    if (!seen.includes(line)) seen.push(line);
  }
  return seen.slice(0, 3).join("; ");
}

function parseYaml(text: string, shown: string): unknown {
  const doc = parseDocument(text);
  const err = doc.errors[0];
  if (err) {
    const pos = err.linePos?.[0];
    throw new UsageError(`${shown}: invalid YAML${pos ? ` at ${pos.line}:${pos.col}` : ""}: ${oneLine(err.message.split("\n")[0].replace(/ at line \d+, column \d+:?$/, ""))}`);
  }
  try {
    // An alias bomb (a billion laughs of anchors) stops here: yaml counts alias expansions.
    return doc.toJS({ maxAliasCount: 100 }) ?? {};
  } catch (e) {
    throw new UsageError(`${shown}: invalid YAML: ${oneLine((e as Error).message)}`);
  }
}

/** ESLint's "warn" (which the schema accepts, as --rule and --fail-on do) read as "warning", so nothing downstream sees two words. */
function withWarningSpelledOut(config: ConfigData): ConfigData {
  const spell = (rules: Record<string, RuleEntry> | undefined) => {
    for (const [id, entry] of Object.entries(rules ?? {})) {
      if (settingOf(entry) !== ("warn" as string)) continue;
      rules![id] = Array.isArray(entry) ? (["warning", ...entry.slice(1)] as RuleEntry) : "warning";
    }
  };
  spell(config.rules);
  for (const o of config.overrides ?? []) spell(o.rules);
  return config;
}



/**
 * Reads and validates one config file. A package.json without a "disclint" key holds no config:
 * undefined (discovery walks on), unless `required` (--config named it).
 */
export function readConfigFile(file: string, cwd: string, required = false): LoadedConfig | undefined {
  const abs = resolve(cwd, file);
  const shown = relative(cwd, abs) || abs;
  let text: string;
  try {
    text = readRegularTextSync(abs, CONFIG_MAX_BYTES);
  } catch (e) {
    throw new UsageError(`${shown}: cannot read config: ${(e as Error).message}`);
  }
  const isPackage = basename(abs) === "package.json";
  const ext = extname(abs).toLowerCase();
  let data: unknown;
  if (ext === ".yaml" || ext === ".yml") data = parseYaml(text, shown);
  else {
    try {
      data = parseJson(text);
    } catch (e) {
      throw new UsageError(`${shown}: ${(e as Error).message}`);
    }
  }
  if (nestedDeeperThan(data, MAX_NESTING)) throw new UsageError(`${shown}: nested deeper than ${MAX_NESTING} levels`);
  if (isPackage) {
    const value = (data as Record<string, unknown> | null)?.disclint;
    if (value === undefined) {
      if (required) throw new UsageError(`${shown}: no "disclint" key`);
      return undefined;
    }
    data = value;
  }
  const check = schemaValidator("config");
  if (!check(data)) {
    const errors = (check.errors ?? []).map((e) => (isPackage ? { ...e, instancePath: `/disclint${e.instancePath}` } : e));
    throw new UsageError(`${shown}: ${oneLine(describeErrors(errors))}`);
  }
  const config = withWarningSpelledOut(data as ConfigData);
  const dir = dirname(abs);
  const prefix = isPackage ? "disclint." : "";
  config.rulesDirs?.forEach((d, i) => {
    let ok = false;
    try {
      ok = statSync(resolve(dir, d)).isDirectory();
    } catch {
      /* reported below */
    }
    if (!ok) throw new UsageError(`${shown}: ${prefix}rulesDirs[${i}]: folder not found: ${d}`);
  });
  return {
    file: abs,
    dir,
    shown,
    keyPrefix: prefix,
    data: config,
    rulesDirs: (config.rulesDirs ?? []).map((d) => resolve(dir, d)),
  };
}
