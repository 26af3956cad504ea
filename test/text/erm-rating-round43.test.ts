// Round 43 (acc43-conventions, issue 10): C29 adopted (labels/README.md) - an enterprise risk assessment that rates, scores or
// ranks cybersecurity among the company's risks answers 106(b)(1)(i), integration; it is processes only where the clause says
// how the cyber risk itself is assessed, identified or managed (who, a cyber-specific assessment, what follows for it).
// rules/lexicons/sentence-processes-erm-rating.json, read clause by clause as an `except` shape of processes. Fictional
// sentences, none of them in a paraphrase batch. At base 84f77255 every NOT_ANY_MORE case fails (processes found); the
// guards pass at base and after.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { growthOver4x, paragraphElements as elements, ROOT } from "../helpers.js";
import { checkClasses, type ClassCase } from "./precision-classes.js";

/** [class, paragraph, element it must NOT find] - each detected at base. */
const NOT_ANY_MORE: ClassCase[] = [
  ["cyber assessed within the annual enterprise risk assessment", "Cybersecurity risks are identified and assessed as part of our annual enterprise risk assessment, together with our commodity and labor risks.", "processes"],
  ["the ERM's common scale and register", "Cyber risk is scored in our enterprise risk register on the same likelihood and impact scale as our weather and fuel risks.", "processes"],
  ["one of the enterprise risks a body scores (sentence-erm-risk-list)", "Cybersecurity is one of the ten enterprise risks that our Risk Council scores each year for likelihood and impact.", "processes"],
  ["the company's overall risk assessment, the same methodology", "We treat cybersecurity like our other principal risks: it is identified, assessed and reported through our enterprise risk management methodology.", "processes"],
];

/** [class, paragraph, element it must still NOT find] - guards that pass at base. */
const STILL_NOT: ClassCase[] = [
  ["the enterprise body that rates every risk", "Our Enterprise Risk Council, a management committee, evaluates cybersecurity each year alongside the other principal risks of the Company.", "processes"],
];

/** [class, paragraph, element it must still find] - guards. */
const STILL: ClassCase[] = [
  ["integration is still found", "Cybersecurity risks are identified and assessed as part of our annual enterprise risk assessment, together with our commodity and labor risks.", "integration"],
  ["who: the security team identifies the cyber risks", "Our security team assesses our cyber risks each quarter and enters them in the enterprise risk register alongside our other principal risks.", "processes"],
  ["method: a cyber-specific assessment feeds the register", "The results of our annual cybersecurity risk assessment feed the enterprise risk register that our Chief Risk Officer maintains.", "processes"],
  ["another clause's process work stays", "Our security program follows the NIST Cybersecurity Framework and includes quarterly penetration tests, and it forms part of our enterprise risk management program.", "processes"],
  ["an incident plan inside the ERM programme (C17 triage)", "Incidents are handled under a response plan that forms part of our ERM programme: the security operations team classifies each event and escalates significant ones to the General Counsel.", "processes"],
];

checkClasses("round 43: an enterprise risk assessment rating cyber is integration (C29)", { notAnyMore: NOT_ANY_MORE, nowFound: [], still: STILL });

describe("round 43: guards that stay unaddressed", () => {
  it.each(STILL_NOT)("guard: %s", (_what, paragraph, element) => {
    expect(elements(paragraph)).not.toContain(element);
  });
});

describe("round 43: the C29 shape is linear on a stranger's line", () => {
  const lexicon = JSON.parse(readFileSync(join(ROOT, "rules", "lexicons", "sentence-processes-erm-rating.json"), "utf8")) as { patterns: string[] };
  it.each([" ", "a ", "enterprise ", "security ", "risks "])("grows linearly over a run of %j", async (unit) => {
    for (const source of lexicon.patterns) {
      const re = new RegExp(source, "i");
      expect(await growthOver4x((n) => re.test(unit.repeat(Math.ceil(n / unit.length))), 50_000)).toBeLessThan(6);
    }
  });
});
