// json-rules-engine itself, running the same rules as the fast path (evaluate.ts): the reference the
// differential test compares against, and the engine a user gets with DISCLINT_ENGINE=json-rules-engine.
// Loaded only when asked for.
import { Engine, type Almanac } from "json-rules-engine";
import type { DocumentContext } from "./document.js";
import type { AppliesTo, CheckEvent, EvaluatorRegistry, RuleEvaluator } from "./evaluate.js";
import type { Condition, RuleDefinition } from "./rule-types.js";

const CONTEXT_FACT = "__document";
const APPLIES_FACT = "__applies";

/**
 * The Engine is built once: each check of each rule is one engine rule whose event names the rule
 * and check; generic facts read the document through a runtime fact and its memo. A rule's `when`
 * is one named engine condition (json-rules-engine's setCondition) that each of its checks refers
 * to, `{ condition: "<rule id>" }`, so the engine holds it once, as the rule file does.
 */
export function referenceEvaluator(
  rules: RuleDefinition[],
  applies: AppliesTo,
  registry: EvaluatorRegistry,
  compute: (ctx: DocumentContext, fact: string, params: Record<string, unknown>) => unknown,
): RuleEvaluator {
  // Rules never use json-rules-engine's `path`; a no-op resolver skips its JSONPath work.
  const engine = new Engine([], { allowUndefinedFacts: false, pathResolver: registry.pathResolver ?? ((value) => value) });
  for (const [name, op] of Object.entries(registry.operators)) engine.addOperator(name, op.evaluate);
  for (const [name, def] of Object.entries(registry.facts)) {
    engine.addFact(
      name,
      async (params: Record<string, unknown>, almanac: Almanac) => compute(await almanac.factValue<DocumentContext>(CONTEXT_FACT), name, params ?? {}),
      // DocumentContext caches what is expensive; json-rules-engine's own cache would hash and
      // clone every params object on every condition.
      { priority: def.priority, cache: false },
    );
  }
  const byId = new Map(rules.map((r) => [r.id, r]));
  engine.addFact(
    APPLIES_FACT,
    async (params: Record<string, unknown>, almanac: Almanac) => applies(byId.get(params.rule as string)!, await almanac.factValue<DocumentContext>(CONTEXT_FACT)),
    { priority: 1000, cache: false },
  );
  for (const rule of rules) {
    const guard: Condition[] = [{ fact: APPLIES_FACT, params: { rule: rule.id }, operator: "equal", value: true }];
    if (rule.when) {
      engine.setCondition(rule.id, withValues(rule.when) as never);
      guard.push({ condition: rule.id } as never);
    }
    rule.checks.forEach((check, i) => {
      const conditions: Condition = { all: [...guard, withValues(check.conditions)] };
      engine.addRule({ name: `${rule.id}#${i}`, conditions: conditions as never, event: { type: rule.id, params: { check: i } } });
    });
  }
  return {
    async events(ctx): Promise<CheckEvent[]> {
      const { events } = await engine.run({ [CONTEXT_FACT]: ctx });
      return events.map((e) => ({ rule: byId.get(e.type)!, check: e.params!.check as number }));
    },
  };
}

// json-rules-engine wants a value on every condition; unary operators (notEmpty, isEmpty) have none.
function withValues(c: Condition): Condition {
  if ("all" in c) return { all: c.all.map(withValues) };
  if ("any" in c) return { any: c.any.map(withValues) };
  if ("not" in c) return { not: withValues(c.not) };
  return "value" in c ? c : { ...c, value: null };
}
