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

/**
 * Every form disclint knows, the one list behind `--form`, the config schema's `form` and the
 * Action's `form` input (a meta test keeps schemas/config.schema.json in step with it).
 */
export const FORMS = ["10-K", "10-K/A", "20-F", "20-F/A", "8-K", "8-K/A", "6-K", "6-K/A"] as const;
export type FormName = (typeof FORMS)[number];

/** A user's form as one of FORMS ("10-k" → "10-K"), or undefined when it is none of them. */
export function knownForm(value: string): FormName | undefined {
  const form = normaliseForm(value);
  return (FORMS as readonly string[]).includes(form) ? (form as FormName) : undefined;
}
