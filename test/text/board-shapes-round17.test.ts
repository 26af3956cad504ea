// Round 17 (issue 10): the board's side of 106(c)(1), integration and 106(b)(2)'s past arm, in the
// shapes held-out set C's false findings had, each beside a hard negative of the same words.
// Fictional sentences throughout (the batch test/accuracy/paraphrases/round17.board.json has more).
import { describe, expect, it } from "vitest";
import { harvestAliases } from "../../src/text/aliases.js";
import { loadRuleSet } from "../../src/engine/rule-loader.js";
import { judgeParagraph } from "../../src/text/requirement-map.js";

const RULES = loadRuleSet();
const lexicon = (name: string) => {
  const lex = RULES.lexicons.get(name);
  if (!lex) throw new Error(`no built-in lexicon ${name}`);
  return lex;
};
const judge = (text: string) => judgeParagraph({ text, headings: [] }, RULES.elements, lexicon, RULES.cues, harvestAliases(text));
const judged = (text: string) => judge(text).map((pe) => pe.id);
const partsOf = (text: string, id: string) => {
  const pe = judge(text).find((x) => x.id === id);
  return pe ? Object.entries(pe.parts).filter(([, m]) => m.length).map(([part]) => part) : undefined;
};

describe("reports told \"with\" the board after a long object", () => {
  it("answer whether managers report to the board, and how it is informed", () => {
    const text =
      "Our management team is responsible for assessing and managing cybersecurity risk, maintaining the controls that address it, and providing quarterly reports on threat trends, the results of our testing and, if they occur, any significant incidents with our Board of Directors.";
    expect(judged(text)).toEqual(expect.arrayContaining(["reports-to-board", "board-informed"]));
  });

  it("and so does a board committee that receives them from a manager across a long object", () => {
    const text =
      "The Risk Committee of our Board receives regular reports on emerging cyber threats, the maturity of our security controls, the results of tabletop exercises and the status of remediation efforts from our Chief Information Security Officer.";
    expect(judged(text)).toEqual(expect.arrayContaining(["reports-to-board", "board-informed"]));
  });

  it("not reports shared with customers, nor with another company's board, nor a passive with no reporter", () => {
    expect(judged("Our account teams share monthly service reports, uptime statistics and planned maintenance windows with the customers who use our hosted platform.")).toEqual([]);
    const portfolio = judged("Each portfolio company's management provides regular updates on its cybersecurity program with the board of that portfolio company, and Larchmont Capital does not direct those reports.");
    expect(portfolio).not.toContain("reports-to-board");
    expect(portfolio).not.toContain("board-informed");
    const passive = judged("Summaries of each tabletop exercise and its lessons learned are shared with the Audit Committee.");
    expect(passive).toContain("board-informed");
    expect(passive).not.toContain("reports-to-board");
  });
});

describe("a board committee described as one of directors, receiving cybersecurity updates", () => {
  it("is identified as the board's committee", () => {
    const text = "The Audit Committee, composed entirely of independent Board members, receives quarterly updates on the cybersecurity program, including recent developments and risk assessments.";
    expect(judged(text)).toEqual(expect.arrayContaining(["board-committee", "board-informed"]));
  });

  it("but a committee that only receives reports is not given the oversight (labelling convention C13)", () => {
    expect(judged("The Audit Committee receives quarterly updates on the cybersecurity program from our CIO.")).not.toContain("board-committee");
  });

  it("not a management committee, nor an Audit Committee told only of financial matters", () => {
    const management = judged("Our Executive Risk Committee, made up of the CEO, CFO and General Counsel, receives monthly updates on cybersecurity from the CISO.");
    expect(management).not.toContain("board-committee");
    expect(management).not.toContain("board-informed");
    expect(judged("The Audit Committee receives reports from our internal auditors on the effectiveness of internal control over financial reporting.")).toEqual([]);
  });
});

describe("integration told \"in conjunction with\" or \"to inform\" the overall risk processes", () => {
  it("puts the cybersecurity processes in the overall risk management", () => {
    expect(judged("Each division assesses its technology and cyber risks in conjunction with its overall risk management processes.")).toContain("integration");
    expect(judged("The results of our annual cyber maturity assessment are shared with internal audit to inform the Company's enterprise risk management process.")).toContain("integration");
    expect(
      judged("Under our comprehensive risk management program, the Board of Corvel Industries oversees the principal risks facing the company, including cybersecurity risks, while management identifies and prioritizes them."),
    ).toContain("integration");
  });

  it("not a caveat, another kind of risk, the board's oversight of all risks, or the customers' own risk management", () => {
    expect(judged("Our risk management processes, including those for cybersecurity, may not be effective in identifying or mitigating every threat we face.")).not.toContain("integration");
    expect(judged("Our treasury team manages interest rate and currency risk in conjunction with our overall risk management processes.")).not.toContain("integration");
    expect(judged("The Board oversees the Company's enterprise risk management program, which addresses strategic, operational, financial and compliance risks.")).not.toContain("integration");
    expect(judged("Our customers use the security reports we publish to inform their own overall risk management processes for cyber risks.")).not.toContain("integration");
  });
});

describe("no material incident in the period answers 106(b)(2)'s past arm", () => {
  it("so the two partial answers cannot both be missing", () => {
    expect(partsOf("There were no material cybersecurity incidents experienced by Tamsin Labs during the fiscal year.", "material-effect")).toEqual(["past"]);
    expect(partsOf("We had no material security incidents in the last three fiscal years.", "material-effect")).toEqual(["past"]);
  });

  it("not a no-assurance caveat, incidents with no word on materiality, or a financial-control weakness", () => {
    expect(judged("We cannot assure that incidents will not occur or that our defenses will prevent them.")).not.toContain("material-effect");
    expect(judged("Incidents have occurred in the past, such as phishing attempts against employees, and we expect such attempts to continue.")).not.toContain("material-effect");
    expect(judged("We have not identified any material weaknesses in our internal control over financial reporting.")).not.toContain("material-effect");
  });
});
