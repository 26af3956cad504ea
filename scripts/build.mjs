// Bundles the CLI (an entry, one CommonJS bundle and its on-demand dependencies), its worker and the
// API (ES modules with shared chunks), and the GitHub Action (one file) under dist/.
// dist/cli.js is built on install (the `prepare` script) and not committed; dist/action.js is
// committed, because an Action runs from a checkout with no node_modules. test/action checks that
// the committed bundle is what this script builds from src/ now.
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { build } from "esbuild";

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");

export const common = {
  absWorkingDir: ROOT,
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  sourcemap: false,
  legalComments: "none",
  logLevel: "warning",
  // Bundled CommonJS dependencies call require(); give the ESM bundle one.
  banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
};

export const bundles = {
  cli: { entryPoints: ["src/cli/index.ts"], outfile: "dist/cli.js" },
  action: { entryPoints: ["src/action/index.ts"], outfile: "dist/action.js" },
  // The CLI lints each file in a worker thread under --timeout.
  worker: { entryPoints: ["src/engine/lint-worker.ts"], outfile: "dist/lint-worker.js" },
};

/** The esbuild options of one bundle; `outfile` (absolute or relative to ROOT) to build it elsewhere. */
export function options(name, outfile) {
  return { ...common, ...bundles[name], ...(outfile ? { outfile } : {}), plugins: [buildTimePlugin] };
}

/**
 * The lint worker and the API, built together with code splitting: code they share goes into chunks
 * beside them; what is loaded on demand (mammoth for Word drafts, json-rules-engine for
 * DISCLINT_ENGINE=json-rules-engine) is a chunk of its own. The Action stays one file (it is
 * committed, and runs from a checkout).
 */
export function esmOptions(outdir = "dist") {
  return {
    ...common,
    // api: the package's `import { Disclint } from "disclint"` (package.json "exports").
    entryPoints: { "lint-worker": "src/engine/lint-worker.ts", api: "src/api.ts" },
    outdir,
    splitting: true,
    chunkNames: "chunk-[hash]", // esbuild names every shared chunk "chunk"; the prefix is what the cleanup removes
    plugins: [buildTimePlugin],
  };
}

// ---------------------------------------------------------------------------------------------
// The CLI: bin/disclint.js and dist/cli.js load dist/start.cjs (src/cli/start.ts), which sets V8's
// flags and loads dist/cli.cjs with a code cache.
// The bundle is CommonJS: Node's ES module loader reads and links every module asynchronously
// (~25 ms of CPU on one R page), and only a classic script can be given V8's cached data on Node 20.
// CommonJS has no code splitting, so each dependency that one R page does not need is a file of its
// own under dist/vendor/, loaded on first use of one of its exports: the bundle imports a stub whose
// exports are getters that require the dependency (src/schema-validators.ts too: the rule, lexicon
// and config validators are needed only for user rules, configs and drafts).

/** Packages the CLI's bundle loads on first use (each is dist/vendor/<name>.cjs). */
export const LAZY_PACKAGES = ["yargs", "yaml", "picomatch", "tinyglobby", "mammoth", "json-rules-engine", "iconv-lite", "entities", "fast-xml-parser"];
/** Node's built-in modules it loads on first use: fingerprints (baselines, SARIF) and .docx drafts (~3% of one R page's instructions). */
const LAZY_BUILTINS = ["node:crypto", "node:zlib"];
const VALIDATORS = "schema-validators";

/** The CommonJS bundles' stand-in for import.meta.url (the file's own URL, as in an ES module). */
const cjsImportMeta = {
  banner: { js: "var __disclint_import_meta_url = require('node:url').pathToFileURL(__filename).href;" },
  define: { "import.meta.url": "__disclint_import_meta_url" },
};

/** dist/vendor/<name>.cjs: one dependency (or the validators) as CommonJS; returns its exports' kinds. */
async function buildVendor(name, contents, outdir) {
  const outfile = join(outdir, "vendor", `${name}.cjs`);
  await build({ ...common, ...cjsImportMeta, format: "cjs", stdin: { contents, resolveDir: ROOT, loader: "js", sourcefile: `${name}.js` }, outfile });
  return exportKinds(createRequire(outfile)(outfile));
}

