// The built-in rule, lexicon and requirement files (rules/*.json, rules/lexicons/*.json,
// rules/requirements/requirements.json). From src/ (tests) they
// are read and validated at run time like any rules folder: undefined here. scripts/build.mjs
// replaces this module in the bundles with the files' contents, after loading them through the
// rule loader with every check on, so a bundle neither reads nor re-validates them at start-up.

/** File name → parsed JSON, for the rules folder and its lexicons/ folder; undefined: read the files. */
export const EMBEDDED_BUILTINS:
  | { rules: Record<string, unknown>; lexicons: Record<string, unknown>; requirements: unknown }
  | undefined = undefined;
