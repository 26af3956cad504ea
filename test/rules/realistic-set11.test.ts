// The eleventh realistic unseen set: twenty fictional filers (test/fixtures/realistic-set11/) in industries the set-10
// table does not list — nine iXBRL 10-K / 20-F sections in three tagging agents' styles (Workiva-like, Toppan Merrill-like,
// DFIN-like: continuations over page footers, a footer in ix:exclude inside a block, nested blocks, flags as
// fixed-true/fixed-false clauses, ballot-box tables and plain true/false values in run-in text, cyd/2024 and cyd/2025,
// one Japanese 20-F), nine untagged Item 1A/1C / 16K texts (three text, two Markdown, three HTML incl. an Israeli 20-F,
// one .docx) and two incident reports (a text Form 8-K Item 1.05 and an HTML Form 6-K). The answer key
// (test/fixtures/realistic-set11.expected.json) was committed (95cd7a7) before disclint was run on them, by a writer who
// did not open the word lists, the requirement model, src/text or src/engine. docs/realistic-set11.md gives every finding
// a verdict. Each pin is the CURRENT output of the CLI, with its exit code; a comment names the verdict of the ones that
// are not true and the planted problems caught below the severity the key wants, so the fix that drops or corrects them
// shows here.
// To re-pin: `npm run build`, `node dist/cli.js -f json <file>`, replace that file's entry; then redo the review.
import { join } from "node:path";
import { FIXTURES } from "../helpers.js";
import { formByName, pinnedSetSuite } from "./pinned-set.js";

// At base (blind) seven errors "#12 true, #13 missing" here were DEBATABLE: the tagged #11 names the positions.
// Since round 10 (the lead's fix after this set's blind review, seen): #12 true with #13 not tagged, where other text (#11
// first) names the responsible positions, is a warning pointing at that sentence ("the tagging is incomplete"); true as a
// tagging gap. An error only when no text names a position.
// true as a tagging gap, at info since round 11 (acc11-calib, seen: the keys accept it only as an info, "a tagging note at info is acceptable"; 2 of 13 such warnings were true on sets 4-11)
const POSITIONS_BLOCK_UNTAGGED = "info flag-text-positions-responsible | the tagging is incomplete";
// At base (blind) two FALSE errors on clean DFIN-like files (cobaltvault 24:594, lithomark 21:436): the flag's question
// with its plain answer ("… have materially affected or are reasonably likely to materially affect us: false.") was read as
// an affirmation. Gone since round 10 (the lead's fix, seen: clause-not-a-statement reads a question with its answer after
// a colon as a label, unless the clause itself denies).

