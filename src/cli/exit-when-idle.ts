// The CLI's end. Once main() has returned, the run's output has been handed over (fs.writeSync, or a
// Node stream: standard-output.ts). Left to itself, Node then drains V8's task queues before it ends
// the process — an idle-time scavenge, the incremental marking of a major GC and its finalisation,
// an optimising compile in flight, each run to its end for a heap about to be thrown away — and
// tears the isolate down: a few ms of wall time on one R page, sometimes ~10 (round 31).
// process.exit() skips both: Node emits 'exit' (the code cache is saved there, src/cli/start.ts),
// stops V8's worker threads and exits with process.exitCode.
//
// Only when nothing else is pending: a request in flight, a timer, a socket or a worker still alive
// keeps the natural end. getActiveResourcesInfo() lists ref'ed handles whether or not they are busy,
// so standard output's handle is there even when idle: a terminal's (TTYWrap) or a pipe's (PipeWrap;
// a Node parent's "pipe" too) does not count; a write still queued is a request (SimpleWriteWrap), and a
// stream the CLI made that still holds bytes is checked too (a pipe's
// writes are asynchronous on POSIX, a terminal's on Windows: a slow reader leaves them queued, and the
// natural end waits for them). The check runs at the loop's next turn (setImmediate), after the
// microtasks and process.nextTick callbacks main() left (a warning is printed there).
import { outputPending } from "./standard-output.js";

type Exiting = Pick<NodeJS.Process, "getActiveResourcesInfo" | "exit">;

/** Handles listed while idle: standard streams (their pending bytes are checked apart: outputPending). */
export const STANDARD_HANDLES: readonly string[] = ["TTYWrap", "PipeWrap"];

/** Whether nothing is left to wait for: no resource but standard streams' handles, and no output held. */
export function idle(resources: readonly string[], pending = false): boolean {
  return !pending && resources.every((r) => STANDARD_HANDLES.includes(r));
}

/** Ends the process at the loop's next turn if nothing is pending then; otherwise Node ends it as usual. */
export function exitWhenIdle(proc: Exiting = process, later: (f: () => void) => unknown = setImmediate): void {
  later(() => {
    if (idle(proc.getActiveResourcesInfo(), outputPending())) proc.exit();
  });
}
