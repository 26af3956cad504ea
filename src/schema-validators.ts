// The JSON Schema validators of rules, lexicons, configs and fact params. From src/ (tests) they are
// compiled with ajv on first use; scripts/build.mjs replaces this module in the bundles with ajv
// standalone code generated at build time, so a bundle never compiles a schema (nor loads ajv) at
// start-up, and user rules and configs are checked by the same generated code as the built-ins.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Ajv, type ErrorObject } from "ajv";
import { SCHEMAS_DIR } from "./paths.js";

/** An ajv validate function: true when valid, else false with `errors`. */
export interface SchemaValidator {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
}

/**
 * The validator of a schema: "rule", "lexicon", "config" (schemas/<name>.schema.json) or
 * "fact:<name>" (the params schema a fact declares, passed in as `schema`).
 */
export function schemaValidator(key: string, schema?: object): SchemaValidator {
  let v = cache.get(key);
  if (!v) {
    ajv ??= new Ajv(AJV_OPTIONS);
    v = ajv.compile(schema ?? JSON.parse(readFileSync(join(SCHEMAS_DIR, `${key}.schema.json`), "utf8")));
    cache.set(key, v);
  }
  return v;
}

/** The options both ways share (build.mjs reads them from here). */
export const AJV_OPTIONS = { allErrors: true, strict: false } as const;

let ajv: Ajv | undefined;
const cache = new Map<string, SchemaValidator>();
