// Round 46 (acc46-processes, issue 10): processes told with no processes word, and cadence reports read as escalation
// (docs/accuracy.md, "Round 46 - processes without a processes word; dashboards are not escalation").
// (a) who does what to each X: an agent of the registrant's own (we, a team, staff, engineers, technicians, a crew, a
//     department, administrators, analysts) and, whatever the verb, each / every / any / all and a system, account,
//     device, credential or data-holding object - or the object and then the time or occasion (each, every, before,
//     whenever, twice, weekly, monthly): an activity (C17). Two near patterns in rules/lexicons/element-processes.json; no
//     list of verbs. The object is the security anchor: the same shape on meters, timesheets or tyres is not processes.
// (b) a cadence is a cadence: rules/lexicons/sentence-escalation-standing-cadence.json reads "each / every quarter", "year",
//     "afternoon" and "before each of its meetings" as it read "quarterly" and "at each meeting" (C21: a cadence report alone
//     is not incident-escalation).
// Fictional sentences in words of their own, none in a paraphrase batch. At base 333f6b7c every NOT_ANY_MORE and NOW_FOUND
// case fails (checked with the two lexicon changes taken out); the guards (STILL and the bounds) pass at base and after.
import { describe, expect, it } from "vitest";
import { checkClasses, type ClassCase } from "./precision-classes.js";
import { paragraphElements as elements } from "../helpers.js";

/** [class, paragraph, element it must NOT find] - each found at base. */
const NOT_ANY_MORE: ClassCase[] = [
  ["(b) a summary every quarter", "Our Chief Operating Officer receives a summary every quarter of the security incidents at our stores and how long each took to close.", "incident-escalation"],
  ["(b) a report before each meeting", "Our Director of IT sends the Risk Committee a written report on open risks and incidents before each of its meetings.", "incident-escalation"],
  ["(b) a report each quarter to a management body", "Our Chief Information Security Officer reports each quarter to the Executive Committee on cyber threats and incidents at our plants.", "incident-escalation"],
];

/** [class, paragraph, element it must now find] - each missed at base. */
const NOW_FOUND: ClassCase[] = [
  ["(a) technicians wipe every laptop", "Our warehouse technicians wipe every returned laptop before it goes back to the leasing company.", "processes"],
  ["(a) staff sign out of any shared terminal", "Our pharmacy staff sign out of any shared terminal at the end of a shift.", "processes"],
  ["(a) analysts pull the records of all administrator accounts", "Our analysts pull the sign-in records of all administrator accounts on Friday afternoons.", "processes"],
  ["(a) the object, then the cadence", "At our hotels, the IT staff change the guest network passwords every week.", "processes"],
  ["(a) the object, then the occasion", "Our depot crew swaps the drivers' handheld devices for clean ones whenever a route is reassigned.", "processes"],
];

/** [class, paragraph, element it must still find] - guards that pass at base and after. */
const STILL: ClassCase[] = [
  ["(b) an incident with a time limit, beside a cadence report", "Any incident that stops a store's tills is reported to the Chief Operating Officer within an hour, on top of the summary she receives every quarter.", "incident-escalation"],
  ["(b) the cadence report is still management-informed", "Our Chief Operating Officer receives a summary every quarter of the security incidents at our stores and how long each took to close.", "management-informed"],
  ["(a) a processes word as before", "Our IT department applies security patches to every server each week.", "processes"],
];

checkClasses("processes, round 46: who does what to each X; a cadence report is no escalation", { notAnyMore: NOT_ANY_MORE, nowFound: NOW_FOUND, still: STILL });

/** The object is the anchor: the same structure on what is not a system, an account or a device. */
describe("processes, round 46: the reading's bounds (guards)", () => {
  it.each([
    ["meters, not systems", "Our field technicians replace every worn water meter within ten years of its installation."],
    ["timesheets", "Our payroll staff check every timesheet before the weekly pay run."],
    ["tyres", "Our drivers inspect every tyre and brake line before each trip."],
    ["a customer's insurance", "The front desk confirms each patient's insurance coverage before the visit."],
  ])("%s", (_what, paragraph) => {
    expect(elements(paragraph)).not.toContain("processes");
  });
});

/** A cadence report to the board was already no escalation (board-cadence); it stays so (a guard). */
describe("incident-escalation, round 46: a yearly briefing (guard)", () => {
  it("a yearly briefing of a committee on incident trends is not escalation", () => {
    expect(elements("Our Chief Information Officer briefs the Audit Committee each year on incident trends and the security budget.")).not.toContain("incident-escalation");
  });
});
