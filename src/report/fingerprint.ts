import { createHash } from "node:crypto";
import type { Finding } from "../model/types.js";

/**
 * Evidence as it survives re-typesetting: Unicode-normalised, curly quotes and dashes made plain,
 * whitespace collapsed, lower-cased. Re-flowing a paragraph or moving it does not change it.
 */
export function normaliseEvidence(text: string): string {
  return text
    .normalize("NFKC")
    .replace(/[\u2018\u2019\u201a\u201b\u2032]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u2033]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, "-")
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase();
}

/**
 * A stable id for a finding from rule id + concept + normalised evidence (the message when there
 * is no evidence) — never line numbers: an EDGAR file can be one huge line, and a finding must keep
 * its id when text above it moves. sha256, first 16 hex digits.
 */
export function findingHash(finding: Pick<Finding, "ruleId" | "concept" | "evidence" | "message">): string {
  const basis = [finding.ruleId, finding.concept ?? "", normaliseEvidence(finding.evidence ?? finding.message)].join("\u0000");
  return createHash("sha256").update(basis, "utf8").digest("hex").slice(0, 16);
}
