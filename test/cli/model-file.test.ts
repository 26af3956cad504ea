// Round 52 (speed52-cold): the CLI's bundles read the element veto's model from dist/element-model.bin (numbers as
// typed arrays: src/engine/model-file.ts), not from its JSON text (~178 KB, ~35,000 numbers parsed when the first
// paragraph was judged: ~11 M of the R page's cold start's instructions at 13611b7f). A preload records what the run
// gives JSON.parse: at 13611b7f the model's text is among it (fails there). The file is optional, as the judge's tables
// are: a dist copied without it lints the same (the model then parsed from builtins.dat's text).
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ROOT, SAMPLE } from "../helpers.js";

const dir = mkdtempSync(join(tmpdir(), "disclint-model-file-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const PRELOAD = `"use strict";
const parse = JSON.parse;
const seen = [];
JSON.parse = function (text, reviver) {
  if (typeof text === "string") seen.push({ length: text.length, model: text.includes('"bigrams":['), file: text.includes('"magic":"disclint-model 1"') });
  return parse.call(this, text, reviver);
};
process.on("exit", () => require("node:fs").writeFileSync(process.env.PARSED_OUT, JSON.stringify(seen)));
`;

const run = (root: string, args: string[], env: NodeJS.ProcessEnv = {}) =>
  spawnSync(process.execPath, [...args, join(root, "bin", "disclint.js"), "--timeout", "3600000", "-f", "json", SAMPLE], { encoding: "utf8", cwd: dir, env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env } });

describe.skipIf(!existsSync(SAMPLE) || !existsSync(join(ROOT, "dist", "cli.cjs")))("the element model read from dist/element-model.bin", () => {
  it("a lone R page's run parses no model text, and reads the file's header", () => {
    const preload = join(dir, "json-parse.cjs");
    writeFileSync(preload, PRELOAD);
    const out = join(dir, "parsed.json");
    const r = run(ROOT, ["-r", preload], { PARSED_OUT: out });
    expect(r.stderr).toBe("");
    expect(JSON.parse(r.stdout)[0].messages.length).toBe(4);
    const parsed = JSON.parse(readFileSync(out, "utf8")) as { length: number; model: boolean; file: boolean }[];
    // The run does parse its texts (the builtins file's index, the prepared lexicons, the rules, …).
    expect(parsed.length).toBeGreaterThan(20);
    expect(parsed.filter((p) => p.model).map((p) => p.length)).toEqual([]);
    expect(parsed.filter((p) => p.file).length).toBe(1);
  });

  it("a copy of the package without the file lints the page exactly as the package does", () => {
    const copy = join(dir, "copy");
    for (const part of ["bin", "dist", "package.json"]) cpSync(join(ROOT, part), join(copy, part), { recursive: true });
    rmSync(join(copy, "dist", "element-model.bin"));
    const preload = join(dir, "json-parse.cjs");
    writeFileSync(preload, PRELOAD);
    const out = join(dir, "parsed-copy.json");
    const without = run(copy, ["-r", preload], { PARSED_OUT: out });
    // (Without the file, the model's JSON text is parsed once.)
    expect((JSON.parse(readFileSync(out, "utf8")) as { model: boolean }[]).filter((p) => p.model).length).toBe(1);
    const withFile = run(ROOT, []);
    expect(without.stderr).toBe("");
    expect(without.status).toBe(withFile.status);
    expect(without.stdout).toBe(withFile.stdout.split(ROOT).join(copy));
    expect(JSON.parse(without.stdout)[0].messages.length).toBe(4);
  });
});