/** The kinds of a module's exports that can stand in for themselves until used: functions (and classes) and objects. */
function exportKinds(exports) {
  return Object.keys(exports)
    .filter((k) => /^[A-Za-z_$][\w$]*$/.test(k) && (typeof exports[k] === "function" || (typeof exports[k] === "object" && exports[k] !== null)))
    .map((k) => [k, typeof exports[k]]);
}

/**
 * An ES module standing in for a module the bundle requires on first use (`./vendor/<name>.cjs` or a
 * built-in): each export is a proxy that requires it on first use (a call, `new`, or a property)
 * and forwards to the real export.
 */
function lazyStub(specifier, kinds) {
  return `let m;
const load = () => (m ??= require(${JSON.stringify(specifier)}));
const lazy = (k, callable) => new Proxy(callable ? function () {} : {}, {
  apply: (_, self, args) => Reflect.apply(load()[k], self, args),
  construct: (_, args) => Reflect.construct(load()[k], args),
  get: (_, p) => Reflect.get(load()[k], p),
  set: (_, p, v) => Reflect.set(load()[k], p, v),
  has: (_, p) => Reflect.has(load()[k], p),
});
${kinds.map(([k, kind]) => `${k === "default" ? "export default" : `export const ${k} =`} lazy(${JSON.stringify(k)}, ${kind === "function"});`).join("\n")}
`;
}

/**
 * A bundle's source with its characters outside ASCII (esbuild leaves them in regular expression
 * literals and comments) written as \u escapes, which mean the same there and in strings; an
 * identity escape of one ("\’") becomes its \u escape. A source with one such character is a
 * two-byte string: V8 decoded the CLI's 643 KB bundle into 1.3 MB, then copied it whole to prepend
 * the module wrapper, on every run (round 30).
 */
