// Round 51 (acc51-clause; issue 10): the next receiver after a condition aside ("notifies the plant supervisor and, where
// the incident may involve payment data, our Chief Financial Officer"; round 50's CALL-CHAIN). The informing clause's
// receiver runs past "and," and an aside of its own (a condition, a time, a scope) to the party after it, as it already ran
// to "and, if warranted, to the CEO" (src/text/clauses.ts phraseEnd). Fictional filers and words throughout, none taken
// from the batches. The positives fail at 9bf6e7e6; the cases marked "guard" pass there and must not change.
import { describe, expect, it } from "vitest";
import { sectionDrafts } from "./section-drafts.js";

const { draft } = sectionDrafts("acc51-clause-", "0009999996");

/** The elements of the one paragraph of an Item 1C draft, as the linter judges it. */
async function elements(text: string): Promise<string[]> {
  const [p] = await draft(text);
  return p;
}

describe("a receiver after a condition aside (round 51)", () => {
  // Taken out (round 51): the reading these variants pinned (clauses.ts asideThenParty / asideTopic, commit 4b6fcd86)
  // moved no batch its author did not tune on (B and held-out unchanged; split +2 tp / +1 fp), so it was removed;
  // the variants stay here as a comment for a later round (the first four failed at 9bf6e7e6 and passed with the reading;
  // the fifth passed at both), the guards below stay live.
  //   it.each([
  //     "When a dispatcher's console shows a malware alert, the shift lead notifies the depot supervisor and, where fare-card data may be exposed, our Chief Financial Officer.",
  //     "Suspected intrusions are reported by the night operator to the duty technician and, should the technician confirm one, our Vice President of Technology.",
  //     "The kiosk technician phones the regional dispatcher and, if a card reader may have been breached, our Chief Information Officer.",
  //     "Ransomware on a ship's network is reported by the master to the fleet desk and, unless the fleet desk can isolate it within the hour, our Chief Operating Officer.",
  //     "The shift engineer contacts the plant chemist and, where malware may have reached the bottling line, the Vice President of Engineering.",
  //   ])("the manager after the aside is informed: %s", async (text) => {
  //     expect(await elements(text)).toContain("management-informed");
  //   });

  it.each([
    // guard: the party after the aside is the subject of a new clause, not a receiver
    "The technician notifies the shift lead and, if the event is confirmed, our Chief Financial Officer decides on the response plan for the kiosk fleet.",
    // guard: the party after the aside is a thing, not people
    "The vendor sends the shift lead its invoice and, where the contract allows, a summary of the hours worked.",
  ])("guard: no management-informed from the aside: %s", async (text) => {
    expect(await elements(text)).not.toContain("management-informed");
  });
});
