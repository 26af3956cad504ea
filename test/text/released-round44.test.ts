// Round 44 (acc44-released, issue 10): classes read from round42.sealed's errors once released (docs/accuracy.md "Round 44 -
// round42.sealed's errors, by class"). Data readings, none one sentence's words:
// - BIO, a person who joined us "after N years at" or "from" another employer, as the sentence's own verb: the career after
//   it is elsewhere, so the former employer's "managed security services business" is no provider we engage
//   (sentence-processes-biography, an `except` shape of processes and third-party-engaged);
// - PROV, an outside provider as the agent of our security work: a provider named by its security trade, or a provider's own
//   security operations center, that monitors, notifies or escalates to us, or an IT provider that runs our security program
//   (round 24's convention, C19; element-third-party-engaged);
// - POS-ACT, a named position or management body that assigns findings an owner or a deadline, with the finding between verb
//   and owner ("assigns each critical vulnerability an owner"): directing remediation, C23's own example (management-role,
//   management-positions);
// - TITLE, "the Executive Officer in charge of Information Technology (the CDIO) reports to the Board": "in charge of" after
//   an officer's, director's, manager's or president's title is part of the title, a name; the predicate "is in charge of" still gives the
//   role (C1: a reporter is not given responsibility; element-management-role).
// Fictional sentences, none of them in a paraphrase batch. At base 70f42ae2 every case of NOT_ANY_MORE and NOW_FOUND fails
// (checked with the base's rules/lexicons); the guards pass at base and must not change.
import { describe, expect, it } from "vitest";
import { paragraphElements as elements } from "../helpers.js";
import { checkClasses, type ClassCase } from "./precision-classes.js";

/** [class, paragraph, element it must not find] — found at base. */
const NOT_ANY_MORE: ClassCase[] = [
  [
    "BIO: a former employer's managed security services unit",
    "Our Chief Information Officer joined us in 2018 after twelve years at a telecommunications company, where he ran its managed security services unit.",
    "third-party-engaged",
  ],
  [
    "BIO: a former employer that engaged testers for its clients",
    "Our Controller joined the Company in 2017 from a regional accounting firm, where he audited IT controls and engaged outside penetration testers for clients.",
    "third-party-engaged",
  ],
  [
    "TITLE: an officer in charge of IT named as the board's reporter",
    "The Executive Officer in charge of Information Technology reports to the Board each quarter on our security measures.",
    "management-role",
  ],
];

/** [class, paragraph, element it must now find] — missed at base. */
const NOW_FOUND: ClassCase[] = [
  [
    "PROV: a security provider that escalates",
    "The security provider we retain for after-hours coverage escalates confirmed attacks to our CFO.",
    "third-party-engaged",
  ],
  [
    "PROV: a managed service provider that operates our security program",
    "Brightwater Systems, our managed service provider, operates our information security program under a three-year contract.",
    "third-party-engaged",
  ],
  [
    "PROV: a security services provider that notifies a manager",
    "A security services provider watches our plant networks at night and notifies our plant manager of anything suspicious.",
    "third-party-engaged",
  ],
  [
    "POS-ACT: a director assigning each vulnerability an owner",
    "Our Director of Technology reads every scan report and assigns each critical vulnerability an owner and a due date.",
    "management-positions",
  ],
  [
    "POS-ACT: the same, the role",
    "Our Director of Technology reads every scan report and assigns each critical vulnerability an owner and a due date.",
    "management-role",
  ],
];

/** [class, paragraph, element it must still find] — guards. */
const STILL: ClassCase[] = [
  ["POS-ACT (found at base): assigns an owner, the phrase whole", "Our CISO assigns an owner to each open finding.", "management-positions"],
  ["PROV (found at base): an MSSP engaged to monitor", "We engage a managed security services provider to monitor our network.", "third-party-engaged"],
  [
    "BIO's twin (found at base): responsibility after a biographical relative",
    "Our Chief Technology Officer, who joined us in 2019 from a regional carrier, is responsible for our cybersecurity program.",
    "management-positions",
  ],
  [
    "TITLE's twin (found at base): the officer in charge of IT said to be responsible",
    "Our Executive Officer in charge of Information Technology is responsible for cybersecurity across the Group.",
    "management-role",
  ],
  ["TITLE's twin (found at base): the predicate 'is in charge of'", "Our Chief Information Officer is in charge of our information security program.", "management-role"],
];

/** [class, paragraph, element it must still not find] — guards on traps. */
const STILL_NOT: ClassCase[] = [
  ["POS-ACT trap: a finding assigned an owner in the passive", "Each finding is assigned an owner and a due date in our ticketing system.", "management-positions"],
  [
    "POS-ACT trap: an owner for a customer account",
    "Our Chief Executive Officer assigns each new customer account an owner from the sales team.",
    "management-positions",
  ],
  [
    "PROV trap: a vendor's own security operations center for its own data centers",
    "The payroll vendor runs its own security operations center to protect the data centers it operates.",
    "third-party-engaged",
  ],
];

checkClasses("round 44: round42.sealed's classes", { notAnyMore: NOT_ANY_MORE, nowFound: NOW_FOUND, still: STILL });
describe("round 44: round42.sealed's traps", () => {
  it.each(STILL_NOT)("guard: %s", (_what, paragraph, element) => {
    expect(elements(paragraph)).not.toContain(element);
  });
});
