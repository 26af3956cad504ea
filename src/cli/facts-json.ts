import { relative, sep } from "node:path";
import type { Disclosure } from "../model/types.js";

/** `disclint facts`: what the linter sees, as plain JSON. */
export function factsReport(d: Disclosure, cwd: string): object {
  const rel = (f: string) => relative(cwd, f).split(sep).join("/") || f;
  return {
    documents: d.documents.map((doc) => ({ file: rel(doc.file), format: doc.format, encoding: doc.encoding })),
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
