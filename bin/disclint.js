#!/usr/bin/env node
// The CLI is built by scripts/build.mjs (`npm ci` runs it through the prepare script): dist/start.cjs
// sets V8's flags and loads the bundle with a code cache (src/cli/start.ts). This file is CommonJS
// (bin/package.json): Node starts a CommonJS main module without its ES module loader, which an
// ES-module bin paid for on every run (~6 ms of CPU; -23 M instructions on one R page).
require("../dist/start.cjs");
