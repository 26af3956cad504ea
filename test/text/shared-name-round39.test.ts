// Round 39 (rules39, issue 10): one name for two bodies. A text that calls the board's committee and management's
// committee both "Risk Committee" ("management’s Risk Committee … to the Board’s Risk Committee"; "the Risk Committee of
// the Board" beside "the management Risk Committee") pooled every mention into one body, whose kind the last votes
// decided: set 25's stanwick probe (docs/realistic-set25.md) lost its board committee. Each mention is now read as the
// body its own words name (src/text/owner-word.ts, harvestBodies). Fictional sentences; the probe is built from the
// fictional set-25 file. At base 41c9844a the "now" cases fail; the "still" cases pass and must not change.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createLinter } from "../../src/api.js";
import { bareCommitteeTag } from "../../src/text/bare-committee.js";
import { harvestAliases, harvestBodies } from "../../src/text/aliases.js";
import { tokenize } from "../../src/text/tokens.js";
import { loadDisclosure } from "../../src/sources/load.js";
import { FIXTURES, paragraphElements } from "../helpers.js";

const bodies = (text: string) => Object.fromEntries(harvestBodies(tokenize(text)));
/** The body tag on each "Committee" of the text, in order. */
const tags = (text: string) =>
  tokenize(text, harvestAliases(text))
    .filter((w) => w.word === "Committee")
    .map((w) => w.also?.find((t) => t.startsWith("@")) ?? "-");

const POSSESSIVES =
  "Risks are identified, assessed and reported through management’s Risk Committee to the Board’s Risk Committee. " +
  "Our Board of Directors oversees risks from cybersecurity threats through its Risk Committee, a committee of independent directors. " +
  "Management’s Risk Committee, chaired by our Chief Risk Officer and made up of our senior officers, meets monthly. " +
  "The Chief Information Security Officer reports monthly to management’s Risk Committee.";

const OF_THE_BOARD =
  "Our Board oversees cybersecurity risk through the Risk Committee of the Board, which receives a report from our Chief Information Security Officer each quarter. " +
  "The management Risk Committee, chaired by our Chief Risk Officer, reviews cybersecurity risks and the status of remediation each month.";

describe("now: a name two bodies share is read by each mention's own words", () => {
  it("the Board’s Risk Committee and management’s Risk Committee", () => {
    expect(bodies(POSSESSIVES)).toEqual({
      "management’s Risk Committee": "@management",
      "Management’s Risk Committee": "@management",
      "Board’s Risk Committee": "@board",
      "Risk Committee": "@board",
    });
    expect(tags(POSSESSIVES)).toEqual(["@management", "@board", "@board", "@management", "@management"]);
  });

  it("the Risk Committee of the Board beside the management Risk Committee", () => {
    expect(bodies(OF_THE_BOARD)).toEqual({ "Risk Committee": "@board", "management Risk Committee": "@management" });
    expect(tags(OF_THE_BOARD)).toEqual(["@board", "@management"]);
    expect(paragraphElements(OF_THE_BOARD)).toEqual(expect.arrayContaining(["board-committee", "board-informed", "management-informed"]));
  });
});

describe("still: one body, one name", () => {
  it("a bare 'the Committee' stays untagged beside a shared name: the text names a management committee under it", () => {
    const words = tokenize(`${POSSESSIVES} The Committee reviews the program.`);
    expect(bareCommitteeTag(words, harvestBodies(words))).toBeUndefined();
  });

  it("management’s committee alone is management's; the Board’s alone the board's", () => {
    expect(bodies("Cybersecurity risks are reported through management’s Risk Committee, which meets monthly.")).toEqual({ "Risk Committee": "@management" });
    expect(bodies("The Board’s Risk Committee oversees cybersecurity risk.")).toEqual({ "Risk Committee": "@board" });
    expect(bodies("The Audit Committee of the Board oversees cybersecurity. The Audit Committee meets with management each quarter.")).toEqual({ "Audit Committee": "@board" });
  });

  it("a committee the board names through management's report is one body when nothing says the other is management's", () => {
    expect(bodies("Our Board oversees cybersecurity risk through its Risk Committee. The Risk Committee receives quarterly reports from management.")).toEqual({
      "Risk Committee": "@board",
    });
  });
});

describe("set 25's stanwick probe: the Board's Risk Committee's informing sentences removed", () => {
  const file = join(FIXTURES, "realistic-set25", "stanwick-brokerage-10k.html");
  const REMOVED =
    " The Board&#8217;s Risk Committee receives a report from our Chief Information Security Officer at each of its quarterly meetings on the threat landscape, program metrics, the results of testing and regulatory examinations, and incidents, and the Chief Risk Officer reports to it on cybersecurity with our other principal risks. The Risk Committee chair reports to the full Board after each meeting.";

  async function findings(text: string): Promise<string[]> {
    const dir = mkdtempSync(join(tmpdir(), "rules39-shared-"));
    const path = join(dir, "stanwick-brokerage-10k.html");
    writeFileSync(path, text);
    return (await createLinter().lint(await loadDisclosure([path]))).map((f) => `${f.line}:${f.column} ${f.severity} ${f.ruleId} | ${f.message}`);
  }

  it("reads as the same text with management's committee renamed: the board committee found, the informing path read", async () => {
    const source = readFileSync(file, "utf8");
    expect(source).toContain(REMOVED);
    const probe = source.replace(REMOVED, "");
    const renamed = probe.replaceAll("anagement&#8217;s Risk Committee", "anagement&#8217;s Enterprise Risk Council");
    const got = await findings(probe);
    expect(got.join("\n")).not.toMatch(/addresses the board committee or subcommittee/);
    expect(got.join("\n")).not.toMatch(/how the board or the committee is informed/);
    expect(got).toEqual(await findings(renamed));
  });
});
