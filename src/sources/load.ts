import { InputError } from "../model/errors.js";
import { oneLine } from "../report/untrusted.js";
import { formFromText, normaliseForm } from "../model/form.js";
import type { Disclosure, InputFormat, SourceDocument } from "../model/types.js";
import { decodedFile, decodeInput, readInput, type DecodeOptions } from "./decode.js";
import { detectFormat } from "./detect.js";
import type { DocumentInfo, ReadResult } from "./reader.js";
import { prepareDocuments, READERS, readSet } from "./registry.js";
import { assertWellFormed } from "./well-formed.js";

export interface LoadOptions extends DecodeOptions {
  /** The form to assume when the input does not say (--form). */
  form?: string;
  /** Skip detection (--input-format). */
  inputFormat?: InputFormat;
  /** Check the whole document's well-formedness, not only what is read (--strict). */
  strict?: boolean;
  /** The bytes of the (one) file, read from standard input (--stdin). */
  stdin?: Uint8Array;
  /** Runs each synchronous stage of the reading (a job's time budget in the run's thread: src/run/job.ts); default: calls it. */
  watch?: <T>(stage: () => T) => T;
}

const FORMAT_NAMES: Record<InputFormat, string> = {
  "r-page-text": "SEC viewer R page (text)",
  "r-page-html": "SEC viewer R page (HTML)",
  ixbrl: "Inline XBRL",
  "xbrl-instance": "XBRL instance",
  "json-draft": "JSON draft",
  "yaml-draft": "YAML draft",
  markdown: "Markdown",
  text: "plain text",
  html: "HTML",
  docx: "Word (.docx)",
};

/** Reads one file (or a document set read as one filing) into a Disclosure. Throws InputError on bad input. */
export async function loadDisclosure(files: string[], opts: LoadOptions = {}): Promise<Disclosure> {
  try {
    return await load(files, opts);
  } catch (err) {
    // A fatal is one line, but a reader's message may quote the input: a parser's excerpt, a
    // key or a tag name with a line break in it.
    if (err instanceof InputError && /[\r\n\u2028\u2029]/.test(err.message)) {
      const flat = new InputError(oneLine(err.message), err.line, err.column);
      flat.notADisclosure = err.notADisclosure;
      throw flat;
    }
    throw err;
  }
}

/** Prose formats are read alike, so one can be forced for another; a tagged or structured input is what it is. */
const PROSE = new Set<InputFormat>(["markdown", "text", "html"]);

/** Whether a forced --input-format can read a file detected as `detected`. */
function fits(forced: InputFormat, detected: InputFormat): boolean {
  return forced === detected || detected === "text" || (PROSE.has(forced) && PROSE.has(detected));
}

export { oneLine };

async function load(files: string[], opts: LoadOptions): Promise<Disclosure> {
  const watch = opts.watch ?? ((stage) => stage());
  const documents: SourceDocument[] = [];
  for (const file of files) {
    const decoded = opts.stdin && files.length === 1 ? decodedFile(file, await decodeInput(opts.stdin, file, opts)) : await readInput(file, opts);
    documents.push(watch(() => sourceDocument(decoded, file, opts)));
  }
  // Word drafts are converted (asynchronously) before the synchronous readers see them.
  await prepareDocuments(documents);
  return watch(() => disclosureOf(documents, opts));
}

/** A file's text as a document of its format; throws InputError for a format it cannot be read as. */
function sourceDocument(decoded: Awaited<ReturnType<typeof readInput>>, file: string, opts: LoadOptions): SourceDocument {
  const detected = detectFormat(decoded.text, file);
  if (opts.inputFormat && detected && !fits(opts.inputFormat, detected)) {
    throw new InputError(`--input-format ${opts.inputFormat} does not fit this file: it reads as ${FORMAT_NAMES[detected]}`);
  }
  const format = opts.inputFormat ?? detected;
  if (!format) {
    const err = new InputError("not a disclosure: no R page, Inline XBRL, XBRL instance or draft found (use --input-format to force one)");
    err.notADisclosure = true;
    throw err;
  }
  if (!READERS[format]) {
    throw new InputError(`not a disclosure disclint can read yet: ${FORMAT_NAMES[format]} with no R page or XBRL tags`);
  }
  // A SourceDocument's fields in one order, by one literal (decodedFile says why).
  const doc: SourceDocument = { file: decoded.file, text: decoded.text, encoding: decoded.encoding, format };
  if (opts.strict) assertWellFormed(doc);
  return doc;
}

/** The documents read into the model. */
function disclosureOf(documents: SourceDocument[], opts: LoadOptions): Disclosure {
  const result = readSet(documents, { form: opts.form });
  if (isEmptyTagged(documents, result)) {
    const err = new InputError(
      `not a disclosure: ${FORMAT_NAMES[documents[0].format]} with no XBRL facts (no dei or cyd tags) and no cybersecurity section (an undeclared namespace prefix, or not a filing)`,
    );
    err.notADisclosure = true;
    throw err;
  }
  return disclosureFrom(documents, result, opts);
}

/**
 * Tagged markup that yields nothing to check — no fact at all, no Item 1C / 16K section — would pass
 * silently as "no problems"; like a prose file with no section, it is no disclosure.
 */
function isEmptyTagged(documents: SourceDocument[], result: ReadResult): boolean {
  const tagged = documents.every((d) => d.format === "ixbrl" || d.format === "xbrl-instance");
  return tagged && result.facts.length === 0 && !result.section && !result.info.documentType;
}

/** Assembles the model; the form comes from dei, else --form, else the filer's own words. */
export function disclosureFrom(documents: SourceDocument[], result: ReadResult, opts: { form?: string } = {}): Disclosure {
  const info: DocumentInfo = result.info;
  const disclosure: Disclosure = {
    documents,
    cydNamespaces: result.cydNamespaces,
    facts: result.facts,
    diagnostics: result.diagnostics,
    periodEndDate: info.periodEndDate,
    transitionReport: info.transitionReport,
    ...(result.section ? { section: result.section } : {}),
  };
  // A draft has no facts: the form is in its section's words ("annual report on Form 20-F").
  const fromText = formFromText(result.facts.length || !result.section ? result.facts : result.section.paragraphs);
  if (info.documentType) Object.assign(disclosure, { form: normaliseForm(info.documentType), formSource: "dei" });
  else if (opts.form) Object.assign(disclosure, { form: normaliseForm(opts.form), formSource: "option" });
  else if (fromText) Object.assign(disclosure, { form: fromText, formSource: "text" });
  return disclosure;
}
