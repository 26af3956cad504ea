import type { Severity } from "./types.js";

/** Lowest first: a fail level fails on its own severity and every higher one. */
export const SEVERITIES: readonly Severity[] = ["info", "warning", "error"];
export const SEVERITY_RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

/** A user's severity word: "error", "warning" (or ESLint's "warn"), "info"; undefined for anything else. */
export function severityFromWord(word: string): Severity | undefined {
  const w = word.trim().toLowerCase();
  if (w === "warn") return "warning";
  return (SEVERITIES as readonly string[]).includes(w) ? (w as Severity) : undefined;
}

export function atOrAbove(severity: Severity, level: Severity): boolean {
  return SEVERITY_RANK[severity] >= SEVERITY_RANK[level];
}
