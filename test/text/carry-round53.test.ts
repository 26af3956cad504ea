// Round 53 (acc53-carry; issue 10): an outside provider named in one paragraph of the section and carried into a later one
// by "It" / "They" (a sentence's subject) or a definite description ("The firm", "The consultancy", "the provider's
// analysts"). Within one paragraph the named provider's work is third-party-engaged (named-parties.ts tags the name, round
// 49); in the next paragraph the reference named no one. The carried reading (src/text/carried.ts carriedProvider, read by
// src/engine/elements.ts) gives the reference the provider's tags. Fictional filers and names throughout, words not taken
// from the batches. The positives fail at f625ac4c; the cases marked "guard" pass there and are behaviour that must not change.
import { describe, expect, it } from "vitest";
import { sectionDrafts } from "./section-drafts.js";

const { draft } = sectionDrafts("acc53-carry-", "0009999953");

describe("a provider carried from an earlier paragraph", () => {
  it("'It' after a paragraph that engages a named security firm is that firm doing the work (round 24, C4)", async () => {
    const got = await draft(
      "We retain Copperline Assurance LLC (“Copperline”), an independent cybersecurity assessment firm, to review our bottling plants.",
      "It examines the firewall rules at each of our bottling plants every spring.",
    );
    expect(got[1]).toContain("third-party-engaged");
    // Alone, "It" names no one.
    expect((await draft("It examines the firewall rules at each of our bottling plants every spring."))[0]).not.toContain("third-party-engaged");
  });

  it("a definite description repeating the described trade ('The consultancy'), with no name", async () => {
    const got = await draft(
      "Our security program is reviewed by an outside cybersecurity consultancy that we have retained since 2021.",
      "The consultancy tests our customer portal each quarter and reports what it finds to our Chief Technology Officer.",
    );
    expect(got[1]).toContain("third-party-engaged");
  });

  it("'the firm' for a named provider whose trade is another noun, after a fronted phrase", async () => {
    const got = await draft(
      "We have engaged Harrowmoor Defense Inc., a managed security services provider, to watch our ticketing systems.",
      "In addition, the firm audits the access rights of our box-office staff twice a year.",
    );
    expect(got[1]).toContain("third-party-engaged");
  });

  it("'They' for two providers named in the last sentence of the paragraph right before", async () => {
    const got = await draft(
      "We rely on two security firms: a managed detection and response provider, Brightwater Defense, and a penetration-testing firm, Kelso Labs.",
      "They monitor our network and test our defenses, and their findings reach our Chief Information Officer each month.",
    );
    expect(got[1]).toContain("third-party-engaged");
  });
});

describe("guards: a reference that is not the provider's", () => {
  it("guard: 'It' past a nearer paragraph (a policy) is not the provider", async () => {
    const got = await draft(
      "We retain Copperline Assurance LLC (“Copperline”), an independent cybersecurity assessment firm, to review our bottling plants.",
      "Our acceptable-use policy applies to every employee and contractor.",
      "It examines the firewall rules at each of our bottling plants every spring.",
    );
    expect(got[2]).not.toContain("third-party-engaged");
  });

  it("a financial auditor named nearer ends the reach of 'The firm'", async () => {
    const got = await draft(
      "We retain Copperline Assurance LLC (“Copperline”), an independent cybersecurity assessment firm, to review our bottling plants.",
      "Our financial statements are audited by Fenwick Lyle LLP, an independent registered public accounting firm.",
      "The firm examines our journal entries each quarter.",
    );
    expect(got[2]).not.toContain("third-party-engaged");
    // Without the auditor between, the same words are the security firm's.
    const carried = await draft(
      "We retain Copperline Assurance LLC (“Copperline”), an independent cybersecurity assessment firm, to review our bottling plants.",
      "The firm examines our journal entries each quarter.",
    );
    expect(carried[1]).toContain("third-party-engaged");
  });

  it("guard: a provider of no security trade (payroll) carries nothing", async () => {
    const got = await draft(
      "Our payroll is processed by a payroll services provider, Tillbrook Payroll, Inc.",
      "It reviews our timesheets each week and the provider tests its calculations before each pay date.",
    );
    expect(got[1]).not.toContain("third-party-engaged");
  });

  it("guard: 'the vendor' after a consulting firm is a vendor we oversee, not the firm", async () => {
    const got = await draft(
      "We retain Copperline Assurance LLC (“Copperline”), an independent cybersecurity assessment firm, to review our bottling plants.",
      "Before we sign a contract with a new software vendor, the vendor completes our security questionnaire and we review its audit reports.",
    );
    expect(got[1]).not.toContain("third-party-engaged");
  });

  it("a sentence-opening 'It' after a firm's name is no 'IT' that makes a payroll provider a security one (named-parties.ts)", async () => {
    const got = await draft(
      "Our payroll is processed by a payroll services provider, Tillbrook Payroll, Inc. It pays our staff every other Friday.",
      "Tillbrook reviews our timesheets each week.",
    );
    expect(got[1]).not.toContain("third-party-engaged");
  });

  it("guard: an expletive 'It is …', and an 'It' past a sentence with a subject of its own, are not the provider", async () => {
    const got = await draft(
      "We retain Copperline Assurance LLC (“Copperline”), an independent cybersecurity assessment firm, to review our bottling plants.",
      "It is then tested by our own staff.",
      "We retain Copperline Assurance LLC (“Copperline”), an independent cybersecurity assessment firm, to review our bottling plants.",
      "Our plants run on a single network. It examines the firewall rules at each of our bottling plants every spring.",
    );
    expect(got[1]).not.toContain("third-party-engaged");
    expect(got[3]).not.toContain("third-party-engaged");
  });
});
