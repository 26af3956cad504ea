// The one exit for untrusted strings. File names, messages that quote a filing, evidence and config
// excerpts come from strangers in a pull request; each destination gets them through one function
// here: a terminal or CI log (forTerminal, forLog), a workflow command (forWorkflowData,
// forWorkflowProperty), a JSON or SARIF document (jsonText), XML (xmlInvisibles) — and oneLine for
// messages that must stay on one line wherever they go.

/**
 * Characters a terminal or log must never receive raw: C0 and C1 controls (ESC starts an ANSI
 * sequence, CR rewrites the line), line and paragraph separators, bidi embeddings, overrides and
 * isolates (Trojan Source), and other invisible format characters (zero-width spaces, joiners,
 * word joiner, BOM, soft hyphen, interlinear annotation), plus lone surrogates.
 */
const FORMAT = "\\u007f-\\u009f\\u00ad\\u061c\\u115f\\u1160\\u180e\\u200b-\\u200f\\u2028-\\u202e\\u2060-\\u206f\\u3164\\ufeff\\ufff9-\\ufffb";
const INVISIBLE = new RegExp(`[\\u0000-\\u001f${FORMAT}]|[\\ud800-\\udbff](?![\\udc00-\\udfff])|(?<![\\ud800-\\udbff])[\\udc00-\\udfff]`, "g");
/** The same, less C0 controls and lone surrogates (which JSON.stringify and XML escaping handle). */
const INVISIBLE_FORMAT = new RegExp(`[${FORMAT}]`, "g");

const NAMED: Record<string, string> = { "\n": "\\n", "\r": "\\r", "\t": "\\t" };

function hex4(c: string): string {
  return c.charCodeAt(0).toString(16).padStart(4, "0");
}

function visible(c: string): string {
  return NAMED[c] ?? `\\u${hex4(c)}`;
}

/**
 * What a terminal may show: every control, bidi and invisible format character written as a
 * visible escape (`\n`, `\u001b`, `\u202e`), so a name cannot move the cursor, colour the screen,
 * reorder what is shown or start a new line.
 */
export function forTerminal(s: string): string {
  return s.replace(INVISIBLE, visible);
}

/**
 * Text for a CI log (what the Action prints with core.info, or stylish output a workflow shows),
 * line by line, line breaks kept. The runner reads a log line that starts with "::" (after leading
 * spaces) as a workflow command, and "##[" as a legacy one: such a line starts `\::` instead, and
 * "##[" is written `#\#[`. Each line also goes through forTerminal.
 */
export function forLog(text: string): string {
  return text
    .split("\n")
    .map((line) => forLogField(line).replace(/^(\s*)::/, "$1\\::"))
    .join("\n");
}

/** Part of a log line (not its start): forTerminal, and "##[" written `#\#[`. */
export function forLogField(s: string): string {
  return forTerminal(s).replace(/##\[/g, "#\\#[");
}

/** A workflow command's message, escaped as @actions/core's escapeData does. */
export function forWorkflowData(s: string): string {
  return s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

/** A workflow command's property value, escaped as @actions/core's escapeProperty does. */
export function forWorkflowProperty(s: string): string {
  return forWorkflowData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
}

/**
 * One line: every line break (CR, LF, NEL, U+2028/9) and the spaces around it become one space,
 * other controls a space; trimmed. For messages that quote input (a parser's excerpt, a name).
 */
export function oneLine(s: string): string {
  // Whole runs of white space, each read once: a run with a line break in it becomes one space (a
  // pattern that looked for the break from each space of a long run was quadratic in the run).
  return s
    .replace(/[\s\u0085]+/g, (run) => (/[\r\n\u0085\u2028\u2029]/.test(run) ? " " : run))
    .replace(/[\u0000-\u001f\u007f-\u009f]/g, " ")
    .trim();
}

/**
 * A JSON document whose text is safe to print as it is: JSON.stringify escapes C0 controls and
 * lone surrogates; this also writes C1 controls, bidi and invisible format characters as \u
 * escapes, and the "#" of a legacy "##[" log command too. Parsed, the values are unchanged (a
 * path stays the real path); no line of the text can start with "::".
 */
export function jsonText(value: unknown): string {
  return JSON.stringify(value, null, 2)
    .replace(INVISIBLE_FORMAT, (c) => `\\u${hex4(c)}`)
    .replace(/##\[/g, "#\\u0023[");
}

/** Numeric character references for the same characters in XML text that is escaped otherwise. */
export function xmlInvisibles(escaped: string): string {
  return escaped.replace(INVISIBLE_FORMAT, (c) => `&#x${hex4(c).toUpperCase()};`).replace(/##\[/g, "#&#35;[");
}

/** `file` as a log line may start with it: a relative path that begins with ":" or a space gets "./". */
export function pathForLog(rel: string): string {
  return /^[\s:#]/.test(rel) ? `./${rel}` : rel;
}
