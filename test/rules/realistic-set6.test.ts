// The sixth realistic unseen set: twenty fictional filers (test/fixtures/realistic-set6/) — seventeen Item 1C /
// Item 16K sections in every format disclint reads (eight iXBRL 10-K/20-F, three Markdown, three text, two HTML,
// one .docx) and three incident reports (an iXBRL and a text Form 8-K Item 1.05, an HTML Form 6-K). The answer key
// (test/fixtures/realistic-set6.expected.json) was committed before disclint was run on them, by a writer who did
// not open the word lists, the requirement model or src/text. docs/realistic-set6.md gives every finding a verdict.
// Each pin is the CURRENT output of the CLI (in process, `-f json`), with its exit code; a comment names the verdict
// of the ones that are not true and the planted problems missed, so the fix that drops or corrects them shows here.
// To re-pin: `npm run build`, `node dist/cli.js -f json <file>`, replace that file's entry; then redo the review.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { main } from "../../src/cli/main.js";
import { loadDisclosure } from "../../src/sources/load.js";
import { FIXTURES, ROOT } from "../helpers.js";

const DIR = join(FIXTURES, "realistic-set6");

interface Pin {
  exit: 0 | 1 | 2;
  /** The form the file is read as; undefined for a file that is not linted. */
  form?: string;
  /** "line:column severity rule-id | words of its message", in the linter's order; or "fatal | words". */
  findings: string[];
}

const PINNED: Record<string, Pin> = {
  // clean, correctly: the integration info went with the round-7 merges (blind), the second-prong info with the
  // lead's ellipsis fix ("Nor do we believe that they are reasonably likely to do so")
  "ashgrove-specialty-materials-10k.txt": { exit: 0, form: "10-K", findings: [] },
  // clean, correctly, since the lead's fixes ("That annual review is part of the risk review … for the whole business")
  "bluestem-renewable-fuels-10k.txt": { exit: 0, form: "10-K", findings: [] },
  "brindle-analytics-10k.md": { exit: 0, form: "10-K", findings: [] },
  "coldwater-freight-10k.htm": {
    exit: 1,
    form: "10-K",
    findings: [
      // all six true, not planted: the writer bound ixt to TRR 4 (2020-02-12), which has no booleantrue/booleanfalse
      "17:56 error flag-value | booleantrue is not in transformation registry",
      "17:243 error flag-value | booleantrue is not in transformation registry",
      "17:432 error flag-value | booleantrue is not in transformation registry",
      "17:630 error flag-value | booleanfalse is not in transformation registry",
      "17:848 error flag-value | booleantrue is not in transformation registry",
      "17:1043 error flag-value | booleantrue is not in transformation registry",
      // true (planted: the only management-informing paragraph is untagged); the key wants a warning: a warning since
      // round 14 (acc14-severity): an untagged paragraph that is the only text on an element Item 106 requires is a gap, whatever the element's absence severity
      "27:4 warning untagged-section-text | no cyd text block addresses management-informed",
    ],
  },
  "copperline-restaurants-10k.md": {
    exit: 0,
    form: "10-K",
    findings: [
      // round 8: line 10's "with 14 years of experience in information security … and the CISSP …" is read as the
      // Senior Director's, after the semicolon, not as the Board's or the Audit Committee chair's: no false info
      // true (planted: 106(b)(2) only by a cross-reference), at the cross-reference itself since round 7
      "8:1 warning requirement-addressed | Only a cross-reference answers",
    ],
  },
  "harbison-tool-works-10k.docx": {
    exit: 0,
    form: "10-K",
    // clean, correctly, since the lead's fixes ("software providers … must complete a security review … before access is granted")
    findings: [],
  },
  "hoshida-instruments-20f.htm": {
    exit: 0,
    form: "20-F",
    findings: [
      // (the two false integration warnings on #3 went with the lead's fixes: "identified as one of the material risks
      // of the Hoshida Group under our group risk management regulations")
      // true (planted: #8 wraps the management Information Security Committee paragraph)
      "22:1 warning text-block-content-mismatch | Cybersecurity Risk Board of Directors Oversight [Text Block] addresses management's role",
      // true (acceptable in the key: the board-oversight sentence is untagged); a warning since round 10 (acc10-hints): no
      // cyd text block addresses reports-to-board, which this paragraph does (the element named is not the planted
      // board-oversight one, which #9/#10 touch; the gap is the same paragraph)
      "25:4 warning untagged-section-text | reports-to-board",
      // (the false positions warning went with the lead's fix: "The Executive Officer in charge of Information Systems")
    ],
  },
  "kestrelgate-software-10k.htm": { exit: 0, form: "10-K", findings: [] },
  // clean, correctly: read as a Form 8-K Item 1.05 report since round 7 (it was "not a disclosure", exit 2)
  "keswick-components-8k.txt": { exit: 0, form: "8-K", findings: [] },
  // clean, correctly, since the round-7 merges (blind): the vendor-oversight info is gone
  "lumenridge-solar-10k.html": { exit: 0, form: "10-K", findings: [] },
  // clean, correctly: read as a Form 6-K incident report since round 7 (it was "not a disclosure", exit 2)
  "nordhaven-shipping-6k.html": { exit: 0, form: "6-K", findings: [] },
  "pinecrest-learning-10k.txt": {
    exit: 0,
    form: "10-K",
    findings: [
      // true (planted: no board-informing process); under its part's heading since round 7; a warning since round 11 (acc11-calib, seen: board-informed absences were 5 of 5 true on sets 4-11, 7 of 7 on every realistic set; the keys want a warning)
      // round 37 (rules37): one finding for the one gap, naming 106(c)(2)(iii) too (requirement-addressed `together`)
      "15:1 warning requirement-addressed | informed about cybersecurity risks (Reg S-K 106(c)(1)), nor whether those managers report information",
    ],
  },
  "prairie-commons-financial-10k.htm": {
    exit: 0,
    form: "10-K",
    findings: [
      // true (planted: second prong missing, line 17); placed at #1's start, and a lawyer would want a warning
      "12:1 info flag-text-material-effect | covers only part of 106(b)(2)",
      // true since round 10 (was a debatable error): #13 is not tagged, and #11 names the positions ("The Bank's Information
      // Security Officer … is responsible"): a note at that sentence, the tagging is incomplete; at info since round 11 (acc11-calib, seen: the keys accept it only as an info, "a tagging note at info is acceptable"; 2 of 13 such warnings were true on sets 4-11)
      "23:4 info flag-text-positions-responsible | the tagging is incomplete",
    ],
  },
  "quarry-lane-foods-8k.htm": {
    exit: 1,
    form: "8-K",
    // true (planted)
    findings: ['23:247 error draft-placeholder | Placeholder "[●]" left in Material Cybersecurity Incident Timing'],
  },
  "ridgeline-homes-10k.htm": {
    exit: 0,
    form: "10-K",
    // true (planted; a miss until the lead's fix "reviews that party's security controls")
    findings: ["17:189 warning flag-text-third-party-oversight | #5) is false, but the text describes a process to oversee"],
  },
  "silver-mesa-gaming-10k.htm": {
    exit: 1,
    form: "10-K",
    // true (planted; a miss until round 7's excepted denial: "Apart from that incident, … have not materially affected us"
    // no longer takes back "the incident materially affected our results of operations")
    findings: ["20:254 error flag-text-material-effect | #6) is false, but the text states a material effect"],
  },
  "solvane-medical-10k.htm": {
    exit: 0,
    form: "10-K",
    // true (planted: #13 names a person, no position); 26:4's mismatch warning on the same block (since round 9, the
    // same problem twice) gone in round 22: a positions block that names no position is management-position-named's alone
    findings: [
      '26:140 warning management-position-named | names a person but no management position or committee ("Dr. Helena Voss")',
    ],
  },
  "tallgrass-cultivation-10k.md": {
    exit: 0,
    form: "10-K",
    findings: [
      // all three true (planted: no informing, escalation or disclosure path); the 106(c)(2)(ii) one a lawyer would want a warning
      "16:4 info requirement-addressed | how a material incident is disclosed",
      "16:4 info requirement-addressed | how an incident is escalated",
      "16:4 info requirement-addressed | how management is informed about and monitors",
    ],
  },
  "verhoeven-greenhouse-20f.htm": { exit: 0, form: "20-F", findings: [] },
  "wrenfield-pharmacy-10k.html": {
    exit: 0,
    form: "10-K",
    // true (planted)
    findings: ["17:442 warning incident-form-matches-filer | This is a Form 10-K filer, but the text cites Form 6-K"],
  },
};

