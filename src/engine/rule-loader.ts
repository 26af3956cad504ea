import { readdirSync, statSync } from "node:fs";
import { basename, join, relative, sep } from "node:path";
import type { ErrorObject } from "ajv";
import { UsageError } from "../model/errors.js";
import { BUILTIN_RULES_DIR, DOCS_BASE_URL } from "../paths.js";
import { compileLexicon, DEFAULT_NEAR_WINDOW, type Cues, type Lexicon, type LexiconDefinition, type PreparedLexicon, useBuiltTables } from "../text/lexicon.js";
import { compileElements, type Element, type ElementDefinition } from "../text/requirement-map.js";
import { MAX_NESTING, nestedDeeperThan, ReadFileError, readJsonSync } from "../sources/read-file.js";
import { assertLinearPattern } from "../text/safe-regex.js";
import { PLACEHOLDER, placeholderProblem } from "./template.js";
import { FACTS } from "./facts.js";
import { EMBEDDED_BUILTINS } from "./builtin-rules.js";
import { modelFromFileBytes } from "./model-file.js";
import { BUILTIN_OPERATORS, OPERATORS } from "./operators.js";
import { schemaValidator } from "../schema-validators.js";
import type { Condition, RuleDefinition } from "./rule-types.js";
import type { WithImplications } from "./document.js";
import type { ElementVeto } from "./elements.js";
import { PreparedModel, prepareModel, type ElementModel, type PreparedModelData } from "../text/element-model.js";
import { oneLine } from "../report/untrusted.js";

export interface RuleSet {
  rules: RuleDefinition[];
  lexicons: Map<string, Lexicon>;
  cues: Cues;
  /** The Item 106 / 16K elements (rules/requirements/requirements.json), in catalog order. */
  elements: Element[];
  /**
   * The learned element veto (rules/models/element-veto.json, or a rules folder's models/element-veto.json, which replaces
   * it after passing schemas/element-model.schema.json); undefined when switched off ("elementModel": false).
   */
  elementVeto?: ElementVeto;
}

/** Where a rules folder keeps the learned element veto. */
export const ELEMENT_VETO_FILE = join("models", "element-veto.json");

/** The rule set without the learned veto when `on` is false (config "elementModel": false, LintOptions.elementModel). */
export function withoutVeto(set: RuleSet, on: boolean | undefined): RuleSet {
  return on === false && set.elementVeto ? { ...set, elementVeto: undefined } : set;
}

const CUE_LEXICONS = { negation: "negation", hypothetical: "hypothetical", clauseBreak: "clause-break", setApart: "set-apart" } as const;

/** "rules/x.json: /checks/0/conditions: must have required property 'all'" — the most specific errors first. */
function describeErrors(file: string, errors: ErrorObject[] | null | undefined): string {
  const list = (errors ?? []).filter((e) => e.keyword !== "oneOf" && e.keyword !== "anyOf" && e.keyword !== "if");
  const shown = (list.length ? list : errors ?? []).slice(0, 3).map((e) => {
    const where = e.instancePath || "/";
    const extra = e.keyword === "additionalProperties" ? ` '${(e.params as { additionalProperty: string }).additionalProperty}'` : "";
    const allowed = e.keyword === "enum" ? ` (${(e.params as { allowedValues: unknown[] }).allowedValues.join(", ")})` : "";
    return `${where}: ${e.message}${extra}${allowed}`;
  });
  return `${file}: ${shown.join("; ")}`;
}

/** Throws the schema's errors for a file that does not pass it. */
function validated(data: unknown, schema: "lexicon" | "rule" | "requirement" | "element-model", shown: string): void {
  const validate = schemaValidator(schema);
  if (!validate(data)) throw new UsageError(describeErrors(shown, validate.errors));
}

/** A rule or lexicon file is a few KB. */
const RULE_FILE_MAX_BYTES = 4 * 1024 * 1024;

function readJson(file: string, shown: string): unknown {
  try {
    // Only a regular file, within the cap; a parse error never quotes the text (it may not be ours).
    return readJsonSync(file, RULE_FILE_MAX_BYTES);
  } catch (e) {
    throw new UsageError(`${shown}: ${e instanceof ReadFileError && !e.message.startsWith("invalid JSON") ? "cannot read: " : ""}${(e as Error).message}`);
  }
}

