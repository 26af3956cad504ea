// One gap, one finding across two rules (yieldsTo) — and suppressions first (round 39, rules39). Set 20's brightwell has
// nothing on how the board is informed (board-informing-process, at the #8 block, 27:1) and #16 true with no text on
// management reporting to the board (flag-text-reports-to-board, at the flag, 48:190), merged into one warning. A
// directive or a config `off` for one of the two must silence that rule's own gap only: the other's is still reported, on
// its own, where its rule puts it; and a directive that suppresses a gap merged away is not "unused".
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { Disclint } from "../../src/api.js";
import type { Finding } from "../../src/model/types.js";
import { FIXTURES } from "../helpers.js";

const BRIGHTWELL = readFileSync(join(FIXTURES, "realistic-set20", "brightwell-sugar-10k.htm"), "utf8");
const BIP = "board-informing-process";
const FTRB = "flag-text-reports-to-board";
const NOTE = /Nor does any describe management reporting to the board/;

/** Appends a comment at the end of a 1-based line, so no line number moves. */
function withComments(comments: Record<number, string>): string {
  const lines = BRIGHTWELL.split("\n");
  for (const [line, comment] of Object.entries(comments)) lines[Number(line) - 1] += comment;
  return lines.join("\n");
}

const disableNext = (ids: string) => `<!-- disclint-disable-next-line ${ids} -- reviewed with the Audit Committee chair -->`;

async function lint(text: string, opts: { reportUnused?: boolean; rules?: Record<string, string> } = {}): Promise<Finding[]> {
  const dir = mkdtempSync(join(tmpdir(), "disclint-yields-"));
  const file = join(dir, "brightwell-sugar-10k.htm");
  writeFileSync(file, text);
  const config = join(dir, ".disclintrc.json");
  if (opts.rules) writeFileSync(config, JSON.stringify({ rules: opts.rules }));
  const run = await new Disclint({ cwd: dir, config: opts.rules ? config : false, reportUnusedDisableDirectives: opts.reportUnused }).lint([file]);
  expect(run.results[0].fatal).toBeUndefined();
  return run.results[0].findings;
}

const brief = (fs: Finding[]) => fs.map((f) => `${f.line}:${f.column} ${f.severity} ${f.ruleId}`);

describe("yieldsTo after suppressions (brightwell)", () => {
  it("without directives: one warning at the #8 block that says both gaps", async () => {
    const fs = await lint(BRIGHTWELL);
    expect(brief(fs)).toEqual([`27:1 warning ${BIP}`]);
    expect(fs[0].message).toMatch(NOTE);
  });

  it("board-informing-process disabled at its block: the #16 gap is still reported, on its own, at the flag", async () => {
    const fs = await lint(withComments({ 26: disableNext(BIP) }));
    expect(brief(fs)).toEqual([`48:190 warning ${FTRB}`]);
    expect(fs[0].message).toMatch(/^Cybersecurity Risk Management Positions or Committees Responsible Report to Board \[Flag\] is true, but no text/);
    expect(fs[0].message).not.toMatch(/briefings/);
  });

  it("flag-text-reports-to-board disabled at the flag: the board-informing gap is reported without the #16 note", async () => {
    const fs = await lint(withComments({ 47: disableNext(FTRB) }));
    expect(brief(fs)).toEqual([`27:1 warning ${BIP}`]);
    expect(fs[0].message).not.toMatch(NOTE);
    expect(fs[0].message).toMatch(/\(reports, briefings, updates\)\.$/);
  });

  it("both disabled: nothing", async () => {
    expect(await lint(withComments({ 26: disableNext(BIP), 47: disableNext(FTRB) }))).toEqual([]);
  });

  it("--report-unused-disable-directives: a directive that silences either gap is used", async () => {
    expect(brief(await lint(withComments({ 47: disableNext(FTRB) }), { reportUnused: true }))).toEqual([`27:1 warning ${BIP}`]);
    expect(brief(await lint(withComments({ 26: disableNext(BIP) }), { reportUnused: true }))).toEqual([`48:190 warning ${FTRB}`]);
    // A directive at a place neither finding is: unused, as before.
    const idle = await lint(withComments({ 40: disableNext(FTRB) }), { reportUnused: true });
    expect(idle.map((f) => f.ruleId).sort()).toEqual([BIP, "disclint-directive"]);
    expect(idle.find((f) => f.ruleId === "disclint-directive")!.message).toMatch(/Unused disclint-disable-next-line directive: no problem from flag-text-reports-to-board/);
  });

  it("config `off` for either rule: the other's gap alone, at its own place", async () => {
    const noBip = await lint(BRIGHTWELL, { rules: { [BIP]: "off" } });
    expect(brief(noBip)).toEqual([`48:190 warning ${FTRB}`]);
    const noFtrb = await lint(BRIGHTWELL, { rules: { [FTRB]: "off" } });
    expect(brief(noFtrb)).toEqual([`27:1 warning ${BIP}`]);
    expect(noFtrb[0].message).not.toMatch(NOTE);
  });

  it("the merged finding's severity follows the config: an `error` for the yielding rule raises the merged one", async () => {
    const fs = await lint(BRIGHTWELL, { rules: { [FTRB]: "error" } });
    expect(brief(fs)).toEqual([`27:1 error ${BIP}`]);
    expect(fs[0].message).toMatch(NOTE);
  });

  it("with no block of its own (no #8, no #10), the merged finding sits at the #16 flag, the place the filing gives", async () => {
    const lines = BRIGHTWELL.split("\n");
    expect(lines[26]).toMatch(/CybersecurityRiskBoardOfDirectorsOversightTextBlock/);
    expect(lines[30]).toBe("</ix:nonNumeric>");
    lines[26] = "";
    lines[30] = "";
    const fs = (await lint(lines.join("\n"))).filter((f) => f.ruleId === BIP || f.ruleId === FTRB);
    expect(brief(fs)).toEqual([`48:190 warning ${BIP}`]);
    expect(fs[0].message).toMatch(NOTE);
    expect(fs[0].concept).toBe("CybersecurityRiskManagementPositionsOrCommitteesResponsibleReportToBoardFlag");
    // board-informing-process alone (the flag's rule off) has no place but the section's first block.
    const alone = (await lint(lines.join("\n"), { rules: { [FTRB]: "off" } })).filter((f) => f.ruleId === BIP);
    expect(alone[0].concept).toBeUndefined();
  });
});
