import { relative, sep } from "node:path";
import { LineIndex } from "../model/position.js";
import type { Disclosure, SourceDocument } from "../model/types.js";
import { draftMappingOf } from "../sources/prose.js";
import { describeReasons } from "../text/requirement-map.js";

const EXCERPT = 120;

/**
 * For a prose draft: the section found, each paragraph with the requirements it was assigned to
 * and why (the heading above it, or the lexicon and the words that matched), and what nothing
 * addresses. For a Word document, line = paragraph number.
 */
function draftReport(doc: SourceDocument): object | undefined {
  const found = draftMappingOf(doc);
  if (!found) return undefined;
  const { mapping } = found;
  const index = new LineIndex(doc.file, doc.text);
  const at = (start: number, end: number) => {
    const p = index.position(start, end);
    return { line: p.line, column: p.column, endLine: p.endLine, endColumn: p.endColumn };
  };
  const heading = mapping.section.heading;
  return {
    section: { heading: heading.text, item: mapping.section.item ?? null, ...at(heading.start, heading.end) },
    paragraphs: mapping.paragraphs.map((p) => ({
      ...at(p.block.start, p.block.end),
      text: p.block.text.length > EXCERPT ? `${p.block.text.slice(0, EXCERPT - 1)}…` : p.block.text,
      headings: p.headings,
      requirements: p.requirements.map((r) => ({ id: r.id, because: describeReasons(r.reasons), reasons: r.reasons })),
    })),
    requirements: found.requirements.map((r) => ({
      id: r.id,
      severity: r.severity,
      concept: r.concept,
      paragraphs: (mapping.addressedBy.get(r.id) ?? []).map((i) => index.lineCol(mapping.paragraphs[i].block.start).line),
    })),
    missing: mapping.missing.map((r) => r.id),
  };
}

/** `disclint facts`: what the linter sees, as plain JSON. */
export function factsReport(d: Disclosure, cwd: string): object {
  const rel = (f: string) => relative(cwd, f).split(sep).join("/") || f;
  return {
    documents: d.documents.map((doc) => {
      const draft = draftReport(doc);
      return { file: rel(doc.file), format: doc.format, encoding: doc.encoding, ...(draft ? { draft } : {}) };
    }),
    form: d.form ?? null,
    formSource: d.formSource ?? null,
    periodEndDate: d.periodEndDate ?? null,
    transitionReport: d.transitionReport ?? null,
    cydNamespaces: [...new Set(d.cydNamespaces)],
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
