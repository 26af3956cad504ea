// Round 15 (issue 10): whose body a committee is, told the ways large filers write it, and the
// aliases they define by a bare parenthesis. Fictional sentences throughout; each board shape has
// its management counterpart in the same words.
import { describe, expect, it } from "vitest";
import { harvestAliases, harvestBodies } from "../../src/text/aliases.js";
import { loadRuleSet } from "../../src/engine/rule-loader.js";
import { judgeParagraph } from "../../src/text/requirement-map.js";
import { tokenize } from "../../src/text/tokens.js";

const RULES = loadRuleSet();
const lexicon = (name: string) => {
  const lex = RULES.lexicons.get(name);
  if (!lex) throw new Error(`no built-in lexicon ${name}`);
  return lex;
};
const bodies = (text: string) => Object.fromEntries(harvestBodies(tokenize(text)));
const judged = (text: string) => judgeParagraph({ text, headings: [] }, RULES.elements, lexicon, RULES.cues, harvestAliases(text)).map((pe) => pe.id);
const found = (name: string, text: string) => lexicon(name).matchAll(text, tokenize(text, harvestAliases(text))).length > 0;

describe("a committee that reports to the full Board is the board's", () => {
  const text =
    "The Enterprise Integrity Committee holds oversight responsibility for cybersecurity risks and incidents, including our disclosure obligations, and it presents its conclusions, where warranted, to the full Board for review. " +
    "Senior management meets regularly with the Enterprise Integrity Committee to review cybersecurity risks and any significant incidents.";

  it("whatever its name, and so oversees, and is informed by management", () => {
    expect(bodies(text)).toEqual({ "Enterprise Integrity Committee": "@board" });
    expect(judged(text)).toEqual(expect.arrayContaining(["board-oversight", "board-committee", "board-informed", "reports-to-board"]));
  });

  it("also when it briefs the entire Board in a relative clause, or holds board-level oversight", () => {
    expect(bodies("Management discusses emerging cybersecurity risks with the Finance and Integrity Committee, which briefs the entire Board.")).toEqual({
      "Finance and Integrity Committee": "@board",
    });
    expect(bodies("The Operations Integrity Committee is responsible for board-level oversight of information security risk.")).toEqual({
      "Operations Integrity Committee": "@board",
    });
  });

  it("not a management body that reports to the full Board, nor a committee whose officer does", () => {
    expect(bodies("The Technology Steering Committee oversees our security roadmap and reports its progress to the full Board once a year.")).toEqual({
      "Technology Steering Committee": "@management",
    });
    expect(bodies("Our CISO discusses cybersecurity risks with the Technology Risk Committee, a management committee that reports to the full Board.")).toEqual({
      "Technology Risk Committee": "@management",
    });
    // the officer reports to the full Board, not the committee: its name settles nothing
    expect(bodies("The Data Resilience Committee meets monthly with our CISO, who in turn reports to the full Board twice a year.")).toEqual({});
  });
});

describe("members named in a predicate coordinated with the body's first one", () => {
  it("make it management's when they are officers, the board's when they are directors", () => {
    const officers =
      "Our Enterprise Assurance Committee supervises the Company's ethics and compliance programs and is made up of our executive officers and the Chief Risk Officer.";
    expect(bodies(officers)).toEqual({ "Enterprise Assurance Committee": "@management" });
    expect(judged(officers)).not.toContain("board-oversight");
    const directors = "Our Enterprise Assurance Committee is responsible for overseeing the Company's cybersecurity program and is composed entirely of independent directors.";
    expect(bodies(directors)).toEqual({ "Enterprise Assurance Committee": "@board" });
    expect(judged(directors)).toEqual(expect.arrayContaining(["board-oversight", "board-committee"]));
  });
});