/**
 * A file in a user's rules folder is validated as a rule only when it says it is one (an "id"
 * equal to its file name); anything else — a folder of someone else's JSON — is refused without
 * quoting it.
 */
function claimsToBe(raw: unknown, file: string): boolean {
  return typeof raw === "object" && raw !== null && !Array.isArray(raw) && (raw as { id?: unknown }).id === basename(file, ".json");
}

function jsonFiles(dir: string): string[] {
  try {
    return readdirSync(dir)
      .filter((f) => f.endsWith(".json"))
      .sort()
      .map((f) => join(dir, f));
  } catch {
    return [];
  }
}

/**
 * The JSON files of a rules folder (or its lexicons/ subfolder), parsed. `checked`: the built-in
 * files a bundle embeds, which scripts/build.mjs validated with this loader when it built it.
 */
function ruleFiles(dir: string, sub: "" | "lexicons", show: (f: string) => string): { file: string; name: string; data: unknown; checked: boolean; prepared?: PreparedLexicon }[] {
  const embedded = dir === BUILTIN_RULES_DIR ? EMBEDDED_BUILTINS?.[sub || "rules"] : undefined;
  if (embedded) {
    const prepared: Record<string, PreparedLexicon> | undefined = sub === "lexicons" ? JSON.parse(EMBEDDED_BUILTINS!.prepared) : undefined;
    // The judge's tables as the build made them (CLI bundles): their keys numbered before any lexicon is compiled.
    const tables = EMBEDDED_BUILTINS!.tables;
    if (prepared && tables) useBuiltTables(tables, (name) => prepared[`${name}.json`]?.near);
    // A prepared lexicon's definition is read and parsed when asked for (a config's add/remove), not at
    // start-up: in the CLI's bundles the text itself is read from dist/builtins.dat only then (builtins-file.ts).
    const parse = (name: string, lazy: boolean) => (lazy ? () => JSON.parse(embedded[name]) : JSON.parse(embedded[name]));
    // The build's file names are plain, so the folder's path and a name make the path join() would (~300 joins at start-up).
    const folder = sub ? `${dir}${sep}${sub}${sep}` : `${dir}${sep}`;
    return Object.keys(embedded)
      .sort()
      // (The name without ".json" as basename() gives it: each a call of path's string scanner at start-up, ~240 of them.)
      .map((name) => ({ file: folder + name, name: name.slice(0, -5), data: parse(name, prepared?.[name] !== undefined), checked: true, prepared: prepared?.[name] }));
  }
  return jsonFiles(join(dir, sub)).map((file) => ({ file, name: basename(file, ".json"), data: readJson(file, show(file)), checked: false }));
}

/**
 * Each pattern must compile with the flags the lexicon uses and must not backtrack exponentially or
 * polynomially; and each near item must be able to match at all.
 */
export function checkLexiconPatterns(def: LexiconDefinition): void {
  const flags = def.caseSensitive ? "u" : "iu";
  for (const p of def.patterns ?? []) assertLinearPattern(p, flags);
  for (const p of def.caseSensitivePatterns ?? []) assertLinearPattern(p, "u");
  checkNearItemsFit(def);
}

/** A near phrase that cannot fit its window beside one word of every other group never matches. */
export function checkNearItemsFit(def: LexiconDefinition): void {
  (def.near ?? []).forEach((near, i) => {
    const window = near.window ?? DEFAULT_NEAR_WINDOW;
    const words = (item: string) => item.trim().split(/\s+/).length;
    const shortest = near.all.map((group) => Math.min(...group.map(words)));
    near.all.forEach((group, g) => {
      const others = shortest.reduce((a, b) => a + b, 0) - shortest[g];
      for (const item of group) {
        if (words(item) + others > window) {
          throw new Error(`near/${i}: ${JSON.stringify(item)} can never match: with one word of each other group it spans ${words(item) + others} words, and the window is ${window} (every word of a phrase counts)`);
        }
      }
    });
  });
}

