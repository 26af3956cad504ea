/** Operators rules can use beyond json-rules-engine's built-ins (equal, notEqual, in, notIn, contains, doesNotContain, lessThan…). */
export interface OperatorDefinition {
  description: string;
  evaluate(factValue: unknown, value: unknown): boolean;
}

const size = (v: unknown): number =>
  Array.isArray(v) || typeof v === "string" ? (typeof v === "string" ? v.trim().length : v.length) : v == null ? 0 : 1;

export const OPERATORS: Record<string, OperatorDefinition> = {
  notEmpty: { description: "A list with an item, or a string with non-space text.", evaluate: (f) => size(f) > 0 },
  isEmpty: { description: "An empty list, a blank string, or null.", evaluate: (f) => size(f) === 0 },
  sizeAtLeast: {
    description: "A list (or string) with at least `value` items (characters).",
    evaluate: (f, v) => size(f) >= Number(v),
  },
  onOrAfter: {
    description: "An ISO date (YYYY-MM-DD) on or after `value`; false when the date is unknown.",
    evaluate: (f, v) => typeof f === "string" && /^\d{4}-\d{2}-\d{2}/.test(f) && f.slice(0, 10) >= String(v),
  },
  before: {
    description: "An ISO date (YYYY-MM-DD) before `value`; false when the date is unknown.",
    evaluate: (f, v) => typeof f === "string" && /^\d{4}-\d{2}-\d{2}/.test(f) && f.slice(0, 10) < String(v),
  },
};

export const BUILTIN_OPERATORS = [
  "equal", "notEqual", "in", "notIn", "contains", "doesNotContain",
  "lessThan", "lessThanInclusive", "greaterThan", "greaterThanInclusive",
];
