// The CLI's end. Its reports are written synchronously (standard-output.ts: fs.writeSync, or a
// stream whose writes Node makes synchronous: a terminal's on POSIX, a pipe's on Linux), so once
// main() has returned the run's output is out. Left to itself, Node then drains V8's task queues
// before it ends the process — an idle-time scavenge, the incremental marking of a major GC and its
// finalisation, an optimising compile in flight, each run to its end for a heap about to be thrown
// away — and tears the isolate down: a few ms of wall time on one R page, sometimes ~10 (round 31).
// process.exit() skips both: Node emits 'exit' (the code cache is saved there, src/cli/start.ts),
// stops V8's worker threads and exits with process.exitCode.
//
// Only when nothing else is pending: a request in flight, a timer, a socket or a worker still alive
// keeps the natural end. getActiveResourcesInfo() lists ref'ed handles whether or not they are busy,
// so standard output's handle is there even when idle: a terminal's (TTYWrap) or a pipe's (PipeWrap;
// a Node parent's "pipe" too) is not waited for where Node writes to it synchronously, and never
// while a stream the CLI made still holds bytes. The check runs at the loop's next turn
// (setImmediate), after the microtasks and process.nextTick callbacks main() left (a warning is
// printed there).
import { outputPending } from "./standard-output.js";

type Exiting = Pick<NodeJS.Process, "getActiveResourcesInfo" | "exit">;

/** The handles Node writes to synchronously on this platform (Node's docs, "A note on process I/O"). */
export function synchronousHandles(platform: NodeJS.Platform): readonly string[] {
  if (platform === "linux") return ["TTYWrap", "PipeWrap"];
  if (platform === "win32") return ["PipeWrap"];
  return ["TTYWrap"];
}

/** Whether the pending resources' names leave nothing to wait for: none, or only idle standard streams. */
export function idle(resources: readonly string[], platform: NodeJS.Platform = process.platform, pending = false): boolean {
  const sync = synchronousHandles(platform);
  return !pending && resources.every((r) => sync.includes(r));
}

/** Ends the process at the loop's next turn if nothing is pending then; otherwise Node ends it as usual. */
export function exitWhenIdle(proc: Exiting = process, later: (f: () => void) => unknown = setImmediate): void {
  later(() => {
    if (idle(proc.getActiveResourcesInfo(), process.platform, outputPending())) proc.exit();
  });
}
