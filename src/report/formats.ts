// The output formats: one list (the CLI's --format choices), each formatter loaded when it is used.
import type { FileResult, ReportContext } from "../model/types.js";

/** A pure function from results to the whole report text (which ends with a newline unless empty). */
export type Formatter = (results: FileResult[], ctx: ReportContext) => string;

export const FORMAT_NAMES = ["stylish", "json", "sarif", "github", "junit", "html", "markdown"] as const;
export type FormatName = (typeof FORMAT_NAMES)[number];

const LOADERS: Record<FormatName, () => Promise<Formatter>> = {
  stylish: async () => (await import("./stylish.js")).stylish,
  json: async () => (await import("./json.js")).json,
  sarif: async () => (await import("./sarif.js")).sarif,
  github: async () => (await import("./github.js")).github,
  junit: async () => (await import("./junit.js")).junit,
  html: async () => (await import("./html.js")).html,
  markdown: async () => (await import("./markdown.js")).markdown,
};

/** Formats that show the disclosure's text and coverage: their context wants `reviews`, which the run computes with the findings when asked (DisclintOptions.review; review.ts addReviews). */
export const REVIEW_FORMATS: ReadonlySet<FormatName> = new Set(["html", "markdown"]);

/** The formatter of one format, its code loaded now (a stylish run never loads the SARIF writer). */
export function loadFormatter(name: FormatName): Promise<Formatter> {
  return LOADERS[name]();
}
