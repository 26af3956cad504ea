// Which kind of report a disclosure is: the annual disclosure (Form 10-K Item 1C, Form 20-F Item
// 16K) or an incident report (Form 8-K Item 1.05, Form 6-K). Each has its own elements in the one
// requirement catalog (rules/requirements/requirements.json, `report`).

export type ReportKind = "annual" | "incident";

/** An 8-K or 6-K (or its amendment) reports an incident; any other form, or none, is annual. */
export function reportKindOf(form: string | undefined): ReportKind {
  return form !== undefined && /^(?:8-K|6-K)(?:\/A)?$/.test(form) ? "incident" : "annual";
}

/** Each catalog's elements by kind, made once: what the judge derives from a list (src/text) is kept per list, so every document of a kind gets the same one. */
const BY_KIND = new WeakMap<object[], Partial<Record<ReportKind, object[]>>>();

/** The catalog's elements of the disclosure's kind (an element without `report` is annual). The list is shared: not to be changed. */
export function elementsOfReport<T extends { report?: ReportKind }>(elements: T[], form: string | undefined): T[] {
  const kind = reportKindOf(form);
  let byKind = BY_KIND.get(elements);
  if (!byKind) BY_KIND.set(elements, (byKind = {}));
  return (byKind[kind] ??= elements.filter((e) => (e.report ?? "annual") === kind)) as T[];
}
