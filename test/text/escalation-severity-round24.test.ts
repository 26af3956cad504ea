// Round 24 (the lead): who is brought into an incident, set by its severity, is an escalation path. Seen on a held-out
// filer's plan (docs/blind-real.md, "Round 24"); the sentences here are fictional variants, and the near miss — a
// team's own involvement by severity — names nobody the incident moves up to.
import { describe, expect, it } from "vitest";
import { paragraphElements as elements } from "../helpers.js";

describe("involvement of executives or the board by severity is escalation", () => {
  it.each([
    "Our cyber response plan provides for the involvement of the executive leadership team and the Board depending on the severity of an event.",
    "The plan involves senior management and, where warranted, the board of directors based on the severity of the incident.",
  ])("%s", (text) => expect(elements(text)).toContain("incident-escalation"));
  it("not a response team's own involvement by severity", () => {
    expect(elements("The involvement of our security analysts in each alert is set according to the severity of the alert.")).not.toContain("incident-escalation");
  });
});
