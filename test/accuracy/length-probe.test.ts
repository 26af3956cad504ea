import { describe, expect, it } from "vitest";
import type { LabelFile, LabelledParagraph } from "./eval.js";
import { buildProbe, filerNames, joinable, union } from "./length-probe.js";

const item = (text: string, elements: string[] = []): LabelledParagraph => ({ quote: text.slice(0, 40), text, elements, negative: [], refs: [], prongs: [] });
const file = (paragraphs: LabelledParagraph[], path = "/x/round99.probe.json"): LabelFile => ({ path, split: "paraphrase", paragraphs });

describe("the length probe (round 37): short items of one file and filer joined into paragraphs of 3-6 sentences", () => {
  it("joins only short, self-contained sentences: no opening pronoun, no list lead-in or list item, no bullet", () => {
    expect(joinable(item("Our CISO leads a team of twelve security professionals."))).toBe(true);
    expect(joinable(item("She reports to the Chief Financial Officer."))).toBe(false);
    expect(joinable(item("These reports cover the status of the program."))).toBe(false);
    expect(joinable(item("Our program includes the following:"))).toBe(false);
    expect(joinable(item("a third-party risk management process for service providers;"))).toBe(false);
    expect(joinable(item("• annual penetration tests by an outside firm"))).toBe(false);
    expect(joinable(item(`Our program ${"covers our systems and ".repeat(15)}networks.`))).toBe(false);
  });

  it("names the fictional filer an item speaks of, not the words a filer uses for itself or its bodies", () => {
    expect([...filerNames("Altivane's program covers the Company's networks and the Board's oversight.")]).toEqual(["Altivane"]);
    expect([...filerNames("Brightwell Inc. maintains a program.")]).toEqual(["Brightwell"]);
  });

  it("cuts runs at the target number of sentences, at an item that cannot be joined and where the filer changes", () => {
    const groups = buildProbe([
      file([
        item("Our CISO leads the security team.", ["management-role"]),
        item("The Audit Committee oversees cybersecurity risk.", ["board-oversight", "board-committee"]),
        item("We train employees each year.", ["processes"]),
        // the first group is full (3 sentences); the next starts here and wants 4
        item("Altivane's CISO briefs the Audit Committee each quarter.", ["reports-to-board", "board-informed"]),
        item("We engage an outside firm to test our controls.", ["third-party-engaged"]),
        item("Corvel's program follows the NIST framework.", ["processes"]),
        item("It is reviewed each year."),
        item("We have not experienced a material incident.", ["material-effect"]),
      ]),
    ]);
    expect(groups.map((g) => g.items.length)).toEqual([3]);
    expect(groups[0].joined.text).toBe("Our CISO leads the security team. The Audit Committee oversees cybersecurity risk. We train employees each year.");
    expect(groups[0].joined.elements).toEqual(["management-role", "board-oversight", "board-committee", "processes"]);
    expect(groups[0].file).toBe("round99.probe.json");
    expect(["A", "B"]).toContain(groups[0].half);
  });

  it("labels the joined paragraph with the union of its items' labels, explicit negatives included", () => {
    const u = union([item("We have not experienced a material incident", ["material-effect"]), item("Our CISO leads the team.", ["management-role"])]);
    expect(u.text).toBe("We have not experienced a material incident. Our CISO leads the team.");
    expect(u.elements).toEqual(["material-effect", "management-role"]);
  });
});
