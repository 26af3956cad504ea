// The fast condition evaluator (src/engine/evaluate.ts) against json-rules-engine itself: every
// rule, on every rule fixture and every example, must give the same events (rule id, check) and the
// Linter the same findings; and a table of condition shapes the rules do not use yet (priorities,
// empty all/any, fact-valued values, paths, operators given the wrong type) must decide the same.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { Engine } from "json-rules-engine";
import { describe, expect, it } from "vitest";
import { DocumentContext } from "../../src/engine/document.js";
import { compileCondition, fastEvaluator, type CheckEvent, type EvaluatorRegistry } from "../../src/engine/evaluate.js";
import { applies, factValue, Linter, REGISTRY } from "../../src/engine/linter.js";
import { referenceEvaluator } from "../../src/engine/reference-engine.js";
import { loadRuleSet } from "../../src/engine/rule-loader.js";
import type { Condition, RuleDefinition } from "../../src/engine/rule-types.js";
import { loadDisclosure } from "../../src/sources/load.js";
import { caseFiles, FIXTURES, ROOT, SAMPLE, type Cases } from "../helpers.js";

const ruleSet = loadRuleSet();
const fast = fastEvaluator(ruleSet.rules, applies, REGISTRY);
const reference = referenceEvaluator(ruleSet.rules, applies, REGISTRY, factValue);

/** Every fixture a rule's cases.json names (with the form it assumes), every example, and the shared sample R page. */
function inputs(): [string, string | undefined][] {
  const files = new Map<string, string | undefined>();
  const rulesDir = join(FIXTURES, "rules");
  for (const id of readdirSync(rulesDir).sort()) {
    for (const [f, form] of caseFiles(JSON.parse(readFileSync(join(rulesDir, id, "cases.json"), "utf8")) as Cases)) files.set(join(rulesDir, id, f), form);
  }
  const examples = join(ROOT, "examples");
  for (const f of readdirSync(examples).sort()) {
    const path = join(examples, f);
    if (statSync(path).isDirectory()) for (const g of readdirSync(path).filter((x) => /^R\d+\.htm$/.test(x))) files.set(join(path, g), undefined);
    else if (f !== "README.md") files.set(path, undefined);
  }
  files.set(SAMPLE, undefined);
  return [...files];
}

const key = (e: CheckEvent) => `${e.rule.id}#${e.check}`;

describe("fast evaluator = json-rules-engine on every rule", () => {
  it.each(inputs())("%s", async (file, form) => {
    const disclosure = await loadDisclosure([file], { form });
    const ctx = () => new DocumentContext(disclosure, ruleSet.lexicons, ruleSet.cues, ruleSet.elements);
    const a = ctx();
    const b = ctx();
    const viaFast = (await fast.events(a, (f, p) => factValue(a, f, p))).map(key).sort();
    const viaReference = (await reference.events(b, (f, p) => factValue(b, f, p))).map(key).sort();
    expect(viaFast).toEqual(viaReference);
    const findings = await new Linter(ruleSet).lint(disclosure);
    expect(findings).toEqual(await new Linter(ruleSet, new Map(), { engine: "json-rules-engine" }).lint(disclosure));
  });

  it("each rule's `when` both fails and holds on some input its forms and inputs let it run on", async () => {
    const guarded = ruleSet.rules.filter((r) => r.when);
    expect(guarded.map((r) => r.id)).toContain("incident-report-content");
    const seen = new Map(guarded.map((r) => [r.id, new Set<boolean>()]));
    for (const [file, form] of inputs()) {
      const ctx = new DocumentContext(await loadDisclosure([file], { form }), ruleSet.lexicons, ruleSet.cues, ruleSet.elements);
      for (const r of guarded) if (applies(r, ctx)) seen.get(r.id)!.add(compileCondition(r.when!, REGISTRY)((f, p) => factValue(ctx, f, p)));
    }
    expect(Object.fromEntries([...seen].map(([id, s]) => [id, [...s].sort()]))).toEqual(Object.fromEntries(guarded.map((r) => [r.id, [false, true]])));
  });

  it("some fixture makes every rule fire (the comparison is not all-empty)", async () => {
    const fired = new Set<string>();
    for (const [file, form] of inputs()) {
      const d = await loadDisclosure([file], { form });
      const ctx = new DocumentContext(d, ruleSet.lexicons, ruleSet.cues, ruleSet.elements);
      for (const e of await fast.events(ctx, (f, p) => factValue(ctx, f, p))) fired.add(e.rule.id);
    }
    expect([...fired].sort()).toEqual(ruleSet.rules.map((r) => r.id).sort());
  });
});

