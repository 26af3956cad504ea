// The twenty-third realistic unseen set: twelve fictional FY2025 Form 10-K Item 1C sections of SMALLER REPORTING COMPANIES and
// first-year filers (test/fixtures/realistic-set23/): short sections, the whole board or the Audit Committee among many duties, no
// CISO (the CFO, a VP of IT, a Director of IT, a VP of Network Operations, a virtual CISO, an external adviser's CTO), third parties
// doing much of the work; a shell company with no program, a de-SPAC, a BDC, a cannabis-property REIT and others. Five iXBRL (one
// with no #9: no committee), untagged HTML, two Markdown, two text, Word, an R page. Eight files are complete and correct, so any
// finding on them is false; four carry one planted problem each (#4 false against its own text; nothing says how the Audit
// Committee is informed; a position named with no expertise; 106(b)(2) only by a cross-reference to Risk Factors).
// The answer key (test/fixtures/realistic-set23.expected.json) was committed (e38b57b) before disclint was run on them, by a writer
// who did not open the word lists, the requirement model, src/text, src/engine, test/accuracy or docs/rules/.
// docs/realistic-set23.md gives every finding a verdict. Each pin is the CURRENT output of the CLI at base d1734e8, with its exit
// code; a comment says whether it is true, acceptable or KNOWN-FALSE (with its class), so the fix that changes it shows here.
// To re-pin: `npm run build`, `node dist/cli.js -f json <file>`, replace that file's entry; then redo the review.
import { join } from "node:path";
import { FIXTURES } from "../helpers.js";
import { formByName, pinnedSetSuite } from "./pinned-set.js";

/** Per file, in the linter's order: "line:column severity rule-id | words of its message". */
const PINNED: Record<string, string[]> = {
  "brisa-animal-health-10k.md": [
    // true (planted: the Vice President, Finance and Administration is named, and no expertise anywhere), at the key's severity
    "13:4 warning requirement-addressed | No paragraph of the draft's Item 1C addresses the relevant expertise of the persons in those positions",
  ],
  // complete (the full Board, no committee and no #9 tag; VP of Network Operations)
  "coulee-valley-communications-10k.htm": [],
  // complete (an externally managed BDC: the Adviser's program and CTO, the Audit Committee, the CCO's Rule 38a-1 report)
  "fennimore-street-capital-10k.htm": [],
  "glosswave-car-wash-10k.html": [
    // true (planted: the Board "has delegated oversight ... to its Audit Committee" and nothing says how it is informed), at the key's severity
    // round 37 (rules37): one finding for the one gap, naming 106(c)(2)(iii) too (requirement-addressed `together`)
    "9:5 warning requirement-addressed | informed about cybersecurity risks (Reg S-K 106(c)(1)), nor whether those managers report information",
  ],
  // complete (fixed after the review: the false info at 3:4 - "We review the security reports of our managed IT provider and our
  // cloud software providers ..." not read as service-provider oversight - is gone: "we review" in the sentence keeps an outsourced
  // IT provider an overseen one, as an audit or assessment word does (rules/lexicons/sentence-third-party-oversight-engaged.json))
  "greenmark-cultivation-reit-10k.md": [],
  "ladderline-fire-apparatus-10k.txt": [
    // true (planted: 106(b)(2) only by a cross-reference to Item 1A), at the key's severity, on the cross-reference
    "27:1 warning requirement-addressed | Only a cross-reference answers whether cybersecurity risks, including previous incidents, have materially affected",
  ],
  // complete (a shell company: no formal program, no third parties engaged, the whole board, the CEO who is also CFO)
  "quillmere-holdings-10k.txt": [],
  "redbluff-minerals-10k.htm": [
    // true (planted: #4 "No" while #1 says "We engage an outside cybersecurity firm ..."), at the key's severity, on the sentence
    "19:106 error flag-text-third-party-engaged | The third-party-engaged flag (#4) is false, but the text says the registrant engages",
    // (fixed after the review: the false info at 47:53 - a flag table's question caption, "Does the registrant have processes to
    // oversee ... service provider?" beside the #5 flag, read as the filer's statement - is gone: a caption that ends in "?" is
    // the form's question, as one that ends in ":" (src/engine/elements.ts flagsAndCaptionsOnly))
  ],
  // complete (Word draft; Audit Committee; Director of IT and VP of Quality and Regulatory Affairs for device security)
  "sonavue-medical-10k.docx": [],
  // complete (R page; the whole Board, #9 says it has not delegated to a committee)
  "splashling-swim-10k-r6.htm": [],
  // complete (a virtual CISO; the Audit and Risk Committee "meet with the committee each quarter to review")
  "steeplegate-software-10k.htm": [],
  // complete (de-SPAC; no CISO: VP of IT with a Director of IT Security; Audit Committee among its duties)
  "voltaro-charging-10k.htm": [],
};

/** The R page carries no dei facts and names no form. */
function formOf(name: string): string | undefined {
  if (name === "splashling-swim-10k-r6.htm") return undefined;
  return formByName(name);
}

pinnedSetSuite({
  title: "realistic set 23 (docs/realistic-set23.md)",
  dir: join(FIXTURES, "realistic-set23"),
  review: "realistic-set23.md",
  pinned: PINNED,
  formOf,
  exits: { files: { "redbluff-minerals-10k.htm": 1 }, folder: 1 },
});
