// Round 43 (rules43): readings behind false or debatable findings on the realistic sets, each judged as the one paragraph of a
// draft.
// - The decider named in a passive whose subject is the whether-clause: "whether an incident is material for our reporting to
//   investors, including on Form 6-K, is decided by the Management Board on the advice of …" (set 25's zeedijk): who decides
//   whether an incident is material is told (element-incident-escalation-decider, escalation's second part).
// Each case below failed at base 84f77255 where it says "is"; the near misses read as before.
import { describe, expect, it } from "vitest";
import { paragraphElements as elementsOf } from "../helpers.js";

describe("the decider in a passive whose subject is the whether-clause", () => {
  it.each([
    "Major incidents are reported to our regulator within the deadlines it sets; whether an incident is material for our reporting to investors, including on Form 6-K, is decided by the Management Board on the advice of the Chief Risk Officer, the Chief Financial Officer and the General Counsel.",
    "Incidents are reported to the Chief Information Security Officer, and whether such an event is material is determined by our Chief Financial Officer and General Counsel.",
  ])("is incident-escalation: %s", (text) => {
    expect(elementsOf(text)).toContain("incident-escalation");
  });

  it.each([
    // no decider: "whether … material" is what a risk assessment weighs, not an incident's materiality decided by someone
    "Whether cybersecurity risks have materially affected us is described in Item 1A and is assessed by reference to our results.",
    "We assess whether our vendors' controls are adequate, and the scope of each assessment is determined by the vendor's access.",
  ])("is not: %s", (text) => {
    expect(elementsOf(text)).not.toContain("incident-escalation");
  });
});