// Condition shapes beyond today's rules, on constant facts: the evaluator is generic over the fact
// and operator registries, so a fact or operator added later runs the same way.
const VALUES: Record<string, unknown> = { n: 5, s: "5", t: true, nil: null, list: ["a", "b"], obj: { x: 1 }, empty: [] };
const registry: EvaluatorRegistry = {
  facts: { n: { priority: 10 }, s: { priority: 1 }, t: { priority: 50 }, nil: { priority: 1 }, list: { priority: 5 }, obj: { priority: 1 }, empty: { priority: 1 }, echo: { priority: 1 } },
  operators: { notEmpty: { evaluate: (f) => Array.isArray(f) && f.length > 0 }, same: { evaluate: (f, v) => JSON.stringify(f) === JSON.stringify(v) } },
  pathResolver: (value) => value,
};
const lookup = (fact: string, params: Record<string, unknown>) => (fact === "echo" ? params.v : VALUES[fact]);

const TABLE: [string, Condition][] = [
  ["equal number", { all: [{ fact: "n", operator: "equal", value: 5 }] }],
  ["equal string vs number", { all: [{ fact: "s", operator: "equal", value: 5 }] }],
  ["notEqual null", { all: [{ fact: "nil", operator: "notEqual", value: false }] }],
  ["in", { any: [{ fact: "n", operator: "in", value: [1, 5] }] }],
  ["notIn", { any: [{ fact: "s", operator: "notIn", value: ["5"] }] }],
  ["contains on a list", { all: [{ fact: "list", operator: "contains", value: "b" }] }],
  ["contains on a string (not a list: false)", { all: [{ fact: "s", operator: "contains", value: "5" }] }],
  ["doesNotContain on null (false)", { all: [{ fact: "nil", operator: "doesNotContain", value: "x" }] }],
  ["lessThan on a numeric string", { all: [{ fact: "s", operator: "lessThan", value: 6 }] }],
  ["greaterThan on null (false)", { all: [{ fact: "nil", operator: "greaterThan", value: -1 }] }],
  ["lessThanInclusive", { all: [{ fact: "n", operator: "lessThanInclusive", value: 5 }] }],
  ["greaterThanInclusive on a list (false)", { all: [{ fact: "list", operator: "greaterThanInclusive", value: 0 }] }],
  ["empty all", { all: [] }],
  ["empty any (true, as json-rules-engine has it)", { any: [] }],
  ["not", { not: { fact: "t", operator: "equal", value: true } }],
  ["nested", { any: [{ all: [{ fact: "t", operator: "equal", value: true }, { not: { fact: "empty", operator: "notEmpty", value: null } }] }, { fact: "n", operator: "equal", value: 0 }] }],
  ["custom operator", { all: [{ fact: "obj", operator: "same", value: { x: 1 } }] }],
  ["value from a fact", { all: [{ fact: "n", operator: "equal", value: { fact: "echo", params: { v: 5 } } }] }],
  ["value from a fact, unequal", { all: [{ fact: "s", operator: "equal", value: { fact: "n" } }] }],
  ["params", { all: [{ fact: "echo", params: { v: "x" }, operator: "equal", value: "x" }] }],
  ["path on an object (identity resolver)", { all: [{ fact: "obj", path: "$.x", operator: "same", value: { x: 1 } } as never] }],
  ["own priorities", { any: [{ fact: "nil", operator: "equal", value: null, priority: 99 } as never, { fact: "n", operator: "equal", value: 1 }] }],
  ["priority groups in all", { all: [{ fact: "s", operator: "equal", value: "5" }, { fact: "t", operator: "equal", value: true }, { fact: "list", operator: "notEmpty", value: null }, { fact: "n", operator: "greaterThan", value: 4 }] }],
  ["priority groups in any, all false", { any: [{ fact: "s", operator: "equal", value: "6" }, { fact: "t", operator: "equal", value: false }, { fact: "empty", operator: "notEmpty", value: null }] }],
];

