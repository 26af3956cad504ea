// The fast path for rule conditions: json-rules-engine's condition format (all / any / not, fact,
// params, operator, value, path) evaluated synchronously against the document's fact memo. The
// conditions are compiled once per Linter; a document costs one call per condition it reaches, with
// no rule cloned and no promise per condition. json-rules-engine itself stays the reference
// (reference-engine.ts), and test/engine/evaluate-differential.test.ts requires the same events.
//
// Semantics kept from json-rules-engine 7 (dist/rule.js, condition.js, almanac.js):
// - the conditions of an all/any are run in priority groups, highest first (a condition's own
//   `priority`, else its fact's, else 1; a nested all/any/not has its own priority, default 1); a
//   later group runs only when the earlier ones have not decided the result;
// - an empty all or any is true; `not` negates its one condition;
// - `value: { fact, params, path }` is the value of that fact;
// - `path` on a fact whose value is an object goes through the path resolver;
// - the built-in operators check their fact value's type first (contains: an array; lessThan …:
//   a number) and are false when it does not fit.
// One difference that cannot change a result: inside a priority group, json-rules-engine computes
// every condition before combining them; this stops at the first one that decides.
import type { DocumentContext } from "./document.js";
import type { Condition, RuleDefinition } from "./rule-types.js";

/** A fact's value for these params (the document's memo). */
export type FactLookup = (fact: string, params: Record<string, unknown>) => unknown;

/** A compiled condition: true when it holds for the document `get` reads. */
export type CompiledCondition = (get: FactLookup) => boolean;

export type OperatorFn = (factValue: unknown, value: unknown) => boolean;

export interface EvaluatorRegistry {
  /** Fact name → its priority (what json-rules-engine's Fact carries). */
  facts: Record<string, { priority: number }>;
  /** Operators added to the engine (name → evaluate), on top of the built-ins. */
  operators: Record<string, { evaluate: OperatorFn }>;
  /** json-rules-engine's `pathResolver`; the Linter's is the identity. */
  pathResolver?: (value: object, path: string) => unknown;
}

const isNumber = (v: unknown) => Number.parseFloat(v as string).toString() !== "NaN";
type Indexable = { indexOf(x: unknown): number };

/** json-rules-engine's default operators, with their fact-value validators. */
export const BUILTIN_OPERATOR_FNS: Record<string, OperatorFn> = {
  equal: (a, b) => a === b,
  notEqual: (a, b) => a !== b,
  in: (a, b) => (b as Indexable).indexOf(a) > -1,
  notIn: (a, b) => (b as Indexable).indexOf(a) === -1,
  contains: (a, b) => Array.isArray(a) && a.indexOf(b) > -1,
  doesNotContain: (a, b) => Array.isArray(a) && a.indexOf(b) === -1,
  lessThan: (a, b) => isNumber(a) && (a as number) < (b as number),
  lessThanInclusive: (a, b) => isNumber(a) && (a as number) <= (b as number),
  greaterThan: (a, b) => isNumber(a) && (a as number) > (b as number),
  greaterThanInclusive: (a, b) => isNumber(a) && (a as number) >= (b as number),
};

const NO_PARAMS: Record<string, unknown> = Object.freeze({}) as Record<string, unknown>;

interface Compiled {
  run: CompiledCondition;
  priority: number;
}

/** Compiles a condition tree once; throws on an unknown fact or operator, as the engine would at run time. */
export function compileCondition(condition: Condition, registry: EvaluatorRegistry): CompiledCondition {
  return compile(condition as RawCondition, registry).run;
}

type RawCondition = Record<string, unknown>;

function ownPriority(c: RawCondition): number | undefined {
  if (!Object.hasOwn(c, "priority")) return undefined;
  const p = Number.parseInt(String(c.priority), 10);
  return Number.isNaN(p) ? undefined : p;
}

function compile(c: RawCondition, registry: EvaluatorRegistry): Compiled {
  for (const op of ["all", "any"] as const) {
    if (Object.hasOwn(c, op)) {
      const list = c[op] as RawCondition[];
      if (!Array.isArray(list)) throw new Error(`"${op}" must be an array`);
      return { run: group(list.map((x) => compile(x, registry)), op), priority: ownPriority(c) || 1 };
    }
  }
  if (Object.hasOwn(c, "not")) {
    const inner = compile(c.not as RawCondition, registry).run;
    return { run: (get) => !inner(get), priority: ownPriority(c) || 1 };
  }
  return leaf(c, registry);
}

