// Round 49 (acc49-alias; issue 10's "defined-term aliases harvested from the document"): a provider the document names
// once with its security trade and later by its name alone (src/text/named-parties.ts). The table is
// the document's (harvestAliases reads the whole section), so a name defined in one paragraph is read so in the next: on a
// draft and on an Inline XBRL filing whose text blocks hold the two paragraphs. Fictional filers and names throughout.
// Every positive failed at the base (ddf9a5d2); the traps and the controls are guards of behaviour that must not change.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DocumentContext } from "../../src/engine/document.js";
import { loadRuleSet } from "../../src/engine/rule-loader.js";
import { loadDisclosure } from "../../src/sources/load.js";
import { harvestAliases } from "../../src/text/aliases.js";

const RULES = loadRuleSet();
const dir = mkdtempSync(join(tmpdir(), "acc49-alias-"));
let n = 0;

/** The elements of each paragraph of a document, as the linter judges them. */
async function paragraphs(file: string): Promise<string[][]> {
  const ctx = new DocumentContext(await loadDisclosure([file], {}), RULES.lexicons, RULES.cues, RULES.elements);
  return ctx.describeParagraphs().map((p) => [...p.elements]);
}

/** An Item 1C draft of these paragraphs. */
async function draft(...texts: string[]): Promise<string[][]> {
  const file = join(dir, `draft-${n++}.md`);
  writeFileSync(file, `# Item 1C. Cybersecurity\n\n${texts.join("\n\n")}\n`);
  return paragraphs(file);
}

/** An Inline XBRL 10-K whose two cyd text blocks hold these paragraphs. */
async function ixbrl(first: string, second: string): Promise<string[][]> {
  const file = join(dir, `filing-${n++}.htm`);
  const block = (name: string, id: string, text: string) => `<ix:nonNumeric contextRef="c-1" name="cyd:${name}" id="${id}" escape="true"><p>${text}</p></ix:nonNumeric>`;
  writeFileSync(
    file,
    `<?xml version="1.0" encoding="utf-8"?>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:ix="http://www.xbrl.org/2013/inlineXBRL" xmlns:xbrli="http://www.xbrl.org/2003/instance" xmlns:dei="http://xbrl.sec.gov/dei/2025" xmlns:cyd="http://xbrl.sec.gov/cyd/2025">
<head><title>Fictional 10-K</title></head>
<body>
<div style="display:none"><ix:header><ix:hidden><ix:nonNumeric contextRef="c-1" name="dei:DocumentType" id="h-1">10-K</ix:nonNumeric></ix:hidden>
<ix:resources><xbrli:context id="c-1"><xbrli:entity><xbrli:identifier scheme="http://www.sec.gov/CIK">0009999998</xbrli:identifier></xbrli:entity><xbrli:period><xbrli:startDate>2025-01-01</xbrli:startDate><xbrli:endDate>2025-12-31</xbrli:endDate></xbrli:period></xbrli:context></ix:resources></ix:header></div>
<p>Item 1C. Cybersecurity</p>
${block("CybersecurityRiskManagementProcessesForAssessingIdentifyingAndManagingThreatsTextBlock", "f-1", first)}
${block("CybersecurityRiskRoleOfManagementTextBlock", "f-2", second)}
</body>
</html>
`,
  );
  return paragraphs(file);
}

const FIRM = "Kestrel Point LLC (“Kestrel”), an independent cybersecurity firm, has provided services to us since 2021.";
const FIRM_ACTS = "Each year Kestrel tests the perimeter of our customer portal.";

describe("the harvest: a name and its trade or title", () => {
  it("tags a firm's quoted short name and its possessive with the trade it is defined by", () => {
    const a = harvestAliases(`${FIRM} ${FIRM_ACTS}`);
    expect(a.get("Kestrel")).toEqual(expect.arrayContaining(["@provider", "firm"]));
    expect(a.get("Kestrel's")).toContain("@provider");
    // an apposition, a predicate ("is an …") or "as our …"
    expect(harvestAliases("Kilgore Technical Partners (“Kilgore”) is an industrial cybersecurity firm based in Houston.").get("Kilgore")).toContain("@provider");
    expect(harvestAliases("We engage Harlow Cyber Defense (“Harlow”) as our managed detection and response provider.").get("Harlow")).toContain("@provider");
    expect(harvestAliases("We work with Northgate Technology Partners, a managed service provider that runs our firewall.").get("Northgate")).toContain("@provider");
    // the trade before the name, in apposition
    expect(harvestAliases("Our managed security services provider, Ironclad Networks, watches our network at all hours.").get("Ironclad")).toEqual(["@provider", "provider"]);
  });

  it("guards: no tag for someone else's firm, a product's maker, a trade with no security word, the registrant, a person", () => {
    const none = (text: string, name: string) => expect(harvestAliases(text).get(name) ?? []).not.toContain("@provider");
    none("Before joining us, our CEO spent twelve years at Halcyon Data Corp. (“Halcyon”), a cybersecurity consulting firm. Halcyon tests banks.", "Halcyon");
    none("In 2025 we acquired Lockfield Systems, Inc. (“Lockfield”), a provider of network security software.", "Lockfield");
    none("Our founder left to found Lowe Cyber Advisory (“Lowe Cyber”), a security consulting firm.", "Cyber");
    none("Tillman Payroll Services (“Tillman”), our payroll provider, holds our employees' data. Tillman must notify us of any breach.", "Tillman");
    none("Our security team relies on Watchpost (“Watchpost”), a security monitoring product that we license.", "Watchpost");
    none("Dana Whitcombe, our Chief Information Security Officer, leads the program. Ms. Whitcombe reports to the CEO.", "Whitcombe");
    none("Corliss Outdoor Holdings, Inc. (the “Company”) sells camping equipment. The Company tests its plan.", "Company");
  });
});

describe("read by the judge in the paragraph that uses the name alone", () => {
  it("a firm defined in the paragraph before is a third party engaged (a draft)", async () => {
    const [, acts] = await draft(FIRM, FIRM_ACTS);
    expect(acts).toContain("third-party-engaged");
    // Without the definition "Kestrel" is no one's.
    expect((await draft(FIRM_ACTS))[0]).not.toContain("third-party-engaged");
  });

  it("the same across two cyd text blocks of an Inline XBRL filing", async () => {
    const got = await ixbrl(FIRM, FIRM_ACTS);
    expect(got.some((p) => p.includes("third-party-engaged"))).toBe(true);
    const alone = await ixbrl("Our program follows the NIST Cybersecurity Framework.", FIRM_ACTS);
    expect(alone.some((p) => p.includes("third-party-engaged"))).toBe(false);
  });

  it("a firm defined at a former employer's name is not engaged by us (guard)", async () => {
    const [p] = await draft("Before joining us, our Chief Executive Officer spent twelve years at Halcyon Data Corp. (“Halcyon”), a cybersecurity consulting firm. Halcyon tests the networks of banks across the Midwest.");
    expect(p).not.toContain("third-party-engaged");
  });
});
