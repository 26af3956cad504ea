// Round 52 (acc52-carry; issue 10): a manager or a body named in one paragraph of the section and carried into a later
// paragraph by a pronoun ("He is responsible for …", "She receives …", "In that role he …") or a definite description ("The
// committee receives …"). The judge read back-references within a paragraph only; the carried reading takes the antecedent
// from the nearest earlier paragraph that names one (src/text/carried.ts, read by src/engine/elements.ts). Fictional filers
// and names throughout, words not taken from the batches. The positives fail at 13611b7f; the cases marked "guard" pass
// there and are behaviour that must not change.
import { describe, expect, it } from "vitest";
import { sectionDrafts } from "./section-drafts.js";

const { draft } = sectionDrafts("acc52-carry-", "0009999952");

describe("a person carried by a pronoun from an earlier paragraph", () => {
  it("a manager named by title and carried as 'He' given the risks is a management position (C1)", async () => {
    const got = await draft(
      "Our Chief Information Security Officer, Tomasz Wierzbicki, joined Quillfeather Textiles in 2022 from a regional bank.",
      "He is responsible for assessing and managing our material cybersecurity risks and directs a staff of five.",
    );
    expect(got[1]).toContain("management-positions");
    expect(got[1]).toContain("management-role");
    // Without the paragraph that names the title, "He" is no position (C1: a position must be named).
    expect((await draft("He is responsible for assessing and managing our material cybersecurity risks and directs a staff of five."))[0]).not.toContain("management-positions");
  });

  it("a person named first and given the title after 'as', carried as 'She' who reviews a report, is management-informed (C8)", async () => {
    const got = await draft(
      "Yuki Morimoto has served as our Chief Technology Officer since 2020 and reports to our Chief Executive Officer.",
      "She reviews the weekly vulnerability report prepared by our security operations staff.",
    );
    expect(got[1]).toContain("management-informed");
  });

  it("a pronoun after a fronted phrase ('In that role he …') and past a paragraph that names no person", async () => {
    const got = await draft(
      "Our Vice President of Cybersecurity, Mr. Anders Lund, oversees the security of our stores and distribution centers.",
      "Our program follows the NIST Cybersecurity Framework and is reviewed by internal audit each year.",
      "In that role he directs our security program and approves each exception to our access policies.",
    );
    expect(got[2]).toContain("management-positions");
  });

  it("guard: no manager named before the pronoun; a board member named before it", async () => {
    const none = await draft(
      "Our program follows the NIST Cybersecurity Framework.",
      "He is responsible for assessing and managing our material cybersecurity risks and directs a staff of five.",
    );
    expect(none[1]).not.toContain("management-positions");
    const director = await draft(
      "Marta Kowal, an independent director, chairs the Audit Committee of our Board.",
      "She is responsible for assessing and managing our material cybersecurity risks and directs a staff of five.",
    );
    expect(director[1]).not.toContain("management-positions");
  });

  it("guard: a pronoun whose gender the named manager's honorific rules out", async () => {
    const got = await draft(
      "Our Chief Information Officer, Ms. Beatriz Soler, leads the security program.",
      "Our facilities manager, Paul Dorn, maintains our buildings.",
      "He is responsible for assessing and managing our material cybersecurity risks and directs a staff of five.",
    );
    expect(got[2]).not.toContain("management-positions");
  });
});

describe("a body carried by a back-reference from an earlier paragraph", () => {
  const COMMITTEE = "We have a Technology Risk Committee made up of our Chief Financial Officer, our Chief Information Officer and our Controller.";
  const TOLD = "Any suspected breach of our billing systems is reported to the committee within one day, and the committee decides whether it must be disclosed.";

  it("'the committee' after a paragraph that names a management committee is management's: its members are informed (C8, C30)", async () => {
    const got = await draft(COMMITTEE, TOLD);
    expect(got[1]).toContain("management-informed");
    expect(got[1]).not.toContain("board-informed");
  });

  it("'Its members receive …' opening a paragraph are the members of the body named before (C8, C21)", async () => {
    const got = await draft(COMMITTEE, "Its members receive a weekly summary of security incidents and open vulnerabilities from our operations center.");
    expect(got[1]).toContain("management-informed");
  });

  it("guard: a board committee carried is the board's; a Disclosure Committee named since ends the reach", async () => {
    const board = await draft("Our Board has delegated oversight of cybersecurity risk to its Audit Committee.", "The committee receives a report from our Chief Information Security Officer each quarter.");
    expect(board[1]).toContain("board-informed");
    expect(board[1]).not.toContain("management-informed");
    const disclosure = await draft(COMMITTEE, "Our Disclosure Committee reviews each of our periodic reports before it is filed.", TOLD);
    expect(disclosure[2]).not.toContain("management-informed");
  });
});