describe("condition shapes: fast evaluator = json-rules-engine", () => {
  it.each(TABLE)("%s", async (_name, condition) => {
    const engine = new Engine([], { allowUndefinedFacts: false, pathResolver: registry.pathResolver });
    for (const [name, op] of Object.entries(registry.operators)) engine.addOperator(name, op.evaluate);
    for (const [name, def] of Object.entries(registry.facts)) {
      engine.addFact(name, (params: Record<string, unknown>) => lookup(name, params ?? {}), { priority: def.priority, cache: false });
    }
    engine.addRule({ conditions: condition as never, event: { type: "held" } });
    const { events } = await engine.run({});
    expect(compileCondition(condition, registry)(lookup)).toBe(events.length === 1);
  });

  it("an unknown fact or operator fails when the rule is compiled", () => {
    expect(() => compileCondition({ all: [{ fact: "nope", operator: "equal", value: 1 }] }, registry)).toThrow(/Undefined fact: nope/);
    expect(() => compileCondition({ all: [{ fact: "n", operator: "nope", value: 1 }] }, registry)).toThrow(/Unknown operator: nope/);
  });
});

// A rule's `when`: the fast path decides it once per document, json-rules-engine runs it as a named
// condition each check refers to; both must give the same events.
describe("a rule's when: fast evaluator = json-rules-engine", () => {
  const rule = (id: string, when: Condition | undefined, checks: Condition[]) =>
    ({ id, severity: "warning", description: "d", citation: "c", requirement: "r", file: `${id}.json`, docsUrl: "", when, checks: checks.map((conditions) => ({ message: "m", conditions })) }) as RuleDefinition;
  const yes: Condition = { all: [{ fact: "n", operator: "equal", value: 5 }] };
  const no: Condition = { all: [{ fact: "t", operator: "equal", value: false }] };
  const RULES: RuleDefinition[] = [
    rule("when-holds", { all: [{ fact: "t", operator: "equal", value: true }, { any: [{ fact: "nil", operator: "notEqual", value: null }, { fact: "list", operator: "notEmpty" }] }] }, [yes, no, { any: [{ fact: "s", operator: "equal", value: "5" }] }]),
    rule("when-fails", { not: { fact: "n", operator: "greaterThan", value: 4 } }, [yes, { all: [] }]),
    rule("when-empty-all", { all: [] }, [yes]),
    rule("no-when", undefined, [yes, no]),
    rule("when-reads-a-fact-its-checks-read", { all: [{ fact: "echo", params: { v: 1 }, operator: "equal", value: 1 }] }, [{ all: [{ fact: "echo", params: { v: 1 }, operator: "notEqual", value: 2 }] }, no]),
  ];
  // A rule its forms and inputs do not let run has no events, `when` or not.
  const ruleApplies = (r: RuleDefinition) => r.id !== "no-when";

  it("the same events", async () => {
    const viaFast = fastEvaluator(RULES, ruleApplies, registry).events({} as DocumentContext, lookup) as CheckEvent[];
    const viaReference = await referenceEvaluator(RULES, ruleApplies, registry, (_ctx, fact, params) => lookup(fact, params)).events({} as DocumentContext, lookup);
    expect(viaFast.map(key)).toEqual(["when-holds#0", "when-holds#2", "when-empty-all#0", "when-reads-a-fact-its-checks-read#0"]);
    expect(viaReference.map(key).sort()).toEqual(viaFast.map(key).sort());
  });

  it("the fast path reads a rule's when once per document, not once per check", () => {
    let reads = 0;
    const counting = (fact: string, params: Record<string, unknown>) => (fact === "list" && reads++, lookup(fact, params));
    fastEvaluator([RULES[0]], () => true, registry).events({} as DocumentContext, counting);
    expect(reads).toBe(1);
  });
});
