// Round 35 (acc35-topic): the element judge's topic gates read a clause's "the program" / "our program" with the program its
// section named (src/text/clauses.ts withProgramAntecedent, the reading the #4 contradiction check has used since round 34):
// a sentence off the topic as written ("The Audit Committee receives quarterly updates on the program.") is on it when the
// program named before it, in its paragraph, a paragraph before or a heading, is the security program; and stays off where
// that program is a loyalty, rewards, ERP or wellness program. The reading only lifts an exclusion the sentence matched as
// written. Also the round's engine items: requirement-map's SET_APART regex moved to the cue lexicon rules/lexicons/set-apart.json,
// and a committee reviewing management's assessment (no report by management, C6). Tests not marked "still" or "guard" fail at
// the round's base (4064b85). Fictional filers.
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DocumentContext } from "../../src/engine/document.js";
import { loadRuleSet } from "../../src/engine/rule-loader.js";
import { withProgramAntecedent } from "../../src/text/clauses.js";
import { disclosureFrom } from "../../src/sources/load.js";
import { markdownBlocks, readProseBlocks } from "../../src/sources/prose.js";

const rules = loadRuleSet();

/** The elements the engine finds in the last paragraph of an Item 1C draft made of `parts` ("## Heading" lines and paragraphs; a rule set among them is used instead of the built-in one). */
function last(...parts: Array<string | typeof rules>): string[] {
  const set = parts.find((x): x is typeof rules => typeof x !== "string") ?? rules;
  const md = `# Item 1C. Cybersecurity\n\n${parts.filter((x) => typeof x === "string").join("\n\n")}\n`;
  const doc = { file: "draft.md", format: "markdown" as const, text: md, encoding: "utf-8" };
  const ctx = new DocumentContext(disclosureFrom([doc], readProseBlocks(doc, markdownBlocks(md))), set.lexicons, set.cues, set.elements);
  const paragraphs = ctx.describeParagraphs();
  return paragraphs[paragraphs.length - 1]?.elements ?? [];
}

const SECURITY = "Our information security program is designed to assess, identify and manage material risks from cybersecurity threats to our systems and data.";

describe("the program named before is the security program: the sentence is on the topic", () => {
  it("still (found at base too, no off-topic shape reads it): a paragraph before names it: 'The Audit Committee receives quarterly updates on the program from management.'", () => {
    expect(last("## Risk Management", SECURITY, "## Governance", "The Audit Committee receives quarterly updates on the program from management.")).toEqual(
      expect.arrayContaining(["board-informed"]),
    );
  });
  it("still (found at base too, no off-topic shape reads it): a paragraph before names it: 'We engage independent firms to assess and test the program.'", () => {
    expect(last(SECURITY, "We engage independent firms to assess and test the program.")).toContain("third-party-engaged");
  });
  it("a paragraph before names it: 'The Audit Committee of our Board of Directors oversees the program.'", () => {
    expect(last(SECURITY, "The Audit Committee of our Board of Directors oversees the program.")).toEqual(expect.arrayContaining(["board-oversight", "board-committee"]));
  });
  it("a paragraph of forty words or more that names no topic but the program (paragraph-topic)", () => {
    const got = last(
      "## Cybersecurity Risk Management",
      SECURITY,
      "## Governance",
      "The Audit Committee of our Board of Directors oversees the program. Each quarter our Vice President of Technology Operations meets with the committee to review the program's progress, the results of the annual assessment that an outside firm performs of the program and the improvements planned for the coming year.",
    );
    expect(got).toEqual(expect.arrayContaining(["board-oversight", "third-party-engaged"]));
  });
  it("the sentence before names it: '… The Audit Committee of our Board oversees the program.'", () => {
    expect(last(`${SECURITY} The Audit Committee of our Board of Directors oversees the program.`)).toEqual(expect.arrayContaining(["board-oversight", "board-committee"]));
  });
  it("still (found at base too): management's role '… Our Vice President of Infrastructure is responsible for the program and leads a team of twelve.'", () => {
    expect(last(SECURITY, "Our Vice President of Infrastructure is responsible for the program and leads a team of twelve.")).toContain("management-role");
  });
  it("a heading names it: '## Cybersecurity Program' over 'The Audit Committee oversees the program …'", () => {
    expect(last("## Cybersecurity Program", "The Audit Committee of our Board of Directors oversees the program and meets with management each quarter.")).toEqual(
      expect.arrayContaining(["board-oversight"]),
    );
  });
});

