// Round 44 (rules44): a person the section makes responsible by name, with no title, is the manager for the rest of the
// section (src/text/responsible-persons.ts): "Dana Whitcombe leads our cybersecurity program … Dana Whitcombe presents a
// report … to the Audit Committee" is management reporting to the board, as "Ms. Whitcombe presents …" and "She presents …"
// already were (set 30's Brindlecote, 54:190). Each "is" case failed at base 70f42ae2; the near misses (a director, an outside
// consultant, a past holder, a name in apposition, a company's name) read as at base (guards).
import { describe, expect, it } from "vitest";
import { harvestAliases } from "../../src/text/aliases.js";
import { paragraphElements as elementsOf } from "../helpers.js";

const LEADS = "Dana Whitcombe leads our cybersecurity program and is responsible for assessing and managing our material risks from cybersecurity threats.";

describe("a person the section makes responsible by name reports to the board as management", () => {
  it.each([
    `${LEADS} She oversees the information security team. Dana Whitcombe presents a report on the program to the Audit Committee each quarter.`,
    `${LEADS} She oversees the information security team. Dana Whitcombe reports to the Audit Committee each quarter on cybersecurity risks.`,
    // confirmed by the honorific elsewhere instead of "She"
    `Tomasz Brightwater heads our information security function. The security team of 30 reports to Mr. Brightwater. Tomasz Brightwater briefs the full Board on cybersecurity twice a year.`,
  ])("is reports-to-board: %s", (text) => {
    expect(elementsOf(text)).toContain("reports-to-board");
  });

  it.each([
    // a director named as such (in apposition: the verb does not follow the name)
    "Dana Whitcombe, an independent director, oversees cybersecurity matters for the Audit Committee. Dana Whitcombe presents a summary of the committee's work to the full Board each quarter.",
    // an outside consultant
    "Dana Whitcombe oversees our annual security assessment as an outside consultant. She is a partner at Harrowgate Advisory. Dana Whitcombe presents her findings to the Audit Committee each year.",
    // a past holder
    "Dana Whitcombe led our cybersecurity program until 2024. She retired that year. Dana Whitcombe presents the history of the program to the Audit Committee in an annual education session.",
    // a company's name, no person
    "Harrowgate Logistics manages our cybersecurity monitoring. Harrowgate Logistics presents a summary of alerts to the Audit Committee each quarter.",
  ])("is not: %s", (text) => {
    expect(elementsOf(text)).not.toContain("reports-to-board");
  });

  it("tags the name's last word, not a company's or a director's", () => {
    const tagged = (text: string) => [...harvestAliases(text)].filter(([, v]) => v.includes("@person")).map(([k]) => k);
    expect(tagged(`${LEADS} She oversees the information security team.`)).toEqual(["Whitcombe"]);
    expect(tagged(`${LEADS} The team reports to Ms. Whitcombe.`)).toEqual(["Whitcombe"]);
    // no pronoun and no honorific: not known to be a person
    expect(tagged(`${LEADS} The team reports to the program office.`)).toEqual([]);
    expect(tagged("Harrowgate Logistics manages our cybersecurity monitoring. It reports to us.")).toEqual([]);
    expect(tagged("Dana Whitcombe, a member of our Board, oversees cybersecurity. She chairs the Audit Committee.")).toEqual([]);
    expect(tagged("Dana Whitcombe led our cybersecurity program until 2024. She retired that year.")).toEqual([]);
  });
});
