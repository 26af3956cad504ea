import { describe, expect, it } from "vitest";
import { bareCommitteeTag } from "../../src/text/bare-committee.js";
import { harvestAliases, harvestBodies } from "../../src/text/aliases.js";
import { loadRuleSet } from "../../src/engine/rule-loader.js";
import { tokenize } from "../../src/text/tokens.js";

const LEXICONS = loadRuleSet().lexicons;

/** Whether the built-in lexicon element-<id> matches in the last paragraph of `doc`, read with the aliases of the whole text. */
function addressesLast(element: string, doc: string): boolean {
  const aliases = harvestAliases(doc);
  const last = doc.slice(doc.lastIndexOf("\n") + 1);
  const lex = LEXICONS.get(`element-${element}`);
  if (!lex) throw new Error(element);
  return lex.matchAll(last, tokenize(last, aliases)).length > 0;
}

const tag = (text: string) => {
  const words = tokenize(text);
  return bareCommitteeTag(words, harvestBodies(words));
};

describe("a bare 'the Committee'", () => {
  it("is the board's when every committee the text names is a board committee", () => {
    expect(tag("The Audit Committee oversees our financial reporting. The Committee reviews our cybersecurity program.")).toBe("@board");
    expect(harvestAliases("The Audit Committee meets quarterly. The Committee reviews our cybersecurity program.").get("Committee")).toEqual(["@board"]);
    const doc = "Our Board has delegated oversight of risk to the Audit Committee.\nThe Committee reviews our cybersecurity program, including its policies and controls, at least annually.";
    expect(addressesLast("board-committee", doc)).toBe(true);
    expect(addressesLast("board-oversight", "The Audit Committee meets quarterly.\nThe Committee's charter provides that it oversees our information security practices.")).toBe(true);
  });

  it("stays untagged when the text names a management committee, an unsettled one, or none", () => {
    expect(tag("The Audit Committee oversees financial reporting. Our Cybersecurity Steering Committee meets monthly. The Committee reviews security initiatives.")).toBeUndefined();
    expect(tag("The Operations Committee meets monthly. The Committee reviews security initiatives.")).toBeUndefined();
    expect(tag("The Committee reviews our cybersecurity program.")).toBeUndefined();
    const doc = "Our Cybersecurity Steering Committee, composed of the CIO, CISO and General Counsel, meets monthly.\nThe Committee reviews the status of our cybersecurity program.";
    expect(addressesLast("board-committee", doc)).toBe(false);
  });
});
