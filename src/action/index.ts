// Entry point of the Action's bundle (dist/action.js, built by scripts/build.mjs).
import { run } from "./run.js";

await run();
