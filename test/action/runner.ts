// Runs dist/action.js the way a GitHub runner does: from a checkout of the action with no
// node_modules, inputs as INPUT_<NAME> variables (action.yml's defaults filled in), the workspace
// as the working directory, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY as files.
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { homedir, tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import type * as Sarif from "sarif";
import { parse } from "yaml";
import { ROOT } from "../helpers.js";

export const BUNDLE = join(ROOT, "dist", "action.js");

/** The node the tests run on. */
export const LOCAL_NODE = process.env.npm_node_execpath || process.execPath;

// Node 24 (GitHub's Action runtime) comes from npm's `node@24` package, installed once into a cache
// folder rather than as a devDependency: as a dependency it would link node_modules/.bin/node and
// silently run every npm script, the tests included, on Node 24 instead of the machine's Node.
const NODE24_PREFIX = join(process.env.XDG_CACHE_HOME || join(homedir(), ".cache"), "disclint", "node24");

/**
 * Path of a Node 24 binary: $DISCLINT_NODE24, else the cached npm package, installed on first use
 * (npm's node@24: a download of about 189 MB, said on stderr before it starts). Undefined, with a
 * notice, when it is not cached and cannot be installed (offline): the Node 24 runs are skipped.
 */
export function node24(): string | undefined {
  if (process.env.DISCLINT_NODE24) return process.env.DISCLINT_NODE24;
  const bin = join(NODE24_PREFIX, "node_modules", "node", "bin", "node");
  if (existsSync(bin)) return bin;
  if (node24Missing !== undefined) return undefined;
  process.stderr.write(`disclint tests: installing node@24 from npm into ${NODE24_PREFIX} (a download of about 189 MB, once) to run the Action as GitHub does; set DISCLINT_NODE24 to use a Node 24 you have.\n`);
  mkdirSync(NODE24_PREFIX, { recursive: true });
  const npm = process.env.npm_execpath;
  const [cmd, args] = npm ? [LOCAL_NODE, [npm]] : ["npm", []];
  const r = spawnSync(cmd, [...args, "install", "--prefix", NODE24_PREFIX, "--no-audit", "--no-fund", "--no-save", "node@24"], {
    encoding: "utf8",
    timeout: 300_000,
  });
  if (r.status !== 0 || !existsSync(bin)) {
    node24Missing = (r.stderr || String(r.error ?? "")).trim().split("\n").pop() ?? "";
    process.stderr.write(`disclint tests: NOTICE: node@24 could not be installed (offline?), so the Action is tested on the local Node only: ${node24Missing}\n`);
    return undefined;
  }
  return bin;
}

let node24Missing: string | undefined;

export function nodeVersion(node: string): string {
  return spawnSync(node, ["--version"], { encoding: "utf8" }).stdout.trim();
}

export interface ActionYml {
  name: string;
  description: string;
  inputs: Record<string, { description: string; required?: boolean; default?: string }>;
  outputs: Record<string, { description: string }>;
  runs: { using: string; main: string };
}

export function readActionYml(): ActionYml {
  return parse(readFileSync(join(ROOT, "action.yml"), "utf8")) as ActionYml;
}

let checkout: string | undefined;

/** A copy of what a runner downloads for `uses: disclint/disclint@v1`, minus node_modules. */
export function actionCheckout(): string {
  if (checkout) return checkout;
  const dir = mkdtempSync(join(tmpdir(), "disclint-action-"));
  for (const entry of ["action.yml", "package.json", "dist/action.js", "rules", "schemas"]) {
    cpSync(join(ROOT, entry), join(dir, entry), { recursive: true });
  }
  checkout = dir;
  return dir;
}

export interface Annotation {
  level: string;
  properties: Record<string, string>;
  message: string;
}

export interface ActionRun {
  code: number | null;
  stdout: string;
  stderr: string;
  annotations: Annotation[];
  outputs: Record<string, string>;
  summary: string;
  sarif?: Sarif.Log;
  sarifText?: string;
}

export interface RunOptions {
  node: string;
  workspace: string;
  inputs?: Record<string, string>;
  env?: Record<string, string>;
}

/** Runs the bundled action once and collects everything a runner would see. */
export function runAction({ node, workspace, inputs = {}, env = {} }: RunOptions): ActionRun {
  const yml = readActionYml();
  const runner = mkdtempSync(join(tmpdir(), "disclint-runner-"));
  const outputFile = join(runner, "output");
  const summaryFile = join(runner, "summary");
  writeFileSync(outputFile, "");
  writeFileSync(summaryFile, "");
  const vars: Record<string, string> = {
    PATH: process.env.PATH ?? "",
    HOME: runner,
    GITHUB_ACTIONS: "true",
    GITHUB_WORKSPACE: workspace,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_SERVER_URL: "https://github.com",
    GITHUB_REPOSITORY: "northwind/disclosures",
    GITHUB_SHA: "0123456789abcdef0123456789abcdef01234567",
    RUNNER_TEMP: runner,
  };
  for (const [name, input] of Object.entries(yml.inputs)) {
    vars[`INPUT_${name.toUpperCase()}`] = inputs[name] ?? input.default ?? "";
  }
  for (const name of Object.keys(inputs)) if (!(name in yml.inputs)) throw new Error(`action.yml has no input ${name}`);
  Object.assign(vars, env);
  const r = spawnSync(node, [join(actionCheckout(), "dist", "action.js")], { cwd: workspace, env: vars, encoding: "utf8", timeout: 60_000 });
  const outputs = parseOutputs(readFileSync(outputFile, "utf8"));
  const sarifPath = outputs["sarif-file"];
  const sarifText = sarifPath && existsSync(sarifPath) ? readFileSync(sarifPath, "utf8") : undefined;
  return {
    code: r.status,
    stdout: r.stdout,
    stderr: r.stderr,
    annotations: parseAnnotations(r.stdout),
    outputs,
    summary: readFileSync(summaryFile, "utf8"),
    sarif: sarifText ? (JSON.parse(sarifText) as Sarif.Log) : undefined,
    sarifText,
  };
}

/** GITHUB_OUTPUT as @actions/core writes it: `name<<delimiter`, the value, the delimiter. */
export function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<=]+)<<(.+)$/.exec(lines[i]);
    if (!m) continue;
    const value: string[] = [];
    for (i++; i < lines.length && lines[i] !== m[2]; i++) value.push(lines[i]);
    out[m[1]] = value.join("\n");
  }
  return out;
}

