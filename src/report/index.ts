import { FORMAT_NAMES, REVIEW_FORMATS, type FormatName, type Formatter } from "./formats.js";
import { github } from "./github.js";
import { html } from "./html.js";
import { json } from "./json.js";
import { junit } from "./junit.js";
import { markdown } from "./markdown.js";
import { sarif } from "./sarif.js";
import { stylish } from "./stylish.js";

export { FORMAT_NAMES, REVIEW_FORMATS, type FormatName, type Formatter };

export const formatters: Record<FormatName, Formatter> = { stylish, json, sarif, github, junit, html, markdown };

/** Counts for the exit code (fatals apart from errors); the run's verdict uses the same. */
export { countFindings as summarize, type Counts as Summary } from "../run/verdict.js";

export { stylish, json, sarif, github, junit, html, markdown };
export { reviewsOf, type ReviewContext } from "./review.js";
export { findingHash, normaliseEvidence } from "./fingerprint.js";
