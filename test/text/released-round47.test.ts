// Round 47 (acc47-released, issue 10): classes read from round45.sealed's errors once released, and two left by round 46
// (docs/accuracy.md "Round 47 - round45.sealed's errors, by class"). Readings of who engages whom and whose work a paragraph
// names, none one sentence's words (element-third-party-engaged):
// - REL-ENGAGED, a party named with a relative clause whose subject is the registrant engaging it, with security work in
//   the same stretch ("a provider we engage", "a monitoring service that we retain");
// - FOR-US, a party doing security work for us or on our behalf ("the phishing tests the provider runs for us"), not
//   service providers that hold or reach our data on our behalf (106(b)(1)(iii));
// - ASSIST-PROVIDER, an IT or managed service provider that helps or assists our people (round 24's convention, C4);
// - TRADE-OUTPUT, an outside trade known through its output on us ("the forensic firm's report", C28), not the accounting
//   firm's ICFR report, not a verb ("… testers are reported to …");
// - EXT-MANAGER, an externally managed company's Adviser is its management, not a third party (round45.sealed #9);
// - OUTSIDE-MEMBER, an outside member of our own committee is a member, not an engaged expert (round44.sealed #4).
// Fictional sentences, none of them in a paraphrase batch. At base 98c4c0b5 every case of NOT_ANY_MORE and NOW_FOUND fails
// (checked by running this file with the base's element-third-party-engaged.json copied back over this branch's: src/ is
// unchanged); the guards pass at base and must not change.
import { checkClasses, type ClassCase } from "./precision-classes.js";

/** [class, paragraph, element it must not find] — found at base. */
const NOT_ANY_MORE: ClassCase[] = [
  [
    "EXT-MANAGER: an external manager named with its alias",
    "We are externally managed by Harlow Point Advisors LLC (our Adviser), and the Adviser's staff keep our books and run our computers.",
    "third-party-engaged",
  ],
  [
    "EXT-MANAGER: the manager's own staff support its officer",
    "The Adviser's Head of Technology is responsible for our cybersecurity program and is supported by the Adviser's help desk.",
    "third-party-engaged",
  ],
  [
    "OUTSIDE-MEMBER: an outside member of our own committee with expertise",
    "The Risk Committee of our Board includes an outside member with cybersecurity expertise, who chairs its technology sessions.",
    "third-party-engaged",
  ],
];

/** [class, paragraph, element it must now find] — missed at base. */
const NOW_FOUND: ClassCase[] = [
  [
    "REL-ENGAGED: a security company we retain scans the network",
    "Our point-of-sale network is scanned every week by a security company we retain.",
    "third-party-engaged",
  ],
  [
    "FOR-US: phishing tests sent on our behalf by a provider",
    "Phishing tests are sent to our employees on our behalf by an outside provider twice a year.",
    "third-party-engaged",
  ],
  [
    "ASSIST-PROVIDER: risks managed with the assistance of an IT provider",
    "Our Treasurer manages cybersecurity risks with the assistance of an outsourced IT provider.",
    "third-party-engaged",
  ],
  [
    "ASSIST-PROVIDER: helped by a managed service provider",
    "Our office manager, helped by a managed service provider, reviews who can reach our patient files.",
    "third-party-engaged",
  ],
  [
    "TRADE-OUTPUT: the forensic investigators' report",
    "The forensic investigators' report on the March intrusion was given to our Audit Committee.",
    "third-party-engaged",
  ],
  [
    "TRADE-OUTPUT: the testing firm's findings",
    "The testing firm's findings on our warehouse network went to the CIO in May.",
    "third-party-engaged",
  ],
];

/** [class, paragraph, element it must still find] — found at base too. */
const STILL: ClassCase[] = [
  ["guard: we retain an outside firm to test", "We retain an outside firm to test our network each year.", "third-party-engaged"],
  ["guard: the Adviser engages an independent firm", "The Adviser engages an independent firm to perform penetration tests of our systems.", "third-party-engaged"],
];

/** [class, paragraph, element] — never found, at base nor now: the readings do not read other parties. */
const STILL_NOT: ClassCase[] = [
  ["guard: vendors that hold data on our behalf are overseen, not engaged", "Our vendors that store data on our behalf must undergo annual penetration tests.", "third-party-engaged"],
  ["guard: service providers on our behalf", "Third-party service providers that process data on our behalf are monitored under our vendor program.", "third-party-engaged"],
  ["guard: a supplier we engage for repairs", "We engage a supplier to repair the card readers at our stores.", "third-party-engaged"],
  ["guard: the registrant is no party it hires", "The Company requires every employee we hire to complete phishing training.", "third-party-engaged"],
  ["guard: the accounting firm's ICFR report", "Our independent registered public accounting firm's report on internal control over financial reporting covers our billing system's general controls.", "third-party-engaged"],
  ["guard: testers' findings reported, a verb", "Weaknesses found by our penetration testers are reported to the CIO.", "third-party-engaged"],
];

checkClasses("round 47: round45.sealed's classes (acc47-released)", { notAnyMore: [...NOT_ANY_MORE, ...STILL_NOT], nowFound: NOW_FOUND, still: STILL });
