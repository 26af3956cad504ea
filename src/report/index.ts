import { FORMAT_NAMES, type FormatName, type Formatter } from "./formats.js";
import { github } from "./github.js";
import { json } from "./json.js";
import { junit } from "./junit.js";
import { sarif } from "./sarif.js";
import { stylish } from "./stylish.js";

export { FORMAT_NAMES, type FormatName, type Formatter };

export const formatters: Record<FormatName, Formatter> = { stylish, json, sarif, github, junit };

/** Counts for the exit code (fatals apart from errors); the run's verdict uses the same. */
export { countFindings as summarize, type Counts as Summary } from "../run/verdict.js";

export { stylish, json, sarif, github, junit };
export { findingHash, normaliseEvidence } from "./fingerprint.js";
