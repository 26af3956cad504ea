// The section of an incident report: Form 8-K Item 1.05 (a domestic registrant's material
// cybersecurity incident) or a Form 6-K that reports one (a foreign private issuer). Read only when
// a draft has no Item 1C / 16K / Cybersecurity section (findSection), so annual drafts are read as
// before.

import type { CyberSection, ProseBlock } from "./sections.js";

const ITEM_105 = /^\W{0,3}item\s*1\.05\b/i;
/** The cover of a Form 6-K ("FORM 6-K", "REPORT OF FOREIGN PRIVATE ISSUER"). */
const COVER_6K = /^\W{0,3}form\s+6-K\b|\breport of foreign private issuer\b/i;
/** A heading that announces the incident ("Cybersecurity Incident", "Update on the Ransomware Attack"). */
const INCIDENT_HEADING = /\b(?:cyber\s?security|ransomware|cyber)\b.{0,40}\b(?:incidents?|attacks?|events?|breach(?:es)?|intrusions?)\b|\b(?:data|security) breach\b|\bunauthori[sz]ed access\b/i;
/**
 * A sentence that reports an incident: a finding verb, then what was found ("detected
 * unauthorized access", "identified a cybersecurity incident", "its investigation determined that an
 * unauthorized third party …", "was informed by a vendor that … an unauthorized party"), not a mention of incidents in general.
 */
const INCIDENT_TEXT = /\b(?:detected|identified|discovered|became aware of|experienced|suffered|determined that|learned (?:that|of)|(?:was|were|been) (?:informed|notified|advised))\b[^.]{0,200}?\b(?:unauthori[sz]ed|ransomware|malware|cyber\s?security incident|cyber\s?attack|intrusion|breach|threat actor)/i;
/** A 6-K's note above the announcement it furnishes, part of the report ("EXPLANATORY NOTE: This Report on Form 6-K is furnished …"). */
const EXPLANATORY_NOTE = /^\W{0,3}explanatory\s+note\b/i;
/** The exhibit a 6-K's note furnishes its announcement as ("… which is furnished as Exhibit 99.1 and incorporated herein"). */
const FURNISHED_EXHIBIT = /\b(?:furnished|attached|included|filed|submitted)\b[^.]{0,80}?\bexhibits?\s+(99(?:\.\d+)?)\b/i;
/** The heading that opens one exhibit ("Exhibit 99.1"), as against an exhibit index or list ("Exhibits", "Exhibit Index"). */
const EXHIBIT_HEADING = /^\W{0,3}exhibit\s+(99(?:\.\d+)?)\W*$/i;
/** Where the report ends: the next item, the signatures, the forward-looking legend, the exhibits. */
const REPORT_END = /^\W{0,3}(?:item\s*\d|signatures?\b|exhibits?\b|financial statements and exhibits\b)|forward[- ]looking statements/i;

/** How many blocks from the top a cover page is looked for in. */
const COVER_BLOCKS = 40;

export type IncidentForm = "8-K" | "6-K";

/** The incident report's section, and the form its own text shows (undefined: only the user's --form says so). */
export interface IncidentSection extends CyberSection {
  form?: IncidentForm;
}

function reportEnd(blocks: ProseBlock[], from: number): number {
  for (let j = from + 1; j < blocks.length; j++) {
    if (blocks[j].kind === "heading" && REPORT_END.test(blocks[j].text.trim())) return j;
  }
  return blocks.length;
}

/**
 * The announcement a 6-K's note furnishes as an exhibit is the report: the blocks under that exhibit's
 * heading, wherever it stands (right after the note, or after the signatures), or none.
 */
function furnishedExhibit(blocks: ProseBlock[], noteEnd: number, note: ProseBlock[]): ProseBlock[] {
  const number = note.map((b) => (b.kind === "paragraph" ? FURNISHED_EXHIBIT.exec(b.text)?.[1] : undefined)).find((n) => n !== undefined);
  if (number === undefined) return [];
  const at = blocks.findIndex((b, i) => i >= noteEnd && b.kind === "heading" && EXHIBIT_HEADING.exec(b.text.trim())?.[1] === number);
  return at < 0 ? [] : blocks.slice(at + 1, reportEnd(blocks, at));
}

function hasParagraph(blocks: ProseBlock[]): boolean {
  return blocks.some((b) => b.kind === "paragraph");
}

/**
 * The incident report in a draft: after an "Item 1.05" heading (the one that holds the most text);
 * else, in a Form 6-K whose text reports a cybersecurity incident, from the heading that announces
 * it (or the first paragraph that reports it); else, when the user says the form is 8-K or 6-K,
 * the same without the cover. Undefined when the draft is none of these, or reports no incident.
 */
export function findIncidentReport(blocks: ProseBlock[], givenForm?: string): IncidentSection | undefined {
  const cover6k = blocks.slice(0, COVER_BLOCKS).some((b) => COVER_6K.test(b.text));
  let best: { i: number; end: number; size: number } | undefined;
  blocks.forEach((b, i) => {
    if (b.kind !== "heading" || !ITEM_105.test(b.text)) return;
    const end = reportEnd(blocks, i);
    const size = blocks.slice(i + 1, end).reduce((k, x) => k + (x.kind === "paragraph" ? x.text.length : 0), 0);
    if (size > 0 && (!best || size > best.size)) best = { i, end, size };
  });
  if (best) return { heading: blocks[best.i], item: "1.05", blocks: blocks.slice(best.i + 1, best.end), form: cover6k ? "6-K" : "8-K" };
  const given = givenForm?.toUpperCase().replace(/\/A$/, "");
  if (!cover6k && given !== "8-K" && given !== "6-K") return undefined;
  // Even on the user's word, a document that reports no incident (a README in a walked folder) is none.
  const reports = blocks.findIndex((b) => b.kind === "paragraph" && INCIDENT_TEXT.test(b.text));
  if (reports < 0) return undefined;
  const announced = blocks.findIndex((b, i) => b.kind === "heading" && INCIDENT_HEADING.test(b.text) && i < reports);
  // A 6-K's explanatory note before the announcement says on what basis the report is furnished: read it with the report.
  const note = cover6k ? blocks.findIndex((b, i) => b.kind === "heading" && EXPLANATORY_NOTE.test(b.text.trim()) && i < (announced >= 0 ? announced : reports)) : -1;
  const heading = note >= 0 ? note : announced;
  const form = cover6k ? ("6-K" as const) : undefined;
  if (heading >= 0) {
    const end = reportEnd(blocks, heading);
    const section = blocks.slice(heading + 1, end);
    if (note >= 0) section.push(...furnishedExhibit(blocks, end, section));
    if (hasParagraph(section)) return { heading: blocks[heading], blocks: section, ...(form ? { form } : {}) };
  }
  // No heading: the report runs from its first paragraph on the incident to the signatures; the
  // section "heading" is that paragraph.
  return { heading: blocks[reports], blocks: blocks.slice(reports, reportEnd(blocks, reports)), ...(form ? { form } : {}) };
}
