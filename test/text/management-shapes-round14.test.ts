// Round 14 (management): shapes found on large-filer drafting (test/accuracy/paraphrases/round14.mgmt.a.json),
// each a grammatical shape read by one lexicon. Fictional sentences; every case failed at base 74f91d2 or
// guards the other side of the same shape.
import { describe, expect, it } from "vitest";
import { harvestAliases } from "../../src/text/aliases.js";
import { loadRuleSet } from "../../src/engine/rule-loader.js";
import { tokenize } from "../../src/text/tokens.js";

const lexicons = loadRuleSet().lexicons;
const matches = (name: string) => {
  const lexicon = lexicons.get(name)!;
  return (text: string) => lexicon.matchAll(text, tokenize(text, harvestAliases(text))).length > 0;
};

describe("hint-management-positions: the title is the one who runs or checks, not whom reports come from", () => {
  const hint = matches("hint-management-positions");
  it("not a title after the verb (set 14's pressline, paragraph 12)", () => {
    expect(
      hint(
        "Ms. Okonkwo is informed about and monitors the prevention, detection, mitigation and remediation of cybersecurity incidents through our managed detection and response provider and reports from plant engineering managers.",
      ),
    ).toBe(false);
  });
  it.each([
    "Our Chief Information Security Officer reviews the cybersecurity risk register monthly.",
    "Cybersecurity risk is managed day to day by the Company's IT Steering Committee.",
    "Our cybersecurity risk register is reviewed monthly by the Chief Information Security Officer.",
  ])("%s", (text) => {
    expect(hint(text)).toBe(true);
  });
});

describe("sentences about someone or something else", () => {
  it("a hyphenated acronym names an industry group, not a committee", () => {
    const noBoard = matches("sentence-board-informed-no-board");
    expect(noBoard("Our CISO is kept informed through regular briefings and information shared through FS-ISAC.")).toBe(true);
    expect(noBoard("Our CISO provides quarterly updates to the ERC.")).toBe(false);
  });
  it("a committee reviewing officers' qualifications hears no cybersecurity report", () => {
    const notCyber = matches("sentence-board-informed-not-cyber");
    expect(notCyber("The Compensation Committee reviews the qualifications and experience of our executive officers.")).toBe(true);
  });
  it("a director's former title is not the managers' expertise", () => {
    const others = matches("sentence-management-expertise-others");
    expect(others("The Audit Committee is composed of independent directors, one of whom is a former chief information officer.")).toBe(true);
  });
  it("a degree-holding biography is the person's past, unless the sentence gives a present responsibility", () => {
    const biography = matches("sentence-management-role-biography");
    expect(biography("Our CISO holds a Ph.D. in computer science and has led security programs at two public companies.")).toBe(true);
    expect(biography("Our CISO holds a Ph.D. in computer science and leads our security program.")).toBe(false);
  });
  it("an IT-infrastructure remit or another party's officers are no management position for cybersecurity", () => {
    const otherRemit = matches("sentence-management-other-remit");
    expect(otherRemit("Our Chief Information Officer is responsible for the Company's information technology infrastructure, including the migration of our data centers to the cloud.")).toBe(true);
    expect(otherRemit("Our customers' chief information security officers are responsible for configuring our software securely.")).toBe(true);
    expect(otherRemit("Our Chief Information Officer is responsible for our information technology infrastructure and its security.")).toBe(false);
  });
});
