// The package as a user installs it: `import { Disclint } from "disclint"` (package.json "exports")
// from a project that installed this folder by path, in JavaScript and in TypeScript.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "../helpers.js";

const BUILT = existsSync(join(ROOT, "dist", "api.js")) && existsSync(join(ROOT, "dist", "types", "api.d.ts"));

describe.skipIf(!BUILT)("the installed package", () => {
  const project = mkdtempSync(join(tmpdir(), "disclint-consumer-"));
  writeFileSync(join(project, "package.json"), JSON.stringify({ name: "consumer", private: true, type: "module" }));
  const npm = process.env.npm_execpath;
  const [cmd, pre] = npm ? [process.execPath, [npm]] : ["npm", []];
  const install = spawnSync(cmd, [...pre, "install", "--offline", "--no-audit", "--no-fund", "--ignore-scripts", ROOT], { cwd: project, encoding: "utf8" });

  it("names its shared chunks chunk-<hash>.js (not chunk-chunk-<hash>.js)", () => {
    const chunks = readdirSync(join(ROOT, "dist")).filter((f) => f.startsWith("chunk-"));
    expect(chunks.length).toBeGreaterThan(0);
    for (const f of chunks) expect(f).toMatch(/^chunk-[A-Z0-9]+\.js$/);
  });

  it("installs by path", () => {
    expect(install.status, install.stderr).toBe(0);
  });

  it("import { Disclint } from \"disclint\" lints and returns the finished run", () => {
    writeFileSync(
      join(project, "lint.mjs"),
      `import { Disclint, FORMS } from "disclint";
const run = await new Disclint({ cwd: ${JSON.stringify(ROOT)} }).lint(["examples/harbor-lantern-20f-fy2025.r-page.txt"]);
console.log(JSON.stringify({ verdict: run.verdict, counts: run.counts, forms: FORMS.length }));`,
    );
    const r = spawnSync(process.execPath, ["lint.mjs"], { cwd: project, encoding: "utf8" });
    expect(r.stderr).toBe("");
    // The same counts as the CLI's own JSON of that file (the rules' accuracy is tuned elsewhere).
    const cli = spawnSync(process.execPath, [join(ROOT, "bin", "disclint.js"), "--format", "json", "examples/harbor-lantern-20f-fy2025.r-page.txt"], { cwd: ROOT, encoding: "utf8" });
    const [file] = JSON.parse(cli.stdout) as { errorCount: number; warningCount: number; infoCount: number }[];
    expect(JSON.parse(r.stdout)).toEqual({
      verdict: { exitCode: 0, reasons: [] },
      counts: { errors: file!.errorCount, warnings: file!.warningCount, infos: file!.infoCount, fatals: 0 },
      forms: 8,
    });
    expect(file!.warningCount).toBeGreaterThan(0);
  });

  it("has types", () => {
    writeFileSync(join(project, "lint.ts"), `import { Disclint, type LintRun } from "disclint";\nconst run: LintRun = await new Disclint().lint(["x"]);\nexport const code: 0 | 1 | 2 = run.verdict.exitCode;\n`);
    writeFileSync(join(project, "tsconfig.json"), JSON.stringify({ compilerOptions: { module: "NodeNext", moduleResolution: "NodeNext", target: "ES2022", strict: true, noEmit: true } }));
    const r = spawnSync(process.execPath, [join(ROOT, "node_modules", "typescript", "bin", "tsc"), "-p", project], { encoding: "utf8" });
    expect(r.stdout + r.stderr).toBe("");
    expect(r.status).toBe(0);
  });
});
