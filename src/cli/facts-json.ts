import { relative, sep } from "node:path";
import { DocumentContext } from "../engine/document.js";
import type { RuleSet } from "../engine/rule-loader.js";
import type { Disclosure } from "../model/types.js";

/**
 * `disclint facts`: what the linter sees, as plain JSON — the facts, and the cybersecurity section's
 * paragraphs with the block that holds each and the elements each addresses, judged with `ruleSet`
 * (so a config's lexicon changes and --rules-dir show here as they apply to linting).
 */
export function factsReport(d: Disclosure, cwd: string, ruleSet: RuleSet): object {
  const rel = (f: string) => relative(cwd, f).split(sep).join("/") || f;
  const ctx = new DocumentContext(d, ruleSet.lexicons, ruleSet.cues, ruleSet.elements, ruleSet.elementVeto);
  const paragraphs = ctx.describeParagraphs();
  const section = d.section;
  // An element no paragraph answers may be addressed for the section by implication (the catalog's
  // `impliedBy`: management's reports to a named board committee say that committee oversees), as linting reads it.
  const implied = new Set(ctx.impliedElements());
  const addressed = new Set([...paragraphs.flatMap((p) => p.elements), ...implied]);
  return {
    documents: d.documents.map((doc) => ({ file: rel(doc.file), format: doc.format, encoding: doc.encoding })),
    form: d.form ?? null,
    formSource: d.formSource ?? null,
    periodEndDate: d.periodEndDate ?? null,
    transitionReport: d.transitionReport ?? null,
    cydNamespaces: [...new Set(d.cydNamespaces)],
    section: section
      ? {
          document: rel(section.file),
          heading: section.heading?.text ?? null,
          item: section.item ?? null,
          ...(section.heading ? positionOf(ctx, section.file, section.heading.start, section.heading.end) : {}),
        }
      : null,
    paragraphs: paragraphs.map(({ file, ...p }) => ({ document: rel(file), ...p })),
    elements: ctx.elements.map((e) => ({
      id: e.id,
      concept: e.concept,
      addressed: addressed.has(e.id),
      ...(implied.has(e.id) ? { implied: true } : {}),
      paragraphs: paragraphs.filter((p) => p.elements.includes(e.id)).map((p) => p.line),
    })),
    missing: ctx.elements.filter((e) => !addressed.has(e.id)).map((e) => e.id),
    facts: d.facts.map((f) => ({
      concept: f.concept,
      kind: f.kind,
      value: f.value,
      ...(f.kind === "text" ? { htmlLength: f.html?.length ?? null } : { raw: f.raw }),
      ...(f.format ? { format: f.format } : {}),
      contextRef: f.contextRef ?? null,
      period: f.period ?? null,
      ...(f.hidden ? { hidden: true } : {}),
      ...(f.problems?.length ? { problems: f.problems } : {}),
      document: rel(f.position.file),
      line: f.position.line,
      column: f.position.column,
      endLine: f.position.endLine,
      endColumn: f.position.endColumn,
    })),
    diagnostics: d.diagnostics.map((x) => ({ code: x.code, message: x.message, line: x.position.line, column: x.position.column })),
  };
}

function positionOf(ctx: DocumentContext, file: string, start: number, end: number): object {
  const p = ctx.positionIn(file, start, end);
  return { line: p.line, column: p.column, endLine: p.endLine, endColumn: p.endColumn };
}
