// Round 53 (acc53-twotier; issue 10): a two-tier company whose management body is named "Board of Directors". An
// Indonesian company (Form 20-F) has a Board of Directors (Direksi) of executive officers that runs the business and a
// Board of Commissioners (Dewan Komisaris) that supervises it and stands in the board's place for Item 16K. Where the
// section itself names a Board of Commissioners, its "Board of Directors" is management; the board elements are the
// Commissioners'. Fictional filers and words not taken from the batches. Both readings this file was written for were
// built and then taken out (they moved no batch their author had not tuned on): their variants are kept below as
// comments, and the cases that pass at f625ac4c (the guards) are live: behaviour that must not change.
import { describe, expect, it } from "vitest";
import { sectionDrafts } from "./section-drafts.js";

const { draft } = sectionDrafts("acc53-twotier-", "0009999953");

const STRUCTURE = "Our governance follows Indonesian company law: the Board of Directors, whose members are our executive officers, runs our business, and the Board of Commissioners supervises the Board of Directors on behalf of shareholders.";

// DIRECTORS-AS-MANAGEMENT - TAKEN OUT (acc53-twotier): the reading (7e745605; two-tier.ts and one line of tokens.ts) moved
// only batch A and round50.sealed #12, whose words were read first - no batch its author never tuned on (B, held-out) - so by
// ACCURACY-COMMON.md's rule it was taken out; docs/accuracy.md (acc53-twotier) has its figures. Its variants, which fail at
// the base and passed with it, are kept as a comment for a later round; the cases that pass at the base stay live.
//   it("given responsibility for cybersecurity risk: management's, not the board's", async () => {
//     const got = await draft(
//       STRUCTURE,
//       "Our Board of Directors is responsible for managing cybersecurity risk and has delegated the security program to our Director of Information Technology.",
//     );
//     expect(got[1]).not.toContain("board-oversight");
//     expect(got[1]).not.toContain("board-committee");
//     expect(got[1]).toContain("management-positions");
//   });
//   it("a Board of Directors that approves the security policy, with the Commissioners named later in the section", async () => {
//     const got = await draft(
//       "The Board of Directors approves our information security policy each year and sets the budget for the security program.",
//       "Our Board of Commissioners, through its Audit Committee, monitors how the Board of Directors manages cybersecurity risk.",
//     );
//     expect(got[0]).not.toContain("board-oversight");
//     expect(got[0]).not.toContain("board-committee");
//   });
//   it("the Dewan Komisaris named in Indonesian also makes the Board of Directors management", async () => {
//     const got = await draft(
//       "We have a Dewan Komisaris that supervises our Board of Directors.",
//       "The Board of Directors oversees our cybersecurity risk management program and approves our incident response plan.",
//     );
//     expect(got[1]).not.toContain("board-oversight");
//   });
//   it("'which under our articles is the Company's executive management body': no board elements for it", async () => {
//     const got = await draft(
//       "Our Board of Directors, which under our articles of association is the Company's executive management body, approves the information security policy, and our Chief Digital Officer is responsible for carrying it out.",
//     );
//     expect(got[0]).not.toContain("board-oversight");
//     expect(got[0]).not.toContain("board-committee");
//     expect(got[0]).toContain("management-positions");
//   });
describe("a Board of Directors beside a Board of Commissioners (the reading taken out): cases that pass at the base", () => {
  it("the Board of Commissioners keeps the board's elements in the same section", async () => {
    const got = await draft(
      STRUCTURE,
      "The Board of Commissioners oversees cybersecurity risk through its Risk Monitoring Committee, which reviews our security program each quarter.",
    );
    expect(got[1]).toContain("board-oversight");
    expect(got[1]).toContain("board-committee");
  });
  it("guard: a Board of Directors whose members are executive officers, with nothing more, stays the board", async () => {
    const got = await draft(
      "Our Board of Directors, most of whose members also serve as executive officers, oversees cybersecurity risk and receives a report from our Chief Information Officer twice a year.",
    );
    expect(got[0]).toContain("board-oversight");
  });
});

describe("guards: a Board of Directors that is the board", () => {
  it("guard: no Board of Commissioners in the section (a one-tier filer)", async () => {
    const got = await draft(
      "Our Board of Directors is responsible for overseeing cybersecurity risk and has delegated the review of our program to its Audit Committee.",
    );
    expect(got[0]).toContain("board-oversight");
  });

  it("guard: a Board of Corporate Auditors or a Board of Supervisors beside the Board of Directors leaves it the board", async () => {
    const auditors = await draft(
      "We have a Board of Directors and a Board of Corporate Auditors, which audits the Directors' execution of their duties.",
      "Our Board of Directors oversees cybersecurity risk and receives a report from our Chief Information Officer twice a year.",
    );
    expect(auditors[1]).toContain("board-oversight");
    const supervisors = await draft(
      "Our Board of Supervisors supervises our directors and senior officers as PRC law requires.",
      "Our Board of Directors oversees cybersecurity risk and receives a report from our Chief Information Officer twice a year.",
    );
    expect(supervisors[1]).toContain("board-oversight");
  });

  it("guard: commissioners of a regulator, not a company body", async () => {
    const got = await draft(
      "The Public Utility Commissioners of the state approve our rates.",
      "Our Board of Directors oversees cybersecurity risk and receives a report from our Chief Information Officer twice a year.",
    );
    expect(got[1]).toContain("board-oversight");
  });
});

// Round 53, second reading - TAKEN OUT (acc53-twotier): a German two-tier company's management body in its usual English
// name, "Board of Management" (Vorstand), tagged "@management" in two-tier.ts like "Management Board". It moved nothing a
// batch its author never tuned on holds (no B, held-out, contrast, label or real-filing text names a Board of Management),
// so by ACCURACY-COMMON.md's rule it was taken out; docs/accuracy.md (acc53-twotier) has its figures. Its two variants,
// which fail without it, kept as a comment for a later round:
//   it("given responsibility for cybersecurity risk: a management position or committee (C1)", async () => {
//     const got = await draft("The Board of Management is responsible for managing cybersecurity risk and approves the information security strategy.");
//     expect(got[0]).toContain("management-positions");
//     expect(got[0]).not.toContain("board-oversight");
//   });
//
//   it("as the subject of 'oversees' with a Supervisory Board named in the section", async () => {
//     const got = await draft(
//       "We have a Supervisory Board and a Board of Management, as German law requires.",
//       "Our Board of Management oversees cybersecurity risk and approves the annual security plan.",
//     );
//     expect(got[1]).toContain("management-positions");
//     expect(got[1]).not.toContain("board-oversight");
//   });
describe("a Board of Management (the reading taken out): the guard that stays", () => {
  it("guard: 'Enterprise Risk Management' and a board that oversees management stay as they were", async () => {
    const got = await draft("Our Board of Directors oversees cybersecurity risk as part of its oversight of Enterprise Risk Management.");
    expect(got[0]).toContain("board-oversight");
    expect(got[0]).not.toContain("management-positions");
  });
});
