// Round 22 (acc22-mgmt): management's role and positions told in nominal forms ("oversight of … is
// provided by", "the day-to-day operation of … falls to", "the job of", "under the oversight of"); and a position given the management of another risk ("responsible for the management of
// our foreign currency and interest rate risks") is not management's cybersecurity role. Fictional
// sentences; each fails without the round's lexicon change.
import { describe, expect, it } from "vitest";
import { paragraphElements as elements } from "../helpers.js";

describe("positions told in nominal forms", () => {
  it.each([
    "Oversight of the information security program at the management level is provided by the Company's Chief Risk Officer.",
    "The day-to-day operation of our cybersecurity program falls to the Company's IT Director and its Information Security Manager.",
    "Leadership of the cybersecurity program is exercised by our Vice President of Information Security.",
    "Assessing and managing cybersecurity risk is the job of Harlow Freight's IT Director.",
    "Our security program is administered by our technology group under the oversight of the Chief Financial Officer.",
    "Our VP of Information Security runs the day-to-day cybersecurity program, including security monitoring.",
  ])("%s", (text) => expect(elements(text)).toContain("management-positions"));
});

describe("hard negatives: the same shapes about another remit or another party", () => {
  it.each([
    "The Company's Chief Financial Officer is responsible for the management of our foreign currency and interest rate risks.",
    "Our Treasurer oversees the management of our foreign exchange risk.",
    "Our Chief Information Officer leads the Company's enterprise resource planning implementation.",
    "Our Head of Product leads our product management and design teams.",
  ])("%s", (text) => {
    const found = elements(text);
    expect(found).not.toContain("management-role");
    expect(found).not.toContain("management-positions");
  });
});

describe("a director's former office is not management's expertise", () => {
  it.each([
    "The Risk Committee of the Board, one of whose members is a former chief information security officer, oversees the technology risks of Corran Foods.",
    "Our Technology Committee, made up entirely of independent directors, including a former chief information officer, reviews the cybersecurity program each quarter.",
  ])("%s", (text) => expect(elements(text)).not.toContain("management-expertise"));
  it("keeps a manager's own former office", () => {
    expect(elements("Our CISO, a former chief information security officer of a regional bank, has 18 years of experience in information security.")).toContain("management-expertise");
  });
});

// The lead's seen fix (held-out set I, round 22): management's role told by what the executives do about the risks.
// Fictional variants; the first fails at 88a0d15. A vendor risk management team coordinating a vendor's incident is not.
describe("management's role told by its work on the risks", () => {
  it.each([
    "Our executive officers work to protect the information systems from cybersecurity threats.",
    "The senior leadership team coordinates our response to cybersecurity incidents with outside counsel.",
  ])("%s", (text) => expect(elements(text)).toContain("management-role"));
  it.each([
    "Our Vendor Risk Management team coordinates the response with the affected vendor when a security incident occurs.",
  ])("%s", (text) => expect(elements(text)).not.toContain("management-role"));
});
