// Round 44 (rules44): set 30's leftovers as classes, on the rules' own fictional fixtures.
// - One tagging choice, one finding: every cyd fact in ix:hidden is named in one hidden-cyd-fact warning at the first
//   (set 30's Lindqvar and set 18's clearpath drew six, one per flag); one hidden fact keeps its own message. Failed at base
//   70f42ae2 (three findings).
// - A positions block that names a person and, as her charge, a team ("She oversees our information security team") is
//   told by management-position-named at warning; a team is no position (management-positions' "security team" inside
//   management-team's). Failed at base (no finding: the team read as a position).
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadDisclosure } from "../../src/sources/load.js";
import { FIXTURES, linterFor } from "../helpers.js";

const lint = async (rule: string, file: string) =>
  (await linterFor(rule).lint(await loadDisclosure([join(FIXTURES, "rules", rule, file)], {}))).map((f) => `${f.line}:${f.column} ${f.severity} ${f.message}`);

describe("told once", () => {
  it("names every hidden flag in one warning at the first", async () => {
    expect(await lint("hidden-cyd-fact", "invalid-hidden-flags-told-once.htm")).toEqual([
      "9:1 warning 3 cyd facts are hidden (ix:hidden) rather than tagged on the visible disclosure: Cybersecurity Risk Management Processes Integrated [Flag], Cybersecurity Risk Management Third Party Engaged [Flag] and Cybersecurity Risk Management Positions or Committees Responsible Report to Board [Flag].",
    ]);
  });

  it("keeps one hidden fact's own message (guard)", async () => {
    expect(await lint("hidden-cyd-fact", "invalid-hidden-flag.htm")).toEqual([
      "9:1 warning Cybersecurity Risk Management Positions or Committees Responsible Report to Board [Flag] is hidden (ix:hidden) rather than tagged on the visible disclosure.",
    ]);
  });
});

describe("a positions block that names a person and the team she oversees", () => {
  it("is management-position-named's warning, quoting the name", async () => {
    expect(await lint("management-position-named", "invalid-person-leads-security-team.txt")).toEqual([
      '37:2 warning The positions text names a person but no management position or committee ("Dana Whitcombe").',
    ]);
  });

  it("is not where the person's title is given with her name (guard)", async () => {
    expect(await lint("management-position-named", "valid-person-with-title-leads-team.txt")).toEqual([]);
  });
});
