// Round 27 (the lead): a process for overseeing third-party service providers' risks (106(b)(1)(iii)) is
// itself a process for assessing, identifying and managing cybersecurity risk (106(b)(1)), as the labels
// give it ("processes … also on third-party bullets", vendor due diligence: labels/README.md): the
// processes requirement lists `element-third-party-oversight` under `also` (rules/requirements/requirements.json),
// subject to processes' own except shapes. Fictional sentences; the first two fail at the round's base (666c6a2).
import { describe, expect, it } from "vitest";
import { paragraphElements as elements } from "../helpers.js";

describe("oversight of vendors' security is a process", () => {
  it.each([
    "Our agreements with technology suppliers require them to maintain security controls, to notify us of any breach affecting our data and to allow us to audit their compliance.",
    "Vendors with access to sensitive data are tiered by risk, and those in the highest tier are reassessed every year.",
    // already processes by its own words at base
    "Before we sign with a new hosting provider, we review its most recent SOC 2 report and its answers to our security questionnaire.",
  ])("%s", (text) => {
    expect(elements(text)).toEqual(expect.arrayContaining(["processes", "third-party-oversight"]));
  });
});

describe("still: vendors with no security word are neither", () => {
  it.each([
    "We rely on a limited number of vendors for payroll and benefits administration.",
    "Our Chief Procurement Officer negotiates pricing with our largest suppliers each year.",
  ])("%s", (text) => {
    expect(elements(text)).not.toContain("processes");
    expect(elements(text)).not.toContain("third-party-oversight");
  });
});
