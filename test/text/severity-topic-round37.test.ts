// Round 37 (rules37): round 36 read "rating an incident's severity" as processes (triage, labels README C17) by a near
// entry of element-processes with no topic: any severity rated was a process ("we rate the severity of weather events").
// The entry now asks for a security event: the one whose severity it is ("the severity of each confirmed incident") or
// the antecedent of "its / their severity" before it ("a security alert … rates its severity"). Cases not marked "still"
// fail at the round's base (321ae27b). Fictional sentences.
import { describe, it } from "vitest";
import { both } from "./clause-roles.js";

describe("a severity rated is triage only when it is a security event's (processes, C17)", () => {
  it("a weather event's severity is no cybersecurity process", () =>
    both("Our store operations team rates the severity of weather events each morning and closes stores when a storm is rated severe.", [], ["processes"]));
  it("an equipment failure's, or a customer complaint's, severity neither", () => {
    both("Our facilities group assesses the severity of each equipment failure and schedules repairs by priority.", [], ["processes"]);
    both("We classify the severity of customer complaints and respond to the most serious within one business day.", [], ["processes"]);
  });
  it("'its severity' after a storm is the storm's", () =>
    both("When a storm warning is issued for a region, our logistics team rates its severity and reroutes deliveries.", [], ["processes"]));
  it("still: an incident's severity rated by its responder ('rates the severity of each confirmed incident')", () =>
    both("The on-call analyst rates the severity of each confirmed incident and assigns it to a responder.", ["processes"], []));
  it("still: 'its severity' after the security alert it refers to", () =>
    both(
      "When a security alert is confirmed as an incident, the on-call analyst opens a case in our ticketing system, rates its severity on a four-level scale and assigns it to a responder.",
      ["processes"],
      [],
    ));
  it("still: 'their severity' after cybersecurity events", () =>
    both(
      "Cybersecurity events identified by our managed security service provider are reported to our IT Director, who assesses their severity and, for significant events, informs the Chief Financial Officer.",
      ["processes"],
      [],
    ));
});