/** all / any over priority groups, highest priority first, each group deciding when it can. */
function group(children: Compiled[], op: "all" | "any"): CompiledCondition {
  if (children.length === 0) return () => true;
  if (children.length === 1) return children[0].run;
  const byPriority = new Map<number, CompiledCondition[]>();
  for (const child of children) {
    const list = byPriority.get(child.priority);
    if (list) list.push(child.run);
    else byPriority.set(child.priority, [child.run]);
  }
  const ordered = [...byPriority.keys()].sort((a, b) => b - a).flatMap((p) => byPriority.get(p)!);
  return op === "all"
    ? (get) => {
        for (const run of ordered) if (!run(get)) return false;
        return true;
      }
    : (get) => {
        for (const run of ordered) if (run(get)) return true;
        return false;
      };
}

function leaf(c: RawCondition, registry: EvaluatorRegistry): Compiled {
  const fact = c.fact as string;
  if (!Object.hasOwn(registry.facts, fact)) throw new Error(`Undefined fact: ${fact}`);
  const name = c.operator as string;
  const operator = Object.hasOwn(registry.operators, name) ? registry.operators[name].evaluate : BUILTIN_OPERATOR_FNS[name];
  if (!operator) throw new Error(`Unknown operator: ${name}`);
  const params = (c.params as Record<string, unknown> | undefined) ?? NO_PARAMS;
  const resolve = registry.pathResolver ?? ((v: object) => v);
  const read = (factName: string, p: Record<string, unknown>, path: unknown, get: FactLookup): unknown => {
    const v = get(factName, p);
    return path && v != null && typeof v === "object" ? resolve(v, path as string) : v;
  };
  // json-rules-engine wants a value on every condition; the Linter gives unary ones null.
  const value = Object.hasOwn(c, "value") ? c.value : null;
  const priority = ownPriority(c) || registry.facts[fact].priority || 1;
  const path = c.path;
  if (value != null && typeof value === "object" && Object.hasOwn(value, "fact")) {
    const ref = value as { fact: string; params?: Record<string, unknown>; path?: string };
    if (!Object.hasOwn(registry.facts, ref.fact)) throw new Error(`Undefined fact: ${ref.fact}`);
    const refParams = ref.params ?? NO_PARAMS;
    return { run: (get) => operator(read(fact, params, path, get), read(ref.fact, refParams, ref.path, get)), priority };
  }
  return { run: (get) => operator(read(fact, params, path, get), value), priority };
}

/** A check of a rule whose conditions hold for a document: what the Linter reports on. */
export interface CheckEvent {
  rule: RuleDefinition;
  check: number;
}

/** What decides which checks hold for a document: this module's fast path, or json-rules-engine itself. */
export interface RuleEvaluator {
  events(ctx: DocumentContext, get: FactLookup): CheckEvent[] | Promise<CheckEvent[]>;
}

/** Whether a rule runs on a document at all (its forms and inputs). */
export type AppliesTo = (rule: RuleDefinition, ctx: DocumentContext) => boolean;

/**
 * Every check of every rule compiled once; a document is a walk over them, in rule order. A rule's
 * `when` is decided once, before its checks: a check holds when both do (json-rules-engine: `when`
 * and the check in one `all`), and conditions are pure, so deciding it once cannot change a result.
 */
export function fastEvaluator(rules: RuleDefinition[], applies: AppliesTo, registry: EvaluatorRegistry): RuleEvaluator {
  const compiled = rules.map((rule) => ({
    rule,
    when: rule.when ? compileCondition(rule.when, registry) : undefined,
    checks: rule.checks.map((c) => compileCondition(c.conditions, registry)),
  }));
  return {
    events(ctx, get) {
      const events: CheckEvent[] = [];
      for (const { rule, when, checks } of compiled) {
        if (!applies(rule, ctx) || (when && !when(get))) continue;
        checks.forEach((holds, check) => {
          if (holds(get)) events.push({ rule, check });
        });
      }
      return events;
    },
  };
}

/**
 * A lookup that remembers each value by its params object: compiled conditions pass the same
 * object every time, so a repeat costs two map reads instead of the memo's JSON key.
 */
export function rememberedLookup(get: FactLookup): FactLookup {
  const byParams = new Map<Record<string, unknown>, Map<string, unknown>>();
  return (fact, params) => {
    let values = byParams.get(params);
    if (!values) byParams.set(params, (values = new Map()));
    if (values.has(fact)) return values.get(fact);
    const value = get(fact, params);
    values.set(fact, value);
    return value;
  };
}