describe("the board delegating in the passive", () => {
  it("'delegated by the Board to the … Committee' names a committee of the board, commas and '&' in its name", () => {
    const text =
      "Oversight of cybersecurity risk is delegated by the Board to the Technology, Innovation & Security Committee. Management, including our CISO, discusses the cybersecurity program with the Technology, Innovation & Security Committee at each meeting.";
    expect(bodies(text)).toEqual({ "Technology Innovation & Security Committee": "@board" });
    expect(judged(text)).toEqual(expect.arrayContaining(["board-oversight", "board-committee", "board-informed", "reports-to-board"]));
    // a management body named after the passive stays management's
    expect(bodies("Day-to-day oversight is delegated by the Board to the Executive Committee.")).toEqual({ "Executive Committee": "@management" });
  });
});

describe("aliases defined by a bare parenthesis", () => {
  it("read an acronym of a name with '&', used without 'the', as the board committee it stands for", () => {
    const text =
      "The Safety, Quality & Technology Committee (SQTC) of the Board oversees risks from cybersecurity threats. Our CISO provides updates three times a year to SQTC on the threat environment.";
    expect(harvestAliases(text).get("SQTC")).toEqual(["safety", "quality", "&", "technology", "committee", "@board"]);
    expect(judged(text)).toEqual(expect.arrayContaining(["board-informed", "reports-to-board"]));
    // the same acronym shape for the management committee it names
    const management =
      "Exceptions are approved by the Operational Risk Committee (ORC), the management committee that oversees our information security program. Our CISO reports to ORC each month on open exceptions.";
    expect(harvestAliases(management).get("ORC")).toContain("@management");
    expect(judged(management)).not.toContain("reports-to-board");
    expect(judged(management)).not.toContain("board-informed");
  });

  it("read '(the Council)' unquoted as the body named before it; 'Committee' alone stays bareCommitteeTag's", () => {
    const text = "At the management level, our Digital Trust Council (the Council) coordinates cybersecurity policy. The Council reports to the Audit Committee twice a year.";
    expect(harvestAliases(text).get("Council")).toEqual(["digital", "trust", "council", "@management"]);
    expect(judged(text)).toEqual(expect.arrayContaining(["board-informed", "reports-to-board"]));
    expect(harvestAliases("Our Audit and Finance Committee (Committee) oversees cybersecurity risk.").get("Committee")).toEqual(["@board"]);
  });
});

describe("hint-board-oversight", () => {
  it("reads a committee receiving updates as a part the board takes, not management receiving them", () => {
    expect(found("hint-board-oversight", "The audit committee of the board of directors receives quarterly updates from our Chief Information Officer.")).toBe(true);
    expect(found("hint-board-oversight", "Our Chief Information Officer receives quarterly updates from the security team.")).toBe(false);
  });
});

// Round 33 (realistic set 20's tessera): a board that relies on, or is assisted by, a committee acts through it, whatever
// the committee's name says; management relying on one does not make it the board's.
describe("a committee the board relies on or is assisted by is the board's", () => {
  it("so management's reports to its defined term reach the board", () => {
    const text =
      "Our Board of Directors oversees the Group's risks, including cybersecurity risk, and relies on its Control, Risk and Sustainability Committee (the \"CRSC\") for the detailed oversight of cybersecurity. " +
      "The Group Chief Information Officer reports to the CRSC on cybersecurity at least twice a year.";
    expect(bodies(text)).toEqual({ "Control Risk and Sustainability Committee": "@board" });
    expect(judged(text)).toEqual(expect.arrayContaining(["board-oversight", "board-informed", "reports-to-board"]));
    expect(bodies("The Board, with the assistance of the Safety and Sustainability Committee, oversees cybersecurity risk.")).toEqual({
      "Safety and Sustainability Committee": "@board",
    });
  });
  it("not a committee management relies on, nor one after 'its' in a sentence management opens", () => {
    expect(bodies("Our Chief Information Officer relies on the Security Steering Committee to prioritise remediation.")).not.toEqual({
      "Security Steering Committee": "@board",
    });
    expect(bodies("Our Chief Information Officer leads the security function, reports on its work each quarter and relies on its Control and Sustainability Committee for remediation.")).not.toEqual({
      "Control and Sustainability Committee": "@board",
    });
  });
});
