// Entry point of the Action's bundle (dist/action.js, built by scripts/build.mjs). The bundle is
// also its own lint worker: in a worker thread it serves lint jobs instead of running the Action.
import { isMainThread } from "node:worker_threads";

if (isMainThread) await (await import("./run.js")).run();
else await import("../engine/lint-worker.js");
