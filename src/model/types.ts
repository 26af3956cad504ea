// The one model every stage shares: sources produce a Disclosure, text/engine read it,
// report prints Findings.

export type Severity = "error" | "warning" | "info";
export type FactKind = "flag" | "text" | "other";

/** A place in an original file. Offsets are UTF-16 code-unit offsets into the decoded text; lines and columns are 1-based. */
export interface Position {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/**
 * Maps offsets in a derived string (a fact's plain text) back to offsets in the decoded source.
 * Piecewise-linear: anchors[i] = [textOffset, sourceOffset]; a character at textOffset t maps to
 * sourceOffset s + (t - textOffset) of the last anchor at or before t.
 */
export type TextMap = Array<[number, number]>;

export interface Period {
  startDate?: string;
  endDate?: string;
  instant?: string;
}

export interface Fact {
  /** Local name, e.g. CybersecurityRiskRoleOfManagementTextBlock. */
  concept: string;
  /** Namespace URI when the source declares one (iXBRL, XBRL instance). */
  namespace?: string;
  kind: FactKind;
  /** Flags: true/false, or null when the value is not a valid boolean. Text: plain text. */
  value: boolean | string | null;
  /** The lexical value before transformation (flag text, or the raw HTML of a text block). */
  raw: string;
  /** Plain text (text blocks; empty for flags). */
  text: string;
  /** Where each character of `text` came from in the source. */
  textMap: TextMap;
  html?: string;
  contextRef?: string;
  period?: Period;
  /** ixt format of a flag (e.g. ixt:fixed-true), if any. */
  format?: string;
  id?: string;
  /** Label as printed by the source (R pages). */
  label?: string;
  hidden?: boolean;
  /** Problems found while reading this fact (e.g. a transform that cannot be resolved). */
  problems?: string[];
  /** Where the fact (its tag or row) sits in the source. */
  position: Position;
  /** Source offsets of the fact (start, end), for mapping. */
  offset: number;
  endOffset: number;
  /** Every fragment of a continued text block (the head and each ix:continuation), where they lie. */
  fragments?: SourceRange[];
}

/** A range of a source document's decoded text. */
export interface SourceRange {
  file: string;
  start: number;
  end: number;
}

/**
 * One paragraph of the cybersecurity section as a reader found it: in a prose draft, the section's
 * paragraphs; in Inline XBRL, the Item 1C / 16K text around the cyd facts, tagged or not.
 */
export interface SectionParagraph {
  /** Plain text on one line. */
  text: string;
  /** text offset → source offset in `file`. */
  textMap: TextMap;
  file: string;
  start: number;
  end: number;
  /** Headings above it inside the section, outermost first. */
  headings: string[];
}

/** The cybersecurity section (Item 1C, Item 16K, or a "Cybersecurity" heading) of a document. */
export interface DisclosureSection {
  file: string;
  /** The heading that opens it, when one was found. */
  heading?: { text: string; start: number; end: number };
  item?: "1C" | "16K" | "1.05";
  paragraphs: SectionParagraph[];
}

export type InputFormat =
  | "r-page-text"
  | "r-page-html"
  | "ixbrl"
  | "xbrl-instance"
  | "json-draft"
  | "yaml-draft"
  | "markdown"
  | "text"
  | "html"
  | "docx";

/** The input formats by class (a rule's `appliesTo.inputs` may name a class). */
export const INPUT_CLASSES: Readonly<Record<string, readonly InputFormat[]>> = {
  tagged: ["r-page-text", "r-page-html", "ixbrl", "xbrl-instance"],
  structured: ["json-draft", "yaml-draft"],
  prose: ["markdown", "text", "html", "docx"],
};

/**
 * The class a document is read as: its format's, except a filing in a tagged format whose
 * cybersecurity section the reader found but which carries no cyd fact (before cyd tagging, or a
 * filer that did not tag): "untagged", its section read as a draft's prose is.
 */
export type InputClass = "tagged" | "structured" | "prose" | "untagged";

export function inputClassOf(d: Pick<Disclosure, "documents" | "facts" | "section">): InputClass | undefined {
  const format = d.documents[0]?.format;
  if (!format) return undefined;
  const cls = (Object.keys(INPUT_CLASSES) as InputClass[]).find((c) => INPUT_CLASSES[c].includes(format));
  return cls === "tagged" && d.section !== undefined && d.facts.length === 0 ? "untagged" : cls;
}

/** One decoded input file. */
export interface SourceDocument {
  file: string;
  format: InputFormat;
  /** Decoded text (what offsets refer to). */
  text: string;
  /** Encoding the bytes were decoded from. */
  encoding: string;
}

/** A problem found by a reader that is a finding (not fatal), e.g. a broken continuation chain. */
export interface ReaderDiagnostic {
  code: string;
  message: string;
  position: Position;
  concept?: string;
  evidence?: string;
}

export interface Disclosure {
  documents: SourceDocument[];
  /** 10-K, 20-F, 8-K, 6-K … when known (dei:DocumentType, --form, or the text). */
  form?: string;
  /** Where the form came from. */
  formSource?: "dei" | "option" | "text";
  periodEndDate?: string;
  transitionReport?: boolean;
  /** cyd namespaces (http://xbrl.sec.gov/cyd/YYYY) used in the document set. */
  cydNamespaces: string[];
  facts: Fact[];
  diagnostics: ReaderDiagnostic[];
  /** The cybersecurity section's paragraphs, when the reader found the section (drafts, Inline XBRL). */
  section?: DisclosureSection;
}

export interface Finding {
  ruleId: string;
  severity: Severity;
  message: string;
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  concept?: string;
  citation?: string;
  evidence?: string;
  fix?: string;
  docsUrl?: string;
  /**
   * For a finding with no concept: the concept of the tagged block nearest to it, so a reader can
   * find the place on a one-line EDGAR filing (shown by stylish; not part of the JSON contract).
   */
  near?: string;
  /**
   * For a draft's missing element moved to where it belongs (src/run/draft-placement.ts): the
   * evidence is the heading it goes "under" (shown by stylish).
   */
  belongs?: "under";
  /**
   * The concept names a block the file does not have (an absence on a draft or an untagged
   * filing: the missing element's own block), so stylish names no block it would sit "in".
   */
  blockAbsent?: true;
}

/** A file that could not be read or parsed. */
export interface FatalError {
  file: string;
  message: string;
  line?: number;
  column?: number;
  /** The file reads fine but is not a disclosure (a README in a walked folder). */
  notADisclosure?: boolean;
}

export interface FileResult {
  file: string;
  findings: Finding[];
  fatal?: FatalError;
  /** Findings an inline directive suppressed, and those the baseline hid: not counted, shown muted by the html report. */
  suppressed?: Finding[];
  baselined?: Finding[];
  /** The disclosure as the review formats (html, markdown) show it; only when the run was asked for it (DisclintOptions.review). */
  review?: FileReview;
}

// What the review formats show of a file besides its findings (src/report/review.ts builds it,
// in the job that lints the file, so it is bounded by the same time budget).

/** One paragraph of the disclosure as a reviewer reads it. */
export interface ReviewParagraph {
  /** The document it is in (a file of the document set). */
  file: string;
  line: number;
  column: number;
  text: string;
  /** The cyd text blocks that hold it (local names); empty for an untagged paragraph. */
  blocks: string[];
  /** Ids of the Item 106 / 16K elements (rules/requirements/requirements.json) it addresses. */
  elements: string[];
  /** Source range in its document, and text offset → source offset. */
  start: number;
  end: number;
  map: TextMap;
}

export interface ReviewFlag {
  concept: string;
  value: boolean | null;
  raw: string;
  line: number;
  column: number;
}

export interface FileReview {
  file: string;
  form?: string;
  /** True when the disclosure carries cyd facts (Inline XBRL, XBRL instance, R page). */
  tagged: boolean;
  paragraphs: ReviewParagraph[];
  flags: ReviewFlag[];
  /** Start offset of every line of each document, to place findings (line:column) in the text. */
  lineStarts: Record<string, number[]>;
}


/** What reports and `disclint rules` need to know of a rule. */
export interface RuleMeta {
  id: string;
  severity: Severity;
  description: string;
  citation: string;
  fix?: string;
  docsUrl: string;
}

/** Everything a formatter may use besides the results. */
export interface ReportContext {
  /** Paths in reports are relative to this folder and "/"-separated. */
  cwd: string;
  rules: RuleMeta[];
  version: string;
  /** Colour output (stylish only). */
  color: boolean;
  /** The terminal's width, when printing to one (stylish wraps quotes to it). */
  width?: number;
}
