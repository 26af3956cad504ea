// The CLI ends with process.exit() once main() has returned and nothing is pending
// (src/cli/exit-when-idle.ts): V8's housekeeping for the heap is skipped, the output, the exit code
// and the 'exit' listeners are those of a natural end.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { exitWhenIdle, idle, synchronousHandles } from "../../src/cli/exit-when-idle.js";
import { ROOT, SAMPLE } from "../helpers.js";

describe("idle", () => {
  it("nothing pending, or only standard streams Node writes to synchronously", () => {
    expect(idle([], "linux")).toBe(true);
    expect(idle(["TTYWrap", "PipeWrap"], "linux")).toBe(true);
    expect(idle(["TTYWrap"], "darwin")).toBe(true);
    expect(idle(["PipeWrap"], "darwin")).toBe(false); // pipes are asynchronous there
    expect(idle(["TTYWrap"], "win32")).toBe(false); // terminals are asynchronous there
    expect(synchronousHandles("win32")).toEqual(["PipeWrap"]);
  });

  it("a request, a timer, a socket or a worker in flight, or bytes a stream still holds, keep the natural end", () => {
    for (const r of ["FSReqCallback", "Timeout", "TCPWrap", "MessagePort", "WriteWrap", "Immediate"]) {
      expect(idle([r], "linux")).toBe(false);
      expect(idle(["PipeWrap", r], "linux")).toBe(false);
    }
    expect(idle([], "linux", true)).toBe(false);
  });

  it("exitWhenIdle checks at the loop's next turn and exits only when idle", () => {
    const calls: string[] = [];
    const turns: (() => void)[] = [];
    let resources: string[] = ["Timeout"];
    const proc = { getActiveResourcesInfo: () => resources, exit: () => void calls.push("exit") } as unknown as NodeJS.Process;
    exitWhenIdle(proc, (f) => turns.push(f));
    expect(calls).toEqual([]); // nothing before the next turn
    turns.shift()!();
    expect(calls).toEqual([]); // a timer pending
    resources = [];
    exitWhenIdle(proc, (f) => turns.push(f));
    turns.shift()!();
    expect(calls).toEqual(["exit"]);
  });
});

const BIN = join(ROOT, "bin", "disclint.js");
// process.exit() calls process.reallyExit; a natural end does not.
const EARLY_HOOK = "data:text/javascript,const r=process.reallyExit;process.reallyExit=(c)=>{process._rawDebug('EARLY_EXIT '+c);r.call(process,c)};process.on('exit',(c)=>process._rawDebug('EXIT_EVENT '+c))";

describe.skipIf(!existsSync(join(ROOT, "dist", "cli.js")) || !existsSync(SAMPLE))("the built CLI's end", () => {
  const dir = mkdtempSync(join(tmpdir(), "disclint-exit-"));
  const run = (args: string[], shell?: string) =>
    shell
      ? spawnSync("sh", ["-c", shell, process.execPath, EARLY_HOOK, BIN, ...args], { encoding: "utf8" })
      : spawnSync(process.execPath, ["--import", EARLY_HOOK, BIN, ...args], { encoding: "utf8" });

  it("ends early on a file, a pipe and a Node parent's pipe, with the same report, exit code and 'exit' event", () => {
    const out = join(dir, "report.json");
    const file = run([SAMPLE, "-f", "json", "-o", out]);
    const piped = run([SAMPLE, "-f", "json"], `"$0" --import "$1" "$2" "$3" "$4" "$5" | cat`);
    const parent = run([SAMPLE, "-f", "json"]);
    for (const r of [file, piped, parent]) {
      expect(r.status).toBe(0);
      expect(r.stderr).toContain("EXIT_EVENT 0");
      expect(r.stderr).toContain("EARLY_EXIT 0");
    }
    const report = readFileSync(out, "utf8");
    expect(JSON.parse(report)[0].messages.length).toBeGreaterThan(0);
    expect(piped.stdout).toBe(report);
    expect(parent.stdout).toBe(report);
  });

  it("keeps exit codes 1 and 2", () => {
    const failing = run([SAMPLE, "--fail-on", "info"]);
    expect(failing.status).toBe(1);
    expect(failing.stderr).toContain("EARLY_EXIT 1");
    const missing = run([join(dir, "no-such-file.txt")]);
    expect(missing.status).toBe(2);
    expect(missing.stdout).toContain("no such file or directory");
    expect(missing.stderr).toContain("EARLY_EXIT 2");
  });
});
