import type { InputFormat } from "./types.js";

/** Every input format, the one list behind --input-format and the readers' registry. */
export const INPUT_FORMATS = ["r-page-text", "r-page-html", "ixbrl", "xbrl-instance", "json-draft", "yaml-draft", "markdown", "text", "html", "docx"] as const satisfies readonly InputFormat[];