interface JsonMessage {
  fatal?: boolean;
  ruleId: string | null;
  level: string;
  line: number;
  column: number;
  message: string;
}

async function lintJson(target: string) {
  let stdout = "";
  let stderr = "";
  const code = await main([target, "-f", "json"], { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), cwd: ROOT, env: {}, isTTY: false });
  return { code, stderr, results: JSON.parse(stdout) as Array<{ filePath: string; messages: JsonMessage[] }> };
}

function pinOf(m: JsonMessage): string {
  return m.fatal ? "fatal" : `${m.line}:${m.column} ${m.level} ${m.ruleId}`;
}

describe("realistic set 6 (docs/realistic-set6.md)", () => {
  it("has every file pinned, and the review names every file", () => {
    expect(readdirSync(DIR).sort()).toEqual(Object.keys(PINNED).sort());
    const review = readFileSync(join(ROOT, "docs", "realistic-set6.md"), "utf8");
    for (const name of Object.keys(PINNED)) expect(review).toContain(name);
  });

  it.each(Object.keys(PINNED))("%s", async (name) => {
    const pin = PINNED[name];
    const { code, results } = await lintJson(join(DIR, name));
    expect(code).toBe(pin.exit);
    expect(results).toHaveLength(1);
    const pinned = pin.findings.map((p) => p.split(" | "));
    expect(results[0].messages.map(pinOf)).toEqual(pinned.map(([where]) => where));
    pinned.forEach(([, words], i) => expect(results[0].messages[i].message).toContain(words));
  });

  it("reads each linted file as the form it was written for", async () => {
    for (const [name, pin] of Object.entries(PINNED)) {
      if (pin.form === undefined) continue;
      const d = await loadDisclosure([join(DIR, name)]);
      expect(d.form, name).toBe(pin.form);
    }
  });

  it("lints the folder: every file, the same findings as one by one, exit 1", async () => {
    const { code, stderr, results } = await lintJson(DIR);
    expect(code).toBe(1);
    expect(stderr).not.toContain("skipped");
    expect(results).toHaveLength(20);
    for (const r of results) {
      const name = r.filePath.split(/[\\/]/).pop() as string;
      expect(r.messages.map(pinOf), name).toEqual(PINNED[name].findings.map((p) => p.split(" | ")[0]));
    }
  });
});
