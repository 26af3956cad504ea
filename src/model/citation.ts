// A rule cites every form it applies to ("Reg S-K 106(b)(2); Form 20-F Item 16K(b)(2)"). A finding on
// a document whose form is known cites the parts that govern that form: a 10-K draft is not told
// about Item 16K, a 20-F about Regulation S-K Item 106 (which its Item 16K restates).

type Family = "domestic" | "foreign";

const FAMILY_OF_FORM: Record<string, Family> = { "10-K": "domestic", "8-K": "domestic", "20-F": "foreign", "6-K": "foreign" };

/** Which family of forms a part of a citation governs (undefined: any, e.g. "EFM 6.5.20"). */
function familyOfPart(part: string): Family | undefined {
  if (/^(?:Reg S-K|Form (?:10-K|8-K))\b/.test(part)) return "domestic";
  if (/^Form (?:20-F|6-K)\b/.test(part)) return "foreign";
  return undefined;
}

/** The citation as it applies to a document of `form` (amendments as their form); unchanged when the form is unknown. */
export function citationForForm(citation: string, form: string | undefined): string {
  const family = form ? FAMILY_OF_FORM[form.toUpperCase().replace(/\/A$/, "")] : undefined;
  if (!family) return citation;
  const parts = citation.split("; ");
  const other = (p: string) => familyOfPart(p) !== undefined && familyOfPart(p) !== family;
  // A 20-F keeps Item 106's part when no part of the citation names its own Form 20-F item.
  const kept = parts.filter((p) => !other(p) || (family === "foreign" && /^Reg S-K\b/.test(p) && !parts.some((q) => /^Form 20-F\b/.test(q))));
  return kept.length > 0 ? kept.join("; ") : citation;
}

/** A requirement's paragraph as cited: "106(b)(1)" under its item's name (`of`: "Reg S-K"), a text that names itself ("Form 8-K Item 1.05; …") as it is. */
export function paragraphCitation(paragraph: string, of: string): string {
  return /^\d/.test(paragraph) ? `${of} ${paragraph}` : paragraph;
}