/** Per file, in the linter's order: "line:column severity rule-id | words of its message". */
const PINNED: Record<string, string[]> = {
  "bluewater-sports-holdings-10k.md": [
    // Round 11 (acc11-mgmt, seen): the DEBATABLE info "management's role …" (7:4) is gone: "Our cybersecurity program is led
    // by Kellan Ashby" gives a person the role (element-management-role: a cyber program led by a person named); what is
    // missing is a position, which the warning below carries
    // true (planted: the person responsible is named, "Kellan Ashby", with no position)
    "7:4 warning requirement-addressed | the management positions or committees responsible",
  ],
  "clearwater-basin-water-10k.htm": [
    `23:76 ${POSITIONS_BLOCK_UNTAGGED}`,
    // true (planted: #16 ☐ while #11 says "The CISO reports to the Audit Committee each quarter"); an error since round 40
    // (rules40: a named manager reports to a named committee on cybersecurity risks, measured 313 / 313 by npm run evidence)
    "24:527 error flag-text-reports-to-board | The report-to-board flag (#16) is false, but the text says a named manager reports to the board or a board committee on cybersecurity",
  ],
  "cobaltvault-digital-10k.htm": [`34:52 ${POSITIONS_BLOCK_UNTAGGED}`],
  "galil-payments-20f.html": [],
  "galil-payments-6k.html": [
    // true (planted: "[insert date]" left in the incident's timing)
    '13:7 error draft-placeholder | Placeholder "[insert date]" left in the text.',
  ],
  // At base (blind) a FALSE info "the relevant expertise …" (17:5): line 21 gives the Advisor CISO's expertise. Gone since
  // round 10 (the lead's fix, seen): an adviser named only as the responsible officer's employer ("The Advisor CISO has …")
  // is not another party's expertise (sentence-management-expertise-others)
  "granite-harbor-reit-10k.md": [],
  "harborline-insurance-brokers-10k.htm": [],
  "ironclad-defense-10k.htm": [
    // true (planted: #10 wraps the supplier-oversight paragraph; how the committee is informed is in #9)
    "26:1 warning text-block-content-mismatch | Responsible for Oversight [Text Block] addresses",
    `33:76 ${POSITIONS_BLOCK_UNTAGGED}`,
  ],
  "kansai-precision-optics-20f.htm": [`31:52 ${POSITIONS_BLOCK_UNTAGGED}`],
  "lithomark-systems-10k.htm": [
    // true (planted: #5 true, no service-provider oversight anywhere)
    "19:489 warning flag-text-third-party-oversight | no text in the whole Item 1C section (tagged and untagged text) describes overseeing",
    `31:51 ${POSITIONS_BLOCK_UNTAGGED}`,
  ],
  "meadowgold-grocers-10k.htm": [
    // DEBATABLE: true that no text names the disclosure form (the Incident Review Committee decides materiality), but
    // Item 106 does not ask for it
    "11:1 info incident-escalation-stated | how a material incident would be disclosed",
    `25:76 ${POSITIONS_BLOCK_UNTAGGED}`,
    // true (planted: "[NAME]", "[●]", "[DESCRIBE PRIOR ROLES]", "[CERTIFICATIONS]" left in the expertise sentence)
    '25:352 error draft-placeholder | Placeholder "[●]" left in',
  ],
  "northern-shield-trucking-10k.txt": [
    // true (planted: only "an experienced information technology professional")
    "17:1 warning requirement-addressed | the relevant expertise of the persons in those positions",
  ],
  "northstar-genomics-10k.txt": [
    // true (planted: 106(b)(2) only by incorporating an Item 1A risk factor by reference)
    "19:1 warning requirement-addressed | Only a cross-reference answers",
  ],
  "portside-terminals-10k.txt": [],
  "prairie-union-cooperative-10k.html": [],
  "skyharbor-regional-airlines-10k.htm": [],
  "skyharbor-regional-airlines-8k.txt": [],
  "sparkmatch-group-10k.docx": [],
  "st-brendan-health-10k.htm": [
    // true (planted: #6 ☐ while #7 says "The attack materially affected our results of operations for fiscal 2026")
    "19:382 error flag-text-material-effect | the text states a material effect",
    `26:76 ${POSITIONS_BLOCK_UNTAGGED}`,
  ],
  "tamarind-specialty-chemicals-10k.html": [
    // true (round 11, acc11-incident, seen): nothing says how a material incident would be disclosed. Before, the
    // suppliers' "contracts include security and notification requirements" (their notice to us) was read as the
    // company's disclosure path (sentence-incident-disclosure-inbound). Info: not an Item 106 element.
    "7:5 info requirement-addressed | how a material incident is disclosed",
    // true (planted: no escalation path, nobody named who decides materiality); the key wants a warning, not an info.
    // Round 11 (acc11-incident, seen): info is right for this element, which Item 106 does not require; the Item 106
    // gap is 106(c)(2)(ii), below.
    "7:5 info requirement-addressed | how an incident is escalated and who decides",
    // true (planted; seen, round 11 acc11-mgmt): nothing says how the CIO / VP Manufacturing Excellence are informed about
    // and monitor incidents. Missed until round 11: the ERM committee's review of cybersecurity risk "with our other
    // principal risks" was read as the answer (now sentence-management-informed-erm-review). An info by the catalog
    // (management-informed is an info element); the key wants a warning
    "7:5 info requirement-addressed | how management is informed about and monitors",
  ],
};

pinnedSetSuite({
  title: "realistic set 11 (docs/realistic-set11.md)",
  dir: join(FIXTURES, "realistic-set11"),
  review: "realistic-set11.md",
  pinned: PINNED,
  formOf: formByName,
  exits: {
    files: {
      "clearwater-basin-water-10k.htm": 1,
      "galil-payments-6k.html": 1,
      "meadowgold-grocers-10k.htm": 1,
      "st-brendan-health-10k.htm": 1,
    },
    folder: 1,
  },
});