/** Loads and validates rules and lexicons from the built-in folder and any user folders. */
export function loadRuleSet(userDirs: string[] = [], cwd = process.cwd()): RuleSet {
  const lexicons = new Map<string, Lexicon>();
  const rules: RuleDefinition[] = [];
  const dirs = [BUILTIN_RULES_DIR, ...userDirs];
  for (const dir of userDirs) {
    let ok = false;
    try {
      ok = statSync(dir).isDirectory();
    } catch {
      /* reported below */
    }
    if (!ok) throw new UsageError(`rules directory not found: ${dir}`);
  }
  const show = (f: string) => (f.startsWith(BUILTIN_RULES_DIR) ? relative(join(BUILTIN_RULES_DIR, ".."), f) : relative(cwd, f) || f);

  for (const dir of dirs) {
    for (const { file, name, data: def, checked, prepared } of ruleFiles(dir, "lexicons", show)) {
      // (The validators are loaded only for files that need them: see scripts/build.mjs.)
      if (!checked) validated(def, "lexicon", show(file));
      try {
        // A user's patterns run on files nobody reviewed: refuse one that can backtrack
        // exponentially or polynomially. (The built-in lexicons are checked in the test suite.)
        if (dir !== BUILTIN_RULES_DIR) checkLexiconPatterns(def as LexiconDefinition);
        // A user lexicon of the same name replaces ours: that is how a team tunes a word list.
        lexicons.set(name, compileLexicon(name, def as LexiconDefinition | (() => LexiconDefinition), prepared));
      } catch (e) {
        throw new UsageError(`${show(file)}: ${(e as Error).message}`);
      }
    }
  }
  for (const cue of Object.values(CUE_LEXICONS)) {
    if (!lexicons.has(cue)) throw new UsageError(`missing lexicon rules/lexicons/${cue}.json`);
  }
  const elements = loadElements(dirs, show, lexicons);
  const elementIds = new Set(elements.map((e) => e.id));
  const elementVeto = loadElementVeto(dirs, show, elementIds);
  const seen = new Map<string, string>();
  for (const dir of dirs) {
    for (const { file, name, data: raw, checked } of ruleFiles(dir, "", show)) {
      if (!checked && dir !== BUILTIN_RULES_DIR && !claimsToBe(raw, file)) {
        throw new UsageError(`${show(file)}: not a disclint rule (a rule file has an "id" equal to its file name); a rules folder holds only rule files and lexicons/`);
      }
      if (!checked && nestedDeeperThan(raw, MAX_NESTING)) throw new UsageError(`${show(file)}: nested deeper than ${MAX_NESTING} levels`);
      if (!checked) validated(raw, "rule", show(file));
      const rule = raw as RuleDefinition;
      if (rule.id !== name) throw new UsageError(`${show(file)}: /id: "${rule.id}" must match the file name`);
      // Each file's shown name is made only for a message (relative() is most of a built-in rule's load).
      if (seen.has(rule.id)) throw new UsageError(`${show(file)}: /id: rule "${rule.id}" is already defined in ${show(seen.get(rule.id)!)}`);
      seen.set(rule.id, file);
      if (!checked) checkSemantics(rule, show(file), lexicons, elementIds);
      const builtin = dir === BUILTIN_RULES_DIR;
      rules.push({ ...(builtin ? rule : oneLineText(rule)), file, docsUrl: builtin ? `${DOCS_BASE_URL}${rule.id}.md` : file });
    }
  }
  checkYields(rules, show, elementIds);
  const cues: Cues = {
    negation: lexicons.get(CUE_LEXICONS.negation)!,
    hypothetical: lexicons.get(CUE_LEXICONS.hypothetical)!,
    clauseBreak: lexicons.get(CUE_LEXICONS.clauseBreak)!,
    setApart: lexicons.get(CUE_LEXICONS.setApart)!,
  };
  return { rules, lexicons, cues, elements, ...(elementVeto ? { elementVeto } : {}) };
}

/**
 * A user's rule (a config's rulesDirs: in a pull request, a stranger's) with its text on one line each: a finding is one
 * line in every format (JSON and SARIF messages included), so a line break, or a control, in a message, fix, citation,
 * description, requirement or yield note becomes a space here, once, rather than in each format.
 */