export function asciiSource(text) {
  return text.replace(/(\\*)([^\x00-\x7f])/g, (_, slashes, c) => `${slashes.length % 2 ? slashes.slice(1) : slashes}\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/** Rewrites a bundle as asciiSource. */
function asciiOnly(file) {
  const text = readFileSync(file, "utf8");
  if (/[^\x00-\x7f]/.test(text)) writeFileSync(file, asciiSource(text));
}

/** Builds dist/cli.cjs, its vendor files, dist/start.cjs, dist/cli.js and the CLI's worker (dist/worker.cjs, dist/worker-start.cjs). */
async function buildCli(outdir = join(ROOT, "dist")) {
  const keys = {};
  await Promise.all([
    ...LAZY_PACKAGES.map(async (p) => {
      const hasDefault = "default" in (await import(p));
      keys[p] = await buildVendor(p, `export * from ${JSON.stringify(p)};${hasDefault ? ` export { default } from ${JSON.stringify(p)};` : ""}`, outdir);
    }),
    (async () => (keys[VALIDATORS] = await buildVendor(VALIDATORS, await (generated ??= standaloneValidators()), outdir)))(),
  ]);
  const stubs = new Map([
    ...LAZY_PACKAGES.map((p) => [p, lazyStub(`./vendor/${p}.cjs`, keys[p])]),
    ...LAZY_BUILTINS.map((b) => [b, lazyStub(b, exportKinds(createRequire(import.meta.url)(b)))]),
    [VALIDATORS, lazyStub(`./vendor/${VALIDATORS}.cjs`, keys[VALIDATORS])],
  ]);
  const lazy = new RegExp(`^(?:${[...LAZY_PACKAGES, ...LAZY_BUILTINS].map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|")})$`);
  const lazyPlugin = {
    name: "disclint-lazy",
    setup(b) {
      // (A stub's own require of a built-in is the real one.)
      b.onResolve({ filter: lazy }, (a) => (a.namespace === "disclint-lazy" ? { path: a.path, external: true } : { path: a.path, namespace: "disclint-lazy" }));
      b.onResolve({ filter: /^\.\.?\/schema-validators\.js$/ }, () => ({ path: VALIDATORS, namespace: "disclint-lazy" }));
      b.onResolve({ filter: /^\.\/vendor\// }, (a) => ({ path: a.path, external: true }));
      b.onLoad({ filter: /.*/, namespace: "disclint-lazy" }, (a) => ({ contents: stubs.get(a.path), loader: "js" }));
    },
  };
  const bundle = join(outdir, "cli.cjs");
  const builtinsPlugin = {
    name: "disclint-builtins-file",
    setup(b) {
      b.onLoad({ filter: /[\\/]src[\\/]engine[\\/]builtin-rules\.ts$/ }, () => ({ contents: BUILTINS_FROM_FILE, loader: "js" }));
    },
  };
  await writeBuiltinsFile(join(outdir, "builtins.dat"));
  const plugins = [lazyPlugin, builtinsPlugin, buildTimePlugin];
  const worker = join(outdir, "worker.cjs");
  await Promise.all([
    // The CLI's pool starts dist/worker-start.cjs (src/engine/worker-start.ts), which loads this bundle with a code cache.
    build({ ...common, ...cjsImportMeta, format: "cjs", entryPoints: ["src/cli/index.ts"], outfile: bundle, plugins, define: { ...cjsImportMeta.define, DISCLINT_WORKER_FILE: JSON.stringify("worker-start.cjs") } }),
    build({ ...common, ...cjsImportMeta, format: "cjs", entryPoints: ["src/engine/lint-worker.ts"], outfile: worker, plugins }),
  ]);
  asciiOnly(bundle);
  asciiOnly(worker);
  const buildHash = (file) => createHash("sha256").update(readFileSync(file)).digest("hex").slice(0, 16);
  const hash = buildHash(bundle);
  await build({ ...common, ...cjsImportMeta, format: "cjs", entryPoints: ["src/engine/worker-start.ts"], outfile: join(outdir, "worker-start.cjs"), define: { ...cjsImportMeta.define, DISCLINT_WORKER_HASH: JSON.stringify(buildHash(worker)) } });
  await build({ ...common, ...cjsImportMeta, format: "cjs", entryPoints: ["src/cli/start.ts"], outfile: join(outdir, "start.cjs"), define: { ...cjsImportMeta.define, DISCLINT_BUNDLE_HASH: JSON.stringify(hash), DISCLINT_VERSION: JSON.stringify(JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")).version) } });
  // `node dist/cli.js` (an ES module: the package's type) starts the CLI as bin/disclint.js does.
  writeFileSync(join(outdir, "cli.js"), `// The CLI (src/cli/start.ts): no import of a built-in, which would build a facade of its exports.\nprocess.getBuiltinModule("node:module").createRequire(import.meta.url)("./start.cjs");\n`);
}

// ---------------------------------------------------------------------------------------------
// Schemas compiled at build time: src/schema-validators.ts compiles them with ajv on first
// use; in a bundle it is replaced by ajv standalone code for every schema (rule, lexicon, config,
// each fact's params), so start-up compiles nothing. The same validators check user rules and
// configs. The built-in rules and lexicons are embedded (src/engine/builtin-rules.ts) after the
// build has loaded them with every check on: a bad built-in rule fails the build.

/** Runs a src/ module (bundled to a temp file, with the runtime compile path) and returns its exports. */
async function loadSource(entry) {
  const dir = mkdtempSync(join(tmpdir(), "disclint-build-"));
  const outfile = join(dir, "m.mjs");
  try {
    await build({ ...common, entryPoints: [join(ROOT, entry)], outfile, define: { "process.env.DISCLINT_ROOT": JSON.stringify(ROOT) } });
    return await import(pathToFileURL(outfile).href);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

let generated;

/** ajv standalone code exporting schemaValidator(key) over every schema the runtime asks for. */
export async function standaloneValidators() {
  const { FACTS } = await loadSource("src/engine/facts.ts");
  const { AJV_OPTIONS } = await loadSource("src/schema-validators.ts");
  const require = createRequire(join(ROOT, "package.json"));
  const { Ajv } = require("ajv");
  const standaloneCode = require("ajv/dist/standalone").default;
  const ajv = new Ajv({ ...AJV_OPTIONS, code: { source: true, esm: true } });
  const keys = {};
  const add = (key, schema) => {
    const name = `v${Object.keys(keys).length}`;
    ajv.addSchema(schema, key);
    keys[key] = name;
  };
  for (const f of readdirSync(join(ROOT, "schemas")).filter((f) => f.endsWith(".schema.json")).sort()) {
    const schema = JSON.parse(readFileSync(join(ROOT, "schemas", f), "utf8"));
    delete schema.$id; // keyed by name: "rule", "lexicon", …
    add(f.replace(/\.schema\.json$/, ""), schema);
  }
  for (const [name, def] of Object.entries(FACTS)) add(`fact:${name}`, def.params);
  const code = standaloneCode(ajv, Object.fromEntries(Object.entries(keys).map(([key, name]) => [name, key])));
  const table = Object.entries(keys).map(([key, name]) => `  ${JSON.stringify(key)}: ${name},`).join("\n");
  return `${code}
const VALIDATORS = {
${table}
};
export function schemaValidator(key) {
  const v = VALIDATORS[key];
  if (!v) throw new Error("disclint: no validator for " + key + " in this build (rebuild: node scripts/build.mjs)");
  return v;
}
`;
}

/** The built-in rules and lexicons as one module (see src/engine/builtin-rules.ts), each lexicon also prepared (src/text/lexicon.ts). */
async function embeddedBuiltins() {
  return `export const EMBEDDED_BUILTINS = ${JSON.stringify(await builtinTexts())};\n`;
}

/**
 * The CLI's bundles read the same texts from dist/builtins.dat (src/engine/builtins-file.ts: its
 * format, and which texts are read only on demand), written here through a temporary file, so a
 * run reading the old file never sees half of the new one.
 */
async function writeBuiltinsFile(file) {
  const { builtinsFileText } = await loadSource("src/engine/builtins-file.ts");
  const tmp = `${file}.${process.pid}.tmp`;
  const texts = await builtinTexts();
  writeFileSync(tmp, builtinsFileText(texts, LAZY_BUILTIN_TEXTS));
  renameSync(tmp, file);
  // The judge's tables (src/engine/built-tables.ts, round 49), beside it: only the CLI's bundles read them (the API and the Action work them out).
  const { builtinTablesBytes } = await loadSource("src/engine/built-tables.ts");
  const tables = join(dirname(file), TABLES_FILE);
  writeFileSync(`${tables}.${process.pid}.tmp`, builtinTablesBytes());
  renameSync(`${tables}.${process.pid}.tmp`, tables);
  // The element model's numbered form as bytes (src/engine/model-file.ts, round 52): its numbers read as typed arrays, not parsed.
  if (texts.model !== undefined) {
    const { modelFileBytes } = await loadSource("src/engine/model-file.ts");
    const model = join(dirname(file), MODEL_FILE);
    writeFileSync(`${model}.${process.pid}.tmp`, modelFileBytes(JSON.parse(texts.model)));
    renameSync(`${model}.${process.pid}.tmp`, model);
  } else rmSync(join(dirname(file), MODEL_FILE), { force: true });
}
/**
 * The texts a run reads only when asked for: the lexicons' definitions (a config's add/remove; the rule set runs the
 * prepared form); the element model's JSON (the CLI's bundles read dist/element-model.bin; the text where that file is missing).
 */
const LAZY_BUILTIN_TEXTS = ["lexicons", "model"];

/** The element model's numbered form, beside builtins.dat (src/engine/model-file.ts). */
const MODEL_FILE = "element-model.bin";

/** The judge's tables, beside builtins.dat (src/engine/built-tables.ts). */
const TABLES_FILE = "judge-tables.bin";

/** The module that stands for src/engine/builtin-rules.ts in the CLI's bundles: EMBEDDED_BUILTINS read from builtins.dat beside the bundle. */
const BUILTINS_FROM_FILE = `import { readBuiltinsFile } from ${JSON.stringify(join(ROOT, "src", "engine", "builtins-file.ts"))};
import { readFileSync } from "node:fs";
export const EMBEDDED_BUILTINS = readBuiltinsFile(new URL("./builtins.dat", import.meta.url));
// The judge's tables (round 49; src/text/lexicon.ts useBuiltTables): the file's bytes, outside V8's heap. Optional:
// without the file (a dist copied without it) the judge works its tables out at run time, as the API does.
try {
  EMBEDDED_BUILTINS.tables = readFileSync(new URL("./${TABLES_FILE}", import.meta.url));
} catch {
  EMBEDDED_BUILTINS.tables = undefined;
}
// The element model's numbers (round 52; src/engine/model-file.ts), read when a paragraph is first judged. Optional too:
// without the file the model is parsed from its JSON text in builtins.dat.
EMBEDDED_BUILTINS.modelBytes = () => {
  try {
    return readFileSync(new URL("./${MODEL_FILE}", import.meta.url));
  } catch {
    return undefined;
  }
};
`;

/** Each built-in rule, lexicon, prepared lexicon and the requirements as JSON texts (EMBEDDED_BUILTINS). */
async function builtinTexts() {
  const parse = (file) => JSON.parse(readFileSync(file, "utf8"));
  const read = (dir) => Object.fromEntries(readdirSync(dir).filter((f) => f.endsWith(".json")).sort().map((f) => [f, parse(join(dir, f))]));
  const texts = (files) => Object.fromEntries(Object.entries(files).map(([f, data]) => [f, JSON.stringify(data)]));
  const lexicons = read(join(ROOT, "rules", "lexicons"));
  const { prepareLexicon } = await (lexiconModule ??= loadSource("src/text/lexicon.ts"));
  const prepared = Object.fromEntries(Object.entries(lexicons).map(([file, def]) => [file, prepareLexicon(def, true)]));
  const data = {
    rules: texts(read(join(ROOT, "rules"))),
    lexicons: texts(lexicons),
    prepared: JSON.stringify(prepared),
    requirements: JSON.stringify(parse(join(ROOT, "rules", "requirements", "requirements.json"))),
    // The learned element veto (src/engine/rule-loader.ts loadElementVeto): checked against its schema by checkBuiltinRules.
    // Numbered here (prepareModelData), so a run neither parses 13,000 weights' keys nor builds Maps of them (round 32).
    ...(existsSync(join(ROOT, "rules", "models", "element-veto.json"))
      ? { model: JSON.stringify((await loadSource("src/text/element-model.ts")).prepareModelData(parse(join(ROOT, "rules", "models", "element-veto.json")))) }
      : {}),
  };
  return data;
}
let lexiconModule;

const buildTimePlugin = {
  name: "disclint-build-time",
  setup(b) {
    b.onLoad({ filter: /[\\/]src[\\/]engine[\\/]builtin-rules\.ts$/ }, async () => ({ contents: await embeddedBuiltins(), loader: "js" }));
    b.onLoad({ filter: /[\\/]src[\\/]schema-validators\.ts$/ }, async () => ({
      contents: await (generated ??= standaloneValidators()),
      loader: "js",
      resolveDir: ROOT,
    }));
  },
};

/** Every built-in rule and lexicon passes the schemas and the loader's checks: a bad one fails the build. */
async function checkBuiltinRules() {
  const { loadRuleSet } = await loadSource("src/engine/rule-loader.ts");
  const set = loadRuleSet([], ROOT);
  set.elementVeto?.model(); // read and checked against schemas/element-model.schema.json: a bad model fails the build
  return set.rules.length;
}

/** Builds dist/: the CLI, its worker and the API (old chunks, vendor files and code caches removed first) and the Action. */
export async function buildAll({ action = true } = {}) {
  await checkBuiltinRules();
  mkdirSync(join(ROOT, "dist"), { recursive: true });
  for (const f of readdirSync(join(ROOT, "dist"))) if (f.startsWith("chunk-") || f === "vendor" || f === ".cache") rmSync(join(ROOT, "dist", f), { recursive: true });
  await Promise.all([build(esmOptions()), buildCli(), ...(action ? [build(options("action"))] : [])]);
  await buildTypes();
}

/** The API's types (dist/types/api.d.ts), when TypeScript is installed (a devDependency). */
async function buildTypes() {
  const tsc = join(ROOT, "node_modules", "typescript", "bin", "tsc");
  if (!existsSync(tsc)) return;
  const { spawnSync } = await import("node:child_process");
  const r = spawnSync(process.execPath, [tsc, "-p", "tsconfig.types.json"], { cwd: ROOT, stdio: "inherit" });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await buildAll();
