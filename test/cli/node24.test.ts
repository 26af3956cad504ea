// The CLI on Node 24 (GitHub's Action runtime and a supported engine): the same findings as on the
// local Node and nothing on stderr — start-up tuning for one V8 must not print warnings on another.
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { node24 } from "../action/runner.js";

const ROOT = join(import.meta.dirname, "..", "..");
const NODE24 = node24();
const run = (node: string) =>
  spawnSync(node, [join(ROOT, "bin", "disclint.js"), "-f", "json", join(ROOT, "examples", "harbor-lantern-20f-fy2025.r-page.txt")], { encoding: "utf8" });

describe.skipIf(!NODE24)("the CLI on Node 24", () => {
  it("lints the example with the local Node's findings and a silent stderr", () => {
    const on24 = run(NODE24!);
    const local = run(process.execPath);
    expect(on24.stderr).toBe("");
    expect(on24.status).toBe(0);
    const ids = (out: string) => (JSON.parse(out) as { messages: { ruleId: string; line: number }[] }[])[0].messages.map((m) => `${m.ruleId}@${m.line}`);
    expect(ids(on24.stdout)).toEqual(ids(local.stdout));
    expect(ids(on24.stdout)).toContain("management-position-named@37");
  });
});
