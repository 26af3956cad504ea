// Round 50 (lead, C33's second paragraph): not assessing the measures of the registrant's own external manager, adviser,
// general partner, parent or sponsor is no explicit "no" on overseeing third-party service providers - that firm is its
// management (C33). The third pattern of rules/lexicons/element-third-party-oversight-no.json reads a reliance only on
// such a firm as no answer; a reliance that names another party (an administrator, a trustee, a transfer agent) stays a
// "no". The first three cases fail at 655fc10c (the pattern matched them).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "../helpers.js";

const lexicon = JSON.parse(readFileSync(join(ROOT, "rules/lexicons/element-third-party-oversight-no.json"), "utf8")) as { patterns: string[] };
const reliance = new RegExp(lexicon.patterns[2], "i");

describe("element-third-party-oversight-no: a reliance on the registrant's own manager (C33b)", () => {
  it.each([
    "We rely on the security measures of our external manager and its affiliates and do not separately assess them.",
    "The Fund depends on the cybersecurity controls of its adviser and does not independently review them.",
    "We rely on our general partner, which we have not assessed.",
  ])("is no answer: %s", (text) => expect(reliance.test(text)).toBe(false));
  it.each([
    "We rely on the controls of our sponsor, administrator and trustee, which we have not assessed.",
    "We rely on our manager and our administrator and we do not separately assess them.",
    "We rely on our transfer agent and do not independently test its controls.",
  ])("stays a no: %s", (text) => expect(reliance.test(text)).toBe(true));
});
