// Round 19 (issue 10): management's updates to a board body carried by a participle or a reduced
// relative (set E's false board findings), read for the section; and the cadence quote taken from the
// clause that informs the board. Fictional sentences throughout, each beside a hard negative of the
// same words (the batch test/accuracy/paraphrases/round19.board.json has more).
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createLinter } from "../../src/api.js";
import { loadDisclosure } from "../../src/sources/load.js";
import { findInforming } from "../../src/text/clauses.js";
import { tokenize } from "../../src/text/tokens.js";

/** Each informing verb of a sentence with its giver and receiver as text ("-" where the clause does not say). */
function roles(text: string) {
  const show = (s?: { start: number; end: number }) => (s ? text.slice(s.start, s.end) : "-");
  return findInforming(text, tokenize(text)).map((r) => ({ verb: show(r.verb), giver: show(r.giver), receiver: show(r.receiver) }));
}

const dir = mkdtempSync(join(tmpdir(), "disclint-board19-"));
let n = 0;
/** The findings of a one-paragraph draft under "Governance". */
async function lint(paragraph: string) {
  const file = join(dir, `draft-${n++}.txt`);
  writeFileSync(file, `Item 1C. Cybersecurity\n\nGovernance\n\n${paragraph}\n`);
  return createLinter().lint(await loadDisclosure([file]));
}
const absent = (findings: { ruleId: string; message: string }[], what: string) => findings.some((f) => f.ruleId === "requirement-addressed" && f.message.includes(what));
const OVERSIGHT = "the board of directors' oversight";
const COMMITTEE = "the board committee or subcommittee";
const REPORTS = "whether those managers report information";

describe("a participle with no 'be' and no 'by' is given by whoever its clause says holds the information", () => {
  it("reads the giver before the noun of information", () => {
    expect(roles("Our Vice President of Security and our CTO direct the program with twice-yearly briefings on threats, presented to the Technology Committee of the Board.")).toContainEqual({
      verb: "presented",
      giver: "Our Vice President of Security and our CTO direct the program with twice-yearly",
      receiver: "the Technology Committee of the Board",
    });
    expect(roles("The CISO prepares quarterly reports, which are shared with the Audit Committee.")).toContainEqual({ verb: "shared", giver: "The CISO prepares quarterly", receiver: "the Audit Committee" });
    // "with updates to the Board": a noun of information, not the verb "updates"
    expect(roles("Our CISO leads the program with updates to the Board at least twice a year.")).toContainEqual({ verb: "updates", giver: "Our CISO leads the program with", receiver: "the Board" });
  });

  it("names no giver when the clause opens with the information", () => {
    expect(roles("Briefings furnished to the Risk Committee of the Board cover threats.")[0]?.giver).toBe("-");
  });
});

describe("management's updates to a named board body address the board's oversight for the section", () => {
  it("a committee of the board that receives them oversees, and the managers report to it", async () => {
    const findings = await lint(
      "Our Chief Technology Officer and our Director of Cyber Defense lead our security efforts with bi-annual updates that cover key metrics, privacy and other technology risks, provided to the Audit and Finance Committee of our Board of Directors.",
    );
    expect(absent(findings, OVERSIGHT)).toBe(false);
    expect(absent(findings, COMMITTEE)).toBe(false);
    expect(absent(findings, REPORTS)).toBe(false);
  });

  it("the full board that receives them oversees, but names no committee", async () => {
    const findings = await lint("Our Head of IT Security leads the program, with semi-annual updates on cyber risk given to our Board of Directors by the Head of IT Security.");
    expect(absent(findings, OVERSIGHT)).toBe(false);
    expect(absent(findings, COMMITTEE)).toBe(true);
  });

  it("not updates provided to a committee of management, nor non-cyber reports to a board committee", async () => {
    const management = await lint("Our CISO leads our cybersecurity efforts, with monthly updates provided to the Compliance Committee, which is made up of our executive officers.");
    expect(absent(management, OVERSIGHT)).toBe(true);
    expect(absent(management, COMMITTEE)).toBe(true);
    const safety = await lint("Environmental, health and safety metrics, gathered by our plant managers, are shared with the Sustainability Committee of the Board twice yearly.");
    expect(absent(safety, OVERSIGHT)).toBe(true);
    expect(absent(safety, COMMITTEE)).toBe(true);
  });

  it("not a hypothetical update", async () => {
    const findings = await lint("If a breach were to occur, management would provide an update on it to the Audit Committee of our Board.");
    expect(absent(findings, OVERSIGHT)).toBe(true);
    expect(absent(findings, COMMITTEE)).toBe(true);
  });
});

describe("the cadence quote comes from the clause that informs the board", () => {
  const cadence = async (paragraph: string) => (await lint(paragraph)).filter((f) => f.ruleId === "board-reporting-cadence").map((f) => f.message);

  it("not from a clause where IT informs executives", async () => {
    expect(await cadence("Our IT department regularly informs the CEO and the CFO about incidents, and the Audit Committee receives periodic reports from our CISO on cybersecurity risks.")).toEqual([
      'The board\'s reporting cadence is given only as "periodic": no definite cadence such as quarterly.',
    ]);
  });

  it("not from an incident plan's sentence before the board-reporting one", async () => {
    expect(await cadence("Our response playbook keeps executives, the Board and our insurers informed as appropriate. The Audit Committee receives regular reports on cyber risk from our CISO.")).toEqual([
      'The board\'s reporting cadence is given only as "regular": no definite cadence such as quarterly.',
    ]);
  });

  it("bi-annual, semi-annual, twice yearly and at each meeting are definite cadences", async () => {
    for (const when of ["bi-annual updates on cyber risk", "semi-annual updates on cyber risk", "updates on cyber risk twice yearly", "updates on cyber risk at each meeting"])
      expect(await cadence(`Our CISO provides ${when} to the Audit Committee of our Board.`), when).toEqual([]);
  });
});