describe("guards: the program named last is no security program, the sentence stays off the topic", () => {
  it("a loyalty program named in the paragraph", () => {
    const got = last(SECURITY, "Our loyalty program has approximately 24 million members. The Audit Committee of our Board of Directors oversees the program.");
    expect(got).not.toContain("board-oversight");
    expect(got).not.toContain("board-committee");
  });
  it("a multi-year ERP replacement program", () => {
    const got = last(SECURITY, "In 2025 we began a multi-year ERP replacement program for our finance functions. The Audit Committee of our Board of Directors oversees the program.");
    expect(got).not.toContain("board-oversight");
    expect(got).not.toContain("board-committee");
  });
  it("no program named before: 'the program' is the project the text told of, whatever its words (round31.sealed's class)", () => {
    const got = last(
      SECURITY,
      "Last year we started a phased migration of our warehouse systems to a cloud-hosted platform. The program is run by a steering committee of senior managers, which approves the program's budget, monitors vendor delivery against milestones and reports on progress to the Board each quarter.",
    );
    expect(got).not.toContain("third-party-oversight");
  });
  it("a wellness program named earlier in the same sentence (round35.acc35-topic)", () => {
    const got = last(
      "Our cybersecurity program follows the NIST Cybersecurity Framework. We also offer an employee wellness program with health screenings and counseling, and the Compensation Committee of our Board of Directors oversees the program.",
    );
    expect(got).not.toContain("board-oversight");
    expect(got).not.toContain("board-committee");
    const text = "We offer a wellness program, and the committee oversees the program.";
    expect(withProgramAntecedent(text, { start: 0, end: text.length }, "Our cybersecurity program follows NIST.")).toBe(
      "We offer a wellness program, and the committee oversees the program (wellness program).",
    );
  });
  it("a customer rewards program named by the heading over it", () => {
    expect(last("## Risk Management", SECURITY, "## Customer Rewards Program", "The Audit Committee of our Board of Directors oversees the program and meets with management each quarter.")).not.toContain(
      "board-oversight",
    );
  });
  it("a wellness program named two paragraphs before under another heading", () => {
    expect(
      last(
        "## Human Capital",
        "Our employee wellness program offers health screenings, counseling and fitness benefits to all full-time staff.",
        "Participation rose by twelve percent in fiscal 2025, and we expanded the offering to part-time staff.",
        "The Compensation Committee of our Board of Directors reviews the program each year.",
      ),
    ).not.toEqual(expect.arrayContaining(["board-oversight"]));
  });
});

// Round 33's code pattern, kept here as the reference the cue lexicon must match as it did.
const SET_APART_BEFORE = /^\W*(?:separately|apart|distinct)\s+from\s+(?:the|our|its)\s+(?:[\w-]+\s+){0,2}?(?:cyber\w*|security)\s+(?:risk\s+management\s+)?program(?:me)?\b/i;

describe("the set-apart cue is data (rules/lexicons/set-apart.json), matching what requirement-map's SET_APART matched", () => {
  const openings = [
    "Separately from the cybersecurity program, our Emergency Management department maintains facility evacuation plans.",
    "Separately from our cybersecurity program, our Police and Emergency Response department maintains evacuation plans.",
    "Apart from our information security program, our facilities team maintains business continuity plans.",
    "Distinct from its cyber risk management programme, the company keeps a physical security plan.",
    "“Separately from our security program, …",
    "In addition to our cybersecurity program, we conduct tabletop exercises.",
    "Separately, our cybersecurity program is reviewed each year.",
    "Apart from the program, we keep evacuation plans.",
    "Separately from our enterprise physical security risk management program, guards patrol each site.",
    "We keep evacuation plans separately from our cybersecurity program.",
  ];
  it("matches each opening as the code's pattern did", () => {
    const cue = rules.cues.setApart;
    for (const text of openings) expect([text, cue.test(text)]).toEqual([text, SET_APART_BEFORE.test(text)]);
    expect(openings.filter((t) => cue.test(t))).toHaveLength(6);
  });
  it("a user's rules folder can replace it ('Independently of our cybersecurity program, …')", () => {
    const dir = mkdtempSync(join(tmpdir(), "disclint-set-apart-"));
    mkdirSync(join(dir, "lexicons"));
    writeFileSync(
      join(dir, "lexicons", "set-apart.json"),
      JSON.stringify({ description: "Ours and 'Independently of'.", patterns: [SET_APART_BEFORE.source, "^\\W*independently\\s+of\\s+our\\s+cybersecurity\\s+program\\b"] }),
    );
    const text = "Independently of our cybersecurity program, our facilities team maintains business continuity plans for each plant, tests our emergency generators and runs evacuation drills twice a year.";
    expect(last(text)).toContain("processes");
    expect(last(text, loadRuleSet([dir]))).not.toContain("processes");
    expect(last(openings[2], loadRuleSet([dir]))).not.toContain("processes");
  });
});

describe("the round's engine items (c)-(e), by the label conventions", () => {
  it("(c) a committee reviewing management's assessment oversees; management is not said to report to it (C6)", () => {
    const got = last("The Audit Committee reviews management's assessment of cybersecurity risk each year, including the results of the penetration tests performed by outside firms.");
    expect(got).toEqual(expect.arrayContaining(["board-oversight", "board-committee"]));
    expect(got).not.toContain("reports-to-board");
    expect(last("Each year the Risk Committee of our Board reviews management's annual assessment of our cybersecurity risks and the steps taken to address them.")).not.toContain(
      "reports-to-board",
    );
  });
  it("(c) still: management that presents its assessment to the committee reports to it", () => {
    expect(last("Each year our Chief Information Security Officer presents management's assessment of cybersecurity risk to the Audit Committee.")).toEqual(
      expect.arrayContaining(["reports-to-board", "board-informed"]),
    );
    expect(last("The Audit Committee receives quarterly reports from management on its assessment of cybersecurity risk.")).toContain("reports-to-board");
  });
  it("(d) still: a service desk manager reporting to a management function is no report to the board", () => {
    expect(last("Our service desk manager reports to the help desk lead, who logs each reported phishing e-mail and blocks the sender.")).not.toContain("reports-to-board");
    expect(
      last("Employees report suspected phishing e-mails to the IT help desk. The service desk manager reports to the Director of IT Operations and reviews the week's reports with the help desk team every Monday."),
    ).not.toContain("reports-to-board");
  });
  it("(e) still: 'the risks they present' reads the vendors as 'they'", () => {
    expect(last("We assess the security practices of our critical vendors before we engage them and monitor the risks they present throughout the relationship.")).toContain(
      "third-party-oversight",
    );
  });
});
