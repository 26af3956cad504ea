// Round 18: what the "only part" infos of requirement-addressed say. An escalation path told with no
// materiality decider names the missing decider; a 106(b)(2) prong named only by a cross-reference
// says so; a denial across a parenthetical is a denial (fictional drafts in the rule's fixtures).
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadDisclosure } from "../../src/sources/load.js";
import { FIXTURES, linterFor } from "../helpers.js";

const dir = join(FIXTURES, "rules", "requirement-addressed");
const messages = async (file: string) => (await linterFor("requirement-addressed").lint(await loadDisclosure([join(dir, file)]))).map((f) => f.message);

describe("requirement-addressed: the parts an answer leaves out", () => {
  it("escalation told, no materiality decider: the decider is what is missing", async () => {
    expect(await messages("invalid-escalation-without-decider.md")).toEqual([
      expect.stringMatching(/^The answer covers only part of how an incident is escalated and who decides whether it is material: the text does not say who decides whether an incident is material \(not an Item 106 element/),
    ]);
  });

  it("a decider named in the passive answers it in full", async () => {
    expect(await messages("valid-escalation-decider-passive.md")).toEqual([]);
  });

  it("a denial interrupted by a parenthetical leaves the likely prong missing", async () => {
    expect(await messages("invalid-past-prong-denied-across-parenthetical.md")).toEqual([
      expect.stringMatching(/: the text does not say whether they are reasonably likely to materially affect it \(Reg S-K 106\(b\)\(2\)\)\.$/),
    ]);
  });

  it("a prong only a cross-reference names: the message says only a cross-reference answers it", async () => {
    expect(await messages("invalid-likely-prong-only-cross-referenced.md")).toEqual([
      expect.stringMatching(/: only a cross-reference says whether they are reasonably likely to materially affect it \(Reg S-K 106\(b\)\(2\)\)\.$/),
    ]);
  });

  it("a 106(b)(2) answer in words that name neither prong: one finding says neither is answered, not one per prong", async () => {
    expect(await messages("invalid-material-effect-neither-part.md")).toEqual([
      expect.stringMatching(/: the text says neither whether they have materially affected it nor whether they are reasonably likely to materially affect it \(Reg S-K 106\(b\)\(2\)\)\.$/),
    ]);
  });

  it("a past prong denied in the passive (\"were not significantly impacted\") answers it: only the likely prong is missing", async () => {
    expect(await messages("invalid-past-prong-passive-denial.md")).toEqual([
      expect.stringMatching(/: the text does not say whether they are reasonably likely to materially affect it \(Reg S-K 106\(b\)\(2\)\)\.$/),
    ]);
  });

  it("escalation told by whom the plan engages and when (no verb of escalating): the decider is what is missing", async () => {
    expect(await messages("invalid-escalation-by-engagement.md")).toEqual([
      expect.stringMatching(/^The answer covers only part of how an incident is escalated and who decides whether it is material: the text does not say who decides whether an incident is material \(/),
    ]);
  });

  it("escalation told as a noun, the notice of officers by severity (\"notification of the Chief Executive Officer occurs for every incident rated high\"): the decider is what is missing", async () => {
    expect(await messages("invalid-escalation-notification-nominal.md")).toEqual([
      expect.stringMatching(/^The answer covers only part of how an incident is escalated and who decides whether it is material: the text does not say who decides whether an incident is material \(/),
    ]);
  });

  it("executives engaged for storms and outside firms engaged for incidents: no escalation path, and management is not informed", async () => {
    expect(await messages("invalid-escalation-engaged-not-cyber.md")).toEqual([
      expect.stringMatching(/^No paragraph of the draft's Item 1C addresses how an incident is escalated and who decides whether it is material/),
      expect.stringMatching(/^No paragraph of the draft's Item 1C addresses how management is informed/),
    ]);
  });
});
