// An absence is a warning only where the section lacks the element's own words (lexicons
// `hint-<id>`): the draft may answer in words the judge does not read. Fictional drafts.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createLinter } from "../../src/api.js";
import { loadDisclosure } from "../../src/sources/load.js";

const dir = mkdtempSync(join(tmpdir(), "disclint-hints-"));
const PROCESSES =
  "Pine Harbor Outfitters maintains processes to assess, identify and manage material risks from cybersecurity threats, including vulnerability scanning and penetration testing.";

/** The severity of requirement-addressed's finding whose message names `element`, on a one-file draft. */
async function severityOf(name: string, governance: string, element: RegExp): Promise<string | undefined> {
  const file = join(dir, name);
  writeFileSync(file, `# Item 1C. Cybersecurity\n\n## Risk management and strategy\n\n${PROCESSES}\n\n## Governance\n\n${governance}\n`);
  const findings = await createLinter().lint(await loadDisclosure([file]));
  return findings.find((f) => f.ruleId === "requirement-addressed" && element.test(f.message))?.severity;
}

describe("absence severity follows the element's own words", () => {
  const positions = /management positions or committees responsible/;
  it("no position named anywhere: the missing responsible positions are a warning", async () => {
    expect(await severityOf("none.md", "The Audit Committee oversees cybersecurity risk.", positions)).toBe("warning");
  });

  it("a position that runs or checks something cyber, in words the detector does not read: info (hint-management-positions), not a board committee", async () => {
    expect(await severityOf("named.md", "Our cybersecurity risk register is reviewed monthly by the Head of Information Technology.", positions)).toBe("info");
  });

  it("a position only attending the committee's meetings is no hint (round 9): the missing responsible positions stay a warning", async () => {
    expect(await severityOf("attends.md", "Our Head of Information Technology attends the quarterly meetings of the Audit Committee.", positions)).toBe("warning");
  });

  it("a position named only as the one reported to is no hint: the missing responsible positions stay a warning", async () => {
    const governance = "Our cybersecurity program is led by Dana Whitcombe, who has spent 12 years in information security. She reports to the Chief Operating Officer. The Audit Committee oversees cybersecurity risk.";
    expect(await severityOf("reports-to-coo.md", governance, positions)).toBe("warning");
  });

  it("a Director of Information Security is no director: no board oversight anywhere stays a warning", async () => {
    const governance = "Our Director of Information Security leads our security team and is responsible for managing cybersecurity risk. She gives the executive team a cybersecurity update every month.";
    expect(await severityOf("no-board.md", governance, /board of directors' oversight/)).toBe("warning");
  });

  // Round 10: a topic word is no hint. Sets 8 and 10's planted missing expertise was lowered to info by an engaged
  // firm's title ("a PCI Qualified Security Assessor"), sets 9 and 10's missing vendor oversight by a firm that checks us.
  it("an expertise word with no person (an assessor firm's title) is no hint: the missing expertise stays a warning", async () => {
    const governance = "Our Vice President of IT is responsible for managing cybersecurity risk. We engage a qualified security assessor each year to review our compliance with PCI DSS.";
    expect(await severityOf("assessor.md", governance, /relevant expertise/)).toBe("warning");
  });

  it("a manager's certification in words the detector does not read is a hint: info", async () => {
    const governance = "Our Vice President of IT is responsible for managing cybersecurity risk; she is certified by the Cloud Security Alliance.";
    expect(await severityOf("certified.md", governance, /relevant expertise/)).toBe("info");
  });

  it("a third party that does the checking is engaged, not overseen: the missing vendor oversight stays a warning", async () => {
    const governance = "We engage third parties, including a consulting firm that assesses our program every two years. The Audit Committee oversees cybersecurity risk.";
    expect(await severityOf("consultant.md", governance, /third-party service providers/)).toBe("warning");
  });

  it("a hint phrase longer than one word counts (the window counts every word of it)", async () => {
    const integration = /integrated into overall risk management/;
    expect(await severityOf("no-erm.md", "The Audit Committee oversees cybersecurity risk.", integration)).toBe("warning");
    expect(await severityOf("erm.md", "The Audit Committee oversees cybersecurity risk and reviews our enterprise risk register each year.", integration)).toBe("info");
  });
});
