import type { FileResult, ReportContext } from "../model/types.js";
import { github } from "./github.js";
import { json } from "./json.js";
import { junit } from "./junit.js";
import { sarif } from "./sarif.js";
import { stylish } from "./stylish.js";

/** A pure function from results to the whole report text (which ends with a newline unless empty). */
export type Formatter = (results: FileResult[], ctx: ReportContext) => string;

export const FORMAT_NAMES = ["stylish", "json", "sarif", "github", "junit"] as const;
export type FormatName = (typeof FORMAT_NAMES)[number];

export const formatters: Record<FormatName, Formatter> = { stylish, json, sarif, github, junit };

/** Counts for the exit code (fatals apart from errors); the run's verdict uses the same. */
export { countFindings as summarize, type Counts as Summary } from "../run/verdict.js";

export { stylish, json, sarif, github, junit };
export { findingHash, normaliseEvidence } from "./fingerprint.js";
