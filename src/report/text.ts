import type { Finding, Severity } from "../model/types.js";

/** ESLint's numeric severities, plus 0 for info. */
export const SEVERITY_NUMBER: Record<Severity, 0 | 1 | 2> = { error: 2, warning: 1, info: 0 };

/** The message followed by the fix hint, as one line of text (SARIF, github, junit). */
export function messageWithFix(finding: Pick<Finding, "message" | "fix">): string {
  return finding.fix ? `${finding.message} Fix: ${finding.fix}` : finding.message;
}

export { oneLine } from "./untrusted.js";

export function plural(count: number, word: string, pluralWord = `${word}s`): string {
  return `${count} ${count === 1 ? word : pluralWord}`;
}
