import pc from "picocolors";
import { describe, expect, it } from "vitest";
import { createColors } from "../../src/report/colors.js";

const ESC = "\u001b";
const NAMES = ["bold", "dim", "underline", "red", "green", "yellow", "cyan"] as const;

describe("report colours", () => {
  it("write what picocolors writes, nested colours reopened after an inner close", () => {
    const ours = createColors(true);
    const theirs = pc.createColors(true);
    const inner = (c: typeof ours | typeof theirs) => ["plain", "", `a${c.dim("b")}c${c.dim("d")}e`, `x${c.red("y")}z`, `${c.bold("b")}${c.underline("u")}`];
    for (const name of NAMES) {
      const a = inner(ours).map((s) => ours[name](s));
      const b = inner(theirs).map((s) => theirs[name](s));
      expect(a, name).toEqual(b);
    }
    expect(ours.bold(`a${ours.dim("b")}c`)).toBe(`${ESC}[1ma${ESC}[2mb${ESC}[22m${ESC}[1mc${ESC}[22m`);
  });

  it("are plain strings when colour is off", () => {
    const off = createColors(false);
    for (const name of NAMES) expect(off[name]("text")).toBe("text");
  });
});
