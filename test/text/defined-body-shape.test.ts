// Round 30 (speed30-filing): a defined body ("the Cybersecurity Advisory Committee (the “CAC”)", "a
// group of senior executives (the “Task Force”)") has one hidden class whether or not it stands for
// a name, and its words one elements kind whatever list they came from; V8's optimised harvestBodies
// was deoptimised (and recompiled) by a body of the other shape. Checked with V8's own test of maps.
import { setFlagsFromString } from "node:v8";
import { describe, expect, it } from "vitest";
import { definedBodyOf, harvestAliases } from "../../src/text/aliases.js";

setFlagsFromString("--allow-natives-syntax");
// Functions made after the flag is set may use V8's natives.
const sameMap = new Function("a", "b", "return %HaveSameMap(a, b)") as (a: unknown, b: unknown) => boolean;

describe("defined bodies of one shape", () => {
  const named = definedBodyOf("Cybersecurity Advisory Committee", ["cybersecurity", "advisory", "committee"].map((w) => w), "@management");
  const described = definedBodyOf(undefined, ["group"], "@management");
  const bare = definedBodyOf(undefined, [], undefined);

  it("a body with a name, one with a described noun and one with neither share a map; their words too", () => {
    // What the helper is for: literals with and without `name` would have two maps.
    expect(sameMap({ name: "Team", words: ["team"], kind: undefined }, { words: ["team"], kind: undefined })).toBe(false);
    expect(sameMap(named, described)).toBe(true);
    expect(sameMap(named, bare)).toBe(true);
    expect(sameMap(named.words, described.words)).toBe(true);
    expect(sameMap(named.words, bare.words)).toBe(true);
    // `map` over a holey array gives a holey one, and `[]` small-integer elements: both come back packed strings.
    const holey = new Array<string>(2);
    holey[0] = "task";
    holey[1] = "force";
    expect(sameMap(definedBodyOf("Task Force", holey, undefined).words, described.words)).toBe(true);
    expect(named).toEqual({ name: "Cybersecurity Advisory Committee", words: ["cybersecurity", "advisory", "committee"], kind: "@management" });
    expect(bare).toEqual({ name: undefined, words: [], kind: undefined });
    expect("name" in described).toBe(true);
  });

  it("the aliases a section's defined bodies give are what they were (words and kind)", () => {
    const aliases = harvestAliases(
      "The Cybersecurity Advisory Committee (the “CAC”) meets regularly. A cross-functional group of senior executives (the “Task Force”) reports to the CAC. The Cyber Resilience Team (the “Team”) responds to incidents.",
    );
    expect(aliases.get("CAC")).toEqual(["cybersecurity", "advisory", "committee", "@management"]);
    expect(aliases.get("Task Force")?.[0]).toBe("group");
  });
});