function oneLineText(rule: RuleDefinition): RuleDefinition {
  const line = <T extends string | undefined>(s: T): T => (s === undefined ? s : (oneLine(s) as T));
  return {
    ...rule,
    description: line(rule.description),
    citation: line(rule.citation),
    requirement: line(rule.requirement),
    ...(rule.fix !== undefined ? { fix: line(rule.fix) } : {}),
    checks: rule.checks.map((c) => ({
      ...c,
      message: line(c.message),
      ...(c.fix !== undefined ? { fix: line(c.fix) } : {}),
      ...(c.yieldsTo ? { yieldsTo: { ...c.yieldsTo, note: line(c.yieldsTo.note) } } : {}),
    })),
  };
}

/**
 * The learned element veto: the built-in rules/models/element-veto.json (embedded in a bundle, checked by the build;
 * read from src/ when first needed, checked then), replaced by the last rules folder that has models/element-veto.json.
 * A user's file is read and checked against the schema at load: a broken one is a usage error (exit 2), never silently
 * the lexicons' answer. Weights are parsed when a paragraph first needs them (start-up parses nothing).
 */
function loadElementVeto(dirs: string[], show: (f: string) => string, elementIds: Set<string>): ElementVeto | undefined {
  let veto: ElementVeto | undefined;
  for (const dir of dirs) {
    const file = join(dir, ELEMENT_VETO_FILE);
    // (`in`: in the CLI's bundles the text is read from dist/builtins.dat only when asked for.)
    const builtins = dir === BUILTIN_RULES_DIR && EMBEDDED_BUILTINS && "model" in EMBEDDED_BUILTINS ? EMBEDDED_BUILTINS : undefined;
    if (builtins) {
      // Numbered by the build (prepareModelData): no weights' keys to parse, no Maps of them to build.
      veto = lazyVeto(file, () => new PreparedModel(builtinModelData(builtins)));
      continue;
    }
    if (!isFile(file)) continue;
    const check = (): PreparedModel => {
      const raw = readJson(file, show(file));
      validated(raw, "element-model", show(file));
      for (const id of Object.keys((raw as ElementModel).elements)) if (!elementIds.has(id)) throw new UsageError(`${show(file)}: /elements/${id}: unknown element "${id}"`);
      // An element's own threshold (round 36) for an element the catalog lacks would silently judge nothing.
      for (const id of Object.keys((raw as ElementModel).elementVeto ?? {})) if (!elementIds.has(id)) throw new UsageError(`${show(file)}: /elementVeto/${id}: unknown element "${id}"`);
      return prepareModel(raw as ElementModel);
    };
    if (dir === BUILTIN_RULES_DIR) veto = lazyVeto(file, check);
    else {
      const model = check();
      veto = { file, model: () => model };
    }
  }
  return veto;
}

/**
 * The built-in model as the build numbered it: the CLI's bundles read it from dist/element-model.bin (model-file.ts:
 * its numbers not parsed from text, round 52), or, without that file, from its JSON text as the API and the Action do.
 */
function builtinModelData(builtins: NonNullable<typeof EMBEDDED_BUILTINS>): PreparedModelData {
  const bytes = builtins.modelBytes?.();
  return (bytes && modelFromFileBytes(bytes)) || (JSON.parse(builtins.model!) as PreparedModelData);
}

function lazyVeto(file: string, load: () => PreparedModel): ElementVeto {
  let model: PreparedModel | undefined;
  return { file, model: () => (model ??= load()) };
}

/**
 * The element catalog: the built-in requirements/requirements.json, then each user folder's, whose
 * elements replace ours by id or add to them. Every lexicon it names must exist.
 */
