// yieldsTo by element (round 40, rules40): set 9's driftwood draft has no management position ("Management is
// responsible …") and no expertise. requirement-addressed reports both at the heading, one finding per element, and
// management-position-named reports the missing position at the paragraph: the positions gap was told twice. Its
// requirement-addressed checks now yield by element ({ rule: "management-position-named", element: "management-positions" }):
// the positions finding merges into the position rule's, the expertise finding stays where it was. At base three warnings
// (the merge could not tell requirement-addressed's findings apart by element).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createLinter } from "../../src/api.js";
import { mergeYielded, type Linted } from "../../src/engine/linter.js";
import type { Finding } from "../../src/model/types.js";
import { loadDisclosure } from "../../src/sources/load.js";
import { FIXTURES } from "../helpers.js";

const DRIFTWOOD = join(FIXTURES, "realistic-set9", "driftwood-marine-10k.txt");
const brief = (fs: Finding[]) => fs.map((f) => `${f.line}:${f.column} ${f.severity} ${f.ruleId}`);

describe("yieldsTo by element (driftwood, set 9)", () => {
  it("merges requirement-addressed's positions finding into management-position-named's, and only that one", async () => {
    const fs = await createLinter().lint(await loadDisclosure([DRIFTWOOD]));
    expect(brief(fs)).toEqual(["5:1 warning requirement-addressed", "13:1 warning management-position-named"]);
    expect(fs[0].message).toMatch(/relevant expertise of the persons in those positions/);
    expect(fs[1].message).toBe(
      "No text in the draft's Item 1C names a management position or committee responsible for cybersecurity risk. That is the requirement no paragraph " +
        "addresses: the management positions or committees responsible for assessing and managing cybersecurity risk (Reg S-K 106(c)(2)(i)); one sentence " +
        "naming the position answers both (Reg S-K 106(b)-(c)).",
    );
  });

  it("with management-position-named off, requirement-addressed reports the positions gap itself, at the heading", async () => {
    const fs = await createLinter({ ruleSettings: new Map([["management-position-named", "off"]]) }).lint(await loadDisclosure([DRIFTWOOD]));
    expect(brief(fs)).toEqual(["5:1 warning requirement-addressed", "5:1 warning requirement-addressed"]);
    expect(fs.map((f) => f.message).join("\n")).toMatch(/addresses the management positions or committees responsible for assessing and managing cybersecurity risk \(Reg S-K 106\(c\)\(2\)\(i\)\)\.$/m);
  });

  it("takes the named rule's finding about the element, not its first finding", () => {
    const f = (ruleId: string, line: number, message: string): Finding => ({ ruleId, severity: "warning", message, file: "a.md", line, column: 1, endLine: line, endColumn: 1 });
    const expertise = f("twin", 2, "No expertise.");
    const positions = f("twin", 3, "No positions.");
    const yielding = f("generic", 9, "Positions missing.");
    const linted: Linted = {
      findings: [expertise, positions, yielding],
      yielding: new Map([[yielding, { rule: "twin", note: "Also. (X)", element: "management-positions" }]]),
      about: new Map([
        [expertise, ["management-expertise"]],
        [positions, ["management-positions"]],
      ]),
    };
    const merged = mergeYielded(linted);
    expect(merged.map((x) => `${x.line} ${x.message}`)).toEqual(["2 No expertise.", "3 No positions. Also. (X)"]);
  });
});
