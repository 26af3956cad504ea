// The Action's inputs, as the runner hands them over (INPUT_<NAME> variables, defaults from
// action.yml already filled in), parsed and checked in one place.
import { FORMS, knownForm } from "../model/form.js";
import { severityFromWord } from "../model/severity.js";
import type { Severity } from "../model/types.js";
import { MAX_TIMEOUT_MS } from "../run/run.js";

export interface ActionInputs {
  /** File, folder and glob patterns relative to the workspace; empty: find disclosures in the repository. */
  files: string[];
  /** Config file path relative to the workspace, or "" (see run.ts for how it is used). */
  config: string;
  failOn: Severity;
  /** -1: no limit. */
  maxWarnings: number;
  /** Where to write the SARIF log, relative to the workspace; "" writes none. */
  sarifFile: string;
  annotations: boolean;
  /** Time budget per file in ms; 0: none. */
  timeout: number;
  /** Baseline file relative to the workspace, or "": none. */
  baseline: string;
  /** The form to assume when an input does not say; undefined: the config's or none. */
  form?: string;
  /** Extra rule folders relative to the workspace. */
  rulesDirs: string[];
}

/** The defaults action.yml declares; used when an input is missing altogether (not run by a runner). */
export const INPUT_DEFAULTS = {
  files: "",
  config: "",
  "fail-on": "error",
  "max-warnings": "-1",
  "sarif-file": "disclint.sarif",
  annotations: "true",
  timeout: "60000",
  baseline: "",
  form: "",
  "rules-dir": "",
} as const;

export type InputName = keyof typeof INPUT_DEFAULTS;

/** A value the user gave that cannot work: the run fails with this message, before linting. */
export class ActionInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ActionInputError";
  }
}

/**
 * Splits the `files` input on whitespace (newlines or spaces). A space that belongs to a path is
 * written "\ " (as in a shell); the backslash is dropped.
 */
export function splitPatterns(value: string): string[] {
  return value
    .split(/(?<!\\)\s+/)
    .map((p) => p.replace(/\\(\s)/g, "$1"))
    .filter((p) => p !== "");
}

/**
 * Reads the inputs through `get`: the trimmed value, or undefined when the runner did not set the
 * input at all. An unset input takes action.yml's default, so the bundle behaves the same when run
 * by hand; an empty one does too, except `sarif-file`, where "" means "write no SARIF".
 */
export function parseInputs(get: (name: InputName) => string | undefined): ActionInputs {
  const value = (name: InputName): string => get(name) ?? INPUT_DEFAULTS[name];
  const orDefault = (name: InputName): string => value(name) || INPUT_DEFAULTS[name];

  const failOn = severityFromWord(orDefault("fail-on"));
  if (!failOn) throw new ActionInputError(`fail-on must be one of error, warning (or warn), info; got "${value("fail-on")}"`);

  const maxText = orDefault("max-warnings");
  if (!/^-?\d+$/.test(maxText) || Number(maxText) < -1 || !Number.isSafeInteger(Number(maxText))) {
    throw new ActionInputError(`max-warnings must be a whole number, -1 for no limit; got "${maxText}"`);
  }

  const annotationsText = orDefault("annotations");
  let annotations: boolean;
  if (/^true$/i.test(annotationsText)) annotations = true;
  else if (/^false$/i.test(annotationsText)) annotations = false;
  else throw new ActionInputError(`annotations must be true or false; got "${annotationsText}"`);

  const timeoutText = orDefault("timeout");
  if (!/^\d+$/.test(timeoutText) || Number(timeoutText) > MAX_TIMEOUT_MS) {
    throw new ActionInputError(`timeout must be a whole number of milliseconds from 0 (no limit) to ${MAX_TIMEOUT_MS}; got "${timeoutText}"`);
  }

  const formText = value("form");
  const form = formText ? knownForm(formText) : undefined;
  if (formText && !form) throw new ActionInputError(`form must be one of ${FORMS.join(", ")}; got "${formText}"`);

  return {
    files: splitPatterns(value("files")),
    config: value("config"),
    failOn,
    maxWarnings: Number(maxText),
    // Unlike the others, an explicit empty sarif-file means "write none".
    sarifFile: value("sarif-file"),
    annotations,
    timeout: Number(timeoutText),
    baseline: value("baseline"),
    form,
    rulesDirs: splitPatterns(value("rules-dir")),
  };
}
