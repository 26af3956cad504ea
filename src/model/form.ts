import type { Fact } from "./types.js";

// A registrant names its own annual report ("this annual report on Form 20-F"); other forms it
// cites (a Form 8-K for incidents) do not say what it files.
const SELF_REFERENCE = /\b(?:annual report|this report|this annual report)\s+on\s+Form\s+(10-K|20-F|40-F)\b/i;

// A text that opens with its item's heading names the form: Item 1C exists only in Form 10-K,
// Item 16K only in Form 20-F (an R page's text block often starts "Item 16K. Cybersecurity").
const ITEM_HEADING = /^\s*Item\s+(1C|16K)\b/i;
const FORM_OF_ITEM: Record<string, string> = { "1C": "10-K", "16K": "20-F" };

/** The filer's form as its own text states it, if it does: by naming it, else by its item heading. */
export function formFromText(facts: Array<Pick<Fact, "text"> & { kind?: Fact["kind"] }>): string | undefined {
  const texts = facts.filter((f) => f.kind === undefined || f.kind === "text");
  for (const f of texts) {
    const m = SELF_REFERENCE.exec(f.text);
    if (m) return m[1].toUpperCase();
  }
  for (const f of texts) {
    const m = ITEM_HEADING.exec(f.text.slice(0, 40));
    if (m) return FORM_OF_ITEM[m[1].toUpperCase()];
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
