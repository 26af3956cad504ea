// Evidence precision (npm run evidence): the checks that quote an element's answer are found from the rule files, and an
// error's quoted shape finds the sentences it should and none of the hard negatives that made it a false error (round 13).
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { blockContextParagraphs, inBlockContext, measureEvidence, paraphraseParagraphs, quotingChecks } from "./evidence-precision.js";

const para = (text: string, elements: string[], negative: string[] = []) => ({ source: "test", text, label: { quote: text.slice(0, 40), text, elements, negative } });

describe("evidence precision of quoting checks", () => {
  const checks = quotingChecks();
  const errorGate = (ruleId: string) => {
    const found = checks.filter((c) => c.ruleId === ruleId && c.severity === "error" && c.query.answer === "affirmed");
    expect(found.length, ruleId).toBeGreaterThan(0);
    return found;
  };

  it("finds the quoting checks of the flag rules, with their severities and element queries", () => {
    const ids = new Set(checks.map((c) => `${c.ruleId} ${c.severity} ${c.query.id} ${c.query.answer}`));
    expect(ids).toContain("flag-text-integrated error integration negative");
    expect(ids).toContain("flag-text-integrated error integration affirmed");
    expect(ids).toContain("flag-text-integrated warning integration affirmed");
    expect(ids).toContain("flag-text-third-party-engaged error third-party-engaged affirmed");
    // an absence check quotes nothing
    expect(checks.every((c) => c.query.answer === "affirmed" || c.query.answer === "negative")).toBe(true);
  });

  it("an error's quoted shape reads the plain yes and none of the hard negatives", async () => {
    const paragraphs = [
      para("Cybersecurity risk is managed as part of our enterprise risk management program.", ["integration"]),
      para("We intend to integrate our cybersecurity program into a formal enterprise risk management program as the Company grows.", []),
      para("Members of senior management brief the Board on cybersecurity risks as part of the annual enterprise risk review.", ["board-informed"]),
      para("We retain an outside cybersecurity firm to assess our program against the NIST Cybersecurity Framework every year.", ["third-party-engaged", "processes"]),
      para("We hired a consulting firm to help redesign our supply chain network for lower costs.", []),
      para("We believe it is unlikely that risks from cybersecurity threats will materially affect our business strategy, results of operations or financial condition.", ["material-effect"], ["material-effect"]),
    ];
    const gates = [...errorGate("flag-text-integrated"), ...errorGate("flag-text-third-party-engaged"), ...errorGate("flag-text-material-effect")];
    const counts = await measureEvidence(paragraphs, gates);
    for (const c of counts) expect(c.misses.map((m) => m.text), `${c.check.ruleId} #${c.check.index}`).toEqual([]);
    const found = (ruleId: string) => counts.filter((c) => c.check.ruleId === ruleId).reduce((n, c) => n + c.found, 0);
    expect(found("flag-text-integrated")).toBe(1);
    expect(found("flag-text-third-party-engaged")).toBe(1);
  });

  it("an integration no is not read into 'this event or any other risk from cybersecurity threats' (round 48: released round46.sealed #9's shape, a false error before)", async () => {
    const negatives = checks.filter((c) => c.ruleId === "flag-text-integrated" && c.severity === "error" && c.query.answer === "negative");
    expect(negatives.length).toBeGreaterThan(0);
    const paragraphs = [
      para("We do not believe that the outage or any other risk from cybersecurity threats, including any prior cybersecurity incident, has materially affected us, including our business strategy, results of operations or financial condition.", ["material-effect"], ["material-effect"]),
      para("We have not identified any other risks from cybersecurity threats, including as a result of previous incidents, that have materially affected the Company.", ["material-effect"], ["material-effect"]),
      // guard: the plain no is still found
      para("Our cybersecurity processes are not integrated into an enterprise risk management program; they are managed separately by our IT team.", ["processes"], ["integration"]),
    ];
    const counts = await measureEvidence(paragraphs, negatives);
    for (const c of counts) expect(c.misses.map((m) => m.text), `${c.check.ruleId} #${c.check.index}`).toEqual([]);
    expect(counts.reduce((n, c) => n + c.found, 0)).toBe(1);
  });

  it("#16's error (round 40) quotes a named manager reporting to a named board body on a cyber subject, and none of the hard negatives", async () => {
    const paragraphs = [
      para("Our Chief Information Security Officer reports to the Audit Committee each quarter on cybersecurity risks and the status of the program.", ["reports-to-board"]),
      // the title is the only security word: a reporting line, no subject
      para("Our Chief Information Security Officer reports to the Chief Executive Officer, and the Chief Executive Officer reports to the Board.", []),
      // attendance, not a report
      para("Our Chief Information Officer attends meetings of the Audit Committee when cybersecurity is discussed.", []),
      // a passive escalation of incidents: the officer receives
      para("Under the Bank's Cyber Incident Response Standard, confirmed incidents are reported to the Chief Risk Officer and, where they meet defined thresholds, to the Risk Committee of the Board.", ["incident-escalation"]),
      // a director's biography
      para("One of our directors, who serves on the Audit Committee, previously served as chief information officer of a large retailer and brings cybersecurity expertise to the Board's oversight.", []),
    ];
    const counts = await measureEvidence(paragraphs, errorGate("flag-text-reports-to-board"));
    for (const c of counts) expect(c.misses.map((m) => m.text), `#${c.check.index}`).toEqual([]);
    expect(counts.reduce((n, c) => n + c.found, 0)).toBe(1);
  });

  it("round 41 (rules41): the four error shapes below 100% at round 41's base quote none of their classes of false quote, and still the plain statement", async () => {
    const staffing =
      "Our light-industrial staffing business depends on recruiting, vetting and placing workers quickly. Our branch recruiters use an applicant tracking system that stores résumés and identity documents, and we use third-party providers to run background checks, drug tests and employment-eligibility queries on applicants before placement. Workers whose assignments give them access to a client's computer systems must complete our security awareness training before their first shift.";
    const paragraphs = [
      // the plain statements each shape is for
      para("We do not believe that risks from cybersecurity threats are reasonably likely to materially affect our business strategy, results of operations or financial condition.", ["material-effect"], ["material-effect"]),
      para("We do not engage third-party assessors, consultants or auditors in connection with our cybersecurity program.", ["third-party-engaged"], ["third-party-engaged"]),
      para("We retain an outside cybersecurity firm to assess our program against the NIST Cybersecurity Framework every year.", ["third-party-engaged", "processes"]),
      para("Our Chief Information Security Officer reports to the Audit Committee each quarter on cybersecurity risks and the status of the program.", ["reports-to-board", "board-informed"]),
      // an effect stated in the denial's sentence (sentenceLacks clause-quote-qualified)
      para("A ransomware attack in fiscal 2025 shut our main plant for six days and reduced net sales by about $20 million; we do not expect the attack to have a continuing material effect.", ["material-effect"]),
      // an exception fronted before the denial's clause (sentenceLacks sentence-material-effect-excepted)
      para("Apart from the certification body that audits our information security management system each year, we do not engage outside assessors or consultants in connection with our cybersecurity processes.", ["third-party-engaged", "processes"]),
      // another predicate denied: a role, not an engagement (clauseLacks sentence-processes-responsibility)
      para("Neither our internal audit team nor our independent auditor is responsible for designing or operating our security controls.", []),
      // a third party known only by its output someone receives: engaged by C28 (adopted in round 43; rules41 left it out of
      // the error with clauseLacks clause-quote-qualified, which now holds only advice)
      para("The Audit Committee reviews the security budget each year, and it receives a summary of the configuration reviews performed by our external assessor.", ["board-informed", "third-party-engaged"]),
      para("Confirmed incidents are escalated to our Chief Financial Officer and our General Counsel, who, with the advice of outside counsel, determine whether the incident is material.", ["incident-escalation"]),
      // a third party engaged in a sentence not about security (topicHas paragraph-topic)
      para(staffing, ["processes"]),
      // "breach" of a limit, not a security breach (clause-cyber-subject)
      para("Our Asset and Liability Committee, which includes our Chief Financial Officer, escalates any breach of these limits to our Chief Executive Officer and reports on our interest rate positions to our Board of Directors each quarter.", []),
    ];
    const errors = checks.filter((c) => ["flag-text-material-effect", "flag-text-third-party-engaged", "flag-text-reports-to-board"].includes(c.ruleId) && c.severity === "error");
    const counts = await measureEvidence(paragraphs, errors);
    // all at once, so a regression names every class it lets through (at round 41's base: all six)
    expect(counts.flatMap((c) => c.misses.map((m) => `${c.check.ruleId} #${c.check.index}: ${m.text.slice(0, 40)}`))).toEqual([]);
    expect(counts.filter((c) => c.found).map((c) => `${c.check.ruleId} #${c.check.index} ${c.found}`)).toEqual([
      "flag-text-material-effect #0 1",
      "flag-text-reports-to-board #2 1",
      "flag-text-third-party-engaged #2 1",
      "flag-text-third-party-engaged #3 2",
    ]);
  });

  it("measures a check that quotes only its element's own block in block context: 106(c)(2) text as the positions block's, its flag false (round 37)", async () => {
    const own = checks.filter((c) => c.ruleId === "flag-text-positions-responsible" && c.query.ownBlock);
    expect(own.map((c) => `${c.index} ${c.severity} ${inBlockContext(c)} ${JSON.stringify(c.flags)}`)).toEqual([
      // a warning since round 37: 91.7% in block context (npm run evidence), not the 100% an error needs
      '4 warning true {"CybersecurityRiskManagementPositionsOrCommitteesResponsibleFlag":false}',
    ]);
    const council = para(
      "Our Cyber Risk Council, a group of senior executives chaired by the Chief Risk Officer, reports to the Audit Committee on the Company's cybersecurity risks twice a year.",
      ["reports-to-board"],
    );
    const officers = para("We rely on our executive officers, who have broad business experience, to oversee cybersecurity risk.", ["management-positions", "management-role"]);
    const board = para("The Board oversees cybersecurity risk, and our Cyber Risk Council, chaired by the Chief Risk Officer, reports to it twice a year.", ["board-oversight"]);
    // the positions block's text is 106(c)(2)'s: a board paragraph is not what a filer tags as #13
    expect(blockContextParagraphs([council, officers, board], "management-positions").map((p) => p.label.elements)).toEqual([["reports-to-board"], ["management-positions", "management-role"]]);
    const [count] = await measureEvidence([council, officers, board], own);
    // Round 43 (acc43-mgmt): the council, a body named by its chair that only reports, is no longer read as a position given
    // responsibility (C1, C26; sentence-management-body-told), so the check no longer quotes it: was [2, 1, ["Our Cyber Risk Council"]].
    expect([count.found, count.good, count.misses.map((m) => m.text.slice(0, 22))]).toEqual([1, 1, []]);
  });

  it("measures on the paraphrase batches but leaves the still-sealed ones out unopened (training-data.ts), so `npm run evidence -- --misses` never prints their sentences", () => {
    const dir = mkdtempSync(join(tmpdir(), "disclint-evidence-"));
    try {
      const item = { quote: "We test our incident response plan", text: "We test our incident response plan every year.", elements: ["processes"] };
      writeFileSync(join(dir, "round51.sealed.json"), JSON.stringify({ split: "paraphrase", source: "x", paragraphs: [item] }));
      writeFileSync(join(dir, "round30.mgmt.json"), JSON.stringify({ split: "paraphrase", source: "y", paragraphs: [{ ...item, text: "Our CISO leads the program." }] }));
      // Not JSON: opening them at all throws.
      writeFileSync(join(dir, "round52.sealed.json"), "SEALED: must not be read");
      writeFileSync(join(dir, "round53.sealed.json"), "SEALED: must not be read");
      const found = paraphraseParagraphs(dir);
      expect(found.map((p) => `${p.source}: ${p.text}`)).toEqual(["round30.mgmt.json: Our CISO leads the program.", "round51.sealed.json: We test our incident response plan every year."]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
