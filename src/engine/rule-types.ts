import type { InputClass, InputFormat, Severity } from "../model/types.js";

/** What `appliesTo.inputs` may name: a format, a class a document is read as, or "*" (all). */
export type RuleInput = "*" | InputClass | InputFormat;

export interface LeafCondition {
  fact: string;
  params?: Record<string, unknown>;
  operator: string;
  value?: unknown;
}

export type Condition = LeafCondition | TopCondition;
export type TopCondition = { all: Condition[] } | { any: Condition[] } | { not: Condition };

export type Locate =
  | { fact: string; params?: Record<string, unknown>; each?: boolean; together?: boolean; at?: "sentence" | "term" }
  | { concept: string };

export interface RuleCheck {
  severity?: Severity;
  message: string;
  fix?: string;
  conditions: TopCondition;
  locate?: Locate;
  /**
   * One gap, one finding across two rules: when `rule` also has a finding in the same file, this check's finding is not
   * reported; that finding's message goes on with `note` (filled as this check's message, then this rule's citation), at
   * the more severe of the two severities. With `element`, only this check's finding about that element yields (a check
   * that reports several elements, as requirement-addressed does, yields that one's), and only to the rule's finding about
   * it (a finding of that rule that names its elements must name this one).
   */
  yieldsTo?: { rule: string; note: string; element?: string };
}

/** A rule file (rules/<id>.json), as schemas/rule.schema.json defines it. */
export interface RuleDefinition {
  id: string;
  severity: Severity;
  description: string;
  citation: string;
  requirement: string;
  appliesTo?: { forms?: string[]; inputs?: RuleInput[] };
  /** A condition every check also needs, decided once per document before any check. */
  when?: TopCondition;
  fix?: string;
  checks: RuleCheck[];
  /** Where it was loaded from (set by the loader). */
  file: string;
  docsUrl: string;
}
