import { citationForForm } from "../model/citation.js";
import { conceptInfo, withConceptLabels } from "../model/concepts.js";
import { SEVERITY_RANK } from "../model/severity.js";
import type { Disclosure, Finding, RuleMeta, Severity } from "../model/types.js";
import { DocumentContext } from "./document.js";
import { fastEvaluator, rememberedLookup, type CheckEvent, type EvaluatorRegistry, type FactLookup, type RuleEvaluator } from "./evaluate.js";
import { FACTS } from "./facts.js";
import type { Hit } from "./hit.js";
import { OPERATORS } from "./operators.js";
import type { RuleSet } from "./rule-loader.js";
import type { RuleCheck, RuleDefinition } from "./rule-types.js";
import { PLACEHOLDER } from "./template.js";

export type RuleSetting = Severity | "off";

export function applies(rule: RuleDefinition, ctx: DocumentContext): boolean {
  const forms = rule.appliesTo?.forms;
  const form = ctx.disclosure.form?.replace(/\/A$/, "");
  if (forms && form && !forms.includes(form)) return false;
  const inputs = rule.appliesTo?.inputs;
  const format = ctx.inputFormat;
  if (!inputs || inputs.includes("*") || !format) return true;
  // A class is what the document is read as: an untagged Inline XBRL filing is "untagged", not "tagged".
  return inputs.some((i) => i === format || i === ctx.inputClass);
}

/** The longest {term} a message quotes: a matched term is a word or a phrase, but a hostile run of spaces matches whole. */
export const TERM_MAX = 120;

/** One finding for every place a fact returned (locate's `together`): at the first, with their count and labels. */
function together(hits: Hit[]): Hit {
  const labels = [...new Set(hits.map((h) => h.label ?? (h.concept ? conceptInfo(h.concept)?.label : undefined) ?? h.concept ?? "(unknown)"))];
  const listed = labels.length < 2 ? labels.join("") : `${labels.slice(0, -1).join(", ")} and ${labels[labels.length - 1]}`;
  return { ...hits[0], count: hits.length, labels: listed };
}

/** A term as a message quotes it: its start and end around "…" when longer than TERM_MAX (not collapsed: spacing is what some terms are about). */
export function quotedTerm(term: string | undefined): string | undefined {
  if (term === undefined || term.length <= TERM_MAX) return term;
  const half = (TERM_MAX - 1) >> 1;
  return `${term.slice(0, half)}…${term.slice(term.length - half)}`;
}

function fill(template: string, hit: Hit, ctx: DocumentContext): string {
  const values: Record<string, string | undefined> = {
    concept: hit.concept,
    label: hit.label ?? (hit.concept ? conceptInfo(hit.concept)?.label : undefined),
    evidence: hit.evidence,
    term: quotedTerm(hit.term),
    detail: hit.detail,
    form: ctx.disclosure.form,
    searched: ctx.searched(),
    hint: hit.hint ?? "",
    mention: hit.mention ?? "",
    count: String(hit.count ?? 1),
    labels: hit.labels ?? hit.label ?? (hit.concept ? conceptInfo(hit.concept)?.label : undefined),
  };
  // {hint:<element>}, {mention:<element>}: the place an absence check's element is hinted at (a check's hit is a fact, not the element).
  const byElement = (k: string, id: string) => (k === "mention" ? ctx.absenceNote(id) : ctx.absenceHint(id));
  return template.replace(PLACEHOLDER, (_, k: string, arg?: string) => (arg !== undefined ? byElement(k, arg) : values[k]) ?? "(unknown)");
}

/** Which engine decides the checks: the fast path (default) or json-rules-engine itself (the reference). */
export type EngineName = "fast" | "json-rules-engine";

export interface LinterOptions {
  /** Default: DISCLINT_ENGINE from the environment, else "fast". */
  engine?: EngineName;
}

// The facts and operators conditions can name (the same registries the loader checks rules against).
export const REGISTRY: EvaluatorRegistry = { facts: FACTS, operators: OPERATORS, pathResolver: (value) => value };

