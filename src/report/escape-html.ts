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

/** Text for an HTML element's content or a quoted attribute value. */
export function escapeHtml(text: string): string {
  return text.replace(CONTROLS, codePoint).replace(/[&<>"']/g, (c) => ENTITIES[c]);
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
