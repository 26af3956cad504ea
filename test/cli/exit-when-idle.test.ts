// The CLI ends with process.exit() once main() has returned and nothing is pending
// (src/cli/exit-when-idle.ts): V8's housekeeping for the heap is skipped, the output, the exit code
// and the 'exit' listeners are those of a natural end.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { exitWhenIdle, idle } from "../../src/cli/exit-when-idle.js";
import { ROOT, SAMPLE, SHARED } from "../helpers.js";

describe("idle", () => {
  it("nothing pending, or only standard streams' handles with no output held", () => {
    expect(idle([])).toBe(true);
    expect(idle(["TTYWrap", "PipeWrap"])).toBe(true);
    expect(idle(["PipeWrap"], true)).toBe(false); // a stream still holds bytes
    expect(idle([], true)).toBe(false);
  });

  it("a request, a timer, a socket or a worker in flight keep the natural end", () => {
    for (const r of ["FSReqCallback", "Timeout", "TCPWrap", "MessagePort", "SimpleWriteWrap", "WriteWrap", "Immediate"]) {
      expect(idle([r])).toBe(false);
      expect(idle(["PipeWrap", r])).toBe(false);
    }
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
const REAL = join(SHARED, "corpus", "real", "edgartools");
// process.exit() calls process.reallyExit; a natural end does not.
const EARLY_HOOK = "data:text/javascript,const r=process.reallyExit;process.reallyExit=(c)=>{process._rawDebug('EARLY_EXIT '+c);r.call(process,c)};process.on('exit',(c)=>process._rawDebug('EXIT_EVENT '+c))";

describe.skipIf(!existsSync(join(ROOT, "dist", "cli.js")) || !existsSync(SAMPLE) || !existsSync(REAL))("the built CLI's end", () => {
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

  it("a report larger than a pipe's buffer, into a reader that waits, arrives whole", async () => {
    // Written to a Node parent's socket pair through the stream, whose writes queue while the reader waits.
    const files = readdirSync(REAL).filter((f) => /\.html?$/.test(f)).slice(0, 12).map((f) => join(REAL, f));
    const whole = spawnSync(process.execPath, [BIN, "facts", ...files], { encoding: "utf8", maxBuffer: 1 << 26 }).stdout;
    expect(whole.length).toBeGreaterThan(300_000);
    const child = spawn(process.execPath, ["--import", EARLY_HOOK, BIN, "facts", ...files], { stdio: ["ignore", "pipe", "pipe"] });
    child.stdout.pause();
    let out = "";
    child.stdout.setEncoding("utf8");
    await new Promise((r) => setTimeout(r, 1500));
    child.stdout.on("data", (d: string) => (out += d));
    child.stdout.resume();
    const code = await new Promise((r) => child.on("close", r));
    expect(code).toBe(0);
    expect(out).toBe(whole);
  }, 120_000);

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