/** A generic fact's value for a document, computed once per document (DocumentContext's memo). */
export function factValue(ctx: DocumentContext, fact: string, params: Record<string, unknown>): unknown {
  return ctx.memo(fact, params, FACTS[fact].compute);
}

/** A fix hint is a template too ("tag it with {concept}"). */
function fillOptional(template: string | undefined, hit: Hit, ctx: DocumentContext): string | undefined {
  return template === undefined ? undefined : fill(template, hit, ctx);
}

/**
 * Runs a rule set over disclosures. The conditions of every check are compiled once (evaluate.ts)
 * and read the document's fact memo; json-rules-engine itself runs them instead when asked for.
 */
export class Linter {
  private readonly active: RuleDefinition[];
  private evaluator: RuleEvaluator | Promise<RuleEvaluator>;
  /** Whether the evaluator's events are computed synchronously (unmergedNow). */
  private readonly synchronous: boolean;

  constructor(
    private readonly ruleSet: RuleSet,
    private readonly settings: Map<string, RuleSetting> = new Map(),
    options: LinterOptions = {},
  ) {
    this.active = ruleSet.rules.filter((r) => settings.get(r.id) !== "off");
    const engine = options.engine ?? (process.env.DISCLINT_ENGINE === "json-rules-engine" ? "json-rules-engine" : "fast");
    this.synchronous = engine === "fast";
    this.evaluator =
      engine === "fast"
        ? fastEvaluator(this.active, applies, REGISTRY)
        : import("./reference-engine.js").then((m) => (this.evaluator = m.referenceEvaluator(this.active, applies, REGISTRY, factValue)));
  }

  get rules(): RuleDefinition[] {
    return this.active;
  }

