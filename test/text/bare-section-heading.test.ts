// A cybersecurity section whose heading has no item number: a 10-K laid out by a "Form 10-K
// cross-reference index" heads Item 1C "CYBERSECURITY" and Item 3 "LEGAL PROCEEDINGS". The finder
// takes such a heading when no Item 1C / 16K heading holds text, ends it at the next part title, and
// refuses a "Cybersecurity" subsection of Item 1A / Risk Factors / MD&A (src/text/section-titles.json).
// Fictional filers throughout.
import { describe, expect, it } from "vitest";
import { markdownBlocks, textBlocks } from "../../src/sources/prose.js";
import { findSection } from "../../src/text/sections.js";
import { normaliseBlocks } from "../../src/text/sections.js";

const inText = (s: string) => findSection(normaliseBlocks(textBlocks(s)));
const inMarkdown = (s: string) => findSection(normaliseBlocks(markdownBlocks(s)));
const texts = (s: ReturnType<typeof findSection>) => s?.blocks.map((b) => b.text);

const RISKS = "RISK FACTORS\n\nStrategic Risks\n\nOur franchisees may not renew their leases.\n\nCybersecurity\n\nA breach of our point-of-sale systems could harm our reputation and results.\n\n";
const INDEX = "FORM 10-K CROSS-REFERENCE INDEX\n\nItem 1A. Risk Factors 9\n\nItem 1C. Cybersecurity 14\n\nItem 3. Legal Proceedings 15\n\n";

describe("a cybersecurity heading without an item number", () => {
  it("is the section of a cross-reference-index 10-K, from its heading to the next part title; the index rows hold nothing", () => {
    const s = `${RISKS}UNRESOLVED STAFF COMMENTS\n\nNone.\n\nCYBERSECURITY\n\nGovernance\n\nThe Audit Committee of the Board oversees cybersecurity risk.\n\nRisk Management and Strategy\n\nWe assess risks from cybersecurity threats under the NIST framework.\n\nLEGAL PROCEEDINGS\n\nSee Note 14.\n\n${INDEX}`;
    const found = inText(s)!;
    expect(found.heading.text).toBe("CYBERSECURITY");
    expect(found.item).toBeUndefined();
    expect(texts(found)).toEqual(["Governance", "The Audit Committee of the Board oversees cybersecurity risk.", "Risk Management and Strategy", "We assess risks from cybersecurity threats under the NIST framework."]);
  });

  it("also when the index comes first and the section follows the risk factors at once", () => {
    const s = `${INDEX}BUSINESS\n\nWe sell outdoor gear.\n\n${RISKS}CYBERSECURITY\n\nOur Chief Information Security Officer leads the program and reports to the Risk Committee.\n\nPROPERTIES\n\nWe lease our stores.\n`;
    const found = inText(s)!;
    expect(found.heading.text).toBe("CYBERSECURITY");
    expect(texts(found)).toEqual(["Our Chief Information Security Officer leads the program and reports to the Risk Committee."]);
  });

  it.each([
    ["Mine Safety Disclosures", "Cyber Security"],
    ["Management's Discussion and Analysis of Financial Condition and Results of Operations", "Cybersecurity"],
    ["Properties.", "Cybersecurity Risk Management, Strategy and Governance"],
    ["Market for Registrant’s Common Equity, Related Stockholder Matters and Issuer Purchases of Equity Securities", "Cybersecurity"],
  ])("ends at the part title %s (heading %s)", (next, heading) => {
    const found = inText(`Risk Factors\n\nRisks Related to Weather\n\nStorms may close our stores.\n\n${heading}\n\nOur board reviews the program each quarter.\n\n${next}\n\nNone.\n`)!;
    expect(found.heading.text).toBe(heading);
    expect(texts(found)).toEqual([...(heading.length > 15 ? [heading] : []), "Our board reviews the program each quarter."]);
  });

  it.each([
    ["Item 1B. Unresolved Staff Comments", "Cybersecurity", "Item 2. Properties"],
    ["ITEM 16J. INSIDER TRADING POLICIES", "CYBERSECURITY", "ITEM 17. FINANCIAL STATEMENTS"],
  ])("follows the item just before it (%s) when the drafter left its number out", (before, heading, after) => {
    const found = inText(`Item 1A. Risk Factors\n\nStorms may close our depots.\n\n${before}\n\nNone.\n\n${heading}\n\nOur CISO reports to the board twice a year.\n\n${after}\n\nWe lease depots.\n`)!;
    expect(found.heading.text).toBe(heading);
    expect(texts(found)).toEqual(["Our CISO reports to the board twice a year."]);
  });

  it("in Markdown: a top-level heading beside Risk Factors, not the risk factor one level below it", () => {
    const md = "## Risk Factors\n\n### Cybersecurity\n\nAn attack could disrupt our mills.\n\n## Cybersecurity\n\n### Governance\n\nThe Technology Committee oversees the program.\n\n## Legal Proceedings\n\nNone.\n";
    const found = inMarkdown(md)!;
    expect(found.heading.level).toBe(2);
    expect(texts(found)).toEqual(["Governance", "The Technology Committee oversees the program."]);
  });
});

describe("a cybersecurity heading that is not the section", () => {
  it.each([
    ["a risk factor under Item 1A", "Item 1A. Risk Factors\n\nCybersecurity\n\nA breach could harm us and our customers.\n\nItem 1B. Unresolved Staff Comments\n\nNone.\n"],
    ["a topic of Item 1", "Item 1. Business\n\nCybersecurity\n\nWe protect customer data with encryption.\n\nItem 1A. Risk Factors\n\nCompetition may hurt us.\n"],
    ["a risk factor set unlike its RISK FACTORS title", `${RISKS}LEGAL PROCEEDINGS\n\nNone.\n`],
    ["a risk factor followed by another group of risks", "Cybersecurity\n\nA ransomware attack could halt our plants.\n\nRisks Related to Our Industry\n\nDemand is cyclical.\n"],
    ["an MD&A topic", "MANAGEMENT'S DISCUSSION AND ANALYSIS\n\nOverview\n\nSales rose.\n\nCybersecurity\n\nWe spent $4 million on security tools this year.\n\nLiquidity\n\nCash was ample.\n"],
    ["a table-of-contents line followed by the next title", "Cybersecurity\n\nLegal Proceedings\n\nProperties\n\nBUSINESS\n\nWe sell gear.\n"],
  ])("%s", (_, s) => expect(inText(s)).toBeUndefined());

  it("gives way to an Item 1C heading that holds text", () => {
    const s = "Item 1C. Cybersecurity\n\nThe Audit Committee oversees our program.\n\nItem 2. Properties\n\nWe lease offices.\n\nCYBERSECURITY\n\nA longer glossary paragraph about cybersecurity terms used in this report, longer than the item itself by far.\n\nLEGAL PROCEEDINGS\n\nNone.\n";
    const found = inText(s)!;
    expect(found.item).toBe("1C");
    expect(texts(found)).toEqual(["The Audit Committee oversees our program."]);
  });

  it("an Item 1C heading that holds nothing still stands when no bare heading holds text", () => {
    expect(inText("Item 1C. Cybersecurity\n\nItem 2. Properties\n\nWe lease offices.\n")!.item).toBe("1C");
  });
});
