import type { Fact } from "./types.js";

// A registrant names its own annual report ("this annual report on Form 20-F"); other forms it
// cites (a Form 8-K for incidents) do not say what it files.
const SELF_REFERENCE = /\b(?:annual report|this report|this annual report)\s+on\s+Form\s+(10-K|20-F|40-F)\b/i;

/** The filer's form as its own text states it, if it does. */
export function formFromText(facts: Array<Pick<Fact, "text"> & { kind?: Fact["kind"] }>): string | undefined {
  for (const f of facts) {
    if (f.kind !== undefined && f.kind !== "text") continue;
    const m = SELF_REFERENCE.exec(f.text);
    if (m) return m[1].toUpperCase();
  }
  return undefined;
}

/** dei:DocumentType values are forms; "10-K/A" amends a 10-K. */
export function normaliseForm(form: string): string {
  return form.trim().toUpperCase().replace(/\s+/g, "");
}
