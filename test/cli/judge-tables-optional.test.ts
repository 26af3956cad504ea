// Round 49: the CLI's bundles read the judge's tables from dist/judge-tables.bin (speed49-cold). The file
// only saves start-up work: a dist copied without it (an older packer's file list, a partial copy) must lint
// the same, not stop with ENOENT. Fails before the read was made optional (the bundle threw at load).
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ROOT } from "../helpers.js";

const dir = mkdtempSync(join(tmpdir(), "disclint-no-tables-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const PAGE = join(ROOT, "examples", "harbor-lantern-20f-fy2025.r-page.txt");

function lint(root: string) {
  return spawnSync(process.execPath, [join(root, "bin", "disclint.js"), "-f", "json", PAGE], { encoding: "utf8" });
}

describe("dist/judge-tables.bin is optional", () => {
  it("a copy of the package without it lints the example exactly as the package does", () => {
    for (const part of ["bin", "dist", "package.json"]) cpSync(join(ROOT, part), join(dir, part), { recursive: true });
    rmSync(join(dir, "dist", "judge-tables.bin"));
    expect(existsSync(join(ROOT, "dist", "judge-tables.bin"))).toBe(true);
    const without = lint(dir);
    const withTables = lint(ROOT);
    expect(without.stderr).toBe("");
    expect(without.status).toBe(withTables.status);
    expect(JSON.parse(without.stdout)).toEqual(JSON.parse(withTables.stdout));
    expect(JSON.parse(without.stdout)[0].messages.map((m: { ruleId: string }) => m.ruleId).length).toBeGreaterThan(0);
  });
});
