// Which kind of report a disclosure is: the annual disclosure (Form 10-K Item 1C, Form 20-F Item
// 16K) or an incident report (Form 8-K Item 1.05, Form 6-K). Each has its own elements in the one
// requirement catalog (rules/requirements/requirements.json, `report`).

export type ReportKind = "annual" | "incident";

/** An 8-K or 6-K (or its amendment) reports an incident; any other form, or none, is annual. */
export function reportKindOf(form: string | undefined): ReportKind {
  return form !== undefined && /^(?:8-K|6-K)(?:\/A)?$/.test(form) ? "incident" : "annual";
}

/** The catalog's elements of the disclosure's kind (an element without `report` is annual). */
export function elementsOfReport<T extends { report?: ReportKind }>(elements: T[], form: string | undefined): T[] {
  const kind = reportKindOf(form);
  return elements.filter((e) => (e.report ?? "annual") === kind);
}