const unescapeData = (s: string) => s.replace(/%0A/g, "\n").replace(/%0D/g, "\r").replace(/%25/g, "%");
const unescapeProperty = (s: string) => unescapeData(s.replace(/%3A/g, ":").replace(/%2C/g, ","));

/** The `::error …::message` (warning, notice) workflow commands on stdout, as a runner reads them (`::stop-commands::` included). */
export function parseAnnotations(stdout: string): Annotation[] {
  const found: Annotation[] = [];
  let stoppedUntil: string | undefined;
  for (const line of stdout.split(/\r?\n/)) {
    if (stoppedUntil !== undefined) {
      if (line === `::${stoppedUntil}::`) stoppedUntil = undefined;
      continue;
    }
    const stop = /^::stop-commands::(.+)$/.exec(line);
    if (stop) {
      stoppedUntil = stop[1];
      continue;
    }
    const m = /^::(error|warning|notice)(?: ([^:]*))?::(.*)$/.exec(line);
    if (!m) continue;
    const properties: Record<string, string> = {};
    for (const pair of (m[2] ?? "").split(",").filter(Boolean)) {
      const eq = pair.indexOf("=");
      properties[pair.slice(0, eq)] = unescapeProperty(pair.slice(eq + 1));
    }
    found.push({ level: m[1], properties, message: unescapeData(m[3]) });
  }
  return found;
}

/** A fresh workspace with `files` (workspace path → source path, or text). */
export function workspace(files: Record<string, string | { text: string } | { bytes: Uint8Array }>): string {
  const dir = mkdtempSync(join(tmpdir(), "disclint-ws-"));
  for (const [path, source] of Object.entries(files)) {
    const target = join(dir, path);
    mkdirSync(dirname(target), { recursive: true });
    if (typeof source === "string") cpSync(source, target);
    else if ("text" in source) writeFileSync(target, source.text);
    else writeFileSync(target, source.bytes);
  }
  return dir;
}

// The official SARIF 2.1.0 schema, committed with the report tests; formats as they check them.
const URI_CHARS = "(?:[A-Za-z0-9\\-._~!$&'()*+,;=:@/?#\\[\\]]|%[0-9A-Fa-f]{2})*";
const ajv = new Ajv2020({ allErrors: true, strict: false });
ajv.addFormat("uri", new RegExp(`^[A-Za-z][A-Za-z0-9+.-]*:${URI_CHARS}$`));
ajv.addFormat("uri-reference", new RegExp(`^${URI_CHARS}$`));
ajv.addFormat("uuid", /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
ajv.addFormat("date-time", /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/i);
const validateSarif = ajv.compile(JSON.parse(readFileSync(join(ROOT, "test", "report", "sarif-schema-2.1.0.json"), "utf8")));

export function sarifSchemaErrors(log: unknown): string[] {
  return validateSarif(log) ? [] : (validateSarif.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}