  meta(): RuleMeta[] {
    return this.active.map((r) => ({
      id: r.id,
      severity: this.severityOf(r),
      description: withConceptLabels(r.description),
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

  /** The findings with yieldsTo's merge made (for callers that apply no suppressions). */
  async lint(disclosure: Disclosure): Promise<Finding[]> {
    return mergeYielded(await this.unmerged(disclosure)).sort(compareFindings);
  }

  /**
   * Each check's findings, before yieldsTo's merge: a run applies inline suppressions between the two (src/run/job.ts),
   * so a suppressed finding takes no other rule's gap with it and a directive that silences a yielding finding is used.
   */
  async unmerged(disclosure: Disclosure): Promise<Linted> {
    const { ctx, get } = this.contextOf(disclosure);
    return this.found(await (await this.evaluator).events(ctx, get), ctx, get);
  }

  /**
   * unmerged's work in one synchronous call where the rules' evaluator is synchronous (the fast one; json-rules-engine's
   * is not: undefined): the run watches it as one stage of a job's time budget (src/run/job.ts).
   */
  unmergedNow(disclosure: Disclosure): Linted | undefined {
    const evaluator = this.evaluator;
    if (!this.synchronous || evaluator instanceof Promise) return undefined;
    const { ctx, get } = this.contextOf(disclosure);
    return this.found(evaluator.events(ctx, get) as CheckEvent[], ctx, get);
  }

  private contextOf(disclosure: Disclosure): { ctx: DocumentContext; get: FactLookup } {
    const ctx = new DocumentContext(disclosure, this.ruleSet.lexicons, this.ruleSet.cues, this.ruleSet.elements, this.ruleSet.elementVeto);
    return { ctx, get: rememberedLookup((fact, params) => factValue(ctx, fact, params)) };
  }

  /** The findings of the checks that hold (events), located. */
  private found(events: CheckEvent[], ctx: DocumentContext, get: FactLookup): Linted {
    const findings: Finding[] = [];
    const yielding = new Map<Finding, Yield>();
    const about = new Map<Finding, readonly string[]>();
    const seen = new Set<string>();
    for (const event of events) {
      const rule = event.rule;
      const check = rule.checks[event.check];
      for (const hit of this.locate(check, ctx, get)) {
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
          citation: citationForForm(rule.citation, ctx.disclosure.form),
          evidence: hit.evidence,
          fix: fillOptional(check.fix ?? rule.fix, hit, ctx),
          docsUrl: rule.docsUrl,
        };
        const key = `${f.ruleId}|${f.file}|${f.line}|${f.column}|${f.message}`;
        if (seen.has(key)) continue;
        seen.add(key);
        findings.push(f);
        if (hit.elements) about.set(f, hit.elements);
        const to = check.yieldsTo;
        // A yield by element: only the finding about that element yields (the check's other elements report as before).
        if (to && !(to.element && hit.elements && !hit.elements.includes(to.element)))
          yielding.set(f, { rule: to.rule, note: `${fill(to.note, hit, ctx)} (${f.citation}).`, ...(to.element ? { element: to.element } : {}) });
      }
    }
    return { findings, yielding, about, context: ctx };
  }

  private locate(check: RuleCheck, ctx: DocumentContext, get: FactLookup): Hit[] {
    const loc = check.locate;
    if (!loc) return [ctx.anchorHit()];
    if ("concept" in loc) {
      const fact = ctx.byConcept.get(loc.concept)?.[0];
      return [fact ? ctx.factHit(fact) : ctx.anchorHit(loc.concept)];
    }
    const value = get(loc.fact, loc.params ?? {});
    const hits = Array.isArray(value) ? (value.filter((v) => v && typeof v === "object" && "position" in v) as Hit[]) : [];
    if (hits.length === 0) return [ctx.anchorHit()];
    const chosen = loc.each ? hits : loc.together ? [together(hits)] : [hits[0]];
    return loc.at === "term" ? chosen.map((h) => ({ ...h, position: h.termPosition ?? h.position })) : chosen;
  }
}

/** A yielding check's finding: the rule it yields to and the note it adds to that rule's message. */
export interface Yield {
  rule: string;
  note: string;
  /** yieldsTo's `element`: the named rule's finding about this element only. */
  element?: string;
}

/** A document's findings before yieldsTo's merge, which of them yield (to what), and the elements a finding is about. */
export interface Linted {
  findings: Finding[];
  yielding: Map<Finding, Yield>;
  /** The Item 106 elements a finding is about, where its hit names them (requirement-addressed's): a yield by element matches them. */
  about?: Map<Finding, readonly string[]>;
  /**
   * The document context the findings were judged in: a draft's finding placement and the review read its paragraphs'
   * elements from it rather than judging every paragraph again (round 44: an 800 KB one-paragraph draft was judged twice).
   */
  context?: DocumentContext;
}

/**
 * One gap, one finding across rules: a finding whose check yields to another rule is dropped when that rule has a finding
 * in the same file, and the first such finding (not itself yielding) says its note, at the more severe of the two. Only the
 * findings still in `findings` take part (the run drops suppressed ones first). The merged finding stays where the
 * yielded-to rule put it (its block: where the missing sentence goes; docs/rule-authoring.md, yieldsTo); when that rule
 * had no place of its own (no block: at the section's start, no concept), it moves to the yielding finding's place.
 */
export function mergeYielded({ findings, yielding, about }: Linted): Finding[] {
  if (yielding.size === 0) return findings;
  const dropped = new Set<Finding>();
  for (const f of findings) {
    const to = yielding.get(f);
    if (!to) continue;
    // A yield by element takes the named rule's finding about that element (a finding that names none is about its rule's one).
    const onElement = (g: Finding) => !to.element || !about?.get(g) || about.get(g)!.includes(to.element);
    const target = findings.find((g) => g.ruleId === to.rule && g.file === f.file && !dropped.has(g) && !yielding.has(g) && onElement(g));
    if (!target) continue;
    target.message = `${target.message} ${to.note}`;
    if (SEVERITY_RANK[f.severity] > SEVERITY_RANK[target.severity]) target.severity = f.severity;
    if (!target.concept && f.concept) {
      const { line, column, endLine, endColumn, concept, evidence } = f;
      Object.assign(target, { line, column, endLine, endColumn, concept, evidence });
    }
    dropped.add(f);
  }
  return dropped.size ? findings.filter((f) => !dropped.has(f)) : findings;
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
