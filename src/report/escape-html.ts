// The one exit for untrusted strings (file names, a filing's text, messages, rule metadata) into
// HTML and into Markdown, which GitHub renders as HTML too.

const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/**
 * Bidirectional controls (which can make "txt.exe" read as "exe.txt") and other invisible control
 * characters: shown as their code point instead of acting on the text around them.
 */
const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

function codePoint(c: string): string {
  return `[U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}]`;
}

/**
 * Line breaks, written as character references: the same text once parsed (in an element, a <pre> or an attribute), but
 * no line of the report's source starts with a stranger's text, so an HTML report printed to a CI log (`-f html` to
 * stdout) cannot start a workflow command ("::error::…" after a line break in a file name or a rule's message).
 */
const BREAKS: Record<string, string> = { "\n": "&#10;", "\r": "&#13;", "\u2028": "&#x2028;", "\u2029": "&#x2029;" };

/** Text for an HTML element's content or a quoted attribute value ("##[", a legacy log command, written "#&#35;["). */
export function escapeHtml(text: string): string {
  return text
    .replace(CONTROLS, codePoint)
    .replace(/[&<>"']/g, (c) => ENTITIES[c])
    .replace(/[\n\r\u2028\u2029]/g, (c) => BREAKS[c])
    .replace(/##\[/g, "#&#35;[");
}

/** A link target only when it is an absolute http(s) URL (a rule's docs page); otherwise none. */
export function safeHref(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const u = new URL(url);
    return u.protocol === "https:" || u.protocol === "http:" ? escapeHtml(u.href) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Text for a Markdown table cell or paragraph: on one line (a line break would end the table row),
 * Markdown's punctuation backslash-escaped (no links, autolinks, emphasis or code spans from a
 * filing's text), then HTML-escaped (GitHub renders inline HTML).
 */
export function escapeMarkdown(text: string): string {
  return escapeHtml(text.replace(/\s+/g, " ").trim().replace(/[\\`*_{}[\]()#+\-.!|~:]/g, (c) => `\\${c}`));
}
