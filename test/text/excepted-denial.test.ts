// A denial qualified by an exception ("Apart from that incident, … have not materially affected us")
// does not take back the yes another sentence states (the element's `excepted` lexicon,
// rules/lexicons/sentence-material-effect-excepted.json); alone ("Except as described in Item 1A,
// … have not materially affected us") it is still a no.
import { describe, expect, it } from "vitest";
import { DocumentContext } from "../../src/engine/document.js";
import { loadRuleSet } from "../../src/engine/rule-loader.js";
import { disclosureFrom } from "../../src/sources/load.js";
import { markdownBlocks, readProseBlocks } from "../../src/sources/prose.js";

const RULES = loadRuleSet();

/** How the one paragraph of a draft answers 106(b)(2): "yes", "no", or undefined when it does not. */
function answer(paragraph: string): "yes" | "no" | undefined {
  const md = `# Item 1C. Cybersecurity\n\n${paragraph}\n`;
  const doc = { file: "draft.md", format: "markdown" as const, text: md, encoding: "utf-8" };
  const [p] = new DocumentContext(disclosureFrom([doc], readProseBlocks(doc, markdownBlocks(md))), RULES.lexicons, RULES.cues, RULES.elements).describeParagraphs();
  if (!p.elements.includes("material-effect")) return undefined;
  return p.negative.includes("material-effect") ? "no" : "yes";
}

const YES = "A ransomware incident in March 2025 materially affected our results of operations for the first quarter.";

describe("a denial with an exception", () => {
  it.each([
    "Apart from that incident, risks from cybersecurity threats have not materially affected us.",
    "Other than the matter described above, we have not identified cybersecurity incidents that have materially affected our business strategy, results of operations or financial condition.",
    "Except as described above, cybersecurity threats have not materially affected the Company.",
    "Aside from the March incident, we are not aware of any cybersecurity incident that has materially affected us.",
    "Save for that incident, risks from cybersecurity threats have not materially affected the Company.",
    "With the exception of that attack, we have not experienced cybersecurity incidents that had a material effect on the Company.",
  ])("does not take back the yes before it: %s", (denial) => {
    expect(answer(`${YES} ${denial}`)).toBe("yes");
    // The exception is what lets the yes stand: the same denial without one is a no for the paragraph.
    expect(answer(`${YES} Risks from cybersecurity threats have not materially affected us.`)).toBe("no");
  });

  it("alone, is still a no", () => {
    expect(answer("Other than routine phishing attempts that our controls blocked, we have not experienced any cybersecurity incident that materially affected the Company.")).toBe("no");
  });

  it("excepting what Item 1A describes, is still a no where nothing else says yes", () => {
    expect(answer("Except as described in Item 1A, Risk Factors, we have not identified any risks from cybersecurity threats that have materially affected us.")).toBe("no");
  });
});
