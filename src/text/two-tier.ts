// A two-tier company's management body named a board (round 41, acc41-misses). Dutch, German and
// Nordic filers on Form 20-F have a Supervisory Board (the board of directors' place) and a
// "Management Board" or "Executive Board" that runs the company: "the Management Board carries out a
// risk self-assessment", "the Executive Board approves the information security plan" say what
// management does. The name's head word "Board" is tagged "@management" (as a management
// committee's head is, aliases.ts), so the management lexicons read the body as management; a
// "Supervisory Board" and a plain "Board" are untouched.
//
// Round 53 (acc53-twotier): an Indonesian company's management body is its "Board of Directors" (Direksi), made up of
// its executive officers, beside a "Board of Commissioners" (Dewan Komisaris) that supervises it and is the board for
// Item 16K. The section says which structure it has: where it names a Board of Commissioners, its "Board of Directors"
// is tagged "@management" as a Management Board is. Not from a country list, and not where the Board of Directors sits
// beside a Board of Corporate Auditors or a Board of Supervisors (Japanese, PRC): there it is the board.

import type { Aliases } from "./tokens.js";

// "Management Board", "Executive Board", "Group Executive Board", "Executive Management Board",
// with or without a possessive; not "Board of Management" (its "Management" is already management's word).
const MANAGEMENT_BOARD = /\b(?:Management|Executive)\s+Board(?:['’]s?)?(?![\w-])/g;

// What makes a "Board of Directors" the management body (round 53): the section names the supervisory tier of an
// Indonesian two-tier company, or says so of the body itself ("our Board of Directors, which under Indonesian law is our
// executive management body"). Its members being executive officers alone is not enough (a Japanese board's often are).
const DIRECTORS_ARE_MANAGEMENT = /\b(?:Board\s+of\s+Commissioners|Dewan\s+Komisaris)\b|\bBoard\s+of\s+Directors\b[^.;:]{0,60}?\b(?:is|as)\s+(?:our|the|its)\s+(?:Company['’]s\s+)?(?:executive\s+)?management\s+(?:body|organ)\b/;

/** The head words a two-tier management body's name ends in: tokenize tags them (tagBody) as it tags a committee's. */
export const MANAGEMENT_BOARD_HEADS = new Set(["Board", "Board's", "Board’s", "Boards", "Directors", "Directors'", "Directors’"]);

/** Adds "@management" for each management body named a board in `text` ("Management Board" → ["@management"]). */
export function addManagementBoards(text: string, out: Aliases): void {
  MANAGEMENT_BOARD.lastIndex = 0;
  for (let m = MANAGEMENT_BOARD.exec(text); m; m = MANAGEMENT_BOARD.exec(text)) {
    const name = m[0].replace(/\s+/g, " ");
    if (!out.has(name)) out.set(name, ["@management"]);
  }
  if (DIRECTORS_ARE_MANAGEMENT.test(text) && !out.has("Board of Directors")) out.set("Board of Directors", ["@management"]);
}
