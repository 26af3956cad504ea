import { Engine, type Almanac } from "json-rules-engine";
import { conceptInfo } from "../model/concepts.js";
import type { Disclosure, Finding, InputFormat, RuleMeta, Severity } from "../model/types.js";
import { DocumentContext } from "./document.js";
import { FACTS } from "./facts.js";
import type { Hit } from "./hit.js";
import { OPERATORS } from "./operators.js";
import type { RuleSet } from "./rule-loader.js";
import type { Condition, RuleCheck, RuleDefinition } from "./rule-types.js";

export type RuleSetting = Severity | "off";

const INPUT_CLASSES: Record<string, InputFormat[]> = {
  tagged: ["r-page-text", "r-page-html", "ixbrl", "xbrl-instance"],
  structured: ["json-draft", "yaml-draft"],
  prose: ["markdown", "text", "html", "docx"],
};

const CONTEXT_FACT = "__document";
const APPLIES_FACT = "__applies";

function applies(rule: RuleDefinition, ctx: DocumentContext): boolean {
  const forms = rule.appliesTo?.forms;
  const form = ctx.disclosure.form?.replace(/\/A$/, "");
  if (forms && form && !forms.includes(form)) return false;
  const inputs = rule.appliesTo?.inputs;
  const format = ctx.inputFormat;
  if (!inputs || inputs.includes("*") || !format) return true;
  return inputs.some((i) => i === format || INPUT_CLASSES[i]?.includes(format as InputFormat));
}

function fill(template: string, hit: Hit, ctx: DocumentContext): string {
  const values: Record<string, string | undefined> = {
    concept: hit.concept,
    label: hit.label ?? (hit.concept ? conceptInfo(hit.concept)?.label : undefined),
    evidence: hit.evidence,
    term: hit.term,
    detail: hit.detail,
    form: ctx.disclosure.form,
    searched: ctx.searched(),
  };
  return template.replace(/\{(\w+)\}/g, (_, k: string) => values[k] ?? "(unknown)");
}

/**
 * Runs a rule set over disclosures. The json-rules-engine Engine is built once: each check of each
 * rule is one engine rule whose event names the rule and check; generic facts read the document
 * through a runtime fact.
 */
export class Linter {
  private readonly engine: Engine;
  private readonly active: RuleDefinition[];

  constructor(
    private readonly ruleSet: RuleSet,
    private readonly settings: Map<string, RuleSetting> = new Map(),
  ) {
    this.active = ruleSet.rules.filter((r) => settings.get(r.id) !== "off");
    // Rules never use json-rules-engine's `path`; a no-op resolver skips its JSONPath work.
    this.engine = new Engine([], { allowUndefinedFacts: false, pathResolver: (value) => value });
    for (const [name, op] of Object.entries(OPERATORS)) this.engine.addOperator(name, op.evaluate);
    for (const [name, def] of Object.entries(FACTS)) {
      this.engine.addFact(
        name,
        async (params: Record<string, unknown>, almanac: Almanac) =>
          (await almanac.factValue<DocumentContext>(CONTEXT_FACT)).memo(name, params ?? {}, def.compute),
        // DocumentContext caches what is expensive; json-rules-engine's own cache would hash and
        // clone every params object on every condition.
        { priority: def.priority, cache: false },
      );
    }
    const byId = new Map(this.active.map((r) => [r.id, r]));
    this.engine.addFact(
      APPLIES_FACT,
      async (params: Record<string, unknown>, almanac: Almanac) =>
        applies(byId.get(params.rule as string)!, await almanac.factValue<DocumentContext>(CONTEXT_FACT)),
      { priority: 1000, cache: false },
    );
    for (const rule of this.active) {
      rule.checks.forEach((check, i) => {
        const conditions: Condition = {
          all: [{ fact: APPLIES_FACT, params: { rule: rule.id }, operator: "equal", value: true }, withValues(check.conditions)],
        };
        this.engine.addRule({ name: `${rule.id}#${i}`, conditions: conditions as never, event: { type: rule.id, params: { check: i } } });
      });
    }
  }

  get rules(): RuleDefinition[] {
    return this.active;
  }

  meta(): RuleMeta[] {
    return this.active.map((r) => ({
      id: r.id,
      severity: this.severityOf(r),
      description: r.description,
      citation: r.citation,
      fix: r.fix,
      docsUrl: r.docsUrl,
    }));
  }

  private severityOf(rule: RuleDefinition, check?: RuleCheck): Severity {
    const set = this.settings.get(rule.id);
    if (set && set !== "off") return set;
    return check?.severity ?? rule.severity;
  }

  async lint(disclosure: Disclosure): Promise<Finding[]> {
    const ctx = new DocumentContext(disclosure, this.ruleSet.lexicons, this.ruleSet.cues, this.ruleSet.elements);
    const { events, almanac } = await this.engine.run({ [CONTEXT_FACT]: ctx });
    const findings: Finding[] = [];
    const seen = new Set<string>();
    for (const event of events) {
      const rule = this.active.find((r) => r.id === event.type)!;
      const check = rule.checks[event.params!.check as number];
      for (const hit of await this.locate(check, ctx, almanac)) {
        const f: Finding = {
          ruleId: rule.id,
          severity: this.severityOf(rule, check),
          message: fill(check.message, hit, ctx),
          file: hit.position.file,
          line: hit.position.line,
          column: hit.position.column,
          endLine: hit.position.endLine,
          endColumn: hit.position.endColumn,
          concept: hit.concept,
          citation: rule.citation,
          evidence: hit.evidence,
          fix: (check.fix ?? rule.fix) === undefined ? undefined : fill((check.fix ?? rule.fix)!, hit, ctx),
          docsUrl: rule.docsUrl,
        };
        const key = `${f.ruleId}|${f.file}|${f.line}|${f.column}|${f.message}`;
        if (seen.has(key)) continue;
        seen.add(key);
        findings.push(f);
      }
    }
    return findings.sort(compareFindings);
  }

  private async locate(check: RuleCheck, ctx: DocumentContext, almanac: Almanac): Promise<Hit[]> {
    const loc = check.locate;
    if (!loc) return [ctx.anchorHit()];
    if ("concept" in loc) {
      const fact = ctx.byConcept.get(loc.concept)?.[0];
      return [fact ? ctx.factHit(fact) : ctx.anchorHit(loc.concept)];
    }
    const value = await almanac.factValue<unknown>(loc.fact, loc.params ?? {});
    const hits = Array.isArray(value) ? (value.filter((v) => v && typeof v === "object" && "position" in v) as Hit[]) : [];
    if (hits.length === 0) return [ctx.anchorHit()];
    const chosen = loc.each ? hits : [hits[0]];
    return loc.at === "term" ? chosen.map((h) => ({ ...h, position: h.termPosition ?? h.position })) : chosen;
  }
}

// json-rules-engine wants a value on every condition; unary operators (notEmpty, isEmpty) have none.
function withValues(c: Condition): Condition {
  if ("all" in c) return { all: c.all.map(withValues) };
  if ("any" in c) return { any: c.any.map(withValues) };
  if ("not" in c) return { not: withValues(c.not) };
  return "value" in c ? c : { ...c, value: null };
}

export function compareFindings(a: Finding, b: Finding): number {
  return (
    (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
    a.line - b.line ||
    a.column - b.column ||
    (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0) ||
    (a.message < b.message ? -1 : a.message > b.message ? 1 : 0)
  );
}
