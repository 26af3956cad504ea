#!/usr/bin/env node
// The CLI is one esbuild bundle (fast cold start); `npm ci` builds it through the prepare script.
// Where Node has it (22.1+), V8's compiled code of the bundle is kept on disk between runs, so a
// run does not parse and compile the bundle again; Node 20 has no compile cache and skips this.
import module from "node:module";

module.enableCompileCache?.();
await import("../dist/cli.js");
