// Untrusted strings (paths, messages, quotes, names from a stranger's filing) leave through these
// functions, one per destination. Minimal version; the hostile-input work owns the full one.

// C0 and C1 controls (ESC starts every terminal escape sequence), bidi marks and overrides.
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** One line of text: every line break (and the space around it) becomes one space. */
export function oneLine(s: string): string {
  return s.replace(/\s*(?:\r\n|[\r\n\u0085\u2028\u2029])+\s*/g, " ");
}

/** Safe to print on a terminal: one line, no escape sequences, controls or bidi overrides. */
export function forTerminal(s: string): string {
  return oneLine(s).replace(CONTROLS, " ");
}

/** A workflow command's message, escaped as @actions/core's escapeData does. */
export function forWorkflowData(s: string): string {
  return s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

/** A workflow command's property value, escaped as @actions/core's escapeProperty does. */
export function forWorkflowProperty(s: string): string {
  return forWorkflowData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
