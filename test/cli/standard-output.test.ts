// The built CLI writes a report to a file, a pipe or /dev/null without Node's stream stack
// (src/cli/standard-output.ts, src/cli/start.ts): the same bytes as its -o file, and no stream module loaded.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "../helpers.js";

const BIN = join(ROOT, "bin", "disclint.js");
const PAGE = join(ROOT, "..", "shared", "examples", "r-page-20f-fy2024.txt");
// At exit, the built-in modules the run loaded, on stderr.
const MODULES_HOOK = "data:text/javascript,process.on('exit',()=>process._rawDebug('MODULES '+process.moduleLoadList.join(',')))";

describe.skipIf(!existsSync(join(ROOT, "dist", "cli.js")) || !existsSync(PAGE))("standard output without streams", () => {
  it("a report piped out is the -o file's bytes, and no stream module is loaded", () => {
    // Through a shell's pipe (a FIFO; a Node parent's "pipe" is a socket pair, which keeps the stream).
    const dir = mkdtempSync(join(tmpdir(), "disclint-stdout-"));
    const out = join(dir, "report.json");
    const err = join(dir, "stderr.txt");
    const piped = spawnSync("sh", ["-c", `"$0" --import "$1" "$2" "$3" -f json 2>"$4" | cat`, process.execPath, MODULES_HOOK, BIN, PAGE, err], { encoding: "utf8" });
    const file = spawnSync(process.execPath, [BIN, PAGE, "-f", "json", "-o", out], { encoding: "utf8" });
    expect(file.status).toBe(0);
    expect(piped.status).toBe(0);
    expect(piped.stdout).toBe(readFileSync(out, "utf8"));
    const loaded = (stderr: string) => /MODULES (.*)/.exec(stderr)?.[1].split(",") ?? [];
    // What a bare node with the same hook loads (the hook's own module loader) is not the CLI's.
    const bare = new Set(loaded(spawnSync(process.execPath, ["--import", MODULES_HOOK, "-e", "0"], { encoding: "utf8" }).stderr));
    const modules = loaded(readFileSync(err, "utf8")).filter((m) => !bare.has(m));
    expect(modules).toContain("NativeModule vm");
    expect(modules.filter((m) => /^NativeModule (?:stream|v8|internal\/streams\/)/.test(m))).toEqual([]);
  });
});
