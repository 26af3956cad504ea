import type { Finding, Severity } from "../model/types.js";

/** ESLint's numeric severities, plus 0 for info. */
export const SEVERITY_NUMBER: Record<Severity, 0 | 1 | 2> = { error: 2, warning: 1, info: 0 };

/** The message followed by the fix hint, as one line of text (SARIF, github, junit). */
export function messageWithFix(finding: Pick<Finding, "message" | "fix">): string {
  return finding.fix ? `${finding.message} Fix: ${finding.fix}` : finding.message;
}

/**
 * One printable line: line breaks and other control characters (which a filing's text can carry
 * into a message) become spaces, so a terminal never sees a raw escape sequence.
 */
export function oneLine(text: string): string {
  return text.replace(/\r\n|[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, " ");
}

export function plural(count: number, word: string, pluralWord = `${word}s`): string {
  return `${count} ${count === 1 ? word : pluralWord}`;
}
