import type { DisclosureSection, Fact, InputFormat, ReaderDiagnostic, SourceDocument } from "../model/types.js";

/** Document-level facts from dei (iXBRL / XBRL instance) or the page header (R pages). */
export interface DocumentInfo {
  documentType?: string;
  periodEndDate?: string;
  transitionReport?: boolean;
}

/** What one reader gets out of one decoded document. */
export interface ReadResult {
  facts: Fact[];
  diagnostics: ReaderDiagnostic[];
  info: DocumentInfo;
  /** Every http://xbrl.sec.gov/cyd/YYYY namespace the document binds or uses. */
  cydNamespaces: string[];
  /** The cybersecurity section's paragraphs, as found (never judged: the engine decides what they address). */
  section?: DisclosureSection;
}

/**
 * A reader turns one decoded document into facts with positions. It throws InputError (with a line
 * and column when it has one) when the input is malformed; it never throws anything else on bad input.
 */
export interface Reader {
  format: InputFormat;
  read(doc: SourceDocument, hints?: ReadHints): ReadResult;
}

/** What the user says about the input that a reader may need: the form (--form) makes a prose incident report readable without its heading. */
export interface ReadHints {
  form?: string;
}