function loadElements(dirs: string[], show: (f: string) => string, lexicons: Map<string, Lexicon>): Element[] {
  const byId = new Map<string, ElementDefinition>();
  for (const dir of dirs) {
    const file = join(dir, "requirements", "requirements.json");
    if (dir !== BUILTIN_RULES_DIR && !isFile(file)) continue;
    const shown = show(file);
    const embedded = dir === BUILTIN_RULES_DIR ? EMBEDDED_BUILTINS?.requirements : undefined;
    const raw = embedded ? JSON.parse(embedded) : readJson(file, shown);
    // The built-in catalog is checked against the schema by the test suite; a user's on every load.
    if (dir !== BUILTIN_RULES_DIR) validated(raw, "requirement", shown);
    (raw as { elements: ElementDefinition[] }).elements.forEach((el, i) => {
      byId.set(el.id, el);
      // The build loaded the built-in catalog from its file with the checks below on (scripts/build.mjs checkBuiltinRules):
      // a bundle's embedded copy is not checked again (round 52: its elements' lists of names, their headings' regexes).
      if (embedded) return;
      const names: [string, string | undefined][] = [
        ["lexicon", el.lexicon],
        ...(el.also ?? []).map((name, k): [string, string] => [`also/${k}`, name]),
        ["negative", el.negative],
        ["excepted", el.excepted],
        ["deniedReach", el.deniedReach],
        ["deniedAnswer", el.deniedAnswer],
        ["partyClause", el.partyClause],
        ["unless", el.unless],
        ["exceptTold", el.exceptTold],
        ["exceptOverseen", el.exceptOverseen],
        ...(el.except ?? []).map((name, k): [string, string] => [`except/${k}`, name]),
        ...(el.offTopic ?? []).map((name, k): [string, string] => [`offTopic/${k}`, name]),
        ...(el.offTopicReadsBack ?? []).map((name, k): [string, string] => [`offTopicReadsBack/${k}`, el.offTopic?.includes(name) ? name : `${name} (not one of its offTopic lexicons)`]),
        ...(el.offTopicReadsForward ?? []).map((name, k): [string, string] => [`offTopicReadsForward/${k}`, el.offTopic?.includes(name) ? name : `${name} (not one of its offTopic lexicons)`]),
        ...(el.offTopicByClause ?? []).map((name, k): [string, string] => [`offTopicByClause/${k}`, el.offTopic?.includes(name) ? name : `${name} (not one of its offTopic lexicons)`]),
        ["paragraphTopic", el.paragraphTopic],
        ...(el.parts ?? []).map((p, k): [string, string] => [`parts/${k}/lexicon`, p.lexicon]),
        ...(el.clauses ?? []).flatMap((c, k) => Object.entries(c).filter(([role, name]) => role !== "comment" && role !== "receiverKind" && typeof name === "string").map(([role, name]): [string, string] => [`clauses/${k}/${role}`, name as string])),
        ...(el.exceptClauses ?? []).flatMap((c, k) => Object.entries(c).filter(([role, name]) => role !== "comment" && role !== "receiverKind" && typeof name === "string").map(([role, name]): [string, string] => [`exceptClauses/${k}/${role}`, name as string])),
        ...((el as WithImplications).impliedBy ?? []).flatMap((x, k): [string, string | undefined][] => [
          [`impliedBy/${k}/sentence`, x.sentence],
          [`impliedBy/${k}/without`, x.without],
        ]),
      ];
      for (const [key, name] of names) {
        if (name !== undefined && !lexicons.has(name)) throw new UsageError(`${shown}: /elements/${i}/${key}: unknown lexicon "${name}"`);
      }
      el.headings.forEach((p, k) => {
        try {
          if (dir !== BUILTIN_RULES_DIR) assertLinearPattern(p, "iu");
          else new RegExp(p, "i");
        } catch (e) {
          throw new UsageError(`${shown}: /elements/${i}/headings/${k}: ${(e as Error).message}`);
        }
      });
    });
  }
  // An implication names another element of the catalog (document.ts impliedAnswer).
  for (const el of byId.values())
    for (const [k, x] of ((el as WithImplications).impliedBy ?? []).entries())
      for (const [field, id] of [["element", x.element], ["whenUnaddressed", x.whenUnaddressed]] as const)
        if (id !== undefined && !byId.has(id)) throw new UsageError(`requirements.json: ${el.id}/impliedBy/${k}/${field}: unknown element "${id}"`);
  return compileElements([...byId.values()]);
}

