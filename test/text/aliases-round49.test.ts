// Round 49 (acc49-alias; issue 10's "defined-term aliases harvested from the document"): a provider the document names
// once with its security trade and later by its name alone (src/text/named-parties.ts). The table is
// the document's (harvestAliases reads the whole section), so a name defined in one paragraph is read so in the next: on a
// draft and on an Inline XBRL filing whose text blocks hold the two paragraphs. Fictional filers and names throughout.
// Every positive failed at the base (ddf9a5d2); the traps and the controls are guards of behaviour that must not change.
import { describe, expect, it } from "vitest";
import { harvestAliases } from "../../src/text/aliases.js";
import { sectionDrafts } from "./section-drafts.js";

const { draft, ixbrl: filing } = sectionDrafts("acc49-alias-", "0009999998");
/** An Inline XBRL 10-K whose two cyd text blocks hold these paragraphs. */
const ixbrl = (first: string, second: string) => filing(first, second, ["CybersecurityRiskManagementProcessesForAssessingIdentifyingAndManagingThreatsTextBlock", "CybersecurityRiskRoleOfManagementTextBlock"]);

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
