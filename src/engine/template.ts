/**
 * The placeholders a check's message and fix may use: `{name}`, `{hint:<element id>}` (where the
 * section uses that element's own words, when that made its absence info, as a sentence for the fix;
 * "" otherwise) and `{mention:<element id>}` (the same place for the message: "; 12:5 uses its words …").
 */
export const PLACEHOLDER = /\{(\w+)(?::([a-z][a-z0-9-]*))?\}/g;

export const PLACEHOLDER_NAMES: ReadonlySet<string> = new Set(["concept", "label", "evidence", "term", "form", "detail", "searched", "hint", "mention", "count", "labels"]);

/** Why a template's placeholder is not one a check can fill, or undefined when it is. */
export function placeholderProblem(name: string, arg: string | undefined): string | undefined {
  if (!PLACEHOLDER_NAMES.has(name)) return `unknown placeholder {${name}}`;
  if (arg !== undefined && name !== "hint" && name !== "mention") return `placeholder {${name}} takes no argument`;
  return undefined;
}
