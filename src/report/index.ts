import type { FileResult, ReportContext } from "../model/types.js";
import { github } from "./github.js";
import { html } from "./html.js";
import { json } from "./json.js";
import { junit } from "./junit.js";
import { markdown } from "./markdown.js";
import { sarif } from "./sarif.js";
import { stylish } from "./stylish.js";

/** A pure function from results to the whole report text (which ends with a newline unless empty). */
export type Formatter = (results: FileResult[], ctx: ReportContext) => string;

export const FORMAT_NAMES = ["stylish", "json", "sarif", "github", "junit", "html", "markdown"] as const;
export type FormatName = (typeof FORMAT_NAMES)[number];

export const formatters: Record<FormatName, Formatter> = { stylish, json, sarif, github, junit, html, markdown };

/** Formats that show the disclosure's text and coverage: their context wants `reviews` (review.ts reviewFiles). */
export const REVIEW_FORMATS: ReadonlySet<FormatName> = new Set(["html", "markdown"]);

export interface Summary {
  /** Findings of severity error (fatals not included). */
  errors: number;
  warnings: number;
  infos: number;
  /** Files that could not be read or parsed (exit 2). */
  fatals: number;
}

/**
 * Counts for the exit code. Fatals are kept apart from errors here, whereas the stylish and json
 * reports count a fatal as an error too, as ESLint does.
 */
export function summarize(results: FileResult[]): Summary {
  const summary: Summary = { errors: 0, warnings: 0, infos: 0, fatals: 0 };
  for (const result of results) {
    if (result.fatal) summary.fatals++;
    for (const f of result.findings) {
      if (f.severity === "error") summary.errors++;
      else if (f.severity === "warning") summary.warnings++;
      else summary.infos++;
    }
  }
  return summary;
}

export { stylish, json, sarif, github, junit, html, markdown };
export { reviewFiles, type ReviewContext } from "./review.js";
export { findingHash, normaliseEvidence } from "./fingerprint.js";