function isFile(file: string): boolean {
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

/** A rule's condition trees with their JSON paths in the rule file: its `when`, then each check's `conditions`. */
export function conditionTrees(rule: RuleDefinition): [string, Condition][] {
  const checks = rule.checks.map((check, i): [string, Condition] => [`/checks/${i}/conditions`, check.conditions]);
  return rule.when ? [["/when", rule.when], ...checks] : checks;
}

/** A check's `yieldsTo` names another rule of the set (what the schema cannot say; a user's rule may yield to a built-in one). */
function checkYields(rules: RuleDefinition[], show: (file: string) => string, elementIds: Set<string>): void {
  const ids = new Set(rules.map((r) => r.id));
  for (const rule of rules) {
    rule.checks.forEach((check, i) => {
      const element = check.yieldsTo?.element;
      if (element !== undefined && !elementIds.has(element)) throw new UsageError(`${show(rule.file)}: /checks/${i}/yieldsTo/element: unknown element "${element}"`);
      const to = check.yieldsTo?.rule;
      if (to === undefined || (to !== rule.id && ids.has(to))) return;
      throw new UsageError(`${show(rule.file)}: /checks/${i}/yieldsTo/rule: ${to === rule.id ? "a rule cannot yield to itself" : `unknown rule "${to}"`}`);
    });
  }
}

/** What the schema cannot say: facts, their params, operators and lexicons exist. */
function checkSemantics(rule: RuleDefinition, shown: string, lexicons: Map<string, Lexicon>, elementIds: Set<string>): void {
  const fail = (path: string, msg: string) => {
    throw new UsageError(`${shown}: ${path}: ${msg}`);
  };
  const checkFact = (path: string, fact: string, params: Record<string, unknown> | undefined) => {
    const def = Object.hasOwn(FACTS, fact) ? FACTS[fact] : undefined;
    if (!def) return fail(`${path}/fact`, `unknown fact "${fact}" (known: ${Object.keys(FACTS).join(", ")})`);
    const v = schemaValidator(`fact:${fact}`, def.params);
    if (!v(params ?? {})) throw new UsageError(describeErrors(shown, v.errors?.map((e) => ({ ...e, instancePath: `${path}/params${e.instancePath}` }))));
    for (const k of ["lexicon", "with", "without", "notWithin"]) {
      const name = params?.[k];
      if (typeof name === "string" && !lexicons.has(name)) fail(`${path}/params/${k}`, `unknown lexicon "${name}"`);
    }
    for (const k of ["clauseHas", "clauseLacks", "topicHas", "sentenceLacks", "prefer"]) {
      const names = params?.[k];
      if (Array.isArray(names)) names.forEach((name, i) => typeof name === "string" && !lexicons.has(name) && fail(`${path}/params/${k}/${i}`, `unknown lexicon "${name}"`));
    }
    if (fact === "element" && typeof params?.id === "string" && !elementIds.has(params.id)) fail(`${path}/params/id`, `unknown element "${params.id}"`);
  };
  const walk = (c: Condition, path: string) => {
    if ("all" in c) c.all.forEach((x, i) => walk(x, `${path}/all/${i}`));
    else if ("any" in c) c.any.forEach((x, i) => walk(x, `${path}/any/${i}`));
    else if ("not" in c) walk(c.not, `${path}/not`);
    else {
      checkFact(path, c.fact, c.params);
      if (!Object.hasOwn(OPERATORS, c.operator) && !BUILTIN_OPERATORS.includes(c.operator)) {
        fail(`${path}/operator`, `unknown operator "${c.operator}"`);
      }
    }
  };
  for (const [path, tree] of conditionTrees(rule)) walk(tree, path);
  rule.checks.forEach((check, i) => {
    if (check.locate && "fact" in check.locate) checkFact(`/checks/${i}/locate`, check.locate.fact, check.locate.params);
    for (const [field, template] of [["message", check.message], ["fix", check.fix], ["yieldsTo/note", check.yieldsTo?.note]] as const) {
      for (const m of (template ?? "").matchAll(PLACEHOLDER)) {
        const problem = placeholderProblem(m[1], m[2]);
        if (problem) fail(`/checks/${i}/${field}`, problem);
      }
    }
  });
}
