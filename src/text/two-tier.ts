// A two-tier company's management body named a board (round 41, acc41-misses). Dutch, German and
// Nordic filers on Form 20-F have a Supervisory Board (the board of directors' place) and a
// "Management Board" or "Executive Board" that runs the company: "the Management Board carries out a
// risk self-assessment", "the Executive Board approves the information security plan" say what
// management does. The name's head word "Board" is tagged "@management" (as a management
// committee's head is, aliases.ts), so the management lexicons read the body as management; a
// "Supervisory Board" and a plain "Board" are untouched.

import type { Aliases } from "./tokens.js";

// "Management Board", "Executive Board", "Group Executive Board", "Executive Management Board",
// with or without a possessive; not "Board of Management" (its "Management" is already management's word).
const MANAGEMENT_BOARD = /\b(?:Management|Executive)\s+Board(?:['’]s?)?(?![\w-])/g;

/** The head words a two-tier management body's name ends in: tokenize tags them (tagBody) as it tags a committee's. */
export const MANAGEMENT_BOARD_HEADS = new Set(["Board", "Board's", "Board’s", "Boards"]);

/** Adds "@management" for each management body named a board in `text` ("Management Board" → ["@management"]). */
export function addManagementBoards(text: string, out: Aliases): void {
  MANAGEMENT_BOARD.lastIndex = 0;
  for (let m = MANAGEMENT_BOARD.exec(text); m; m = MANAGEMENT_BOARD.exec(text)) {
    const name = m[0].replace(/\s+/g, " ");
    if (!out.has(name)) out.set(name, ["@management"]);
  }
}
